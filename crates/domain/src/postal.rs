//! 郵便番号 (postal codes) and the addresses they stand for.
//!
//! A code is accepted as people write it: `1234567`, `123-4567`, with a leading 〒, in full-width
//! digits, or with any of the dashes an IME produces (‐ − ー －). It is kept as seven digits and shown
//! as `123-4567`. An address is what Japan Post's data gives for a code: prefecture, city and town
//! (町域), in Japanese; the resident adds the block number and building.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::msg_id;

/// Seven digits, e.g. `1000001`; displays as `100-0001`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "999-0001"))]
pub struct PostalCode([u8; 7]);

/// Why a string is not a postal code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a postal code (seven digits, e.g. 123-4567): {0:?}")]
pub struct InvalidPostalCode(pub String);

impl InvalidPostalCode {
    /// The Fluent message explaining this to the resident.
    pub fn message_id(&self) -> &'static str {
        msg_id!("postal-error-format")
    }
}

impl PostalCode {
    pub fn parse(typed: &str) -> Result<Self, InvalidPostalCode> {
        let invalid = || InvalidPostalCode(typed.to_owned());
        let mut digits = [0u8; 7];
        let mut n = 0;
        let body = typed.trim().trim_start_matches('〒').trim_start();
        for (i, c) in body.chars().enumerate() {
            let digit = match c {
                '0'..='9' => c as u32 - '0' as u32,
                '０'..='９' => c as u32 - '０' as u32,
                // One dash, after the third digit only.
                '-' | '‐' | '−' | 'ー' | '－' | '–' if n == 3 && i == 3 => continue,
                _ => return Err(invalid()),
            };
            *digits.get_mut(n).ok_or_else(invalid)? = digit as u8;
            n += 1;
        }
        if n == 7 { Ok(Self(digits)) } else { Err(invalid()) }
    }

    /// The seven digits without a dash, as URLs and Japan Post's data write them.
    pub fn digits(&self) -> String {
        self.0.iter().map(|d| char::from(b'0' + d)).collect()
    }
}

impl fmt::Display for PostalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.digits();
        write!(f, "{}-{}", &d[..3], &d[3..])
    }
}

impl TryFrom<String> for PostalCode {
    type Error = InvalidPostalCode;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<PostalCode> for String {
    fn from(code: PostalCode) -> Self {
        code.to_string()
    }
}

/// One address a postal code stands for, in Japanese as it is written on mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostalAddress {
    /// 都道府県, e.g. 夢咲県.
    pub prefecture: String,
    /// 市区町村, e.g. 夢咲市.
    pub city: String,
    /// 町域, e.g. 本町一丁目; empty where one code covers the whole city.
    pub town: String,
}

impl PostalAddress {
    /// Prefecture, city and town run together, as the first address line.
    pub fn line(&self) -> String {
        format!("{}{}{}", self.prefecture, self.city, self.town)
    }
}

/// The body of `GET /api/v1/postal-codes/{code}`: every address with that code (usually one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostalCodeLookup {
    pub postal_code: PostalCode,
    pub addresses: Vec<PostalAddress>,
}

/// What a lookup lets a form fill in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressMatch {
    /// One address: the whole first line.
    One(String),
    /// Several towns share the code: the part they have in common (prefecture and city, usually).
    Several(String),
    /// No address has this code.
    None,
}

impl PostalCodeLookup {
    pub fn best_match(&self) -> AddressMatch {
        let lines: Vec<String> = self.addresses.iter().map(PostalAddress::line).collect();
        match lines.as_slice() {
            [] => AddressMatch::None,
            [one] => AddressMatch::One(one.clone()),
            [first, rest @ ..] => {
                let common = rest.iter().fold(first.clone(), |common, line| {
                    common
                        .chars()
                        .zip(line.chars())
                        .take_while(|(a, b)| a == b)
                        .map(|(a, _)| a)
                        .collect()
                });
                // Never cut a town's name in half: keep prefecture and city when they are shared.
                let a = &self.addresses[0];
                let city = format!("{}{}", a.prefecture, a.city);
                if common.starts_with(&city) {
                    AddressMatch::Several(city)
                } else {
                    AddressMatch::Several(common)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_people_type_them() {
        for typed in [
            "9990001",
            "999-0001",
            "〒999-0001",
            "９９９ー０００１",
            " 〒 999−0001 ",
        ] {
            assert_eq!(
                PostalCode::parse(typed).unwrap().to_string(),
                "999-0001",
                "{typed}"
            );
        }
        assert_eq!(PostalCode::parse("999-0001").unwrap().digits(), "9990001");
    }

    #[test]
    fn anything_else_is_refused() {
        for typed in [
            "",
            "999000",
            "99900011",
            "99-90001",
            "999--0001",
            "abc-defg",
            "999 0001",
        ] {
            assert!(PostalCode::parse(typed).is_err(), "{typed}");
        }
    }

    #[test]
    fn a_code_crosses_the_wire_with_its_dash() {
        let code = PostalCode::parse("9990001").unwrap();
        assert_eq!(serde_json::to_string(&code).unwrap(), r#""999-0001""#);
        let back: PostalCode = serde_json::from_str(r#""９９９０００１""#).unwrap();
        assert_eq!(back, code);
    }

    fn address(town: &str) -> PostalAddress {
        PostalAddress {
            prefecture: "夢咲県".into(),
            city: "夢咲市".into(),
            town: town.into(),
        }
    }

    #[test]
    fn several_towns_fill_only_what_they_share() {
        let code = PostalCode::parse("9990010").unwrap();
        let one = PostalCodeLookup {
            postal_code: code,
            addresses: vec![address("本町一丁目")],
        };
        assert_eq!(
            one.best_match(),
            AddressMatch::One("夢咲県夢咲市本町一丁目".into())
        );
        let several = PostalCodeLookup {
            postal_code: code,
            addresses: vec![address("本町一丁目"), address("本町二丁目")],
        };
        assert_eq!(several.best_match(), AddressMatch::Several("夢咲県夢咲市".into()));
        let none = PostalCodeLookup {
            postal_code: code,
            addresses: vec![],
        };
        assert_eq!(none.best_match(), AddressMatch::None);
    }
}
