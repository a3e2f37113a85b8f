//! Where the server keeps its data, behind one trait per concern so that SQLite (embedded, the
//! default) and PostgreSQL (a city that outgrows one machine) can both implement it.
//!
//! **Architecture Invariant:** routes reach data only through [`Store`]; no handler holds a
//! connection or writes SQL.

mod idempotency;
mod inquiries;
mod migrations;
mod sqlite;

use async_trait::async_trait;
use madoguchi_domain::{
    DepartmentCatalogue, IdempotencyKey, Inquiry, InquiryReceipt, NewInquiry, ProcedureCatalogue, UnixMillis,
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
