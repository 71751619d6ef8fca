//! The binary as an installation uses it: organization-wide and personal
//! settings found without flags, `--where`, shell completions and the man
//! page.

mod support;

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_mfa-doctor");

/// Runs the binary in a sandbox whose system directory is `system` and
/// whose user config home is `xdg`.
fn run(args: &[&str], system: &Path, xdg: &Path) -> Output {
    let (_dir, vars) = support::sandbox();
    Command::new(BIN)
        .args(args)
        .env_clear()
        .envs(vars)
        .env("MFA_DOCTOR_SYSTEM_DIR", system)
        .env("XDG_CONFIG_HOME", xdg)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("a directory");
    std::fs::write(path, contents).expect("a file");
}

const SYSTEM_CONFIG: &str = "helpdesk:\n  name: Org Desk\n  phone: '+45 11 11 11 11'\n";
const USER_CONFIG: &str = "helpdesk:\n  name: My Desk\n  phone: '+45 22 22 22 22'\n";
const TO_THE_HELPDESK: &str = "3,2,2,2,2,2,2,2,2";

#[test]
fn where_names_each_source_and_the_folders_searched() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    write(&system.join("config.yaml"), SYSTEM_CONFIG);
    std::fs::create_dir_all(xdg.join("mfa-doctor/flows")).unwrap();
    let output = run(&["--where", "--locales", "/given"], &system, &xdg);
    assert_eq!(output.status.code(), Some(0));
    let expected = format!(
        "Flows: {user}/flows (your own settings)\n\
         Translations: /given (given on the command line)\n\
         Organization settings: {system}/config.yaml (settings for the whole organization)\n\
         Folders searched when nothing is given on the command line, first match wins: {user}, {system}\n",
        user = xdg.join("mfa-doctor").display(),
        system = system.display(),
    );
    assert_eq!(text(&output.stdout), expected);
}

#[test]
fn where_says_built_in_when_nothing_is_installed() {
    let root = tempfile::tempdir().unwrap();
    let output = run(&["--where", "--lang", "da"], &root.path().join("etc"), &root.path().join("xdg"));
    let stdout = text(&output.stdout);
    assert!(
        stdout.starts_with("Forløb: indbygget i programmet\nOversættelser: indbygget i programmet\n"),
        "{stdout}"
    );
}

#[test]
fn the_organization_config_is_used_and_a_personal_one_or_a_flag_wins() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    write(&system.join("config.yaml"), SYSTEM_CONFIG);
    let walk = ["walk", "code-not-arriving", "--answers", TO_THE_HELPDESK];
    let organization = text(&run(&walk, &system, &xdg).stdout);
    assert!(organization.contains("How to reach Org Desk\nPhone: +45 11 11 11 11"), "{organization}");

    write(&xdg.join("mfa-doctor/config.yaml"), USER_CONFIG);
    let personal = text(&run(&walk, &system, &xdg).stdout);
    assert!(personal.contains("Phone: +45 22 22 22 22"), "{personal}");

    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/config.example.yaml");
    let flagged = text(&run(&[&walk[..], &["--config", example]].concat(), &system, &xdg).stdout);
    assert!(flagged.contains("Phone: +45 70 20 30 40"), "{flagged}");
}

#[test]
fn broken_organization_flows_are_reported_like_flagged_ones() {
    let root = tempfile::tempdir().unwrap();
    let system = root.path().join("etc");
    write(&system.join("flows/triage.yaml"), "id: triage\nstart: nowhere\nnodes: {}\n");
    let output = run(&["check"], &system, &root.path().join("xdg"));
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(stdout.contains(&format!("{}", system.join("flows/triage.yaml").display())), "{stdout}");
}

#[test]
fn completions_for_each_shell_know_the_subcommands() {
    let root = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let output = run(&["completions", shell], root.path(), root.path());
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let script = text(&output.stdout);
        for word in ["mfa-doctor", "walk", "answers", "high-contrast"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    assert_eq!(run(&["completions", "tcsh"], root.path(), root.path()).status.code(), Some(2));
}

#[test]
fn man_page_is_generated_troff_in_the_language_asked() {
    let root = tempfile::tempdir().unwrap();
    let page = text(&run(&["man"], root.path(), root.path()).stdout);
    assert!(page.contains(".TH mfa-doctor 1"), "{page}");
    assert!(
        page.contains("Show where flows, translations and organization settings are read from"),
        "{page}"
    );
    let danish = text(&run(&["man", "--lang", "da"], root.path(), root.path()).stdout);
    assert!(danish.contains("Vis, hvor forløb"), "{danish}");
}

#[test]
fn a_phone_number_with_a_leading_zero_keeps_it_on_the_escalation_screen() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    write(&system.join("config.yaml"), "helpdesk:\n  phone: \"0800123456\"\n");
    let preview = run(&["preview", "lost-phone#helpdesk"], &system, &xdg);
    let screen = text(&preview.stdout);
    assert!(screen.contains("0800123456"), "{screen}");
    let walk = run(&["walk", "code-not-arriving", "--answers", TO_THE_HELPDESK], &system, &xdg);
    let transcript = text(&walk.stdout);
    assert!(transcript.contains("Phone: 0800123456\n"), "{transcript}");
}
