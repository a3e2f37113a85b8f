//! Integers as JSON may write them. JSON has one kind of number, and JSON Schema counts `14607887.0`
//! as an integer; serde's `i64` refuses it. A field that takes an instant or a count from clients we
//! do not write (a city's own tools, a script) reads it with these, so a well-formed body is never
//! refused over how its number was spelt. A fraction or a number no `i64` holds is still refused.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// `#[serde(deserialize_with = "crate::whole_number::required")]` on an `i64`.
pub fn required<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    d.deserialize_any(WholeNumber)
}

/// `#[serde(default, deserialize_with = "crate::whole_number::optional")]` on an `Option<i64>`.
pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    d.deserialize_option(Optional)
}

struct WholeNumber;

impl Visitor<'_> for WholeNumber {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
        // i64::MAX as f64 rounds up to 2^63, which no i64 holds: hence `<`.
        if v.fract() == 0.0 && v >= i64::MIN as f64 && v < i64::MAX as f64 {
            Ok(v as i64)
        } else {
            Err(E::invalid_value(de::Unexpected::Float(v), &self))
        }
    }
}

struct Optional;

impl<'de> Visitor<'de> for Optional {
    type Value = Option<i64>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        required(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    #[derive(Debug, serde::Deserialize)]
    struct At {
        #[serde(default, deserialize_with = "super::optional")]
        at: Option<i64>,
        #[serde(default, deserialize_with = "super::required")]
        n: i64,
    }

    fn at(json: &str) -> Result<(Option<i64>, i64), String> {
        serde_json::from_str::<At>(json)
            .map(|a| (a.at, a.n))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn a_whole_number_is_read_however_it_is_spelt() {
        assert_eq!(at(r#"{"at": 14607887, "n": 3}"#), Ok((Some(14_607_887), 3)));
        assert_eq!(at(r#"{"at": 14607887.0, "n": 3.0}"#), Ok((Some(14_607_887), 3)));
        assert_eq!(at(r#"{"at": -5}"#), Ok((Some(-5), 0)));
        assert_eq!(at(r#"{"at": null}"#), Ok((None, 0)));
        assert_eq!(at("{}"), Ok((None, 0)));
    }

    #[test]
    fn a_fraction_or_a_number_no_i64_holds_is_refused() {
        assert!(at(r#"{"at": 1.5}"#).is_err());
        assert!(at(r#"{"at": 9223372036854775808}"#).is_err());
        assert!(at(r#"{"at": 1e19}"#).is_err());
        assert!(at(r#"{"at": "12"}"#).is_err());
    }
}
