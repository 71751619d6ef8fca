//! How deep flow collections (`[…]`, `{…}`) nest, read from the text the
//! way the parser reads it, before the parser sees it. The YAML parser
//! (libyaml, inside serde_yaml) reads a whole document before anything
//! checks its depth, and its work per token grows with the flow nesting:
//! 200 000 opening brackets, well within the size limit, took hours. The
//! text past the place where the nesting runs away is not given to it.

use super::MAX_DEPTH;

/// Nesting this deep is cut off unread: well past [`MAX_DEPTH`], so the
/// depth check still finds the exact place, and shallow enough that the
/// parser's cost per token stays small.
pub(super) const RUNAWAY: usize = 4 * MAX_DEPTH;

/// Where (a byte offset) flow collections first nest deeper than
/// [`RUNAWAY`], if they do. Brackets in comments, quoted text, block
/// scalars and plain text are text. A misreading costs only time: the text
/// cut here still goes to the parser, and were the nesting not found in it
/// the whole text is checked after all.
pub(super) fn runaway(text: &str) -> Option<usize> {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    // The indentation of the line that started a block scalar (`|`, `>`):
    // the lines indented further are its text.
    let mut block_scalar: Option<usize> = None;
    // Whether a node may start here: only there does a bracket or a quote
    // open something.
    let mut node_start = true;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let indent = line.len() - line.trim_start_matches(' ').len();
        if quote.is_none() && depth == 0 {
            if let Some(parent) = block_scalar {
                if line.trim().is_empty() || indent > parent {
                    continue;
                }
                block_scalar = None;
            }
            node_start = true;
        }
        let mut blank_before = true;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next_blank = chars.peek().is_none_or(|&(_, n)| n.is_whitespace());
            if let Some(open) = quote {
                match c {
                    '\\' if open == '"' => {
                        chars.next();
                    }
                    '\'' if open == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                        chars.next();
                    }
                    c if c == open => {
                        quote = None;
                        node_start = false;
                    }
                    _ => {}
                }
                blank_before = false;
                continue;
            }
            match c {
                ' ' | '\t' | '\r' | '\n' => {
                    blank_before = true;
                    continue;
                }
                '#' if blank_before => break,
                '[' | '{' if depth > 0 || node_start => {
                    depth += 1;
                    if depth > RUNAWAY {
                        return Some(start + i);
                    }
                    node_start = true;
                }
                ']' | '}' if depth > 0 => {
                    depth -= 1;
                    node_start = false;
                }
                ',' if depth > 0 => node_start = true,
                ':' if depth > 0 || next_blank => node_start = true,
                '\'' | '"' if node_start => quote = Some(c),
                '|' | '>' if node_start && depth == 0 => {
                    block_scalar = Some(indent);
                    break;
                }
                // Indicators, anchors and tags: the node is still to come.
                '-' | '?' if node_start && next_blank => {}
                '&' | '!' if node_start => {
                    while chars.peek().is_some_and(|&(_, n)| !n.is_whitespace() && !",[]{}".contains(n)) {
                        chars.next();
                    }
                }
                _ => node_start = false,
            }
            blank_before = false;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deep(open: &str, close: &str) -> String {
        format!("{}1{}", open.repeat(RUNAWAY + 1), close.repeat(RUNAWAY + 1))
    }

    #[test]
    fn runaway_brackets_are_found_where_they_pass_the_limit() {
        let text = format!("title: {}", deep("[", "]"));
        assert_eq!(runaway(&text), Some("title: ".len() + RUNAWAY));
        assert!(runaway(&format!("a: {}", deep("{a: ", "}"))).is_some());
        assert!(runaway(&format!("- &x !!seq {}", deep("[ ", "]"))).is_some());
        assert!(runaway(&format!("a:\n  - {}", deep("[\n", "]\n"))).is_some());
        assert!(runaway(&"[".repeat(RUNAWAY + 1)).is_some(), "never closed");
    }

    #[test]
    fn brackets_in_text_are_text() {
        let many = "[".repeat(RUNAWAY + 1);
        for text in [
            format!("a: '{many}'"),
            format!("a: \"x\\\"{many}\""),
            format!("a: 'it''s {many}'"),
            format!("a: x{many}"),
            format!("a: 1 # {many}"),
            format!("# {many}"),
            format!("a: |\n  {many}\n  {many}\nb: 1"),
            format!("- >-\n    {many}"),
            format!("[a, '{many}', \"{many}\"]"),
        ] {
            assert_eq!(runaway(&text), None, "{text:.40}");
        }
        // Shallow nesting, however much of it.
        assert_eq!(runaway(&"a: [[1], {b: [2]}]\n".repeat(10_000)), None);
    }
}
