//! All YAML parsing lives here, so the parser can be swapped in one place.
//! serde_yaml reports where a syntax error is, but keeps no positions for
//! values it parsed; [`KeyIndex`] recovers those from the text, so semantic
//! problems can point at the line and column of the offending value.

mod budget;
mod complaint;
mod flow_depth;
mod key_index;

pub(crate) use budget::{MAX_DEPTH, MAX_VALUES};
pub(crate) use key_index::{KeyIndex, Pos};

use serde::de::{DeserializeOwned, DeserializeSeed};

use crate::content::source::{SourceFile, line_column};
use crate::diagnostic::{Diagnostic, Location, Problem};

/// Parses a whole file into `T`, or one diagnostic at the first problem.
/// The file is walked once to see that it stays within [`MAX_VALUES`] and
/// [`MAX_DEPTH`] before anything is built from it.
pub(crate) fn from_file<T: DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    indented_with_spaces(file)?;
    printable_only(file)?;
    within_limits(file)?;
    serde_yaml::from_str(&file.text).map_err(|e| complaint::diagnostic(file, &e))
}

/// YAML indents with spaces only; a tab there makes a key belong somewhere
/// else, or nowhere, and the parser's complaint points at the wrong line.
/// The first tab in any line's indentation, at its line and column.
pub(crate) fn indented_with_spaces(file: &SourceFile) -> Result<(), Diagnostic> {
    for (number, line) in file.text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        if let Some(column) = line.get(..indent).and_then(|lead| lead.find('\t')) {
            let location = Location::new(&file.path, number + 1, column + 1);
            return Err(Diagnostic::error(location, Problem::TabIndent));
        }
    }
    Ok(())
}

/// YAML allows no control character but tab, line breaks and NEL, and the
/// parser names the first one by its byte offset alone. It is invisible in
/// most editors, so it is named by its code point, at its line and column.
fn printable_only(file: &SourceFile) -> Result<(), Diagnostic> {
    let allowed = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{85}') || !c.is_control();
    let Some((offset, c)) = file.text.char_indices().find(|(_, c)| !allowed(*c)) else { return Ok(()) };
    let (line, column) = line_column(&file.text, offset);
    let problem = Problem::ControlCharacter { code: format!("U+{:04X}", u32::from(c)) };
    Err(Diagnostic::error(Location::new(&file.path, line, column), problem))
}

/// A top-level string value read leniently, for naming a file whose full
/// parse failed (so links to it are not blamed as well).
pub(crate) fn top_level_string(file: &SourceFile, key: &str) -> Option<String> {
    within_limits(file).ok()?;
    let value: serde_yaml::Value = serde_yaml::from_str(&file.text).ok()?;
    value.get(key)?.as_str().map(str::to_string)
}

fn within_limits(file: &SourceFile) -> Result<(), Diagnostic> {
    if plainly_within_limits(&file.text) {
        return Ok(());
    }
    // Runaway nesting: only the text up to it is walked, which finds the
    // exact place (the parser keeps what it read before the cut).
    if let Some(cut) = flow_depth::runaway(&file.text) {
        let read = file.text.get(..cut).unwrap_or_default();
        match walk(file, read) {
            Err(d) if matches!(d.problem, Problem::NestingTooDeep { .. } | Problem::TooManyValues { .. }) => {
                return Err(d);
            }
            _ => {}
        }
    }
    walk(file, &file.text)
}

