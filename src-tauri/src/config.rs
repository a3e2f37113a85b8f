//! Shell configuration: defaults, then `[app]` of `config/madoguchi.toml`, then environment
//! variables. The default points at the server Run starts, so Run needs no flags.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ShellConfig {
    /// `MADOGUCHI_SERVER_URL`: the city's server, e.g. `http://127.0.0.1:8787`.
    pub server_url: reqwest::Url,
}

impl Default for ShellConfig {
    fn default() -> Self {
        Self {
            server_url: reqwest::Url::parse("http://127.0.0.1:8787/").expect("a valid default URL"),
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
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            .with_env(|_| Some("http://127.0.0.1:1/".to_owned()))
            .unwrap();
        assert_eq!(overridden.server_url.as_str(), "http://127.0.0.1:1/");
    }

    #[test]
    fn a_malformed_url_is_an_error_that_names_the_variable() {
        let err = ShellConfig::default()
            .with_env(|_| Some("not a url".to_owned()))
            .unwrap_err();
        assert!(err.to_string().contains("MADOGUCHI_SERVER_URL"));
    }
}
