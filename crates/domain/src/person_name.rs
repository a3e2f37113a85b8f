//! A resident's name as Japanese forms ask for it: 氏 (family name) and 名 (given name), each with its
//! reading in katakana (フリガナ), which the city needs to sort, search and read names aloud.
//!
//! Readings are accepted the way people type them: hiragana (the usual IME default), half-width
//! katakana (old phones, copied text) and full-width or ASCII spaces are all turned into full-width
//! katakana, so only text that has no katakana form (kanji, Latin letters, digits) is refused. A
//! given name is optional: some residents have one name only (mononyms are common in Indonesia,
//! for example), and the residence card then shows the family name alone.

use crate::msg_id;

/// The longest name part, in characters (the 住民票 allows long foreign names written in katakana).
pub const NAME_PART_MAX_CHARS: usize = 50;

/// The four fields as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NameForm {
    pub family: String,
    pub given: String,
    pub family_kana: String,
    pub given_kana: String,
}

/// Which field a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameField {
    Family,
    Given,
    FamilyKana,
    GivenKana,
}

/// One thing wrong with a name: the field and the Fluent message that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameProblem {
    pub field: NameField,
    pub message_id: &'static str,
}

/// A reading in full-width katakana, normalised from what was typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Katakana(String);

/// Why a reading is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KanaError {
    #[error("the reading is empty")]
    Missing,
    #[error("the reading has characters that are not kana")]
    NotKatakana,
    #[error("the reading is too long")]
    TooLong,
}

impl KanaError {
    /// The Fluent message explaining this to the resident.
    pub fn message_id(self) -> &'static str {
        match self {
            KanaError::Missing => msg_id!("name-error-kana-missing"),
            KanaError::NotKatakana => msg_id!("name-error-kana-not-katakana"),
            KanaError::TooLong => msg_id!("name-error-too-long"),
        }
    }
}

