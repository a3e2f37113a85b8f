//! `cargo xtask i18n-check`: keeps every locale complete and current by construction.
//!
//! Fails when a message id used in code (written `msg_id!("…")`) is missing in any locale; when a
//! locale has an id no code uses; when a translation's placeables (`{ $name }`) differ from
//! Japanese; when an `.ftl` file does not parse; or when a translation is **stale**: the Japanese
//! text changed after the translation was made. Each locale keeps, in `locales/<tag>/ja.fingerprints`,
//! a fingerprint of the Japanese text each translation was made from; `--confirm <tag>` (run by a
//! translator who checked the locale) records the current ones.
//!
//! Two more rules keep translations honest: a translation identical to the English text is
//! reported (English left behind), unless a `# same-as-en: <why>` comment sits right above it (a
//! proper noun); and in やさしい日本語 (`ja-x-easy`) every kanji must carry a reading
//! (`漢字《かんじ》`, see docs/i18n.md), except a counter right after a number placeable
//! (`{ $days }日`), whose reading depends on the number.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::paths;
use crate::step::Result;

const SOURCE: &str = "ja";
const ENGLISH: &str = "en";
const FINGERPRINTS: &str = "ja.fingerprints";
/// The comment that allows a translation to equal the English text.
const SAME_AS_EN: &str = "same-as-en:";

/// A message's source text and the variables it uses.
type Message = (String, BTreeSet<String>);

/// One locale as read from its folder.
struct Locale {
    tag: String,
    messages: BTreeMap<String, Message>,
    /// Ids marked `# same-as-en: …`: their text may equal the English one.
    same_as_en: BTreeSet<String>,
}

impl Locale {
    /// やさしい日本語 and any other private-use variant of Japanese: furigana on every kanji.
    fn is_easy_japanese(&self) -> bool {
        self.tag.starts_with("ja-x-")
    }
}

pub fn main(args: &[String]) -> Result {
    let root = paths::root();
    let locales = read_locales(&root.join("locales"))?;
    let source = locales
        .iter()
        .find(|l| l.tag == SOURCE)
        .ok_or("locales/ja is missing")?;
    if let [flag, tag] = args
        && flag == "--confirm"
    {
        return confirm(&root, source, tag);
    }
    if !args.is_empty() {
        return Err("usage: cargo xtask i18n-check [--confirm <locale>]".into());
    }
    let used = ids_used_in_code(&root)?;
    let report = check(&locales, source, &used, &|tag| read_fingerprints(&root, tag));
    print!("{}", report.table);
    if report.problems.is_empty() {
        println!(
            "    i18n: {} ids used in code, {} locales, no problems",
            used.len(),
            locales.len()
        );
        Ok(())
    } else {
        for p in &report.problems {
            eprintln!("    i18n: {p}");
        }
        Err(format!("{} i18n problems", report.problems.len()))
    }
}

struct Report {
    table: String,
    problems: Vec<String>,
}

fn check(
    locales: &[Locale],
    source: &Locale,
    used: &BTreeSet<String>,
    fingerprints: &dyn Fn(&str) -> BTreeMap<String, String>,
) -> Report {
    let mut problems = Vec::new();
    let mut table = format!(
        "    {:<12} {:>8} {:>8} {:>8}\n",
        "locale", "messages", "missing", "stale"
    );
    for id in used.iter().filter(|id| !source.messages.contains_key(*id)) {
        problems.push(format!("{SOURCE}: `{id}` is used in code but missing"));
    }
    let english = locales.iter().find(|l| l.tag == ENGLISH);
    for locale in locales {
        let mut missing = 0;
        let mut stale = 0;
        let prints = fingerprints(&locale.tag);
        for id in used.iter().chain(source.messages.keys()).collect::<BTreeSet<_>>() {
            if !locale.messages.contains_key(id) {
                missing += 1;
                if locale.tag != SOURCE {
                    problems.push(format!("{}: `{id}` is missing", locale.tag));
                }
            }
        }
        for (id, (_, vars)) in &locale.messages {
            if !used.contains(id) {
                problems.push(format!("{}: `{id}` is used nowhere in code", locale.tag));
            }
            let Some((ja_text, ja_vars)) = source.messages.get(id) else {
                continue;
            };
            if vars != ja_vars {
                problems.push(format!(
                    "{}: `{id}` has placeables {vars:?}, ja has {ja_vars:?}",
                    locale.tag
                ));
            }
            if let Some(en) = english.filter(|_| locale.tag != ENGLISH && locale.tag != SOURCE)
                && en
                    .messages
                    .get(id)
                    .is_some_and(|(en_text, _)| en_text == &locale.messages[id].0)
                && locale.messages[id].0.chars().any(|c| c.is_ascii_alphabetic())
                && !locale.same_as_en.contains(id)
            {
                problems.push(format!(
                    "{}: `{id}` is the English text; translate it, or put `# {SAME_AS_EN} <why>` above it",
                    locale.tag
                ));
            }
            if locale.is_easy_japanese() {
                let bare = kanji_without_reading(&locale.messages[id].0);
                if !bare.is_empty() {
                    problems.push(format!(
                        "{}: `{id}` has kanji without a reading: {bare}",
                        locale.tag
                    ));
                }
            }
            if locale.tag != SOURCE && prints.get(id) != Some(&fingerprint(ja_text)) {
                stale += 1;
                problems.push(format!(
                    "{}: `{id}` is stale (ja changed since it was translated; fix it, then `cargo xtask i18n-check --confirm {}`)",
                    locale.tag, locale.tag
                ));
            }
        }
        table.push_str(&format!(
            "    {:<12} {:>8} {:>8} {:>8}\n",
            locale.tag,
            locale.messages.len(),
            missing,
            stale
        ));
    }
    Report { table, problems }
}

