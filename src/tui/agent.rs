//! Helpdesk agent mode: who is calling, notes per step, the call's clock.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::text_field::{text_field, type_into};
use crate::report::{CaseNotes, looks_sensitive};
use crate::sanitize::{one_line, pasted, terminal_safe};

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
            caller: text_field(vec![notes.caller.clone()]),
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
        self.note = text_field(text.lines().map(str::to_string).collect());
    }

    pub fn key(&mut self, key: KeyEvent) {
        match self.editing {
            Some(Field::Caller) => type_into(&mut self.caller, key),
            Some(Field::Note) => type_into(&mut self.note, key),
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

    /// Stops editing and keeps what was typed. A note that looks like a
    /// code or password is held back (`confirming`) until this is called
    /// again, which is the agent confirming it.
    pub fn finish_editing(&mut self, notes: &mut CaseNotes) {
        if self.editing == Some(Field::Note) && looks_sensitive(&self.note_text()) && !self.confirming {
            self.confirming = true;
            return;
        }
        self.store(notes);
        self.editing = None;
        self.confirming = false;
    }

    /// The agent chose not to keep the flagged note: back to editing it.
    pub fn reconsider(&mut self) {
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

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

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
        agent.finish_editing(&mut notes);
        assert!(agent.confirming && notes.notes.is_empty(), "held back until confirmed");
        agent.reconsider();
        assert_eq!(agent.editing, Some(Field::Note));
        agent.finish_editing(&mut notes);
        assert!(agent.confirming);
        agent.finish_editing(&mut notes);
        assert_eq!(notes.notes.get("a#b").map(String::as_str), Some("code 123456"));
    }

    #[test]
    fn ordinary_notes_and_the_caller_are_kept_at_once() {
        let mut notes = CaseNotes::default();
        let mut agent = Agent::new(&notes, "a#b");
        agent.editing = Some(Field::Caller);
        typed(&mut agent, "jane@contoso.example");
        agent.finish_editing(&mut notes);
        agent.editing = Some(Field::Note);
        typed(&mut agent, "restarted, no change");
        agent.finish_editing(&mut notes);
        assert!(!agent.confirming);
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
