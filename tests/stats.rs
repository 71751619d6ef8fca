//! `mfa-doctor stats DIR` on a folder of real tickets: made by the
//! program's own Ticket API and saved as the program saves them, made by
//! walks in line mode with `--ticket-dir` (and a case resumed and saved
//! again), beside files that are not tickets.

mod bundled;
mod support;

use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bundled::content;
use mfa_doctor::content::Content;
use mfa_doctor::engine::Session;
use mfa_doctor::facts::{Date, Facts};
use mfa_doctor::i18n::Localizer;
use mfa_doctor::report::{self, CaseNotes, Desk, SaveJob, Stats, Ticket};

const BIN: &str = env!("CARGO_BIN_EXE_mfa-doctor");

/// 2026-11-27T14:15:00Z, plus `secs`.
fn at(secs: u64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_788_900 + secs)
}

fn today() -> Facts {
    Facts::on(Date::parse("2026-12-01").expect("a day"))
}

/// A session from the triage with these choices (0-based, as `choose`).
fn walked(content: &Content, choices: &[usize]) -> Session {
    let mut session = Session::new(Arc::new(content.catalog.clone()), today());
    for &choice in choices {
        session.choose(choice).unwrap();
    }
    session
}

/// A case's notes: when it began, its id, and the call time before.
fn case(created: &str, id: &str) -> CaseNotes {
    CaseNotes { created: Some(created.into()), case_id: Some(id.into()), ..CaseNotes::default() }
}

/// The summary of `session` as the program makes it, in English, with
/// `secs` of call time, at `now`.
fn ticket(content: &Content, session: &Session, notes: &CaseNotes, secs: u64, now: SystemTime) -> Ticket {
    Ticket::for_desk(session, notes, &english(content), now, secs, &Desk::default())
}

fn english(content: &Content) -> Localizer {
    content.localizer(&["en".parse().unwrap()])
}

/// Saves the summary of `session` into `dir` as the program does.
fn save(dir: &Path, content: &Content, session: &Session, notes: &CaseNotes, secs: u64, now: SystemTime) {
    let ticket = ticket(content, session, notes, secs, now);
    report::save(&SaveJob::new(dir.to_path_buf(), &ticket, &english(content)), None).unwrap();
}

/// The folder: eight tickets of seven cases, and five files that are not
/// tickets (plus two that are not even looked at).
fn folder() -> tempfile::TempDir {
    let content = content();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // no-device: fixed by "Sign in another way", 5:00.
    let fixed = walked(&content, &[0, 0, 0]);
    assert_eq!(content.catalog.path(fixed.current()), "no-device#fixed");
    save(d, &content, &fixed, &case("2026-11-27T09:00:00Z", "a1"), 300, at(0));
    // Another case opened in the very same second: counted apart, 7:00.
    save(d, &content, &fixed, &case("2026-11-27T09:00:00Z", "b2"), 420, at(1));
    // no-device: handed to the helpdesk, 10:00.
    let escalated = walked(&content, &[0, 1]);
    assert_eq!(content.catalog.path(escalated.current()), "no-device#helpdesk");
    save(d, &content, &escalated, &case("2026-11-27T10:00:00Z", "c3"), 600, at(2));
    // no-device: saved mid-way (2:00), then resumed and saved again, fixed
    // (6:00): one case, counted as its newest ticket.
    let midway = walked(&content, &[0]);
    save(d, &content, &midway, &case("2026-11-27T11:00:00Z", "d4"), 120, at(3));
    save(d, &content, &fixed, &case("2026-11-27T11:00:00Z", "d4"), 240, at(4000));
    // lost-phone: urgent, 15:00.
    let mut urgent = walked(&content, &[]);
    urgent.jump(content.catalog.find("lost-phone#report").unwrap());
    save(d, &content, &urgent, &case("2026-11-27T12:00:00Z", "e5"), 900, at(5));
    // Never left the triage, 0:50.
    save(d, &content, &walked(&content, &[]), &case("2026-11-27T13:00:00Z", "f6"), 50, at(6));
    // A ticket of version 1, before case ids and categories: known by its
    // `created`, filed under the flow its steps went into, no call time.
    let old = ticket(&content, &escalated, &case("2026-11-26T08:00:00Z", ""), 30, at(7));
    let mut json: serde_json::Value = serde_json::from_str(&old.to_json()).unwrap();
    for key in ["case_id", "updated", "duration_secs", "category", "priority", "agent", "ticket_number"] {
        json.as_object_mut().unwrap().remove(key);
    }
    for key in ["identity_verified", "identity_method", "handover_note", "assignment_group"] {
        json.as_object_mut().unwrap().remove(key);
    }
    json["schema"] = "mfa-doctor-ticket/1".into();
    std::fs::write(d.join("old-case.json"), json.to_string()).unwrap();
    // A ticket of a version to come is not guessed at.

    std::fs::write(d.join("notes.json"), "these are not JSON").unwrap();
    json["schema"] = "mfa-doctor-ticket/99".into();
    std::fs::write(d.join("future.json"), json.to_string()).unwrap();
    std::fs::write(d.join("big.json"), vec![b' '; 1024 * 1024 + 1]).unwrap();
    std::fs::write(d.join("latin1.json"), b"{\"caller\": \"J\xf8rgen\"}").unwrap();
    std::fs::create_dir(d.join("folder.json")).unwrap();
    // Neither a ticket's name nor a visible file: not looked at.
    std::fs::write(d.join(".hidden.json"), "x").unwrap();
    std::fs::write(d.join("readme.txt"), "x").unwrap();
    dir
}

