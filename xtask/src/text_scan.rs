//! `cargo xtask text-scan`: fails when user-visible text is written in Rust or CSS instead of coming
//! from `locales/`. A reviewer would catch most of it; this catches it every time.
//!
//! Scanned: the UI's Rust (`ui/src`, `crates/ui-kit/src`, outside test code) and every stylesheet
//! (`assets/css`, each component's `style.css`). A Rust string literal is flagged when it holds
//! Japanese (kana, kanji, full-width forms), reads like an English phrase (two or more words with a
//! capital or final punctuation), or is one capitalised word that is not a key name. In CSS, any
//! `content:` with text is flagged, as is any non-ASCII character outside `font-family` names.
//! A literal on a line marked `// sample input: <why>` is skipped: what an example pretends a
//! resident typed (a name, a wrong reading) is data, the same in every language, not the app's text.
//! The other half of the guard is the kit's SSR test that every example renders differently in ja
//! and en.

use std::path::{Path, PathBuf};

use crate::paths;
use crate::step::Result;

/// `KeyboardEvent.key` values and similar identifiers that look like words but are not text.
const KEY_NAMES: &[&str] = &["Tab", "Home", "End", "Enter", "Escape", "Space"];

/// Marks a line whose literals are sample input, not text the app shows of its own.
const SAMPLE_INPUT_MARK: &str = "// sample input: ";

pub fn main() -> Result {
    let root = paths::root();
    let mut problems = Vec::new();
    let mut files = 0;
    for dir in ["ui/src", "crates/ui-kit/src"] {
        for file in files_with(&root.join(dir), "rs")? {
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if name == "tests.rs" || name == "test_support.rs" {
                continue;
            }
            files += 1;
            for (line, why, literal) in rust_file_problems(&read(&file)?) {
                problems.push(format!("{}:{line}: {why}: {literal:?}", shown(&root, &file)));
            }
        }
    }
    let mut css = files_with(&root.join("assets/css"), "css")?;
    css.extend(files_with(&root.join("crates/ui-kit/src"), "css")?);
    for file in css {
        files += 1;
        for (line, why) in css_problems(&read(&file)?) {
            problems.push(format!("{}:{line}: {why}", shown(&root, &file)));
        }
    }
    if problems.is_empty() {
        println!("    text scan: {files} files, no user-visible text outside locales/");
        Ok(())
    } else {
        for p in &problems {
            eprintln!("    text scan: {p}");
        }
        Err(format!(
            "{} hard-coded texts: move them to locales/ and name them with msg_id!",
            problems.len()
        ))
    }
}

/// The literals of a Rust file that look like user-visible text: (line, why, literal). Test
/// modules at the end and lines marked as sample input are skipped.
fn rust_file_problems(text: &str) -> Vec<(usize, &'static str, String)> {
    let lines: Vec<&str> = text.lines().collect();
    rust_literals(strip_test_modules(text))
        .into_iter()
        .filter(|(line, _)| {
            !lines
                .get(line.saturating_sub(1))
                .is_some_and(|l| l.contains(SAMPLE_INPUT_MARK))
        })
        .filter_map(|(line, literal)| rust_literal_problem(&literal).map(|why| (line, why, literal)))
        .collect()
}

fn read(file: &Path) -> Result<String> {
    std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))
}

fn shown(root: &Path, file: &Path) -> String {
    file.strip_prefix(root).unwrap_or(file).display().to_string()
}

fn files_with(dir: &Path, extension: &str) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(files_with(&path, extension)?);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
    Ok(out)
}

/// The source up to its first `#[cfg(test)]` module (by convention test modules close a file).
fn strip_test_modules(text: &str) -> &str {
    let mut at = 0;
    while let Some(found) = text[at..].find("#[cfg(test)]") {
        let start = at + found;
        let rest = text[start + "#[cfg(test)]".len()..].trim_start();
        if rest.starts_with("mod ")
            && rest
                .split_once('\n')
                .is_some_and(|(l, _)| l.trim_end().ends_with('{'))
        {
            return &text[..start];
        }
        at = start + 1;
    }
    text
}

fn is_japanese(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Why a Rust string literal looks like user-visible text, if it does.
fn rust_literal_problem(literal: &str) -> Option<&'static str> {
    if literal.chars().any(is_japanese) {
        return Some("Japanese text");
    }
    if literal.chars().any(|c| "{}-_/#=<>@$%|\\".contains(c)) {
        return None; // format strings, class lists, selectors, paths, ids
    }
    let words: Vec<&str> = literal.split_whitespace().collect();
    let wordy = words.iter().all(|w| {
        w.trim_end_matches(['.', ',', '!', '?', ':'])
            .chars()
            .all(|c| c.is_ascii_alphabetic())
    });
    let capital = literal.chars().any(|c| c.is_ascii_uppercase());
    let punctuated = literal.trim_end().ends_with(['.', '!', '?', ':']);
    if words.len() >= 2 && wordy && (capital || punctuated) {
        return Some("an English phrase");
    }
    let single_capitalised = words.len() == 1
        && literal.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && literal.chars().skip(1).all(|c| c.is_ascii_lowercase());
    if single_capitalised && literal.len() > 1 && !KEY_NAMES.contains(&literal) {
        return Some("an English word");
    }
    None
}

