//! Reading a city's booking file (TOML) for `madoguchi-server import-booking` and the demo city:
//! services, counters, opening hours, the booking window, the change deadline, local closure days
//! and the counter's phone number (see `docs/booking.md`). Every problem names the file and the
//! line, and the file is imported only when it has none.

use madoguchi_domain::booking::{BookingConfig, CheckedConfig, ConfigProblem};

/// Why a booking file cannot be imported: one line per problem, `file:line: …`.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{}", problems.join("\n"))]
pub struct BookingFileError {
    pub problems: Vec<String>,
}

/// Parses and checks one booking file.
pub fn parse_booking_file(
    file: &str,
    text: &str,
) -> Result<(BookingConfig, CheckedConfig), BookingFileError> {
    let config: BookingConfig = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_at(text, s.start));
        BookingFileError {
            problems: vec![format!("{file}:{line}: {}", e.message())],
        }
    })?;
    match config.check() {
        Ok(checked) => Ok((config, checked)),
        Err(problems) => Err(BookingFileError {
            problems: problems
                .iter()
                .map(|p| format!("{file}:{}: {p}", line_of(text, p)))
                .collect(),
        }),
    }
}

/// The line a problem is at: the key its path ends in, looked for from the line declaring the
/// service's or counter's id (or from the top of the file).
fn line_of(text: &str, problem: &ConfigProblem) -> usize {
    let start = problem
        .id
        .as_deref()
        .and_then(|id| {
            let quoted = format!("\"{id}\"");
            text.lines().position(|line| {
                let line = line.trim_start();
                line.starts_with("id") && line[2..].trim_start().starts_with('=') && line.contains(&quoted)
            })
        })
        .unwrap_or(0);
    let last = problem.at.rsplit('.').next().unwrap_or(&problem.at);
    let key = last.split('[').next().unwrap_or(last);
    let has_key = |line: &str| {
        let line = line.trim_start().trim_start_matches('[');
        line.starts_with(key) || line.contains(&format!("{key} =")) || line.contains(&format!(".{key}"))
    };
    let found = match (key, problem.id.is_some()) {
        // A problem with a whole service or counter is at its id.
        ("services" | "counters", true) => None,
        _ => text.lines().skip(start).position(has_key).map(|n| n + start),
    };
    found.unwrap_or(start) + 1
}

/// The 1-based line of byte `offset`.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_file_is_good() {
        let (config, checked) = parse_booking_file("booking.toml", crate::demo::BOOKING).unwrap();
        assert_eq!(config.services.len(), 3);
        assert_eq!(checked.counters.len(), config.counters.len());
    }

    #[test]
    fn a_syntax_error_or_an_unknown_key_names_its_line() {
        let text = crate::demo::BOOKING.replacen("capacity = ", "capacty = ", 1);
        let error = parse_booking_file("b.toml", &text).unwrap_err();
        let line = text.lines().position(|l| l.contains("capacty")).unwrap() + 1;
        assert!(
            error.problems[0].starts_with(&format!("b.toml:{line}: ")),
            "{error}"
        );
        assert!(error.problems[0].contains("capacty"), "{error}");
    }

    #[test]
    fn a_broken_rule_names_the_line_of_the_value_at_fault() {
        let text = crate::demo::BOOKING.replacen("capacity = 3", "capacity = 0", 1);
        let error = parse_booking_file("b.toml", &text).unwrap_err();
        let line = text.lines().position(|l| l.contains("capacity = 0")).unwrap() + 1;
        assert_eq!(error.problems.len(), 1, "{error}");
        assert!(
            error.problems[0].starts_with(&format!("b.toml:{line}: counters[0].capacity")),
            "{error}"
        );
    }
}
