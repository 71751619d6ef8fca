//! The help's table of keys, built from the key bindings: a row names every
//! key the normal screen binds to its actions, and its message says what
//! they do without naming a key, so the help (and the man page's KEYS,
//! made from the same rows) can never name a key that does something else
//! (`tests::every_key_the_help_names_does_what_its_row_says`).

use super::action::{Action, DIGITS, key_event_name, normal_bindings};
use crate::i18n::Localizer;
use crate::messages::ui;
use crate::width::width as cells;
use crate::wrap::wrap;

/// A row of the table: its message, and whose keys it names.
struct Row {
    id: &'static str,
    keys: RowKeys,
}

enum RowKeys {
    /// The digits that choose by number (bound apart from the tables).
    Digits,
    /// Every key the normal screen binds to these actions, action by
    /// action: a row of several names them in the order its message says
    /// what they do.
    Bound(&'static [Action]),
}

const fn row(id: &'static str, actions: &'static [Action]) -> Row {
    Row { id, keys: RowKeys::Bound(actions) }
}

use Action::*;

/// One action a row where its keys are many ("↑ k Shift-Tab"), so the
/// column of keys stays narrow enough for a small window.
const ROWS: &[Row] = &[
    Row { id: ui::HELP_CHOOSE, keys: RowKeys::Digits },
    row(ui::HELP_PREVIOUS, &[SelectPrevious]),
    row(ui::HELP_NEXT, &[SelectNext]),
    row(ui::HELP_SELECT, &[Activate]),
    row(ui::HELP_BACK, &[Back]),
    row(ui::HELP_BACK_OR_QUIT, &[BackOrQuit]),
    row(ui::HELP_RESTART, &[Restart]),
    row(ui::HELP_PAGE_UP, &[PageUp]),
    row(ui::HELP_PAGE_DOWN, &[PageDown]),
    row(ui::HELP_SEARCH, &[OpenSearch]),
    row(ui::HELP_PATH, &[ShowPath]),
    row(ui::HELP_FORWARD, &[Forward]),
    row(ui::HELP_SUMMARY, &[ShowTicket, SaveTicket, CopyTicket]),
    row(ui::HELP_CALLER_NOTE, &[EditCaller, EditNote]),
    row(ui::HELP_IDENTITY, &[Identity]),
    row(ui::HELP_SOURCES, &[ShowSources]),
    row(ui::HELP_TICKET_HANDOVER, &[EditTicketNumber, EditHandover]),
    row(ui::HELP_HELP, &[ToggleHelp]),
    row(ui::HELP_QUIT, &[Quit]),
    row(ui::HELP_SUSPEND, &[Suspend]),
];

/// Between the column of keys and what they do.
const GAP: usize = 2;

impl Row {
    fn keys(&self) -> Vec<String> {
        match self.keys {
            RowKeys::Digits => vec![format!("{}-{}", DIGITS.start(), DIGITS.end())],
            RowKeys::Bound(actions) => actions
                .iter()
                .flat_map(|action| normal_bindings().filter(move |(_, bound)| *bound == action))
                .map(|(key, _)| key_event_name(key))
                .collect(),
        }
    }
}

/// The table in the session's language: each row's keys, and what they do.
pub(crate) fn keys(l10n: &Localizer) -> Vec<(String, String)> {
    ROWS.iter().map(|row| (row.keys().join(" "), l10n.text(row.id))).collect()
}

/// The help as a window `width` columns wide shows it: the table, its keys
/// in a column as wide as the widest, what they do wrapped beside them;
/// then what the help says besides.
pub(super) fn lines(l10n: &Localizer, width: usize) -> Vec<String> {
    let table = keys(l10n);
    let column = table.iter().map(|(keys, _)| cells(keys)).max().unwrap_or(0) + GAP;
    let mut lines = Vec::new();
    for (keys, does) in &table {
        let mut lead = format!("{keys}{}", " ".repeat(column - cells(keys)));
        for line in wrap(does, width.saturating_sub(column)) {
            lines.push(format!("{lead}{line}"));
            lead = " ".repeat(column);
        }
    }
    lines.push(String::new());
    lines.extend(wrap(&l10n.text(ui::HELP_NOTES), width));
    lines
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::i18n::Locales;
    use crate::tui::action::{Mode, from_event};
    use crate::tui::hints::tests::names_a_key;

    /// Every key a row names does one of the row's actions on the normal
    /// screen, and each of its actions has a key; every key the normal
    /// screen binds is in the table; what a row says names no key of its
    /// own, in every bundled locale.
    #[test]
    fn every_key_the_help_names_does_what_its_row_says() {
        for row in ROWS {
            match row.keys {
                RowKeys::Digits => {
                    for digit in DIGITS {
                        let key = Event::Key(KeyEvent::new(KeyCode::Char(digit), KeyModifiers::NONE));
                        assert!(matches!(from_event(&key, Mode::Normal), Some(Choose(_))), "{digit}");
                    }
                }
                RowKeys::Bound(actions) => {
                    let named = row.keys();
                    for (key, action) in normal_bindings().filter(|(_, a)| actions.contains(a)) {
                        assert!(named.contains(&key_event_name(key)), "{} leaves out {key:?}", row.id);
                        assert_eq!(from_event(&Event::Key(key), Mode::Normal).as_ref(), Some(action));
                    }
                    for action in actions {
                        assert!(normal_bindings().any(|(_, a)| a == action), "{}: {action:?}", row.id);
                    }
                    assert_eq!(named.len(), normal_bindings().filter(|(_, a)| actions.contains(a)).count());
                }
            }
        }
        for (key, action) in normal_bindings() {
            let listed = ROWS.iter().any(|row| matches!(row.keys, RowKeys::Bound(a) if a.contains(action)));
            assert!(listed, "{key:?} ({action:?}) is missing from the help");
        }
        let locales = Locales::built_in();
        for tag in locales.tags() {
            let l10n = locales.localizer(std::slice::from_ref(&tag));
            for row in ROWS {
                assert!(l10n.has(row.id), "{tag} {}", row.id);
                let said = l10n.text(row.id);
                assert!(!names_a_key(&said), "{tag} {} names a key of its own: {said:?}", row.id);
            }
        }
    }

    /// What a row does starts in the same column on every row, counted
    /// as drawn ("⌫" and "←" are one cell each), and continues under it.
    #[test]
    fn the_keys_stand_in_a_column_and_what_they_do_wraps_beside_it() {
        let l10n = Locales::built_in().localizer(&["en".parse().unwrap()]);
        let lines = lines(&l10n, 40);
        let table = &lines[..lines.iter().position(String::is_empty).unwrap()];
        let column = |line: &str| cells(line) - cells(line.split("  ").last().unwrap().trim_start());
        assert!(table.iter().any(|l| l.starts_with("⌫ ← b  ")), "{table:#?}");
        let first = column(&table[0]);
        for line in table {
            assert_eq!(column(line), first, "{line:?} in\n{}", table.join("\n"));
            assert!(cells(line) <= 40, "{line:?}");
        }
        assert!(
            table.iter().any(|l| l.starts_with(&" ".repeat(first))),
            "a row wraps:\n{}",
            table.join("\n")
        );
    }
}
