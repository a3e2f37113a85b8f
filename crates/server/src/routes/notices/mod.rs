//! お知らせ (issue 13) over HTTP. The city publishes notices with their targeting rules and never
//! receives a profile: every device gets the same feed and stream and matches each rule itself
//! (`madoguchi_domain::notice::Rule::matches`).
//!
//! One job a file: this one serves the feeds (`GET /api/v1/notices`, with an ETag; the signed-in
//! resident's personal notices), `admin.rs` lets clerks and admins create, replace and withdraw
//! notices, `stream.rs` serves the Server-Sent Events streams, `fanout.rs` gets every change to
//! every stream of this process (and, through PostgreSQL, of every instance), `personal.rs` writes
//! the notices addressed to one account (an application's status changed).

pub mod admin;
pub mod fanout;
pub mod personal;
pub mod stream;

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use madoguchi_domain::ApiError;
use madoguchi_domain::notice::{NoticeFeed, PersonalNoticeList, current};

use super::AppState;
use super::auth::Resident;
use super::etag;
use crate::error::ServerError;

pub use fanout::Fanout;

/// The most personal notices `GET /api/v1/account/notices` returns (the newest).
pub const PERSONAL_LIMIT: u32 = 100;

#[utoipa::path(
    get,
    path = "/api/v1/notices",
    operation_id = "listNotices",
    tag = "notices",
    params((
        "If-None-Match" = Option<String>,
        Header,
        description = "The ETag of the copy the client has; the same one gets 304 without a body"
    )),
    responses(
        (status = 200, description = "Every notice that shows now, urgent first, with its targeting rule", body = NoticeFeed,
            headers(("ETag" = String, description = "Changes whenever the content does"))),
        (status = 304, description = "Unchanged since the ETag in If-None-Match",
            headers(("ETag" = String, description = "The same ETag"))),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn feed(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ServerError> {
    let now = state.clock.now();
    let (notices, last_event_id) = state.store.live_notices(now).await?;
    let feed = NoticeFeed {
        notices: current(&notices, now).into_iter().cloned().collect(),
        last_event_id,
    };
    // Built per request, not cached: what shows depends on the clock (publish and expiry times).
    etag::json(&headers, &feed)
}

#[utoipa::path(
    get,
    path = "/api/v1/account/notices",
    operation_id = "listAccountNotices",
    tag = "notices",
    security(("resident" = [])),
    responses(
        (status = 200, description = "The resident's personal notices, newest first", body = PersonalNoticeList),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn account_feed(
    State(state): State<AppState>,
    Resident(who): Resident,
) -> Result<Json<PersonalNoticeList>, ServerError> {
    let (notices, last_event_id) = state.store.personal_notices(who.account, PERSONAL_LIMIT).await?;
    Ok(Json(PersonalNoticeList {
        notices,
        last_event_id,
    }))
}
