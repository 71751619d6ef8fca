//! The default command: the full-screen troubleshooter, or line mode where
//! a full screen cannot work or is not wanted.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::SystemTime;

use super::check::{usable_content, valid_content};
use super::{CommandResult, Context, exit, output};
use crate::content::config::OrgConfig;
use crate::content::source;
use crate::diagnostic::io_error::IoFailure;
use crate::engine::Session;
use crate::facts::Facts;
use crate::flow::Catalog;
use crate::i18n::{Localizer, source_locale};
use crate::messages::case;
use crate::plain::{self, Printer};
use crate::report::{self, CaseNotes, Desk, SaveJob, Ticket, to_markdown};
use crate::search::LazyIndex;
use crate::tui::{self, App, Closing, Palette, Theme};

/// How the person asked to see it.
pub(crate) struct Display {
    pub plain: bool,
    pub theme: Option<Palette>,
    pub case: CaseArgs,
    /// Refuse to start when any layer has errors.
    pub strict: bool,
}

/// The helpdesk's options: agent mode, where tickets go, where to begin.
#[derive(clap::Args, Debug, Default)]
pub(crate) struct CaseArgs {
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
    #[arg(long, value_name = "NAME")]
    pub agent_name: Option<String>,
}

/// Localized help for [`CaseArgs`].
pub(super) fn help(command: clap::Command, l10n: &Localizer) -> clap::Command {
    command
        .mut_arg("agent", |a| a.help(l10n.text(case::AGENT)))
        .mut_arg("ticket_dir", |a| a.help(l10n.text(case::TICKET_DIR)))
        .mut_arg("print_ticket", |a| a.help(l10n.text(case::PRINT_TICKET)))
        .mut_arg("resume", |a| a.help(l10n.text(case::RESUME)))
        .mut_arg("start", |a| a.help(l10n.text(case::START)))
        .mut_arg("agent_name", |a| a.help(l10n.text(case::AGENT_NAME)))
}

pub(super) fn run(context: &Context, display: Display) -> CommandResult {
    if let Some(dir) = &display.case.ticket_dir {
        usable_ticket_dir(context, dir)?;
    }
    let (content, notice) =
        if display.strict { (valid_content(context)?, None) } else { usable_content(context)? };
    let l10n = content.localizer(&context.requested);
    let english = content.localizer(&[source_locale()]);
    let index = LazyIndex::new(vec![l10n.clone(), english]);
    let catalog = Arc::new(content.catalog);
    let facts = content.config.facts(context.today);
    let (session, notes) = begin(context, &display.case, catalog, facts)?;
    if display.plain || !full_screen_possible() {
        // Before the first question, where a screen reader reads it too.
        if let Some(notice) = &notice {
            output::tell(&context.program, notice)?;
        }
        let searching = plain::Searching { index: &index, l10n: &l10n, notes: &mut notes.clone() };
        return Ok(line_mode(context, session, searching, &content.config, &l10n, &display.case));
    }
    let desk = Desk {
        agent: display.case.agent_name.clone().or_else(|| content.config.agent.name.clone()),
        assignment_group: content.config.agent.assignment_group.clone(),
    };
    let mut app = App::new(session, l10n, content.config, Theme::chosen(display.theme))
        .with_search(index)
        .with_notes(notes)
        .with_desk(desk);
    if let Some(text) = &display.case.start {
        app.start_with_search(text);
    }
    if display.case.agent {
        app = app.with_agent();
    }
    if let Some(dir) = display.case.ticket_dir {
        app = app.with_ticket_dir(dir);
    }
    // On the screen, where the person reads it; not again on stderr once
    // the screen is gone.
    if let Some(notice) = notice {
        app = app.with_notice(notice);
    }
    let (app, ran) = tui::run(app);
    // The case first: whatever happened to the terminal, it is kept.
    let saved = match tui::close(&app) {
        Closing::Quiet => true,
        // Said where it can be; a case that was saved is kept either way.
        Closing::Saved(line) => output::write_err(&format!("{line}\n")).is_ok(),
        Closing::Failed { why, before, text } => {
            let _ = output::write_err(&format!("{why}\n{before}\n\n"));
            let _ = output::write_out(&format!("{text}\n"));
            false
        }
    };
    ran.map_err(|e| exit::terminal_failed(&context.program, &e))?;
    if display.case.print_ticket {
        output::say(&context.program, &app.ticket_markdown())?;
    }
    if !saved {
        return Err(ExitCode::from(exit::TERMINAL));
    }
    Ok(exit::ending(app.session()))
}

