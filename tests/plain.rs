//! Line mode and scripted walks through the real binary, its input piped as
//! a screen-reader user's terminal or a script would give it.

mod support;

use std::process::{Command, Output, Stdio};

use unicode_width::UnicodeWidthStr;

const BIN: &str = env!("CARGO_BIN_EXE_mfa-doctor");
const EXAMPLE_CONFIG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/config.example.yaml");

/// The code doesn't arrive, nothing else is wrong, it is a text message, and
/// none of the seven checks helps (answered by number and by word): the
/// helpdesk screen. Texts branch on the date, so these walks run on
/// [`BEFORE_TEXTS_END`].
const TO_THE_HELPDESK: &str = "2\n3\n1\n1\n2\nno\n2\n2\nunsolved\n2\n2\n";
const TO_THE_HELPDESK_DA: &str = "2\n3\n1\n1\n2\nnej\n2\n2\nunsolved\n2\n2\n";

/// A day before Microsoft stops sending texts (2027-02-01): the walks above
/// give the same screens whatever day the tests run.
const BEFORE_TEXTS_END: [&str; 2] = ["--today", "2026-12-01"];

fn run(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    support::run_piped(BIN, args, env, stdin)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 errors")
}

#[test]
fn full_walk_to_the_helpdesk_in_english() {
    let output = run(&[&BEFORE_TEXTS_END[..], &["--config", EXAMPLE_CONFIG]].concat(), &[], TO_THE_HELPDESK);
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    insta::assert_snapshot!("plain_helpdesk_en", stdout(&output));
}

#[test]
fn full_walk_to_the_helpdesk_in_danish() {
    let output = run(
        &[&BEFORE_TEXTS_END[..], &["--config", EXAMPLE_CONFIG]].concat(),
        &[("LANG", "da_DK.UTF-8")],
        TO_THE_HELPDESK_DA,
    );
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    insta::assert_snapshot!("plain_helpdesk_da", stdout(&output));
}

#[test]
fn plain_output_has_no_escapes_or_box_drawing_and_fits_columns() {
    let output = run(
        &[&BEFORE_TEXTS_END[..], &["--plain", "--config", EXAMPLE_CONFIG]].concat(),
        &[("COLUMNS", "40")],
        TO_THE_HELPDESK,
    );
    let text = stdout(&output);
    assert!(!text.contains('\x1b'), "escape sequence in line mode");
    assert!(!text.contains(['┌', '│', '└', '─']), "box drawing in line mode");
    for line in text.lines() {
        // The answer read is echoed after the prompt, on its line.
        let echoed = TO_THE_HELPDESK.lines().find_map(|a| line.strip_suffix(a).filter(|l| l.ends_with(": ")));
        let line = echoed.map_or(line, str::trim_end);
        assert!(line.width() <= 40, "{line:?} is wider than COLUMNS=40");
    }
}

#[test]
fn a_fix_then_the_end_of_input_exits_0() {
    let output = run(&[], &[], "2\n1\nyes\n");
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0));
    assert!(text.contains("Solved: You got through"), "{text}");
}

#[test]
fn back_restart_help_and_unknown_input() {
    let output = run(&[], &[], "b\n2\nmaybe\n?\nb\nr\n6\nq\n9\n");
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0));
    for expected in [
        "or ? for help: b\nThis is the first question, so there is nothing to go back to.\n",
        "or ? for help: maybe\n\"maybe\" is not an answer here. Type a number from 1 to 3, or ? for help.\n",
        "or ? for help: ?\nType the number of an answer and press Enter.\n",
        "or ? for help: b\n\nWhat is going wrong?\n",
        "or ? for help: r\n\nWhat is going wrong?\n",
        "or ? for help: 6\n\nLook for another method\nMy phone is lost or stolen – Step 2\n",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    assert!(text.ends_with("or ? for help: q\n"), "q must quit at once:\n{text}");
}

