//! Text from flow, locale and config files, from tickets read back, and from
//! the keyboard or a paste is untrusted: it must never be able to drive the
//! terminal, nor disguise what it says. Everything shown or written to a
//! ticket passes through [`terminal_safe`] (or `one_line`) first.

use crate::width::width;

/// Tab stops are every this many columns; a tab has no fixed width in a
/// cell grid, so it becomes spaces up to the next stop.
const TAB_WIDTH: usize = 4;

/// Removes escape sequences whole (CSI, OSC — such as OSC 52, which writes
/// the clipboard, and OSC 8 hyperlinks —, DCS, SOS, PM, APC, in their 7-bit
/// and C1 forms), every other control character but newline, and the
/// format characters that can disguise text (bidi overrides, zero-width
/// characters). Tabs become spaces to the next tab stop; CR is dropped and
/// the Unicode line and paragraph separators become newlines.
pub fn terminal_safe(text: &str) -> String {
    // Nearly all text is safe as it is: a walk sanitizes every label it
    // prints, and copying it whole is several times faster.
    if !text.chars().any(needs_care) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    // For tabs, the display column where the text since the last tab or
    // line break starts: each such piece is measured once, as drawn (by
    // grapheme cluster, see `crate::width`), so a line of tabs costs its
    // length, not its length squared.
    let mut piece_start = 0;
    let mut piece_column = 0;
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\u{2028}' | '\u{2029}' => {
                out.push('\n');
                piece_start = out.len();
                piece_column = 0;
            }
            '\t' => {
                let column = piece_column + width(out.get(piece_start..).unwrap_or_default());
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                piece_start = out.len();
                piece_column = column + spaces;
            }
            '\u{1b}' => skip_escape(&mut chars),
            c if starts_c1_string(c) => skip_string(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            c if c.is_control() || is_disguising_format_char(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// [`terminal_safe`] on one line: line breaks and runs of blanks become one
/// space, for fields that are a single line (the caller, a search).
pub(crate) fn one_line(text: &str) -> String {
    terminal_safe(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Longest paste taken into a text field, in characters: a paste is one
/// event, however large, and a note is a few lines.
pub(crate) const MAX_PASTE_CHARS: usize = 10_000;

/// Pasted text made safe, cut to `MAX_PASTE_CHARS`.
pub fn pasted(text: &str) -> String {
    let cut: String = text.chars().take(MAX_PASTE_CHARS).collect();
    terminal_safe(&cut)
}

/// Whether a key typed into a text field may go in: no control or
/// disguising character, whatever a keyboard layout or an input method
/// sends.
pub(crate) fn typeable(c: char) -> bool {
    !c.is_control() && !is_disguising_format_char(c)
}

/// At most `max` characters of `text`, ending in "…" when cut: parser
/// messages can quote a whole line of the file, which may be a megabyte.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", text.get(..end).unwrap_or_default()),
        None => text.to_string(),
    }
}

/// After ESC: `[` starts a CSI sequence; `]`, `P`, `X`, `^` and `_` start a
/// string (OSC, DCS, SOS, PM, APC) that runs to its terminator; anything
/// else is a two-character sequence whose second character goes too.
fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        _ => {}
    }
}

/// Parameters and intermediates run to a final byte in `@`..=`~`. A
/// character that cannot belong to the sequence ends it and is kept out
/// too, so a broken sequence never swallows the rest of the text.
fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(&c) = chars.peek() {
        if !('\u{20}'..='\u{3f}').contains(&c) {
            if ('\u{40}'..='\u{7e}').contains(&c) {
                chars.next();
            }
            return;
        }
        chars.next();
    }
}

/// To BEL, ST (ESC `\` or C1 0x9C), or the end of the line: terminals end
/// an unterminated string there too, and the next line stays visible.
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            '\n' => return,
            _ => {
                chars.next();
            }
        }
    }
}

/// JSON text with every character a terminal or an editor could act on
/// written as a `\uXXXX` escape: serde_json escapes only C0 controls, and
/// leaves DEL, the C1 controls (CSI, OSC, …), bidi overrides and isolates,
/// zero-width and line-separator characters raw. Outside strings JSON is
/// ASCII, so every such character is inside a string, where the escape
/// means the same character to any reader.
pub(crate) fn json_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut rest = json;
    // Copied a run at a time between the characters to escape: a kept case
    // of 10 000 steps is two megabytes of JSON, made again as it changes.
    while let Some((at, c)) = rest.char_indices().find(|&(_, c)| needs_care(c)) {
        let (before, from) = rest.split_at_checked(at).unwrap_or((rest, ""));
        out.push_str(before);
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            out.push_str(&format!("\\u{unit:04x}"));
        }
        rest = from.get(c.len_utf8()..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// DCS, SOS, OSC, PM and APC in their one-character (C1) form.
fn starts_c1_string(c: char) -> bool {
    matches!(c, '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}')
}

/// Whether [`terminal_safe`] changes or drops `c`.
fn needs_care(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_control() && c != '\n'
    } else {
        c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || is_disguising_format_char(c)
    }
}

