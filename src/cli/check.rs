//! `mfa-doctor check`: every problem in the content, and a summary.

use std::io::Write;
use std::process::ExitCode;

use super::{Context, exit};
use crate::content::{self, Loaded};
use crate::i18n::Localizer;
use crate::messages::cli;

pub fn run(context: &Context) -> ExitCode {
    let loaded = content::load(&context.sources);
    let program = &context.program;
    print_diagnostics(&loaded, program, &mut std::io::stdout());
    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = loaded.diagnostics.len() - errors;
    let summary = [("errors", errors.to_string()), ("warnings", warnings.to_string())];
    println!("{}", program.format(cli::CHECK_SUMMARY, &summary));
    if errors > 0 { ExitCode::from(exit::INVALID_CONTENT) } else { ExitCode::SUCCESS }
}

/// Every problem, one per paragraph, to `out`: stdout for `check` (its
/// result), stderr when a start is refused.
pub fn print_diagnostics(loaded: &Loaded, program: &Localizer, out: &mut dyn Write) {
    for diagnostic in &loaded.diagnostics {
        let _ = writeln!(out, "{}", diagnostic.render(program));
    }
}
