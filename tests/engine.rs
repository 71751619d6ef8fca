//! The session engine, driven through its public API over a small catalog:
//! a triage question linking into a chain of three checks (`network`) and a
//! single step (`lost`), with fixes and escalations at the ends.

use std::sync::Arc;

use mfa_doctor::content::source::SourceFile;
use mfa_doctor::engine::{Answer, ChoiceLabel, EngineError, Outcome, Progress, Session, Visit};
use mfa_doctor::facts::{Date, Facts};
use mfa_doctor::flow::{Catalog, FlowFile, NodeRef, build_catalog};

const TRIAGE: &str = "\
id: triage
title: triage-title
start: problem
nodes:
  problem:
    question: triage-problem
    options:
      - label: triage-problem-opt-network
        next: network#
      - label: triage-problem-opt-helpdesk
        next: network#helpdesk
      - label: triage-problem-opt-lost
        next: lost#
";

/// restart → wifi → airplane, each one's \"didn't help\" leading to the next.
const NETWORK: &str = "\
id: network
title: network-title
start: restart
nodes:
  restart:
    step: network-restart
    solved: fixed
    unsolved: wifi
  wifi:
    step: network-wifi
    solved: fixed
    unsolved: airplane
  airplane:
    step: network-airplane
    solved: fixed
    unsolved: helpdesk
  fixed:
    fix: network-fixed
  helpdesk:
    escalate: network-helpdesk
";

/// A single step, not part of any chain, and an urgent escalation.
const LOST: &str = "\
id: lost
title: lost-title
start: report
nodes:
  report:
    step: lost-report
    solved: secured
    unsolved: helpdesk
  secured:
    fix: lost-secured
  helpdesk:
    escalate: lost-helpdesk
    urgent: true
";

/// Choice indices: triage's options, and a step's two answers.
const NETWORK_OPTION: usize = 0;
const HELPDESK_OPTION: usize = 1;
const LOST_OPTION: usize = 2;
const SOLVED: usize = 0;
const UNSOLVED: usize = 1;

fn catalog() -> Arc<Catalog> {
    let files = [("triage", TRIAGE), ("network", NETWORK), ("lost", LOST)].map(|(name, text)| {
        FlowFile::read(SourceFile { path: format!("flows/{name}.yaml"), text: text.into() })
    });
    let mut diagnostics = Vec::new();
    let catalog = build_catalog(&files, &mut diagnostics);
    assert_eq!(diagnostics, [], "the fixture catalog must be valid");
    Arc::new(catalog.expect("a catalog without diagnostics"))
}

fn session() -> Session {
    Session::new(catalog(), today())
}

/// The node named `flow#node`, which must exist.
fn at(session: &Session, path: &str) -> NodeRef {
    session.catalog().find(path).unwrap_or_else(|| panic!("no node {path}"))
}

/// Where the session is, as `flow#node`.
fn here(session: &Session) -> String {
    session.catalog().path(session.current())
}

/// Answers each choice in turn; every one must be valid.
fn walk(session: &mut Session, choices: &[usize]) {
    for &choice in choices {
        let from = here(session);
        session.choose(choice).unwrap_or_else(|e| panic!("choice {choice} at {from}: {e}"));
    }
}

/// The history as (`flow#node`, answer) pairs, for readable comparisons.
fn history(session: &Session) -> Vec<(String, Answer)> {
    session.history().iter().map(|v| (session.catalog().path(v.node), v.answer)).collect()
}

fn paths(session: &Session, nodes: impl IntoIterator<Item = NodeRef>) -> Vec<String> {
    nodes.into_iter().map(|n| session.catalog().path(n)).collect()
}

#[test]
fn a_session_begins_at_the_start_of_triage() {
    let s = session();
    assert_eq!(s.current(), s.catalog().entry());
    assert_eq!(here(&s), "triage#problem");
    assert!(s.is_at_start());
    assert_eq!(s.history(), []);
    assert_eq!(s.outcome(), None);
}

