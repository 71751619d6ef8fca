//! Line mode: the same screens as the full-screen view, as plain lines of
//! text, answered by typing a number. No colour, no box drawing, no cursor
//! movement, so a screen reader reads it line by line and it works in any
//! terminal, through a pipe, and in tests.

mod typed;
mod walk;

use std::io::{self, BufRead, Read, Write};

use typed::{Shortcut, StepWords, Typed};
pub use walk::WalkError;
pub use walk::walk;

use crate::content::config::OrgConfig;
use crate::engine::Session;
use crate::flow::NodeRef;
use crate::i18n::Localizer;
use crate::messages::plain;
use crate::report::CaseNotes;
use crate::sanitize::terminal_safe;
use crate::screen::{Screen, node_title, person_summary};
use crate::search::{Hit, LazyIndex, Verdict};
use crate::wrap::wrap;

/// Lines wrap here when `COLUMNS` does not say.
pub(crate) const DEFAULT_WIDTH: usize = 80;
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

    /// The case so far in plain sentences, wrapped: no ids, no markup, for
    /// the person and their screen reader (the saved ticket keeps the ids).
    fn summary(&self, out: &mut dyn Write, session: &Session, notes: &CaseNotes) -> io::Result<()> {
        let error = notes.error_message.as_deref();
        self.text(out, &person_summary(session, self.l10n, self.config, error))
    }

    /// Topics close enough to choose between, numbered.
    fn choices(&self, out: &mut dyn Write, session: &Session, hits: &[Hit]) -> io::Result<()> {
        writeln!(out)?;
        self.message(out, plain::SEARCH_CHOOSE, &[])?;
        let catalog = session.catalog();
        for (i, hit) in hits.iter().enumerate() {
            let flow = self.l10n.text(&catalog.flow_of(hit.node).title);
            let label = format!("{flow} › {}", node_title(self.l10n, catalog, hit.node));
            self.message(out, plain::OPTION, &[("number", (i + 1).to_string()), ("label", label)])?;
        }
        Ok(())
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

    /// A screen's title, with the kind of ending in words where it is one.
    fn title(&self, kind_label: Option<&str>, title: &str) -> String {
        match kind_label {
            Some(kind) => self.l10n.format(plain::TITLE_KIND, &[("kind", kind), ("title", title)]),
            None => title.to_string(),
        }
    }

    /// A whole screen, after a blank line: title, where it is, the text and
    /// its sections, then the numbered answers when `with_options`.
    fn screen(&self, out: &mut dyn Write, screen: &Screen, with_options: bool) -> io::Result<()> {
        writeln!(out)?;
        self.text(out, &self.title(screen.kind_label.as_deref(), &screen.title))?;
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

/// Where line mode searches, and what it records of a search: the error
/// message the person pasted.
pub(crate) struct Searching<'a> {
    pub index: &'a LazyIndex,
    /// The language an error message is recorded in.
    pub l10n: &'a Localizer,
    pub notes: &'a mut CaseNotes,
}

/// What a search in line mode led to: a node to go to, topics to choose
/// from (picked by their number on the next line), or nothing.
enum Searched {
    GoTo(NodeRef),
    Choose(Vec<Hit>),
    Nothing,
}

impl Searching<'_> {
    fn search(&mut self, session: &Session, query: &str) -> Searched {
        let catalog = session.catalog();
        match self.index.get(catalog).verdict(query) {
            Verdict::Found(hit) => {
                self.notes.note_search(hit.error_label.as_deref(), self.l10n);
                Searched::GoTo(hit.node)
            }
            Verdict::Choose(hits) => Searched::Choose(hits),
            Verdict::Nothing => Searched::Nothing,
        }
    }
}

/// Line mode until the person quits or the input ends. `echo` writes each
/// line read back out: when answers come through a pipe, nothing else shows
/// them in the output. `start` is searched for first (`--start`).
pub(crate) fn run(
    session: &mut Session,
    printer: &Printer<'_>,
    searching: &mut Searching<'_>,
    start: Option<&str>,
    mut input: impl BufRead,
    out: &mut dyn Write,
    echo: bool,
) -> io::Result<()> {
    let words = StepWords::new(printer.l10n);
    let mut screen = printer.build(session);
    // Topics offered by the last search, until a line picks one.
    let mut offered: Vec<Hit> = Vec::new();
    match start.map(|query| (query, searching.search(session, query))) {
        Some((_, Searched::GoTo(node))) => {
            session.jump(node);
            screen = printer.build(session);
        }
        Some((_, Searched::Choose(hits))) => offered = hits,
        Some((query, Searched::Nothing)) => {
            printer.message(out, plain::SEARCH_NOTHING, &[("query", terminal_safe(query))])?
        }
        None => {}
    }
    printer.screen(out, &screen, true)?;
    if !offered.is_empty() {
        printer.choices(out, session, &offered)?;
    }
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
        let picked = line.trim().parse::<usize>().ok().and_then(|n| offered.get(n.checked_sub(1)?)).cloned();
        offered.clear();
        if let Some(hit) = picked {
            searching.notes.note_search(hit.error_label.as_deref(), searching.l10n);
            session.jump(hit.node);
            screen = printer.build(session);
            printer.screen(out, &screen, true)?;
            continue;
        }
        match words.parse(&line, session, screen.options.len()) {
            Typed::Search(query) => match searching.search(session, &query) {
                Searched::GoTo(node) => session.jump(node),
                Searched::Choose(hits) => {
                    printer.choices(out, session, &hits)?;
                    offered = hits;
                    continue;
                }
                Searched::Nothing => {
                    printer.message(out, plain::SEARCH_NOTHING, &[("query", terminal_safe(&query))])?;
                    continue;
                }
            },
            Typed::Answer(index) => {
                // The screen was built from this session: its options fit.
                if let Some(option) = screen.options.get(index) {
                    let _ = option.action.apply(session);
                }
            }
            Typed::Shortcut(Shortcut::Back) => {
                if !session.back() {
                    printer.message(out, plain::AT_START, &[])?;
                    continue;
                }
            }
            Typed::Shortcut(Shortcut::Restart) => session.restart(),
            Typed::Shortcut(Shortcut::Help) => {
                printer.message(out, plain::HELP, &[])?;
                continue;
            }
            Typed::Shortcut(Shortcut::Summary) => {
                writeln!(out)?;
                printer.summary(out, session, searching.notes)?;
                continue;
            }
            Typed::Shortcut(Shortcut::Quit) => return Ok(()),
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
