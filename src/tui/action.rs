//! Terminal events become [`Action`]s. Key bindings are data: a table per
//! mode; in the text fields, what the table does not bind is typed.

use std::ops::RangeInclusive;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::diagnostic::io_error::IoFailure;
use crate::report::SavedTicket;

/// Which keys apply: the screen itself, or something on top of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help,
    Search,
    /// Typing into the caller or note field (agent mode).
    Edit,
    /// Asking whether to keep a note that looks like a code or password.
    Confirm,
    Path,
    Ticket,
    /// Asking whether to quit with a case not saved (no `--ticket-dir`).
    QuitAsk,
    /// Recording how the caller's identity was verified (agent mode).
    Identity,
    /// Typing one line: how identity was verified, the ticket number, the
    /// handover note.
    Prompt,
    /// The current step's sources (agent mode).
    Sources,
}

impl Mode {
    /// Every mode, for the tests that go through them all.
    #[cfg(test)]
    pub(crate) const ALL: [Mode; 11] = [
        Mode::Normal,
        Mode::Help,
        Mode::Search,
        Mode::Edit,
        Mode::Confirm,
        Mode::Path,
        Mode::Ticket,
        Mode::QuitAsk,
        Mode::Identity,
        Mode::Prompt,
        Mode::Sources,
    ];
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
    /// Retrace the next answer stepped back over.
    Forward,
    Restart,
    ToggleHelp,
    /// Esc in an overlay or a text field: close it, done.
    CloseOverlay,
    OpenSearch,
    ShowPath,
    ShowTicket,
    SaveTicket,
    CopyTicket,
    EditCaller,
    EditNote,
    /// `i`: record how the caller's identity was verified.
    Identity,
    /// `0` in the identity window: not verified.
    Clear,
    /// `o`: the current step's sources.
    ShowSources,
    EditTicketNumber,
    EditHandover,
    /// `y` when asked whether to keep a flagged note.
    Confirm,
    /// A key typed into a text field.
    EditKey(KeyEvent),
    /// Text pasted (bracketed paste) into a text field.
    Paste(String),
    Quit,
    /// Ctrl-Z: stop for now, back to the shell (raw mode makes it a key).
    Suspend,
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
    /// Seconds since the call started (agent mode's clock).
    Tick(u64),
    /// How saving the summary went.
    Saved(Result<SavedTicket, IoFailure>),
    /// Where copying the summary went.
    Copied(super::clipboard::CopiedTo),
}

/// Keys read with Control held, in every mode before its table: the
/// terminal's own ways to quit and to stop for now, which raw mode turns
/// into keys.
const CONTROL_KEYS: &[(KeyCode, Action)] =
    &[(KeyCode::Char('c'), Action::Quit), (KeyCode::Char('z'), Action::Suspend)];

/// The normal screen's keys with Control held: a pager's half-page keys.
const NORMAL_CONTROL_KEYS: &[(KeyCode, Action)] =
    &[(KeyCode::Char('d'), Action::PageDown), (KeyCode::Char('u'), Action::PageUp)];

/// The digits that choose an answer (or a step of the path) by its number:
/// read apart from the tables, which would need a row for each.
pub(crate) const DIGITS: RangeInclusive<char> = '1'..='9';

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
    (KeyCode::Char('f'), Action::Forward),
    (KeyCode::Char('r'), Action::Restart),
    (KeyCode::Char('?'), Action::ToggleHelp),
    (KeyCode::F(1), Action::ToggleHelp),
    (KeyCode::Char('q'), Action::Quit),
    (KeyCode::Char('/'), Action::OpenSearch),
    (KeyCode::Char('p'), Action::ShowPath),
    (KeyCode::Char('t'), Action::ShowTicket),
    (KeyCode::Char('s'), Action::SaveTicket),
    (KeyCode::Char('y'), Action::CopyTicket),
    (KeyCode::Char('c'), Action::EditCaller),
    (KeyCode::Char('n'), Action::EditNote),
    (KeyCode::Char('i'), Action::Identity),
    (KeyCode::Char('o'), Action::ShowSources),
    (KeyCode::Char('#'), Action::EditTicketNumber),
    (KeyCode::Char('h'), Action::EditHandover),
    (KeyCode::PageDown, Action::PageDown),
    (KeyCode::PageUp, Action::PageUp),
];