#[test]
fn choices_follow_the_node_kind() {
    let mut s = session();
    assert_eq!(
        s.choices(),
        [
            ChoiceLabel::Message("triage-problem-opt-network"),
            ChoiceLabel::Message("triage-problem-opt-helpdesk"),
            ChoiceLabel::Message("triage-problem-opt-lost"),
        ]
    );
    walk(&mut s, &[NETWORK_OPTION]);
    assert_eq!(s.choices(), [ChoiceLabel::Solved, ChoiceLabel::Unsolved]);
    walk(&mut s, &[SOLVED]);
    assert_eq!(s.choices(), []);
}

#[test]
fn an_option_linking_to_another_flow_goes_to_its_start() {
    let mut s = session();
    walk(&mut s, &[NETWORK_OPTION]);
    assert_eq!(here(&s), "network#restart");
    let network = s.catalog().flows().iter().position(|f| f.id == "network").expect("network");
    assert_eq!(Some(s.current()), s.catalog().start_of(network));
    assert_eq!(s.node().id, "restart");
    assert!(!s.is_at_start());
}

#[test]
fn an_option_linking_to_a_node_of_another_flow_goes_to_that_node() {
    let mut s = session();
    walk(&mut s, &[HELPDESK_OPTION]);
    assert_eq!(here(&s), "network#helpdesk");
}

#[test]
fn on_a_step_choice_0_is_solved_and_1_is_unsolved() {
    let mut s = session();
    walk(&mut s, &[NETWORK_OPTION, SOLVED]);
    assert_eq!(here(&s), "network#fixed");

    let mut s = session();
    walk(&mut s, &[NETWORK_OPTION, UNSOLVED]);
    assert_eq!(here(&s), "network#wifi");
}

#[test]
fn an_invalid_choice_is_an_error_and_changes_nothing() {
    let mut s = session();
    // (choices already made, invalid index): a question, a step, a fix.
    for (before, invalid) in [(&[][..], 3), (&[NETWORK_OPTION][..], 2), (&[NETWORK_OPTION, SOLVED][..], 0)] {
        s.restart();
        walk(&mut s, before);
        let (node, history) = (s.current(), s.history().to_vec());
        assert_eq!(s.choose(invalid), Err(EngineError::NoSuchChoice(invalid)), "at {}", here(&s));
        assert_eq!(s.current(), node);
        assert_eq!(s.history(), history);
    }
}

#[test]
fn history_records_every_answer_in_order() {
    let mut s = session();
    walk(&mut s, &[NETWORK_OPTION, UNSOLVED]);
    let lost = at(&s, "lost#");
    s.jump(lost);
    walk(&mut s, &[SOLVED]);
    assert_eq!(
        history(&s),
        [
            ("triage#problem".to_string(), Answer::Option(NETWORK_OPTION)),
            ("network#restart".to_string(), Answer::Unsolved),
            ("network#wifi".to_string(), Answer::Jumped),
            ("lost#report".to_string(), Answer::Solved),
        ]
    );
    assert_eq!(here(&s), "lost#secured");
}

#[test]
fn back_returns_to_the_previous_node_and_forgets_the_answer() {
    let mut s = session();
    walk(&mut s, &[NETWORK_OPTION, UNSOLVED, UNSOLVED]);
    assert!(s.back());
    assert_eq!(here(&s), "network#wifi");
    assert_eq!(history(&s).len(), 2);
    // A different answer now replaces the forgotten one.
    walk(&mut s, &[SOLVED]);
    assert_eq!(history(&s).last(), Some(&("network#wifi".to_string(), Answer::Solved)));
}

#[test]
fn back_across_a_flow_link_returns_to_the_triage_question() {
    let mut s = session();
    walk(&mut s, &[LOST_OPTION]);
    assert_eq!(here(&s), "lost#report");
    assert!(s.back());
    assert_eq!(here(&s), "triage#problem");
    assert!(s.is_at_start());
}

