//! Helpdesk agent mode: who is calling, notes per step, the call's clock.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

use crate::report::{CaseNotes, looks_sensitive};
use crate::sanitize::{one_line, pasted, terminal_safe, typeable};

/// Which text field keys go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Caller,
    Note,
}

pub struct Agent {
    pub(super) caller: TextArea<'static>,
    pub(super) note: TextArea<'static>,
    /// The field being edited, if any.
    pub(super) editing: Option<Field>,
    /// A note that looks like it holds a code or a password, waiting for
    /// the agent to confirm it should be kept.
    pub(super) confirming: bool,
    pub(super) elapsed_secs: u64,
    /// The node path the note field belongs to.
    note_for: String,
}

impl Agent {
    pub fn new(notes: &CaseNotes, at: &str) -> Self {
        let mut agent = Self {
            caller: single_line(&notes.caller),
            note: TextArea::default(),
            editing: None,
            confirming: false,
            elapsed_secs: 0,
            note_for: String::new(),
        };
        agent.show_note_for(notes, at);
        agent
    }

    /// Loads the note of the node at `at` into the note field.
    pub fn show_note_for(&mut self, notes: &CaseNotes, at: &str) {
        self.note_for = at.to_string();
        let text = notes.notes.get(at).cloned().unwrap_or_default();
        self.note = TextArea::new(text.lines().map(str::to_string).collect());
        self.note.set_cursor_line_style(ratatui::style::Style::new());
    }

    pub fn key(&mut self, key: KeyEvent) {
        if let KeyCode::Char(c) = key.code
            && !typeable(c)
        {
            return;
        }
        match self.editing {
            Some(Field::Caller) => {
                self.caller.input(key);
            }
            Some(Field::Note) => {
                self.note.input(key);
            }
            None => {}
        }
    }

    pub fn paste(&mut self, text: &str) {
        let text = pasted(text);
        match self.editing {
            Some(Field::Caller) => {
                self.caller.insert_str(one_line(&text));
            }
            Some(Field::Note) => {
                self.note.insert_str(text);
            }
            None => {}
        }
    }

    /// Stops editing. A note that looks like a code or password is held
    /// back for confirmation: returns false then.
    pub fn finish_editing(&mut self, notes: &mut CaseNotes) -> bool {
        if self.editing == Some(Field::Note) && looks_sensitive(&self.note_text()) && !self.confirming {
            self.confirming = true;
            return false;
        }
        self.store(notes);
        self.editing = None;
        self.confirming = false;
        true
    }

    /// The agent chose not to keep the flagged note: back to editing it.
    pub fn reconsider(&mut self) {
        self.confirming = false;
    }

    /// Keeps the flagged note after all.
    pub fn confirm(&mut self, notes: &mut CaseNotes) {
        self.store(notes);
        self.editing = None;
        self.confirming = false;
    }

    fn store(&self, notes: &mut CaseNotes) {
        notes.caller = one_line(&self.caller.lines().join(" "));
        let note = self.note_text();
        if note.trim().is_empty() {
            notes.notes.remove(&self.note_for);
        } else {
            notes.notes.insert(self.note_for.clone(), note.trim_end().to_string());
        }
    }

    fn note_text(&self) -> String {
        terminal_safe(&self.note.lines().join("\n"))
    }

    /// "12:05": minutes and seconds, hours when a call runs that long.
    pub fn clock(&self) -> String {
        let (h, m, s) = (self.elapsed_secs / 3600, self.elapsed_secs / 60 % 60, self.elapsed_secs % 60);
        if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m:02}:{s:02}") }
    }
}

fn single_line(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(vec![text.to_string()]);
    area.set_cursor_line_style(ratatui::style::Style::new());
    area
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyModifiers;

    use super::*;

    fn typed(agent: &mut Agent, text: &str) {
        for c in text.chars() {
            agent.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    #[test]
    fn a_code_in_a_note_is_not_kept_without_confirmation() {
        let mut notes = CaseNotes::default();
        let mut agent = Agent::new(&notes, "a#b");
        agent.editing = Some(Field::Note);
        typed(&mut agent, "code 123456");
        assert!(!agent.finish_editing(&mut notes));
        assert!(notes.notes.is_empty(), "held back until confirmed");
        agent.reconsider();
        assert_eq!(agent.editing, Some(Field::Note));
        assert!(!agent.finish_editing(&mut notes));
        agent.confirm(&mut notes);
        assert_eq!(notes.notes.get("a#b").map(String::as_str), Some("code 123456"));
    }

    #[test]
    fn ordinary_notes_and_the_caller_are_kept_at_once() {
        let mut notes = CaseNotes::default();
        let mut agent = Agent::new(&notes, "a#b");
        agent.editing = Some(Field::Caller);
        typed(&mut agent, "jane@contoso.example");
        assert!(agent.finish_editing(&mut notes));
        agent.editing = Some(Field::Note);
        typed(&mut agent, "restarted, no change");
        assert!(agent.finish_editing(&mut notes));
        assert_eq!(notes.caller, "jane@contoso.example");
        assert_eq!(notes.notes.get("a#b").map(String::as_str), Some("restarted, no change"));
    }

    #[test]
    fn the_clock_reads_like_a_call_timer() {
        let mut agent = Agent::new(&CaseNotes::default(), "a#b");
        agent.elapsed_secs = 65;
        assert_eq!(agent.clock(), "01:05");
        agent.elapsed_secs = 3 * 3600 + 7;
        assert_eq!(agent.clock(), "3:00:07");
    }
}
