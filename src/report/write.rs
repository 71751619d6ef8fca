//! The ticket as words, in the session's language, written once and marked
//! up two ways: plain text (a service desk's work notes, e-mail) and
//! Markdown (a wiki, a Git issue). Every format has the same parts in the
//! same order (see [`fields`]).

use super::{Priority, StepAnswer, Ticket, TicketOutcome};
use crate::i18n::Localizer;
use crate::messages::ticket;

/// The summary's fields in order, each as (label, value), in `l10n`'s
/// language. Shared by every format, so none forgets one.
fn fields(ticket: &Ticket, l10n: &Localizer) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut field = |id: &str, value: String| out.push((l10n.text(id), value));
    if let Some(number) = &ticket.ticket_number {
        field(ticket::NUMBER, number.clone());
    }
    if let Some(problem) = &ticket.problem {
        field(ticket::PROBLEM, problem.clone());
    }
    if let Some(category) = &ticket.category {
        field(ticket::CATEGORY, category.clone());
    }
    let outcome = match ticket.outcome {
        TicketOutcome::Fixed => ticket::OUTCOME_FIXED,
        TicketOutcome::Escalated => ticket::OUTCOME_ESCALATED,
        TicketOutcome::Urgent => ticket::OUTCOME_URGENT,
        TicketOutcome::Open => ticket::OUTCOME_OPEN,
    };
    field(ticket::OUTCOME, l10n.text(outcome));
    let priority = match ticket.priority {
        Priority::High => ticket::PRIORITY_HIGH,
        Priority::Normal => ticket::PRIORITY_NORMAL,
    };
    field(ticket::PRIORITY, l10n.text(priority));
    if !ticket.caller.trim().is_empty() {
        field(ticket::CALLER, ticket.caller.trim().to_string());
    }
    let identity = match (ticket.identity_verified, &ticket.identity_method) {
        (true, Some(method)) => l10n.format(ticket::IDENTITY_YES, &[("method", method.clone())]),
        (true, None) => l10n.text(ticket::IDENTITY_YES_UNSAID),
        (false, _) => l10n.text(ticket::IDENTITY_NO),
    };
    field(ticket::IDENTITY, identity);
    if let Some(error) = &ticket.error_message {
        field(ticket::ERROR, l10n.format(ticket::ERROR_QUOTED, &[("error", error.clone())]));
    }
    if let Some(agent) = &ticket.agent {
        field(ticket::AGENT, agent.clone());
    }
    field(ticket::OPENED, ticket.created.clone());
    field(ticket::DURATION, ticket.duration());
    if let Some(group) = ticket.assignment_group.as_ref().filter(|_| ticket.outcome != TicketOutcome::Fixed) {
        field(ticket::ASSIGNMENT_GROUP, group.clone());
    }
    out
}

/// A step's answer in words.
fn answer(step_answer: &StepAnswer, l10n: &Localizer) -> String {
    match step_answer {
        StepAnswer::Option { label, .. } | StepAnswer::Solved { label } | StepAnswer::Unsolved { label } => {
            label.clone()
        }
        StepAnswer::Jumped => l10n.text(ticket::JUMPED),
    }
}

/// The closing lines: language, version, time, and the reminder that no
/// secret belongs in a ticket.
fn footer(ticket: &Ticket, l10n: &Localizer) -> String {
    let meta = [
        ("language", ticket.language.clone()),
        ("version", ticket.tool_version.clone()),
        ("created", ticket.updated.clone()),
    ];
    format!("{}\n{}\n", l10n.format(ticket::META, &meta), l10n.text(ticket::NEVER_SECRETS))
}

/// How one format marks up the parts of a ticket. The ticket is written
/// once, by [`write()`]; the formats differ only in these marks.
struct Markup {
    /// The title of the whole ticket.
    heading: fn(&str) -> String,
    /// A line "label: value".
    field: fn(&str, &str) -> String,
    /// A node: its title and its id.
    node: fn(&str, &str) -> String,
    /// The title of a part (handover, steps, note), blank line before.
    section: fn(&str) -> String,
    /// Before a step's note, under the step.
    note_lead: &'static str,
    /// The line before the closing lines.
    rule: &'static str,
}

/// Plain text: no markup, for a service desk's work notes and e-mail,
/// where Markdown shows as literal asterisks.
const PLAIN: Markup = Markup {
    heading: |h| format!("{h}\n{}\n\n", "=".repeat(h.chars().count())),
    field: |label, value| format!("{label}: {value}\n"),
    node: |title, id| format!("{title} [{id}]"),
    section: |title| format!("\n{title}:\n"),
    note_lead: "   ",
    rule: "--",
};

/// Markdown, for pasting where Markdown is shown (a wiki, a Git issue).
const MARKDOWN: Markup = Markup {
    heading: |h| format!("# {h}\n\n"),
    field: |label, value| format!("- **{label}:** {value}\n"),
    node: |title, id| format!("{title} (`{id}`)"),
    section: |title| format!("\n## {title}\n\n"),
    note_lead: "   - ",
    rule: "---",
};

/// The ticket as plain text, in the session's language.
pub fn to_text(ticket: &Ticket, l10n: &Localizer) -> String {
    write(ticket, l10n, &PLAIN)
}

/// The ticket as Markdown, in the session's language.
pub fn to_markdown(ticket: &Ticket, l10n: &Localizer) -> String {
    write(ticket, l10n, &MARKDOWN)
}

/// The ticket in `markup`: the same parts in the same order in every
/// format.
fn write(ticket: &Ticket, l10n: &Localizer, markup: &Markup) -> String {
    let mut out = (markup.heading)(&l10n.text(ticket::HEADING));
    for (label, value) in fields(ticket, l10n) {
        out.push_str(&(markup.field)(&label, &value));
    }
    let now_at = (markup.node)(&ticket.current.title, &ticket.current.node);
    out.push_str(&(markup.field)(&l10n.text(ticket::NOW_AT), &now_at));
    if let Some(handover) = &ticket.handover_note {
        out.push_str(&format!("{}{}\n", (markup.section)(&l10n.text(ticket::HANDOVER)), handover.trim()));
    }
    out.push_str(&(markup.section)(&l10n.text(ticket::STEPS)));
    if ticket.steps.is_empty() {
        out.push_str(&format!("{}\n", l10n.text(ticket::NO_STEPS)));
    }
    for (i, step) in ticket.steps.iter().enumerate() {
        let answer = answer(&step.answer, l10n);
        out.push_str(&format!("{}. {}: {answer}\n", i + 1, (markup.node)(&step.at.title, &step.at.node)));
        if let Some(note) = &step.note {
            out.push_str(&indented(&l10n.text(ticket::NOTE), note, markup.note_lead));
        }
    }
    if let Some(note) = &ticket.note {
        out.push_str(&format!("{}{}\n", (markup.section)(&l10n.text(ticket::NOTE)), note.trim()));
    }
    out.push_str(&format!("\n{}\n{}", markup.rule, footer(ticket, l10n)));
    // Every field was made safe; the whole is too, whatever a field forgot.
    crate::sanitize::terminal_safe(&out)
}

/// A note under its step, its label on the first line after `lead`, the
/// other lines under the label.
fn indented(label: &str, note: &str, lead: &str) -> String {
    let mut lines = note.trim().lines();
    let first = lines.next().unwrap_or_default();
    let mut out = format!("{lead}{label}: {first}\n");
    let rest = "     ";
    for line in lines {
        out.push_str(&format!("{rest}{line}\n"));
    }
    out
}
