//! お問い合わせ (ask the city): what a resident writes, the rules it must meet, and what the city
//! answers. The UI checks a form with [`NewInquiry::parse`] before queueing it; the server checks
//! the same way on arrival, so both always agree.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{DepartmentId, UnixMillis, msg_id};

/// The longest subject, in characters (not bytes: Japanese text is 3 bytes a character in UTF-8).
pub const SUBJECT_MAX_CHARS: usize = 100;
/// The longest message, in characters.
pub const MESSAGE_MAX_CHARS: usize = 2000;
/// The longest contact name, in characters.
pub const NAME_MAX_CHARS: usize = 100;

/// The form as typed: every field a string, nothing checked yet. Also the JSON body of
/// `POST /api/v1/inquiries` (a [`NewInquiry`] serialises to the same shape).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InquiryForm {
    pub department: String,
    pub subject: String,
    pub message: String,
    /// Optional: how the city may answer. Empty strings count as "not given".
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
}

/// Which field a problem is about, so the UI can put the message next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum InquiryField {
    Department,
    Subject,
    Message,
    ContactName,
    ContactEmail,
    ContactPhone,
}

/// One thing wrong with a form: the field, and the Fluent message that explains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InquiryProblem {
    pub field: InquiryField,
    pub message_id: &'static str,
}

impl InquiryField {
    /// The field's name in the form's JSON, which a [`FieldProblem`](crate::form::FieldProblem)
    /// names.
    pub fn as_str(self) -> &'static str {
        match self {
            InquiryField::Department => "department",
            InquiryField::Subject => "subject",
            InquiryField::Message => "message",
            InquiryField::ContactName => "contactName",
            InquiryField::ContactEmail => "contactEmail",
            InquiryField::ContactPhone => "contactPhone",
        }
    }
}

impl From<InquiryProblem> for crate::form::FieldProblem {
    fn from(p: InquiryProblem) -> Self {
        Self::new(p.field.as_str(), p.message_id)
    }
}

/// A checked inquiry, ready to queue and send. Fields are private: a value is valid by construction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "InquiryForm")]
pub struct NewInquiry {
    department: DepartmentId,
    subject: String,
    message: String,
    contact: Contact,
}

/// How the city may answer; every part optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

impl NewInquiry {
    /// Checks a form; returns every problem at once, in the order of the fields.
    pub fn parse(form: &InquiryForm) -> Result<Self, Vec<InquiryProblem>> {
        let mut problems = Vec::new();
        let mut problem = |field, message_id| problems.push(InquiryProblem { field, message_id });

        let department = DepartmentId::parse(form.department.trim()).ok();
        if department.is_none() {
            problem(InquiryField::Department, msg_id!("inquiry-error-department"));
        }
        let subject = form.subject.trim();
        if subject.is_empty() {
            problem(InquiryField::Subject, msg_id!("inquiry-error-subject-missing"));
        } else if char_count(subject) > SUBJECT_MAX_CHARS {
            problem(InquiryField::Subject, msg_id!("inquiry-error-subject-too-long"));
        }
        let message = form.message.trim();
        if message.is_empty() {
            problem(InquiryField::Message, msg_id!("inquiry-error-message-missing"));
        } else if char_count(message) > MESSAGE_MAX_CHARS {
            problem(InquiryField::Message, msg_id!("inquiry-error-message-too-long"));
        }
        let name = non_empty(&form.contact_name);
        if name.is_some_and(|n| char_count(n) > NAME_MAX_CHARS) {
            problem(InquiryField::ContactName, msg_id!("inquiry-error-name-too-long"));
        }
        let email = non_empty(&form.contact_email);
        if email.is_some_and(|e| !is_plausible_email(e)) {
            problem(InquiryField::ContactEmail, msg_id!("inquiry-error-email"));
        }
        let phone = non_empty(&form.contact_phone);
        if phone.is_some_and(|p| !is_plausible_phone(p)) {
            problem(InquiryField::ContactPhone, msg_id!("inquiry-error-phone"));
        }

        match department {
            Some(department) if problems.is_empty() => Ok(Self {
                department,
                subject: subject.to_owned(),
                message: message.to_owned(),
                contact: Contact {
                    name: name.map(str::to_owned),
                    email: email.map(str::to_owned),
                    phone: phone.map(str::to_owned),
                },
            }),
            _ => Err(problems),
        }
    }

    pub fn department(&self) -> &DepartmentId {
        &self.department
    }

