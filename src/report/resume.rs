//! Reopening a saved case: the JSON ticket replayed through the engine, so
//! the second agent gets the same node, history and notes.

use std::sync::Arc;

use super::{CaseNotes, SCHEMA, SCHEMA_V1, SCHEMA_V2, StepAnswer, Ticket};
use crate::content::source::SourceFile;
use crate::diagnostic::{Diagnostic, Location, Problem};
use crate::engine::{Answer, Session};
use crate::facts::Facts;
use crate::flow::Catalog;

/// `file` read as a ticket of a format this version knows, or why not,
/// located in the file.
pub fn parse(file: &SourceFile) -> Result<Ticket, Diagnostic> {
    let ticket: Ticket = serde_json::from_str(&file.text)
        .map_err(|e| Diagnostic::error(Location::new(&file.path, e.line(), e.column()), unreadable(&e)))?;
    if ![SCHEMA, SCHEMA_V2, SCHEMA_V1].contains(&ticket.schema.as_str()) {
        let found = ticket.schema.clone();
        return Err(Diagnostic::error(Location::file(&file.path), Problem::TicketSchema { found }));
    }
    Ok(ticket)
}

/// Why serde_json could not read a ticket, in our terms: its message is
/// English and names Rust's types.
fn unreadable(e: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let (reason, key) = match e.classify() {
        Category::Eof => ("cut", String::new()),
        Category::Data => match e.to_string().split_once("missing field `") {
            Some((_, rest)) => ("missing", rest.split('`').next().unwrap_or_default().to_string()),
            None => ("value", String::new()),
        },
        Category::Syntax | Category::Io => ("json", String::new()),
    };
    Problem::TicketUnreadable { reason, key }
}

/// Replays `file` (a JSON ticket) on `catalog`. Any step that does not fit
/// the flows as they are now (they may have changed since) is an error
/// naming the step.
/// `facts` are today's: a resumed case gets the advice of the day it is
/// resumed on.
pub fn resume(
    file: &SourceFile,
    catalog: Arc<Catalog>,
    facts: Facts,
) -> Result<(Session, CaseNotes), Diagnostic> {
    let ticket = parse(file)?;
    let whole_file = || Location::file(&file.path);
    let mut session = Session::new(catalog, facts);
    let targets =
        ticket.steps.iter().skip(1).map(|s| s.at.node.as_str()).chain([ticket.current.node.as_str()]);
    for (number, (step, next)) in ticket.steps.iter().zip(targets).enumerate().map(|(i, pair)| (i + 1, pair))
    {
        let mismatch = || {
            Diagnostic::error(
                whole_file(),
                Problem::TicketStepMismatch { step: number, node: step.at.node.clone() },
            )
        };
        if session.catalog().find(&step.at.node) != Some(session.current()) {
            return Err(mismatch());
        }
        let answer = match &step.answer {
            StepAnswer::Option { number, .. } => number.checked_sub(1).map(Answer::Option),
            StepAnswer::Solved { .. } => Some(Answer::Solved),
            StepAnswer::Unsolved { .. } => Some(Answer::Unsolved),
            StepAnswer::Jumped => None,
        };
        let applied = match answer.and_then(|a| Some((a, a.choice_index()?))) {
            // The answer must come out as the ticket says: "solved" on a
            // question would otherwise replay as its first option.
            Some((answer, index)) => {
                session.choose(index).is_ok() && session.history().last().map(|v| v.answer) == Some(answer)
            }
            None => match session.catalog().find(next) {
                Some(target) => {
                    session.jump(target);
                    true
                }
                None => false,
            },
        };
        if !applied {
            return Err(mismatch());
        }
    }
    if session.catalog().find(&ticket.current.node) != Some(session.current()) {
        let step = ticket.steps.len() + 1;
        return Err(Diagnostic::error(
            whole_file(),
            Problem::TicketStepMismatch { step, node: ticket.current.node.clone() },
        ));
    }
    Ok((session, ticket.case_notes()))
}
