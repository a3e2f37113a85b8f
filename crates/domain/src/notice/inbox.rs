//! The device's inbox: which of the city's notices concern this resident, in what order, which
//! are unread, and whether one arriving now should raise an OS notification. The shell and the UI
//! both decide with these functions, at a passed-in `now`, so a test pins the clock.
//!
//! Two rules differ on purpose:
//! - **What the inbox shows.** A device without a profile (a kiosk, a resident who did not opt
//!   in) knows no area, so it shows every urgent notice (an evacuation order is better read than
//!   missed) and, of the others, those meant for everyone. With a profile, only what matches.
//! - **What interrupts.** Only a notice whose rule matches the profile (an empty profile without
//!   one) ever raises an OS notification: an order for another district stays quiet.

use serde::{Deserialize, Serialize};

use super::delivery::Delivery;
use super::{Category, Notice, NoticeId, Priority, Profile, current};
use crate::{CalendarDate, UnixMillis};

/// "The resident has read this notice, as of this revision": a replacement (a higher revision,
/// such as an evacuation order widened) is unread again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadMark {
    pub id: NoticeId,
    pub revision: u32,
}

impl ReadMark {
    pub fn of(notice: &Notice) -> Self {
        Self {
            id: notice.id.clone(),
            revision: notice.revision,
        }
    }
}

/// Whether no mark says this revision of `notice` was read.
pub fn is_unread(notice: &Notice, marks: &[ReadMark]) -> bool {
    !marks
        .iter()
        .any(|m| m.id == notice.id && m.revision >= notice.revision)
}

/// What the inbox shows, in order.
#[derive(Debug, PartialEq, Eq)]
pub struct Inbox<'a> {
    /// "Urgent now", pinned at the top, newest first. Never hidden by the category filter.
    pub urgent: Vec<&'a Notice>,
    /// The others of the chosen category (all without one), newest first.
    pub others: Vec<&'a Notice>,
}

/// The inbox at `now` from the city's notices (the feed as kept), the device's profile (`None`
/// without one) and the category the resident filters by.
pub fn inbox<'a>(
    notices: &'a [Notice],
    profile: Option<&Profile>,
    category: Option<Category>,
    now: UnixMillis,
) -> Inbox<'a> {
    let today = now.date_in_japan();
    let (urgent, others): (Vec<&Notice>, Vec<&Notice>) = current(notices, now)
        .into_iter()
        .filter(|n| {
            let without_profile = profile.is_none() && n.content.priority == Priority::Urgent;
            without_profile || concerns(n, profile, today)
        })
        .partition(|n| n.content.priority == Priority::Urgent);
    let others = others
        .into_iter()
        .filter(|n| category.is_none_or(|c| n.content.category == c))
        .collect();
    // `current` already sorts newest first (urgent first); the partition keeps that order.
    Inbox { urgent, others }
}

/// Whether `notice` is meant for this device's resident: its rule matches the profile (without
/// one, an empty profile: only notices for everyone).
pub fn concerns(notice: &Notice, profile: Option<&Profile>, today: Option<CalendarDate>) -> bool {
    let empty = Profile::default();
    let profile = profile.unwrap_or(&empty);
    match today {
        Some(today) => notice.content.rule.matches(profile, today),
        // An instant outside the calendar's range: only a rule with no condition can be judged.
        None => notice.content.rule.is_everyone(),
    }
}

