//! Mistakes on the command line through the real binary: clap's errors in
//! the language asked for, on stderr, with exit code 2; help and version
//! still on stdout with exit code 0.

mod support;

use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_mfa-doctor");

fn run(args: &[&str]) -> Output {
    let (_dir, vars) = support::sandbox();
    Command::new(BIN).args(args).env_clear().envs(vars).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// Exit code 2, nothing on stdout, exactly `expected` on stderr.
fn assert_usage_error(args: &[&str], expected: &str) {
    let output = run(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "", "{args:?}");
    assert_eq!(text(&output.stderr), expected, "{args:?}");
}

#[test]
fn an_unknown_argument_in_english() {
    assert_usage_error(
        &["--lang", "en", "--bogus"],
        "error: unexpected argument '--bogus' found\n\
         \n\
         Usage: mfa-doctor --lang <TAG>\n\
         \n\
         For more information, try '--help'.\n",
    );
}

#[test]
fn an_unknown_argument_in_danish() {
    assert_usage_error(
        &["--lang", "da", "--bogus"],
        "fejl: ukendt argument '--bogus'\n\
         \n\
         Brug: mfa-doctor --lang <TAG>\n\
         \n\
         Prøv '--help' for at få mere at vide.\n",
    );
}

#[test]
fn a_misspelt_argument_gets_a_tip_in_danish() {
    assert_usage_error(
        &["--lang", "da", "--flowz", "my-flows"],
        "fejl: ukendt argument '--flowz'\n\
         \n  tip: der findes et lignende argument: '--flows'\n\
         \n\
         Brug: mfa-doctor --lang <TAG> --flows <DIR>\n\
         \n\
         Prøv '--help' for at få mere at vide.\n",
    );
}

#[test]
fn an_invalid_value_in_english() {
    assert_usage_error(
        &["--lang", "en", "export", "--format", "xml"],
        "error: invalid value 'xml' for '--format <FORMAT>'\n  \
         [possible values: mermaid, dot]\n\
         \n\
         For more information, try '--help'.\n",
    );
}

#[test]
fn an_invalid_value_in_danish() {
    assert_usage_error(
        &["--lang", "da", "export", "--format", "xml"],
        "fejl: ugyldig værdi 'xml' til '--format <FORMAT>'\n  \
         [mulige værdier: mermaid, dot]\n\
         \n\
         Prøv '--help' for at få mere at vide.\n",
    );
}

#[test]
fn the_language_can_come_from_the_environment() {
    let (_dir, vars) = support::sandbox();
    let output =
        Command::new(BIN).arg("--bogus").env_clear().envs(vars).env("LANG", "da_DK.UTF-8").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).starts_with("fejl: ukendt argument '--bogus'\n"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn help_and_version_still_work_in_danish() {
    let help = run(&["--lang", "da", "--bogus-free", "--help"]);
    // An unknown argument before --help is still a mistake.
    assert_eq!(help.status.code(), Some(2));
    for args in [&["--lang", "da", "--help"][..], &["--lang", "da", "check", "--help"]] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(text(&output.stdout).contains("Brug: mfa-doctor"), "{args:?}: {}", text(&output.stdout));
        assert_eq!(text(&output.stderr), "", "{args:?}");
    }
    let version = run(&["--lang", "da", "--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(text(&version.stdout), format!("mfa-doctor {}\n", env!("CARGO_PKG_VERSION")));
}
