//! Web mode: the built UI (`ui/dist`, see `xtask/src/ui_build.rs`) served to browsers, compressed
//! and cacheable, with nothing compressed per request.
//!
//! - **Compression:** the build writes a brotli (`.br`) and a gzip (`.gz`) copy of every file;
//!   `ServeDir` picks the one the browser accepts (`Content-Encoding`), else the file itself.
//! - **Caching:** the WASM, its JS and the stylesheet are named by their content
//!   (`madoguchi_ui_bg-<16 hex digits>.wasm`) and never change under a name, so they are sent
//!   `immutable` for a year. Everything else (`index.html`, `boot.js`, which name the hashed files;
//!   the pages) is sent `no-cache`: the browser revalidates it (`If-Modified-Since`, 304) on every
//!   visit, so a new build reaches it at once.
//! - **Pages:** a path without a file extension (`/`, `/gallery/`, an old link) gets its folder's
//!   `index.html`, else the app's; a missing file is a 404, never the index page under a file's
//!   name (a browser would keep HTML as a year-long "script").

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_http::services::{ServeDir, ServeFile};

/// What browsers may keep a content-named file for: a year, without asking again.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Everything else: keep it, but ask the server whether it changed before using it.
const NO_CACHE: &str = "no-cache";

/// The routes serving `dir` (the built UI): a fallback for every path the API does not take.
pub fn router(dir: &Path) -> Router {
    let files = ServeDir::new(dir).precompressed_br().precompressed_gzip();
    let pages = files.clone().fallback(
        ServeFile::new(dir.join("index.html"))
            .precompressed_br()
            .precompressed_gzip(),
    );
    Router::new()
        .fallback(serve)
        .with_state(Arc::new(WebUi { files, pages }))
}

struct WebUi {
    /// Files by path; a missing one is a 404.
    files: ServeDir,
    /// The same, falling back to the app's `index.html`.
    pages: ServeDir<ServeFile>,
}

async fn serve(State(ui): State<Arc<WebUi>>, request: Request) -> Response {
    let kind = Kind::of(request.uri().path());
    let served = match kind {
        Kind::Page => ui.pages.clone().try_call(request).await,
        Kind::Hashed | Kind::File => ui.files.clone().try_call(request).await,
    };
    let mut response = match served {
        Ok(response) => response.map(Body::new),
        Err(error) => {
            tracing::error!(%error, "reading a file of the web UI");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let status = response.status();
    let kept = kind == Kind::Hashed && (status.is_success() || status == StatusCode::NOT_MODIFIED);
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if kept { IMMUTABLE } else { NO_CACHE }),
    );
    // The same URL is sent brotli, gzip or plain: caches between must keep them apart.
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}

/// What a request path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A file named by its content (`name-0123456789abcdef.ext`): never changes.
    Hashed,
    /// Any other file (`index.html`, `boot.js`, …).
    File,
    /// No file extension: a page of the app (`/`, `/gallery/`).
    Page,
}

impl Kind {
    fn of(path: &str) -> Self {
        let name = path.rsplit('/').next().unwrap_or_default();
        match name.rsplit_once('.') {
            None => Kind::Page,
            Some((stem, _)) if is_content_named(stem) => Kind::Hashed,
            Some(_) => Kind::File,
        }
    }
}

