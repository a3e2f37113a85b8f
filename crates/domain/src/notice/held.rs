//! Notifications held for later — until quiet hours end, or for the daily digest — kept on the
//! device (the app's encrypted store) rather than in the page's memory, so an app closed or
//! restarted before their time still raises them when it next runs.
//!
//! What is kept is which notice and when, not its words: when a held notification falls due, the
//! app words it from what the city shows **then** ([`release`]). A notice withdrawn, expired or
//! replaced by a later state of its topic meanwhile raises nothing (the resident would be woken
//! for something that no longer stands); one replaced by a newer revision of itself raises the
//! newer text.

use serde::{Deserialize, Serialize};

use super::{Notice, NoticeId, current};
use crate::UnixMillis;

/// One notification held for later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HeldNotice {
    pub id: NoticeId,
    pub revision: u32,
    pub due_at: UnixMillis,
    /// Gathered into the digest rather than raised on its own.
    pub digest: bool,
}

/// The held notifications now due (taken from the store: each is handed out once), and when the
/// next one still held falls due.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DueNotices {
    pub due: Vec<HeldNotice>,
    pub next_at: Option<UnixMillis>,
}

/// What the due notifications raise, given the city's notices at `now`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Release<'a> {
    /// Each raised on its own (quiet hours ended).
    pub each: Vec<&'a Notice>,
    /// Raised together as one digest, oldest first.
    pub digest: Vec<&'a Notice>,
}

/// See the module docs. A notice held twice (once per revision, say) is raised once.
pub fn release<'a>(due: &[HeldNotice], notices: &'a [Notice], now: UnixMillis) -> Release<'a> {
    let showing = current(notices, now);
    let mut release = Release::default();
    for held in due {
        let Some(notice) = showing.iter().copied().find(|n| n.id == held.id) else {
            continue;
        };
        if release
            .each
            .iter()
            .chain(&release.digest)
            .any(|n| n.id == notice.id)
        {
            continue;
        }
        if held.digest {
            release.digest.push(notice);
        } else {
            release.each.push(notice);
        }
    }
    release
        .digest
        .sort_by_key(|n| (n.content.publish_at, n.updated_at));
    release
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LocalizedText;
    use crate::notice::{Category, NoticeContent, NoticeLinks, Priority, Rule, TopicKey};

    const HOUR: i64 = 3_600_000;
    /// 2026-12-06 07:00 in Japan: quiet hours have just ended.
    const NOW: UnixMillis = UnixMillis(1_796_508_000_000);

    fn notice(id: &str, revision: u32, hours_ago: i64, topic: Option<&str>) -> Notice {
        let publish_at = NOW.plus_millis(-hours_ago * HOUR);
        Notice {
            id: NoticeId::parse(id).unwrap(),
            revision,
            updated_at: publish_at,
            content: NoticeContent {
                title: LocalizedText::from_pairs([("ja", id)]).unwrap(),
                body: LocalizedText::from_pairs([("ja", "本文")]).unwrap(),
                category: Category::Events,
                priority: Priority::Normal,
                rule: Rule::everyone(),
                publish_at,
                expires_at: NOW.plus_millis(24 * HOUR),
                topic: topic.map(|t| TopicKey::parse(t).unwrap()),
                links: NoticeLinks::default(),
            },
        }
    }

    fn held(id: &str, revision: u32, digest: bool) -> HeldNotice {
        HeldNotice {
            id: NoticeId::parse(id).unwrap(),
            revision,
            due_at: NOW,
            digest,
        }
    }

    fn ids(list: &[&Notice]) -> Vec<String> {
        list.iter().map(|n| n.id.to_string()).collect()
    }

    #[test]
    fn due_notifications_are_raised_alone_or_in_the_digest_as_held() {
        let notices = [
            notice("ntc-a", 1, 9, None),
            notice("ntc-b", 1, 8, None),
            notice("ntc-c", 1, 3, None),
        ];
        let due = [
            held("ntc-c", 1, true),
            held("ntc-a", 1, false),
            held("ntc-b", 1, true),
        ];
        let release = release(&due, &notices, NOW);
        assert_eq!(ids(&release.each), ["ntc-a"]);
        assert_eq!(
            ids(&release.digest),
            ["ntc-b", "ntc-c"],
            "the digest oldest first"
        );
    }

    #[test]
    fn what_no_longer_stands_raises_nothing_and_a_newer_revision_raises_its_text() {
        // ntc-gone was withdrawn (not in the feed); ntc-old's topic has a later state; ntc-new was
        // replaced by revision 2 while held at revision 1.
        let notices = [
            notice("ntc-old", 1, 9, Some("evacuation-3")),
            notice("ntc-later", 1, 2, Some("evacuation-3")),
            notice("ntc-new", 2, 5, None),
        ];
        let due = [
            held("ntc-gone", 1, false),
            held("ntc-old", 1, false),
            held("ntc-new", 1, false),
        ];
        let release = release(&due, &notices, NOW);
        assert_eq!(ids(&release.each), ["ntc-new"]);
        assert_eq!(release.each[0].revision, 2);
        assert!(release.digest.is_empty());
    }

    #[test]
    fn an_expired_notice_raises_nothing_and_one_held_twice_is_raised_once() {
        let mut expired = notice("ntc-expired", 1, 9, None);
        expired.content.expires_at = NOW.plus_millis(-HOUR);
        let notices = [expired, notice("ntc-twice", 2, 4, None)];
        let due = [
            held("ntc-expired", 1, false),
            held("ntc-twice", 1, true),
            held("ntc-twice", 2, true),
        ];
        let release = release(&due, &notices, NOW);
        assert!(release.each.is_empty());
        assert_eq!(ids(&release.digest), ["ntc-twice"]);
    }
}
