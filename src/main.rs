//! mfa-doctor's entry point; the command line lives in `mfa_doctor::cli`.
//!
//! SIGPIPE stays ignored, as Rust starts programs: a reader that goes away
//! (`mfa-doctor export | head`) makes the next write fail, and the command
//! ends quietly with exit 3 (`cli::output`); a SIGPIPE sent to the
//! full-screen program cannot end it with the terminal in raw mode.

fn main() -> std::process::ExitCode {
    mfa_doctor::cli::main()
}
