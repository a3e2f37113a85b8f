//! Sending mail: the one-time sign-in codes, and the reminder the day before a booking linked to
//! no account (`sweep.rs`). Over real SMTP (`lettre`) to the city's mail server,
//! named by `MADOGUCHI_SMTP_URL` (`smtp://host:25`, `smtp://host:587?tls=required` for STARTTLS,
//! `smtps://user:pass@host` for TLS). Without one, nothing can be mailed: sign-in by code answers
//! 503 `mail_unavailable` and the rest of the server works.
//!
//! The text comes from `locales/` (`mail.ftl`) in the resident's language, like every text; no
//! address or code is ever logged.

use async_trait::async_trait;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport as _, Message, Tokio1Executor};
use madoguchi_domain::account::{CODE_LIFETIME_MILLIS, EmailAddress, SignInCode};
use madoguchi_domain::days::{JAPAN_UTC_OFFSET_MILLIS, MILLIS_PER_DAY};
use madoguchi_domain::{CalendarDate, LocaleTag, UnixMillis, msg_id};
use madoguchi_i18n::{FluentValue, Localizer};

/// Why a mail was not sent. Never names the address.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("no mail server is configured (MADOGUCHI_SMTP_URL)")]
    NotConfigured,
    #[error("the mail server refused or could not be reached: {0}")]
    Transport(String),
    /// Never deliverable as it is: an address SMTP cannot carry, or a permanent (5xx) refusal.
    /// Sending it again would fail the same way.
    #[error("the mail cannot be delivered: {0}")]
    Undeliverable(String),
}

/// A plain-text mail, already in its reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub subject: String,
    pub body: String,
}

/// What sends the mail.
#[async_trait]
pub trait Mailer: Send + Sync {
    /// Sends `mail` to the address `to` (a resident's, checked when it was given).
    async fn send(&self, to: &str, mail: Mail) -> Result<(), MailError>;

    /// The sign-in code mail in `locale`.
    async fn send_sign_in_code(
        &self,
        to: &EmailAddress,
        code: &SignInCode,
        locale: &LocaleTag,
    ) -> Result<(), MailError> {
        let (subject, body) = sign_in_text(code, locale);
        self.send(to.as_str(), Mail { subject, body }).await
    }
}

/// The configured mailer: SMTP when a URL is given, else one that refuses.
pub fn from_config(smtp_url: Option<&str>, from: &str) -> anyhow::Result<std::sync::Arc<dyn Mailer>> {
    Ok(match smtp_url {
        None => std::sync::Arc::new(NoMailer),
        Some(url) => std::sync::Arc::new(SmtpMailer {
            transport: AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map_err(|e| anyhow::anyhow!("MADOGUCHI_SMTP_URL is not an SMTP URL: {e}"))?
                .build(),
            from: from
                .parse()
                .map_err(|e| anyhow::anyhow!("MADOGUCHI_MAIL_FROM is not a mailbox: {e}"))?,
        }),
    })
}

/// No mail server configured.
pub struct NoMailer;

#[async_trait]
impl Mailer for NoMailer {
    async fn send(&self, _: &str, _: Mail) -> Result<(), MailError> {
        Err(MailError::NotConfigured)
    }
}

/// Mail through an SMTP server.
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

#[async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, to: &str, Mail { subject, body }: Mail) -> Result<(), MailError> {
        let to: Mailbox = to
            .trim()
            .parse()
            .map_err(|_| MailError::Undeliverable("the address is not one SMTP takes".into()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| MailError::Transport(format!("building the message: {e}")))?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| {
            if e.is_permanent() {
                MailError::Undeliverable(e.to_string())
            } else {
                MailError::Transport(e.to_string())
            }
        })
    }
}

/// The sign-in mail's subject and body in `locale` (its fallback chain ends in Japanese).
pub fn sign_in_text(code: &SignInCode, locale: &LocaleTag) -> (String, String) {
    let l10n = Localizer::new(locale);
    let minutes = CODE_LIFETIME_MILLIS / 60_000;
    let args = [
        ("code", FluentValue::from(code.as_str())),
        ("minutes", FluentValue::from(minutes)),
    ];
    (
        with_readings_in_brackets(&l10n.format(msg_id!("mail-sign-in-subject"), &args)),
        with_readings_in_brackets(&l10n.format(msg_id!("mail-sign-in-body"), &args)),
    )
}