impl Katakana {
    /// Normalises `typed` to full-width katakana (see the module docs), or says why it cannot.
    pub fn parse(typed: &str) -> Result<Self, KanaError> {
        let normalised = to_katakana(typed).ok_or(KanaError::NotKatakana)?;
        if normalised.is_empty() {
            Err(KanaError::Missing)
        } else if normalised.chars().count() > NAME_PART_MAX_CHARS {
            Err(KanaError::TooLong)
        } else {
            Ok(Self(normalised))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A checked name. Fields are private: a value is valid by construction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    family: String,
    given: Option<String>,
    family_kana: Katakana,
    given_kana: Option<Katakana>,
}

impl PersonName {
    /// Checks a form; returns every problem at once, in the order of the fields.
    pub fn parse(form: &NameForm) -> Result<Self, Vec<NameProblem>> {
        let mut problems = Vec::new();
        let mut problem = |field, message_id| problems.push(NameProblem { field, message_id });

        let family = collapse_spaces(&form.family);
        if family.is_empty() {
            problem(NameField::Family, msg_id!("name-error-family-missing"));
        } else if family.chars().count() > NAME_PART_MAX_CHARS {
            problem(NameField::Family, msg_id!("name-error-too-long"));
        }
        let given = collapse_spaces(&form.given);
        if given.chars().count() > NAME_PART_MAX_CHARS {
            problem(NameField::Given, msg_id!("name-error-too-long"));
        }
        let family_kana = Katakana::parse(&form.family_kana)
            .map_err(|e| problem(NameField::FamilyKana, e.message_id()))
            .ok();
        // A reading is asked for the given name only when there is one; a reading without a name
        // is a slip worth pointing out rather than silently dropping.
        let given_kana = match (given.is_empty(), Katakana::parse(&form.given_kana)) {
            (true, Err(KanaError::Missing)) => Some(None),
            (true, _) => {
                problem(NameField::Given, msg_id!("name-error-given-missing-for-kana"));
                None
            }
            (false, Ok(kana)) => Some(Some(kana)),
            (false, Err(e)) => {
                problem(NameField::GivenKana, e.message_id());
                None
            }
        };
        match (family_kana, given_kana) {
            (Some(family_kana), Some(given_kana)) if problems.is_empty() => Ok(Self {
                family,
                given: (!given.is_empty()).then_some(given),
                family_kana,
                given_kana,
            }),
            _ => Err(problems),
        }
    }

    pub fn family(&self) -> &str {
        &self.family
    }

    pub fn given(&self) -> Option<&str> {
        self.given.as_deref()
    }

    pub fn family_kana(&self) -> &Katakana {
        &self.family_kana
    }

    pub fn given_kana(&self) -> Option<&Katakana> {
        self.given_kana.as_ref()
    }
}

/// Trims and turns runs of spaces (ASCII or full-width) into one full-width space, as names are
/// written in Japanese records.
fn collapse_spaces(s: &str) -> String {
    s.split([' ', '\u{3000}'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("\u{3000}")
}

/// Half-width katakana U+FF66..=U+FF9D in code point order, as full-width.
const HALF_WIDTH_KATAKANA: &str = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

/// `s` in full-width katakana, or `None` if some character has no katakana form. Spaces are
/// collapsed as in [`collapse_spaces`]; the empty string stays empty.
pub fn to_katakana(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in collapse_spaces(s).chars() {
        let u = u32::from(c);
        match c {
            // Hiragana ぁ..ゖ and the iteration marks ゝゞ sit exactly 0x60 below their katakana.
            '\u{3041}'..='\u{3096}' | '\u{309D}'..='\u{309E}' => out.push(char::from_u32(u + 0x60)?),
            // Katakana, the middle dot, the long vowel mark and katakana iteration marks.
            '\u{30A1}'..='\u{30FA}' | '\u{30FB}' | '\u{30FC}' | '\u{30FD}'..='\u{30FE}' | '\u{3000}' => {
                out.push(c)
            }
            '\u{FF66}'..='\u{FF9D}' => out.push(HALF_WIDTH_KATAKANA.chars().nth((u - 0xFF66) as usize)?),
            // Half-width voiced and semi-voiced marks combine with the kana before them.
            '\u{FF9E}' | '\u{FF9F}' => {
                let base = out.pop()?;
                out.push(voiced(base, c == '\u{FF9F}')?);
            }
            '\u{FF65}' => out.push('・'),
            _ => return None,
        }
    }
    Some(out)
}

/// The voiced (or semi-voiced) form of a full-width katakana: カ → ガ, ハ → パ, ウ → ヴ.
fn voiced(base: char, semi: bool) -> Option<char> {
    let u = u32::from(base);
    let offset = match (base, semi) {
        ('ウ', false) => return Some('ヴ'),
        // カ..ト: voiced form is the next code point (カガキギ…), except the small ッ in between.
        (
            'カ' | 'キ' | 'ク' | 'ケ' | 'コ' | 'サ' | 'シ' | 'ス' | 'セ' | 'ソ' | 'タ' | 'チ' | 'ツ' | 'テ'
            | 'ト',
            false,
        ) => 1,
        ('ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ', false) => 1,
        ('ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ', true) => 2,
        _ => return None,
    };
    char::from_u32(u + offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(family: &str, given: &str, family_kana: &str, given_kana: &str) -> NameForm {
        NameForm {
            family: family.into(),
            given: given.into(),
            family_kana: family_kana.into(),
            given_kana: given_kana.into(),
        }
    }

    #[test]
    fn hiragana_and_half_width_katakana_become_full_width_katakana() {
        assert_eq!(to_katakana("ゆめさき").as_deref(), Some("ユメサキ"));
        assert_eq!(to_katakana("ﾕﾒｻｷ").as_deref(), Some("ユメサキ"));
        assert_eq!(to_katakana("ｶﾞｯｺｳ ﾊﾟﾝ").as_deref(), Some("ガッコウ\u{3000}パン"));
        assert_eq!(to_katakana("ｳﾞｨｰ").as_deref(), Some("ヴィー"));
        assert_eq!(
            to_katakana("  じょん  ぽーる ").as_deref(),
            Some("ジョン\u{3000}ポール")
        );
        assert_eq!(to_katakana("ジョン・スミス").as_deref(), Some("ジョン・スミス"));
    }

    #[test]
    fn kanji_latin_and_digits_are_not_katakana() {
        assert_eq!(to_katakana("夢咲"), None);
        assert_eq!(to_katakana("Smith"), None);
        assert_eq!(to_katakana("ユメ1"), None);
        assert_eq!(to_katakana("ﾞ"), None, "a lone voiced mark");
        assert_eq!(to_katakana("ｱﾞ"), None, "ア has no voiced form");
    }

    #[test]
    fn a_complete_name_parses_with_normalised_readings() {
        let name = PersonName::parse(&form(" 夢咲 ", "花子", "ゆめさき", "ﾊﾅｺ")).unwrap();
        assert_eq!(name.family(), "夢咲");
        assert_eq!(name.given(), Some("花子"));
        assert_eq!(name.family_kana().as_str(), "ユメサキ");
        assert_eq!(name.given_kana().map(Katakana::as_str), Some("ハナコ"));
    }

    #[test]
    fn a_single_name_needs_no_given_name() {
        let name = PersonName::parse(&form("Sukarno", "", "スカルノ", "")).unwrap();
        assert_eq!(name.given(), None);
        assert_eq!(name.given_kana(), None);
    }

    #[test]
    fn every_problem_is_reported_against_its_field() {
        let problems = PersonName::parse(&form("", "花子", "Yumesaki", "")).unwrap_err();
        assert_eq!(
            problems,
            vec![
                NameProblem {
                    field: NameField::Family,
                    message_id: "name-error-family-missing"
                },
                NameProblem {
                    field: NameField::FamilyKana,
                    message_id: "name-error-kana-not-katakana"
                },
                NameProblem {
                    field: NameField::GivenKana,
                    message_id: "name-error-kana-missing"
                },
            ]
        );
    }

    #[test]
    fn a_reading_without_a_given_name_is_pointed_out() {
        let problems = PersonName::parse(&form("夢咲", "", "ユメサキ", "ハナコ")).unwrap_err();
        assert_eq!(problems[0].field, NameField::Given);
    }

    #[test]
    fn overlong_parts_are_refused() {
        let long = "ア".repeat(NAME_PART_MAX_CHARS + 1);
        assert_eq!(Katakana::parse(&long), Err(KanaError::TooLong));
        let problems = PersonName::parse(&form(&"夢".repeat(51), "", "ユメ", "")).unwrap_err();
        assert_eq!(problems[0].message_id, "name-error-too-long");
    }
}
