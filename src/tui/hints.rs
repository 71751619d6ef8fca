//! Key hints, worded from the key binding tables: a hint names its key
//! only through Fluent's `$key`, given the name of the key its mode's
//! table binds to its action, so a hint can never name a key that does
//! something else (`tests::every_hint_names_a_key_bound_to_it_in_every_locale`).

use ratatui::crossterm::event::KeyCode;

use super::action::{Action, Mode, is_bound, key_for, key_name};
use crate::i18n::Localizer;
use crate::messages::ui;

/// A key hint: its message, and where the key it names comes from.
pub(crate) struct Hint {
    pub id: &'static str,
    pub keys: Keys,
}

/// Where a hint's `$key` comes from.
pub(super) enum Keys {
    /// The keys `mode` binds to `actions`, joined by `gap` ("↑↓" for up
    /// and down, "1 2 0" for three choices).
    Bound { mode: Mode, actions: &'static [Action], gap: &'static str },
    /// A key `mode`'s table leaves to the text field (Enter in a note).
    Typed { mode: Mode, key: KeyCode },
    /// None: the hint names no key ("any other key closes").
    Unnamed,
}

const fn bound(id: &'static str, mode: Mode, actions: &'static [Action]) -> Hint {
    Hint { id, keys: Keys::Bound { mode, actions, gap: "" } }
}

impl Hint {
    /// The hint in the session's language; none when it has no key.
    pub(super) fn worded(&self, l10n: &Localizer) -> Option<String> {
        let key = self.key()?;
        Some(match self.keys {
            Keys::Unnamed => l10n.text(self.id),
            _ => l10n.format(self.id, &[("key", key)]),
        })
    }

    /// The name of the key the hint names (empty when it names none); none
    /// when its mode binds no key to one of its actions, or binds the key
    /// it says is typed.
    fn key(&self) -> Option<String> {
        match &self.keys {
            Keys::Bound { mode, actions, gap } => {
                let names: Option<Vec<String>> =
                    actions.iter().map(|action| key_for(*mode, action).map(key_name)).collect();
                Some(names?.join(gap))
            }
            Keys::Typed { mode, key } if !is_bound(*mode, *key) => Some(key_name(*key)),
            Keys::Typed { .. } => None,
            Keys::Unnamed => Some(String::new()),
        }
    }
}

/// A question's choices, one per line, their keys in a column: each hint
/// is given its key's name padded to the widest key name and two spaces.
/// Each comes with the action its key does, which a click on it does too;
/// a choice is a hint of one action.
pub(super) fn choices(l10n: &Localizer, hints: &[Hint]) -> Vec<(String, Action)> {
    let named: Vec<(&Hint, String, &Action)> = hints
        .iter()
        .filter_map(|hint| match &hint.keys {
            Keys::Bound { actions: [action], .. } => Some((hint, hint.key()?, action)),
            _ => None,
        })
        .collect();
    let column = named.iter().map(|(_, key, _)| key.chars().count()).max().unwrap_or(0) + 2;
    named
        .into_iter()
        .map(|(hint, key, action)| {
            (l10n.format(hint.id, &[("key", format!("{key:<column$}"))]), action.clone())
        })
        .collect()
}

/// A window's hints on one line, in the order given.
pub(super) fn line(l10n: &Localizer, hints: &[Hint]) -> String {
    hints.iter().filter_map(|hint| hint.worded(l10n)).collect::<Vec<_>>().join(" · ")
}

use Action::*;
use Mode::{Edit, Help, Identity, Normal, Path, Prompt, QuitAsk, Search, Sources, Ticket};

// The screen's footer (`view::footer` picks and orders them).
pub(crate) const MOVE: Hint = bound(ui::KEY_MOVE, Normal, &[SelectPrevious, SelectNext]);
pub(crate) const SELECT: Hint = bound(ui::KEY_SELECT, Normal, &[Activate]);
pub(crate) const BACK: Hint = bound(ui::KEY_BACK, Normal, &[Action::Back]);
pub(crate) const RESTART: Hint = bound(ui::KEY_RESTART, Normal, &[Restart]);
pub(crate) const SEARCH: Hint = bound(ui::KEY_SEARCH, Normal, &[OpenSearch]);
pub(crate) const TICKET: Hint = bound(ui::KEY_TICKET, Normal, &[ShowTicket]);
pub(crate) const HELP: Hint = bound(ui::KEY_HELP, Normal, &[ToggleHelp]);
pub(super) const QUIT: Hint = bound(ui::KEY_QUIT, Normal, &[Quit]);

