//! The case summary a helpdesk needs: what the problem was, every answer
//! given, notes, how it ended. Markdown for people, JSON (a stable,
//! documented schema with node ids) for ticketing systems, and the JSON read
//! back to resume a case. Never holds a password or a code: the only free
//! text is the agent's notes, which are checked before they are kept.

mod markdown;
mod resume;
mod save;
mod sensitive;

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

pub use markdown::to_markdown;
pub use resume::resume;
pub use save::{SavedTicket, save, save_status};
pub use sensitive::looks_sensitive;

use crate::engine::{Answer, Outcome, Session};
use crate::flow::{NodeKind, NodeRef};
use crate::i18n::Localizer;
use crate::messages::ui;
use crate::sanitize::{one_line, terminal_safe};
use crate::screen::node_title;

/// Names this format; bump on any change a reader could trip over.
pub const SCHEMA: &str = "mfa-doctor-ticket/1";

/// What the agent (or the person) added: who is calling, and notes per step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseNotes {
    /// The caller's account name and/or a ticket reference.
    pub caller: String,
    /// Notes by node path (`flow#node`).
    pub notes: BTreeMap<String, String>,
    /// The error message the person saw, when it was found by search
    /// rather than picked from a list.
    pub error_message: Option<String>,
}

impl CaseNotes {
    /// A search that matched an error message quoted on a sign-in screen
    /// records it as the error the person saw, in the words of `l10n`.
    pub fn note_search(&mut self, error_label: Option<&str>, l10n: &crate::i18n::Localizer) {
        if let Some(label) = error_label {
            self.error_message = Some(l10n.text(label));
        }
    }
}

/// A node, by its stable path and its title in the session's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NodeName {
    pub node: String,
    pub title: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketOutcome {
    Fixed,
    Escalated,
    /// A security escalation: to be handled at once.
    Urgent,
    /// Not finished yet (summary asked for mid-way).
    Open,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StepAnswer {
    /// Option `number` (1-based, as shown) of a question.
    Option {
        number: usize,
        label: String,
    },
    Solved {
        label: String,
    },
    Unsolved {
        label: String,
    },
    /// Left by a search or a jump rather than an answer.
    Jumped,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    #[serde(flatten)]
    pub at: NodeName,
    pub answer: StepAnswer,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    pub schema: String,
    pub tool_version: String,
    /// RFC 3339, UTC.
    pub created: String,
    pub language: String,
    /// The flow the person's problem led into (the first one after triage).
    pub problem: Option<String>,
    pub outcome: TicketOutcome,
    pub current: NodeName,
    pub caller: String,
    /// The error message the person said they saw, as on their screen.
    pub error_message: Option<String>,
    pub steps: Vec<Step>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub note: Option<String>,
}

impl Ticket {
    /// The summary of `session` as it stands, in the localizer's language.
    pub fn new(session: &Session, notes: &CaseNotes, l10n: &Localizer, now: SystemTime) -> Self {
        let catalog = session.catalog();
        let name = |at: NodeRef| NodeName { node: catalog.path(at), title: node_title(l10n, catalog, at) };
        let mut error_message = None;
        let steps = session
            .history()
            .iter()
            .map(|visit| {
                let node = catalog.node(visit.node);
                let answer = match (visit.answer, &node.kind) {
                    (Answer::Option(i), NodeKind::Question { options }) => {
                        let choice = options.get(i);
                        let label = choice.map(|c| l10n.text(&c.label)).unwrap_or_default();
                        if choice.is_some_and(|c| c.error_message) {
                            error_message = Some(label.clone());
                        }
                        StepAnswer::Option { number: i + 1, label }
                    }
                    (Answer::Solved, _) => StepAnswer::Solved { label: l10n.text(ui::ANSWER_SOLVED) },
                    (Answer::Unsolved, _) => StepAnswer::Unsolved { label: l10n.text(ui::ANSWER_UNSOLVED) },
                    _ => StepAnswer::Jumped,
                };
                let at = name(visit.node);
                let note = notes.notes.get(&at.node).map(|n| terminal_safe(n));
                Step { at, answer, note }
            })
            .collect();
        let entry_flow = catalog.flow_of(catalog.entry()).id.as_str();
        let problem = session
            .history()
            .iter()
            .map(|v| v.node)
            .chain([session.current()])
            .map(|at| catalog.flow_of(at))
            .find(|flow| flow.id != entry_flow)
            .map(|flow| l10n.text(&flow.title));
        let current = name(session.current());
        Ticket {
            schema: SCHEMA.into(),
            tool_version: env!("CARGO_PKG_VERSION").into(),
            created: humantime::format_rfc3339_seconds(now).to_string(),
            language: l10n.language().map(ToString::to_string).unwrap_or_default(),
            problem,
            outcome: match session.outcome() {
                Some(Outcome::Fixed) => TicketOutcome::Fixed,
                Some(Outcome::Escalated { urgent: false }) => TicketOutcome::Escalated,
                Some(Outcome::Escalated { urgent: true }) => TicketOutcome::Urgent,
                None => TicketOutcome::Open,
            },
            note: notes.notes.get(&current.node).map(|n| terminal_safe(n)),
            current,
            caller: one_line(&notes.caller),
            error_message: error_message.or_else(|| notes.error_message.as_deref().map(one_line)),
            steps,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The notes as they were when the ticket was made, to resume with. A
    /// ticket is a file anyone may have edited: its text is made safe like
    /// every other file's.
    pub fn case_notes(&self) -> CaseNotes {
        let step_notes = self.steps.iter().filter_map(|s| Some((s.at.node.clone(), s.note.as_deref()?)));
        let current_note = self.note.as_deref().map(|n| (self.current.node.clone(), n));
        // An error picked from a list comes back with the steps; only one
        // found by search needs keeping apart.
        let picked = |label: &String| self.error_message.as_ref() == Some(label);
        let from_steps =
            self.steps.iter().any(|s| matches!(&s.answer, StepAnswer::Option { label, .. } if picked(label)));
        CaseNotes {
            caller: one_line(&self.caller),
            notes: step_notes.chain(current_note).map(|(node, note)| (node, terminal_safe(note))).collect(),
            error_message: self.error_message.as_deref().filter(|_| !from_steps).map(one_line),
        }
    }
}
