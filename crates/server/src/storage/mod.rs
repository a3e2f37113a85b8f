//! Where the server keeps its data, behind one trait per concern so that SQLite (embedded, the
//! default) and PostgreSQL (a city that outgrows one machine) can both implement it.
//!
//! **Architecture Invariant:** routes reach data only through [`Store`]; no handler holds a
//! connection or writes SQL.

mod attachments;
mod idempotency;
mod inquiries;
mod migrations;
mod postal;
mod sqlite;

use async_trait::async_trait;
use madoguchi_domain::{
    AttachmentName, AttachmentReceipt, DepartmentCatalogue, FileKind, IdempotencyKey, Inquiry,
    InquiryReceipt, NewInquiry, PostalAddress, PostalCode, ProcedureCatalogue, UnixMillis,
};

pub use sqlite::SqliteStore;

/// Why the store failed. Details go to the log; clients only learn "internal".
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    #[error("database task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("cannot prepare the database at {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

/// A request's hold on an idempotency key: the key, a fingerprint of the request (method, path,
/// body) and when it was claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyClaim {
    pub key: IdempotencyKey,
    pub fingerprint: String,
    pub at: UnixMillis,
}

/// A response kept for replay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// What claiming a key found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimOutcome {
    /// The key is new (or its earlier holder died before finishing): run the request.
    Claimed,
    /// The key was used before for the same request: send this response again.
    Replay(StoredResponse),
    /// The key was used before for a different request.
    Mismatch,
    /// The first request with this key is still running.
    InProgress,
}

/// The timing rules of [`Store::claim_idempotency_key`].
#[derive(Debug, Clone, Copy)]
pub struct ClaimRules {
    /// Keys created before this are forgotten (purged) first.
    pub expired_before: UnixMillis,
    /// A 'pending' claim taken before this belongs to a request that died: it may be taken over.
    /// Safe because a mutation finishes its claim in the same transaction as its write.
    pub abandoned_before: UnixMillis,
}

/// What creating an inquiry did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreatedInquiry {
    Created(InquiryReceipt),
    /// The department is not one the city lists.
    UnknownDepartment,
}

/// An attachment checked on arrival (kind sniffed from its bytes, size within the limit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    /// Random and unguessable: whoever holds it can quote the file in an application.
    pub id: String,
    pub name: AttachmentName,
    pub kind: FileKind,
    /// Hex SHA-256 of `content`, for staff to check a file was not altered.
    pub sha256: String,
    pub content: Vec<u8>,
}

/// Turns a mutation's result into the response to keep for its idempotency key.
pub type Respond<T> = Box<dyn FnOnce(&T) -> StoredResponse + Send>;

/// Everything the routes need from storage.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// The city's procedure catalogue, in the city's order.
    async fn catalogue(&self) -> Result<ProcedureCatalogue, StoreError>;

    /// Replaces the catalogue as a whole (used to load the demo city and, later, a city's import).
    async fn replace_catalogue(&self, catalogue: ProcedureCatalogue) -> Result<(), StoreError>;

    /// Whether the catalogue has no procedures yet.
    async fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.catalogue().await?.procedures.is_empty())
    }

    /// The departments residents can ask, in the city's order.
    async fn departments(&self) -> Result<DepartmentCatalogue, StoreError>;

    /// Makes `departments` the listed ones; departments no longer listed stay for old inquiries.
    async fn replace_departments(&self, departments: DepartmentCatalogue) -> Result<(), StoreError>;

    /// Stores an inquiry and, **in the same transaction**, finishes `claim` with the response
    /// `respond` makes of the receipt, so a crash can never leave one without the other.
    async fn create_inquiry(
        &self,
        inquiry: NewInquiry,
        claim: IdempotencyClaim,
        respond: Respond<InquiryReceipt>,
    ) -> Result<CreatedInquiry, StoreError>;

    /// Every inquiry, oldest first (staff view).
    async fn inquiries(&self) -> Result<Vec<Inquiry>, StoreError>;

    /// The addresses with this postal code, in the order the data gave them (usually one).
    async fn postal_addresses(&self, code: PostalCode) -> Result<Vec<PostalAddress>, StoreError>;

    /// Replaces every postal address at once (an import, or the demo city); returns how many.
    async fn replace_postal_addresses(
        &self,
        entries: Vec<(PostalCode, PostalAddress)>,
    ) -> Result<usize, StoreError>;

    /// Whether no postal address is loaded yet.
    async fn has_no_postal_addresses(&self) -> Result<bool, StoreError>;

    /// Keeps an attachment and, **in the same transaction**, finishes `claim` with the response
    /// `respond` makes of the receipt.
    async fn create_attachment(
        &self,
        attachment: NewAttachment,
        claim: IdempotencyClaim,
        respond: Respond<AttachmentReceipt>,
    ) -> Result<AttachmentReceipt, StoreError>;

    /// The bytes of a kept attachment.
    async fn attachment_content(&self, id: String) -> Result<Option<Vec<u8>>, StoreError>;

    /// Claims `claim.key` for a request, or says why not (see [`ClaimOutcome`]).
    async fn claim_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        rules: ClaimRules,
    ) -> Result<ClaimOutcome, StoreError>;

    /// Keeps `response` for replay, unless the mutation already did so in its own transaction.
    async fn finish_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        response: StoredResponse,
    ) -> Result<(), StoreError>;

    /// Gives a claim up (the request failed on our side; a retry should run it again).
    async fn release_idempotency_key(&self, claim: IdempotencyClaim) -> Result<(), StoreError>;
}
