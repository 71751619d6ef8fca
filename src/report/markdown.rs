//! The ticket as Markdown, in the session's language, for pasting into a
//! ticket or an e-mail.

use super::{StepAnswer, Ticket, TicketOutcome};
use crate::i18n::Localizer;
use crate::messages::ticket;

pub fn to_markdown(ticket: &Ticket, l10n: &Localizer) -> String {
    let field = |id: &str, value: &str| format!("- **{}:** {value}\n", l10n.text(id));
    let mut out = format!("# {}\n\n", l10n.text(ticket::HEADING));
    if let Some(problem) = &ticket.problem {
        out.push_str(&field(ticket::PROBLEM, problem));
    }
    let outcome = match ticket.outcome {
        TicketOutcome::Fixed => ticket::OUTCOME_FIXED,
        TicketOutcome::Escalated => ticket::OUTCOME_ESCALATED,
        TicketOutcome::Urgent => ticket::OUTCOME_URGENT,
        TicketOutcome::Open => ticket::OUTCOME_OPEN,
    };
    out.push_str(&field(ticket::OUTCOME, &l10n.text(outcome)));
    if !ticket.caller.trim().is_empty() {
        out.push_str(&field(ticket::CALLER, ticket.caller.trim()));
    }
    if let Some(error) = &ticket.error_message {
        out.push_str(&field(ticket::ERROR, &l10n.format(ticket::ERROR_QUOTED, &[("error", error.clone())])));
    }
    let now_at = format!("{} (`{}`)", ticket.current.title, ticket.current.node);
    out.push_str(&field(ticket::NOW_AT, &now_at));

    out.push_str(&format!("\n## {}\n\n", l10n.text(ticket::STEPS)));
    if ticket.steps.is_empty() {
        out.push_str(&format!("{}\n", l10n.text(ticket::NO_STEPS)));
    }
    for (i, step) in ticket.steps.iter().enumerate() {
        let answer = match &step.answer {
            StepAnswer::Option { label, .. }
            | StepAnswer::Solved { label }
            | StepAnswer::Unsolved { label } => label.clone(),
            StepAnswer::Jumped => l10n.text(ticket::JUMPED),
        };
        out.push_str(&format!("{}. {} (`{}`): {answer}\n", i + 1, step.at.title, step.at.node));
        if let Some(note) = &step.note {
            out.push_str(&indented_note(&l10n.text(ticket::NOTE), note));
        }
    }
    if let Some(note) = &ticket.note {
        out.push_str(&format!("\n## {}\n\n{}\n", l10n.text(ticket::NOTE), note.trim()));
    }
    let meta = [
        ("language", ticket.language.clone()),
        ("version", ticket.tool_version.clone()),
        ("created", ticket.created.clone()),
    ];
    out.push_str(&format!(
        "\n---\n{}\n{}\n",
        l10n.format(ticket::META, &meta),
        l10n.text(ticket::NEVER_SECRETS)
    ));
    out
}

/// A note under its step, every line indented so Markdown keeps it there.
fn indented_note(label: &str, note: &str) -> String {
    let mut lines = note.trim().lines();
    let first = lines.next().unwrap_or_default();
    let mut out = format!("   - {label}: {first}\n");
    for line in lines {
        out.push_str(&format!("     {line}\n"));
    }
    out
}
