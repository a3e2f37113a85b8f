//! Building the router and binding the listener, separately from `main`, so tests start the real
//! server on port 0 exactly as production does.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context as _;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::routing::{any, delete, get, post};
use madoguchi_domain::AttachmentLimits;
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

use crate::clock::{Clock, SystemClock};
use crate::config::ServerConfig;
use crate::error::ServerError;
use crate::routes::{self, AppState};
use crate::{demo, idempotency, openapi, storage, web_ui};

/// A bound, ready-to-serve server.
pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
}

impl Application {
    /// Opens storage, loads the demo city if asked and the store is empty, and binds the port.
    pub async fn build(config: &ServerConfig) -> anyhow::Result<Self> {
        Self::build_with_clock(config, Arc::new(SystemClock)).await
    }

    /// [`Application::build`] with another clock (tests pin time with it).
    pub async fn build_with_clock(config: &ServerConfig, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let store = storage::open(&config.database)
            .await
            .with_context(|| format!("opening the database {}", config.database))?;
        tracing::info!(backend = config.database.backend(), "database ready");
        if config.demo_city && demo::load_if_empty(store.as_ref()).await? {
            tracing::info!("loaded the demo city into an empty database");
        }
        let push = Arc::new(
            crate::push::Push::load(store.as_ref(), config, clock.now())
                .await
                .context("loading the Web Push key")?,
        );
        let state = AppState {
            store,
            clock,
            mailer: crate::mail::from_config(
                config.smtp_url.as_ref().map(|u| u.0.as_str()),
                &config.mail_from,
            )?,
            attachment_limits: AttachmentLimits {
                max_bytes: config.attachment_max_bytes,
                ..AttachmentLimits::default()
            },
            reference_prefix: config.reference_prefix.clone(),
            cached: Arc::default(),
            notices: Arc::default(),
            uploads: Arc::new(tokio::sync::Semaphore::new(config.uploads_at_once)),
            body_read_timeout: std::time::Duration::from_secs(config.body_read_timeout_secs),
            upload_quotas: routes::attachments::gate::DailyQuotas {
                resident: config.resident_upload_bytes_per_day,
                kiosk: config.kiosk_upload_bytes_per_day,
            },
            booking_setup: Arc::default(),
            webauthn: Arc::new(routes::accounts::passkeys::relying_party(&config.public_url)?),
            push,
        };
        let router = router(state.clone(), config);
        let addr = SocketAddr::new(config.host, config.port);
        let listener = TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding {addr}"))?;
        Ok(Self {
            listener,
            router,
            state,
        })
    }

    /// The address actually bound (the real port when the config asked for 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Serves until `shutdown` completes, then ends the notice streams and finishes in-flight
    /// requests. Meanwhile, once a
    /// minute, the sweep passes lapsed waitlist offers on and deletes files no submission claimed
    /// within a day (`sweep.rs`), the notice pump passes every notice change to this process's
    /// streams (`routes::notices::fanout`), and the Web Push worker pushes urgent notices to the
    /// browsers that asked (`push`; a delivery under way when the server stops is cut short).
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let pump = tokio::spawn(routes::notices::fanout::run(
            Arc::clone(&self.state.notices),
            Arc::clone(&self.state.store),
        ));
        // At shutdown the notice streams end first: they never finish by themselves, and a
        // graceful shutdown waits for every open response.
        let fanout = Arc::clone(&self.state.notices);
        let shutdown = async move {
            shutdown.await;
            fanout.close();
        };
        // Web Push follows the pump's position; one instance pushes each urgent notice.
        let pusher = tokio::spawn(crate::push::run(
            Arc::clone(&self.state.push),
            Arc::clone(&self.state.store),
            Arc::clone(&self.state.clock),
            Arc::clone(&self.state.notices),
        ));
        let sweeper = tokio::spawn(crate::sweep::run(self.state));
        // Hyper for every request but the notice streams, which take a leaner path (`serve`);
        // each with the peer's address: per-client rate limits and the audit log's device.
        let served = crate::serve::serve(self.listener, self.router, shutdown).await;
        sweeper.abort();
        pusher.abort();
        pump.abort();
        served
    }
}

