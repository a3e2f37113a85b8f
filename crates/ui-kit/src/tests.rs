//! Checks every example of every component at once, in every locale: the rules no component may break.

use std::collections::{BTreeMap, BTreeSet};

use scraper::Html;

use crate::test_support::*;

fn rendered() -> Vec<(&'static str, &'static str, Html)> {
    let mut out = Vec::new();
    for component in crate::catalogue() {
        for example in component.examples {
            for locale in LOCALES {
                out.push((
                    example.id,
                    locale,
                    Html::parse_fragment(&render_html(&example, locale)),
                ));
            }
        }
    }
    out
}

#[test]
fn every_message_an_example_uses_exists() {
    take_missing();
    let _ = rendered();
    let names: Vec<String> = crate::catalogue()
        .iter()
        .flat_map(|c| std::iter::once(c.title).chain(c.examples.iter().map(|e| e.title)))
        .map(|id| translate("ja").text(id))
        .collect();
    assert!(!names.is_empty());
    assert_eq!(take_missing(), Vec::<String>::new());
}

#[test]
fn example_ids_are_unique_and_prefixed_by_their_component() {
    let mut seen = BTreeSet::new();
    for component in crate::catalogue() {
        assert!(
            !component.examples.is_empty(),
            "{} has no examples",
            component.component
        );
        for example in component.examples {
            assert!(
                example.id.starts_with(component.component),
                "{} is not under {}",
                example.id,
                component.component
            );
            assert!(seen.insert(example.id), "{} appears twice", example.id);
        }
    }
}

#[test]
fn element_ids_are_unique_across_the_whole_gallery() {
    // The gallery shows every example on one page, so an id may appear only once in all of them.
    for locale in LOCALES {
        let mut owners: BTreeMap<String, &str> = BTreeMap::new();
        for (example, l, html) in rendered() {
            if l != locale {
                continue;
            }
            for el in all(&html, "[id]") {
                let id = attr(el, "id").unwrap_or_default().to_owned();
                if let Some(other) = owners.insert(id.clone(), example) {
                    panic!("id {id} is in both {other} and {example}");
                }
            }
        }
    }
}

#[test]
fn every_id_reference_points_inside_its_own_example() {
    for (example, locale, html) in rendered() {
        let ids: BTreeSet<&str> = all(&html, "[id]")
            .into_iter()
            .filter_map(|e| attr(e, "id"))
            .collect();
        for attribute in ["aria-labelledby", "aria-describedby", "aria-controls", "for"] {
            for el in all(&html, &format!("[{attribute}]")) {
                for id in attr(el, attribute).unwrap_or_default().split_whitespace() {
                    assert!(
                        ids.contains(id),
                        "{example} ({locale}): {attribute}={id} points nowhere"
                    );
                }
            }
        }
        for el in all(&html, "a[href^='#']") {
            let id = &attr(el, "href").unwrap_or_default()[1..];
            // The skip link's target is the page's main region, outside any example.
            assert!(
                ids.contains(id) || id == "main",
                "{example} ({locale}): link to #{id} points nowhere"
            );
        }
    }
}

#[test]
fn every_control_has_a_name_and_none_uses_disabled_or_positive_tabindex() {
    for (example, locale, html) in rendered() {
        for el in all(
            &html,
            "button, input:not([type=hidden]), select, textarea, a[href], [role=tab], dialog",
        ) {
            assert!(
                !name(&html, el).is_empty(),
                "{example} ({locale}): a nameless {}",
                el.html()
            );
            assert_eq!(
                attr(el, "disabled"),
                None,
                "{example}: use aria-disabled, not disabled"
            );
        }
        for el in all(&html, "[tabindex]") {
            let index: i32 = attr(el, "tabindex").unwrap_or_default().parse().unwrap_or(0);
            assert!(index <= 0, "{example}: tabindex {index} breaks the reading order");
        }
    }
}

#[test]
fn examples_differ_between_languages_so_no_text_is_hard_coded() {
    // Every example shows some text; if ja and en render the same, that text did not come from locales/.
    for component in crate::catalogue() {
        for example in component.examples {
            let ja = render_html(&example, "ja");
            let en = render_html(&example, "en");
            assert_ne!(ja, en, "{} renders the same in ja and en", example.id);
        }
    }
}

#[test]
fn no_example_shows_the_marks_of_its_readings() {
    // Readings written `漢字《かんじ》` in the messages are the app's markup: the kit renders them
    // through the app's `TextMarkup` as `<ruby>`, or as their bases in attributes and options, so
    // neither bracket ever reaches the page (text or attribute).
    let shown: Vec<String> = rendered()
        .into_iter()
        .filter(|(_, _, html)| html.html().contains(['《', '》']))
        .map(|(example, locale, html)| format!("{example} ({locale}): {}", html.html()))
        .collect();
    assert_eq!(shown, Vec::<String>::new(), "readings' marks shown");
}
