//! The text inputs of the TUI (search box, caller, note): one way to make
//! them and one rule for what a key may type into them.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::Style;
use ratatui_textarea::TextArea;

use crate::sanitize::typeable;

/// A field holding `lines`, without the editor's underlined cursor line.
pub(crate) fn text_field(lines: Vec<String>) -> TextArea<'static> {
    let mut field = TextArea::new(lines);
    field.set_cursor_line_style(Style::new());
    field
}

/// Characters in `field`, a line break counting as one.
pub(crate) fn char_count(field: &TextArea<'_>) -> usize {
    let lines = field.lines();
    lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len().saturating_sub(1)
}

/// Types `key` into `field` as [`type_into`] does, unless that would make
/// it hold more than `max` characters: then the key is undone and false
/// returned. Every key that adds text (typing, Enter, the editor's own
/// yank) is bounded alike.
pub(crate) fn type_bounded(field: &mut TextArea<'_>, key: KeyEvent, max: usize) -> bool {
    let before = char_count(field);
    type_into(field, key);
    let after = char_count(field);
    if after > max && after > before {
        field.undo();
        return false;
    }
    true
}

/// Types `key` into `field`, unless it is a character that must not reach
/// the screen or a ticket.
pub(crate) fn type_into(field: &mut TextArea<'_>, key: KeyEvent) {
    if let KeyCode::Char(c) = key.code
        && !typeable(c)
    {
        return;
    }
    field.input(key);
}
