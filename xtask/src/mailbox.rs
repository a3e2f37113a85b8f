//! A mail server inside xtask, for commands that run the city's server without a real one: it
//! speaks enough SMTP for the server (lettre) to deliver, and either drops each message (the
//! contract test, where sign-in codes are never read) or writes it, decoded, into a folder (the
//! Run command's demo mailbox, so a developer trying the app can sign in). Runs until the process
//! ends; [`start`] gives its `smtp://` URL.

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::step::Result;

/// What to do with each message.
#[derive(Clone)]
pub enum Keep {
    Nothing,
    /// Write it as `<n>.txt` (headers, a blank line, the body as text) into this folder.
    Folder(PathBuf),
}

pub fn start(keep: Keep) -> Result<String> {
    if let Keep::Folder(dir) = &keep {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("SMTP sink: {e}"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let count = std::sync::Arc::new(AtomicU32::new(0));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let keep = keep.clone();
            let count = std::sync::Arc::clone(&count);
            std::thread::spawn(move || {
                let Ok(mut write) = stream.try_clone() else { return };
                let _ = write.write_all(b"220 sink\r\n");
                let mut data: Option<Vec<String>> = None;
                for line in BufReader::new(stream).lines().map_while(std::result::Result::ok) {
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if let Some(lines) = data.as_mut() {
                        if line != "." {
                            lines.push(line.strip_prefix('.').map_or(line.clone(), str::to_owned));
                            continue;
                        }
                        if let (Keep::Folder(dir), Some(lines)) = (&keep, data.take()) {
                            let n = count.fetch_add(1, Ordering::SeqCst) + 1;
                            let _ = std::fs::write(dir.join(format!("{n:04}.txt")), readable(&lines));
                        }
                        data = None;
                        b"250 OK\r\n"
                    } else if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250 sink\r\n"
                    } else if upper.starts_with("DATA") {
                        data = Some(Vec::new());
                        b"354 go on\r\n"
                    } else if upper.starts_with("QUIT") {
                        let _ = write.write_all(b"221 bye\r\n");
                        return;
                    } else {
                        b"250 OK\r\n"
                    };
                    if write.write_all(reply).is_err() {
                        return;
                    }
                }
            });
        }
    });
    Ok(format!("smtp://127.0.0.1:{port}"))
}

/// The message with its body as text: lettre sends a non-ASCII body base64-encoded.
fn readable(lines: &[String]) -> String {
    let blank = lines.iter().position(String::is_empty).unwrap_or(lines.len());
    let (head, body) = lines.split_at(blank);
    let base64 = head
        .iter()
        .any(|h| h.to_ascii_lowercase().replace(' ', "") == "content-transfer-encoding:base64");
    let body = if base64 {
        decode_base64(&body.concat())
            .map_or_else(|| body.join("\n"), |b| String::from_utf8_lossy(&b).into_owned())
    } else {
        body.join("\n")
    };
    format!("{}\n\n{body}\n", head.join("\n"))
}

fn decode_base64(text: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut held = 0;
    let mut out = Vec::new();
    for c in text.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=') {
        let value = u32::try_from(ALPHABET.iter().position(|&a| a == c)?).ok()?;
        bits = (bits << 6) | value;
        held += 6;
        if held >= 8 {
            held -= 8;
            out.push(u8::try_from((bits >> held) & 0xff).ok()?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base64_body_is_written_as_the_text_a_resident_would_read() {
        let lines = [
            "Subject: code".to_owned(),
            "Content-Transfer-Encoding: base64".to_owned(),
            String::new(),
            "44Kz44O844OJ44GvIDA0MjkxNyDjgafjgZk=".to_owned(),
        ];
        assert_eq!(
            readable(&lines),
            "Subject: code\nContent-Transfer-Encoding: base64\n\nコードは 042917 です\n"
        );
    }
}
