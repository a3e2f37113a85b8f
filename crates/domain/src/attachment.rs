//! Files a resident attaches (a photo of a document, a PDF certificate): which kinds and sizes the
//! city accepts, checked the same way before upload (on the file the resident picked) and on
//! arrival (on the bytes themselves, so a renamed file cannot pass as another kind).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::msg_id;

/// The kinds of file the city accepts: documents and photos every phone and scanner can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FileKind {
    Pdf,
    Jpeg,
    Png,
}

impl FileKind {
    pub const ALL: [FileKind; 3] = [FileKind::Pdf, FileKind::Jpeg, FileKind::Png];

    pub fn mime(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
        }
    }

    /// File name endings, lowercase, without the dot.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Png => &["png"],
        }
    }

    /// The kind a MIME type names, if we accept it.
    pub fn from_mime(mime: &str) -> Option<Self> {
        let essence = mime.split(';').next().unwrap_or_default().trim();
        Self::ALL
            .into_iter()
            .find(|k| k.mime().eq_ignore_ascii_case(essence))
    }

    /// The kind a file name's ending suggests.
    pub fn from_name(name: &str) -> Option<Self> {
        let (_, ext) = name.rsplit_once('.')?;
        let ext = ext.to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|k| k.extensions().contains(&ext.as_str()))
    }

    /// The kind the bytes themselves are (their signature), whatever the name says.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"%PDF-") {
            Some(FileKind::Pdf)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(FileKind::Jpeg)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(FileKind::Png)
        } else {
            None
        }
    }
}

/// What a place that takes attachments accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttachmentLimits {
    pub max_bytes: u64,
    pub kinds: Vec<FileKind>,
}

impl Default for AttachmentLimits {
    /// 10 MB of PDF, JPEG or PNG: a phone photo or a scanned page with room to spare.
    fn default() -> Self {
        Self {
            max_bytes: 10 * 1024 * 1024,
            kinds: FileKind::ALL.to_vec(),
        }
    }
}

/// Why a file is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentProblem {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than the limit")]
    TooLarge,
    #[error("the file is not of an accepted kind")]
    WrongKind,
    #[error("the file name is not usable")]
    BadName,
}

impl AttachmentProblem {
    /// The Fluent message explaining this to the resident.
    pub fn message_id(self) -> &'static str {
        match self {
            AttachmentProblem::Empty => msg_id!("attachment-error-empty"),
            AttachmentProblem::TooLarge => msg_id!("attachment-error-too-large"),
            AttachmentProblem::WrongKind => msg_id!("attachment-error-wrong-kind"),
            AttachmentProblem::BadName => msg_id!("attachment-error-name"),
        }
    }
}

