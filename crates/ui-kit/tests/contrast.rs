//! Computes the WCAG contrast ratio of every colour pair the kit draws, in the default and the
//! high-contrast theme, from the tokens in `assets/css/tokens.css`: text ≥ 4.5:1; large text and
//! non-text (borders, focus rings, icons) ≥ 3:1. A token changed to a weaker colour fails here.

use std::collections::HashMap;

/// (foreground, background, minimum ratio, what it is).
const PAIRS: &[(&str, &str, f64, &str)] = &[
    ("text", "surface", 4.5, "body text"),
    ("text", "surface-alt", 4.5, "text on panels"),
    ("text-muted", "surface", 4.5, "hints"),
    ("text-muted", "surface-alt", 4.5, "hints on panels"),
    ("link", "surface", 4.5, "links"),
    ("link", "surface-alt", 4.5, "links on panels, inactive tabs"),
    ("link-visited", "surface", 4.5, "visited links"),
    ("brand", "surface", 4.5, "secondary button text"),
    ("on-brand", "brand", 4.5, "primary button text, current page"),
    ("error", "surface", 4.5, "error messages"),
    ("on-focus-bg", "focus-bg", 4.5, "skip link"),
    ("on-emergency", "emergency", 4.5, "emergency banner text"),
    ("emergency", "on-emergency", 4.5, "emergency banner title"),
    (
        "inactive",
        "inactive-bg",
        4.5,
        "unavailable button (not required by 1.4.3, kept readable)",
    ),
    ("tag-neutral", "tag-neutral-bg", 4.5, "neutral tag"),
    ("tag-info", "tag-info-bg", 4.5, "information tag"),
    (
        "tag-success",
        "tag-success-bg",
        4.5,
        "success tag, success banner title",
    ),
    ("tag-warning", "tag-warning-bg", 4.5, "warning tag"),
    ("tag-error", "tag-error-bg", 4.5, "error tag"),
    ("border", "surface", 3.0, "input and control borders"),
    ("border", "surface-alt", 3.0, "borders on panels"),
    ("focus", "surface", 3.0, "focus ring"),
    ("focus", "surface-alt", 3.0, "focus ring on panels"),
    ("brand", "surface-alt", 3.0, "selected tab bar, radio fill"),
    ("error", "surface", 3.0, "error border"),
];

fn tokens_css() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/css/tokens.css");
    std::fs::read_to_string(path).expect("assets/css/tokens.css")
}

/// The `--mg-color-*` values declared in the block that starts with `selector`.
fn theme(css: &str, selector: &str) -> HashMap<String, String> {
    let start = css
        .find(&format!("{selector} {{"))
        .unwrap_or_else(|| panic!("no {selector} block"));
    let block = &css[start..start + css[start..].find('}').expect("a closed block")];
    block
        .lines()
        .filter_map(|l| l.trim().strip_prefix("--mg-color-"))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| {
            (
                k.trim().to_owned(),
                v.trim().trim_end_matches(';').trim().to_owned(),
            )
        })
        .collect()
}

fn relative_luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    assert_eq!(hex.len(), 6, "tokens are #rrggbb: {hex}");
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex")) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn failures(colours: &HashMap<String, String>) -> Vec<String> {
    PAIRS
        .iter()
        .filter_map(|(fg, bg, min, what)| {
            let (f, b) = (&colours[*fg], &colours[*bg]);
            let ratio = contrast(f, b);
            (ratio < *min).then(|| format!("{what}: {fg} {f} on {bg} {b} is {ratio:.2}:1, needs {min}:1"))
        })
        .collect()
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
    assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
}

#[test]
fn every_pair_meets_its_minimum_in_the_default_theme() {
    let colours = theme(&tokens_css(), ":root");
    assert_eq!(failures(&colours), Vec::<String>::new());
}

#[test]
fn every_pair_meets_its_minimum_in_the_high_contrast_theme() {
    let css = tokens_css();
    let mut colours = theme(&css, ":root");
    let high = theme(&css, "html[data-contrast=\"high\"]");
    // The high-contrast theme must set every colour itself, so none leaks from the default.
    let missing: Vec<_> = colours
        .keys()
        .filter(|k| !high.contains_key(*k))
        .cloned()
        .collect();
    assert_eq!(
        missing,
        Vec::<String>::new(),
        "colours the high-contrast theme does not set"
    );
    colours.extend(high);
    assert_eq!(failures(&colours), Vec::<String>::new());
}

#[test]
fn a_weak_colour_would_be_caught() {
    let mut colours = theme(&tokens_css(), ":root");
    colours.insert("text-muted".into(), "#999999".into());
    assert!(failures(&colours).iter().any(|f| f.starts_with("hints")));
}
