//! The way in by words, through the real binary in line mode: `--start`
//! and `/` find what a person describes or pastes, offer close topics to
//! choose from, say when nothing matches, and record a pasted error message
//! in the summary, in English and Danish.

mod support;

const BIN: &str = env!("CARGO_BIN_EXE_mfa-doctor");

fn run(args: &[&str], stdin: &str) -> String {
    let args = [&["--plain", "--today", "2026-12-01"], args].concat();
    let output = support::run_piped(BIN, &args, &[], stdin);
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The title of the first screen shown (after the blank line that opens
/// every screen).
fn first_title(out: &str) -> &str {
    out.lines().find(|line| !line.trim().is_empty()).unwrap_or_default()
}

#[test]
fn start_with_a_pasted_message_opens_its_step_and_the_summary_records_it() {
    let out = run(&["--start", "You've hit our limit on text verification codes"], "t\nq\n");
    assert_eq!(first_title(&out), "Use the app or wait a few minutes", "{out}");
    assert!(out.contains("You've hit our limit on text verification codes"), "{out}");
    let summary = out.split("Your case so far").nth(1).expect("t shows the summary");
    assert!(
        summary.contains("\"You've hit our limit on text verification codes\""),
        "the summary quotes the error seen:\n{out}"
    );
}

#[test]
fn start_with_an_everyday_description_in_danish_opens_its_topic() {
    let out = run(&["--lang", "da", "--start", "jeg har glemt min telefon derhjemme"], "q\n");
    let place = out.lines().filter(|line| !line.trim().is_empty()).nth(1).unwrap_or_default();
    assert!(place.starts_with("Jeg har ikke min telefon med – "), "the no-phone topic:\n{out}");
}

#[test]
fn start_with_nonsense_says_nothing_matches_and_shows_the_triage() {
    let out = run(&["--start", "asdfgh"], "q\n");
    assert!(out.contains("Nothing matches \"asdfgh\""), "{out}");
    assert!(out.contains("What is going wrong?"), "{out}");
}

#[test]
fn a_slash_searches_in_line_mode_and_a_number_picks_an_offered_topic() {
    // "phone" alone fits several topics: they are offered, and 1 picks the
    // first of them.
    let out = run(&[], "/phone\n1\nq\n");
    let offered = out.split("Several topics fit").nth(1).expect("topics are offered");
    assert!(offered.contains("1. ") && offered.contains("2. "), "{out}");
    let after_pick = offered.split("\n\n").nth(1).unwrap_or_default();
    assert!(!after_pick.is_empty(), "a screen follows the pick:\n{out}");
}

#[test]
fn a_slash_with_an_error_code_goes_straight_to_its_step() {
    let out = run(&[], "/AADSTS53003\nq\n");
    assert!(out.contains("AADSTS53003"), "{out}");
    assert!(!out.contains("Several topics fit"), "{out}");
}
