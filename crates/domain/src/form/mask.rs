//! Patterns for text fields, written the way forms print them: `####-######` for a 10-digit
//! number with a hyphen. `#` is a digit (full-width digits count, and are stored half-width), `A`
//! an ASCII letter (stored upper-case), `*` a digit or letter, and anything else stands for itself.
//!
//! Why not a regular expression: the validator runs in the UI's WASM, where a regex engine costs
//! more than the rest of the validator, and a city's pattern could then be slow or wrong in ways
//! an import cannot see. A mask is checked in one pass and is its own example for the resident.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A checked pattern: 1–64 characters, at least one placeholder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "####-######"))]
pub struct Mask(String);

/// Why a string is not a mask.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a mask (1–64 characters with at least one of # A *): {0:?}")]
pub struct InvalidMask(pub String);

impl Mask {
    pub fn parse(s: &str) -> Result<Self, InvalidMask> {
        let len = s.chars().count();
        if (1..=64).contains(&len) && s.chars().any(|c| matches!(c, '#' | 'A' | '*')) {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidMask(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The typed text in its stored form (half-width digits, upper-case letters), if it fits.
    pub fn apply(&self, typed: &str) -> Option<String> {
        let typed: Vec<char> = typed.trim().chars().map(half_width).collect();
        if typed.len() != self.0.chars().count() {
            return None;
        }
        self.0
            .chars()
            .zip(typed)
            .map(|(slot, c)| match slot {
                '#' => c.is_ascii_digit().then_some(c),
                'A' => c.is_ascii_alphabetic().then(|| c.to_ascii_uppercase()),
                '*' => c.is_ascii_alphanumeric().then(|| c.to_ascii_uppercase()),
                literal => (c == literal).then_some(c),
            })
            .collect()
    }
}

/// Full-width ASCII (what a Japanese IME types: ０１２, ＡＢＣ, －) as half-width; the long vowel
/// mark and the minus sign people use as dashes become `-`.
fn half_width(c: char) -> char {
    match c {
        '！'..='～' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        'ー' | '−' | '‐' => '-',
        _ => c,
    }
}

impl fmt::Display for Mask {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Mask {
    type Error = InvalidMask;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Mask> for String {
    fn from(m: Mask) -> Self {
        m.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask(s: &str) -> Mask {
        Mask::parse(s).unwrap()
    }

    #[test]
    fn digits_typed_full_width_with_a_long_vowel_dash_fit_and_are_stored_half_width() {
        assert_eq!(
            mask("####-######").apply("０１２３ー４５６７８９"),
            Some("0123-456789".into())
        );
    }

    #[test]
    fn a_wrong_length_a_letter_for_a_digit_or_a_missing_literal_does_not_fit() {
        let m = mask("####-######");
        assert_eq!(m.apply("0123-45678"), None);
        assert_eq!(m.apply("0123-45678a"), None);
        assert_eq!(m.apply("0123456789X"), None);
    }

    #[test]
    fn letters_are_stored_upper_case() {
        assert_eq!(mask("AA######").apply("ab123456"), Some("AB123456".into()));
    }

    #[test]
    fn a_mask_needs_a_placeholder() {
        assert!(Mask::parse("----").is_err());
        assert!(Mask::parse("").is_err());
    }
}