// The agent panel's placeholders and identity line.
pub(crate) const AGENT_CALLER_EMPTY: Hint = bound(ui::AGENT_CALLER_EMPTY, Normal, &[EditCaller]);
pub(crate) const AGENT_NOTE_EMPTY: Hint = bound(ui::AGENT_NOTE_EMPTY, Normal, &[EditNote]);
pub(crate) const AGENT_IDENTITY_NO: Hint = bound(ui::AGENT_IDENTITY_NO, Normal, &[Action::Identity]);
/// Above the text of a step that resets methods, until identity is recorded.
pub(super) const IDENTITY_WARNING: Hint = bound(ui::IDENTITY_WARNING, Normal, &[Action::Identity]);

// The windows' bottom edges.
pub(crate) const SEARCH_WINDOW: &[Hint] = &[
    bound(ui::KEY_GO_THERE, Search, &[Activate]),
    bound(ui::KEY_CHOOSE, Search, &[SelectPrevious, SelectNext]),
    bound(ui::KEY_CLOSE, Search, &[CloseOverlay]),
];
pub(crate) const AGENT: &[Hint] = &[
    bound(ui::KEY_CALLER, Normal, &[EditCaller]),
    bound(ui::KEY_NOTE, Normal, &[EditNote]),
    bound(ui::KEY_IDENTITY, Normal, &[Action::Identity]),
    bound(ui::KEY_SOURCES, Normal, &[ShowSources]),
    bound(ui::KEY_TICKET_NUMBER, Normal, &[EditTicketNumber]),
    bound(ui::KEY_HANDOVER, Normal, &[EditHandover]),
    bound(ui::KEY_PATH, Normal, &[ShowPath]),
    bound(ui::KEY_TICKET, Normal, &[ShowTicket]),
];
/// Typing a note: Esc is done, Enter is typed (a new line).
pub(crate) const AGENT_NOTE: &[Hint] = &[
    bound(ui::KEY_DONE, Edit, &[CloseOverlay]),
    Hint { id: ui::KEY_NEW_LINE, keys: Keys::Typed { mode: Edit, key: KeyCode::Enter } },
];
/// Typing the caller, one line: Enter goes on to the note.
pub(crate) const AGENT_CALLER: &[Hint] = &[
    bound(ui::KEY_DONE, Edit, &[CloseOverlay]),
    Hint { id: ui::KEY_ON_TO_NOTE, keys: Keys::Typed { mode: Edit, key: KeyCode::Enter } },
];
pub(crate) const IDENTITY: &[Hint] = &[
    Hint {
        id: ui::KEY_CHOOSE,
        keys: Keys::Bound { mode: Identity, actions: &[Choose(0), Choose(1), Clear], gap: " " },
    },
    bound(ui::KEY_CLOSE, Identity, &[CloseOverlay]),
];
pub(crate) const PROMPT: &[Hint] =
    &[bound(ui::KEY_DONE, Prompt, &[Activate]), bound(ui::KEY_CANCEL, Prompt, &[CloseOverlay])];
pub(crate) const SOURCES: &[Hint] = &[
    bound(ui::KEY_SCROLL, Sources, &[ScrollUp, ScrollDown]),
    bound(ui::KEY_CLOSE, Sources, &[CloseOverlay]),
];
pub(crate) const PATH: &[Hint] =
    &[bound(ui::KEY_GO_THERE, Path, &[Activate]), bound(ui::KEY_CLOSE, Path, &[CloseOverlay])];
pub(crate) const TICKET_WINDOW: &[Hint] = &[
    bound(ui::KEY_SAVE, Ticket, &[SaveTicket]),
    bound(ui::KEY_COPY, Ticket, &[CopyTicket]),
    bound(ui::KEY_CLOSE, Ticket, &[CloseOverlay]),
];
// The choices of the question windows, one per line.
pub(super) const QUIT_CHOICES: &[Hint] = &[
    bound(ui::QUIT_SAVE, QuitAsk, &[SaveTicket]),
    bound(ui::QUIT_DISCARD, QuitAsk, &[Quit]),
    bound(ui::QUIT_GO_ON, QuitAsk, &[CloseOverlay]),
];
pub(super) const CONFIRM_CHOICES: &[Hint] = &[
    bound(ui::CONFIRM_KEEP, Mode::Confirm, &[Action::Confirm]),
    bound(ui::CONFIRM_EDIT, Mode::Confirm, &[CloseOverlay]),
];
pub(super) const IDENTITY_CHOICES: &[Hint] = &[
    bound(ui::IDENTITY_PROCEDURE, Identity, &[Choose(0)]),
    bound(ui::IDENTITY_OTHER, Identity, &[Choose(1)]),
    bound(ui::IDENTITY_CLEAR, Identity, &[Clear]),
];
/// Help scrolls; any other key closes it.
pub(crate) const HELP_WINDOW: &[Hint] = &[
    bound(ui::KEY_SCROLL, Help, &[ScrollUp, ScrollDown]),
    Hint { id: ui::KEY_OTHERS_CLOSE, keys: Keys::Unnamed },
];

