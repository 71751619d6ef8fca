//! What serde_yaml and the libyaml parser beneath it say about a file, as
//! problems of our own: worded in the reader's language, with a hint, each
//! at the place an author should look (the opening of what was never
//! closed, the line that lacks its colon). Their English reaches a reader
//! only for a complaint no file within the loader's limits can cause.

use crate::content::source::SourceFile;
use crate::diagnostic::{Diagnostic, Location, Problem, closest, without_place};

/// `e` as a diagnostic of our own where there is one, else YAML syntax in
/// the parser's words.
pub(super) fn diagnostic(file: &SourceFile, e: &serde_yaml::Error) -> Diagnostic {
    let message = e.to_string();
    let detail = without_place(&message);
    let location = location_of(file, e);
    if let Some((_, rest)) = detail.split_once("unknown field `") {
        // "unknown field `phon`, expected one of `name`, `phone`, …"
        let mut quoted = rest.split('`');
        let key = quoted.next().unwrap_or_default().to_string();
        let expected: Vec<&str> = quoted.skip(1).step_by(2).collect();
        let suggestion = closest(&key, expected);
        return Diagnostic::error(location, Problem::UnknownKey { key }).with_suggestion(suggestion);
    }
    if let Some(problem) = wrong_kind(&detail).or_else(|| missing_key(&detail)) {
        return Diagnostic::error(location, problem);
    }
    match parser_complaint(file, &message, &location) {
        Some((problem, location)) => Diagnostic::error(location, problem),
        None => Diagnostic::error(location, Problem::YamlSyntax { detail }),
    }
}

pub(super) fn location_of(file: &SourceFile, e: &serde_yaml::Error) -> Location {
    let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
    Location::new(&file.path, line, column)
}

/// libyaml's words, "PROBLEM at line L column C, while CONTEXT at line …",
/// sorted into the mistakes they come from. The context tells apart what
/// the problem's words alone do not: a bad character after `&`, `*` or
/// `!` is a mark's, after `|` or `>` a block of text's.
fn parser_complaint(file: &SourceFile, message: &str, at: &Location) -> Option<(Problem, Location)> {
    let (said, context) = match message.split_once(", while ") {
        Some((said, context)) => (without_place(said), without_place(context)),
        None => (without_place(message), String::new()),
    };
    let opened = || context_location(file, message).unwrap_or_else(|| at.clone());
    let here = at.clone();
    let found = match said.as_str() {
        "mapping values are not allowed in this context" | "found unexpected ':'" => {
            (Problem::YamlColonInText, here)
        }
        "did not find expected key" => (Problem::YamlKeyExpected, here),
        "found unexpected end of stream" => (Problem::YamlUnclosed, opened()),
        "found character that cannot start any token" | "mapping keys are not allowed in this context" => {
            (Problem::YamlCannotStart { character: character_at(file, at)? }, here)
        }
        "unknown anchor" | "found undefined alias" => (Problem::YamlUnknownAnchor, here),
        "did not find expected ',' or ']'" => (Problem::YamlListUnclosed, here),
        "did not find expected ',' or '}'" => (Problem::YamlMappingUnclosed, here),
        "could not find expected ':'" => (Problem::YamlColonMissing, opened()),
        "did not find expected node content" => (Problem::YamlValueExpected, here),
        "did not find expected '-' indicator" => (Problem::YamlListItemExpected, here),
        "block sequence entries are not allowed in this context" => (Problem::YamlDashAfterKey, here),
        said if said.starts_with("found a tab character") => (Problem::TabIndent, here),
        // "nodes.wifi: duplicate field `step`"
        said if said.contains("duplicate field `") => {
            let key = said.split('`').nth(1).unwrap_or_default().to_string();
            let location = second_key(file, &key, at).unwrap_or(here);
            (Problem::DuplicateKey { key }, location)
        }
        said if is_about_documents(said, &context) => {
            (Problem::YamlDocument, document_marker(file).unwrap_or(here))
        }
        _ if ["anchor", "alias", "tag"].iter().any(|mark| context.ends_with(mark))
            || said == "found undefined tag handle" =>
        {
            let start = opened();
            (Problem::YamlMark { character: character_at(file, &start)? }, start)
        }
        _ if context.ends_with("block scalar") => (Problem::YamlBlockText, opened()),
        "found unknown escape character"
        | "did not find expected hexadecimal number"
        | "found invalid Unicode character escape code" => (Problem::YamlEscape, here),
        _ => return None,
    };
    Some(found)
}

/// `---`, `...` and `%` directives: a file holds one document.
fn is_about_documents(said: &str, context: &str) -> bool {
    said.starts_with("deserializing from YAML containing more than one document")
        || said.contains("directive")
        || context.contains("directive")
        || said.contains("document")
}

/// The first `---` or `...` line after content: where a second document
/// begins (serde_yaml names no place for it).
fn document_marker(file: &SourceFile) -> Option<Location> {
    let mut content = false;
    for (number, line) in file.text.lines().enumerate() {
        let marker = ["---", "..."].iter().any(|m| {
            line.strip_prefix(m).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
        });
        if marker && content {
            return Some(Location::new(&file.path, number + 1, 1));
        }
        let trimmed = line.trim_start();
        content |= !marker && !trimmed.is_empty() && !trimmed.starts_with(['#', '%']);
    }
    None
}

