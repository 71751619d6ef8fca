//! What a person sees if the program has a bug after all: the terminal
//! restored first, then a short note in their language and the one line
//! a developer needs, instead of a Rust backtrace on a garbled screen.

use std::io::Write;

use crate::i18n::Localizer;
use crate::messages::cli;
use crate::sanitize::one_line;
use crate::tui;

/// What Rust exits with after a panic has unwound out of `main`.
const PANICKED: i32 = 101;

/// Replaces the panic hook for the rest of the run. The note is worded now:
/// a hook must not depend on the state that may be broken.
pub(super) fn install(program: &Localizer) {
    let note = program.text(cli::CRASHED);
    std::panic::set_hook(Box::new(move |info| {
        tui::restore();
        let mut err = std::io::stderr().lock();
        // The case first: a fault in the program must not lose it.
        if let Some(line) = tui::case_store::rescue(false) {
            let _ = writeln!(err, "{line}");
        }
        // The panic message can quote input: one safe line.
        let _ = writeln!(err, "{note}\n  {}", one_line(&info.to_string()));
        drop(err);
        // Ended here with the exit code of an unwound panic: the shipped
        // binary aborts on a panic (`panic = "abort"`, Cargo.toml), which
        // would add the shell's "Aborted" and maybe a core dump.
        std::process::exit(PANICKED);
    }));
}