#[test]
fn walk_prints_each_screen_and_the_answer_chosen_then_the_last_screen() {
    let output = run(&["walk", "code-not-arriving", "--answers", "1,solved"], &[], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let expected_start = "\nWhat do you see?\nYou chose 1: The message \"You've hit our limit on verification calls\" or \"You've\n\
        hit our limit on text verification codes\"\n\n\
        Use the app or wait a few minutes\nYou chose 1: Yes, that fixed it\n\nSolved: You got through\n";
    assert!(text.starts_with(expected_start), "{text}");
    assert!(!text.contains("Answers:"), "an ended walk lists no options:\n{text}");
}

#[test]
fn walk_reads_answers_from_standard_input() {
    let from_stdin = run(&["walk", "--answers", "-"], &[], "2, 1\nno\n2\n");
    let from_flag = run(&["walk", "--answers", "2,1,no,2"], &[], "");
    assert_eq!(from_stdin.status.code(), Some(5), "{}", stderr(&from_stdin));
    assert_eq!(stdout(&from_stdin), stdout(&from_flag));
    assert!(stdout(&from_stdin).ends_with("2. No, that didn't help\n"), "{}", stdout(&from_stdin));
}

#[test]
fn a_walk_that_stops_before_an_end_says_where_and_exits_5() {
    for (lang, said) in [
        (
            "en",
            "The walk stopped at \"Use the app or wait a few minutes\" before an end: add answers to go on.\n",
        ),
        (
            "da",
            "Gennemgangen stoppede ved \"Brug appen, eller vent lidt\" før en ende: tilføj flere svar for at fortsætte.\n",
        ),
    ] {
        let output = run(&["walk", "--lang", lang, "--answers", "2,1"], &[], "");
        assert_eq!(output.status.code(), Some(5), "{}", stderr(&output));
        assert_eq!(stderr(&output), said);
    }
    let solved = run(&["walk", "code-not-arriving", "--answers", "1,solved"], &[], "");
    assert_eq!(solved.status.code(), Some(0));
}

#[test]
fn answers_on_standard_input_beyond_1_mib_are_refused_not_cut_off() {
    let many = "2,".repeat(520 * 1024);
    let output = run(&["walk", "--answers", "-"], &[], &many);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "The answers on standard input are longer than 1024 KiB, so none of them were used. Give fewer answers.\n"
    );
    assert_eq!(stdout(&output), "");
}

/// The answers that go once round a loop of the bundled flows: "I can't
/// turn it off" → "It is required" → back to triage → "More" → "Something
/// else" → "I can't turn it off" again.
const ROUND: &str = "1\n2\n9\n9\n1\n";

/// 20 000 answers on standard input (the field trial's walk took 90 s:
/// each screen listed every step before it): all read, all walked.
#[test]
fn twenty_thousand_answers_on_standard_input_are_all_walked() {
    let answers = ROUND.repeat(4_000);
    let output = run(&["walk", "cannot-disable", "--answers", "-"], &[], &answers);
    assert_eq!(output.status.code(), Some(5), "unfinished: {}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(text.matches("\nYou chose ").count(), 20_000, "every answer walked");
    assert!(stderr(&output).starts_with("The walk stopped at "), "{}", stderr(&output));
}

#[test]
fn walk_to_the_helpdesk_exits_4() {
    let output = run(&["walk", "code-not-arriving", "--answers", "1,2,2,2,2,2,2,2"], &[], "");
    assert_eq!(output.status.code(), Some(4));
    assert!(stdout(&output).contains("Helpdesk: Contact the helpdesk"), "{}", stdout(&output));
}

/// `walk` with `args` writes exactly `message` to stderr and exits 2.
fn assert_walk_refused(args: &[&str], message: &str) {
    let output = run(&[&["walk"], args].concat(), &[], "");
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert_eq!(stderr(&output), message);
}

#[test]
fn walk_with_an_invalid_answer_names_it_and_exits_2() {
    assert_walk_refused(
        &["code-not-arriving", "--answers", "1,9,1"],
        "Answer 2 of 3, \"9\", does not fit the screen \"Use the app or wait a few minutes\": \
         answer it with 1 or 2 (or yes, no, solved, unsolved).\n",
    );
    assert_walk_refused(
        &["--answers", "10", "--lang", "da"],
        "Svar 1 af 1, \"10\", passer ikke til skærmbilledet \"Hvad går der galt?\": \
         svar med et tal fra 1 til 9.\n",
    );
}

#[test]
fn walk_with_answers_after_the_end_exits_2() {
    assert_walk_refused(
        &["code-not-arriving", "--answers", "1,1,1"],
        "Answer 3 of 3, \"1\", comes after the walk has already ended at \"You got through\". \
         Remove it and the answers after it.\n",
    );
}

#[test]
fn walk_from_an_unknown_flow_suggests_one_lists_the_flows_and_exits_2() {
    let output = run(&["walk", "roming"], &[], "");
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.starts_with("error: there is no flow 'roming' (did you mean 'roaming'?)\n"), "{message}");
    assert!(message.contains("hint: the flows are: access-blocked, app-passwords, "), "{message}");
}

