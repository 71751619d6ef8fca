//! Display width the way the screen is drawn: by grapheme cluster, each as
//! many cells wide as ratatui's buffer makes it (and so as the terminal
//! draws it). A character and the marks or selectors that follow it are
//! one cell group: an emoji with a variation selector ("✔️", "❤️": base +
//! U+FE0F) is two cells, where adding up its characters says one, and a
//! line measured that way ran a cell past the edge.

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

/// How many cells `text` (one line, no control characters) takes.
pub fn width(text: &str) -> usize {
    // Printable ASCII is one cell a byte, and it is most of what is shown.
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return text.len();
    }
    clusters(text).map(|(_, cells)| cells).sum()
}

/// The grapheme clusters of `text`, each with its width in cells: the
/// pieces a line can be cut between. A control character is not drawn.
pub fn clusters(text: &str) -> impl Iterator<Item = (&str, usize)> {
    text.graphemes(true).map(|cluster| {
        let drawn = !cluster.chars().all(char::is_control);
        (cluster, if drawn { usize::from(cluster.cell_width()) } else { 0 })
    })
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;

    use super::*;

    /// What ratatui's buffer does with `text`: the column after it.
    fn drawn_width(text: &str) -> usize {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 40, 1));
        let (end, _) = buffer.set_stringn(0, 0, text, usize::MAX, ratatui::style::Style::new());
        usize::from(end)
    }

    #[test]
    fn an_emoji_with_a_variation_selector_is_two_cells_as_drawn() {
        for text in ["✔\u{fe0f}", "❤\u{fe0f}", "☎\u{fe0f}", "⚠\u{fe0f}"] {
            assert_eq!(width(text), 2, "{text:?}");
            assert_eq!(width(text), drawn_width(text), "{text:?}");
        }
        // Without the selector they are text, one cell.
        assert_eq!(width("✔"), 1);
        assert_eq!(width("ok ✔\u{fe0f} done"), 10);
    }

    #[test]
    fn measures_as_the_buffer_draws() {
        for text in
            ["plain", "bl\u{e5}b\u{e6}r", "e\u{301}t", "日本語", "a👍🏽b", "🇩🇰", "x\u{fe0f}", "⌚\u{fe0e}", "ｶﾞ"]
        {
            assert_eq!(width(text), drawn_width(text), "{text:?}");
        }
    }
}
