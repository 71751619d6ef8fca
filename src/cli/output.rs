//! Standard output and standard error for the commands. `println!` and
//! `eprintln!` panic when a write fails (a full disk, `/dev/full`, a reader
//! gone); here a failure is returned, and the command ends with
//! `exit::TERMINAL` and, where standard error still works, says why.

use std::io::{self, Write};
use std::process::ExitCode;

use super::exit;
use crate::i18n::Localizer;
use crate::messages::cli;

/// `text` on standard output as it is, flushed.
pub(crate) fn write_out(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// `text` on standard error as it is, flushed.
pub(crate) fn write_err(text: &str) -> io::Result<()> {
    let mut err = io::stderr().lock();
    err.write_all(text.as_bytes())?;
    err.flush()
}

/// `text` and a line break on standard output; a failure ends the command.
pub fn say(program: &Localizer, text: &str) -> Result<(), ExitCode> {
    write_out(&format!("{text}\n")).map_err(|e| failed(program, &e))
}

/// `text` and a line break on standard error; a failure ends the command.
pub fn tell(program: &Localizer, text: &str) -> Result<(), ExitCode> {
    write_err(&format!("{text}\n")).map_err(|e| failed(program, &e))
}

/// The exit of a command whose output could not be written, said on
/// standard error where it can be; when the reader stopped early (`| head`)
/// that was its choice, and nothing is said.
pub fn failed(program: &Localizer, error: &io::Error) -> ExitCode {
    if error.kind() != io::ErrorKind::BrokenPipe {
        let detail = crate::diagnostic::io_error::describe(error, program);
        let _ = write_err(&format!("{}\n", program.format(cli::OUTPUT_FAILED, &[("detail", detail)])));
    }
    ExitCode::from(exit::TERMINAL)
}
