//! Server configuration: built-in defaults, then `config/madoguchi.toml` (section `[server]`), then
//! environment variables. Run needs no flags; a city changes only what differs.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::Deserialize;

use crate::storage::DatabaseLocation;

/// Where the server listens, keeps its data and finds the UI.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    /// `MADOGUCHI_HOST`; loopback by default, so a fresh install is not exposed on the network.
    pub host: IpAddr,
    /// `MADOGUCHI_PORT`; 0 picks a free port (the tests use that).
    pub port: u16,
    /// `MADOGUCHI_DATABASE`: a SQLite file path (created with its folder if missing; the
    /// embedded default) or a `postgres://` URL (a city running several instances).
    pub database: DatabaseLocation,
    /// `MADOGUCHI_UI_DIR`: the built web UI to serve at `/` (web mode); none serves the API only.
    pub ui_dir: Option<PathBuf>,
    /// `MADOGUCHI_DEMO_CITY`: load the demo city (夢咲市) into an empty database.
    pub demo_city: bool,
    /// `MADOGUCHI_SMTP_URL`: the city's mail server for sign-in codes (`smtp://host:25`,
    /// `smtp://host:587?tls=required`, `smtps://user:pass@host`); none turns sign-in by code off
    /// (503 `mail_unavailable`). Never printed: it may carry a password.
    pub smtp_url: Option<SmtpUrl>,
    /// `MADOGUCHI_MAIL_FROM`: the sender of the city's mail.
    pub mail_from: String,
    /// `MADOGUCHI_ATTACHMENT_MAX_BYTES`: the largest file a resident may attach (10 MiB by default).
    pub attachment_max_bytes: u64,
    /// `MADOGUCHI_REFERENCE_PREFIX`: the city's code at the start of an application's reference
    /// (`YMS` in `YMS-2026-000123`), 2–8 capital letters; the demo city's by default.
    pub reference_prefix: ReferencePrefix,
    /// `MADOGUCHI_UPLOADS_AT_ONCE`: how many uploads one instance reads at a time (8 by default);
    /// more get 503 `unavailable` and try again. Each holds up to `attachment_max_bytes` (a few
    /// times over, while it is checked and written), so this bounds the instance's memory.
    pub uploads_at_once: usize,
    /// `MADOGUCHI_BODY_READ_TIMEOUT_SECS`: how long a request's body may take to arrive (120 s by
    /// default: 10 MiB over a slow 1 Mbit/s uplink takes 84 s); a slower one gets 408
    /// `request_timeout`, so a client that stalls cannot hold a place and its memory forever.
    pub body_read_timeout_secs: u64,
    /// `MADOGUCHI_RESIDENT_UPLOAD_BYTES_PER_DAY`: how many bytes of files one resident's account
    /// may send within 24 hours (100 MiB by default: ten of the largest files, a few forms' worth
    /// of phone photos). More gets 413 `attachment_quota_exceeded`.
    pub resident_upload_bytes_per_day: u64,
    /// `MADOGUCHI_KIOSK_UPLOAD_BYTES_PER_DAY`: the same for one registered kiosk, which serves many
    /// residents a day (1 GiB by default).
    pub kiosk_upload_bytes_per_day: u64,
    /// `MADOGUCHI_PUBLIC_URL`: where residents reach the city's web pages
    /// (`https://madoguchi.city.example.jp`). Passkeys are bound to its host name (WebAuthn's
    /// relying party id) and its origin; a passkey made for one host name never works on another,
    /// so a city sets this once and keeps it. An IP address cannot hold passkeys (WebAuthn needs a
    /// domain). `http://localhost:8787` by default, where any port is taken, since development and
    /// the tests run on free ports and browsers count `http://localhost` as a secure context.
    pub public_url: PublicUrl,
    /// `MADOGUCHI_PUSH_CONTACT`: how a push service's operator reaches the city about its Web
    /// Push traffic (RFC 8292's `sub`): a `mailto:` or an `https:` URL. By default `mailto:` the
    /// address of `mail_from`.
    pub push_contact: Option<String>,
    /// `MADOGUCHI_PUSH_ALLOW_LOOPBACK_HTTP=1`: accept push subscriptions whose endpoint is plain
    /// `http` on this machine (`127.0.0.1`, `localhost`, `[::1]`). For the interop tests' local
    /// push service only: every browser's push service is `https`. Off by default.
    pub push_allow_loopback_http: bool,
    /// `MADOGUCHI_PUSH_SERVICES`: the hosts of the push services subscriptions may name, comma
    /// separated, each with its subdomains. By default the browsers' own (FCM, Mozilla, Apple,
    /// Windows): a city that knows its residents' browsers better may narrow or extend it.
    pub push_services: Vec<String>,
}