/// What a screen reader would read out as markup or jargon: Markdown's
/// marks and a node id (`flow#node`).
fn markup_or_id(text: &str) -> Option<String> {
    if let Some(mark) = ["**", "`", "# ", "](", "\n- "].into_iter().find(|m| text.contains(m)) {
        return Some(mark.to_string());
    }
    text.split_whitespace()
        .find(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            word.split_once('#').is_some_and(|(flow, node)| {
                let id = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                id(flow) && id(node)
            })
        })
        .map(str::to_string)
}

#[test]
fn t_in_line_mode_reads_as_plain_sentences_without_markup_or_ids() {
    // A path that does not depend on the date: the limit message, then no
    // check helps, to the helpdesk; `t` on the way and at the end.
    for (lang, answers, said) in [
        ("en", "2\n1\nt\n2\n2\n2\n2\n2\n2\n2\nt\nq\n", "What you have done so far:"),
        ("da", "2\n1\nt\n2\n2\n2\n2\n2\n2\n2\nt\nq\n", "Det har du gjort indtil nu:"),
    ] {
        let output = run(&["--lang", lang, "--config", EXAMPLE_CONFIG], &[], answers);
        let text = stdout(&output);
        let summaries: Vec<&str> = text.split(said).skip(1).collect();
        assert_eq!(summaries.len(), 2, "{text}");
        for summary in summaries {
            let summary = summary.split("\n\n").take(3).collect::<Vec<_>>().join("\n\n");
            assert_eq!(markup_or_id(&summary), None, "{summary}");
        }
        assert_eq!(markup_or_id(&text), None, "nothing in line mode reads as markup:\n{text}");
        assert!(
            text.contains("+45 70 20 30 40"),
            "the summary at the helpdesk says how to reach it:\n{text}"
        );
    }
}

#[test]
fn t_prints_the_summary_and_ticket_dir_keeps_it_when_the_session_ends() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let dir_arg = dir.path().to_str().expect("a UTF-8 path");
    let input = format!("{TO_THE_HELPDESK}t\nq\n");
    let output = run(
        &[&BEFORE_TEXTS_END[..], &["--config", EXAMPLE_CONFIG, "--ticket-dir", dir_arg]].concat(),
        &[],
        &input,
    );
    let text = stdout(&output);
    assert!(text.contains("Your case so far, to give the helpdesk"), "{text}");
    assert!(text.contains(". Restart your phone – didn't help."), "{text}");
    let saved: Vec<_> =
        std::fs::read_dir(dir.path()).expect("readable").flatten().map(|e| e.file_name()).collect();
    assert_eq!(saved.len(), 3, "a .txt, a .md and a .json: {saved:?}");
    assert!(stderr(&output).contains("Saved: "), "{}", stderr(&output));
}

#[test]
fn a_reader_that_stops_early_ends_the_program_quietly() {
    // `mfa-doctor preview … | head -0`: the reader is gone before the
    // first line is written (the program takes milliseconds to start).
    let (_dir, vars) = support::sandbox();
    let mut child = Command::new(BIN)
        .args(["preview", "code-not-arriving#signal"])
        .env_clear()
        .envs(vars)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the binary runs");
    let errors = stderr(&output);
    assert_ne!(output.status.code(), Some(101), "{errors}");
    assert!(!errors.contains("panicked"), "{errors}");
}

#[test]
fn a_language_there_is_no_translation_for_says_which_one_is_used_instead() {
    let output = run(&["--lang", "xx"], &[], "q\n");
    assert_eq!(
        stderr(&output),
        "There is no translation for 'xx', so mfa-doctor uses English. Languages: da, en.\n"
    );
    assert!(stdout(&output).contains("What is going wrong?"), "{}", stdout(&output));
    let danish = run(&["--lang", "fr"], &[("LANG", "da_DK.UTF-8")], "q\n");
    assert_eq!(
        stderr(&danish),
        "Der findes ingen oversættelse til 'fr', så mfa-doctor bruger dansk. Sprog: da, en.\n"
    );
    assert!(stdout(&danish).contains("Hvad går der galt?"), "{}", stdout(&danish));
    let regional = run(&["--lang", "da-DK"], &[], "q\n");
    assert_eq!(stderr(&regional), "", "da-DK is Danish");
}