fn stats(dir: &Path, lang: &str, format: &[&str]) -> Output {
    let (_sandbox, vars) = support::sandbox();
    Command::new(BIN)
        .args(["--lang", lang, "stats"])
        .arg(dir)
        .args(format)
        .env_clear()
        .envs(vars)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

const CSV: &str = "flow,measure,node,value\r
no-device,cases,,5\r
no-device,fixed,,3\r
no-device,escalated,,2\r
no-device,urgent,,0\r
no-device,unfinished,,0\r
no-device,median_call_secs,,300\r
no-device,fixed_by,no-device#other-method,3\r
no-device,escalated_at,no-device#helpdesk,2\r
lost-phone,cases,,1\r
lost-phone,fixed,,0\r
lost-phone,escalated,,0\r
lost-phone,urgent,,1\r
lost-phone,unfinished,,0\r
lost-phone,median_call_secs,,900\r
lost-phone,escalated_at,lost-phone#report,1\r
,cases,,1\r
,fixed,,0\r
,escalated,,0\r
,urgent,,0\r
,unfinished,,1\r
,median_call_secs,,50\r
";

#[test]
fn csv_counts_each_case_once_and_names_what_is_not_a_ticket() {
    let dir = folder();
    let output = stats(dir.path(), "en", &["--format", "csv"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), CSV);
    let stderr = text(&output.stderr);
    let shown = |name: &str| dir.path().join(name).display().to_string();
    for expected in [
        format!(
            "skipped {}:1:2: this is not a ticket saved by mfa-doctor: the text here is not JSON",
            shown("notes.json")
        ),
        format!(
            "skipped {}: this ticket has the format 'mfa-doctor-ticket/99', which this version cannot read",
            shown("future.json")
        ),
        format!("skipped {}: the file is larger than 1024 KiB", shown("big.json")),
        format!("skipped {}:1:14: the file is not valid UTF-8 text", shown("latin1.json")),
        format!("skipped {}: this is not an ordinary file", shown("folder.json")),
        "5 files were not tickets and were skipped (named above).".to_string(),
    ] {
        assert!(stderr.contains(&expected), "{expected:?} missing from:\n{stderr}");
    }
    assert_eq!(stderr.lines().count(), 6, "{stderr}");
    assert!(!stderr.contains("hidden") && !stderr.contains("readme"), "{stderr}");
}

#[test]
fn json_has_the_same_figures() {
    let dir = folder();
    let output = stats(dir.path(), "da", &["--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&text(&output.stdout)).unwrap();
    let expected = serde_json::json!({
        "schema": "mfa-doctor-stats/1",
        "tickets": 8,
        "cases": 7,
        "resaved": 1,
        "unreadable": 5,
        "not_read": 0,
        "flows": [
            {
                "flow": "no-device", "cases": 5, "fixed": 3, "escalated": 2, "urgent": 0, "unfinished": 0,
                "median_call_secs": 300,
                "fixed_by": [{ "node": "no-device#other-method", "cases": 3 }],
                "escalated_at": [{ "node": "no-device#helpdesk", "cases": 2 }]
            },
            {
                "flow": "lost-phone", "cases": 1, "fixed": 0, "escalated": 0, "urgent": 1, "unfinished": 0,
                "median_call_secs": 900,
                "fixed_by": [],
                "escalated_at": [{ "node": "lost-phone#report", "cases": 1 }]
            },
            {
                "flow": null, "cases": 1, "fixed": 0, "escalated": 0, "urgent": 0, "unfinished": 1,
                "median_call_secs": 50, "fixed_by": [], "escalated_at": []
            }
        ]
    });
    assert_eq!(json, expected);
    // The reasons are in the reader's language.
    assert!(text(&output.stderr).contains("5 filer var ikke sager"), "{}", text(&output.stderr));
}

#[test]
fn text_is_in_the_readers_language() {
    let dir = folder();
    for (lang, expected) in [
        (
            "en",
            [
                "8 tickets in ",
                "1 case was saved again after --resume; only its newest ticket is counted.",
                "I don't have my phone with me (no-device)\n  5 cases: 3 fixed, 2 handed to the helpdesk, 0 urgent, 0 unfinished\n  Median call time: 05:00\n  Fixed by the step:\n    3× Sign in another way (no-device#other-method)\n  Handed to the helpdesk at:\n    2× ",
                "(lost-phone)\n  1 case: 0 fixed, 0 handed to the helpdesk, 1 urgent, 0 unfinished\n  Median call time: 15:00\n",
                "\nEnded at the first question, before any flow\n  1 case: 0 fixed, 0 handed to the helpdesk, 0 urgent, 1 unfinished\n  Median call time: 00:50\n",
            ],
        ),
        (
            "da",
            [
                "8 sagsfiler i ",
                "1 sag blev gemt igen efter --resume; kun dens nyeste sagsfil tælles med.",
                "Jeg har ikke min telefon med (no-device)\n  5 sager: 3 løst, 2 givet videre til Helpdesk, 0 akutte, 0 ikke afsluttet\n  Median opkaldstid: 05:00\n  Løst af trinnet:\n    3× Log på en anden måde (no-device#other-method)\n  Givet videre til Helpdesk ved:\n    2× ",
                "(lost-phone)\n  1 sag: 0 løst, 0 givet videre til Helpdesk, 1 akutte, 0 ikke afsluttet\n  Median opkaldstid: 15:00\n",
                "\nEndte ved det første spørgsmål, før noget forløb\n  1 sag: 0 løst, 0 givet videre til Helpdesk, 0 akutte, 1 ikke afsluttet\n",
            ],
        ),
    ] {
        let output = stats(dir.path(), lang, &[]);
        assert_eq!(output.status.code(), Some(0));
        let out = text(&output.stdout);
        for line in expected {
            assert!(out.contains(line), "{lang}: {line:?} missing from:\n{out}");
        }
        assert!(out.contains(": 7 cases.") || out.contains(": 7 sager."), "{out}");
    }
}

#[test]
fn the_cap_on_files_reads_the_first_by_name_and_counts_the_rest() {
    let dir = folder();
    let folder = report::read_folder(dir.path(), 3).unwrap();
    assert_eq!(folder.not_read, 10);
    // By name: big.json, folder.json and future.json come first.
    assert_eq!((folder.tickets.len(), folder.unreadable.len()), (0, 3));
    assert_eq!(Stats::of(&folder).not_read, 10);
}

#[test]
fn an_empty_or_missing_folder() {
    let dir = tempfile::tempdir().unwrap();
    let output = stats(dir.path(), "en", &[]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), format!("There are no tickets in {}.\n", dir.path().display()));
    let output = stats(dir.path(), "en", &["--format", "csv"]);
    assert_eq!(text(&output.stdout), "flow,measure,node,value\r\n");
    let missing = dir.path().join("nowhere");
    let output = stats(&missing, "da", &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with(&format!("{} kan ikke læses: ", missing.display())));
    assert!(output.stdout.is_empty());
}

/// Real runs: cases walked in line mode with `--ticket-dir`, one of them
/// resumed and saved again.
#[test]
fn cases_walked_and_resumed_by_the_program() {
    let dir = tempfile::tempdir().unwrap();
    let walk = |answers: &str, extra: &[&str]| {
        let (_sandbox, vars) = support::sandbox();
        let mut child = Command::new(BIN)
            .args(["--plain", "--ticket-dir"])
            .arg(dir.path())
            .args(extra)
            .env_clear()
            .envs(vars)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(answers.as_bytes()).unwrap();
        let output = child.wait_with_output().unwrap();
        text(&output.stderr)
    };
    // Four cases, quite possibly in one second: each counts.
    for answers in ["1\n1\n1\n", "1\n2\n", "1\n1\n1\n", "1\n2\n"] {
        assert!(walk(answers, &[]).contains("Saved: "));
    }
    let first = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    assert!(walk("", &["--resume", first.to_str().unwrap()]).contains("Saved: "));
    let output = stats(dir.path(), "en", &["--format", "csv"]);
    assert_eq!(
        text(&output.stdout),
        "flow,measure,node,value\r
no-device,cases,,4\r
no-device,fixed,,2\r
no-device,escalated,,2\r
no-device,urgent,,0\r
no-device,unfinished,,0\r
no-device,median_call_secs,,0\r
no-device,fixed_by,no-device#other-method,2\r
no-device,escalated_at,no-device#helpdesk,2\r
"
    );
    let output = stats(dir.path(), "en", &[]);
    assert!(text(&output.stdout).starts_with("5 tickets in "), "{}", text(&output.stdout));
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
}