/// A folder for tickets that cannot take one is said at start, before the
/// call, not at its end.
fn usable_ticket_dir(context: &Context, dir: &Path) -> Result<(), ExitCode> {
    report::check_dir(dir).map_err(|error| {
        let shown = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        let args = [
            ("dir", shown.display().to_string()),
            ("detail", crate::diagnostic::io_error::describe(&error, &context.program)),
        ];
        match output::tell(&context.program, &context.program.format(case::TICKET_DIR_UNUSABLE, &args)) {
            Ok(()) => ExitCode::from(exit::USAGE),
            Err(failed) => failed,
        }
    })
}

/// Where the session starts: a resumed case, or the triage (`--start` is
/// searched by the front end, which can offer a choice).
fn begin(
    context: &Context,
    case: &CaseArgs,
    catalog: Arc<Catalog>,
    facts: Facts,
) -> Result<(Session, CaseNotes), ExitCode> {
    let program = &context.program;
    if let Some(path) = &case.resume {
        return source::read_file(path).and_then(|file| report::resume(&file, catalog, facts)).map_err(
            |diagnostic| match output::tell(program, &diagnostic.render(program)) {
                Ok(()) => ExitCode::from(exit::INVALID_CONTENT),
                Err(failed) => failed,
            },
        );
    }
    let session = Session::new(catalog, facts);
    Ok((session, CaseNotes::new_case()))
}

/// Line mode's way to the summary: saved to `--ticket-dir` when the
/// session reached an end, printed with `--print-ticket`.
fn keep_summary(
    session: &Session,
    notes: &CaseNotes,
    l10n: &Localizer,
    case: &CaseArgs,
) -> Result<(), ExitCode> {
    let ticket = Ticket::new(session, notes, l10n, SystemTime::now());
    let markdown = to_markdown(&ticket, l10n);
    if let (Some(dir), Some(_)) = (&case.ticket_dir, session.outcome()) {
        let job = SaveJob::new(dir.clone(), &ticket, l10n);
        let result = report::save(&job, None).map_err(IoFailure::from);
        output::tell(l10n, &report::save_status(l10n, dir, &result))?;
    }
    if case.print_ticket {
        output::say(l10n, &markdown)?;
    }
    Ok(())
}

/// A full screen needs a terminal on both ends that can move the cursor.
fn full_screen_possible() -> bool {
    let dumb = std::env::var_os("TERM").is_some_and(|term| term == "dumb");
    io::stdin().is_terminal() && io::stdout().is_terminal() && !dumb
}

fn line_mode(
    context: &Context,
    mut session: Session,
    mut searching: plain::Searching<'_>,
    config: &OrgConfig,
    l10n: &Localizer,
    case: &CaseArgs,
) -> ExitCode {
    let printer = Printer::for_terminal(l10n, config);
    let stdin = io::stdin();
    // A terminal echoes what is typed; a pipe does not.
    let echo = !stdin.is_terminal();
    let start = case.start.as_deref();
    let out = &mut io::stdout().lock();
    match plain::run(&mut session, &printer, &mut searching, start, stdin.lock(), out, echo) {
        Ok(()) => match keep_summary(&session, searching.notes, l10n, case) {
            Ok(()) => exit::ending(&session),
            Err(failed) => failed,
        },
        // The terminal, a full disk, or the reader gone (`| head`: said
        // by nobody).
        Err(e) => exit::terminal_failed(&context.program, &e),
    }
}
