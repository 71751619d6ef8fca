//! mfa-doctor's entry point; the command line lives in `mfa_doctor::cli`.

fn main() -> std::process::ExitCode {
    mfa_doctor::cli::main()
}
