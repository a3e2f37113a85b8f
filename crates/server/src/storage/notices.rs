//! The store trait of notices (issue 13): the notices staff publish, and the city's one sequence
//! of notice changes (`notice_events`) that the streams replay from.
//!
//! **Architecture Invariant:** every change to a notice (created, replaced, withdrawn) and every
//! personal notice is written with its event **in one transaction**, and event ids are given in
//! commit order (SQLite: its one writer; PostgreSQL: an advisory transaction lock around the
//! insert), so "every event after id N" read at any time never skips one that commits later.
//! That is what makes `Last-Event-ID` resumption exact and lets each server instance follow the
//! database rather than each other (`routes/notices/fanout.rs`).

use async_trait::async_trait;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::AccountId;
use madoguchi_domain::application::ApplicationReference;
use madoguchi_domain::notice::{EventId, Notice, NoticeContent, NoticeId, PersonalNotice};

use super::{IdempotencyClaim, Respond, StoreError};

/// The advisory lock (PostgreSQL) that orders event ids by commit.
pub const EVENTS_LOCK: i64 = 0x6e6f_7469_6365; // "notice"
/// The channel PostgreSQL instances `NOTIFY` and `LISTEN` on when an event is written.
pub const EVENTS_CHANNEL: &str = "madoguchi_notice_events";

/// One event as kept: its id, the account it is for (`None`: everyone) and the change's JSON
/// (`NoticeChange`), with the stream's event name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    pub id: EventId,
    pub account: Option<AccountId>,
    pub name: String,
    pub change_json: String,
}

/// Whose events a read returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventScope {
    /// The public ones (an anonymous stream).
    Public,
    /// The public ones and this account's personal ones (a resident's stream).
    PublicAnd(AccountId),
    /// Every event (the fan-out, which routes personal ones to their account's streams).
    All,
}

impl EventScope {
    /// `(every account?, this account)`, as the queries take it.
    pub fn parts(&self) -> (bool, Option<&str>) {
        match self {
            EventScope::Public => (false, None),
            EventScope::PublicAnd(account) => (false, Some(account.0.as_str())),
            EventScope::All => (true, None),
        }
    }
}

/// Notices, their events, and which account an application belongs to (for personal notices).
#[async_trait]
pub trait NoticeStore: Send + Sync {
    /// Creates notice `id` (revision 1) with its `published` event, and finishes `claim`.
    async fn create_notice(
        &self,
        id: NoticeId,
        content: NoticeContent,
        claim: IdempotencyClaim,
        respond: Respond<Notice>,
    ) -> Result<Notice, StoreError>;

    /// Replaces an active notice's content (revision + 1) with its `published` event; `None` (and
    /// nothing written) when there is no such notice or it was withdrawn.
    async fn replace_notice(
        &self,
        id: NoticeId,
        content: NoticeContent,
        claim: IdempotencyClaim,
        respond: Respond<Notice>,
    ) -> Result<Option<Notice>, StoreError>;

    /// Withdraws an active notice with its `withdrawn` event; `None` as for a replacement.
    async fn withdraw_notice(
        &self,
        id: NoticeId,
        claim: IdempotencyClaim,
        respond: Respond<Notice>,
    ) -> Result<Option<Notice>, StoreError>;

    /// The active notices that have not expired at `now`, with every active notice sharing a
    /// topic with one of them (so `notice::current` can tell which state of a topic is the
    /// latest), and the last public event id at the time of the read (one snapshot).
    async fn live_notices(&self, now: UnixMillis) -> Result<(Vec<Notice>, EventId), StoreError>;

    /// The events in `scope` after `after`, oldest first, at most `limit`.
    async fn notice_events_after(
        &self,
        after: EventId,
        scope: EventScope,
        limit: u32,
    ) -> Result<Vec<StoredEvent>, StoreError>;

    /// The last event id of all (public and personal): where a new instance's fan-out starts.
    async fn last_notice_event(&self) -> Result<EventId, StoreError>;

    /// Keeps a personal notice for `account` with its event.
    async fn add_personal_notice(
        &self,
        account: AccountId,
        notice: PersonalNotice,
    ) -> Result<EventId, StoreError>;

    /// The account's personal notices, newest first, at most `limit`, and its last event id.
    async fn personal_notices(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<(Vec<PersonalNotice>, EventId), StoreError>;

    /// Records that a signed-in resident submitted `reference` (status changes notify them).
    async fn link_application_account(
        &self,
        reference: ApplicationReference,
        account: AccountId,
    ) -> Result<(), StoreError>;

    /// The account that submitted `reference`, if a signed-in resident did.
    async fn application_account(
        &self,
        reference: ApplicationReference,
    ) -> Result<Option<AccountId>, StoreError>;

    /// Wake-ups when any instance wrote events, for a store that other processes write to
    /// (PostgreSQL: `LISTEN`; the receiver ends when the listening connection is lost). `None`
    /// when this process is the only writer (SQLite), which wakes its fan-out itself.
    async fn listen_notice_events(&self) -> Result<Option<tokio::sync::mpsc::Receiver<()>>, StoreError>;
}