/// Keys of the search box and text fields that are not typed into them.
const FIELD_KEYS: &[(KeyCode, Action)] =
    &[(KeyCode::Esc, Action::CloseOverlay), (KeyCode::Tab, Action::CloseOverlay)];

/// The search box also moves through its results.
const SEARCH_KEYS: &[(KeyCode, Action)] = &[
    (KeyCode::Esc, Action::CloseOverlay),
    (KeyCode::Enter, Action::Activate),
    (KeyCode::Down, Action::SelectNext),
    (KeyCode::Up, Action::SelectPrevious),
    (KeyCode::Tab, Action::SelectNext),
    (KeyCode::BackTab, Action::SelectPrevious),
];

const PATH_KEYS: &[(KeyCode, Action)] = &[
    (KeyCode::Down, Action::SelectNext),
    (KeyCode::Char('j'), Action::SelectNext),
    (KeyCode::Up, Action::SelectPrevious),
    (KeyCode::Char('k'), Action::SelectPrevious),
    (KeyCode::Enter, Action::Activate),
    (KeyCode::Esc, Action::CloseOverlay),
    (KeyCode::Char('p'), Action::ShowPath),
    (KeyCode::Char('q'), Action::Quit),
];

const TICKET_KEYS: &[(KeyCode, Action)] = &[
    (KeyCode::Down, Action::ScrollDown),
    (KeyCode::Char('j'), Action::ScrollDown),
    (KeyCode::Up, Action::ScrollUp),
    (KeyCode::Char('k'), Action::ScrollUp),
    (KeyCode::PageDown, Action::PageDown),
    (KeyCode::PageUp, Action::PageUp),
    (KeyCode::Char('s'), Action::SaveTicket),
    (KeyCode::Char('y'), Action::CopyTicket),
    (KeyCode::Char('q'), Action::Quit),
    // Any other key closes it too; Esc is the one the window names.
    (KeyCode::Esc, Action::CloseOverlay),
];

/// A one-line prompt: Enter keeps what was typed, Esc drops it.
const PROMPT_KEYS: &[(KeyCode, Action)] =
    &[(KeyCode::Esc, Action::CloseOverlay), (KeyCode::Enter, Action::Activate)];

/// The question before quitting with a case not saved; any other key goes
/// on with the case.
const QUIT_KEYS: &[(KeyCode, Action)] = &[
    (KeyCode::Char('s'), Action::SaveTicket),
    (KeyCode::Char('q'), Action::Quit),
    (KeyCode::Esc, Action::CloseOverlay),
    (KeyCode::Down, Action::ScrollDown),
    (KeyCode::Up, Action::ScrollUp),
    (KeyCode::PageDown, Action::PageDown),
    (KeyCode::PageUp, Action::PageUp),
];

const IDENTITY_KEYS: &[(KeyCode, Action)] = &[
    (KeyCode::Char('1'), Action::Choose(0)),
    (KeyCode::Char('2'), Action::Choose(1)),
    (KeyCode::Char('0'), Action::Clear),
    // Any other key closes it too; Esc is the one the window names.
    (KeyCode::Esc, Action::CloseOverlay),
    (KeyCode::Down, Action::ScrollDown),
    (KeyCode::Up, Action::ScrollUp),
    (KeyCode::PageDown, Action::PageDown),
    (KeyCode::PageUp, Action::PageUp),
];

