//! Word wrapping by display width, with hanging indents for bullets and
//! numbered steps so a wrapped list item stays visibly one item.

use crate::width::{clusters, width as cells};

/// Wraps `text` to `width` columns. Every `\n` starts a new line; a line that
/// begins with "• " or "12. " continues under its first word.
/// Lines are cut between grapheme clusters, measured as they are drawn
/// ([`crate::width`]).
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
    // Most lines fit: as they are, indentation and all (narrower than
    // the width, its leading blanks are too).
    if cells(line) < width {
        out.push(line.to_string());
        return;
    }
    let indent = hanging_indent(line);
    let indent = if indent * 2 > width { 0 } else { indent };
    let body = line.trim_start();
    let lead = line.strip_suffix(body).unwrap_or_default();
    // Indentation as wide as the line itself would leave no room for text.
    let mut current = if cells(lead) < width { lead.to_string() } else { String::new() };
    let mut current_width = cells(&current);
    let mut at_line_start = true;
    for (gap, word) in words_with_gaps(body) {
        if !at_line_start {
            if current_width + gap + cells(word) <= width {
                current.extend(std::iter::repeat_n(' ', gap));
                current_width += gap;
            } else {
                out.push(std::mem::replace(&mut current, " ".repeat(indent)));
                current_width = indent;
            }
        }
        push_word(word, width, indent, &mut current, &mut current_width, out);
        at_line_start = false;
    }
    out.push(current);
}

/// Each word with the number of spaces before it, so runs of spaces that
/// align columns survive where the line is not broken.
fn words_with_gaps(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let trimmed = rest.trim_start_matches(' ');
        let gap = rest.len() - trimmed.len();
        rest = trimmed;
        if rest.is_empty() {
            return None;
        }
        let (word, tail) = rest.split_at_checked(rest.find(' ').unwrap_or(rest.len())).unwrap_or((rest, ""));
        rest = tail;
        Some((gap, word))
    })
}

/// Cuts `text` to `width` columns, ending in "…" when something was cut.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    if cells(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for (cluster, w) in clusters(text) {
        if used + w + 1 > width {
            break;
        }
        out.push_str(cluster);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Appends a word, breaking it between grapheme clusters when it is wider
/// than a line.
fn push_word(
    word: &str,
    width: usize,
    indent: usize,
    current: &mut String,
    current_width: &mut usize,
    out: &mut Vec<String>,
) {
    let whole = cells(word);
    if *current_width + whole <= width {
        current.push_str(word);
        *current_width += whole;
        return;
    }
    for (cluster, w) in clusters(word) {
        if *current_width + w > width && *current_width > indent {
            out.push(std::mem::replace(current, " ".repeat(indent)));
            *current_width = indent;
        }
        if *current_width + w > width && *current_width <= indent {
            // A wide character that does not fit even after the indent, with
            // nothing visible before it (a combining mark may be there, of
            // no width): the indent gives way.
            let kept = current.trim_start_matches(' ').to_string();
            *current_width = cells(&kept);
            *current = kept;
        }
        current.push_str(cluster);
        *current_width += w;
    }
}

/// Width of a list marker ("• ", "- ", "3. ") at the start of a line.
fn hanging_indent(line: &str) -> usize {
    let rest = line.trim_start();
    let leading = cells(line.strip_suffix(rest).unwrap_or_default());
    if let Some(marker) = ["• ", "- "].into_iter().find(|marker| rest.starts_with(marker)) {
        return leading + cells(marker);
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
                assert!(cells(&line) <= 2, "{text:?}: {line:?}");
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

    /// "✔️" is a text character and a selector asking for its emoji form:
    /// two cells, as drawn, and never cut between the two.
    #[test]
    fn an_emoji_with_a_variation_selector_is_two_cells_and_stays_whole() {
        assert_eq!(wrap("✔\u{fe0f}✔\u{fe0f}✔\u{fe0f}", 4), ["✔\u{fe0f}✔\u{fe0f}", "✔\u{fe0f}"]);
        assert_eq!(wrap("ok ❤\u{fe0f}", 3), ["ok", "❤\u{fe0f}"]);
        assert_eq!(truncate("❤\u{fe0f}❤\u{fe0f}❤\u{fe0f}", 4), "❤\u{fe0f}…");
        for width in 1..8 {
            for line in wrap("a ✔\u{fe0f}b ❤\u{fe0f}❤\u{fe0f} c", width) {
                assert!(cells(&line) <= width.max(2), "{line:?} wider than {width}");
                assert!(!line.starts_with('\u{fe0f}'), "{line:?}: a selector cut from its emoji");
            }
        }
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
                assert!(cells(&line) <= width, "{line:?} wider than {width}");
            }
        }
    }
}
