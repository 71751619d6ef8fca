//! The default command: the full-screen troubleshooter, or line mode where
//! a full screen cannot work or is not wanted.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::SystemTime;

use super::check::{usable_content, valid_content};
use super::{Context, Ran, exit};
use crate::config::OrgConfig;
use crate::engine::Session;
use crate::facts::Facts;
use crate::flow::Catalog;
use crate::i18n::{Localizer, source_locale};
use crate::io_error::IoFailure;
use crate::messages::case;
use crate::plain::{self, Printer};
use crate::report::{self, CaseNotes, Ticket, to_markdown};
use crate::search::LazyIndex;
use crate::source;
use crate::tui::{self, App, Palette, Theme};

/// How the person asked to see it.
pub struct Display {
    pub plain: bool,
    pub theme: Option<Palette>,
    pub case: CaseArgs,
    /// Refuse to start when any layer has errors.
    pub strict: bool,
}

/// The helpdesk's options: agent mode, where tickets go, where to begin.
#[derive(clap::Args, Debug, Default)]
pub struct CaseArgs {
    #[arg(long)]
    pub agent: bool,
    #[arg(long, value_name = "DIR")]
    pub ticket_dir: Option<PathBuf>,
    #[arg(long)]
    pub print_ticket: bool,
    #[arg(long, value_name = "FILE", conflicts_with = "start")]
    pub resume: Option<PathBuf>,
    #[arg(long, value_name = "TEXT")]
    pub start: Option<String>,
}

/// Localized help for [`CaseArgs`].
pub fn help(command: clap::Command, l10n: &Localizer) -> clap::Command {
    command
        .mut_arg("agent", |a| a.help(l10n.text(case::AGENT)))
        .mut_arg("ticket_dir", |a| a.help(l10n.text(case::TICKET_DIR)))
        .mut_arg("print_ticket", |a| a.help(l10n.text(case::PRINT_TICKET)))
        .mut_arg("resume", |a| a.help(l10n.text(case::RESUME)))
        .mut_arg("start", |a| a.help(l10n.text(case::START)))
}

pub fn run(context: &Context, display: Display) -> Ran {
    let (content, notice) =
        if display.strict { (valid_content(context)?, None) } else { usable_content(context)? };
    let l10n = content.localizer(&context.requested);
    let english = content.localizer(&[source_locale()]);
    let index = LazyIndex::new(vec![l10n.clone(), english]);
    let catalog = Arc::new(content.catalog);
    let facts = content.config.facts(context.today);
    let (session, notes) = begin(context, &display.case, catalog, facts, &index)?;
    if display.plain || !full_screen_possible() {
        // Before the first question, where a screen reader reads it too.
        if let Some(notice) = &notice {
            eprintln!("{notice}");
        }
        return Ok(line_mode(context, session, &content.config, &l10n, &display.case));
    }
    let mut app = App::new(session, l10n, content.config, Theme::chosen(display.theme))
        .with_search(index)
        .with_notes(notes);
    if display.case.agent {
        app = app.with_agent();
    }
    if let Some(dir) = display.case.ticket_dir {
        app = app.with_ticket_dir(dir);
    }
    let app = tui::run(app).map_err(|e| exit::terminal_failed(&context.program, &e))?;
    // The full screen is gone again: the note stays where the person (or
    // their IT department) sees it.
    if let Some(notice) = &notice {
        eprintln!("{notice}");
    }
    if display.case.print_ticket {
        println!("{}", app.ticket_markdown());
    }
    Ok(exit::ending(app.session()))
}

/// Where the session starts: a resumed case, the best match for `--start`,
/// or the triage.
fn begin(
    context: &Context,
    case: &CaseArgs,
    catalog: Arc<Catalog>,
    facts: Facts,
    index: &LazyIndex,
) -> Result<(Session, CaseNotes), ExitCode> {
    let program = &context.program;
    if let Some(path) = &case.resume {
        return source::read_file(path).and_then(|file| report::resume(&file, catalog, facts)).map_err(
            |diagnostic| {
                eprintln!("{}", diagnostic.render(program));
                ExitCode::from(exit::INVALID_CONTENT)
            },
        );
    }
    let start =
        case.start.as_ref().map(|text| (text, index.get(&catalog).search(text, 1).first().map(|h| h.node)));
    let mut session = Session::new(catalog, facts);
    match start {
        Some((_, Some(node))) => session.jump(node),
        Some((text, None)) => {
            eprintln!("{}", program.format(case::START_NO_MATCH, &[("text", text.clone())]))
        }
        None => {}
    }
    Ok((session, CaseNotes::default()))
}

/// Line mode's way to the summary: saved to `--ticket-dir` when the
/// session reached an end, printed with `--print-ticket`.
fn keep_summary(session: &Session, l10n: &Localizer, case: &CaseArgs) {
    let ticket = Ticket::new(session, &CaseNotes::default(), l10n, SystemTime::now());
    let markdown = to_markdown(&ticket, l10n);
    if let (Some(dir), Some(_)) = (&case.ticket_dir, session.outcome()) {
        let result =
            report::save(dir, &ticket.created, &markdown, &ticket.to_json()).map_err(IoFailure::from);
        eprintln!("{}", report::save_status(l10n, dir, &result));
    }
    if case.print_ticket {
        println!("{markdown}");
    }
}

/// A full screen needs a terminal on both ends that can move the cursor.
fn full_screen_possible() -> bool {
    let dumb = std::env::var_os("TERM").is_some_and(|term| term == "dumb");
    io::stdin().is_terminal() && io::stdout().is_terminal() && !dumb
}

fn line_mode(
    context: &Context,
    mut session: Session,
    config: &OrgConfig,
    l10n: &Localizer,
    case: &CaseArgs,
) -> ExitCode {
    let printer = Printer::for_terminal(l10n, config);
    let stdin = io::stdin();
    // A terminal echoes what is typed; a pipe does not.
    let echo = !stdin.is_terminal();
    match plain::run(&mut session, &printer, stdin.lock(), &mut io::stdout().lock(), echo) {
        Ok(()) => {
            keep_summary(&session, l10n, case);
            exit::ending(&session)
        }
        // The reader went away (`| head`): nothing is left to tell.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => exit::ending(&session),
        Err(e) => exit::terminal_failed(&context.program, &e),
    }
}
