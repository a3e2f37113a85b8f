//! [`DatabaseLocation`]: which store serves, read from `MADOGUCHI_DATABASE` (or `database` in the
//! config file). A `postgres://` or `postgresql://` URL selects PostgreSQL; anything without a
//! scheme is a SQLite file path; any other scheme is refused, so a typo never becomes a file named
//! `mysql:/…`.

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum DatabaseLocation {
    /// The embedded default: a SQLite file, created with its folder if missing.
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL (`postgres://user@host:port/db`).
    Postgres(String),
}

/// Why a string does not name a database.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidLocation {
    #[error("the database location is empty")]
    Empty,
    #[error("unsupported database scheme {0:?}: use postgres://… for PostgreSQL or a file path for SQLite")]
    Scheme(String),
}

impl DatabaseLocation {
    pub fn parse(s: &str) -> Result<Self, InvalidLocation> {
        let s = s.trim();
        if s.is_empty() {
            return Err(InvalidLocation::Empty);
        }
        match s.split_once("://") {
            Some(("postgres" | "postgresql", _)) => Ok(Self::Postgres(s.to_owned())),
            Some((scheme, _)) => Err(InvalidLocation::Scheme(scheme.to_owned())),
            None => Ok(Self::Sqlite(PathBuf::from(s))),
        }
    }

    /// The value as configured, password included: for handing to a child process or a
    /// driver, never for printing (use `Display`).
    pub fn raw(&self) -> String {
        match self {
            Self::Sqlite(path) => path.display().to_string(),
            Self::Postgres(url) => url.clone(),
        }
    }

    /// Which backend, for messages: `SQLite` or `PostgreSQL`.
    pub fn backend(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "SQLite",
            Self::Postgres(_) => "PostgreSQL",
        }
    }
}

impl TryFrom<String> for DatabaseLocation {
    type Error = InvalidLocation;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

/// Shown in logs and messages: a URL's password never prints.
impl fmt::Display for DatabaseLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Sqlite(path) => write!(f, "{}", path.display()),
            Self::Postgres(url) => f.write_str(&redact_password(url)),
        }
    }
}

impl fmt::Debug for DatabaseLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseLocation({self})")
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((credentials, host)) = rest.rsplit_once('@') else {
        return url.to_owned();
    };
    match credentials.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_sqlite_a_postgres_url_is_postgres_and_other_schemes_are_refused() {
        assert_eq!(
            DatabaseLocation::parse("data/city.sqlite3").unwrap(),
            DatabaseLocation::Sqlite(PathBuf::from("data/city.sqlite3"))
        );
        assert!(matches!(
            DatabaseLocation::parse("postgresql://postgres@127.0.0.1/city").unwrap(),
            DatabaseLocation::Postgres(_)
        ));
        assert_eq!(
            DatabaseLocation::parse("mysql://root@localhost/city"),
            Err(InvalidLocation::Scheme("mysql".into()))
        );
        assert_eq!(DatabaseLocation::parse("  "), Err(InvalidLocation::Empty));
    }

    #[test]
    fn a_password_in_the_url_never_prints() {
        let location =
            DatabaseLocation::parse("postgres://city:s3cret-pass@db.internal:5432/madoguchi").unwrap();
        for shown in [location.to_string(), format!("{location:?}")] {
            assert!(!shown.contains("s3cret-pass"), "{shown}");
            assert!(shown.contains("city:***@db.internal:5432/madoguchi"), "{shown}");
        }
    }
}
