//! Lower-case hex, the one way bytes are written as text across the project (idempotency keys,
//! attachment ids and digests, ETags).

use std::fmt::Write as _;

/// `bytes` as lower-case hex, two digits each.
pub fn to_hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        // Writing to a String cannot fail.
        let _ = write!(out, "{b:02x}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_hex;

    #[test]
    fn each_byte_is_two_lower_case_digits() {
        assert_eq!(to_hex(&[0x00, 0x0f, 0xab, 0xff]), "000fabff");
        assert_eq!(to_hex(&[]), "");
    }
}