#[test]
fn back_at_the_start_does_nothing() {
    let mut s = session();
    assert!(!s.back());
    assert_eq!(here(&s), "triage#problem");
    assert_eq!(s.history(), []);
}

#[test]
fn restart_empties_the_history_and_returns_to_triage() {
    let mut s = session();
    walk(&mut s, &[NETWORK_OPTION, UNSOLVED, UNSOLVED, UNSOLVED]);
    assert_eq!(here(&s), "network#helpdesk");
    s.restart();
    assert_eq!(s.current(), s.catalog().entry());
    assert_eq!(s.history(), []);
    assert!(s.is_at_start());
    assert!(!s.back());
}

#[test]
fn back_after_a_jump_returns_to_where_the_jump_started() {
    let mut s = session();
    walk(&mut s, &[NETWORK_OPTION, UNSOLVED]);
    let target = at(&s, "lost#helpdesk");
    let from = s.current();
    s.jump(target);
    assert_eq!(here(&s), "lost#helpdesk");
    assert_eq!(s.history().last(), Some(&Visit { node: from, answer: Answer::Jumped }));
    assert!(s.back());
    assert_eq!(here(&s), "network#wifi");
    assert_eq!(history(&s).len(), 2);
}

#[test]
fn outcome_is_set_only_at_a_fix_or_an_escalation() {
    let mut s = session();
    walk(&mut s, &[NETWORK_OPTION]);
    assert_eq!(s.outcome(), None, "at a step");
    walk(&mut s, &[SOLVED]);
    assert_eq!(s.outcome(), Some(Outcome::Fixed));

    s.restart();
    assert_eq!(s.outcome(), None, "at a question");
    walk(&mut s, &[HELPDESK_OPTION]);
    assert_eq!(s.outcome(), Some(Outcome::Escalated { urgent: false }));

    s.restart();
    walk(&mut s, &[LOST_OPTION, UNSOLVED]);
    assert_eq!(here(&s), "lost#helpdesk");
    assert_eq!(s.outcome(), Some(Outcome::Escalated { urgent: true }));
}

#[test]
fn the_history_records_each_unsolved_step_in_order() {
    let mut s = session();
    // Option (not a step), unsolved, solved then taken back, unsolved, a
    // jump away (not tried), unsolved.
    walk(&mut s, &[NETWORK_OPTION, UNSOLVED, SOLVED]);
    assert!(s.back());
    walk(&mut s, &[UNSOLVED]);
    assert_eq!(here(&s), "network#airplane");
    let lost = at(&s, "lost#report");
    s.jump(lost);
    walk(&mut s, &[UNSOLVED]);
    assert_eq!(here(&s), "lost#helpdesk");
    assert_eq!(paths(&s, unsolved(&s)), ["network#restart", "network#wifi", "lost#report"]);
}

#[test]
fn going_back_forgets_the_answer_given_there() {
    let mut s = session();
    walk(&mut s, &[NETWORK_OPTION, UNSOLVED, UNSOLVED]);
    assert!(s.back());
    assert_eq!(paths(&s, unsolved(&s)), ["network#restart"]);
}

#[test]
fn progress_counts_steps_and_places_a_chain_of_checks() {
    let mut s = session();
    assert_eq!(s.progress(), Progress { steps_taken: 0, check: None });
    walk(&mut s, &[NETWORK_OPTION]);
    assert_eq!(s.progress(), Progress { steps_taken: 1, check: Some((1, 3)) });
    walk(&mut s, &[UNSOLVED]);
    assert_eq!(s.progress(), Progress { steps_taken: 2, check: Some((2, 3)) });
    walk(&mut s, &[UNSOLVED]);
    assert_eq!(s.progress(), Progress { steps_taken: 3, check: Some((3, 3)) });
    walk(&mut s, &[UNSOLVED]);
    assert_eq!(s.progress(), Progress { steps_taken: 4, check: None }, "at the escalation");
}