/// The character at a 1-based line and column, as text.
fn character_at(file: &SourceFile, at: &Location) -> Option<String> {
    let line = file.text.lines().nth(at.line.checked_sub(1)?)?;
    line.chars().nth(at.column.checked_sub(1)?).map(String::from)
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

/// serde's "nodes.a.options[0]: missing field `next`": which key lacks
/// which (the whole file when there is no path).
fn missing_key(detail: &str) -> Option<Problem> {
    let (key, rest) = match detail.split_once(": missing field `") {
        Some((key, rest)) => (key.to_string(), rest),
        None => (String::new(), detail.strip_prefix("missing field `")?),
    };
    Some(Problem::MissingKey {
        place: if key.is_empty() { "file" } else { "key" },
        key,
        needs: rest.split('`').next().unwrap_or_default().to_string(),
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::from_file;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Pair {
        a: u32,
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Texts {
        a: Option<String>,
        b: Option<String>,
        c: Option<Vec<String>>,
        d: Option<std::collections::BTreeMap<String, String>>,
    }

    fn problem_at<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> (String, Problem) {
        let file = SourceFile { path: "x.yaml".into(), text: text.into() };
        let d = from_file::<T>(&file).unwrap_err();
        (d.location.to_string(), d.problem)
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
        assert_eq!(
            problem_at::<Pair>("a: maybe\n").1,
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
    fn a_missing_key_is_named_with_what_lacks_it() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Outer {
            id: String,
            list: Vec<Pair>,
        }
        assert_eq!(
            problem_at::<Outer>("list: []\n").1,
            Problem::MissingKey { place: "file", key: String::new(), needs: "id".into() }
        );
        assert_eq!(
            problem_at::<Outer>("id: x\nlist:\n  - {}\n"),
            (
                "x.yaml:3:5".into(),
                Problem::MissingKey { place: "key", key: "list[0]".into(), needs: "a".into() }
            )
        );
    }

    /// Every kind of mistake libyaml reports, in our words and where to
    /// look: none of them reaches an author in the parser's English.
    #[test]
    fn the_parsers_complaints_are_problems_of_our_own_where_to_look() {
        let cases: &[(&str, &str, Problem)] = &[
            ("a: b: c\n", "x.yaml:1:5", Problem::YamlColonInText),
            ("a:\n  b\n c: d\n", "x.yaml:3:3", Problem::YamlColonInText),
            ("a: x\nb: \"open\n", "x.yaml:2:4", Problem::YamlUnclosed),
            ("a: @x\n", "x.yaml:1:4", Problem::YamlCannotStart { character: "@".into() }),
            ("a: ? b\n", "x.yaml:1:4", Problem::YamlCannotStart { character: "?".into() }),
            ("a: *x\n", "x.yaml:1:4", Problem::YamlUnknownAnchor),
            ("a: 'it's'\n", "x.yaml:1:8", Problem::YamlKeyExpected),
            ("a: 1\na: 2\n", "x.yaml:2:1", Problem::DuplicateKey { key: "a".into() }),
            ("c: [x, y\nb: z\n", "x.yaml:2:2", Problem::YamlListUnclosed),
            ("d: {b: c\n", "x.yaml:2:1", Problem::YamlMappingUnclosed),
            ("c:\n  - x\n  y\n", "x.yaml:3:3", Problem::YamlColonMissing),
            ("a: ,\n", "x.yaml:1:4", Problem::YamlValueExpected),
            ("a: - 1\n", "x.yaml:1:4", Problem::YamlDashAfterKey),
            ("c:\n  - x\n  b: y\n", "x.yaml:3:3", Problem::YamlListItemExpected),
            ("a: \"x \\q\"\n", "x.yaml:1:7", Problem::YamlEscape),
            ("a: \"\\u12\"\n", "x.yaml:1:7", Problem::YamlEscape),
            ("a: |x\n  text\n", "x.yaml:1:4", Problem::YamlBlockText),
            ("a: |0\n  text\n", "x.yaml:1:4", Problem::YamlBlockText),
            ("a: & b\n", "x.yaml:1:4", Problem::YamlMark { character: "&".into() }),
            ("a: !<x b\n", "x.yaml:1:4", Problem::YamlMark { character: "!".into() }),
            ("a: !x!y b\n", "x.yaml:1:4", Problem::YamlMark { character: "!".into() }),
            ("a: x\n---\nb: y\n", "x.yaml:2:1", Problem::YamlDocument),
            ("a: x\n...\nb\n", "x.yaml:2:1", Problem::YamlDocument),
            ("%FOO\n---\na: x\n", "x.yaml:1:5", Problem::YamlDocument),
            ("%YAML 2.0\n---\na: x\n", "x.yaml:1:1", Problem::YamlDocument),
            ("a: \"x\" y\n", "x.yaml:1:8", Problem::YamlKeyExpected),
        ];
        for (text, at, problem) in cases {
            assert_eq!(problem_at::<Texts>(text), (at.to_string(), problem.clone()), "{text}");
        }
    }
}
