//! What packagers install beside the binary, generated from the command
//! line's own definition so it never goes stale: shell completions and the
//! man page.

use std::io::{self, Write};
use std::process::ExitCode;

use clap_complete::Shell;

use super::{Context, localized_command};

/// The name completions are installed for.
const BIN_NAME: &str = "mfa-doctor";

pub fn completions(context: &Context, shell: Shell) -> ExitCode {
    let mut command = localized_command(&context.program);
    // The generators panic when a write fails; a buffer cannot fail.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, BIN_NAME, &mut script);
    print(context, &script)
}

pub fn man(context: &Context) -> ExitCode {
    let mut page = Vec::new();
    match clap_mangen::Man::new(localized_command(&context.program)).render(&mut page) {
        Ok(()) => print(context, &page),
        Err(e) => super::output::failed(&context.program, &e),
    }
}

fn print(context: &Context, bytes: &[u8]) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => super::output::failed(&context.program, &e),
    }
}