/// `stem` ends in `-` and 16 lowercase hex digits, the shape `cargo xtask build-ui` gives.
fn is_content_named(stem: &str) -> bool {
    stem.rsplit_once('-').is_some_and(|(base, digest)| {
        !base.is_empty()
            && digest.len() == 16
            && digest.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_ending_in_sixteen_hex_digits_are_content_named() {
        assert_eq!(Kind::of("/madoguchi_ui_bg-0123456789abcdef.wasm"), Kind::Hashed);
        assert_eq!(
            Kind::of("/gallery/madoguchi_ui-fedcba9876543210.js"),
            Kind::Hashed
        );
        assert_eq!(Kind::of("/index.html"), Kind::File);
        assert_eq!(Kind::of("/boot.js"), Kind::File);
        // Upper case, too short, or no name before the digest: not the build's shape.
        assert_eq!(Kind::of("/madoguchi-0123456789ABCDEF.css"), Kind::File);
        assert_eq!(Kind::of("/madoguchi-0123456789abcde.css"), Kind::File);
        assert_eq!(Kind::of("/-0123456789abcdef.css"), Kind::File);
    }

    #[test]
    fn paths_without_an_extension_are_pages() {
        assert_eq!(Kind::of("/"), Kind::Page);
        assert_eq!(Kind::of("/gallery/"), Kind::Page);
        assert_eq!(Kind::of("/gallery"), Kind::Page);
    }

    /// A UI folder as the build leaves it, served on a free port.
    async fn serve_ui() -> (tempfile::TempDir, String) {
        let dir = tempfile::tempdir().expect("temp dir");
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).expect("write");
        write("index.html", "<!doctype html><title>app</title>");
        write("boot.js", "import \"/app-0123456789abcdef.js\";");
        write("app-0123456789abcdef.js", "export default 1;");
        write("app-0123456789abcdef.js.br", "brotli bytes");
        write("app-0123456789abcdef.js.gz", "gzip bytes");
        let app = router(dir.path());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        (dir, url)
    }

    async fn get(url: &str, accept_encoding: &str) -> reqwest::Response {
        reqwest::Client::new()
            .get(url)
            .header("accept-encoding", accept_encoding)
            .send()
            .await
            .expect("the server answers")
    }

    fn header<'a>(response: &'a reqwest::Response, name: &str) -> &'a str {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    #[tokio::test]
    async fn a_hashed_file_is_sent_precompressed_and_immutable() {
        let (_dir, url) = serve_ui().await;

        let br = get(&format!("{url}/app-0123456789abcdef.js"), "gzip, br").await;
        assert_eq!(br.status(), 200);
        assert_eq!(header(&br, "content-encoding"), "br");
        assert_eq!(header(&br, "cache-control"), IMMUTABLE);
        assert_eq!(header(&br, "vary"), "accept-encoding");
        assert_eq!(br.text().await.expect("body"), "brotli bytes");

        let gz = get(&format!("{url}/app-0123456789abcdef.js"), "gzip").await;
        assert_eq!(header(&gz, "content-encoding"), "gzip");

        let plain = get(&format!("{url}/app-0123456789abcdef.js"), "identity").await;
        assert_eq!(header(&plain, "content-encoding"), "");
        assert_eq!(plain.text().await.expect("body"), "export default 1;");
    }

    #[tokio::test]
    async fn pages_and_boot_js_are_revalidated_and_unknown_pages_get_the_app() {
        let (_dir, url) = serve_ui().await;
        for path in ["/", "/index.html", "/boot.js", "/some/old/link"] {
            let response = get(&format!("{url}{path}"), "br").await;
            assert_eq!(response.status(), 200, "{path}");
            assert_eq!(header(&response, "cache-control"), NO_CACHE, "{path}");
        }
        let old_link = get(&format!("{url}/some/old/link"), "identity").await;
        assert!(
            old_link
                .text()
                .await
                .expect("body")
                .contains("<title>app</title>")
        );
    }

    /// With the index page as the fallback for every path, a stale hashed name would get HTML
    /// marked immutable, which a browser would then keep for a year as that script.
    #[tokio::test]
    async fn a_missing_file_is_a_404_not_the_index_page() {
        let (_dir, url) = serve_ui().await;
        for path in ["/app-fedcba9876543210.js", "/missing.css"] {
            let response = get(&format!("{url}{path}"), "br").await;
            assert_eq!(response.status(), 404, "{path}");
            assert_eq!(header(&response, "cache-control"), NO_CACHE, "{path}");
        }
    }
}
