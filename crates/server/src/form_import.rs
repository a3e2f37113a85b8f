//! Reading a city's form file (TOML, or JSON when the name ends in `.json`) into a checked
//! [`FormSchema`], for `madoguchi-server import-form` and the demo city. Every problem names the
//! file, the line and, where there is one, the field, so a city can fix its file without reading
//! code; a file with any problem imports nothing.

use madoguchi_domain::form::FormSchema;

/// Why a form file cannot be imported: one line per problem, `file:line: …`.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{}", problems.join("\n"))]
pub struct FormFileError {
    pub problems: Vec<String>,
}

/// The JSON Schema of a form file, for a city's editor (`docs/form-schema.json`): the
/// `FormSchema` definitions of the OpenAPI document (OpenAPI 3.1 schemas are JSON Schema 2020-12),
/// so it cannot drift from the types the import reads.
pub fn json_schema() -> serde_json::Value {
    let openapi = serde_json::to_value(crate::openapi::document()).unwrap_or_default();
    let text = openapi["components"]["schemas"]
        .to_string()
        .replace("#/components/schemas/", "#/$defs/");
    let all: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap_or_default();
    // Only what a form file can hold: the definitions FormSchema reaches, not the whole API's.
    let mut defs = serde_json::Map::new();
    let mut pending = vec!["FormSchema".to_owned()];
    while let Some(name) = pending.pop() {
        let Some(def) = all.get(&name).filter(|_| !defs.contains_key(&name)) else {
            continue;
        };
        let text = def.to_string();
        pending.extend(
            text.split("\"#/$defs/")
                .skip(1)
                .filter_map(|rest| rest.split('"').next().map(str::to_owned)),
        );
        defs.insert(name, def.clone());
    }
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://madoguchi.example/form-schema.json",
        "title": "A Madoguchi procedure form (madoguchi-server import-form)",
        "$ref": "#/$defs/FormSchema",
        "$defs": defs,
    })
}

/// Keys whose default value is left out when a schema is written back, so a raw key missing from
/// the round trip is unknown only if it is not one of these.
const DEFAULTED_KEYS: &[&str] = &["required", "multiline", "katakana", "maxFiles"];

/// Parses and checks one form file.
pub fn parse_form_file(file: &str, text: &str) -> Result<FormSchema, FormFileError> {
    let fail = |line: usize, what: String| FormFileError {
        problems: vec![format!("{file}:{line}: {what}")],
    };
    let (raw, parsed): (serde_json::Value, Result<FormSchema, FormFileError>) = if file.ends_with(".json") {
        let raw = serde_json::from_str(text).map_err(|e| fail(e.line(), e.to_string()))?;
        let parsed = serde_json::from_str(text).map_err(|e| fail(e.line(), e.to_string()));
        (raw, parsed)
    } else {
        let line_of = |e: &toml::de::Error| e.span().map_or(1, |s| line_at(text, s.start));
        let raw: toml::Value = toml::from_str(text).map_err(|e| fail(line_of(&e), e.message().to_owned()))?;
        let raw = serde_json::to_value(raw).map_err(|e| fail(1, e.to_string()))?;
        let parsed = toml::from_str(text).map_err(|e| fail(line_of(&e), e.message().to_owned()));
        (raw, parsed)
    };
    let schema = parsed?;
    let mut problems = Vec::new();
    // Serde ignores keys it does not know; a misspelt `requird = false` would silently keep the
    // field required, so every key must survive the round trip.
    let written = serde_json::to_value(&schema).map_err(|e| fail(1, e.to_string()))?;
    unknown_keys(&raw, &written, &mut |key| {
        problems.push(format!("{file}:{}: unknown key `{key}`", line_of_word(text, key)));
    });
    for problem in schema.check() {
        let line = match &problem.field {
            Some(id) => line_of_id(text, id.as_str(), occurrence(&schema, &problem.at, id.as_str())),
            None => line_of_word(text, top_key(&problem.at)),
        };
        problems.push(format!("{file}:{line}: {problem}"));
    }
    if problems.is_empty() {
        Ok(schema)
    } else {
        Err(FormFileError { problems })
    }
}

fn unknown_keys(raw: &serde_json::Value, written: &serde_json::Value, report: &mut impl FnMut(&str)) {
    use serde_json::Value;
    match (raw, written) {
        (Value::Object(raw), Value::Object(written)) => {
            for (key, value) in raw {
                match written.get(key) {
                    Some(w) => unknown_keys(value, w, report),
                    None if DEFAULTED_KEYS.contains(&key.as_str()) => {}
                    None => report(key),
                }
            }
        }
        (Value::Array(raw), Value::Array(written)) => {
            for (r, w) in raw.iter().zip(written) {
                unknown_keys(r, w, report);
            }
        }
        _ => {}
    }
}

