//! Counts and amounts in a sentence: days until something, yen. The number is formatted by ICU4X
//! for the reader's locale (grouping, digits); the words around it come from Fluent, whose plural
//! and exact-number variants pick "today" / "tomorrow" / "in 3 days".

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::langid;

use crate::cldr::{BAKED, Cldr, cldr_name, loaded};
use crate::{Localizer, msg_id};

impl Localizer {
    /// An amount of yen: `1,200円`, `¥1,200`, `1.200 ienes`.
    pub fn yen(&self, amount: i64) -> String {
        let amount = Decimal::from(amount);
        let digits = match cldr_name(self.locale()) {
            BAKED => DecimalFormatter::try_new_unstable(&Cldr, langid!("ja").into(), Default::default())
                .ok()
                .map(|f| f.format(&amount).to_string()),
            name => loaded(name).map(|f| f.decimal.format(&amount).to_string()),
        }
        .unwrap_or_else(|| amount.to_string());
        self.format(msg_id!("amount-yen"), &[("amount", digits.into())])
    }

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
    fn yen_amounts_are_grouped_the_way_each_language_groups_digits() {
        assert_eq!(localizer("ja").yen(1200), "1,200円");
        assert_eq!(localizer("en").yen(1_234_567), "¥1,234,567");
        assert_eq!(localizer("pt-BR").yen(1200), "1.200 ienes");
        assert_eq!(localizer("vi").yen(300), "300 yên");
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
