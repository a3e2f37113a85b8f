//! Reading a `text/event-stream` (the HTML standard's "event stream interpretation"), as much of
//! it as the city's stream uses: `event`, `data` (several lines joined by `\n`), `id`, comments
//! and every line ending. Bytes arrive in arbitrary chunks (a line, or a UTF-8 character, may be
//! split between two), so the parser keeps what it has not finished.

/// One dispatched event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// `event:`; "message" when absent.
    pub event: String,
    pub data: String,
    /// The stream's last event id after this event (the last `id:` seen so far).
    pub id: Option<String>,
}

/// The parser's state between chunks.
#[derive(Debug, Default)]
pub struct Parser {
    pending: Vec<u8>,
    /// The last byte fed was a `\r`: a `\n` right after it ends no second line.
    after_cr: bool,
    event: String,
    data: Vec<String>,
    last_id: Option<String>,
}

impl Parser {
    /// Feeds a chunk; returns the events it completed, in order.
    pub fn push(&mut self, chunk: &[u8]) -> Vec<Message> {
        let mut out = Vec::new();
        for &byte in chunk {
            let after_cr = std::mem::replace(&mut self.after_cr, byte == b'\r');
            match byte {
                b'\n' if after_cr => {}
                b'\n' | b'\r' => {
                    let line = std::mem::take(&mut self.pending);
                    if let Some(message) = self.line(&String::from_utf8_lossy(&line)) {
                        out.push(message);
                    }
                }
                _ => self.pending.push(byte),
            }
        }
        out
    }

    fn line(&mut self, line: &str) -> Option<Message> {
        if line.is_empty() {
            return self.dispatch();
        }
        if line.starts_with(':') {
            return None;
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "event" => self.event = value.to_owned(),
            "data" => self.data.push(value.to_owned()),
            // An id containing NUL is ignored, as the standard says.
            "id" if !value.contains('\0') => self.last_id = Some(value.to_owned()),
            _ => {}
        }
        None
    }

    fn dispatch(&mut self) -> Option<Message> {
        let event = std::mem::take(&mut self.event);
        if self.data.is_empty() {
            return None;
        }
        let data = std::mem::take(&mut self.data).join("\n");
        Some(Message {
            event: if event.is_empty() { "message".into() } else { event },
            data,
            id: self.last_id.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_split_anywhere_across_chunks_come_out_whole_and_in_order() {
        let stream = "id: 7\nevent: notice\ndata: {\"a\":\ndata: 1}\n\n: keep-alive\n\nid: 8\nevent: withdrawn\ndata: 緊急\n\n";
        let bytes = stream.as_bytes();
        for split in 0..bytes.len() {
            let mut parser = Parser::default();
            let mut got = parser.push(&bytes[..split]);
            got.extend(parser.push(&bytes[split..]));
            assert_eq!(
                got,
                [
                    Message {
                        event: "notice".into(),
                        data: "{\"a\":\n1}".into(),
                        id: Some("7".into())
                    },
                    Message {
                        event: "withdrawn".into(),
                        data: "緊急".into(),
                        id: Some("8".into())
                    },
                ],
                "split at {split}"
            );
        }
    }

    #[test]
    fn every_line_ending_works_and_comments_dispatch_nothing() {
        let mut parser = Parser::default();
        let got = parser.push(b": hello\r\n\r\ndata: a\r\rdata:b\r\n\r\n");
        let data: Vec<_> = got.iter().map(|m| (m.event.as_str(), m.data.as_str())).collect();
        assert_eq!(data, [("message", "a"), ("message", "b")]);
    }

    #[test]
    fn an_unfinished_event_waits_for_its_blank_line() {
        let mut parser = Parser::default();
        assert!(parser.push(b"id: 3\nevent: notice\ndata: x\n").is_empty());
        assert_eq!(parser.push(b"\n").len(), 1);
    }
}
