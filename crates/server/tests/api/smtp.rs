//! A small SMTP server for the tests: it speaks enough of RFC 5321 (EHLO/HELO, MAIL, RCPT, DATA,
//! RSET, NOOP, QUIT) for `lettre` to deliver to it over a real TCP connection, and keeps every
//! message it receives so a test can read the sign-in code a resident would read in their mail.
//! [`SmtpSink::refuse`] makes it answer every message with a temporary failure (451), as a mail
//! server that is struggling does; a recipient whose address starts with `nobody@` is refused for
//! good (550), as an address that does not exist is.

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
    refusing: Arc<std::sync::atomic::AtomicBool>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let port = listener.local_addr().expect("bound").port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let refusing = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (keep, refuse) = (received.clone(), refusing.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (keep, refuse) = (keep.clone(), refuse.clone());
                tokio::spawn(async move {
                    let _ = session(stream, keep, refuse).await;
                });
            }
        });
        Self {
            port,
            received,
            refusing,
        }
    }

    /// From now on, refuse (`true`) or accept every message.
    pub fn refuse(&self, refusing: bool) {
        self.refusing.store(refusing, std::sync::atomic::Ordering::SeqCst);
    }

    /// The messages received for `to` (compared without case), oldest first.
    pub fn messages_to(&self, to: &str) -> Vec<Received> {
        self.messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|r| r.eq_ignore_ascii_case(to)))
            .collect()
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

impl Received {
    /// The message's body as text (after the headers, decoded).
    pub fn body(&self) -> String {
        decode_body(self.data.split_once("\r\n\r\n").map_or(&self.data, |(_, b)| b))
    }
}

/// The body as text: lettre sends non-ASCII bodies base64 or quoted-printable.
fn decode_body(body: &str) -> String {
    use base64::Engine as _;
    let joined: String = body.lines().collect();
    base64::engine::general_purpose::STANDARD
        .decode(joined.trim())
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_else(|| quoted_printable(&body.replace("=\r\n", "")))
}

/// `=E3=81=82` back to bytes, then UTF-8 (a `=` not followed by two hex digits is kept).
fn quoted_printable(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn session(
    stream: tokio::net::TcpStream,
    keep: Arc<Mutex<Vec<Received>>>,
    refuse: Arc<std::sync::atomic::AtomicBool>,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 sink ESMTP\r\n").await?;
    let mut to = Vec::new();
    while let Some(line) = lines.next_line().await? {
        let upper = line.to_ascii_uppercase();
        let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            b"250-sink\r\n250 8BITMIME\r\n"
        } else if upper.starts_with("MAIL FROM") && refuse.load(std::sync::atomic::Ordering::SeqCst) {
            b"451 4.3.0 try again later\r\n"
        } else if upper.starts_with("MAIL FROM") || upper.starts_with("RSET") || upper.starts_with("NOOP") {
            if upper.starts_with("RSET") {
                to.clear();
            }
            b"250 OK\r\n"
        } else if upper.starts_with("RCPT TO") && upper.contains("NOBODY@") {
            b"550 5.1.1 no such mailbox\r\n"
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
