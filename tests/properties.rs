//! Properties over random input: any valid flow and any sequence of
//! actions keep a session consistent; any node renders at any size; text
//! made safe stays safe and wraps within its width. Case counts are kept
//! small so the suite stays quick on two cores.

use std::sync::Arc;

use mfa_doctor::content::source::SourceFile;
use mfa_doctor::content::{self, Sources};
use mfa_doctor::engine::{Answer, Session};
use mfa_doctor::facts::{Date, Facts};
use mfa_doctor::flow::{Catalog, FlowFile, build_catalog};
use mfa_doctor::i18n::Localizer;
use mfa_doctor::sanitize::terminal_safe;
use mfa_doctor::screen::Screen;
use mfa_doctor::tui::{Action, App, Theme, render_to_string};
use mfa_doctor::wrap::wrap;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// One node of a generated flow: a question's extra option targets, or a
/// step's `solved` target. Every node also leads to the next one, and the
/// last is a fix or an escalation, so every flow is valid: all reachable,
/// every path can end.
#[derive(Debug, Clone)]
enum GenNode {
    Question(Vec<usize>),
    Step(usize),
}

fn flows() -> impl Strategy<Value = (Vec<GenNode>, bool)> {
    let node = prop_oneof![
        proptest::collection::vec(0..20usize, 0..8).prop_map(GenNode::Question),
        (0..20usize).prop_map(GenNode::Step),
    ];
    (proptest::collection::vec(node, 0..12), any::<bool>())
}

fn flow_yaml(nodes: &[GenNode], urgent_end: bool) -> String {
    let count = nodes.len() + 1;
    let mut text = String::from("id: triage\ntitle: t\nstart: n0\nnodes:\n");
    for (i, node) in nodes.iter().enumerate() {
        text.push_str(&format!("  n{i}:\n"));
        match node {
            GenNode::Question(extra) => {
                text.push_str(&format!(
                    "    question: q\n    options:\n      - label: l\n        next: n{}\n",
                    i + 1
                ));
                for target in extra {
                    text.push_str(&format!("      - label: l\n        next: n{}\n", target % count));
                }
            }
            GenNode::Step(solved) => text.push_str(&format!(
                "    step: s\n    solved: n{}\n    unsolved: n{}\n",
                solved % count,
                i + 1
            )),
        }
    }
    let end = if urgent_end { "escalate: e\n    urgent: true" } else { "fix: f" };
    text.push_str(&format!("  n{}:\n    {end}\n", nodes.len()));
    text
}

fn catalog_of(nodes: &[GenNode], urgent_end: bool) -> Arc<Catalog> {
    let file = SourceFile { path: "triage.yaml".into(), text: flow_yaml(nodes, urgent_end) };
    let mut diagnostics = Vec::new();
    let catalog = build_catalog(&[FlowFile::read(file)], &mut diagnostics);
    Arc::new(catalog.unwrap_or_else(|| panic!("a generated flow is valid: {diagnostics:?}")))
}

#[derive(Debug, Clone)]
enum Act {
    Choose(usize),
    Back,
    Forward,
    Restart,
    Jump(usize),
    Revisit(usize),
}

fn acts() -> impl Strategy<Value = Vec<Act>> {
    let act = prop_oneof![
        4 => (0..10usize).prop_map(Act::Choose),
        2 => Just(Act::Back),
        1 => Just(Act::Forward),
        1 => Just(Act::Restart),
        1 => (0..20usize).prop_map(Act::Jump),
        1 => (0..20usize).prop_map(Act::Revisit),
    ];
    proptest::collection::vec(act, 0..40)
}

