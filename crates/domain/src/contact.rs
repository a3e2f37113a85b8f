//! How a resident says the city may reach them: the plausibility checks a form's `email` and
//! `phone` fields and a booking's contact apply, so every client and the server catch the same
//! typos.

/// The number of characters a resident sees (Unicode scalar values), as the counter shows it.
pub fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// One `@` with text on both sides, a dot in the domain, no spaces, at most 254 long. Deliverability
/// is the city's mail server's business; this catches typos only.
pub(crate) fn is_plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    s.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
        && !domain.contains('@')
}

/// Digits with optional hyphens, spaces or a leading `+`; 10–15 digits (Japanese numbers have 10
/// or 11, international ones up to 15). Full-width digits count as digits, as people type them.
pub(crate) fn is_plausible_phone(s: &str) -> bool {
    let mut digits = 0;
    for (i, c) in s.chars().enumerate() {
        match c {
            '0'..='9' | '０'..='９' => digits += 1,
            '-' | 'ー' | '－' | ' ' | '　' | '(' | ')' => {}
            '+' if i == 0 => {}
            _ => return false,
        }
    }
    (10..=15).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_phone_numbers_are_accepted_with_hyphens_or_full_width_digits() {
        for phone in [
            "0612-34-5678",
            "090-1234-5678",
            "０９０１２３４５６７８",
            "+81 90 1234 5678",
        ] {
            assert!(is_plausible_phone(phone), "{phone}");
        }
        for not_a_phone in ["abc", "0612-34", "81+90 1234 5678", "0612345678901234"] {
            assert!(!is_plausible_phone(not_a_phone), "{not_a_phone}");
        }
    }

    #[test]
    fn an_address_with_a_typo_is_caught_and_a_plain_one_passes() {
        assert!(is_plausible_email("hanako@example.jp"));
        for typo in [
            "hanako@",
            "@example.jp",
            "hanako@example",
            "hanako@example.jp.",
            "hana ko@example.jp",
        ] {
            assert!(!is_plausible_email(typo), "{typo}");
        }
    }

    #[test]
    fn a_japanese_character_counts_as_one_not_as_its_three_bytes() {
        assert_eq!(char_count("住民票"), 3);
    }
}
