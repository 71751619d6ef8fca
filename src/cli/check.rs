//! `mfa-doctor check`: every problem in the content, grouped by file, and
//! a summary; or all of it as JSON for CI.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;

use super::{Context, exit};
use crate::content::{self, Content, Loaded};
use crate::diagnostic::Diagnostic;
use crate::findings::{self, MaxAge};
use crate::i18n::Localizer;
use crate::messages::{cli, tools};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub fn run(context: &Context, format: Format, max_age_days: i64) -> ExitCode {
    let max_age = MaxAge { today: context.today, days: max_age_days };
    let diagnostics = findings::check(&context.sources, max_age);
    let program = &context.program;
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    match format {
        Format::Text => {
            print_grouped(&diagnostics, program, &mut std::io::stdout());
            let warnings = diagnostics.len() - errors;
            let summary = [("errors", errors), ("warnings", warnings)];
            println!("{}", program.format(cli::CHECK_SUMMARY, &summary));
        }
        Format::Json => println!("{}", findings::to_json(&diagnostics, program)),
    }
    if errors > 0 { ExitCode::from(exit::INVALID_CONTENT) } else { ExitCode::SUCCESS }
}

/// `check`'s own help, in the program's language.
pub fn help(command: clap::Command, l10n: &Localizer) -> clap::Command {
    command
        .about(l10n.text(cli::CHECK))
        .mut_arg("format", |a| a.help(l10n.text(tools::CHECK_FORMAT)))
        .mut_arg("max_age", |a| a.help(l10n.text(tools::CHECK_MAX_AGE)))
}

/// Every problem, one per paragraph, to `out`: stdout for `check` (its
/// result), stderr when a start is refused.
pub fn print_diagnostics(loaded: &Loaded, program: &Localizer, out: &mut dyn Write) {
    print_grouped(&loaded.diagnostics, program, out);
}

/// Diagnostics in file order, a blank line between one file's and the
/// next's.
fn print_grouped(diagnostics: &[Diagnostic], program: &Localizer, out: &mut dyn Write) {
    let mut previous: Option<&str> = None;
    for diagnostic in diagnostics {
        let file = &*diagnostic.location.file;
        if previous.is_some_and(|p| p != file) {
            let _ = writeln!(out);
        }
        let _ = writeln!(out, "{}", diagnostic.render(program));
        previous = Some(file);
    }
}

/// The content, or every problem on stderr and the exit code that refuses
/// to start: what each command that shows content begins with.
pub fn valid_content(context: &Context) -> Result<Content, ExitCode> {
    let mut loaded = content::open(&context.sources);
    loaded.content.take().ok_or_else(|| {
        print_diagnostics(&loaded, &context.program, &mut std::io::stderr());
        eprintln!("{}", context.program.text(cli::CONTENT_INVALID));
        ExitCode::from(exit::INVALID_CONTENT)
    })
}
