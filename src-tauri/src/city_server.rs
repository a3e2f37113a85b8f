//! The city's server, as the shell talks to it over HTTP (reqwest, rustls).

use std::time::Duration;

use madoguchi_domain::{
    ApiError, AttachmentName, AttachmentReceipt, ErrorCode, FileKind, IDEMPOTENCY_KEY_HEADER, IdempotencyKey,
    PostalCode, PostalCodeLookup, ProcedureCatalogue,
};
use reqwest::StatusCode;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Result, ShellError};

/// A client for one city's server.
#[derive(Clone)]
pub struct CityServer {
    base: reqwest::Url,
    http: reqwest::Client,
    /// For the notice stream: no total timeout (it stays open for minutes), the same connect
    /// timeout; the follower notices silence itself.
    streaming: reqwest::Client,
}

/// A conditional GET's answer.
pub enum Fetched<T> {
    /// New data, with its ETag.
    Changed(T, Option<String>),
    /// 304: what we have is current.
    Unchanged,
}

/// Why a mutation was not delivered, split by what the outbox should do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// Out of reach, 5xx, 408, 429, or the first copy still running: try again later.
    Transient(ApiError),
    /// Any other 4xx: sending it again unchanged cannot succeed.
    Refused(ApiError),
}

impl CityServer {
    pub fn new(base: reqwest::Url) -> Self {
        let http = reqwest::Client::builder()
            // A resident on flaky mobile data should see the error in seconds, not minutes.
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(20))
            // A redirect could carry a request (and its token) to another host: the city's server
            // answers where it is asked, or not at all.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client with timeouts and no redirects always builds");
        let streaming = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client with a connect timeout and no redirects always builds");
        Self {
            base,
            http,
            streaming,
        }
    }

    /// Opens a Server-Sent Events stream at `path`, resuming after `last` when given, as `bearer`
    /// when given; the 2xx response, its body still to read.
    pub async fn open_event_stream(
        &self,
        path: &str,
        last: Option<madoguchi_domain::notice::wire::EventId>,
        bearer: Option<&str>,
    ) -> Result<reqwest::Response> {
        use madoguchi_domain::notice::wire::{EVENT_STREAM_CONTENT_TYPE, LAST_EVENT_ID_HEADER};
        let mut request = self
            .streaming
            .get(self.url(path.trim_start_matches('/'))?)
            .header(reqwest::header::ACCEPT, EVENT_STREAM_CONTENT_TYPE);
        if let Some(last) = last {
            request = request.header(LAST_EVENT_ID_HEADER, last.0.to_string());
        }
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.map_err(ShellError::Unreachable)?;
        let status = response.status();
        if status.is_success() {
            Ok(response)
        } else {
            let body = response.bytes().await.map_err(ShellError::Unreachable)?;
            Err(refusal(status, &body))
        }
    }

    pub async fn procedure_catalogue(&self) -> Result<ProcedureCatalogue> {
        match self.get_if_changed("api/v1/procedures", None).await? {
            Fetched::Changed(catalogue, _) => Ok(catalogue),
            Fetched::Unchanged => Err(ShellError::BadResponse("304 without an ETag".into())),
        }
    }

    /// The addresses of a postal code (not cached: a lookup is small and the data changes monthly).
    pub async fn postal_code(&self, code: PostalCode) -> Result<PostalCodeLookup> {
        match self
            .get_if_changed(&format!("api/v1/postal-codes/{}", code.digits()), None)
            .await?
        {
            Fetched::Changed(lookup, _) => Ok(lookup),
            Fetched::Unchanged => Err(ShellError::BadResponse("304 to a plain GET".into())),
        }
    }

    /// Sends an attachment in chunks as `bearer` (the signed-in resident; the city refuses files
    /// from nobody), calling `progress(sent, total)` as each leaves. Retrying with the same `key`
    /// is safe: the server replays its first answer.
    pub async fn upload_attachment(
        &self,
        name: &AttachmentName,
        kind: FileKind,
        key: &IdempotencyKey,
        bearer: Option<&str>,
        content: Vec<u8>,
        progress: impl Fn(u64, u64) + Send + Sync + 'static,
    ) -> Result<AttachmentReceipt> {
        /// Small enough for frequent progress, large enough not to cost throughput.
        const CHUNK: usize = 64 * 1024;
        let mut url = self.url("api/v1/attachments")?;
        url.query_pairs_mut().append_pair("name", name.as_str());
        let total = content.len() as u64;
        let content = bytes::Bytes::from(content);
        let chunks: Vec<bytes::Bytes> = (0..content.len())
            .step_by(CHUNK)
            .map(|start| content.slice(start..(start + CHUNK).min(content.len())))
            .collect();
        let mut sent = 0u64;
        progress(0, total);
        let stream = futures_util::stream::iter(chunks.into_iter().map(move |chunk| {
            sent += chunk.len() as u64;
            progress(sent, total);
            Ok::<_, std::io::Error>(chunk)
        }));
        let mut request = self.http.post(url);
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        let response = request
            .header(IDEMPOTENCY_KEY_HEADER, key.as_str())
            .header(reqwest::header::CONTENT_TYPE, kind.mime())
            .header(reqwest::header::CONTENT_LENGTH, total)
            // A 10 MB file on slow mobile data takes minutes, not the usual 20 s.
            .timeout(Duration::from_secs(600))
            .body(reqwest::Body::wrap_stream(stream))
            .send()
            .await
            .map_err(ShellError::Unreachable)?;
        answer(response).await
    }

    /// GET `path`, sending `etag` as `If-None-Match`.
    pub async fn get_if_changed<T: DeserializeOwned>(
        &self,
        path: &str,
        etag: Option<&str>,
    ) -> Result<Fetched<T>> {
        let mut request = self.http.get(self.url(path)?);
        if let Some(etag) = etag {
            request = request.header(reqwest::header::IF_NONE_MATCH, etag);
        }
        let response = request.send().await.map_err(ShellError::Unreachable)?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::Unchanged);
        }
        let etag = response
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Ok(Fetched::Changed(answer(response).await?, etag))
    }

    /// GET `path` with `Authorization: Bearer <token>` (a resident's own: a waitlist place).
    pub async fn get_as<T: DeserializeOwned>(&self, path: &str, token: &str) -> Result<T> {
        let response = self
            .http
            .get(self.url(path)?)
            .bearer_auth(token)
            .send()
            .await
            .map_err(ShellError::Unreachable)?;
        answer(response).await
    }

    /// POST `body` as JSON without an idempotency key (the sign-in routes, which answer secrets
    /// and are outside the city's idempotency layer); the 2xx body as `T`.
    pub async fn post_unkeyed<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T> {
        answer(self.post_json(path, body).await?).await
    }

    /// [`CityServer::post_unkeyed`] for an answer without a body (202, 204).
    pub async fn post_unkeyed_empty<B: Serialize>(&self, path: &str, body: &B) -> Result<()> {
        let response = self.post_json(path, body).await?;
        let status = response.status();
        let body = response.bytes().await.map_err(ShellError::Unreachable)?;
        if status.is_success() {
            Ok(())
        } else {
            Err(refusal(status, &body))
        }
    }

    async fn post_json<B: Serialize>(&self, path: &str, body: &B) -> Result<reqwest::Response> {
        self.http
            .post(self.url(path)?)
            .json(body)
            .send()
            .await
            .map_err(ShellError::Unreachable)
    }

    /// `path` on the city's server.
    fn url(&self, path: &str) -> Result<reqwest::Url> {
        self.base
            .join(path)
            .map_err(|e| ShellError::BadResponse(e.to_string()))
    }

    /// Sends one mutation with its idempotency key; returns the 2xx body.
    pub async fn send(
        &self,
        method: &str,
        path: &str,
        body: String,
        key: &IdempotencyKey,
        bearer: Option<&str>,
    ) -> std::result::Result<Vec<u8>, SendError> {
        let unreachable = || SendError::Transient(ErrorCode::ServerUnreachable.into());
        let url = self
            .base
            .join(path)
            .map_err(|_| SendError::Refused(ErrorCode::BadResponse.into()))?;
        let method = reqwest::Method::from_bytes(method.as_bytes())
            .map_err(|_| SendError::Refused(ErrorCode::Internal.into()))?;
        let mut request = self
            .http
            .request(method, url)
            .header(IDEMPOTENCY_KEY_HEADER, key.as_str())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.map_err(|_| unreachable())?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(|_| unreachable())?;
        if status.is_success() {
            return Ok(bytes.to_vec());
        }
        let error = serde_json::from_slice::<ApiError>(&bytes).unwrap_or_else(|_| {
            if status.is_server_error() {
                ErrorCode::Internal.into()
            } else {
                ErrorCode::BadResponse.into()
            }
        });
        let transient = status.is_server_error()
            || status == StatusCode::REQUEST_TIMEOUT
            || status == StatusCode::TOO_MANY_REQUESTS
            || error.code.is_transient();
        Err(if transient {
            SendError::Transient(error)
        } else {
            SendError::Refused(error)
        })
    }
}

/// A 2xx answer's JSON body as `T`; any other status as [`refusal`].
async fn answer<T: DeserializeOwned>(response: reqwest::Response) -> Result<T> {
    let status = response.status();
    let body = response.bytes().await.map_err(ShellError::Unreachable)?;
    if status.is_success() {
        serde_json::from_slice(&body).map_err(|e| ShellError::BadResponse(e.to_string()))
    } else {
        Err(refusal(status, &body))
    }
}

/// A refusal's body as the server's `ApiError`, or a bad response when it is not one.
fn refusal(status: StatusCode, body: &[u8]) -> ShellError {
    match serde_json::from_slice::<ApiError>(body) {
        Ok(error) => ShellError::Server {
            status: status.as_u16(),
            error,
        },
        Err(_) => ShellError::BadResponse(format!("HTTP {status}")),
    }
}
