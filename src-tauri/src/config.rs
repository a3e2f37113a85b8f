//! Shell configuration: defaults, then `[app]` of `config/madoguchi.toml`, then environment
//! variables. The default points at the server Run starts, so Run needs no flags.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::Deserialize;

use crate::store::key::KeyringBackend;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ShellConfig {
    /// `MADOGUCHI_SERVER_URL`: the city's server, e.g. `http://127.0.0.1:8787`.
    pub server_url: reqwest::Url,
    /// `MADOGUCHI_KEYRING`: `system` (the platform's persistent keyring; on Linux the Secret
    /// Service) or `kernel` (Linux keyutils: gone after the session; kiosks and tests).
    pub keyring: KeyringBackend,
    /// `MADOGUCHI_OUTBOX_RETRY_CAP_SECS`: the longest wait between two delivery attempts.
    pub outbox_retry_cap_secs: u64,
}

impl Default for ShellConfig {
    fn default() -> Self {
        Self {
            server_url: reqwest::Url::parse("http://127.0.0.1:8787/").expect("a valid default URL"),
            keyring: KeyringBackend::System,
            outbox_retry_cap_secs: 60,
        }
    }
}

#[derive(Deserialize, Default)]
struct ConfigFile {
    #[serde(default)]
    app: Option<ShellConfig>,
}

impl ShellConfig {
    /// Defaults, then the file named by `MADOGUCHI_CONFIG` (or `config/madoguchi.toml`), then env.
    pub fn load() -> anyhow::Result<Self> {
        let file = std::env::var_os("MADOGUCHI_CONFIG")
            .map_or_else(|| PathBuf::from("config/madoguchi.toml"), PathBuf::from);
        Self::from_file(&file)?.with_env(|name| std::env::var(name).ok())
    }

    pub fn from_file(path: &Path) -> anyhow::Result<Self> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let file: ConfigFile =
                    toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?;
                Ok(file.app.unwrap_or_default())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    pub fn with_env(mut self, var: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        if let Some(v) = var("MADOGUCHI_SERVER_URL") {
            self.server_url = reqwest::Url::parse(&v)
                .with_context(|| format!("MADOGUCHI_SERVER_URL={v:?} is not a URL"))?;
        }
        if !transport_allowed(&self.server_url, cfg!(debug_assertions)) {
            anyhow::bail!(
                "the city's server {} is not HTTPS: release builds speak plain HTTP only to this machine (loopback)",
                self.server_url
            );
        }
        if let Some(v) = var("MADOGUCHI_KEYRING") {
            self.keyring = match v.as_str() {
                "system" => KeyringBackend::System,
                "kernel" => KeyringBackend::Kernel,
                _ => anyhow::bail!("MADOGUCHI_KEYRING={v:?} is neither \"system\" nor \"kernel\""),
            };
        }
        if let Some(v) = var("MADOGUCHI_OUTBOX_RETRY_CAP_SECS") {
            self.outbox_retry_cap_secs = v.parse().ok().filter(|s| *s >= 1).with_context(|| {
                format!("MADOGUCHI_OUTBOX_RETRY_CAP_SECS={v:?} is not a number of seconds ≥ 1")
            })?;
        }
        Ok(self)
    }
}

/// Whether the app may talk to `url`: HTTPS always; plain HTTP only to this machine (the demo
/// city, a kiosk's local server) — or anywhere in a debug build, for development and tests.
pub fn transport_allowed(url: &reqwest::Url, debug_build: bool) -> bool {
    let loopback = url.host_str().is_some_and(|host| {
        host == "localhost"
            || host
                .trim_matches(['[', ']'])
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    });
    url.scheme() == "https" || (url.scheme() == "http" && (loopback || debug_build))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_build_speaks_plain_http_only_to_this_machine() {
        let url = |s: &str| reqwest::Url::parse(s).unwrap();
        assert!(transport_allowed(&url("https://city.example/"), false));
        assert!(transport_allowed(&url("http://127.0.0.1:8787/"), false));
        assert!(transport_allowed(&url("http://[::1]:8787/"), false));
        assert!(transport_allowed(&url("http://localhost:8787/"), false));
        assert!(!transport_allowed(&url("http://city.example/"), false));
        assert!(!transport_allowed(&url("ftp://city.example/"), false));
        assert!(transport_allowed(&url("http://city.example/"), true));
    }

    #[test]
    fn the_default_server_is_the_one_run_starts() {
        let config = ShellConfig::from_file(Path::new("/nonexistent.toml"))
            .unwrap()
            .with_env(|_| None)
            .unwrap();
        assert_eq!(config.server_url.as_str(), "http://127.0.0.1:8787/");
    }

    #[test]
    fn the_environment_overrides_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.toml");
        std::fs::write(&path, "[app]\nserver_url = \"http://city.example:9000\"\n").unwrap();
        let from_file = ShellConfig::from_file(&path).unwrap();
        assert_eq!(from_file.server_url.as_str(), "http://city.example:9000/");
        let overridden = from_file
            .with_env(|n| (n == "MADOGUCHI_SERVER_URL").then(|| "http://127.0.0.1:1/".to_owned()))
            .unwrap();
        assert_eq!(overridden.server_url.as_str(), "http://127.0.0.1:1/");
    }

    #[test]
    fn a_malformed_url_is_an_error_that_names_the_variable() {
        let err = ShellConfig::default()
            .with_env(|n| (n == "MADOGUCHI_SERVER_URL").then(|| "not a url".to_owned()))
            .unwrap_err();
        assert!(err.to_string().contains("MADOGUCHI_SERVER_URL"));
    }

    #[test]
    fn the_persistent_keyring_is_the_default_and_the_kernel_one_must_be_asked_for() {
        assert_eq!(ShellConfig::default().keyring, KeyringBackend::System);
        let kernel =
            ShellConfig::default().with_env(|n| (n == "MADOGUCHI_KEYRING").then(|| "kernel".to_owned()));
        assert_eq!(kernel.unwrap().keyring, KeyringBackend::Kernel);
        let typo =
            ShellConfig::default().with_env(|n| (n == "MADOGUCHI_KEYRING").then(|| "plaintext".to_owned()));
        assert!(typo.is_err());
    }
}
