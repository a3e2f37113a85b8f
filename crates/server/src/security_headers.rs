//! The headers every response carries, API and web UI alike: a Content-Security-Policy as strict as
//! the app's (`src-tauri/tauri.conf.json`), no framing, no MIME sniffing, no referrer; and
//! `Cache-Control: no-store` on every answer that may carry personal data or a secret, so no cache
//! on the way (a library's proxy, the browser's disk) keeps it.
//!
//! The web UI's scripts, WASM and stylesheets carry only `nosniff`: a policy, a framing rule and a
//! referrer rule are read from the document that loads them, never from the file itself (a script
//! opened on its own is shown as text, not run), and on a first visit over mobile data those three
//! headers cost about 330 bytes a file (1.6 KB of the home page's budget, issue 14).

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// The web UI's policy: its own files only; WASM compiled from them; no inline script or style,
/// no plugins, no `<base>`, forms only to itself, never in a frame.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

/// API paths whose answers carry secrets even without an `Authorization` header (codes and
/// tokens are answered there).
const SECRET_PATHS: &[&str] = &["/api/v1/auth/", "/api/v1/staff/"];

pub async fn layer(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let personal = path.starts_with("/api/")
        && (request.headers().contains_key(header::AUTHORIZATION)
            || SECRET_PATHS.iter().any(|p| path.starts_with(p)));
    let mut response = next.run(request).await;
    let subresource = is_subresource(&response);
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if subresource && !personal {
        return response;
    }
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if personal {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Whether the answer is a file a document loads and that is never a document itself: a script,
/// the WASM or a stylesheet (by the type the server gave it; HTML, SVG, JSON and everything else
/// keep every header).
fn is_subresource(response: &Response) -> bool {
    const SUBRESOURCE_TYPES: &[&str] = &[
        "text/javascript",
        "application/javascript",
        "application/wasm",
        "text/css",
    ];
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().trim())
        .is_some_and(|t| SUBRESOURCE_TYPES.iter().any(|s| t.eq_ignore_ascii_case(s)))
}
