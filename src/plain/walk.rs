//! Scripted walks: a list of answers applied without asking, written out as
//! a transcript. For documentation, for replaying a case, and for tests.

use std::io::{self, Write};

use super::{Printer, StepWords};
use crate::engine::Session;
use crate::messages::plain;
use crate::screen::{Asked, ScreenKind};

/// Why a walk stopped before its answers ran out.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    #[error("answer {position} of {count} ({answer:?}) does not fit the screen {title:?}")]
    BadAnswer {
        /// 1-based place in the list of answers.
        position: usize,
        count: usize,
        answer: String,
        title: String,
        /// A "Did that help?" screen, where words answer too.
        step: bool,
        /// How many options the screen has.
        options: usize,
    },
    #[error("answer {position} of {count} ({answer:?}) comes after the walk ended at {title:?}")]
    AfterEnd { position: usize, count: usize, answer: String, title: String },
    #[error(transparent)]
    Write(#[from] io::Error),
}

/// Applies `answers` in order from where `session` is, writing each screen's
/// title and the answer chosen, then the screen the walk ends on (with its
/// options only when the session has not ended).
pub fn walk(
    session: &mut Session,
    printer: &Printer<'_>,
    answers: &[String],
    out: &mut dyn Write,
) -> Result<(), WalkError> {
    let words = StepWords::new(printer.l10n);
    let count = answers.len();
    for (i, answer) in answers.iter().enumerate() {
        let asked = Asked::build(session, printer.l10n);
        let position = i + 1;
        if session.outcome().is_some() {
            return Err(WalkError::AfterEnd { position, count, answer: answer.clone(), title: asked.title });
        }
        let chosen = words
            .answer(answer, session, asked.offers.len())
            .and_then(|i| Some((i, asked.offers.get(i)?.item(printer.l10n))));
        let Some((index, option)) = chosen else {
            return Err(WalkError::BadAnswer {
                position,
                count,
                answer: answer.clone(),
                title: asked.title,
                step: asked.kind == ScreenKind::Step,
                options: asked.offers.len(),
            });
        };
        writeln!(out)?;
        printer.text(out, &printer.title(asked.kind_label.as_deref(), &asked.title))?;
        let chosen = [("number", (index + 1).to_string()), ("label", option.label)];
        printer.message(out, plain::WALK_CHOSEN, &chosen)?;
        // The screen was built from this session: its options fit.
        let _ = option.action.apply(session);
    }
    let screen = printer.build(session);
    printer.screen(out, &screen, session.outcome().is_none())?;
    Ok(())
}