    pub fn subject(&self) -> &str {
        &self.subject
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn contact(&self) -> &Contact {
        &self.contact
    }
}

impl From<NewInquiry> for InquiryForm {
    fn from(i: NewInquiry) -> Self {
        Self {
            department: i.department.into(),
            subject: i.subject,
            message: i.message,
            contact_name: i.contact.name.unwrap_or_default(),
            contact_email: i.contact.email.unwrap_or_default(),
            contact_phone: i.contact.phone.unwrap_or_default(),
        }
    }
}

/// The number of characters a resident sees (Unicode scalar values), as the counter shows it.
pub fn char_count(s: &str) -> usize {
    s.chars().count()
}

fn non_empty(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

/// One `@` with text on both sides, a dot in the domain, no spaces, at most 254 long. Deliverability
/// is the city's mail server's business; this catches typos only.
pub(crate) fn is_plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    s.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
        && !domain.contains('@')
}

/// Digits with optional hyphens, spaces or a leading `+`; 10–15 digits (Japanese numbers have 10
/// or 11, international ones up to 15). Full-width digits count as digits, as people type them.
pub(crate) fn is_plausible_phone(s: &str) -> bool {
    let mut digits = 0;
    for (i, c) in s.chars().enumerate() {
        match c {
            '0'..='9' | '０'..='９' => digits += 1,
            '-' | 'ー' | '－' | ' ' | '　' | '(' | ')' => {}
            '+' if i == 0 => {}
            _ => return false,
        }
    }
    (10..=15).contains(&digits)
}

/// The city's reference for an inquiry (e.g. `Q-000042`), quoted by staff and resident alike.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "Q-000042"))]
pub struct InquiryReference(pub String);

impl fmt::Debug for InquiryReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "InquiryReference({})", self.0)
    }
}

impl fmt::Display for InquiryReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The body of a successful `POST /api/v1/inquiries` (201), and of its replays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InquiryReceipt {
    pub reference: InquiryReference,
    pub received_at: UnixMillis,
}

/// An inquiry as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Inquiry {
    pub reference: InquiryReference,
    pub department: DepartmentId,
    pub subject: String,
    pub message: String,
    pub contact: Contact,
    pub received_at: UnixMillis,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> InquiryForm {
        InquiryForm {
            department: "citizen-affairs".into(),
            subject: "住民票について".into(),
            message: "土曜日に受け取れますか。".into(),
            ..InquiryForm::default()
        }
    }

    #[test]
    fn a_complete_form_without_contact_details_is_accepted() {
        let inquiry = NewInquiry::parse(&form()).unwrap();
        assert_eq!(inquiry.subject(), "住民票について");
        assert_eq!(inquiry.contact(), &Contact::default());
    }

    #[test]
    fn a_100_character_japanese_subject_is_accepted_and_101_is_too_long() {
        let mut f = form();
        f.subject = "あ".repeat(SUBJECT_MAX_CHARS);
        assert!(NewInquiry::parse(&f).is_ok());
        f.subject.push('あ');
        let problems = NewInquiry::parse(&f).unwrap_err();
        assert_eq!(problems[0].message_id, "inquiry-error-subject-too-long");
    }

    #[test]
    fn every_problem_is_reported_at_once_in_field_order() {
        let f = InquiryForm {
            contact_email: "hanako@".into(),
            contact_phone: "abc".into(),
            ..InquiryForm::default()
        };
        let fields: Vec<_> = NewInquiry::parse(&f)
            .unwrap_err()
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(
            fields,
            [
                InquiryField::Department,
                InquiryField::Subject,
                InquiryField::Message,
                InquiryField::ContactEmail,
                InquiryField::ContactPhone
            ]
        );
    }

    #[test]
    fn japanese_phone_numbers_are_accepted_with_hyphens_or_full_width_digits() {
        for phone in [
            "0612-34-5678",
            "090-1234-5678",
            "０９０１２３４５６７８",
            "+81 90 1234 5678",
        ] {
            let f = InquiryForm {
                contact_phone: phone.into(),
                ..form()
            };
            assert!(NewInquiry::parse(&f).is_ok(), "{phone}");
        }
    }

    #[test]
    fn a_checked_inquiry_serialises_as_the_form_it_came_from_trimmed() {
        let f = InquiryForm {
            subject: "  住民票について ".into(),
            contact_email: "hanako@example.jp".into(),
            ..form()
        };
        let json = serde_json::to_value(NewInquiry::parse(&f).unwrap()).unwrap();
        assert_eq!(json["subject"], "住民票について");
        assert_eq!(json["contactEmail"], "hanako@example.jp");
        assert_eq!(json["contactPhone"], "");
        let back: InquiryForm = serde_json::from_value(json).unwrap();
        assert_eq!(NewInquiry::parse(&back), NewInquiry::parse(&f));
    }
}