fn confirm(root: &Path, source: &Locale, tag: &str) -> Result {
    if tag == SOURCE {
        return Err("ja is the source; it has no fingerprints".into());
    }
    let dir = root.join("locales").join(tag);
    if !dir.is_dir() {
        return Err(format!("no locale folder {}", dir.display()));
    }
    let mut out = String::from("# id, then a fingerprint of the ja text this translation was made from.\n");
    out.push_str(
        "# Written by `cargo xtask i18n-check --confirm <locale>` after a translator checks the locale.\n",
    );
    for (id, (text, _)) in &source.messages {
        out.push_str(&format!("{id} {}\n", fingerprint(text)));
    }
    std::fs::write(dir.join(FINGERPRINTS), out).map_err(|e| e.to_string())?;
    println!(
        "    i18n: recorded {} fingerprints for {tag}",
        source.messages.len()
    );
    Ok(())
}

fn read_fingerprints(root: &Path, tag: &str) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(root.join("locales").join(tag).join(FINGERPRINTS)).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' '))
        .map(|(id, print)| (id.to_owned(), print.trim().to_owned()))
        .collect()
}

/// FNV-1a, 64 bit, of the message's source text: stable across builds and dependency versions.
fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn read_locales(dir: &Path) -> Result<Vec<Locale>> {
    let mut locales = Vec::new();
    for folder in sorted(dir)?.into_iter().filter(|p| p.is_dir()) {
        let tag = folder
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let mut messages = BTreeMap::new();
        let mut same_as_en = BTreeSet::new();
        for file in sorted(&folder)?
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            for (id, entry) in parse(&text).map_err(|e| format!("{}: {e}", file.display()))? {
                if messages.insert(id.clone(), entry).is_some() {
                    return Err(format!("{}: `{id}` is defined twice in {tag}", file.display()));
                }
            }
            same_as_en.extend(marked_same_as_en(&text));
        }
        locales.push(Locale {
            tag,
            messages,
            same_as_en,
        });
    }
    Ok(locales)
}

/// Messages of one file: id → (its source text, the variables it uses).
fn parse(text: &str) -> std::result::Result<Vec<(String, Message)>, String> {
    let resource = parser::parse(text).map_err(|(_, errors)| format!("does not parse: {errors:?}"))?;
    let sources = message_sources(text);
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let id = message.id.name.to_owned();
            let mut vars = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect_variables(pattern, &mut vars);
            }
            for attribute in &message.attributes {
                collect_variables(&attribute.value, &mut vars);
            }
            let source = sources.get(&id).cloned().unwrap_or_default();
            out.push((id, (source, vars)));
        }
    }
    Ok(out)
}

/// Ids whose attached comment (the `#` lines right above) says `same-as-en: …`.
fn marked_same_as_en(text: &str) -> BTreeSet<String> {
    let Ok(resource) = parser::parse(text) else {
        return BTreeSet::new();
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m)
                if m.comment
                    .as_ref()
                    .is_some_and(|c| c.content.iter().any(|l| l.trim_start().starts_with(SAME_AS_EN))) =>
            {
                Some(m.id.name.to_owned())
            }
            _ => None,
        })
        .collect()
}

