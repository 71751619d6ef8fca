//! The case summary a helpdesk needs: what the problem was, every answer
//! given, notes, how it ended. Markdown for people, JSON (a stable,
//! documented schema with node ids) for ticketing systems, and the JSON read
//! back to resume a case. Never holds a password or a code: the only free
//! text is the agent's notes, which are checked before they are kept.

#[cfg(windows)]
mod owner_only;
mod resume;
mod save;
mod sensitive;
mod stats;
mod write;

use std::collections::{BTreeMap, HashMap};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

pub use resume::{parse, resume};
pub use save::{SaveJob, save};
pub(crate) use save::{SavedTicket, check_dir, save_status};
pub(crate) use sensitive::looks_sensitive;
pub(crate) use stats::{FlowStats, MAX_TICKETS, NodeCount};
pub use stats::{Stats, read_folder};
pub use write::{to_markdown, to_text};

use crate::engine::{Answer, Outcome, Session};
use crate::flow::{NodeKind, NodeRef};
use crate::i18n::Localizer;
use crate::messages::ui;
use crate::sanitize::{one_line, terminal_safe};
use crate::screen::node_title;

/// Names this format; bump on any change a reader could trip over.
pub(crate) const SCHEMA: &str = "mfa-doctor-ticket/3";
/// The format before the case id; still resumed (a case without an id
/// keeps none, so `stats` still knows it by its `created`).
pub(crate) const SCHEMA_V2: &str = "mfa-doctor-ticket/2";
/// The format before the service desk's fields; still resumed (the fields
/// it lacks start empty).
pub(crate) const SCHEMA_V1: &str = "mfa-doctor-ticket/1";

/// Characters one note may hold. Typing stops there, so a saved ticket
/// always stays within what `--resume` reads.
pub const NOTE_MAX_CHARS: usize = 4_000;
/// Characters all notes of a case may hold together.
pub(crate) const NOTES_MAX_CHARS: usize = 100_000;
/// Characters of the one-line fields (caller, ticket number, how identity
/// was verified).
pub(crate) const LINE_MAX_CHARS: usize = 200;
/// Characters of the handover note.
pub(crate) const HANDOVER_MAX_CHARS: usize = 1_000;

/// What the agent (or the person) added, and what a case keeps across
/// `--resume`: who is calling, notes per step, when the case began and how
/// long the call has run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CaseNotes {
    /// The caller's account name and/or a ticket reference.
    pub caller: String,
    /// Notes by node path (`flow#node`).
    pub notes: BTreeMap<String, String>,
    /// The error message the person saw, when it was found by search
    /// rather than picked from a list.
    pub error_message: Option<String>,
    /// When the case was first opened (RFC 3339, UTC); kept on resume.
    pub created: Option<String>,
    /// What tells this case from others opened in the same second; kept on
    /// resume, so `stats` counts a case saved again once.
    #[serde(default)]
    pub case_id: Option<String>,
    /// Call time spent on the case before this session, in seconds.
    pub earlier_secs: u64,
    /// How the caller's identity was verified; `None` while it is not.
    pub identity: Option<String>,
    /// The organization's ticket number.
    pub ticket_number: String,
    /// What second line needs to know when the case is handed over.
    pub handover: String,
}

impl CaseNotes {
    /// The notes of a new case: empty, with an id of its own.
    pub(crate) fn new_case() -> Self {
        CaseNotes { case_id: Some(save::new_case_id()), ..CaseNotes::default() }
    }

    /// Whether anyone typed or chose anything a case would lose.
    pub(crate) fn has_content(&self) -> bool {
        !self.caller.trim().is_empty()
            || !self.notes.is_empty()
            || self.identity.is_some()
            || !self.ticket_number.trim().is_empty()
            || !self.handover.trim().is_empty()
    }

    /// Characters the notes other than the one at `at` hold.
    pub(crate) fn other_notes_chars(&self, at: &str) -> usize {
        self.notes.iter().filter(|(node, _)| *node != at).map(|(_, note)| note.chars().count()).sum()
    }
}

/// Who works the case and where it goes next: the organization's and the
/// agent's, not the caller's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Desk {
    pub agent: Option<String>,
    pub assignment_group: Option<String>,
}

impl CaseNotes {
    /// A search that matched an error message quoted on a sign-in screen
    /// records it as the error the person saw, in the words of `l10n`.
    pub(crate) fn note_search(&mut self, error_label: Option<&str>, l10n: &crate::i18n::Localizer) {
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

/// How soon a service desk should act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Normal,
    /// An urgent (security) escalation.
    High,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    pub schema: String,
    pub tool_version: String,
    /// When the case was first opened: RFC 3339, UTC.
    pub created: String,
    /// Tells the case from others opened in the same second; the same in
    /// every ticket of one case (`--resume` keeps it).
    #[serde(default)]
    pub case_id: Option<String>,
    /// When this summary was made: RFC 3339, UTC.
    #[serde(default)]
    pub updated: String,
    /// Call time over every session of the case, in seconds.
    #[serde(default)]
    pub duration_secs: u64,
    pub language: String,
    /// The flow the person's problem led into (the first one after triage).
    pub problem: Option<String>,
    /// That flow's id: the category a service desk files the case under.
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default = "normal")]
    pub priority: Priority,
    pub outcome: TicketOutcome,
    pub current: NodeName,
    pub caller: String,
    /// The agent who worked the case (this session's).
    #[serde(default)]
    pub agent: Option<String>,
    /// The organization's ticket number.
    #[serde(default)]
    pub ticket_number: Option<String>,
    #[serde(default)]
    pub identity_verified: bool,
    /// How the caller's identity was verified.
    #[serde(default)]
    pub identity_method: Option<String>,
    /// The error message the person said they saw, as on their screen.
    pub error_message: Option<String>,
    /// What second line needs to know.
    #[serde(default)]
    pub handover_note: Option<String>,
    /// The second-line group the case goes to (organization config).
    #[serde(default)]
    pub assignment_group: Option<String>,
    pub steps: Vec<Step>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub note: Option<String>,
}