/// The city's public address: an `http` or `https` URL whose host is a domain name, not an IP.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct PublicUrl(String);

impl PublicUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PublicUrl {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        let url = webauthn_rs::prelude::Url::parse(&s).map_err(|e| format!("{s:?} is not a URL: {e}"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!("{s:?} is not an http or https URL"));
        }
        if url.domain().is_none() {
            return Err(format!(
                "{s:?} has no domain name (passkeys cannot be bound to an IP address; use localhost on this machine)"
            ));
        }
        Ok(Self(s))
    }
}

/// The mail server's URL, kept out of `Debug` (it may carry a password).
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct SmtpUrl(pub String);

impl std::fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SmtpUrl([redacted])")
    }
}

/// The city's code in application references: 2–8 ASCII capital letters, so a reference reads out
/// clearly on the phone.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct ReferencePrefix(String);

impl ReferencePrefix {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ReferencePrefix {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        if (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(Self(s))
        } else {
            Err(format!("{s:?} is not 2–8 capital letters (A–Z)"))
        }
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            host: IpAddr::from([127, 0, 0, 1]),
            port: 8787,
            database: DatabaseLocation::Sqlite(PathBuf::from("data/madoguchi.sqlite3")),
            ui_dir: None,
            demo_city: true,
            smtp_url: None,
            mail_from: "Madoguchi <no-reply@madoguchi.invalid>".to_owned(),
            attachment_max_bytes: madoguchi_domain::AttachmentLimits::default().max_bytes,
            reference_prefix: ReferencePrefix("YMS".to_owned()),
            uploads_at_once: 8,
            body_read_timeout_secs: 120,
            resident_upload_bytes_per_day: 100 * 1024 * 1024,
            kiosk_upload_bytes_per_day: 1024 * 1024 * 1024,
            public_url: PublicUrl("http://localhost:8787".to_owned()),
            push_contact: None,
            push_allow_loopback_http: false,
            push_services: madoguchi_domain::notice::push::PushServices::BROWSERS
                .map(str::to_owned)
                .to_vec(),
        }
    }
}

#[derive(Deserialize, Default)]
struct ConfigFile {
    #[serde(default)]
    server: Option<ServerConfig>,
}

/// The file read when `MADOGUCHI_CONFIG` is not set.
pub const DEFAULT_CONFIG_FILE: &str = "config/madoguchi.toml";

impl ServerConfig {
    /// Defaults, then the config file (if it exists), then the environment of this process.
    pub fn load() -> anyhow::Result<Self> {
        let file = std::env::var_os("MADOGUCHI_CONFIG")
            .map_or_else(|| PathBuf::from(DEFAULT_CONFIG_FILE), PathBuf::from);
        let base = Self::from_file(&file)?;
        base.with_env(|name| std::env::var(name).ok())
    }

