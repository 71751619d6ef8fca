//! Writing can fail: standard output on a full disk (`/dev/full`) or a
//! pipe whose reader has gone, standard error likewise. Every command then
//! ends with exit 3 and, where standard error still works, says why —
//! never a panic (exit 101) or an abort (134).

#![cfg(target_os = "linux")]

mod support;

use std::fs::File;
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_mfa-doctor");

/// Every command that writes to standard output, as a script runs it.
const COMMANDS: &[&[&str]] = &[
    &["check"],
    &["check", "--format", "json"],
    &["export"],
    &["export", "--format", "dot"],
    &["preview", "triage"],
    &["i18n", "status"],
    &["walk", "--answers", "1"],
    &["--where"],
    &["--plain"],
    &["completions", "bash"],
    &["man"],
];

fn dev_full() -> Stdio {
    Stdio::from(File::options().write(true).open("/dev/full").unwrap())
}

/// The writing end of a pipe whose reading end is already closed.
fn closed_pipe() -> Stdio {
    let mut fds = [0; 2];
    // SAFETY: `pipe` fills both descriptors, which are then owned here.
    let (read, write) = unsafe {
        assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
        (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1]))
    };
    drop(read);
    Stdio::from(write)
}

fn run(args: &[&str], stdout: Stdio, stderr: Stdio) -> Output {
    let (_sandbox, vars) = support::sandbox();
    Command::new(BIN)
        .args(args)
        .env_clear()
        .envs(vars)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .output()
        .unwrap()
}

#[test]
fn stdout_on_a_full_disk_ends_with_exit_3_and_says_why() {
    for args in COMMANDS {
        let output = run(args, dev_full(), Stdio::piped());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(3), "{args:?}: {stderr}");
        assert!(
            stderr.contains("could not be written: the disk is full")
                || stderr.contains("could not be used: the disk is full"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn stdout_to_a_reader_that_has_gone_ends_quietly_with_exit_3() {
    for args in COMMANDS {
        let output = run(args, closed_pipe(), Stdio::piped());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(3), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}: the reader chose to stop; nothing to say");
    }
}

#[test]
fn both_on_a_full_disk_end_with_exit_3_not_an_abort() {
    for args in COMMANDS {
        let output = run(args, dev_full(), dev_full());
        assert_eq!(output.status.code(), Some(3), "{args:?}");
    }
}

/// Errors said on standard error: a bad `--lang`, a bad `--today`, content
/// that is not valid, an unknown flow. With standard error full, the exit
/// is 3 (the error could not be told), not a panic.
#[test]
fn errors_told_on_a_full_stderr_end_with_exit_3() {
    let broken = tempfile::tempdir().unwrap();
    std::fs::write(broken.path().join("triage.yaml"), "id: triage\nbogus: 1\n").unwrap();
    let flows = broken.path().to_str().unwrap();
    let cases: &[&[&str]] = &[
        &["--lang", "!!", "check"],
        &["--today", "yesterday", "check"],
        &["--flows", flows, "export"],
        &["export", "no-such-flow"],
        &["preview", "triage", "--size", "1x1"],
        &["--bogus"],
    ];
    for args in cases {
        let output = run(args, Stdio::piped(), dev_full());
        assert_eq!(output.status.code(), Some(3), "{args:?}");
    }
}
