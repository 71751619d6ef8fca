//! Line mode: the same screens as the full-screen view, as plain lines of
//! text, answered by typing a number. No colour, no box drawing, no cursor
//! movement, so a screen reader reads it line by line and it works in any
//! terminal, through a pipe, and in tests.

mod typed;
mod walk;

use std::io::{self, BufRead, Read, Write};
use std::time::SystemTime;

use typed::{Command, StepWords, Typed};
pub use walk::{WalkError, walk};

use crate::config::OrgConfig;
use crate::engine::Session;
use crate::i18n::Localizer;
use crate::messages::plain;
use crate::report::{CaseNotes, Ticket, to_markdown};
use crate::sanitize::terminal_safe;
use crate::screen::Screen;
use crate::wrap::wrap;

/// Lines wrap here when `COLUMNS` does not say.
pub const DEFAULT_WIDTH: usize = 80;
/// A longer input line is read in pieces, so a runaway pipe cannot fill
/// memory.
const MAX_LINE_BYTES: u64 = 4096;

/// The wrapping width: `COLUMNS` when it holds a positive number.
fn width_from(columns: Option<String>) -> usize {
    columns.and_then(|c| c.trim().parse().ok()).filter(|&w| w > 0).unwrap_or(DEFAULT_WIDTH)
}

/// Writes screens as plain text in one language at one width.
pub struct Printer<'a> {
    pub l10n: &'a Localizer,
    pub config: &'a OrgConfig,
    pub width: usize,
}

impl<'a> Printer<'a> {
    /// Lines as wide as `COLUMNS` says the terminal is.
    pub fn for_terminal(l10n: &'a Localizer, config: &'a OrgConfig) -> Self {
        Printer { l10n, config, width: width_from(std::env::var("COLUMNS").ok()) }
    }

    fn build(&self, session: &Session) -> Screen {
        Screen::build(session, self.l10n, self.config)
    }

    /// The case summary (Markdown) of `session` as it stands.
    fn summary(&self, session: &Session) -> String {
        let ticket = Ticket::new(session, &CaseNotes::default(), self.l10n, SystemTime::now());
        to_markdown(&ticket, self.l10n)
    }

    /// Wrapped text, then a line break.
    fn text(&self, out: &mut dyn Write, text: &str) -> io::Result<()> {
        for line in wrap(text, self.width) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }

    fn message(&self, out: &mut dyn Write, id: &str, args: &[(&str, String)]) -> io::Result<()> {
        self.text(out, &self.l10n.format(id, args))
    }

    /// The prompt, wrapped like the rest, its last line left open for the
    /// answer.
    fn prompt(&self, out: &mut dyn Write) -> io::Result<()> {
        let lines = wrap(&self.l10n.text(plain::PROMPT), self.width.saturating_sub(1).max(1));
        if let Some((last, before)) = lines.split_last() {
            before.iter().try_for_each(|line| writeln!(out, "{line}"))?;
            write!(out, "{last} ")?;
        }
        out.flush()
    }

    /// The screen's title, with the kind of ending in words where it is one.
    fn title(&self, screen: &Screen) -> String {
        match &screen.kind_label {
            Some(kind) => self
                .l10n
                .format(plain::TITLE_KIND, &[("kind", kind.clone()), ("title", screen.title.clone())]),
            None => screen.title.clone(),
        }
    }

    /// A whole screen, after a blank line: title, where it is, the text and
    /// its sections, then the numbered answers when `with_options`.
    fn screen(&self, out: &mut dyn Write, screen: &Screen, with_options: bool) -> io::Result<()> {
        writeln!(out)?;
        self.text(out, &self.title(screen))?;
        let place = [("flow", screen.flow_title.clone()), ("progress", screen.progress.clone())];
        self.message(out, plain::WHERE, &place)?;
        for section in &screen.sections {
            writeln!(out)?;
            if let Some(heading) = &section.heading {
                self.text(out, heading)?;
            }
            self.text(out, &section.text)?;
        }
        if with_options {
            writeln!(out)?;
            self.message(out, plain::OPTIONS, &[])?;
            for (i, option) in screen.options.iter().enumerate() {
                self.message(
                    out,
                    plain::OPTION,
                    &[("number", (i + 1).to_string()), ("label", option.label.clone())],
                )?;
            }
        }
        Ok(())
    }
}

/// Line mode until the person quits or the input ends. `echo` writes each
/// line read back out: when answers come through a pipe, nothing else shows
/// them in the output.
pub fn run(
    session: &mut Session,
    printer: &Printer<'_>,
    mut input: impl BufRead,
    out: &mut dyn Write,
    echo: bool,
) -> io::Result<()> {
    let words = StepWords::new(printer.l10n);
    let mut screen = printer.build(session);
    printer.screen(out, &screen, true)?;
    loop {
        printer.prompt(out)?;
        let Some(line) = read_line(&mut input)? else {
            // End the prompt's line, so whatever comes next starts clean.
            writeln!(out)?;
            return Ok(());
        };
        if echo {
            writeln!(out, "{}", terminal_safe(line.trim_end()))?;
        }
        match words.parse(&line, session, &screen) {
            Typed::Answer(index) => {
                // The screen was built from this session: its options fit.
                if let Some(option) = screen.options.get(index) {
                    let _ = option.action.apply(session);
                }
            }
            Typed::Command(Command::Back) => {
                if !session.back() {
                    printer.message(out, plain::AT_START, &[])?;
                    continue;
                }
            }
            Typed::Command(Command::Restart) => session.restart(),
            Typed::Command(Command::Help) => {
                printer.message(out, plain::HELP, &[])?;
                continue;
            }
            Typed::Command(Command::Summary) => {
                writeln!(out)?;
                write!(out, "{}", printer.summary(session))?;
                continue;
            }
            Typed::Command(Command::Quit) => return Ok(()),
            Typed::Nothing => continue,
            Typed::Unknown => {
                let args = [("input", line.trim().to_string()), ("last", screen.options.len().to_string())];
                printer.message(out, plain::NOT_AN_ANSWER, &args)?;
                continue;
            }
        }
        screen = printer.build(session);
        printer.screen(out, &screen, true)?;
    }
}

/// One line, without assuming it is UTF-8; `None` at the end of input.
fn read_line(input: &mut impl BufRead) -> io::Result<Option<String>> {
    let mut bytes = Vec::new();
    if input.by_ref().take(MAX_LINE_BYTES).read_until(b'\n', &mut bytes)? == 0 {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_comes_from_columns_when_it_is_a_positive_number() {
        assert_eq!(width_from(Some("120".into())), 120);
        for columns in [None, Some("0".into()), Some("wide".into())] {
            assert_eq!(width_from(columns), DEFAULT_WIDTH);
        }
    }
}
