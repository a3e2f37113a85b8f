//! The notice streams' lean HTTP/1 path: read one request head, call the router, write the
//! response head, then pass the body on frame by frame until it ends or the client leaves, and
//! close (`Connection: close`: a stream's connection carries nothing else).
//!
//! What an idle stream then holds is this task, its socket and the response body (the stream's
//! own state, `routes::notices::stream`): no buffer waits between events. The head is read into a
//! buffer dropped before the first event; each event is written from a buffer made for it.
//!
//! It speaks as hyper would where a client can tell: `Date`, `Content-Length` for a body of known
//! length (a 401's JSON), chunked transfer otherwise (HTTP/1.0 clients get the body until close),
//! 400 for a head that does not parse, 431 for one over [`MAX_HEAD`].

use std::io::Write as _;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, HttpBody};
use axum::extract::ConnectInfo;
use axum::http::{HeaderName, HeaderValue, Request, Response, StatusCode, Version, header};
use http_body_util::BodyExt as _;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tower::ServiceExt as _;

/// The largest request head taken (hyper's default limit is of this order too).
const MAX_HEAD: usize = 64 * 1024;
/// How many header fields a head may have (hyper's default).
const MAX_HEADERS: usize = 100;
/// How long the client may take to send its whole head.
const HEAD_TIMEOUT: Duration = Duration::from_secs(30);
/// How long one write may wait on a client that does not read: then it is dropped, rather than
/// holding its events (and the fan-out's lag) for ever.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);

pub async fn serve(mut stream: TcpStream, peer: SocketAddr, router: Router) {
    // Events are small and rare: send each at once rather than wait for an ack (Nagle).
    let _ = stream.set_nodelay(true);
    let request = match tokio::time::timeout(HEAD_TIMEOUT, read_head(&mut stream)).await {
        Ok(Ok(request)) => request,
        Ok(Err(status)) => return refuse(stream, status).await,
        Err(_) => return refuse(stream, StatusCode::REQUEST_TIMEOUT).await,
    };
    let http10 = request.version() == Version::HTTP_10;
    let mut request = request;
    request.extensions_mut().insert(ConnectInfo(peer));
    let response = match router.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    let _ = respond(stream, response, http10).await;
}

/// Reads up to the end of the head (a GET's; any bytes after it are ignored, as the connection
/// closes after this one response).
async fn read_head(stream: &mut TcpStream) -> Result<Request<Body>, StatusCode> {
    let mut buffer = Vec::with_capacity(1024);
    loop {
        if buffer.len() >= MAX_HEAD {
            return Err(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
        }
        buffer.reserve(1024);
        let read = stream
            .read_buf(&mut buffer)
            .await
            .map_err(|_| StatusCode::BAD_REQUEST)?;
        if read == 0 {
            return Err(StatusCode::BAD_REQUEST);
        }
        if let Some(request) = parse_head(&buffer)? {
            return Ok(request);
        }
    }
}

/// `Ok(None)` while the head is incomplete.
fn parse_head(bytes: &[u8]) -> Result<Option<Request<Body>>, StatusCode> {
    let mut fields = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut head = httparse::Request::new(&mut fields);
    match head.parse(bytes) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => return Err(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE),
        Err(_) => return Err(StatusCode::BAD_REQUEST),
    }
    let mut request = Request::builder()
        .method(head.method.ok_or(StatusCode::BAD_REQUEST)?)
        .uri(head.path.ok_or(StatusCode::BAD_REQUEST)?)
        .version(match head.version {
            Some(0) => Version::HTTP_10,
            _ => Version::HTTP_11,
        })
        .body(Body::empty())
        .map_err(|_| StatusCode::BAD_REQUEST)?;
    let headers = request.headers_mut();
    for field in head.headers.iter() {
        headers.append(
            HeaderName::from_bytes(field.name.as_bytes()).map_err(|_| StatusCode::BAD_REQUEST)?,
            HeaderValue::from_bytes(field.value).map_err(|_| StatusCode::BAD_REQUEST)?,
        );
    }
    Ok(Some(request))
}

