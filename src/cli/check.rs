//! `mfa-doctor check`: every problem in the content, grouped by file, and
//! a summary; or all of it as JSON for CI.

use std::process::ExitCode;

use clap::ValueEnum;

use super::{CommandResult, Context, exit, output};
use crate::content::{self, Content};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::collect::{self, MaxAge};
use crate::i18n::Localizer;
use crate::messages::{cli, setup, tools};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

/// What `check` reports, and how.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[arg(long, value_name = "DAYS", default_value_t = collect::DEFAULT_MAX_AGE_DAYS)]
    max_age: i64,
    // Leave warnings out (an unfinished translation has hundreds).
    #[arg(long)]
    errors_only: bool,
    // Only what concerns this language's files and messages.
    #[arg(long, value_name = "TAG")]
    locale: Option<String>,
}

pub(super) fn run(context: &Context, args: &Args) -> CommandResult {
    let max_age = MaxAge { today: context.today, days: args.max_age };
    let mut diagnostics = collect::all(&context.layers, max_age);
    if let Some(tag) = &args.locale {
        diagnostics.retain(|d| concerns_locale(d, tag));
    }
    if args.errors_only {
        diagnostics.retain(Diagnostic::is_error);
    }
    let format = args.format;
    let program = &context.program;
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    match format {
        Format::Text => {
            let warnings = diagnostics.len() - errors;
            let summary = [("errors", errors), ("warnings", warnings)];
            let text = grouped(&diagnostics, program) + &program.format(cli::CHECK_SUMMARY, &summary);
            output::say(program, &text)?;
        }
        Format::Json => output::say(program, &collect::to_json(&diagnostics, program))?,
    }
    Ok(if errors > 0 { ExitCode::from(exit::INVALID_CONTENT) } else { ExitCode::SUCCESS })
}

/// A problem in one of the language's files (a folder named by its tag),
/// or about one of its messages wherever it is reported.
fn concerns_locale(diagnostic: &Diagnostic, tag: &str) -> bool {
    let in_folder = diagnostic.location.file.split(['/', '\\']).any(|part| part.eq_ignore_ascii_case(tag));
    in_folder
        || diagnostic
            .arguments()
            .iter()
            .any(|(name, value)| name == "locale" && value.eq_ignore_ascii_case(tag))
}

/// `check`'s own help, in the program's language.
pub(super) fn help(command: clap::Command, l10n: &Localizer) -> clap::Command {
    command
        .about(l10n.text(cli::CHECK))
        .mut_arg("format", |a| a.help(l10n.text(tools::CHECK_FORMAT)))
        .mut_arg("max_age", |a| a.help(l10n.text(tools::CHECK_MAX_AGE)))
        .mut_arg("errors_only", |a| a.help(l10n.text(tools::CHECK_ERRORS_ONLY)))
        .mut_arg("locale", |a| a.help(l10n.text(tools::CHECK_LOCALE)))
}

/// Diagnostics in file order, a blank line between one file's and the
/// next's.
/// Problems shown for one file; the rest are counted in a line of their
/// own. A broken translation folder once printed 218 MB of warnings.
pub(crate) const MAX_SHOWN_PER_FILE: usize = 50;

/// Each diagnostic on its lines, a blank line between files, at most
/// [`MAX_SHOWN_PER_FILE`] a file and then how many more (and how many of
/// those are errors): the summary and the JSON count every one.
fn grouped(diagnostics: &[Diagnostic], program: &Localizer) -> String {
    let mut out = String::new();
    let rest = |out: &mut String, hidden: &[&Diagnostic]| {
        if !hidden.is_empty() {
            let errors = hidden.iter().filter(|d| d.is_error()).count();
            out.push_str(&program.format(cli::CHECK_MORE, &[("count", hidden.len()), ("errors", errors)]));
            out.push('\n');
        }
    };
    let mut previous: Option<&str> = None;
    let mut shown = 0;
    let mut hidden: Vec<&Diagnostic> = Vec::new();
    for diagnostic in diagnostics {
        let file = &*diagnostic.location.file;
        if previous.is_some_and(|p| p != file) {
            rest(&mut out, &hidden);
            hidden.clear();
            shown = 0;
            out.push('\n');
        }
        previous = Some(file);
        if shown == MAX_SHOWN_PER_FILE {
            hidden.push(diagnostic);
            continue;
        }
        shown += 1;
        out.push_str(&diagnostic.render(program));
        out.push('\n');
    }
    rest(&mut out, &hidden);
    out
}

/// The content of every layer, or every problem on stderr and the exit
/// code that refuses to start: what the tools (`walk`, `preview`,
/// `export`) and a `--strict` start begin with.
pub(crate) fn valid_content(context: &Context) -> Result<Content, ExitCode> {
    let opened = content::open_layers(&context.layers);
    match opened.content {
        Some(content) if !opened.has_errors() => Ok(content),
        _ => Err(refuse(context, &opened.diagnostics)),
    }
}

/// The content of every layer that is valid, for a person to be helped
/// with whatever an organization's files hold: a layer's file or language
/// with errors is left out. With it, the one line to tell the person when
/// something was (see [`left_out_notice`]). Refused only when the built-in
/// content itself cannot be had.
pub(crate) fn usable_content(context: &Context) -> Result<(Content, Option<String>), ExitCode> {
    let opened = content::open_layers(&context.layers);
    let notice = opened.has_errors().then(|| left_out_notice(context));
    match opened.content {
        Some(content) => Ok((content, notice)),
        None => Err(refuse(context, &opened.diagnostics)),
    }
}

/// In the person's language: part of the organization's content has
/// errors and is not used, and `mfa-doctor check` lists them.
pub(crate) fn left_out_notice(context: &Context) -> String {
    context.program.text(setup::LEFT_OUT)
}

/// Every problem on stderr, and the exit code of invalid content.
fn refuse(context: &Context, diagnostics: &[Diagnostic]) -> ExitCode {
    let text = grouped(diagnostics, &context.program) + &context.program.text(cli::CONTENT_INVALID);
    match output::tell(&context.program, &text) {
        Ok(()) => ExitCode::from(exit::INVALID_CONTENT),
        Err(failed) => failed,
    }
}