#[test]
fn a_step_outside_a_chain_has_no_check_position() {
    let mut s = session();
    walk(&mut s, &[LOST_OPTION]);
    assert_eq!(here(&s), "lost#report");
    assert_eq!(s.progress(), Progress { steps_taken: 1, check: None });
}

#[test]
fn a_jump_into_a_chain_shows_the_check_position() {
    let mut s = session();
    let airplane = at(&s, "network#airplane");
    s.jump(airplane);
    assert_eq!(s.progress(), Progress { steps_taken: 1, check: Some((3, 3)) });
}

#[test]
fn find_names_nodes_by_flow_and_node_id() {
    let catalog = catalog();
    let wifi = catalog.find("network#wifi").expect("network#wifi");
    assert_eq!(catalog.flow_of(wifi).id, "network");
    assert_eq!(catalog.node(wifi).id, "wifi");

    let start = catalog.find("network#").expect("network#");
    assert_eq!(catalog.node(start).id, "restart");
    assert_eq!(catalog.find("network"), Some(start));
    assert_eq!(catalog.find("triage#"), Some(catalog.entry()));

    assert_eq!(catalog.find("network#nope"), None);
    assert_eq!(catalog.find("nope#wifi"), None);
    assert_eq!(catalog.find("nope#"), None);
}

#[test]
fn path_and_find_round_trip_for_every_node() {
    let catalog = catalog();
    let nodes: Vec<NodeRef> = catalog.nodes().collect();
    assert_eq!(nodes.len(), 1 + 5 + 3);
    for node in nodes {
        let path = catalog.path(node);
        assert_eq!(catalog.find(&path), Some(node), "{path}");
        let (flow, id) = path.split_once('#').expect("flow#node");
        assert_eq!((flow, id), (catalog.flow_of(node).id.as_str(), catalog.node(node).id.as_str()));
    }
}

// ---- revisiting an earlier step ----

/// triage → network: restart (didn't help) → wifi (didn't help) → airplane.
fn three_deep() -> Session {
    let mut s = session();
    s.choose(NETWORK_OPTION).unwrap();
    s.choose(UNSOLVED).unwrap();
    s.choose(UNSOLVED).unwrap();
    s
}

#[test]
fn revisit_keeps_later_answers_and_forward_restores_them() {
    let mut s = three_deep();
    let end = s.current();
    let history = s.history().to_vec();
    s.revisit(1);
    assert_eq!(s.history(), &history[..1]);
    assert_eq!(s.future().count(), 2);
    assert!(s.forward() && s.forward());
    assert!(!s.forward(), "nothing left to retrace");
    assert_eq!((s.current(), s.history()), (end, history.as_slice()));
}

#[test]
fn giving_the_same_answer_again_keeps_the_rest() {
    let mut s = three_deep();
    s.revisit(1);
    s.choose(UNSOLVED).unwrap();
    assert_eq!(s.future().count(), 1, "the answer after this one is still known");
}

#[test]
fn a_different_answer_drops_the_answers_after_it() {
    let mut s = three_deep();
    s.revisit(1);
    s.choose(SOLVED).unwrap();
    assert_eq!(s.future().count(), 0);
    assert_eq!(s.outcome(), Some(Outcome::Fixed));
}

#[test]
fn restart_and_jump_forget_the_future() {
    let mut s = three_deep();
    s.back();
    assert_eq!(s.future().count(), 1);
    s.restart();
    assert_eq!(s.future().count(), 0);
    let mut s = three_deep();
    s.back();
    let start = s.catalog().entry();
    s.jump(start);
    assert_eq!(s.future().count(), 0);
}

/// The steps answered "didn't help", in order.
fn unsolved(s: &Session) -> Vec<NodeRef> {
    s.history().iter().filter(|v| v.answer == Answer::Unsolved).map(|v| v.node).collect()
}

