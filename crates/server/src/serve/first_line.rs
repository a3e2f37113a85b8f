//! Which path a new connection takes, from the start of its request line, peeked at.

use std::time::Duration;

use madoguchi_domain::notice::wire::{ACCOUNT_STREAM_PATH, STREAM_PATH};
use tokio::net::TcpStream;
use tokio::time::Instant;

/// The GET requests that open a notice stream.
const EVENT_STREAMS: [&str; 2] = [STREAM_PATH, ACCOUNT_STREAM_PATH];

/// Enough bytes to see `GET <the longest stream path>` and the byte after it.
const PEEK: usize = 64;

/// How long a connection may take to send the start of its request line before it is given to
/// hyper, which has its own limits for slow clients.
const PATIENCE: Duration = Duration::from_secs(10);

#[derive(Debug, PartialEq, Eq)]
pub enum Path {
    EventStream,
    Hyper,
}

/// Peeks at the connection's first bytes (they stay in the socket for whoever reads it).
pub async fn path_of(stream: &TcpStream) -> Path {
    let deadline = Instant::now() + PATIENCE;
    let mut start = [0u8; PEEK];
    loop {
        let seen = match tokio::time::timeout_at(deadline, stream.peek(&mut start)).await {
            Ok(Ok(seen)) if seen > 0 => seen,
            // Closed, failed or silent: hyper answers (or drops) it as it would have.
            _ => return Path::Hyper,
        };
        if let Some(path) = decide(&start[..seen]) {
            return path;
        }
        // A request line cut short by the network (clients send their head in one write, so
        // this is rare): `peek` would return the same bytes at once, so wait for more.
        if Instant::now() >= deadline {
            return Path::Hyper;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// `None` while the bytes so far could still begin a stream's request line.
fn decide(start: &[u8]) -> Option<Path> {
    let mut undecided = false;
    for path in EVENT_STREAMS {
        let line = [b"GET ".as_slice(), path.as_bytes()];
        let wanted = line.concat();
        if start.len() > wanted.len() {
            // The path must end there: `…/stream?x` or `…/stream HTTP/1.1`, not `…/streams`.
            if start.starts_with(&wanted) && matches!(start[wanted.len()], b' ' | b'?') {
                return Some(Path::EventStream);
            }
        } else if wanted.starts_with(start) {
            undecided = true;
        }
    }
    (!undecided).then_some(Path::Hyper)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_request_takes_the_lean_path() {
        for line in [
            "GET /api/v1/notices/stream HTTP/1.1\r\n",
            "GET /api/v1/notices/stream?lang=ja HTTP/1.1\r\n",
            "GET /api/v1/account/notices/stream HTTP/1.1\r\n",
        ] {
            assert_eq!(decide(line.as_bytes()), Some(Path::EventStream), "{line}");
        }
    }

    #[test]
    fn every_other_request_goes_to_hyper() {
        for line in [
            "GET /api/v1/notices HTTP/1.1\r\n",
            "GET /api/v1/notices/streams HTTP/1.1\r\n",
            "HEAD /api/v1/notices/stream HTTP/1.1\r\n",
            "POST /api/v1/notices/stream HTTP/1.1\r\n",
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            "get /api/v1/notices/stream HTTP/1.1\r\n",
            "\u{16}\u{3}\u{1}",
        ] {
            assert_eq!(decide(line.as_bytes()), Some(Path::Hyper), "{line:?}");
        }
    }

    #[test]
    fn a_request_line_cut_short_waits_for_more() {
        for start in [
            "G",
            "GET ",
            "GET /api/v1/no",
            "GET /api/v1/notices/stream",
            "GET /api/v1/acc",
        ] {
            assert_eq!(decide(start.as_bytes()), None, "{start}");
        }
        // Once it can no longer be a stream, it is hyper's at once.
        assert_eq!(decide(b"GET /api/v1/p"), Some(Path::Hyper));
    }
}