/// What the reminder mail says about a visit: the service and the counter as the city names them
/// (already in the reader's language), the counter's place (its floor), and the counter's phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitText {
    pub reference: String,
    pub service: String,
    pub counter: String,
    pub place: String,
    pub phone: String,
    pub starts_at: UnixMillis,
}

/// The reminder mail the day before a visit, in `locale` (its fallback chain ends in Japanese):
/// the day and time in Japan, where the booking was made.
pub fn booking_reminder_text(visit: &VisitText, locale: &LocaleTag) -> Mail {
    let l10n = Localizer::new(locale);
    let local = visit.starts_at.0 + JAPAN_UTC_OFFSET_MILLIS;
    let date = CalendarDate::from_days_since_epoch(local.div_euclid(MILLIS_PER_DAY));
    let minutes = local.rem_euclid(MILLIS_PER_DAY) / 60_000;
    let time = format!("{}:{:02}", minutes / 60, minutes % 60);
    let (month, day) = date.map_or_else(
        || (String::new(), String::new()),
        |d| (d.month().to_string(), d.day().to_string()),
    );
    let args = [
        ("reference", FluentValue::from(visit.reference.as_str())),
        ("service", FluentValue::from(visit.service.as_str())),
        ("counter", FluentValue::from(visit.counter.as_str())),
        ("place", FluentValue::from(visit.place.as_str())),
        ("phone", FluentValue::from(visit.phone.as_str())),
        ("month", FluentValue::from(month)),
        ("day", FluentValue::from(day)),
        ("time", FluentValue::from(time)),
    ];
    Mail {
        subject: with_readings_in_brackets(&l10n.format(msg_id!("mail-booking-reminder-subject"), &args)),
        body: with_readings_in_brackets(&l10n.format(msg_id!("mail-booking-reminder-body"), &args)),
    }
}

/// Furigana as plain text shows them, `確認(かくにん)`: a mail has no ruby, and a reader of
/// やさしい日本語 still needs the readings.
fn with_readings_in_brackets(text: &str) -> String {
    use madoguchi_i18n::furigana::{Segment, segments};
    segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t,
            Segment::Ruby { base, reading } => format!("{base}({reading})"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mail_carries_the_code_in_the_resident_s_language() {
        let code = SignInCode::parse("042917").unwrap();
        let (subject, body) = sign_in_text(&code, &LocaleTag::parse("en").unwrap());
        assert!(body.contains("042917"), "{body}");
        assert!(body.contains("10"), "{body}");
        let (ja_subject, ja_body) = sign_in_text(&code, &LocaleTag::parse("ja").unwrap());
        assert_ne!(subject, ja_subject);
        assert!(ja_body.contains("042917"));
        let (_, easy) = sign_in_text(&code, &LocaleTag::parse("ja-x-easy").unwrap());
        assert!(
            easy.contains("042917") && easy.contains('(') && !easy.contains('《'),
            "{easy}"
        );
    }

    #[test]
    fn the_reminder_mail_names_the_visit_in_japan_time_in_the_booking_s_language() {
        let visit = VisitText {
            reference: "YMS-B-000042".into(),
            service: "マイナンバーカードの受け取り".into(),
            counter: "市民課 1番窓口".into(),
            place: "本庁舎1階".into(),
            phone: "0612-34-5678".into(),
            // 2026-11-25 00:30Z is 09:30 on the 25th in Japan.
            starts_at: UnixMillis(1_795_566_600_000),
        };
        let ja = booking_reminder_text(&visit, &LocaleTag::parse("ja").unwrap());
        for part in [
            "YMS-B-000042",
            "マイナンバーカードの受け取り",
            "市民課 1番窓口",
            "本庁舎1階",
            "9:30",
            "11月25日",
        ] {
            assert!(ja.body.contains(part), "{part} not in {}", ja.body);
        }
        let en = booking_reminder_text(&visit, &LocaleTag::parse("en").unwrap());
        assert!(
            en.body.contains("11/25") && en.body.contains("9:30"),
            "{}",
            en.body
        );
        assert_ne!(en.subject, ja.subject);
        let easy = booking_reminder_text(&visit, &LocaleTag::parse("ja-x-easy").unwrap());
        assert!(
            !easy.body.contains('《') && easy.body.contains('('),
            "{}",
            easy.body
        );
    }
}