/// Counts the values and the depth of `text` (all or the start of `file`).
fn walk(file: &SourceFile, text: &str) -> Result<(), Diagnostic> {
    let budget = budget::Budget::new();
    let walked = budget.walker().deserialize(serde_yaml::Deserializer::from_str(text));
    let Err(e) = walked else { return Ok(()) };
    // serde_yaml's repetition limit, when it strikes first, is the same
    // problem; it says so only in words. (Its recursion limit, 128, is far
    // beyond the walk's MAX_DEPTH, so cannot.)
    let message = e.to_string();
    let problem = match budget.exceeded() {
        Some(budget::Exceeded::Values) => Problem::TooManyValues { limit: MAX_VALUES },
        Some(budget::Exceeded::Depth) => Problem::NestingTooDeep { limit: MAX_DEPTH },
        None if message.starts_with("repetition limit exceeded") => {
            Problem::TooManyValues { limit: MAX_VALUES }
        }
        None => return Err(complaint::diagnostic(file, &e)),
    };
    let location = match e.location() {
        Some(_) => complaint::location_of(file, &e),
        // serde_yaml's own limit gives no place: the first alias is where
        // the repeating starts.
        None => first_alias(text).map_or_else(
            || Location::file(&file.path),
            |(line, column)| Location::new(&file.path, line, column),
        ),
    };
    Err(Diagnostic::error(location, problem))
}

/// Line and column (1-based) of the first `*name` that starts a value.
fn first_alias(text: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(number, line)| {
        let mut before = ' ';
        for (column, c) in line.chars().enumerate() {
            if c == '#' && before.is_whitespace() {
                return None;
            }
            if c == '*' && (before.is_whitespace() || "[{,:".contains(before)) {
                return Some((number + 1, column + 1));
            }
            before = c;
        }
        None
    })
}

/// Whether a glance at the text shows the counting walk cannot fail, so it
/// can be spared (it is a whole second parse): no anchor, so nothing
/// expands; too few bytes for [`MAX_VALUES`] values (each takes two at
/// least); and nesting no deeper than [`MAX_DEPTH`]. A level nested in block
/// style takes one more leading space, dash or question mark; one in flow
/// style takes a bracket; so their counts bound the depth from above. Any
/// doubt goes to the walk.
fn plainly_within_limits(text: &str) -> bool {
    if text.len() >= 2 * MAX_VALUES || text.contains('&') {
        return false;
    }
    let brackets = text.bytes().filter(|b| matches!(b, b'[' | b'{')).count();
    let block =
        text.lines().map(|line| line.len() - line.trim_start_matches([' ', '-', '?']).len() + 1).max();
    block.unwrap_or(0) + brackets <= MAX_DEPTH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_is_spared_only_where_it_could_not_fail() {
        let flow = "id: a\nnodes:\n  x:\n    options:\n      - label: l\n        next: y\n";
        assert!(plainly_within_limits(flow));
        let over = MAX_DEPTH + 1;
        let deep_block: String = (0..over).map(|d| format!("{}k{d}:\n", " ".repeat(d))).collect();
        let deep_flow = format!("a: {}1{}", "[".repeat(over), "]".repeat(over));
        let deep_dashes = format!("{}x", "- ".repeat(over));
        let anchored = "a: &x [1]\nb: *x\n";
        let many = "- 1\n".repeat(MAX_VALUES / 2);
        for text in [&deep_block, &deep_flow, &deep_dashes, anchored, &many] {
            assert!(!plainly_within_limits(text), "{text:.60}");
        }
        // What it spares, the walk would have passed.
        let file = SourceFile { path: "a.yaml".into(), text: flow.into() };
        assert!(
            budget::Budget::new()
                .walker()
                .deserialize(serde_yaml::Deserializer::from_str(&file.text))
                .is_ok()
        );
    }

    #[test]
    fn a_tab_in_the_indentation_is_named_at_its_place() {
        let file = SourceFile { path: "x.yaml".into(), text: "a: 1\nb:\n \tc: 2\n".into() };
        let d = indented_with_spaces(&file).unwrap_err();
        assert_eq!((d.location.to_string(), d.problem), ("x.yaml:3:2".into(), Problem::TabIndent));
        let fine = SourceFile { path: "x.yaml".into(), text: "a: \"tab\there\"\n".into() };
        assert!(indented_with_spaces(&fine).is_ok());
    }
}
