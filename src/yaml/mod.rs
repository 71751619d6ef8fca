//! All YAML parsing lives here, so the parser can be swapped in one place.
//! serde_yaml reports where a syntax error is, but keeps no positions for
//! values it parsed; [`KeyIndex`] recovers those from the text, so semantic
//! problems can point at the line and column of the offending value.

mod budget;
mod flow_depth;
mod key_index;

pub(crate) use budget::{MAX_DEPTH, MAX_VALUES};
pub(crate) use key_index::{KeyIndex, Pos};

use serde::de::{DeserializeOwned, DeserializeSeed};

use crate::content::source::{SourceFile, line_column};
use crate::diagnostic::{Diagnostic, Location, Problem, closest, without_place};

/// Parses a whole file into `T`, or one diagnostic at the first problem.
/// The file is walked once to see that it stays within [`MAX_VALUES`] and
/// [`MAX_DEPTH`] before anything is built from it.
pub(crate) fn from_file<T: DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    indented_with_spaces(file)?;
    printable_only(file)?;
    within_limits(file)?;
    serde_yaml::from_str(&file.text).map_err(|e| syntax_error(file, &e))
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
        None => return Err(syntax_error(file, &e)),
    };
    let location = match e.location() {
        Some(_) => location_of(file, &e),
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

/// What serde_yaml found, in our terms: an unknown key (with the likely
/// intended one) or a value of the wrong kind get their own words and hint,
/// like the same mistakes found elsewhere; anything else is YAML syntax.
fn syntax_error(file: &SourceFile, e: &serde_yaml::Error) -> Diagnostic {
    let detail = without_place(&e.to_string());
    let location = location_of(file, e);
    if let Some((_, rest)) = detail.split_once("unknown field `") {
        // "unknown field `phon`, expected one of `name`, `phone`, …"
        let mut quoted = rest.split('`');
        let key = quoted.next().unwrap_or_default().to_string();
        let expected: Vec<&str> = quoted.skip(1).step_by(2).collect();
        let suggestion = closest(&key, expected);
        return Diagnostic::error(location, Problem::UnknownKey { key }).with_suggestion(suggestion);
    }
    if let Some(problem) = wrong_kind(&detail) {
        return Diagnostic::error(location, problem);
    }
    if detail.contains("invalid type:") || detail.contains("invalid value:") {
        return Diagnostic::error(location, Problem::BadValue { detail });
    }
    match common_mistake(file, &e.to_string(), &location) {
        Some((problem, location)) => Diagnostic::error(location, problem),
        None => Diagnostic::error(location, Problem::YamlSyntax { detail }),
    }
}

/// The parser's words for the mistakes authors make most, as problems of
/// our own (said in the reader's language), each where to look: the
/// opening of what was never closed, the second of two equal keys.
fn common_mistake(file: &SourceFile, message: &str, at: &Location) -> Option<(Problem, Location)> {
    let (problem, location) = if message.starts_with("mapping values are not allowed") {
        (Problem::YamlColonInText, at.clone())
    } else if message.starts_with("did not find expected key") {
        (Problem::YamlKeyExpected, at.clone())
    } else if message.starts_with("found unexpected end of stream") {
        (Problem::YamlUnclosed, context_location(file, message).unwrap_or_else(|| at.clone()))
    } else if message.starts_with("found character that cannot start any token") {
        let line = file.text.lines().nth(at.line.checked_sub(1)?)?;
        let character = line.chars().nth(at.column.checked_sub(1)?)?;
        (Problem::YamlCannotStart { character: character.to_string() }, at.clone())
    } else if message.starts_with("unknown anchor") {
        (Problem::YamlUnknownAnchor, at.clone())
    } else if let Some((_, rest)) = message.split_once("duplicate field `") {
        let key = rest.split('`').next().unwrap_or_default().to_string();
        let location = second_key(file, &key, at).unwrap_or_else(|| at.clone());
        (Problem::DuplicateKey { key }, location)
    } else {
        return None;
    };
    Some((problem, location))
}

/// Where what the parser was reading began: libyaml names it last, as in
/// "…, while scanning a quoted scalar at line 2 column 8".
fn context_location(file: &SourceFile, message: &str) -> Option<Location> {
    let (_, context) = message.rsplit_once(", while ")?;
    let (_, place) = context.rsplit_once(" at line ")?;
    let (line, column) = place.split_once(" column ")?;
    Some(Location::new(&file.path, line.trim().parse().ok()?, column.trim().parse().ok()?))
}

/// The second `key:` at one indentation, from the mapping at `from` on.
fn second_key(file: &SourceFile, key: &str, from: &Location) -> Option<Location> {
    let mut seen = Vec::new();
    for (number, line) in file.text.lines().enumerate().skip(from.line.saturating_sub(1)) {
        let rest = line.trim_start_matches(' ');
        let indent = line.len() - rest.len();
        let named = rest.strip_prefix(key).is_some_and(|after| after.trim_start().starts_with(':'));
        if !named {
            continue;
        }
        if seen.contains(&indent) {
            return Some(Location::new(&file.path, number + 1, indent + 1));
        }
        seen.push(indent);
    }
    None
}

/// serde's "nodes.wifi: invalid type: string \"x\", expected struct
/// RawNode" in the author's terms: which key, what kind of value it holds,
/// what kind it should hold (named as flows/README.md names them, never as
/// Rust types), and whether a colon without a space made text of a key.
fn wrong_kind(detail: &str) -> Option<Problem> {
    let (key, rest) = match detail.split_once(": invalid type: ") {
        Some((key, rest)) => (key.to_string(), rest),
        None => (String::new(), detail.strip_prefix("invalid type: ")?),
    };
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let found_kind = match found.split_whitespace().next().unwrap_or_default() {
        "string" => "text",
        "integer" | "floating" => "number",
        "boolean" => "yes-no",
        "sequence" => "list",
        "map" => "mapping",
        "unit" => "nothing",
        _ => "other",
    };
    let expected_kind = match expected.trim() {
        "struct RawNode" => "node",
        "struct RawOption" => "option",
        "struct RawRule" => "rule",
        "struct RawCondition" => "condition",
        "struct RawSource" => "source",
        "a map" => "mapping",
        "a sequence" => "list",
        "a string" => "text",
        "a boolean" => "yes-no",
        e if e.starts_with("struct ") => "mapping",
        e if e.starts_with('u') || e.starts_with('i') || e.starts_with('f') => "number",
        _ => "other",
    };
    // `step:x` is one piece of text to YAML: the colon needs a space.
    let quoted = found.split_once('"').map(|(_, q)| q).unwrap_or_default();
    let colon = found_kind == "text" && quoted.split(':').skip(1).any(|after| !after.starts_with(' '));
    Some(Problem::WrongKind {
        place: if key.is_empty() { "file" } else { "key" },
        key,
        found: found_kind.into(),
        expected: expected_kind.into(),
        colon: if colon { "yes" } else { "no" }.into(),
    })
}

fn location_of(file: &SourceFile, e: &serde_yaml::Error) -> Location {
    let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
    Location::new(&file.path, line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Pair {
        a: u32,
    }

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

    #[test]
    fn unknown_keys_and_wrong_kinds_say_so_in_our_words() {
        let file = SourceFile { path: "x.yaml".into(), text: "a: 1\nb: 2\n".into() };
        let d = from_file::<Pair>(&file).unwrap_err();
        assert_eq!(
            (d.location.to_string(), d.problem),
            ("x.yaml:2:1".into(), Problem::UnknownKey { key: "b".into() })
        );
        assert_eq!(d.suggestion.as_deref(), Some("a"));
        let file = SourceFile { path: "x.yaml".into(), text: "a: maybe\n".into() };
        assert_eq!(
            from_file::<Pair>(&file).unwrap_err().problem,
            Problem::WrongKind {
                place: "key",
                key: "a".into(),
                found: "text".into(),
                expected: "number".into(),
                colon: "no".into()
            }
        );
    }

    #[test]
    fn common_mistakes_are_problems_of_our_own_where_to_look() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Texts {
            a: Option<String>,
            b: Option<String>,
        }
        let cases: [(&str, &str, Problem); 6] = [
            ("a: b: c\n", "x.yaml:1:5", Problem::YamlColonInText),
            ("a: x\nb: \"open\n", "x.yaml:2:4", Problem::YamlUnclosed),
            ("a: @x\n", "x.yaml:1:4", Problem::YamlCannotStart { character: "@".into() }),
            ("a: *x\n", "x.yaml:1:4", Problem::YamlUnknownAnchor),
            ("a: 'it's'\n", "x.yaml:1:8", Problem::YamlKeyExpected),
            ("a: 1\na: 2\n", "x.yaml:2:1", Problem::DuplicateKey { key: "a".into() }),
        ];
        for (text, at, problem) in cases {
            let file = SourceFile { path: "x.yaml".into(), text: text.into() };
            let d = from_file::<Texts>(&file).unwrap_err();
            assert_eq!((d.location.to_string(), d.problem), (at.to_string(), problem), "{text}");
        }
    }

    #[test]
    fn syntax_errors_carry_their_place_once() {
        let file = SourceFile { path: "x.yaml".into(), text: "a: - 1\n".into() };
        let d = from_file::<Pair>(&file).unwrap_err();
        assert_eq!(&*d.location.file, "x.yaml");
        assert_eq!(d.location.to_string(), "x.yaml:1:4", "{d:?}");
        let Problem::YamlSyntax { detail } = d.problem else { panic!("{d:?}") };
        assert!(!detail.contains(" at line "), "{detail}");
    }
}
