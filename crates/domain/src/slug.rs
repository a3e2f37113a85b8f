//! The one rule for URL-safe identifiers (`moving-in`, `citizen-affairs`), shared by every id type
//! so they cannot drift apart.

/// Lowercase ASCII letters, digits and single inner hyphens, 1–64 long.
pub(crate) fn is_slug(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}
