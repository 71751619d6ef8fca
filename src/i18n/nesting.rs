//! How deep placeables (`{ … }`) and call arguments (`FN(…)`) nest in an
//! FTL file, measured before any parser sees it: fluent-syntax parses them
//! by recursion with no limit of its own, and a file of a thousand `{`
//! overflows the stack, which aborts the program.
//!
//! The measure follows the parser's own states, so that it never counts
//! less than the parser will recurse (counting more only refuses earlier):
//!
//! - in text (a message's value, a select variant's value) only `{` opens
//!   and `}` closes; `(`, `)` and `"` are letters there;
//! - in an expression (after `{`, inside `FN(`) a `"` starts a string that
//!   ends at its `"` or the line's end, `{` and `(` open, `}` closes a
//!   placeable and `)` a call, and `->` turns the placeable into a select,
//!   whose variants are text again;
//! - a line that starts an entry (`id =`, `-id =`) or a comment (`#` in the
//!   first column) is where the parser stands at depth 0, in a new entry or
//!   after skipping a broken one: the measure starts over there too.

/// Real messages nest three levels (a selector inside a placeable inside a
/// variant); this leaves room and stays far from any stack's end.
pub(crate) const MAX_FTL_NESTING: usize = 16;

/// What an open bracket is, as the parser sees it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// `{`: an expression follows.
    Placeable,
    /// `{ $x ->`: variants follow, whose values are text.
    Select,
    /// `FN(`: arguments, which are expressions.
    Call,
}

/// The byte offset of the first `{` or `(` nested deeper than
/// [`MAX_FTL_NESTING`], if any.
pub(crate) fn too_deep(text: &str) -> Option<usize> {
    let mut open: Vec<Frame> = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let offset = line_start;
        line_start += line.len();
        let bytes = line.as_bytes();
        if bytes.first() == Some(&b'#') {
            open.clear();
            continue;
        }
        if starts_entry(bytes) {
            open.clear();
        }
        // Outside placeables only `{` counts: most lines need no closer look
        // (this runs over every locale file before it is parsed).
        if open.is_empty() && !line.contains('{') {
            continue;
        }
        let mut in_string = false;
        let mut escaped = false;
        for (i, &byte) in bytes.iter().enumerate() {
            if in_string {
                match byte {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            let in_expression = matches!(open.last(), Some(Frame::Placeable | Frame::Call));
            let opened = match byte {
                b'{' => Some(Frame::Placeable),
                b'(' if in_expression => Some(Frame::Call),
                b'"' if in_expression => {
                    in_string = true;
                    None
                }
                b'}' => {
                    if matches!(open.last(), Some(Frame::Placeable | Frame::Select)) {
                        open.pop();
                    }
                    None
                }
                b')' => {
                    if open.last() == Some(&Frame::Call) {
                        open.pop();
                    }
                    None
                }
                b'-' if bytes.get(i + 1) == Some(&b'>') => {
                    if let Some(top @ Frame::Placeable) = open.last_mut() {
                        *top = Frame::Select;
                    }
                    None
                }
                _ => None,
            };
            if let Some(frame) = opened {
                open.push(frame);
                if open.len() > MAX_FTL_NESTING {
                    return Some(offset + i);
                }
            }
        }
    }
    None
}

/// Whether a line begins a message or term (`id =`, `-id =`): no placeable
/// can go on there, so the parser is at depth 0, in a new entry or
/// resuming after a broken one.
fn starts_entry(line: &[u8]) -> bool {
    let name = line.strip_prefix(b"-").unwrap_or(line);
    if !name.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let rest = name
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        .map_or(&[][..], |end| name.get(end..).unwrap_or_default());
    let rest =
        rest.iter().position(|b| *b != b' ').map_or(&[][..], |start| rest.get(start..).unwrap_or_default());
    rest.first() == Some(&b'=')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_messages_pass() {
        let text =
            "# a { comment\nhi = { $n ->\n  [one] { -brand } one { \"{\" }\n *[other] { NUMBER($n) }\n}\n";
        assert_eq!(too_deep(text), None);
    }

    #[test]
    fn runaway_braces_and_calls_are_found() {
        let braces = format!("a = {}x", "{ ".repeat(MAX_FTL_NESTING + 1));
        assert_eq!(too_deep(&braces), Some(4 + 2 * MAX_FTL_NESTING));
        let calls = format!("a = {{ {}", "F(".repeat(MAX_FTL_NESTING));
        assert!(too_deep(&calls).is_some());
    }

    #[test]
    fn braces_in_strings_and_text_parentheses_do_not_count() {
        let strings = format!("a = {{ \"{}\" }}", "{".repeat(100));
        assert_eq!(too_deep(&strings), None);
        assert_eq!(too_deep(&format!("a = {}", "(".repeat(100))), None);
    }

    /// The field trial's file: `)` in a variant's text closed nothing for
    /// the parser but a level for the old count; `"` there started no
    /// string for the parser but hid the rest of the line from the count.
    #[test]
    fn parentheses_and_quotes_in_variant_text_do_not_hide_depth() {
        for letter in [")", "\"", ") \"", "\" )"] {
            let n = 40;
            let text = format!(
                "ui-app-name = {{ $x ->\n   *[a] {letter} {}z{}\n}}\n",
                format!("{{ $x ->\n   *[a] {letter} ").repeat(n),
                "\n}".repeat(n)
            );
            assert!(too_deep(&text).is_some(), "{letter:?} hid the depth");
        }
    }

    #[test]
    fn a_broken_entry_does_not_carry_its_depth_or_string_into_the_next() {
        // An open call and an open string end with the entry for the parser.
        let text = "a = { F(\nb = \"x\" {{ {}\n# {{{{\nc = { \"{\" }\n".replace("{}", "");
        assert_eq!(too_deep(&text), None);
        // And a runaway entry after a broken one is still found.
        let runaway = format!("a = {{ F(\"\nb = \" {}", "{ ".repeat(MAX_FTL_NESTING + 1));
        assert!(too_deep(&runaway).is_some());
    }

    #[test]
    fn placeables_at_the_start_of_a_line_are_still_inside_their_entry() {
        let text = format!("a = {}\n", "{\nNUMBER(\n".repeat(MAX_FTL_NESTING));
        assert!(too_deep(&text).is_some());
    }
}
