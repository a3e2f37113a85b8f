//! Tests of the notice itself and of `current` (topic replacement, expiry, order).

use proptest::prelude::*;

use super::*;

const HOUR: i64 = 3_600_000;
const NOW: UnixMillis = UnixMillis(1_796_000_000_000);

fn text(ja: &str) -> LocalizedText {
    LocalizedText::from_pairs([("ja", ja)]).unwrap()
}

fn notice(id: &str, topic: Option<&str>, publish_at: UnixMillis, hours: i64) -> Notice {
    Notice {
        id: NoticeId::parse(id).unwrap(),
        revision: 1,
        updated_at: publish_at,
        content: NoticeContent {
            title: text("避難指示"),
            body: text("夢咲3丁目に避難指示を出しました。"),
            category: Category::Disaster,
            priority: Priority::Urgent,
            rule: Rule::everyone(),
            publish_at,
            expires_at: publish_at.plus_millis(hours * HOUR),
            topic: topic.map(|t| TopicKey::parse(t).unwrap()),
            links: NoticeLinks::default(),
        },
    }
}

fn ids(shown: &[&Notice]) -> Vec<String> {
    shown.iter().map(|n| n.id.to_string()).collect()
}

#[test]
fn the_latest_state_of_a_topic_replaces_the_earlier_ones() {
    let issued = notice(
        "ntc-1",
        Some("evacuation-3-chome"),
        NOW.plus_millis(-2 * HOUR),
        24,
    );
    let lifted = notice("ntc-2", Some("evacuation-3-chome"), NOW.plus_millis(-HOUR), 24);
    let other = notice("ntc-3", None, NOW.plus_millis(-3 * HOUR), 24);
    assert_eq!(
        ids(&current(&[issued.clone(), lifted.clone(), other.clone()], NOW)),
        ["ntc-2", "ntc-3"]
    );
    // The order of the list does not matter.
    assert_eq!(ids(&current(&[lifted, other, issued], NOW)), ["ntc-2", "ntc-3"]);
}

#[test]
fn an_expired_latest_state_does_not_bring_back_the_earlier_one() {
    let issued = notice(
        "ntc-1",
        Some("evacuation-3-chome"),
        NOW.plus_millis(-5 * HOUR),
        24,
    );
    let lifted = notice("ntc-2", Some("evacuation-3-chome"), NOW.plus_millis(-4 * HOUR), 2);
    assert!(current(&[issued, lifted], NOW).is_empty());
}

#[test]
fn a_state_scheduled_for_later_does_not_replace_the_one_shown_now() {
    let issued = notice("ntc-1", Some("evacuation-3-chome"), NOW.plus_millis(-HOUR), 24);
    let later = notice("ntc-2", Some("evacuation-3-chome"), NOW.plus_millis(HOUR), 24);
    assert_eq!(ids(&current(&[issued.clone(), later.clone()], NOW)), ["ntc-1"]);
    assert_eq!(ids(&current(&[issued, later], NOW.plus_millis(HOUR))), ["ntc-2"]);
}

#[test]
fn a_notice_shows_from_its_publish_time_until_just_before_its_expiry() {
    let n = notice("ntc-1", None, NOW, 1);
    assert!(!n.is_live(NOW.plus_millis(-1)));
    assert!(n.is_live(NOW));
    assert!(n.is_live(NOW.plus_millis(HOUR - 1)));
    assert!(!n.is_live(NOW.plus_millis(HOUR)));
}

#[test]
fn urgent_notices_come_first_then_the_newest() {
    let mut old_normal = notice("ntc-1", None, NOW.plus_millis(-3 * HOUR), 24);
    old_normal.content.priority = Priority::Normal;
    let mut new_normal = notice("ntc-2", None, NOW.plus_millis(-HOUR), 24);
    new_normal.content.priority = Priority::Normal;
    let urgent = notice("ntc-3", None, NOW.plus_millis(-2 * HOUR), 24);
    assert_eq!(
        ids(&current(&[old_normal, new_normal, urgent], NOW)),
        ["ntc-3", "ntc-2", "ntc-1"]
    );
}

#[test]
fn a_notice_reads_back_from_its_json_with_the_content_inline() {
    let n = notice("ntc-1", Some("evacuation-3-chome"), NOW, 1);
    let json = serde_json::to_value(&n).unwrap();
    assert_eq!(json["priority"], "urgent");
    assert_eq!(json["topic"], "evacuation-3-chome");
    assert_eq!(json["rule"], serde_json::json!({}));
    assert_eq!(serde_json::from_value::<Notice>(json).unwrap(), n);
}

proptest! {
    #![proptest_config(crate::test_support::pinned_proptest())]

    /// Whatever the states of one topic, at most one shows, and it is the latest published.
    #[test]
    fn topic_replacement_keeps_only_the_latest(
        states in proptest::collection::vec((-48_i64..48, 1_i64..72), 1..8),
    ) {
        let notices: Vec<Notice> = states
            .iter()
            .enumerate()
            .map(|(i, (start, hours))| {
                notice(&format!("ntc-{i}"), Some("evacuation-3-chome"), NOW.plus_millis(start * HOUR), *hours)
            })
            .collect();
        let shown = current(&notices, NOW);
        prop_assert!(shown.len() <= 1);
        let latest = notices
            .iter()
            .filter(|n| n.content.publish_at <= NOW)
            .max_by(|a, b| a.recency().cmp(&b.recency()));
        match latest {
            Some(latest) if latest.is_live(NOW) => prop_assert_eq!(shown, vec![latest]),
            _ => prop_assert!(shown.is_empty()),
        }
    }
}