/// Which occurrence of `id` (1 for the first) the step or field at `at` is, in file order: a
/// duplicate is reported at its second appearance, not its first.
fn occurrence(schema: &FormSchema, at: &str, id: &str) -> usize {
    let mut seen = 0;
    for (s, step) in schema.steps.iter().enumerate() {
        let step_at = format!("steps[{s}]");
        seen += usize::from(step.id.as_str() == id);
        if at == step_at || at.starts_with(&format!("{step_at}.title")) {
            return seen.max(1);
        }
        for (i, field) in step.fields.iter().enumerate() {
            seen += usize::from(field.id.as_str() == id);
            if at == format!("{step_at}.fields[{i}]") || at.starts_with(&format!("{step_at}.fields[{i}].")) {
                return seen.max(1);
            }
        }
    }
    1
}

/// The line of the `nth` line declaring `id = "<id>"` (TOML) or `"id": "<id>"` (JSON), or 1.
fn line_of_id(text: &str, id: &str, nth: usize) -> usize {
    let quoted = format!("\"{id}\"");
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let line = line.trim_start().trim_start_matches('"');
            line.starts_with("id")
                && line[2..].trim_start().starts_with(['=', '"', ':'])
                && line.contains(&quoted)
        })
        .nth(nth.saturating_sub(1))
        .map_or(1, |(index, _)| index + 1)
}

/// `steps[1].title` → `steps`: the key to look for when a problem has no field.
fn top_key(at: &str) -> &str {
    at.split(['[', '.']).next().unwrap_or(at)
}

/// The 1-based line of byte `offset`.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The first line that has `word`, or 1.
fn line_of_word(text: &str, word: &str) -> usize {
    text.find(word).map_or(1, |offset| line_at(text, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"procedure = "oversized-waste"
version = 1
title.ja = "粗大ごみの収集申し込み"

[[steps]]
id = "items"
title.ja = "出すもの"

[[steps.fields]]
id = "item"
type = "text"
label.ja = "品目"
"#;

    /// The same value with every object's keys in sorted order (how the file is written).
    fn sorted(value: serde_json::Value) -> serde_json::Value {
        match value {
            serde_json::Value::Object(map) => {
                let mut entries: Vec<_> = map.into_iter().collect();
                entries.sort_by(|a, b| a.0.cmp(&b.0));
                serde_json::Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
            }
            serde_json::Value::Array(items) => {
                serde_json::Value::Array(items.into_iter().map(sorted).collect())
            }
            other => other,
        }
    }

    #[test]
    fn the_editors_json_schema_in_docs_is_the_one_the_types_make() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/form-schema.json");
        if std::env::var_os("MADOGUCHI_WRITE_FORM_SCHEMA").is_some() {
            std::fs::write(path, format!("{:#}\n", sorted(json_schema()))).unwrap();
        }
        // Compared as JSON values: whether serde_json keeps insertion order depends on the features
        // other workspace crates turn on, so the text's key order may differ between builds.
        let kept: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default()).unwrap_or_default();
        assert!(
            sorted(kept) == sorted(json_schema()),
            "docs/form-schema.json is stale: run MADOGUCHI_WRITE_FORM_SCHEMA=1 cargo test -p madoguchi-server --lib form_import"
        );
        assert_eq!(
            json_schema()["$defs"]["FieldKind"]["oneOf"]
                .as_array()
                .map(Vec::len),
            Some(13)
        );
    }

    #[test]
    fn a_good_file_parses_in_toml_and_in_json() {
        let schema = parse_form_file("waste.toml", GOOD).unwrap();
        assert_eq!(schema.version, 1);
        let json = serde_json::to_string_pretty(&schema).unwrap();
        assert_eq!(parse_form_file("waste.json", &json).unwrap(), schema);
    }

    #[test]
    fn a_syntax_error_names_the_file_and_line() {
        let text = GOOD.replace("type = \"text\"", "type = text");
        let error = parse_form_file("waste.toml", &text).unwrap_err();
        assert!(error.problems[0].starts_with("waste.toml:11: "), "{error}");
    }

    #[test]
    fn an_unknown_field_type_and_a_misspelt_key_are_found_where_they_are() {
        let error = parse_form_file("waste.toml", &GOOD.replace("\"text\"", "\"colour\"")).unwrap_err();
        assert!(
            error.problems[0].starts_with("waste.toml:9: ")
                || error.problems[0].starts_with("waste.toml:11: "),
            "{error}"
        );
        assert!(error.problems[0].contains("colour"), "{error}");

        let error = parse_form_file("waste.toml", &format!("{GOOD}requird = false\n")).unwrap_err();
        assert_eq!(error.problems, ["waste.toml:13: unknown key `requird`"]);
    }

    #[test]
    fn a_rule_broken_inside_the_form_names_the_field_and_its_line() {
        let text =
            format!("{GOOD}\n[[steps.fields]]\nid = \"item\"\ntype = \"phone\"\nlabel.en = \"Phone\"\n");
        let error = parse_form_file("waste.toml", &text).unwrap_err();
        assert_eq!(
            error.problems,
            [
                "waste.toml:15: steps[0].fields[1] (item): this id is used twice",
                "waste.toml:15: steps[0].fields[1] (item): a label, hint or error has no Japanese (ja) text",
            ]
        );
    }
}
