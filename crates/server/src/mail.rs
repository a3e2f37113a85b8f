//! Sending mail: the one-time sign-in codes. Over real SMTP (`lettre`) to the city's mail server,
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
use madoguchi_domain::{LocaleTag, msg_id};
use madoguchi_i18n::{FluentValue, Localizer};

/// Why a mail was not sent. Never names the address.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("no mail server is configured (MADOGUCHI_SMTP_URL)")]
    NotConfigured,
    #[error("the mail server refused or could not be reached: {0}")]
    Transport(String),
}

/// What sends the mail.
#[async_trait]
pub trait Mailer: Send + Sync {
    async fn send_sign_in_code(
        &self,
        to: &EmailAddress,
        code: &SignInCode,
        locale: &LocaleTag,
    ) -> Result<(), MailError>;
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
    async fn send_sign_in_code(
        &self,
        _: &EmailAddress,
        _: &SignInCode,
        _: &LocaleTag,
    ) -> Result<(), MailError> {
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
    async fn send_sign_in_code(
        &self,
        to: &EmailAddress,
        code: &SignInCode,
        locale: &LocaleTag,
    ) -> Result<(), MailError> {
        let (subject, body) = sign_in_text(code, locale);
        let to: Mailbox = to
            .as_str()
            .parse()
            .map_err(|_| MailError::Transport("the address is not one SMTP takes".into()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| MailError::Transport(format!("building the message: {e}")))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| MailError::Transport(e.to_string()))
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
}