/// Only `y` keeps a flagged note; the arrows scroll the question; any
/// other key goes back to editing it.
const CONFIRM_KEYS: &[(KeyCode, Action)] = &[
    (KeyCode::Char('y'), Action::Confirm),
    (KeyCode::Char('n'), Action::CloseOverlay),
    (KeyCode::Down, Action::ScrollDown),
    (KeyCode::Up, Action::ScrollUp),
    (KeyCode::PageDown, Action::PageDown),
    (KeyCode::PageUp, Action::PageUp),
];

/// Help and the sources window scroll; any other key closes them.
const READ_ONLY_WINDOW_KEYS: &[(KeyCode, Action)] = &[
    (KeyCode::Down, Action::ScrollDown),
    (KeyCode::Char('j'), Action::ScrollDown),
    (KeyCode::Up, Action::ScrollUp),
    (KeyCode::Char('k'), Action::ScrollUp),
    (KeyCode::PageDown, Action::PageDown),
    (KeyCode::PageUp, Action::PageUp),
    (KeyCode::Char('q'), Action::Quit),
    // Any other key closes them too; Esc is the one the window names.
    (KeyCode::Esc, Action::CloseOverlay),
];

/// The keys bound in a mode, from its table.
fn table(mode: Mode) -> &'static [(KeyCode, Action)] {
    match mode {
        Mode::Normal => NORMAL_KEYS,
        Mode::Help => READ_ONLY_WINDOW_KEYS,
        Mode::Search => SEARCH_KEYS,
        Mode::Edit => FIELD_KEYS,
        Mode::Confirm => CONFIRM_KEYS,
        Mode::Path => PATH_KEYS,
        Mode::Ticket => TICKET_KEYS,
        Mode::QuitAsk => QUIT_KEYS,
        Mode::Identity => IDENTITY_KEYS,
        Mode::Prompt => PROMPT_KEYS,
        Mode::Sources => READ_ONLY_WINDOW_KEYS,
    }
}

/// The key a hint names for `action` in `mode`: the first one its table
/// binds to it, so a hint can only name a key that does what it says.
pub(crate) fn key_for(mode: Mode, action: &Action) -> Option<KeyCode> {
    table(mode).iter().find(|(_, bound)| bound == action).map(|(code, _)| *code)
}

/// Whether `mode`'s table binds `code` (else, in a text field, it is typed).
pub(crate) fn is_bound(mode: Mode, code: KeyCode) -> bool {
    table(mode).iter().any(|(bound, _)| *bound == code)
}

/// Every key the normal screen binds, with what it does: its table's, in
/// its order, then those read with Control held (its own, then every
/// mode's). The digits that choose are apart: [`DIGITS`].
pub(crate) fn normal_bindings() -> impl Iterator<Item = (KeyEvent, &'static Action)> {
    let held = |modifiers| {
        move |(code, action): &'static (KeyCode, Action)| (KeyEvent::new(*code, modifiers), action)
    };
    let control = NORMAL_CONTROL_KEYS.iter().chain(CONTROL_KEYS).map(held(KeyModifiers::CONTROL));
    NORMAL_KEYS.iter().map(held(KeyModifiers::NONE)).chain(control)
}

/// How a key is named on the keyboard: its character, or its symbol or
/// the name printed on it (the same in every language).
pub(super) fn key_name(code: KeyCode) -> String {
    match code {
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "⌫".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    }
}

/// A key named with the modifier held with it, as keyboards print both
/// ("Ctrl-C").
pub(super) fn key_event_name(key: KeyEvent) -> String {
    let name = key_name(key.code);
    if key.modifiers.contains(KeyModifiers::CONTROL) { format!("Ctrl-{}", name.to_uppercase()) } else { name }
}

