//! Word wrapping by display width, with hanging indents for bullets and
//! numbered steps so a wrapped list item stays visibly one item. The
//! wrapping itself is `textwrap`'s; this keeps the list-marker rule.

use textwrap::WordSeparator;
use textwrap::core::break_words;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` to `width` columns. Every `\n` starts a new line; a line that
/// begins with "• " or "12. " continues under its first word.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for line in text.split('\n') {
        wrap_line(line, width, &mut out);
    }
    out
}

fn wrap_line(line: &str, width: usize, out: &mut Vec<String>) {
    let line = line.trim_end();
    if line.is_empty() {
        out.push(String::new());
        return;
    }
    let indent = hanging_indent(line);
    let indent = if indent * 2 > width { 0 } else { indent };
    let body = line.trim_start();
    let lead = line.strip_suffix(body).unwrap_or_default();
    // Indentation as wide as the line itself would leave no room for text.
    let lead = if lead.width() < width { lead } else { "" };
    // Split at spaces only (a URL or "1-9" stays whole), each word with
    // the spaces after it, so runs of spaces that align columns survive
    // where the line is not broken; a word wider than a line is broken by
    // characters.
    let words = break_words(WordSeparator::AsciiSpace.find_words(body), width - indent);
    let line_widths = [(width - lead.width()) as f64, (width - indent) as f64];
    let hanging = " ".repeat(indent);
    for (n, words) in wrap_first_fit(&words, &line_widths).into_iter().enumerate() {
        let mut text = String::from(if n == 0 { lead } else { &hanging });
        for (i, word) in words.iter().enumerate() {
            text.push_str(word.word);
            if i + 1 < words.len() {
                text.push_str(word.whitespace);
            }
        }
        // A wide character that does not fit even after the indent, with
        // nothing visible before it (a combining mark may be there, of no
        // width): the indent gives way.
        if text.width() > width {
            text = text.trim_start_matches(' ').to_string();
        }
        out.push(text);
    }
}

/// Cuts `text` to `width` columns, ending in "…" when something was cut.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Width of a list marker ("• ", "- ", "3. ") at the start of a line.
fn hanging_indent(line: &str) -> usize {
    let rest = line.trim_start();
    let leading = line.strip_suffix(rest).unwrap_or_default().width();
    if let Some(marker) = ["• ", "- "].into_iter().find(|marker| rest.starts_with(marker)) {
        return leading + marker.width();
    }
    let number = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = rest.len() - number.len();
    if digits > 0 && number.starts_with(". ") {
        return leading + digits + 2;
    }
    leading
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_of_no_width_after_the_indent_does_not_keep_a_wide_character_from_wrapping() {
        for text in [" \u{11366}日本", " \u{dd6}日本", " \u{1e08f}日本"] {
            for line in wrap(text, 2) {
                assert!(line.width() <= 2, "{text:?}: {line:?}");
            }
        }
    }

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
    }

    #[test]
    fn keeps_blank_lines_between_paragraphs() {
        assert_eq!(wrap("a\n\nb", 10), ["a", "", "b"]);
    }

    #[test]
    fn bullets_and_numbers_get_a_hanging_indent() {
        assert_eq!(wrap("• alpha beta gamma", 12), ["• alpha beta", "  gamma"]);
        assert_eq!(wrap("10. alpha beta gamma", 14), ["10. alpha beta", "    gamma"]);
    }

    #[test]
    fn breaks_words_longer_than_the_line() {
        assert_eq!(
            wrap("https://aka.ms/setupsecurityinfo", 10),
            ["https://ak", "a.ms/setup", "securityin", "fo"]
        );
    }

    #[test]
    fn keeps_runs_of_spaces_that_align_columns() {
        assert_eq!(wrap("1-9    choose", 20), ["1-9    choose"]);
        assert_eq!(wrap("1-9    choose", 5), ["1-9", "choos", "e"]);
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate("日本語", 4), "日…");
    }

    #[test]
    fn a_wide_character_never_pushes_past_a_narrow_line() {
        assert_eq!(wrap(" 日本", 2), ["日", "本"]);
    }

    #[test]
    fn measures_wide_characters() {
        assert_eq!(wrap("日本語 日本語", 7), ["日本語", "日本語"]);
    }

    #[test]
    fn never_exceeds_the_width() {
        let text = "Åbn siden Sikkerhedsoplysninger: https://aka.ms/setupsecurityinfo og vælg • Tilføj";
        for width in 1..40 {
            for line in wrap(text, width) {
                assert!(line.width() <= width, "{line:?} wider than {width}");
            }
        }
    }
}