/// The kanji of a message's source that no reading (`漢字《かんじ》`, `｜基《き》`) covers, except
/// a counter right after a placeable (`{ $days }日`), whose reading changes with the number.
/// The same convention as `madoguchi_i18n::furigana`; xtask does not depend on that crate so
/// that it builds in seconds.
fn kanji_without_reading(text: &str) -> String {
    let is_kanji = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' | '〆' | '〇' | 'ヶ');
    let mut bare = String::new();
    let mut run = String::new();
    let mut after_placeable = false;
    let mut in_reading = false;
    for c in text.chars() {
        if in_reading {
            in_reading = c != '》';
            continue;
        }
        if is_kanji(c) {
            run.push(c);
            continue;
        }
        if c == '《' {
            // The run before a reading is its base; an explicit `｜base` is not only kanji.
            run.clear();
            in_reading = true;
        } else if c != '｜' {
            if !after_placeable || run.is_empty() {
                bare.push_str(&run);
            }
            run.clear();
        }
        after_placeable = c == '}';
    }
    if !after_placeable {
        bare.push_str(&run);
    }
    bare
}

/// The text of each message: its `id =` line and the indented lines after it, trimmed.
fn message_sources(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_entry {
            if let Some((id, body)) = current.take() {
                out.insert(id, body.trim().to_owned());
            }
            if let Some((id, rest)) = line.split_once('=') {
                current = Some((id.trim().to_owned(), rest.trim().to_owned()));
            }
        } else if line.starts_with('#') || (line.trim().is_empty() && current.is_none()) {
            if let Some((id, body)) = current.take() {
                out.insert(id, body.trim().to_owned());
            }
        } else if let Some((_, body)) = current.as_mut() {
            body.push('\n');
            body.push_str(line.trim());
        }
    }
    if let Some((id, body)) = current {
        out.insert(id, body.trim().to_owned());
    }
    out
}

fn collect_variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_from_expression(expression, vars);
        }
    }
}

fn collect_from_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_from_inline(selector, vars);
            for variant in variants {
                collect_variables(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => collect_from_inline(inline, vars),
    }
}

fn collect_from_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_from_inline(arg, vars);
            }
            for arg in &arguments.named {
                collect_from_inline(&arg.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_from_expression(expression, vars),
        _ => {}
    }
}

/// Every `msg_id!("…")` in the Rust sources of the workspace.
fn ids_used_in_code(root: &Path) -> Result<BTreeSet<String>> {
    let mut ids = BTreeSet::new();
    for dir in ["crates", "ui/src", "src-tauri/src"] {
        for file in rust_files(&root.join(dir))? {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            ids.extend(ids_in(&text));
        }
    }
    Ok(ids)
}

fn ids_in(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("msg_id!(\"") {
        rest = &rest[at + "msg_id!(\"".len()..];
        if let Some(end) = rest.find('"') {
            ids.push(rest[..end].to_owned());
            rest = &rest[end..];
        }
    }
    ids
}

