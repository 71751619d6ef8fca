//! What the tests of the real binary share: an environment with nothing
//! from the machine running them.

// Each test crate uses the part it needs.
#![allow(dead_code)]

use tempfile::TempDir;

/// Variables for a child process run with a cleared environment: no
/// organization or user settings (both point into an empty temporary
/// directory, beside an empty home), no NO_COLOR, no COLUMNS, English unless a test sets LANG.
/// Keep the directory alive as long as the child runs.
pub fn sandbox() -> (TempDir, Vec<(String, String)>) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::create_dir(dir.path().join("home")).expect("a home directory");
    let path = |name: &str| dir.path().join(name).display().to_string();
    let vars = vec![
        ("HOME".to_string(), path("home")),
        ("XDG_CONFIG_HOME".to_string(), path("xdg")),
        ("MFA_DOCTOR_SYSTEM_DIR".to_string(), path("system")),
        ("LANG".to_string(), "en_US.UTF-8".to_string()),
    ];
    (dir, vars)
}

/// Runs `bin` in a [`sandbox`] with `env` added, `stdin` piped in, and
/// returns what it printed and how it ended.
pub fn run_piped(bin: &str, args: &[&str], env: &[(&str, &str)], stdin: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let (_dir, vars) = sandbox();
    let mut child = Command::new(bin)
        .args(args)
        .env_clear()
        .envs(vars)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    // The program may stop reading before the end (a walk refused, a quit):
    // the rest of the input then has nowhere to go, which is no failure.
    let _ = child.stdin.take().expect("stdin is piped").write_all(stdin.as_bytes());
    child.wait_with_output().expect("the binary runs")
}