/// Invisible characters that reorder or hide text, or whose width
/// terminals disagree about (a zero-width joiner makes one emoji of two in
/// some terminals and not in others: layout would break).
fn is_disguising_format_char(c: char) -> bool {
    matches!(c,
        '\u{00AD}'                // soft hyphen: shown by some terminals, not others
        | '\u{061C}'              // Arabic letter mark (bidi)
        | '\u{180E}'              // Mongolian vowel separator
        | '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
        | '\u{2066}'..='\u{206F}' // bidi isolates, deprecated format controls
        | '\u{FEFF}'              // zero-width no-break space / BOM
        | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
        | '\u{E0000}'..='\u{E007F}' // tag characters: invisible ASCII
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_go_whole() {
        assert_eq!(terminal_safe("a\x1b[31mred\x1b[0m b"), "ared b");
        assert_eq!(terminal_safe("x\x1b[?1049hy"), "xy");
        assert_eq!(terminal_safe("a\x1b]52;c;Zm9v\x07b"), "ab", "OSC 52 ended by BEL");
        assert_eq!(terminal_safe("a\x1b]52;c;Zm9v\x1b\\b"), "ab", "OSC 52 ended by ST");
        assert_eq!(terminal_safe("\x1b]8;;https://evil.example\x07click\x1b]8;;\x07"), "click");
        assert_eq!(terminal_safe("a\x1bP+q544e\x1b\\b"), "ab", "DCS");
        assert_eq!(terminal_safe("a\x1b_payload\u{9c}b"), "ab", "APC ended by C1 ST");
        assert_eq!(terminal_safe("a\x1bcb"), "ab", "two-character sequence (reset)");
    }

    #[test]
    fn c1_forms_go_whole() {
        assert_eq!(terminal_safe("a\u{9b}2Jb"), "ab", "C1 CSI");
        assert_eq!(terminal_safe("a\u{9d}52;c;Zm9v\u{9c}b"), "ab", "C1 OSC");
        assert_eq!(terminal_safe("a\u{90}q\u{9c}b"), "ab", "C1 DCS");
    }

    #[test]
    fn an_unterminated_string_ends_at_the_line() {
        assert_eq!(terminal_safe("a\x1b]0;title\nnext line"), "a\nnext line");
        assert_eq!(terminal_safe("a\x1b[12"), "a");
        assert_eq!(terminal_safe("a\x1b["), "a");
        assert_eq!(terminal_safe("a\x1b"), "a");
    }

    #[test]
    fn other_controls_go_newlines_stay() {
        assert_eq!(terminal_safe("a\r\nb\x07c\x08d\x7fe\u{85}f\x00g"), "a\nbcdefg");
        assert_eq!(terminal_safe("a\u{2028}b\u{2029}c"), "a\nb\nc");
    }

    #[test]
    fn tabs_go_to_the_next_stop() {
        assert_eq!(terminal_safe("\tb"), "    b");
        assert_eq!(terminal_safe("ab\tc"), "ab  c");
        assert_eq!(terminal_safe("日\tc"), "日  c", "a wide character takes two columns");
        assert_eq!(terminal_safe("abcd\te\nf\tg"), "abcd    e\nf   g");
        // An emoji with a variation selector is drawn two cells wide.
        assert_eq!(terminal_safe("✔\u{fe0f}\tc"), "✔\u{fe0f}  c");
        assert_eq!(terminal_safe("e\u{301}\tc\t"), "e\u{301}   c   ", "a mark adds no cell");
    }

    /// The field trial's 80 000 tabs on one line took 5.5 s when the column
    /// was measured again at each tab. The guard is generous (a debug build
    /// on a busy machine); `benches/content.rs` measures it.
    #[test]
    fn a_line_of_tabs_costs_its_length() {
        let text = format!("a{}b", "\t".repeat(80_000));
        let started = std::time::Instant::now();
        let safe = terminal_safe(&text);
        assert!(started.elapsed() < std::time::Duration::from_millis(500), "{:?}", started.elapsed());
        assert_eq!(safe.len(), 2 + 4 * 80_000 - 1);
    }

    #[test]
    fn disguising_characters_go() {
        // "Trojan source": a right-to-left override makes text read backwards.
        assert_eq!(terminal_safe("x\u{202e}z\u{2066}w\u{200b}v\u{feff}u"), "xzwvu");
        assert_eq!(terminal_safe("pay\u{E0041}\u{E0042}"), "pay", "tag characters");
        assert_eq!(terminal_safe("co\u{ad}de"), "code");
    }

    #[test]
    fn ordinary_unicode_stays_and_measures_as_drawn() {
        let text = "Log på · 日本 ✓ 👍 é";
        assert_eq!(terminal_safe(text), text);
        // A joined emoji falls apart into its parts, each measured alike
        // everywhere.
        let joined = terminal_safe("👩\u{200d}💻");
        assert_eq!(joined, "👩💻");
        assert_eq!(width(&joined), 4);
    }

    #[test]
    fn pastes_are_cut_and_typed_keys_checked() {
        assert_eq!(pasted(&"a".repeat(MAX_PASTE_CHARS + 5)).len(), MAX_PASTE_CHARS);
        assert!(typeable('å') && typeable('日'));
        assert!(!typeable('\u{1b}') && !typeable('\u{202e}') && !typeable('\u{9b}'));
    }

    #[test]
    fn one_line_flattens() {
        assert_eq!(one_line(" jane \n\t doe\x1b[2J "), "jane doe");
    }

    #[test]
    fn json_escapes_c1_and_bidi_controls() {
        let raw = "a\u{9b}2J\u{85}\u{7f}\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}\u{200b}\u{2028}\u{e0041}z";
        let json = json_safe(&serde_json::to_string_pretty(&serde_json::json!({ "note": raw })).unwrap());
        assert!(json.chars().all(|c| c == '\n' || (' '..='~').contains(&c)), "{json:?}");
        assert!(
            json.contains(r"\u009b2J\u0085\u007f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["note"], raw, "the same text to any reader");
    }

    #[test]
    fn excerpts_cut_long_text() {
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(excerpt("æøå", 3), "æøå");
        assert_eq!(excerpt("æøåæ", 2), "æø…");
    }
}