/// The API routes, the OpenAPI document and, in web mode, the UI.
///
/// Every mutation under /api passes the idempotency layer: a route cannot opt out, except the
/// sign-in routes of `routes::accounts::UNKEYED_PATHS` (they answer secrets, which must not be kept
/// for replay). The keyed routes come in two groups only because each adds the layer with the
/// bodies it takes (`idempotency::Bodies`). Who may call a route is decided per group too: the
/// staff group sits behind `auth::staff_layer`; the resident's routes take the `auth::Resident`
/// extractor.
pub fn router(state: AppState, config: &ServerConfig) -> Router {
    use madoguchi_domain::notice::areas::AREAS_PATH;
    use madoguchi_domain::notice::push as push_paths;
    use madoguchi_domain::notice::wire as notice_paths;
    use routes::accounts::{details, me, passkeys, sign_in, staff};
    // Clerks and admins only, every route audited (`routes::admin`, `applications::staff`).
    let staff_routes = Router::new()
        .route(
            "/api/v1/admin/applications",
            get(routes::applications::staff::list),
        )
        .route(
            "/api/v1/admin/applications/{reference}/status",
            post(routes::applications::staff::change_status),
        )
        .route("/api/v1/admin/attachments/{id}", get(routes::admin::attachment))
        .route(
            "/api/v1/admin/residents/{account}/identity",
            post(staff::verify_identity),
        )
        .route(
            "/api/v1/admin/bookings",
            get(routes::booking::staff::day).post(routes::booking::staff::book_on_behalf),
        )
        .route("/api/v1/admin/bookings.csv", get(routes::booking::staff::export))
        .route(
            "/api/v1/admin/bookings/{reference}/check-in",
            post(routes::booking::staff::check_in),
        )
        .route(
            "/api/v1/admin/bookings/{reference}/no-show",
            post(routes::booking::staff::no_show),
        )
        .route(notice_paths::ADMIN_PATH, post(routes::notices::admin::create))
        .route(
            "/api/v1/admin/notices/{id}",
            axum::routing::put(routes::notices::admin::replace),
        )
        .route(
            "/api/v1/admin/notices/{id}/withdraw",
            post(routes::notices::admin::withdraw),
        )
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            routes::auth::staff_layer,
        ));
    let forms = Router::new()
        .route("/api/health", get(routes::health::check))
        .route("/api/v1/procedures", get(routes::procedures::list))
        .route("/api/v1/departments", get(routes::departments::list))
        .route(AREAS_PATH, get(routes::areas::list))
        .route("/api/v1/postal-codes/{code}", get(routes::postal_codes::lookup))
        .route("/api/v1/procedures/{id}/form", get(routes::applications::form))
        .route("/api/v1/applications", post(routes::applications::submit))
        .route(
            "/api/v1/applications/{reference}",
            get(routes::applications::read),
        )
        .route(
            "/api/v1/applications/{reference}/withdraw",
            post(routes::applications::withdraw),
        )
        .route(
            "/api/v1/applications/{reference}/resubmit",
            post(routes::applications::resubmit),
        )
        .route("/api/v1/account", get(me::account).delete(me::delete))
        .route("/api/v1/account/export", get(me::export))
        .route("/api/v1/account/details", get(details::details))
        .route("/api/v1/account/devices", get(me::devices))
        .route("/api/v1/account/devices/{id}/revoke", post(me::revoke))
        .route("/api/v1/account/sign-out", post(me::sign_out))
        .route("/api/v1/account/audit", get(me::audit))
        .route(
            "/api/v1/account/passkeys",
            get(passkeys::list).post(passkeys::register),
        )
        .route("/api/v1/account/passkeys/{id}", delete(passkeys::delete))
        .route(notice_paths::FEED_PATH, get(routes::notices::feed))
        .route(push_paths::PUSH_KEY_PATH, get(routes::push::key))
        .route(
            push_paths::PUSH_SUBSCRIPTIONS_PATH,
            post(routes::push::subscribe).delete(routes::push::unsubscribe),
        )
        .route(notice_paths::STREAM_PATH, get(routes::notices::stream::public))
        .route(
            notice_paths::ACCOUNT_FEED_PATH,
            get(routes::notices::account_feed),
        )
        .route(
            notice_paths::ACCOUNT_STREAM_PATH,
            get(routes::notices::stream::resident),
        )
        .route("/api/v1/staff/sign-out", post(staff::sign_out))
        .merge(staff_routes)
        .route("/api/v1/booking/services", get(routes::booking::services))
        .route("/api/v1/booking/services/{id}/slots", get(routes::booking::slots))
        .route("/api/v1/bookings", post(routes::booking::book))
        .route("/api/v1/bookings/{reference}", get(routes::booking::read))
        .route(
            "/api/v1/bookings/{reference}/cancel",
            post(routes::booking::cancel),
        )
        .route(
            "/api/v1/bookings/{reference}/reschedule",
            post(routes::booking::reschedule),
        )
        .route(
            "/api/v1/bookings/{reference}/calendar.ics",
            get(routes::booking::calendar::ics),
        )
        .route(
            "/api/v1/bookings/{reference}/check-in.svg",
            get(routes::booking::calendar::check_in_code),
        )
        .route("/api/v1/waitlist", post(routes::booking::waitlist::join))
        .route(
            "/api/v1/waitlist/{reference}",
            get(routes::booking::waitlist::read),
        )
        .route(
            "/api/v1/waitlist/{reference}/accept",
            post(routes::booking::waitlist::accept),
        )
        .route(
            "/api/openapi.json",
            get(|| async { axum::Json(openapi::document()) }),
        )
        // An unknown API path is a JSON 404, never the UI's index page.
        .route("/api/{*rest}", any(|| async { ServerError::NotFound }))
        .route_layer(middleware::from_fn_with_state(
            (state.clone(), idempotency::Bodies::Forms),
            idempotency::layer,
        ))
        .method_not_allowed_fallback(routes::method_not_allowed);
    let files = Router::new()
        // The idempotency layer has already read the body within the city's attachment limit.
        .route(
            routes::attachments::PATH,
            post(routes::attachments::create).layer(DefaultBodyLimit::disable()),
        )
        .route_layer(middleware::from_fn_with_state(
            (state.clone(), idempotency::Bodies::Attachments),
            idempotency::layer,
        ))
        // Outermost, so a busy instance or a client over its quota is refused before the body
        // is read or a key claimed (`attachments/gate.rs`).
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            routes::attachments::gate::layer,
        ))
        .method_not_allowed_fallback(routes::method_not_allowed);
    // Outside the idempotency layer (see above); each reads its body within `routes::json`.
    let unkeyed = Router::new()
        .route(sign_in::CODE_PATH, post(sign_in::request_code))
        .route(sign_in::SIGN_IN_PATH, post(sign_in::sign_in))
        .route(sign_in::REFRESH_PATH, post(sign_in::refresh))
        .route(staff::SIGN_IN_PATH, post(staff::sign_in))
        .route(passkeys::REGISTER_OPTIONS_PATH, post(passkeys::register_options))
        .route(passkeys::SIGN_IN_OPTIONS_PATH, post(passkeys::sign_in_options))
        .route(passkeys::SIGN_IN_PATH, post(passkeys::sign_in))
        .method_not_allowed_fallback(routes::method_not_allowed);
    let api = unkeyed.merge(forms).merge(files).with_state(state);
    let app = match &config.ui_dir {
        // Every path the API does not take: the UI's files, compressed and cacheable (web_ui.rs).
        Some(dir) => api.fallback_service(web_ui::router(dir)),
        None => api,
    };
    app.layer(middleware::from_fn(crate::security_headers::layer))
        .layer(TraceLayer::new_for_http())
}