#[cfg(test)]
pub(super) mod tests {
    use ratatui::crossterm::event::{Event, KeyEvent, KeyModifiers};

    use super::*;
    use crate::i18n::Locales;
    use crate::tui::action::{from_event, key_event_name, normal_bindings};

    /// Every hint: the footer's, each window's, the agent panel's, the
    /// identity warning's.
    fn every_hint() -> Vec<&'static Hint> {
        let single = [
            &MOVE,
            &SELECT,
            &BACK,
            &RESTART,
            &SEARCH,
            &TICKET,
            &HELP,
            &QUIT,
            &AGENT_CALLER_EMPTY,
            &AGENT_NOTE_EMPTY,
            &AGENT_IDENTITY_NO,
            &IDENTITY_WARNING,
        ];
        let windows = [
            SEARCH_WINDOW,
            AGENT,
            AGENT_NOTE,
            AGENT_CALLER,
            IDENTITY,
            PROMPT,
            SOURCES,
            PATH,
            TICKET_WINDOW,
            HELP_WINDOW,
        ];
        single.into_iter().chain(windows.into_iter().flatten()).collect()
    }

    fn press(code: KeyCode, mode: Mode) -> Option<Action> {
        from_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)), mode)
    }

    /// Whether `text` names a key by itself: a word of one character some
    /// mode binds ("q"), or the name of a key ("Enter", "Ctrl-C").
    pub(in crate::tui) fn names_a_key(text: &str) -> bool {
        let named = [
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
        ]
        .map(key_name);
        let bound = normal_bindings().map(|(key, _)| key_event_name(key));
        let names: Vec<String> =
            named.into_iter().chain(bound).filter(|name| name.chars().count() > 1).collect();
        text.split_whitespace().any(|word| {
            let word = word.trim_matches(|c| ".,:;()".contains(c));
            let mut chars = word.chars();
            let one_key = match (chars.next(), chars.next()) {
                (Some(c), None) => Mode::ALL.iter().any(|mode| is_bound(*mode, KeyCode::Char(c))),
                _ => false,
            };
            one_key || names.iter().any(|name| name == word)
        })
    }

    /// Every hint names its key only through `$key` (a hint that names none
    /// names no key at all), in every bundled locale, and that key does the
    /// hint's action in the hint's mode; a typed key is typed; the digits
    /// of "choose" on the screen choose.
    #[test]
    fn every_hint_names_a_key_bound_to_it_in_every_locale() {
        const MARK: &str = "@@KEY@@";
        let locales = Locales::built_in();
        let tags = locales.tags();
        assert!(tags.len() >= 2, "{tags:?}");
        for tag in tags {
            let l10n = locales.localizer(std::slice::from_ref(&tag));
            for hint in every_hint() {
                let id = hint.id;
                let worded = l10n.format(id, &[("key", MARK)]);
                let marks = if matches!(hint.keys, Keys::Unnamed) { 0 } else { 1 };
                assert_eq!(worded.matches(MARK).count(), marks, "{tag} {id}: {worded:?}");
                let own = names_a_key(&worded.replace(MARK, " "));
                assert!(!own, "{tag} {id} names a key of its own: {worded:?}");
                assert!(hint.worded(&l10n).is_some(), "{tag} {id} has its keys");
            }
        }
        for hint in every_hint() {
            match &hint.keys {
                Keys::Bound { mode, actions, .. } => {
                    for action in *actions {
                        let code = key_for(*mode, action).expect("every hint's action has a key");
                        assert_eq!(press(code, *mode).as_ref(), Some(action), "{}", hint.id);
                    }
                }
                Keys::Typed { mode, key } => {
                    assert!(matches!(press(*key, *mode), Some(Action::EditKey(_))), "{}", hint.id)
                }
                Keys::Unnamed => {}
            }
        }
        for digit in '1'..='9' {
            assert!(matches!(press(KeyCode::Char(digit), Mode::Normal), Some(Action::Choose(_))));
        }
    }
}
