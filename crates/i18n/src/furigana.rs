//! Furigana (readings over kanji) written inside Japanese messages, and what the UI renders.
//!
//! **The convention** (the Aozora Bunko ruby notation, familiar to Japanese editors, and free of
//! Fluent's `{ }`):
//!
//! - `漢字《かんじ》`: the reading applies to the run of kanji right before `《`;
//! - `｜夢咲《ゆめさき》市`: a full-width bar `｜` marks where the base starts, for a base that is
//!   not only kanji or that should cover less than the whole run (`｜ごみ袋《ぶくろ》` is wrong; use
//!   `ごみ袋《ぶくろ》`, which gives 袋 alone the reading).
//!
//! A `《` with no base before it, or without a closing `》`, is ordinary text. Readings never go
//! into attributes, titles or accessible names: [`plain`] gives the text without them.

/// A piece of a message: plain text, or a base with its reading (rendered as `<ruby>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    Ruby { base: String, reading: String },
}

const OPEN: char = '《';
const CLOSE: char = '》';
const BAR: char = '｜';

/// Splits a message into plain text and ruby segments. Adjacent text is merged, so a message
/// without readings is one [`Segment::Text`] (or none when empty).
pub fn segments(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut pending = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(OPEN) {
        let Some(close_rel) = rest[open..].find(CLOSE) else {
            break;
        };
        let before = &rest[..open];
        let reading = &rest[open + OPEN.len_utf8()..open + close_rel];
        let (plain_part, base) = split_base(before);
        if base.is_empty() || reading.is_empty() {
            // Not a ruby mark: keep the text up to and including `《` and go on after it.
            pending.push_str(&rest[..open + OPEN.len_utf8()]);
            rest = &rest[open + OPEN.len_utf8()..];
            continue;
        }
        pending.push_str(plain_part);
        if !pending.is_empty() {
            out.push(Segment::Text(std::mem::take(&mut pending)));
        }
        out.push(Segment::Ruby {
            base: base.to_owned(),
            reading: reading.to_owned(),
        });
        rest = &rest[open + close_rel + CLOSE.len_utf8()..];
    }
    pending.push_str(rest);
    if !pending.is_empty() {
        out.push(Segment::Text(pending));
    }
    out
}

/// The text as a reader without furigana sees it: bases kept, readings and marks removed. Use it
/// for attributes, the document title, and whenever readings are switched off.
pub fn plain(text: &str) -> String {
    flatten(text, |base, _| base)
}

/// The text as it is read, each base that has a reading replaced by it (`西暦《せいれき》で` →
/// `せいれきで`): for where markup cannot go (a `<select>`'s options) while readings are shown.
/// Narrower than the base with its reading in brackets, so an option still fits a phone's width
/// at 200 % text.
pub fn as_read(text: &str) -> String {
    flatten(text, |_, reading| reading)
}

/// The text with each marked word replaced by `pick(base, reading)`, the marks gone.
fn flatten(text: &str, pick: fn(String, String) -> String) -> String {
    if !text.contains(OPEN) {
        return text.to_owned();
    }
    segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t,
            Segment::Ruby { base, reading } => pick(base, reading),
        })
        .collect()
}

/// A date as Japanese writes it (`2026年12月6日(日)`, the browser's `Intl` for `ja-JP`) with its
/// readings marked: 年《ねん》, 月《がつ》, the day as it is read (｜1日《ついたち》, ｜20日《はつか》,
/// else 日《にち》) and the weekday (水《すい》). Other text is left as it is.
pub fn date_readings(date: &str) -> String {
    const WEEKDAYS: [(char, &str); 7] = [
        ('月', "げつ"),
        ('火', "か"),
        ('水', "すい"),
        ('木', "もく"),
        ('金', "きん"),
        ('土', "ど"),
        ('日', "にち"),
    ];
    let mut out = String::new();
    let mut digits = String::new();
    let mut in_brackets = false;
    for c in date.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let number = std::mem::take(&mut digits);
        match c {
            '(' | '（' => in_brackets = true,
            ')' | '）' => in_brackets = false,
            _ => {}
        }
        let weekday = WEEKDAYS
            .iter()
            .find(|(k, _)| *k == c)
            .filter(|_| in_brackets && number.is_empty());
        match (c, weekday) {
            (_, Some((kanji, reading))) => out.push_str(&format!("{kanji}《{reading}》")),
            ('年', _) if !number.is_empty() => out.push_str(&format!("{number}年《ねん》")),
            ('月', _) if !number.is_empty() => out.push_str(&format!("{number}月《がつ》")),
            ('日', _) if !number.is_empty() => match day_reading(&number) {
                Some(reading) => out.push_str(&format!("{BAR}{number}日{OPEN}{reading}{CLOSE}")),
                None => out.push_str(&format!("{number}日《にち》")),
            },
            _ => {
                out.push_str(&number);
                out.push(c);
            }
        }
    }
    out.push_str(&digits);
    out
}

