//! A translator's round trip with the real binary: `i18n new xx` makes a
//! locale in which `check` lists every message as untranslated; once each
//! is translated, nothing is left, `i18n status` says 100 %, and the program
//! speaks the new language from `--locales` with no rebuild.

mod support;
mod tools_support;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

use tools_support::{arg, manifest};

fn run(args: &[&str], locales: &Path) -> Output {
    tools_support::run(&[args, &["--locales", arg(locales)]].concat())
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Every message and term id in the bundled English, read as plain text:
/// entries are the lines that start with a lowercase letter or `-`.
fn english_ids() -> BTreeSet<String> {
    let dir = manifest().join("locales/en");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase() || c == '-')) {
            ids.insert(line.split('=').next().unwrap().trim().to_string());
        }
    }
    ids
}

fn check_json(locales: &Path) -> serde_json::Value {
    let output = run(&["check", "--format", "json"], locales);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    serde_json::from_str(&stdout(&output)).unwrap()
}

fn status_row(locales: &Path, tag: &str) -> String {
    let output = run(&["i18n", "status"], locales);
    stdout(&output)
        .lines()
        .find(|l| l.starts_with(tag))
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_new_locale_starts_untranslated_and_ends_complete() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    let made = run(&["i18n", "new", "xx"], &locales);
    assert_eq!(made.status.code(), Some(0), "{}", String::from_utf8_lossy(&made.stderr));
    assert!(locales.join("en/ui.ftl").is_file(), "English copied beside it, as --locales needs");

    let ids = english_ids();
    let report = check_json(&locales);
    let diagnostics = report["diagnostics"].as_array().unwrap();
    assert!(
        diagnostics
            .iter()
            .all(|d| d["code"] == "untranslated" && d["file"].as_str().unwrap().contains("/xx/"))
    );
    let untranslated: BTreeSet<String> =
        diagnostics.iter().map(|d| d["arguments"]["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(untranslated, ids);
    assert_eq!(diagnostics.len(), ids.len());
    assert_eq!(status_row(&locales, "xx"), format!("xx 0 {} 0 0 0 %", ids.len()));

    // The translator translates one message and deletes every marker.
    for entry in std::fs::read_dir(locales.join("xx")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let translated: String =
            text.lines()
                .filter(|line| *line != "# untranslated")
                .map(|line| {
                    if line == "    .title = What is going wrong?" { "    .title = Xx xx xx?" } else { line }
                })
                .flat_map(|line| [line, "\n"])
                .collect();
        std::fs::write(&path, translated).unwrap();
    }
    assert_eq!(check_json(&locales)["diagnostics"], serde_json::json!([]));
    assert_eq!(status_row(&locales, "xx"), format!("xx {} 0 0 0 100 %", ids.len()));

    let screen = stdout(&run(&["--lang", "xx", "preview", "triage"], &locales));
    assert!(screen.contains("┌ Xx xx xx? ─"), "{screen}");
}

#[test]
fn an_existing_locale_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("da")).unwrap();
    std::fs::write(dir.path().join("da/mine.ftl"), "mine = Min\n").unwrap();
    let output = run(&["i18n", "new", "da"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "{} already exists. Choose another tag, or move that directory away first.\n",
            dir.path().join("da").display()
        )
    );
    assert_eq!(std::fs::read_to_string(dir.path().join("da/mine.ftl")).unwrap(), "mine = Min\n");
}

#[test]
fn a_locale_that_cannot_be_written_is_an_input_output_failure() {
    // /sys refuses new directories even to root.
    let output = run(&["i18n", "new", "de"], std::path::Path::new("/sys/mfa-doctor-test"));
    assert_eq!(output.status.code(), Some(3), "{}", String::from_utf8_lossy(&output.stderr));
}
