//! Terminal events become [`Action`]s. Key bindings are data: one table for
//! the normal screen, one rule for the help overlay.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A digit key: option `n` (0-based), chosen at once.
    Choose(usize),
    SelectNext,
    SelectPrevious,
    Activate,
    Back,
    /// Esc: back, or quit on the first screen.
    BackOrQuit,
    Restart,
    ToggleHelp,
    CloseHelp,
    Quit,
    ScrollUp,
    ScrollDown,
    PageUp,
    PageDown,
    Click {
        column: u16,
        row: u16,
    },
    Resize {
        width: u16,
        height: u16,
    },
}

/// Keys of the normal screen (digits are handled apart).
const NORMAL_KEYS: &[(KeyCode, Action)] = &[
    (KeyCode::Down, Action::SelectNext),
    (KeyCode::Char('j'), Action::SelectNext),
    (KeyCode::Tab, Action::SelectNext),
    (KeyCode::Up, Action::SelectPrevious),
    (KeyCode::Char('k'), Action::SelectPrevious),
    (KeyCode::BackTab, Action::SelectPrevious),
    (KeyCode::Enter, Action::Activate),
    (KeyCode::Char(' '), Action::Activate),
    (KeyCode::Right, Action::Activate),
    (KeyCode::Backspace, Action::Back),
    (KeyCode::Left, Action::Back),
    (KeyCode::Char('b'), Action::Back),
    (KeyCode::Esc, Action::BackOrQuit),
    (KeyCode::Char('r'), Action::Restart),
    (KeyCode::Char('?'), Action::ToggleHelp),
    (KeyCode::F(1), Action::ToggleHelp),
    (KeyCode::Char('q'), Action::Quit),
    (KeyCode::PageDown, Action::PageDown),
    (KeyCode::PageUp, Action::PageUp),
];

/// The action for an event, given whether the help overlay is open.
pub fn from_event(event: &Event, help_open: bool) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => from_key(key, help_open),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                Some(Action::Click { column: mouse.column, row: mouse.row })
            }
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize { width: *width, height: *height }),
        _ => None,
    }
}

fn from_key(key: &KeyEvent, help_open: bool) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c') => Some(Action::Quit),
            KeyCode::Char('d') => Some(Action::PageDown),
            KeyCode::Char('u') => Some(Action::PageUp),
            _ => None,
        };
    }
    if help_open {
        return Some(if key.code == KeyCode::Char('q') { Action::Quit } else { Action::CloseHelp });
    }
    if let KeyCode::Char(c @ '1'..='9') = key.code {
        return c.to_digit(10).map(|d| Action::Choose(d as usize - 1));
    }
    NORMAL_KEYS.iter().find(|(code, _)| *code == key.code).map(|(_, action)| *action)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn digits_choose_directly() {
        assert_eq!(from_event(&key(KeyCode::Char('1')), false), Some(Action::Choose(0)));
        assert_eq!(from_event(&key(KeyCode::Char('9')), false), Some(Action::Choose(8)));
        assert_eq!(from_event(&key(KeyCode::Char('0')), false), None);
    }

    #[test]
    fn ctrl_c_quits_even_in_help() {
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(from_event(&ctrl_c, true), Some(Action::Quit));
        assert_eq!(from_event(&ctrl_c, false), Some(Action::Quit));
    }

    #[test]
    fn any_key_closes_help() {
        assert_eq!(from_event(&key(KeyCode::Char('1')), true), Some(Action::CloseHelp));
        assert_eq!(from_event(&key(KeyCode::Esc), true), Some(Action::CloseHelp));
    }
}
