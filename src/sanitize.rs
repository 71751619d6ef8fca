//! Text from flow, locale and config files is untrusted: it must never be able
//! to drive the terminal. Everything shown passes through [`terminal_safe`].

/// Tab stops are expanded to this many spaces; a tab has no fixed width in a
/// cell grid.
const TAB_WIDTH: usize = 4;

/// Removes control characters (C0 except newline, DEL, C1) and the
/// direction/zero-width format characters that can disguise text, and expands
/// tabs. Removing ESC defuses every escape sequence: what is left of one is
/// visible, harmless text.
pub fn terminal_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.extend(std::iter::repeat_n(' ', TAB_WIDTH)),
            '\r' => {}
            c if c.is_control() || is_disguising_format_char(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn is_disguising_format_char(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}'   // zero-width space/joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2066}'..='\u{2069}' // bidi isolates
        | '\u{FEFF}'              // zero-width no-break space / BOM
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape() {
        assert_eq!(terminal_safe("a\x1b[31mred\x1b]52;c;Zm9v\x07b"), "a[31mred]52;c;Zm9vb");
    }

    #[test]
    fn keeps_newlines_and_expands_tabs() {
        assert_eq!(terminal_safe("a\r\n\tb"), "a\n    b");
    }

    #[test]
    fn removes_c1_and_bidi_overrides() {
        assert_eq!(terminal_safe("x\u{9b}y\u{202e}z\u{2066}w"), "xyzw");
    }

    #[test]
    fn keeps_ordinary_unicode() {
        assert_eq!(terminal_safe("Log på · 日本 ✓"), "Log på · 日本 ✓");
    }
}
