//! Terminal events become [`Action`]s. Key bindings are data: a table per
//! mode; what the search box does not bind is typed into it.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

/// Which keys apply: the screen itself, or an overlay on top of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help,
    Search,
}

#[derive(Debug, Clone, PartialEq, Eq)]
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
    OpenSearch,
    CloseSearch,
    /// A key typed into the search box.
    SearchKey(KeyEvent),
    /// Text pasted (bracketed paste) into the search box.
    Paste(String),
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
    (KeyCode::Char('/'), Action::OpenSearch),
    (KeyCode::PageDown, Action::PageDown),
    (KeyCode::PageUp, Action::PageUp),
];

/// Keys of the search box that are not typed into it.
const SEARCH_KEYS: &[(KeyCode, Action)] = &[
    (KeyCode::Esc, Action::CloseSearch),
    (KeyCode::Enter, Action::Activate),
    (KeyCode::Down, Action::SelectNext),
    (KeyCode::Up, Action::SelectPrevious),
    (KeyCode::Tab, Action::SelectNext),
    (KeyCode::BackTab, Action::SelectPrevious),
];

/// The action for an event in the given mode.
pub fn from_event(event: &Event, mode: Mode) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => from_key(key, mode),
        Event::Paste(text) if mode == Mode::Search => Some(Action::Paste(text.clone())),
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

fn from_key(key: &KeyEvent, mode: Mode) -> Option<Action> {
    let control = key.modifiers.contains(KeyModifiers::CONTROL);
    if control && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    let lookup = |table: &[(KeyCode, Action)]| {
        table.iter().find(|(code, _)| *code == key.code).map(|(_, action)| action.clone())
    };
    match mode {
        Mode::Help if key.code == KeyCode::Char('q') => Some(Action::Quit),
        Mode::Help => Some(Action::CloseHelp),
        Mode::Search => lookup(SEARCH_KEYS).or(Some(Action::SearchKey(*key))),
        Mode::Normal if control => match key.code {
            KeyCode::Char('d') => Some(Action::PageDown),
            KeyCode::Char('u') => Some(Action::PageUp),
            _ => None,
        },
        Mode::Normal => match key.code {
            KeyCode::Char(c @ '1'..='9') => c.to_digit(10).map(|d| Action::Choose(d as usize - 1)),
            _ => lookup(NORMAL_KEYS),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn digits_choose_directly() {
        assert_eq!(from_event(&key(KeyCode::Char('1')), Mode::Normal), Some(Action::Choose(0)));
        assert_eq!(from_event(&key(KeyCode::Char('9')), Mode::Normal), Some(Action::Choose(8)));
        assert_eq!(from_event(&key(KeyCode::Char('0')), Mode::Normal), None);
    }

    #[test]
    fn ctrl_c_quits_even_in_help() {
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        for mode in [Mode::Normal, Mode::Help, Mode::Search] {
            assert_eq!(from_event(&ctrl_c, mode), Some(Action::Quit));
        }
    }

    #[test]
    fn any_key_closes_help() {
        assert_eq!(from_event(&key(KeyCode::Char('1')), Mode::Help), Some(Action::CloseHelp));
        assert_eq!(from_event(&key(KeyCode::Esc), Mode::Help), Some(Action::CloseHelp));
    }

    #[test]
    fn the_search_box_takes_letters_and_digits() {
        let q = key(KeyCode::Char('q'));
        assert_eq!(
            from_event(&q, Mode::Search),
            Some(Action::SearchKey(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)))
        );
        assert_eq!(from_event(&key(KeyCode::Enter), Mode::Search), Some(Action::Activate));
        assert_eq!(from_event(&key(KeyCode::Esc), Mode::Search), Some(Action::CloseSearch));
        assert_eq!(from_event(&Event::Paste("x".into()), Mode::Normal), None);
    }
}