fn no_words() -> Localizer {
    Localizer::new(Vec::new())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_actions_on_any_valid_flow_keep_the_session_consistent((nodes, urgent) in flows(), acts in acts()) {
        let catalog = catalog_of(&nodes, urgent);
        let every: Vec<_> = catalog.nodes().collect();
        let mut session = Session::new(Arc::clone(&catalog), today());
        let config = Default::default();
        for act in acts {
            let before = session.clone();
            match act {
                Act::Choose(i) => match session.choose(i) {
                    Ok(()) => {
                        prop_assert_eq!(session.history().len(), before.history().len() + 1);
                        let mut back = session.clone();
                        prop_assert!(back.back());
                        prop_assert_eq!(back.current(), before.current(), "back after choose returns");
                        prop_assert_eq!(back.history(), before.history());
                    }
                    Err(_) => {
                        prop_assert!(i >= before.choices().len());
                        prop_assert_eq!(session.current(), before.current());
                        prop_assert_eq!(session.history(), before.history());
                    }
                },
                Act::Back => {
                    let moved = session.back();
                    prop_assert_eq!(moved, !before.history().is_empty());
                    if let Some(last) = before.history().last() {
                        prop_assert_eq!(session.current(), last.node);
                    }
                }
                Act::Forward => {
                    if session.forward() {
                        prop_assert_eq!(session.history().len(), before.history().len() + 1);
                    }
                }
                Act::Restart => {
                    session.restart();
                    prop_assert!(session.history().is_empty(), "restart empties history");
                    prop_assert_eq!(session.current(), catalog.entry());
                }
                Act::Jump(i) => {
                    let to = every[i % every.len()];
                    session.jump(to);
                    prop_assert_eq!(session.current(), to);
                    prop_assert_eq!(session.history().last().map(|v| v.answer), Some(Answer::Jumped));
                }
                Act::Revisit(i) => {
                    session.revisit(i);
                    prop_assert!(session.history().len() <= before.history().len());
                }
            }
            // Every state can be shown and summarized.
            prop_assert_eq!(session.outcome().is_some(), session.choices().is_empty());
            let screen = Screen::build(&session, &no_words(), &config);
            prop_assert!(!screen.options.is_empty());
            prop_assert!(session.history().iter().all(|v| every.contains(&v.node)));
        }
    }
}

fn bundled() -> Arc<Catalog> {
    Arc::new(content::load(&Sources::default()).content.expect("bundled content is valid").catalog)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_node_renders_at_any_size(
        node in 0..10_000usize,
        width in 1..=300u16,
        height in 1..=100u16,
        agent in any::<bool>(),
        overlay in 0..4u8,
    ) {
        let content = content::load(&Sources::default()).content.expect("bundled content is valid");
        let l10n = content.localizer(&["en".parse().unwrap()]);
        let catalog = bundled();
        let every: Vec<_> = catalog.nodes().collect();
        let mut session = Session::new(catalog, today());
        session.jump(every[node % every.len()]);
        let mut app = App::new(session, l10n, content.config, Theme::monochrome());
        if agent {
            app = app.with_agent();
        }
        app.update(Action::Resize { width, height });
        match overlay {
            1 => { app.update(Action::ToggleHelp); }
            2 => { app.update(Action::ShowPath); }
            3 => { app.update(Action::ShowTicket); }
            _ => {}
        }
        let screen = render_to_string(&app, width, height);
        prop_assert!(screen.lines().count() <= usize::from(height));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn safe_text_has_no_controls_and_wraps_within_its_width(
        text in "(\\PC|[\\x00-\\x1f\\x7f-\\u{9f}\\u{200b}-\\u{200f}\\u{202a}-\\u{202e}]|\u{1b}\\[[0-9;]*m| |日本|👍|[✔❤☎⚠x]\u{fe0f}|e\u{301}){0,60}",
        width in 2..60usize,
    ) {
        let safe = terminal_safe(&text);
        prop_assert!(safe.chars().all(|c| c == '\n' || !c.is_control()), "{:?}", safe);
        prop_assert_eq!(terminal_safe(&safe), safe.clone(), "making safe twice changes nothing");
        for line in wrap(&safe, width) {
            // Measured by drawing it, as the screen will.
            let mut drawn = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 200, 1));
            let (end, _) = drawn.set_stringn(0, 0, &line, usize::MAX, ratatui::style::Style::new());
            // A cluster wider than the line (a wide character with a
            // spacing mark) cannot be cut: it stands on a line of its own.
            let one_cluster = line.trim().graphemes(true).count() == 1;
            prop_assert!(usize::from(end) <= width || one_cluster, "{:?} is drawn wider than {}", line, width);
            prop_assert_eq!(usize::from(end), mfa_doctor::width::width(&line), "{:?} measured as drawn", line);
        }
    }
}

/// The day sessions in these tests run on.
fn today() -> Facts {
    Facts::on(Date::parse("2026-12-01").expect("a day"))
}