fn normal() -> Priority {
    Priority::Normal
}

/// Trimmed, on one line, and `None` when empty.
fn given(text: &str) -> Option<String> {
    let line = one_line(text.trim());
    (!line.is_empty()).then_some(line)
}

impl Ticket {
    /// The summary of `session` as it stands, in the localizer's language.
    pub fn new(session: &Session, notes: &CaseNotes, l10n: &Localizer, now: SystemTime) -> Self {
        Self::for_desk(session, notes, l10n, now, 0, &Desk::default())
    }

    /// The summary with this session's call time (`elapsed_secs`, added to
    /// the case's earlier sessions) and who works it.
    pub fn for_desk(
        session: &Session,
        notes: &CaseNotes,
        l10n: &Localizer,
        now: SystemTime,
        elapsed_secs: u64,
        desk: &Desk,
    ) -> Self {
        let catalog = session.catalog();
        let name = |at: NodeRef| NodeName { node: catalog.path(at), title: node_title(l10n, catalog, at) };
        let mut error_message = None;
        let history = session.history();
        // A note shows once, at the last visit of its node (a loop would
        // otherwise copy it at every pass); the current node's is `note`.
        let current_path = catalog.path(session.current());
        // Where each node was left last, found in one pass: asking at every
        // step whether the node comes again made a long history quadratic.
        let mut last_left: HashMap<NodeRef, usize> = HashMap::new();
        for (i, visit) in history.iter().enumerate() {
            last_left.insert(visit.node, i);
        }
        let last_visit = |i: usize, node: NodeRef| last_left.get(&node) == Some(&i);
        let steps = history
            .iter()
            .enumerate()
            .map(|(i, visit)| {
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
                let note = (last_visit(i, visit.node) && at.node != current_path)
                    .then(|| notes.notes.get(&at.node).map(|n| terminal_safe(n)))
                    .flatten();
                Step { at, answer, note }
            })
            .collect();
        let entry_flow = catalog.flow_of(catalog.entry()).id.as_str();
        let problem_flow = session
            .history()
            .iter()
            .map(|v| v.node)
            .chain([session.current()])
            .map(|at| catalog.flow_of(at))
            .find(|flow| flow.id != entry_flow);
        let current = name(session.current());
        let outcome = match session.outcome() {
            Some(Outcome::Fixed) => TicketOutcome::Fixed,
            Some(Outcome::Escalated { urgent: false }) => TicketOutcome::Escalated,
            Some(Outcome::Escalated { urgent: true }) => TicketOutcome::Urgent,
            None => TicketOutcome::Open,
        };
        let updated = humantime::format_rfc3339_seconds(now).to_string();
        Ticket {
            schema: SCHEMA.into(),
            tool_version: env!("CARGO_PKG_VERSION").into(),
            created: notes.created.as_deref().map(one_line).unwrap_or_else(|| updated.clone()),
            case_id: notes.case_id.as_deref().and_then(given),
            updated,
            duration_secs: notes.earlier_secs.saturating_add(elapsed_secs),
            language: l10n.language().map(ToString::to_string).unwrap_or_default(),
            problem: problem_flow.map(|flow| l10n.text(&flow.title)),
            category: problem_flow.map(|flow| flow.id.clone()),
            priority: if outcome == TicketOutcome::Urgent { Priority::High } else { Priority::Normal },
            outcome,
            note: notes.notes.get(&current.node).map(|n| terminal_safe(n)),
            current,
            caller: one_line(&notes.caller),
            agent: desk.agent.as_deref().and_then(given),
            ticket_number: given(&notes.ticket_number),
            identity_verified: notes.identity.is_some(),
            identity_method: notes.identity.as_deref().and_then(given),
            error_message: error_message.or_else(|| notes.error_message.as_deref().map(one_line)),
            handover_note: (!notes.handover.trim().is_empty()).then(|| terminal_safe(notes.handover.trim())),
            assignment_group: desk.assignment_group.as_deref().and_then(given),
            steps,
        }
    }

    /// The call time as a call timer shows it: "12:05", "1:02:03".
    pub(crate) fn duration(&self) -> String {
        clock(self.duration_secs)
    }

    pub fn to_json(&self) -> String {
        crate::sanitize::json_safe(&serde_json::to_string_pretty(self).unwrap_or_default())
    }

    /// The notes as they were when the ticket was made, to resume with. A
    /// ticket is a file anyone may have edited: its text is made safe like
    /// every other file's.
    pub(crate) fn case_notes(&self) -> CaseNotes {
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
            created: Some(one_line(&self.created)).filter(|c| !c.is_empty()),
            case_id: self.case_id.as_deref().and_then(given),
            earlier_secs: self.duration_secs,
            identity: self
                .identity_verified
                .then(|| self.identity_method.as_deref().map(one_line).unwrap_or_default()),
            ticket_number: self.ticket_number.as_deref().map(one_line).unwrap_or_default(),
            handover: self.handover_note.as_deref().map(terminal_safe).unwrap_or_default(),
        }
    }
}

/// "12:05": minutes and seconds, hours when a call runs that long.
pub fn clock(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m:02}:{s:02}") }
}