/// The action for an event in the given mode.
pub fn from_event(event: &Event, mode: Mode) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => from_key(key, mode),
        Event::Paste(text) if matches!(mode, Mode::Search | Mode::Edit | Mode::Prompt) => {
            Some(Action::Paste(text.clone()))
        }
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
    let lookup = |table: &[(KeyCode, Action)]| {
        table.iter().find(|(code, _)| *code == key.code).map(|(_, action)| action.clone())
    };
    let control = key.modifiers.contains(KeyModifiers::CONTROL);
    if control && let Some(action) = lookup(CONTROL_KEYS) {
        return Some(action);
    }
    let digit = match key.code {
        KeyCode::Char(c) if DIGITS.contains(&c) => c.to_digit(10).map(|d| d as usize - 1),
        _ => None,
    };
    match mode {
        Mode::Help => lookup(READ_ONLY_WINDOW_KEYS).or(Some(Action::CloseOverlay)),
        Mode::Search => lookup(SEARCH_KEYS).or(Some(Action::EditKey(*key))),
        Mode::Edit => lookup(FIELD_KEYS).or(Some(Action::EditKey(*key))),
        Mode::Confirm => lookup(CONFIRM_KEYS).or(Some(Action::CloseOverlay)),
        Mode::Path => digit.map(Action::Choose).or_else(|| lookup(PATH_KEYS)),
        Mode::Ticket => lookup(TICKET_KEYS).or(Some(Action::CloseOverlay)),
        Mode::Prompt => lookup(PROMPT_KEYS).or(Some(Action::EditKey(*key))),
        Mode::QuitAsk => lookup(QUIT_KEYS).or(Some(Action::CloseOverlay)),
        Mode::Identity => lookup(IDENTITY_KEYS).or(Some(Action::CloseOverlay)),
        Mode::Sources => lookup(READ_ONLY_WINDOW_KEYS).or(Some(Action::CloseOverlay)),
        Mode::Normal if control => lookup(NORMAL_CONTROL_KEYS),
        Mode::Normal => digit.map(Action::Choose).or_else(|| lookup(NORMAL_KEYS)),
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
    fn ctrl_c_quits_and_ctrl_z_suspends_in_every_mode() {
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        for mode in Mode::ALL {
            assert_eq!(from_event(&ctrl_c, mode), Some(Action::Quit), "{mode:?}");
            let ctrl_z = Event::Key(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL));
            assert_eq!(from_event(&ctrl_z, mode), Some(Action::Suspend), "{mode:?}");
        }
    }

    #[test]
    fn any_key_closes_help() {
        assert_eq!(from_event(&key(KeyCode::Char('1')), Mode::Help), Some(Action::CloseOverlay));
        assert_eq!(from_event(&key(KeyCode::Esc), Mode::Help), Some(Action::CloseOverlay));
    }

    #[test]
    fn text_fields_take_letters_and_digits() {
        let typed = |c| Some(Action::EditKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
        for mode in [Mode::Search, Mode::Edit, Mode::Prompt] {
            assert_eq!(from_event(&key(KeyCode::Char('q')), mode), typed('q'));
            assert_eq!(from_event(&key(KeyCode::Char('2')), mode), typed('2'));
            assert_eq!(from_event(&key(KeyCode::Esc), mode), Some(Action::CloseOverlay));
        }
        assert_eq!(from_event(&key(KeyCode::Enter), Mode::Search), Some(Action::Activate));
        assert_eq!(from_event(&Event::Paste("x".into()), Mode::Normal), None);
    }

    #[test]
    fn a_key_named_for_an_action_does_that_action() {
        for mode in [Mode::Normal, Mode::Help, Mode::Path, Mode::Ticket, Mode::Sources, Mode::Search] {
            for (_, action) in table(mode) {
                let code = key_for(mode, action).expect("bound");
                assert_eq!(from_event(&key(code), mode).as_ref(), Some(action), "{mode:?}");
            }
        }
        assert_eq!(key_for(Mode::Normal, &Action::Back).map(key_name).as_deref(), Some("⌫"));
        assert_eq!(key_for(Mode::Normal, &Action::Confirm), None);
    }

    #[test]
    fn only_y_keeps_a_flagged_note() {
        assert_eq!(from_event(&key(KeyCode::Char('y')), Mode::Confirm), Some(Action::Confirm));
        assert_eq!(from_event(&key(KeyCode::Char('n')), Mode::Confirm), Some(Action::CloseOverlay));
    }
}