/// The day sessions in these tests run on.
fn today() -> Facts {
    Facts::on(Date::parse("2026-12-01").expect("a day"))
}

// Branches: a `when` node decides without asking, on the day and on the
// organization's facts. A walk passes through it; it never becomes the
// current node or a visit in the history.

/// Triage asks once; `texts` branches on the organization's choice and on
/// 2027-02-01; `wifi` is a plain step.
const BRANCHING: &str = "\
id: triage
title: triage-title
start: problem
nodes:
  problem:
    question: triage-problem
    options:
      - label: triage-problem-opt-texts
        next: texts
  texts:
    when:
      - if: { org: sms_voice, is: off }
        next: texts-off
      - if: { org: sms_voice, is: own-provider }
        next: signal
      - if: { date_from: 2027-02-01 }
        next: retired
    otherwise: signal
  signal:
    step: triage-signal
    solved: fixed
    unsolved: helpdesk
  retired:
    step: triage-retired
    solved: fixed
    unsolved: helpdesk
  texts-off:
    fix: triage-texts-off
  fixed:
    fix: triage-fixed
  helpdesk:
    escalate: triage-helpdesk
";

fn branching(facts: Facts) -> Session {
    let file = SourceFile { path: "flows/triage.yaml".into(), text: BRANCHING.into() };
    let mut diagnostics = Vec::new();
    let catalog = build_catalog(&[FlowFile::read(file)], &mut diagnostics);
    assert_eq!(diagnostics, [], "the branching fixture must be valid");
    Session::new(Arc::new(catalog.expect("a catalog")), facts)
}

fn on(day: &str) -> Facts {
    Facts::on(Date::parse(day).expect("a day"))
}

/// Where answering "texts" at triage leads on `facts`.
fn after_texts(facts: Facts) -> String {
    let mut session = branching(facts);
    session.choose(0).expect("triage has the option");
    session.catalog().path(session.current())
}

#[test]
fn a_branch_on_the_date_gives_each_side_of_the_date_its_own_advice() {
    assert_eq!(after_texts(on("2027-01-31")), "triage#signal");
    assert_eq!(after_texts(on("2027-02-01")), "triage#retired");
    assert_eq!(after_texts(on("2031-06-30")), "triage#retired");
}

#[test]
fn a_branch_on_an_organization_fact_wins_in_rule_order_and_an_unset_fact_takes_otherwise() {
    assert_eq!(after_texts(on("2027-03-01").with("sms_voice", "off")), "triage#texts-off");
    assert_eq!(after_texts(on("2027-03-01").with("sms_voice", "own-provider")), "triage#signal");
    // Microsoft's own delivery: only the date decides.
    assert_eq!(after_texts(on("2027-03-01").with("sms_voice", "microsoft")), "triage#retired");
    assert_eq!(after_texts(on("2026-12-01").with("sms_voice", "microsoft")), "triage#signal");
}

#[test]
fn a_branch_is_passed_through_never_stood_on_so_back_returns_to_the_question() {
    let mut session = branching(on("2027-03-01"));
    session.choose(0).unwrap();
    assert_eq!(
        session.history(),
        [Visit { node: at(&session, "triage#problem"), answer: Answer::Option(0) }]
    );
    assert!(session.back());
    assert_eq!(session.current(), at(&session, "triage#problem"));
    // Jumping to a branch lands where it leads, as choosing does.
    let texts = at(&session, "triage#texts");
    session.jump(texts);
    assert_eq!(session.current(), at(&session, "triage#retired"));
    let start = Session::starting_at(Arc::clone(&catalog_of(&session)), on("2026-12-01"), texts);
    assert_eq!(start.catalog().path(start.current()), "triage#signal");
}

fn catalog_of(session: &Session) -> Arc<Catalog> {
    Arc::new(session.catalog().clone())
}
