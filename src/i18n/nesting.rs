//! How deep placeables (`{ … }`) and call arguments (`FN(…)`) nest in an
//! FTL file, measured before any parser sees it: fluent-syntax parses them
//! by recursion with no limit of its own, and a file of a thousand `{`
//! overflows the stack, which aborts the program.

/// Real messages nest three levels (a selector inside a placeable inside a
/// variant); this leaves room and stays far from any stack's end.
pub const MAX_FTL_NESTING: usize = 16;

/// The byte offset of the first `{` or `(` nested deeper than
/// [`MAX_FTL_NESTING`], if any. String literals (`"…"`, only inside
/// placeables, ending at the line) and comment lines are skipped; any other
/// `{` opens a placeable, so counting errs on the safe side.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let offset = line_start;
        line_start += line.len();
        // Strings and comments end with their line, and outside placeables
        // only `{` counts: most lines need no closer look (this runs over
        // every locale file before it is parsed).
        if depth == 0 && !line.contains('{') {
            continue;
        }
        let mut in_string = false;
        let mut escaped = false;
        for (i, byte) in line.bytes().enumerate() {
            if in_string {
                match byte {
                    b'\\' if !escaped => escaped = true,
                    b'"' if !escaped => in_string = false,
                    _ => escaped = false,
                }
                continue;
            }
            match byte {
                // A comment line: nothing on it counts.
                b'#' if i == 0 && depth == 0 => break,
                b'"' if depth > 0 => {
                    in_string = true;
                    escaped = false;
                }
                b'{' | b'(' if byte == b'{' || depth > 0 => {
                    depth += 1;
                    if depth > MAX_FTL_NESTING {
                        return Some(offset + i);
                    }
                }
                b'}' | b')' if depth > 0 => depth -= 1,
                _ => {}
            }
        }
    }
    None
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
}