impl AttachmentLimits {
    /// The value of an `<input type=file accept=…>`: MIME types and endings, for the picker.
    pub fn accept(&self) -> String {
        self.kinds
            .iter()
            .flat_map(|k| {
                std::iter::once(k.mime().to_owned()).chain(k.extensions().iter().map(|e| format!(".{e}")))
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Checks a file the resident picked, before any byte is sent: its name, its size and the type
    /// the browser reports (or, when the browser reports none, its name's ending).
    pub fn check_picked(&self, name: &str, size: u64, mime: &str) -> Result<FileKind, AttachmentProblem> {
        AttachmentName::parse(name)?;
        let kind = FileKind::from_mime(mime)
            .or_else(|| mime.is_empty().then(|| FileKind::from_name(name)).flatten())
            .filter(|k| self.kinds.contains(k))
            .ok_or(AttachmentProblem::WrongKind)?;
        self.check_size(size)?;
        Ok(kind)
    }

    /// Checks what arrived: the bytes must be of the declared, accepted kind and within the limit.
    pub fn check_received(&self, declared: FileKind, bytes: &[u8]) -> Result<FileKind, AttachmentProblem> {
        self.check_size(bytes.len() as u64)?;
        match FileKind::sniff(bytes) {
            Some(kind) if kind == declared && self.kinds.contains(&kind) => Ok(kind),
            _ => Err(AttachmentProblem::WrongKind),
        }
    }

    fn check_size(&self, size: u64) -> Result<(), AttachmentProblem> {
        match size {
            0 => Err(AttachmentProblem::Empty),
            n if n > self.max_bytes => Err(AttachmentProblem::TooLarge),
            _ => Ok(()),
        }
    }
}

/// The longest file name kept, in characters.
pub const ATTACHMENT_NAME_MAX_CHARS: usize = 200;

/// A file's name as the resident knows it (shown back to them and to staff), without any path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "在留カード.jpg"))]
pub struct AttachmentName(String);

impl AttachmentName {
    pub fn parse(name: &str) -> Result<Self, AttachmentProblem> {
        let name = name.trim();
        let usable = !name.is_empty()
            && name.chars().count() <= ATTACHMENT_NAME_MAX_CHARS
            && !name.chars().any(|c| c.is_control() || c == '/' || c == '\\')
            && name != "."
            && name != "..";
        if usable {
            Ok(Self(name.to_owned()))
        } else {
            Err(AttachmentProblem::BadName)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for AttachmentName {
    type Error = AttachmentProblem;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<AttachmentName> for String {
    fn from(name: AttachmentName) -> Self {
        name.0
    }
}

impl fmt::Display for AttachmentName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How long the city keeps a file no submission has quoted: a day, time enough to finish a form
/// begun on the train and sent after work. Past it the server deletes the file (row and bytes), so
/// uploads nobody sends never pile up as personal data kept for no purpose. A device that quotes a
/// purged file gets `invalid_submission` at the field that quotes it and uploads it again.
pub const UNCLAIMED_LIFETIME_MILLIS: i64 = 24 * 60 * 60 * 1000;

/// The body of a `201` from `POST /api/v1/attachments`: what was kept, and the id an application
/// quotes to include it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttachmentReceipt {
    /// Opaque, e.g. `att-3f2a…`.
    pub id: String,
    pub name: AttachmentName,
    pub kind: FileKind,
    pub size: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];

    #[test]
    fn a_picked_file_is_checked_by_name_size_and_type() {
        let limits = AttachmentLimits::default();
        assert_eq!(
            limits.check_picked("住民票.pdf", 1000, "application/pdf"),
            Ok(FileKind::Pdf)
        );
        assert_eq!(
            limits.check_picked("photo.JPG", 1000, ""),
            Ok(FileKind::Jpeg),
            "no type: the ending decides"
        );
        assert_eq!(
            limits.check_picked("photo.heic", 1000, "image/heic"),
            Err(AttachmentProblem::WrongKind)
        );
        assert_eq!(
            limits.check_picked("big.pdf", 10 * 1024 * 1024 + 1, "application/pdf"),
            Err(AttachmentProblem::TooLarge)
        );
        assert_eq!(
            limits.check_picked("empty.pdf", 0, "application/pdf"),
            Err(AttachmentProblem::Empty)
        );
        assert_eq!(
            limits.check_picked("", 10, "application/pdf"),
            Err(AttachmentProblem::BadName)
        );
    }

    #[test]
    fn a_file_exactly_at_the_limit_is_accepted() {
        let limits = AttachmentLimits {
            max_bytes: 10,
            kinds: vec![FileKind::Png],
        };
        assert_eq!(limits.check_received(FileKind::Png, PNG), Ok(FileKind::Png));
        assert_eq!(
            limits.check_picked("a.pdf", 5, "application/pdf"),
            Err(AttachmentProblem::WrongKind)
        );
    }

    #[test]
    fn received_bytes_must_be_what_they_claim() {
        let limits = AttachmentLimits::default();
        assert_eq!(limits.check_received(FileKind::Png, PNG), Ok(FileKind::Png));
        assert_eq!(
            limits.check_received(FileKind::Pdf, PNG),
            Err(AttachmentProblem::WrongKind),
            "a PNG renamed .pdf"
        );
        assert_eq!(
            limits.check_received(FileKind::Pdf, b"MZ\x90\x00"),
            Err(AttachmentProblem::WrongKind)
        );
        assert_eq!(
            limits.check_received(FileKind::Pdf, b""),
            Err(AttachmentProblem::Empty)
        );
    }

    #[test]
    fn names_never_carry_a_path() {
        assert!(AttachmentName::parse("../etc/passwd").is_err());
        assert!(AttachmentName::parse("C:\\x.pdf").is_err());
        assert!(AttachmentName::parse("a\u{0}.pdf").is_err());
        assert_eq!(
            AttachmentName::parse(" 在留カード.jpg ").unwrap().as_str(),
            "在留カード.jpg"
        );
    }

    #[test]
    fn the_picker_is_told_what_to_offer() {
        assert_eq!(
            AttachmentLimits::default().accept(),
            "application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png"
        );
    }
}
