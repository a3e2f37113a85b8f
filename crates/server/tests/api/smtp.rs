//! A small SMTP server for the tests: it speaks enough of RFC 5321 (EHLO/HELO, MAIL, RCPT, DATA,
//! RSET, NOOP, QUIT) for `lettre` to deliver to it over a real TCP connection, and keeps every
//! message it receives so a test can read the sign-in code a resident would read in their mail.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::TcpListener;

/// One message as received: its envelope recipients and its data (headers and body).
#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    pub data: String,
}

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let port = listener.local_addr().expect("bound").port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let keep = received.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let keep = keep.clone();
                tokio::spawn(async move {
                    let _ = session(stream, keep).await;
                });
            }
        });
        Self { port, received }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn messages(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// The six-digit code in the newest message to `to`, waiting up to 5 s for it.
    pub async fn code_for(&self, to: &str) -> String {
        for _ in 0..100 {
            let newest = self
                .messages()
                .into_iter()
                .rev()
                .find(|m| m.to.iter().any(|r| r.eq_ignore_ascii_case(to)));
            if let Some(message) = newest {
                return six_digits(&message.data).expect("the mail carries a six-digit code");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no mail reached {to}");
    }
}

/// The first run of exactly six ASCII digits in the message's body (after the headers).
pub fn six_digits(data: &str) -> Option<String> {
    let body = data.split_once("\r\n\r\n").map_or(data, |(_, b)| b);
    let decoded = decode_body(body);
    let chars: Vec<char> = decoded.chars().collect();
    (0..chars.len().saturating_sub(5)).find_map(|i| {
        let run: String = chars[i..i + 6].iter().collect();
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 6);
        (run.chars().all(|c| c.is_ascii_digit())
            && !before.is_some_and(|c| c.is_ascii_digit())
            && !after.is_some_and(char::is_ascii_digit))
        .then_some(run)
    })
}

/// The body as text: lettre sends non-ASCII bodies base64 or quoted-printable.
fn decode_body(body: &str) -> String {
    use base64::Engine as _;
    let joined: String = body.lines().collect();
    base64::engine::general_purpose::STANDARD
        .decode(joined.trim())
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_else(|| body.replace("=\r\n", ""))
}

async fn session(stream: tokio::net::TcpStream, keep: Arc<Mutex<Vec<Received>>>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 sink ESMTP\r\n").await?;
    let mut to = Vec::new();
    while let Some(line) = lines.next_line().await? {
        let upper = line.to_ascii_uppercase();
        let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            b"250-sink\r\n250 8BITMIME\r\n"
        } else if upper.starts_with("MAIL FROM") || upper.starts_with("RSET") || upper.starts_with("NOOP") {
            if upper.starts_with("RSET") {
                to.clear();
            }
            b"250 OK\r\n"
        } else if upper.starts_with("RCPT TO") {
            let address = line[8..]
                .trim()
                .trim_start_matches(':')
                .trim()
                .trim_matches(['<', '>']);
            to.push(address.to_owned());
            b"250 OK\r\n"
        } else if upper.starts_with("DATA") {
            write.write_all(b"354 end with .\r\n").await?;
            let mut data = String::new();
            while let Some(line) = lines.next_line().await? {
                if line == "." {
                    break;
                }
                data.push_str(line.strip_prefix('.').unwrap_or(&line));
                data.push_str("\r\n");
            }
            keep.lock().unwrap().push(Received {
                to: std::mem::take(&mut to),
                data,
            });
            b"250 OK queued\r\n"
        } else if upper.starts_with("QUIT") {
            write.write_all(b"221 bye\r\n").await?;
            return Ok(());
        } else {
            b"502 not implemented\r\n"
        };
        write.write_all(reply).await?;
    }
    Ok(())
}
