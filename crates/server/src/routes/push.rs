//! Web Push over HTTP (issue 13): the city's VAPID public key, and browsers subscribing to urgent
//! alerts and ending their subscription. The pushes themselves are `crate::push`'s.
//!
//! Who may do what: everyone may read the key and subscribe (no account: the city does not learn
//! whose browser it is; a limit per client address stops a script filling the list); a
//! subscription is ended only with its `auth` secret, which only its browser and the city hold, so
//! nobody can end another's. An endpoint and secret that match no subscription are one 404
//! `not_found`, whichever part is wrong.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use madoguchi_domain::ApiError;
use madoguchi_domain::form::FieldProblem;
use madoguchi_domain::notice::push::{
    FIELD_AUTH, FIELD_ENDPOINT, FIELD_P256DH, PushEndpoint, PushKey, PushSubscription, PushSubscriptionInput,
    PushUnsubscribe, base64url_decode,
};

use crate::error::ServerError;
use crate::push::ece;
use crate::routes::AppState;
use crate::routes::auth::ClientAddress;
use crate::routes::limits;
use crate::storage::Subscribed;

#[utoipa::path(
    get,
    path = "/api/v1/push/key",
    operation_id = "pushKey",
    tag = "notices",
    responses(
        (status = 200, description = "The city's VAPID public key, for `pushManager.subscribe`'s `applicationServerKey`; the same on every instance and after restarts", body = PushKey),
        (status = 503, description = "`unavailable`: the server cannot answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn key(State(state): State<AppState>) -> Json<PushKey> {
    Json(PushKey {
        public_key: state.push.vapid.public_key().to_owned(),
    })
}

#[utoipa::path(
    post,
    path = "/api/v1/push/subscriptions",
    operation_id = "subscribePush",
    tag = "notices",
    request_body(content = PushSubscriptionInput, description = "The browser's `PushSubscription.toJSON()` (`expirationTime` ignored)"),
    responses(
        (status = 201, description = "Subscribed: urgent notices are pushed to this browser from now on"),
        (status = 200, description = "Renewed: the endpoint was subscribed already; its keys are the ones sent"),
        (status = 400, description = "`invalid_request`: the body is not a subscription", body = ApiError),
        (status = 422, description = "`invalid_submission`: `push-error-subscription` at `endpoint` (not an https URL), \
                                      `keys.p256dh` (not an uncompressed point on P-256) or `keys.auth` (not 16 bytes), each that is wrong", body = ApiError),
        (status = 429, description = "`rate_limited`: too many subscriptions made or ended from this client; see Retry-After", body = ApiError,
            headers(("Retry-After" = u64, description = "Seconds until a new try is counted"))),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn subscribe(
    State(state): State<AppState>,
    client: ClientAddress,
    body: Bytes,
) -> Result<StatusCode, ServerError> {
    limits::count_client(&state, "push", &client, limits::PUSH_PER_CLIENT).await?;
    let input: PushSubscriptionInput =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    let subscription = parsed(&input, &state.push)?;
    let kept = state
        .store
        .upsert_push_subscription(subscription, state.clock.now())
        .await?;
    Ok(match kept {
        Subscribed::Created => StatusCode::CREATED,
        Subscribed::Renewed => StatusCode::OK,
    })
}

#[utoipa::path(
    delete,
    path = "/api/v1/push/subscriptions",
    operation_id = "unsubscribePush",
    tag = "notices",
    request_body(content = PushUnsubscribe, description = "The subscription's endpoint and its `keys.auth`"),
    responses(
        (status = 204, description = "Ended: nothing more is pushed to this browser"),
        (status = 400, description = "`invalid_request`: the body is not an endpoint with its secret", body = ApiError),
        (status = 404, description = "`not_found`: no subscription has this endpoint and this secret", body = ApiError),
        (status = 429, description = "`rate_limited`: too many subscriptions made or ended from this client; see Retry-After", body = ApiError,
            headers(("Retry-After" = u64, description = "Seconds until a new try is counted"))),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn unsubscribe(
    State(state): State<AppState>,
    client: ClientAddress,
    body: Bytes,
) -> Result<StatusCode, ServerError> {
    limits::count_client(&state, "push", &client, limits::PUSH_PER_CLIENT).await?;
    let input: PushUnsubscribe =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    // A secret that is not 16 bytes matches no subscription: the same 404 as a wrong one.
    let (endpoint, auth) = input.parse().ok_or(ServerError::NotFound)?;
    if state.store.remove_push_subscription(endpoint, auth).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ServerError::NotFound)
    }
}

/// The domain's checks, the city's list of push services (`PushServices`: the city never POSTs to
/// a host a stranger names), and the one check the domain leaves to a crypto library: the
/// browser's key is a point on P-256 (a point off the curve would fail every push and, unchecked,
/// invites invalid-curve attacks on the city's one-off keys). Every problem at once, in the
/// body's order.
fn parsed(input: &PushSubscriptionInput, push: &crate::push::Push) -> Result<PushSubscription, ServerError> {
    let problem = |field| FieldProblem::new(field, madoguchi_domain::msg_id!("push-error-subscription"));
    let unlisted = PushEndpoint::parse(&input.endpoint, push.allow_loopback_http)
        .is_some_and(|endpoint| !push.services.allows(&endpoint));
    let off_curve = base64url_decode(&input.keys.p256dh)
        .is_some_and(|point| point.len() == 65 && point[0] == 0x04 && ece::public_key(&point).is_none());
    let mut problems = match input.parse(push.allow_loopback_http) {
        Ok(subscription) if !unlisted && !off_curve => return Ok(subscription),
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    };
    if unlisted {
        problems.insert(0, problem(FIELD_ENDPOINT));
    }
    if off_curve {
        let at = problems
            .iter()
            .position(|p| p.field == FIELD_AUTH)
            .unwrap_or(problems.len());
        problems.insert(at, problem(FIELD_P256DH));
    }
    Err(ServerError::InvalidSubmission(problems))
}