async fn respond(mut stream: TcpStream, response: Response<Body>, http10: bool) -> std::io::Result<()> {
    let (parts, mut body) = response.into_parts();
    let length = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
        .or_else(|| HttpBody::size_hint(&body).exact());
    let chunked = length.is_none() && !http10;
    let mut head = Vec::with_capacity(512);
    let reason = parts.status.canonical_reason().unwrap_or("");
    write!(head, "HTTP/1.1 {} {reason}\r\n", parts.status.as_u16())?;
    for (name, value) in &parts.headers {
        // This path decides the framing and that the connection closes.
        if [
            header::CONNECTION,
            header::TRANSFER_ENCODING,
            header::CONTENT_LENGTH,
            header::DATE,
        ]
        .contains(name)
        {
            continue;
        }
        field(&mut head, name.as_str(), value.as_bytes());
    }
    field(
        &mut head,
        "date",
        httpdate::fmt_http_date(std::time::SystemTime::now()).as_bytes(),
    );
    if let Some(length) = length {
        field(&mut head, "content-length", length.to_string().as_bytes());
    } else if chunked {
        field(&mut head, "transfer-encoding", b"chunked");
    }
    field(&mut head, "connection", b"close");
    head.extend_from_slice(b"\r\n");
    write(&mut stream, &head).await?;
    drop(head);

    // One byte is enough to see that the client has gone (a read of 0) while the body is idle;
    // anything else it sends is ignored.
    let mut probe = [0u8; 1];
    loop {
        tokio::select! {
            frame = body.frame() => match frame {
                None => break,
                // The body failed: end without the last chunk, so the client sees it cut short.
                Some(Err(_)) => return Ok(()),
                Some(Ok(frame)) => {
                    let Ok(data) = frame.into_data() else { continue };
                    if data.is_empty() {
                        continue;
                    }
                    if chunked {
                        let mut chunk = Vec::with_capacity(data.len() + 12);
                        write!(chunk, "{:x}\r\n", data.len())?;
                        chunk.extend_from_slice(&data);
                        chunk.extend_from_slice(b"\r\n");
                        write(&mut stream, &chunk).await?;
                    } else {
                        write(&mut stream, &data).await?;
                    }
                }
            },
            read = stream.read(&mut probe) => match read {
                Ok(0) | Err(_) => return Ok(()),
                Ok(_) => {}
            },
        }
    }
    if chunked {
        write(&mut stream, b"0\r\n\r\n").await?;
    }
    stream.shutdown().await
}

fn field(head: &mut Vec<u8>, name: &str, value: &[u8]) {
    head.extend_from_slice(name.as_bytes());
    head.extend_from_slice(b": ");
    head.extend_from_slice(value);
    head.extend_from_slice(b"\r\n");
}

async fn write(stream: &mut TcpStream, bytes: &[u8]) -> std::io::Result<()> {
    match tokio::time::timeout(WRITE_TIMEOUT, stream.write_all(bytes)).await {
        Ok(written) => written,
        Err(_) => Err(std::io::ErrorKind::TimedOut.into()),
    }
}

/// A head that could not be taken: the status alone, as hyper answers one.
async fn refuse(mut stream: TcpStream, status: StatusCode) {
    let mut head = Vec::with_capacity(128);
    let _ = write!(
        head,
        "HTTP/1.1 {} {}\r\ncontent-length: 0\r\nconnection: close\r\ndate: {}\r\n\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        httpdate::fmt_http_date(std::time::SystemTime::now()),
    );
    if write(&mut stream, &head).await.is_ok() {
        let _ = stream.shutdown().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_is_taken_whole_with_its_fields() {
        let head = b"GET /api/v1/notices/stream HTTP/1.1\r\nHost: x\r\nLast-Event-ID: 7\r\n\r\n";
        assert!(parse_head(&head[..30]).unwrap().is_none(), "incomplete");
        let request = parse_head(head).unwrap().expect("complete");
        assert_eq!(request.method(), axum::http::Method::GET);
        assert_eq!(request.uri().path(), "/api/v1/notices/stream");
        assert_eq!(request.headers()["last-event-id"], "7");
        assert_eq!(request.version(), Version::HTTP_11);
    }

    #[test]
    fn a_broken_head_is_a_400() {
        assert_eq!(
            parse_head(b"GET /api/v1/notices/stream HTTP/1.1\r\nBad Field\r\n\r\n").unwrap_err(),
            StatusCode::BAD_REQUEST
        );
    }
}
