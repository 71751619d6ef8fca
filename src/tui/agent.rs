//! Helpdesk agent mode: who is calling, notes per step, the call's clock.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::text_field::{char_count, text_field, type_bounded};
use crate::report::{CaseNotes, LINE_MAX_CHARS, looks_sensitive};
use crate::sanitize::{one_line, pasted, terminal_safe};

/// Which of the agent panel's text fields keys go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PanelField {
    Caller,
    Note,
}

pub(super) struct Agent {
    pub(super) caller: TextArea<'static>,
    pub(super) note: TextArea<'static>,
    /// The field being edited, if any.
    pub(super) editing: Option<PanelField>,
    /// A note that looks like it holds a code or a password, waiting for
    /// the agent to confirm it should be kept.
    pub(super) confirming: bool,
    pub(super) elapsed_secs: u64,
    /// The node path the note field belongs to.
    note_for: String,
}

impl Agent {
    pub(super) fn new(notes: &CaseNotes, at: &str) -> Self {
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
    pub(crate) fn show_note_for(&mut self, notes: &CaseNotes, at: &str) {
        self.note_for = at.to_string();
        let text = notes.notes.get(at).cloned().unwrap_or_default();
        self.note = text_field(text.lines().map(str::to_string).collect());
    }

    /// Types `key` into the field being edited; `room` is how many
    /// characters the note may hold. False when the field is full and the
    /// key was not taken.
    pub(super) fn key(&mut self, key: KeyEvent, room: usize) -> bool {
        match self.editing {
            Some(PanelField::Caller) => type_bounded(&mut self.caller, key, LINE_MAX_CHARS),
            Some(PanelField::Note) => type_bounded(&mut self.note, key, room),
            None => true,
        }
    }

    /// Pastes as much of `text` as the field has room for; false when some
    /// was left out.
    pub(super) fn paste(&mut self, text: &str, room: usize) -> bool {
        let text = pasted(text);
        let (field, text, room) = match self.editing {
            Some(PanelField::Caller) => (&mut self.caller, one_line(&text), LINE_MAX_CHARS),
            Some(PanelField::Note) => (&mut self.note, text, room),
            None => return true,
        };
        let left = room.saturating_sub(char_count(field));
        let fits = text.chars().count() <= left;
        field.insert_str(text.chars().take(left).collect::<String>());
        fits
    }

    /// The notes with what is being typed now: what a case saved at this
    /// moment holds. A note that looks like a code or password is left out
    /// until the agent confirms it.
    pub(crate) fn with_typing(&self, notes: &CaseNotes) -> CaseNotes {
        let mut notes = notes.clone();
        if self.editing == Some(PanelField::Caller) {
            notes.caller = one_line(&self.caller.lines().join(" "));
        }
        if self.editing == Some(PanelField::Note) && !looks_sensitive(&self.note_text()) {
            self.store_note(&mut notes);
        }
        notes
    }

    /// Ends editing at once, keeping what [`Agent::with_typing`] keeps.
    pub(crate) fn stop_editing(&mut self, notes: &mut CaseNotes) {
        *notes = self.with_typing(notes);
        self.editing = None;
        self.confirming = false;
    }

    /// Stops editing and keeps what was typed. A note that looks like a
    /// code or password is held back (`confirming`) until this is called
    /// again, which is the agent confirming it.
    pub(crate) fn finish_editing(&mut self, notes: &mut CaseNotes) {
        if self.editing == Some(PanelField::Note) && looks_sensitive(&self.note_text()) && !self.confirming {
            self.confirming = true;
            return;
        }
        self.store(notes);
        self.editing = None;
        self.confirming = false;
    }

    /// The agent chose not to keep the flagged note: back to editing it.
    pub(crate) fn reconsider(&mut self) {
        self.confirming = false;
    }

    fn store(&self, notes: &mut CaseNotes) {
        notes.caller = one_line(&self.caller.lines().join(" "));
        self.store_note(notes);
    }

    fn store_note(&self, notes: &mut CaseNotes) {
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
    pub(super) fn clock(&self) -> String {
        crate::report::clock(self.elapsed_secs)
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;

    fn typed(agent: &mut Agent, text: &str) {
        for c in text.chars() {
            agent.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), 100);
        }
    }

    #[test]
    fn a_code_in_a_note_is_not_kept_without_confirmation() {
        let mut notes = CaseNotes::default();
        let mut agent = Agent::new(&notes, "a#b");
        agent.editing = Some(PanelField::Note);
        typed(&mut agent, "code 123456");
        agent.finish_editing(&mut notes);
        assert!(agent.confirming && notes.notes.is_empty(), "held back until confirmed");
        agent.reconsider();
        assert_eq!(agent.editing, Some(PanelField::Note));
        agent.finish_editing(&mut notes);
        assert!(agent.confirming);
        agent.finish_editing(&mut notes);
        assert_eq!(notes.notes.get("a#b").map(String::as_str), Some("code 123456"));
    }

    #[test]
    fn ordinary_notes_and_the_caller_are_kept_at_once() {
        let mut notes = CaseNotes::default();
        let mut agent = Agent::new(&notes, "a#b");
        agent.editing = Some(PanelField::Caller);
        typed(&mut agent, "jane@contoso.example");
        agent.finish_editing(&mut notes);
        agent.editing = Some(PanelField::Note);
        typed(&mut agent, "restarted, no change");
        agent.finish_editing(&mut notes);
        assert!(!agent.confirming);
        assert_eq!(notes.caller, "jane@contoso.example");
        assert_eq!(notes.notes.get("a#b").map(String::as_str), Some("restarted, no change"));
    }

    #[test]
    fn a_full_note_takes_no_more_keys_and_no_more_paste() {
        let mut notes = CaseNotes::default();
        let mut agent = Agent::new(&notes, "a#b");
        agent.editing = Some(PanelField::Note);
        typed(&mut agent, &"x".repeat(120));
        assert!(!agent.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), 100));
        assert!(!agent.paste("more", 100));
        agent.finish_editing(&mut notes);
        assert_eq!(notes.notes.get("a#b").map(|n| n.chars().count()), Some(100));
        agent.editing = Some(PanelField::Caller);
        assert!(!agent.paste(&"y".repeat(500), 100));
        agent.finish_editing(&mut notes);
        assert_eq!(notes.caller.chars().count(), LINE_MAX_CHARS);
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