/// The days of the month not read as the number and にち.
fn day_reading(day: &str) -> Option<&'static str> {
    Some(match day.trim_start_matches('0') {
        "1" => "ついたち",
        "2" => "ふつか",
        "3" => "みっか",
        "4" => "よっか",
        "5" => "いつか",
        "6" => "むいか",
        "7" => "なのか",
        "8" => "ようか",
        "9" => "ここのか",
        "10" => "とおか",
        "14" => "じゅうよっか",
        "20" => "はつか",
        "24" => "にじゅうよっか",
        _ => return None,
    })
}

/// Whether a character is written in kanji (and so should have a reading in やさしい日本語).
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' | '〆' | '〇' | 'ヶ')
}

/// The kanji of `text` that no reading covers, in order (for the i18n check of やさしい日本語).
pub fn kanji_without_reading(text: &str) -> Vec<char> {
    segments(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Text(t) => Some(t),
            Segment::Ruby { .. } => None,
        })
        .flat_map(|t| t.chars().filter(|c| is_kanji(*c)).collect::<Vec<_>>())
        .collect()
}

/// Splits the text before a `《` into (plain text, base): after the last `｜` if there is one
/// in it, else the trailing run of kanji.
fn split_base(before: &str) -> (&str, &str) {
    if let Some(bar) = before.rfind(BAR) {
        return (&before[..bar], &before[bar + BAR.len_utf8()..]);
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_kanji(*c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    before.split_at(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ruby(base: &str, reading: &str) -> Segment {
        Segment::Ruby {
            base: base.to_owned(),
            reading: reading.to_owned(),
        }
    }

    fn text(t: &str) -> Segment {
        Segment::Text(t.to_owned())
    }

    #[test]
    fn a_reading_covers_the_run_of_kanji_before_it() {
        assert_eq!(
            segments("手続《てつづ》きの一覧《いちらん》"),
            [ruby("手続", "てつづ"), text("きの"), ruby("一覧", "いちらん")]
        );
    }

    #[test]
    fn a_bar_marks_where_the_base_starts() {
        assert_eq!(
            segments("ここは｜夢咲《ゆめさき》市《し》です"),
            [
                text("ここは"),
                ruby("夢咲", "ゆめさき"),
                ruby("市", "し"),
                text("です")
            ]
        );
        assert_eq!(
            segments("｜ATM《エーティーエム》"),
            [ruby("ATM", "エーティーエム")]
        );
    }

    #[test]
    fn a_date_gets_the_readings_of_its_year_month_day_and_weekday() {
        let marked = date_readings("2020年4月1日(水)");
        assert_eq!(marked, "2020年《ねん》4月《がつ》｜1日《ついたち》(水《すい》)");
        assert_eq!(kanji_without_reading(&marked), Vec::<char>::new());
        assert_eq!(plain(&marked), "2020年4月1日(水)");
        assert_eq!(
            date_readings("2026年12月16日(日)"),
            "2026年《ねん》12月《がつ》16日《にち》(日《にち》)"
        );
    }

    #[test]
    fn as_read_a_text_has_its_readings_in_place_of_their_bases() {
        assert_eq!(as_read("西暦《せいれき》で 書《か》く"), "せいれきで かく");
        assert_eq!(as_read("ひらがな"), "ひらがな");
    }

    #[test]
    fn a_message_without_readings_is_one_text() {
        assert_eq!(segments("転入届"), [text("転入届")]);
        assert_eq!(segments(""), []);
    }

    #[test]
    fn brackets_that_are_not_a_reading_stay_as_text() {
        assert_eq!(segments("《お知らせ》"), [text("《お知らせ》")]);
        assert_eq!(segments("市役所《しやくしょ"), [text("市役所《しやくしょ")]);
        assert_eq!(segments("市役所《》"), [text("市役所《》")]);
    }

    #[test]
    fn plain_text_drops_readings_and_marks() {
        assert_eq!(
            plain("｜夢咲《ゆめさき》市《し》の手続《てつづ》き"),
            "夢咲市の手続き"
        );
        assert_eq!(plain("Procedures"), "Procedures");
    }

    #[test]
    fn kanji_without_a_reading_are_found() {
        assert_eq!(kanji_without_reading("市《し》の手続き"), ['手', '続']);
        assert!(kanji_without_reading("市《し》の 手続《てつづ》き").is_empty());
        assert!(kanji_without_reading("ひらがな と カタカナ").is_empty());
    }
}