/// Whether and when a notice that just arrived should raise an OS notification: `None` when it
/// is not for this resident, not live at `now`, or not shown (a later state of its topic), else
/// the profile's delivery decision (urgent: now, always).
pub fn notification(
    notice: &Notice,
    feed: &[Notice],
    profile: Option<&Profile>,
    now: UnixMillis,
) -> Option<Delivery> {
    let shown = current(feed, now).into_iter().any(|n| std::ptr::eq(n, notice));
    if !shown || !concerns(notice, profile, now.date_in_japan()) {
        return None;
    }
    let preferences = profile.map(|p| p.delivery).unwrap_or_default();
    Some(preferences.decide(notice.content.priority, now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LocalizedText;
    use crate::notice::rule::AreaCode;
    use crate::notice::{
        DeliveryPreferences, NoticeContent, NoticeLinks, QuietHours, Rule, TimeOfDay, TopicKey,
    };

    const HOUR: i64 = 3_600_000;
    /// 2026-12-05 12:00 in Japan.
    const NOW: UnixMillis = UnixMillis(1_796_439_600_000);

    fn notice(id: &str, priority: Priority, category: Category, areas: &[&str], hours_ago: i64) -> Notice {
        let publish_at = NOW.plus_millis(-hours_ago * HOUR);
        Notice {
            id: NoticeId::parse(id).unwrap(),
            revision: 1,
            updated_at: publish_at,
            content: NoticeContent {
                title: LocalizedText::from_pairs([("ja", "お知らせ")]).unwrap(),
                body: LocalizedText::from_pairs([("ja", "本文")]).unwrap(),
                category,
                priority,
                rule: Rule {
                    areas: areas.iter().map(|a| AreaCode::parse(a).unwrap()).collect(),
                    ..Rule::everyone()
                },
                publish_at,
                expires_at: NOW.plus_millis(24 * HOUR),
                topic: None,
                links: NoticeLinks::default(),
            },
        }
    }

    fn living_in(area: &str) -> Profile {
        Profile {
            area: Some(AreaCode::parse(area).unwrap()),
            ..Profile::default()
        }
    }

    fn ids(list: &[&Notice]) -> Vec<String> {
        list.iter().map(|n| n.id.to_string()).collect()
    }

    fn feed() -> Vec<Notice> {
        vec![
            notice(
                "evacuation-3",
                Priority::Urgent,
                Category::Disaster,
                &["yumesaki-3-chome"],
                1,
            ),
            notice(
                "evacuation-1",
                Priority::Urgent,
                Category::Disaster,
                &["yumesaki-1-chome"],
                2,
            ),
            notice(
                "waste-3",
                Priority::Normal,
                Category::Waste,
                &["yumesaki-3-chome"],
                3,
            ),
            notice("festival", Priority::Normal, Category::Events, &[], 4),
            notice("tax", Priority::Important, Category::Tax, &[], 5),
        ]
    }

    #[test]
    fn with_a_profile_the_inbox_shows_only_what_matches_its_area() {
        let feed = feed();
        let profile = living_in("yumesaki-3-chome");
        let inbox = inbox(&feed, Some(&profile), None, NOW);
        assert_eq!(ids(&inbox.urgent), ["evacuation-3"]);
        assert_eq!(ids(&inbox.others), ["waste-3", "festival", "tax"]);
    }

    #[test]
    fn without_a_profile_every_urgent_notice_shows_and_of_the_rest_only_those_for_everyone() {
        let feed = feed();
        let inbox = inbox(&feed, None, None, NOW);
        assert_eq!(ids(&inbox.urgent), ["evacuation-3", "evacuation-1"]);
        assert_eq!(ids(&inbox.others), ["festival", "tax"]);
    }

    #[test]
    fn the_category_filter_keeps_urgent_notices_pinned() {
        let feed = feed();
        let profile = living_in("yumesaki-3-chome");
        let inbox = inbox(&feed, Some(&profile), Some(Category::Waste), NOW);
        assert_eq!(ids(&inbox.urgent), ["evacuation-3"]);
        assert_eq!(ids(&inbox.others), ["waste-3"]);
    }

    #[test]
    fn a_notice_for_another_area_never_interrupts_even_urgent_and_without_a_profile() {
        let feed = feed();
        let profile = living_in("yumesaki-3-chome");
        assert_eq!(
            notification(&feed[0], &feed, Some(&profile), NOW),
            Some(Delivery::Now)
        );
        assert_eq!(notification(&feed[1], &feed, Some(&profile), NOW), None);
        assert_eq!(notification(&feed[1], &feed, None, NOW), None);
        assert_eq!(notification(&feed[3], &feed, None, NOW), Some(Delivery::Now));
    }

    #[test]
    fn quiet_hours_hold_a_normal_notice_but_an_urgent_one_breaks_through() {
        let feed = feed();
        let mut profile = living_in("yumesaki-3-chome");
        profile.delivery = DeliveryPreferences {
            quiet_hours: Some(QuietHours {
                from: TimeOfDay::new(11, 0).unwrap(),
                until: TimeOfDay::new(13, 0).unwrap(),
            }),
            digest_at: None,
        };
        assert_eq!(
            notification(&feed[0], &feed, Some(&profile), NOW),
            Some(Delivery::Now)
        );
        assert_eq!(
            notification(&feed[2], &feed, Some(&profile), NOW),
            Some(Delivery::At(NOW.plus_millis(HOUR)))
        );
    }

    #[test]
    fn a_notice_not_yet_published_or_replaced_by_a_later_state_of_its_topic_stays_quiet() {
        let mut feed = feed();
        let mut later = notice("future", Priority::Urgent, Category::Disaster, &[], -1);
        later.content.topic = None;
        feed.push(later);
        let profile = living_in("yumesaki-3-chome");
        assert_eq!(notification(&feed[5], &feed, Some(&profile), NOW), None);

        let topic = TopicKey::parse("evacuation-yumesaki-3-chome").unwrap();
        feed[0].content.topic = Some(topic.clone());
        let mut lifted = notice(
            "lifted-3",
            Priority::Urgent,
            Category::Disaster,
            &["yumesaki-3-chome"],
            0,
        );
        lifted.content.topic = Some(topic);
        feed.push(lifted);
        assert_eq!(notification(&feed[0], &feed, Some(&profile), NOW), None);
        assert_eq!(
            notification(&feed[6], &feed, Some(&profile), NOW),
            Some(Delivery::Now)
        );
    }

    #[test]
    fn a_replaced_notice_is_unread_again() {
        let mut n = feed().remove(0);
        let marks = vec![ReadMark::of(&n)];
        assert!(!is_unread(&n, &marks));
        n.revision = 2;
        assert!(is_unread(&n, &marks));
        assert!(is_unread(&n, &[]));
    }
}
