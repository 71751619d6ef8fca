//! The ticket as Markdown, in the session's language, for pasting where
//! Markdown is shown (a wiki, a Git issue). Service desks that show text as
//! typed get [`super::to_text`].

use super::Ticket;
use super::text::{answer, fields, footer};
use crate::i18n::Localizer;
use crate::messages::ticket;

pub fn to_markdown(ticket: &Ticket, l10n: &Localizer) -> String {
    let mut out = format!("# {}\n\n", l10n.text(ticket::HEADING));
    for (label, value) in fields(ticket, l10n) {
        out.push_str(&format!("- **{label}:** {value}\n"));
    }
    let now_at = format!("{} (`{}`)", ticket.current.title, ticket.current.node);
    out.push_str(&format!("- **{}:** {now_at}\n", l10n.text(ticket::NOW_AT)));
    if let Some(handover) = &ticket.handover_note {
        out.push_str(&format!("\n## {}\n\n{}\n", l10n.text(ticket::HANDOVER), handover.trim()));
    }

    out.push_str(&format!("\n## {}\n\n", l10n.text(ticket::STEPS)));
    if ticket.steps.is_empty() {
        out.push_str(&format!("{}\n", l10n.text(ticket::NO_STEPS)));
    }
    for (i, step) in ticket.steps.iter().enumerate() {
        let answer = answer(&step.answer, l10n);
        out.push_str(&format!("{}. {} (`{}`): {answer}\n", i + 1, step.at.title, step.at.node));
        if let Some(note) = &step.note {
            out.push_str(&indented_note(&l10n.text(ticket::NOTE), note));
        }
    }
    if let Some(note) = &ticket.note {
        out.push_str(&format!("\n## {}\n\n{}\n", l10n.text(ticket::NOTE), note.trim()));
    }
    out.push_str(&format!("\n---\n{}", footer(ticket, l10n)));
    // Every field was made safe; the whole is too, whatever a field forgot.
    crate::sanitize::terminal_safe(&out)
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