/// Every string literal in Rust source with its line, skipping comments and char literals.
fn rust_literals(source: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let start_line = line;
            let mut text = String::new();
            j += 1;
            while j < chars.len() {
                if chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) {
                    break;
                }
                line += usize::from(chars[j] == '\n');
                text.push(chars[j]);
                j += 1;
            }
            out.push((start_line, text));
            i = j + 1 + hashes;
        } else if c == '"' {
            let start_line = line;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                    if chars.get(i) == Some(&'\n') {
                        line += 1;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    text.push(chars[i]);
                }
                i += 1;
            }
            out.push((start_line, text));
            i += 1;
        } else if c == '\'' {
            // A char literal ('"', '\'', 'x') or a lifetime ('a): skip a char literal whole.
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Text in CSS: `content` with words, or non-ASCII outside `font-family`.
fn css_problems(css: &str) -> Vec<(usize, String)> {
    let mut problems = Vec::new();
    let mut in_comment = false;
    for (n, raw) in css.lines().enumerate() {
        let mut line = String::new();
        let mut rest = raw;
        loop {
            if in_comment {
                match rest.find("*/") {
                    Some(end) => {
                        rest = &rest[end + 2..];
                        in_comment = false;
                    }
                    None => break,
                }
            } else {
                match rest.find("/*") {
                    Some(start) => {
                        line.push_str(&rest[..start]);
                        rest = &rest[start + 2..];
                        in_comment = true;
                    }
                    None => {
                        line.push_str(rest);
                        break;
                    }
                }
            }
        }
        let line = line.trim();
        if let Some(at) = line
            .find("content:")
            .filter(|at| *at == 0 || !line[..*at].ends_with('-'))
        {
            let value = line[at + "content:".len()..]
                .split([';', '}'])
                .next()
                .unwrap_or_default()
                .trim();
            if value != "\"\"" && value != "''" && value != "none" {
                problems.push((n + 1, format!("text in `content`: {value}")));
            }
        }
        if !line.starts_with("--mg-font-family") && !line.starts_with("font-family") && !line.is_ascii() {
            problems.push((n + 1, format!("non-ASCII text: {line}")));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(source: &str) -> Vec<String> {
        rust_literals(source)
            .into_iter()
            .filter(|(_, l)| rust_literal_problem(l).is_some())
            .map(|(_, l)| l)
            .collect()
    }

    #[test]
    fn japanese_in_a_view_is_flagged() {
        assert_eq!(flagged(r#"view! { <p>"送信する"</p> }"#), ["送信する"]);
    }

    #[test]
    fn an_english_label_is_flagged_but_ids_classes_and_keys_are_not() {
        let source = r#"
            let a = "Skip to main content";
            let b = "Close";
            let c = msg_id!("kit-button-save");
            let d = "mg-button mg-button--primary";
            if key == "Escape" || key == "ArrowLeft" {}
            let e = format!("{id}-title");
            let f = "noopener noreferrer";
        "#;
        assert_eq!(flagged(source), ["Skip to main content", "Close"]);
    }

    #[test]
    fn comments_and_char_literals_are_not_text() {
        let source = "// Say \"Hello there.\" here\nlet q = '\"'; /* \"Not this.\" */ let s = \"ok\";";
        assert!(flagged(source).is_empty(), "{:?}", flagged(source));
    }

    #[test]
    fn sample_input_is_skipped_only_on_its_marked_line() {
        let source = "let a = \"花子\"; // sample input: a name as typed\nlet b = \"送信する\";\n";
        let found: Vec<_> = rust_file_problems(source)
            .into_iter()
            .map(|(l, _, s)| (l, s))
            .collect();
        assert_eq!(found, [(2, "送信する".to_owned())]);
    }

    #[test]
    fn test_modules_at_the_end_of_a_file_are_skipped() {
        let source = "fn a() {}\n#[cfg(test)]\nmod tests {\n    fn t() { assert_eq!(x, \"送信する\"); }\n}\n";
        assert!(flagged(strip_test_modules(source)).is_empty());
    }

    #[test]
    fn text_in_css_content_is_flagged_but_font_names_are_not() {
        let css = "a::after { content: \"（新しいタブ）\"; }\nb::before {\n  content: \"\";\n}\n:root {\n  --mg-font-family: \"BIZ UDPゴシック\";\n}\n/* コメント */\n";
        let lines: Vec<usize> = css_problems(css).into_iter().map(|(l, _)| l).collect();
        assert_eq!(lines, [1, 1]);
    }
}
