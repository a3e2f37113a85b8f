//! Reading the Cabinet Office's holiday file (`syukujitsu.csv`) for `madoguchi-server
//! import-holidays`: the official download is Shift_JIS, the copy shipped with Madoguchi is UTF-8,
//! and both are accepted as they are. The rows are read by the domain's `HolidayList::parse`.

use madoguchi_domain::booking::HolidayList;

/// Why a holiday file cannot be imported.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HolidayFileError {
    #[error("the file is neither UTF-8 nor Shift_JIS text")]
    NotText,
    #[error("line {line}: {code}")]
    Row { line: usize, code: &'static str },
}

/// The holidays in `bytes`: UTF-8 when the bytes are valid UTF-8 (a Shift_JIS file with Japanese
/// names never is), else Shift_JIS, decoded strictly so a file in another encoding is refused
/// rather than imported with garbled names.
pub fn read_holiday_file(bytes: &[u8]) -> Result<HolidayList, HolidayFileError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => encoding_rs::SHIFT_JIS
            .decode_without_bom_handling_and_without_replacement(bytes)
            .ok_or(HolidayFileError::NotText)?,
    };
    HolidayList::parse(&text).map_err(|e| HolidayFileError::Row {
        line: e.line,
        code: e.problem.code(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_domain::CalendarDate;

    const SAMPLE: &str =
        "国民の祝日・休日月日,国民の祝日・休日名称\r\n2026/11/3,文化の日\r\n2026/11/23,勤労感謝の日\r\n";

    #[test]
    fn the_official_shift_jis_file_and_the_utf8_copy_read_the_same() {
        let (sjis, _, unmappable) = encoding_rs::SHIFT_JIS.encode(SAMPLE);
        assert!(!unmappable);
        let from_sjis = read_holiday_file(&sjis).unwrap();
        assert_eq!(from_sjis, read_holiday_file(SAMPLE.as_bytes()).unwrap());
        assert_eq!(
            from_sjis.get(CalendarDate::new(2026, 11, 23).unwrap()),
            Some("勤労感謝の日")
        );
    }

    #[test]
    fn a_file_in_another_encoding_or_with_a_bad_row_is_refused_with_its_line() {
        // 0x81 starts a two-byte character in Shift_JIS and cannot be followed by a space.
        assert_eq!(
            read_holiday_file(b"2026/11/3,\x81 \r\n"),
            Err(HolidayFileError::NotText)
        );
        let bad = SAMPLE.replace("2026/11/23", "2026/11/31");
        assert_eq!(
            read_holiday_file(bad.as_bytes()),
            Err(HolidayFileError::Row {
                line: 3,
                code: "holiday_file_bad_date"
            })
        );
    }

    #[test]
    fn the_shipped_copy_reads_from_1955_on() {
        let list = read_holiday_file(crate::demo::HOLIDAYS.as_bytes()).unwrap();
        assert_eq!(*list.years().start(), 1955);
        assert_eq!(
            list.get(CalendarDate::new(2019, 5, 1).unwrap()),
            Some("休日（祝日扱い）")
        );
    }
}