fn rust_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in sorted(dir)? {
        if path.is_dir() {
            out.extend(rust_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(out)
}

fn sorted(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(tag: &str, ftl: &str) -> Locale {
        Locale {
            tag: tag.to_owned(),
            messages: parse(ftl).unwrap().into_iter().collect(),
            same_as_en: marked_same_as_en(ftl),
        }
    }

    fn used(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    fn prints_for(ja: &Locale) -> impl Fn(&str) -> BTreeMap<String, String> + '_ {
        move |_| {
            ja.messages
                .iter()
                .map(|(id, (text, _))| (id.clone(), fingerprint(text)))
                .collect()
        }
    }

    #[test]
    fn a_complete_confirmed_locale_has_no_problems() {
        let ja = locale("ja", "hello = こんにちは、{ $name }さん\n");
        let en = locale("en", "hello = Hello, { $name }\n");
        let report = check(
            &[ja.clone_shallow(), en],
            &ja,
            &used(&["hello"]),
            &prints_for(&ja),
        );
        assert!(report.problems.is_empty(), "{:?}", report.problems);
    }

    #[test]
    fn an_id_used_in_code_but_missing_in_a_translation_is_reported() {
        let ja = locale("ja", "a = あ\nb = い\n");
        let en = locale("en", "a = A\n");
        let report = check(&[en], &ja, &used(&["a", "b"]), &prints_for(&ja));
        assert!(
            report.problems.iter().any(|p| p == "en: `b` is missing"),
            "{:?}",
            report.problems
        );
        assert!(report.table.contains("en"));
    }

    #[test]
    fn an_id_no_code_uses_is_reported() {
        let ja = locale("ja", "a = あ\nold = 古い\n");
        let report = check(&[], &ja, &used(&["a"]), &prints_for(&ja));
        assert!(report.problems.is_empty());
        let report = check(&[ja.clone_shallow()], &ja, &used(&["a"]), &prints_for(&ja));
        assert!(
            report
                .problems
                .iter()
                .any(|p| p.contains("`old` is used nowhere")),
            "{:?}",
            report.problems
        );
    }

    #[test]
    fn a_renamed_placeable_is_reported() {
        let ja = locale("ja", "hello = こんにちは、{ $name }さん\n");
        let en = locale("en", "hello = Hello, { $nom }\n");
        let report = check(&[en], &ja, &used(&["hello"]), &prints_for(&ja));
        assert!(
            report.problems.iter().any(|p| p.contains("placeables")),
            "{:?}",
            report.problems
        );
    }

    #[test]
    fn a_translation_of_an_older_japanese_text_is_stale() {
        let old_ja = locale("ja", "hello = こんにちは\n");
        let new_ja = locale("ja", "hello = こんにちは!\n");
        let en = locale("en", "hello = Hello\n");
        let report = check(&[en], &new_ja, &used(&["hello"]), &prints_for(&old_ja));
        assert!(
            report.problems.iter().any(|p| p.contains("stale")),
            "{:?}",
            report.problems
        );
    }

    #[test]
    fn plurals_and_selectors_count_their_variables() {
        let (_, (_, vars)) = parse("n = { $count ->\n    [one] one { $what }\n   *[other] { $count }\n}\n")
            .unwrap()
            .remove(0);
        assert_eq!(vars, used(&["count", "what"]));
    }

    #[test]
    fn a_file_that_does_not_parse_is_an_error() {
        assert!(parse("hello = { $name\n").is_err());
    }

    #[test]
    fn ids_are_found_only_inside_msg_id() {
        let code = r#"t(msg_id!("home-title")); let s = "not-an-id"; msg_id!("retry")"#;
        assert_eq!(ids_in(code), ["home-title", "retry"]);
    }

    #[test]
    fn english_left_in_another_locale_is_reported_unless_marked() {
        let ja = locale("ja", "name = まどぐち\nsave = 保存\n");
        let en = locale("en", "name = Madoguchi\nsave = Save\n");
        let vi = locale(
            "vi",
            "# same-as-en: a proper noun\nname = Madoguchi\nsave = Save\n",
        );
        let report = check(
            &[ja.clone_shallow(), en, vi],
            &ja,
            &used(&["name", "save"]),
            &prints_for(&ja),
        );
        assert_eq!(
            report.problems,
            ["vi: `save` is the English text; translate it, or put `# same-as-en: <why>` above it"]
        );
    }

    #[test]
    fn easy_japanese_needs_a_reading_on_every_kanji() {
        let ja = locale("ja", "a = 市役所の手続き\nb = { $days }日後\n");
        let good = locale(
            "ja-x-easy",
            "a = 市役所《しやくしょ》の 手続《てつづ》き\nb = あと { $days }日\n",
        );
        let report = check(&[good], &ja, &used(&["a", "b"]), &prints_for(&ja));
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        let bad = locale(
            "ja-x-easy",
            "a = 市役所《しやくしょ》の 手続き\nb = あと { $days }日\n",
        );
        let report = check(&[bad], &ja, &used(&["a", "b"]), &prints_for(&ja));
        assert_eq!(
            report.problems,
            ["ja-x-easy: `a` has kanji without a reading: 手続"]
        );
    }

    #[test]
    fn an_explicit_base_may_hold_any_script() {
        assert_eq!(
            kanji_without_reading("｜ATM《エーティーエム》と 窓口《まどぐち》"),
            ""
        );
        assert_eq!(kanji_without_reading("{ $n }件 と 件数"), "件数");
    }

    impl Locale {
        fn clone_shallow(&self) -> Locale {
            Locale {
                tag: self.tag.clone(),
                messages: self.messages.clone(),
                same_as_en: self.same_as_en.clone(),
            }
        }
    }
}
