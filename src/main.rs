//! mfa-doctor's entry point; the command line lives in `mfa_doctor::cli`.

fn main() -> std::process::ExitCode {
    stop_quietly_when_the_reader_goes_away();
    mfa_doctor::cli::main()
}

/// Rust starts programs with SIGPIPE ignored, so `mfa-doctor export | head`
/// would hit an error (and `println!` a panic) once `head` has read enough.
/// A command-line tool should just stop then, as every Unix tool does.
#[cfg(unix)]
fn stop_quietly_when_the_reader_goes_away() {
    // SAFETY: the first thing the program does, before any thread exists;
    // it only restores the default disposition of one signal.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn stop_quietly_when_the_reader_goes_away() {}
