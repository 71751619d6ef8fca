//! The text inputs of the TUI (search box, caller, note): one way to make
//! them and one rule for what a key may type into them.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::Style;
use ratatui_textarea::TextArea;

use crate::sanitize::typeable;

/// A field holding `lines`, without the editor's underlined cursor line.
pub fn text_field(lines: Vec<String>) -> TextArea<'static> {
    let mut field = TextArea::new(lines);
    field.set_cursor_line_style(Style::new());
    field
}

/// Types `key` into `field`, unless it is a character that must not reach
/// the screen or a ticket.
pub fn type_into(field: &mut TextArea<'_>, key: KeyEvent) {
    if let KeyCode::Char(c) = key.code
        && !typeable(c)
    {
        return;
    }
    field.input(key);
}