    /// Reads `[server]` from a TOML file; a missing file means defaults.
    pub fn from_file(path: &Path) -> anyhow::Result<Self> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let file: ConfigFile =
                    toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?;
                Ok(file.server.unwrap_or_default())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    /// Applies `MADOGUCHI_*` overrides read through `var` (a parameter, so tests need no real env).
    pub fn with_env(mut self, var: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        if let Some(v) = var("MADOGUCHI_HOST") {
            self.host = v
                .parse()
                .with_context(|| format!("MADOGUCHI_HOST={v:?} is not an IP address"))?;
        }
        if let Some(v) = var("MADOGUCHI_PORT") {
            self.port = v
                .parse()
                .with_context(|| format!("MADOGUCHI_PORT={v:?} is not a port"))?;
        }
        if let Some(v) = var("MADOGUCHI_DATABASE") {
            // The message names the variable, never the value: a URL may carry a password.
            self.database = DatabaseLocation::parse(&v).context("MADOGUCHI_DATABASE")?;
        }
        if let Some(v) = var("MADOGUCHI_UI_DIR") {
            self.ui_dir = (!v.is_empty()).then(|| PathBuf::from(v));
        }
        if let Some(v) = var("MADOGUCHI_DEMO_CITY") {
            self.demo_city = matches!(v.as_str(), "1" | "true" | "yes");
        }
        if let Some(v) = var("MADOGUCHI_SMTP_URL") {
            self.smtp_url = (!v.is_empty()).then_some(SmtpUrl(v));
        }
        if let Some(v) = var("MADOGUCHI_MAIL_FROM") {
            self.mail_from = v;
        }
        if let Some(v) = var("MADOGUCHI_ATTACHMENT_MAX_BYTES") {
            self.attachment_max_bytes = v
                .parse()
                .with_context(|| format!("MADOGUCHI_ATTACHMENT_MAX_BYTES={v:?} is not a number of bytes"))?;
        }
        if let Some(v) = var("MADOGUCHI_UPLOADS_AT_ONCE") {
            self.uploads_at_once = v
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .with_context(|| format!("MADOGUCHI_UPLOADS_AT_ONCE={v:?} is not a positive number"))?;
        }
        if let Some(v) = var("MADOGUCHI_BODY_READ_TIMEOUT_SECS") {
            self.body_read_timeout_secs = v.parse().ok().filter(|n| *n > 0).with_context(|| {
                format!("MADOGUCHI_BODY_READ_TIMEOUT_SECS={v:?} is not a positive number of seconds")
            })?;
        }
        for (name, value) in [
            (
                "MADOGUCHI_RESIDENT_UPLOAD_BYTES_PER_DAY",
                &mut self.resident_upload_bytes_per_day,
            ),
            (
                "MADOGUCHI_KIOSK_UPLOAD_BYTES_PER_DAY",
                &mut self.kiosk_upload_bytes_per_day,
            ),
        ] {
            if let Some(v) = var(name) {
                *value = v
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .with_context(|| format!("{name}={v:?} is not a positive number of bytes"))?;
            }
        }
        if let Some(v) = var("MADOGUCHI_REFERENCE_PREFIX") {
            self.reference_prefix = ReferencePrefix::try_from(v)
                .map_err(|e| anyhow::anyhow!("MADOGUCHI_REFERENCE_PREFIX: {e}"))?;
        }
        if let Some(v) = var("MADOGUCHI_PUBLIC_URL") {
            self.public_url =
                PublicUrl::try_from(v).map_err(|e| anyhow::anyhow!("MADOGUCHI_PUBLIC_URL: {e}"))?;
        }
        if let Some(v) = var("MADOGUCHI_PUSH_CONTACT") {
            if !(v.starts_with("mailto:") || v.starts_with("https:")) {
                anyhow::bail!("MADOGUCHI_PUSH_CONTACT={v:?} is not a mailto: or https: URL");
            }
            self.push_contact = Some(v);
        }
        if let Some(v) = var("MADOGUCHI_PUSH_SERVICES") {
            self.push_services = v
                .split(',')
                .map(|h| h.trim().to_owned())
                .filter(|h| !h.is_empty())
                .collect();
        }
        if let Some(v) = var("MADOGUCHI_PUSH_ALLOW_LOOPBACK_HTTP") {
            self.push_allow_loopback_http = matches!(v.as_str(), "1" | "true" | "yes");
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_file_or_environment_the_defaults_need_no_flags() {
        let config = ServerConfig::from_file(Path::new("/nonexistent/madoguchi.toml"))
            .unwrap()
            .with_env(|_| None)
            .unwrap();
        assert_eq!(config, ServerConfig::default());
        assert!(config.host.is_loopback());
    }

    #[test]
    fn the_file_is_read_and_the_environment_wins_over_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.toml");
        std::fs::write(&path, "[server]\nport = 9000\ndatabase = \"/srv/city.sqlite3\"\n").unwrap();
        let config = ServerConfig::from_file(&path)
            .unwrap()
            .with_env(|name| (name == "MADOGUCHI_PORT").then(|| "9100".to_owned()))
            .unwrap();
        assert_eq!(config.port, 9100);
        assert_eq!(
            config.database,
            DatabaseLocation::Sqlite(PathBuf::from("/srv/city.sqlite3"))
        );
    }

    #[test]
    fn web_push_takes_plain_http_only_when_told_and_a_contact_only_as_a_url() {
        assert!(!ServerConfig::default().push_allow_loopback_http);
        let config = ServerConfig::default()
            .with_env(|n| (n == "MADOGUCHI_PUSH_ALLOW_LOOPBACK_HTTP").then(|| "1".to_owned()))
            .unwrap();
        assert!(config.push_allow_loopback_http);
        assert_eq!(
            ServerConfig::default().push_services.len(),
            4,
            "the browsers' push services"
        );
        let own = ServerConfig::default()
            .with_env(|n| {
                (n == "MADOGUCHI_PUSH_SERVICES").then(|| " push.city.example, ,fcm.googleapis.com".to_owned())
            })
            .unwrap();
        assert_eq!(own.push_services, ["push.city.example", "fcm.googleapis.com"]);
        let err = ServerConfig::default()
            .with_env(|n| (n == "MADOGUCHI_PUSH_CONTACT").then(|| "city@example.jp".to_owned()))
            .unwrap_err();
        assert!(err.to_string().contains("MADOGUCHI_PUSH_CONTACT"));
    }

    #[test]
    fn a_bad_port_in_the_environment_is_reported_not_ignored() {
        let err = ServerConfig::default().with_env(|n| (n == "MADOGUCHI_PORT").then(|| "http".to_owned()));
        assert!(err.unwrap_err().to_string().contains("MADOGUCHI_PORT"));
    }

    #[test]
    fn the_mail_server_comes_from_the_environment_and_does_not_print() {
        let url = "smtps://city:pw-0123@mail.example.jp";
        let config = ServerConfig::default()
            .with_env(|n| (n == "MADOGUCHI_SMTP_URL").then(|| url.to_owned()))
            .unwrap();
        assert_eq!(config.smtp_url.as_ref().unwrap().0, url);
        assert!(!format!("{config:?}").contains("pw-0123"));
    }

    #[test]
    fn a_postgres_url_selects_postgres_and_another_scheme_is_refused_without_echoing_it() {
        let url = "postgres://city:pw-0123@db.internal/madoguchi";
        let config = ServerConfig::default()
            .with_env(|n| (n == "MADOGUCHI_DATABASE").then(|| url.to_owned()))
            .unwrap();
        assert_eq!(config.database, DatabaseLocation::Postgres(url.to_owned()));
        let err = ServerConfig::default()
            .with_env(|n| (n == "MADOGUCHI_DATABASE").then(|| "mysql://root:pw-0123@db/city".to_owned()))
            .unwrap_err();
        let shown = format!("{err:#}");
        assert!(
            shown.contains("MADOGUCHI_DATABASE") && shown.contains("mysql"),
            "{shown}"
        );
        assert!(!shown.contains("pw-0123"), "{shown}");
    }

    #[test]
    fn a_public_url_must_name_a_host_passkeys_can_be_bound_to() {
        let with = |v: &str| {
            ServerConfig::default().with_env(|n| (n == "MADOGUCHI_PUBLIC_URL").then(|| v.to_owned()))
        };
        assert_eq!(
            with("https://madoguchi.city.example.jp")
                .unwrap()
                .public_url
                .as_str(),
            "https://madoguchi.city.example.jp"
        );
        assert!(with("http://127.0.0.1:8787").is_err());
        assert!(with("ftp://city.example.jp").is_err());
    }

    #[test]
    fn unknown_keys_in_the_file_are_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.toml");
        std::fs::write(&path, "[server]\nprot = 9000\n").unwrap();
        assert!(ServerConfig::from_file(&path).is_err());
    }
}
