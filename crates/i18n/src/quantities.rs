//! Counts in a sentence: days until something. The words come from Fluent, whose plural and
//! exact-number variants pick "today" / "tomorrow" / "in 3 days". (Amounts of yen are grouped by
//! the UI's browser, `ui/src/i18n.rs` `yen`, with the message `amount-yen`.)

use crate::{Localizer, msg_id};

impl Localizer {
    /// When something is, counted in days from today: `今日`, `明日`, `3日後`; `today`, `in 3 days`.
    pub fn days_until(&self, days: u32) -> String {
        self.format(msg_id!("days-until"), &[("days", days.into())])
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::LocaleTag;

    use crate::Localizer;

    fn localizer(tag: &str) -> Localizer {
        Localizer::new(&LocaleTag::parse(tag).unwrap())
    }

    #[test]
    fn days_until_uses_words_for_today_and_tomorrow_then_counts() {
        let ja = localizer("ja");
        assert_eq!(
            [ja.days_until(0), ja.days_until(1), ja.days_until(3)],
            ["今日", "明日", "3日後"]
        );
        let en = localizer("en");
        assert_eq!(
            [en.days_until(0), en.days_until(1), en.days_until(2)],
            ["today", "tomorrow", "in 2 days"]
        );
        let vi = localizer("vi");
        assert_eq!(
            [vi.days_until(0), vi.days_until(1), vi.days_until(5)],
            ["hôm nay", "ngày mai", "sau 5 ngày nữa"]
        );
    }
}
