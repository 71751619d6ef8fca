//! The bundled flows in every bundled locale: every screen a person can
//! reach reads as text (no message ids, no broken placeables), every node has
//! its short title, every path ends in a fix or an escalation, and the
//! Danish text is translated.

mod bundled;

use bundled::{content, tag};

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use mfa_doctor::content::Content;
use mfa_doctor::engine::Session;
use mfa_doctor::facts::{Date, FACTS, Facts};
use mfa_doctor::flow::{Catalog, NodeKind, NodeRef};
use mfa_doctor::i18n::Localizer;
use mfa_doctor::messages;
use mfa_doctor::screen::Screen;
use unic_langid::LanguageIdentifier;

/// The bundled locales; the tests below must cover at least en and da.
fn locales(content: &Content) -> Vec<LanguageIdentifier> {
    let tags = content.locales.tags();
    for required in ["en", "da"] {
        assert!(tags.contains(&tag(required)), "no bundled locale {required}");
    }
    tags
}

/// A localizer for one locale, with the organization values filled in, as
/// the program builds it.
fn localizer(content: &Content, lang: &LanguageIdentifier) -> Localizer {
    let l10n = content.locales.localizer(std::slice::from_ref(lang));
    let globals = content.config.message_variables(&l10n);
    l10n.with_globals(globals)
}

/// Every day and organization set-up a branch can tell apart: each date a
/// rule names and the day before it, with no fact set and with every fact
/// set to each of its values in turn.
fn every_kind_of_day(catalog: &Catalog) -> Vec<Facts> {
    let mut days = vec![Date::parse("2026-12-01").expect("a day")];
    for at in catalog.nodes() {
        if let NodeKind::Branch { rules, .. } = &catalog.node(at).kind {
            for rule in rules {
                for day in [rule.condition.from, rule.condition.before].into_iter().flatten() {
                    days.push(day);
                    days.extend(day.days_before(1));
                }
            }
        }
    }
    days.sort();
    days.dedup();
    let most_values = FACTS.iter().map(|f| f.values.len()).max().unwrap_or(0);
    days.iter()
        .flat_map(|&day| {
            let unset = Facts::on(day);
            let set = (0..most_values).map(move |k| {
                FACTS.iter().fold(Facts::on(day), |facts, f| match f.values.get(k) {
                    Some(value) => facts.with(f.name, value),
                    None => facts,
                })
            });
            std::iter::once(unset).chain(set)
        })
        .collect()
}

/// One session at every node reachable from triage on some day and
/// set-up, each reached by the fewest answers, found by driving the engine
/// with every choice. A branch is passed through, never shown.
fn sessions_at_every_node(catalog: &Catalog) -> Vec<Session> {
    let mut seen = HashSet::new();
    let mut sessions = Vec::new();
    for facts in every_kind_of_day(catalog) {
        let mut queue = VecDeque::from([Session::new(Arc::new(catalog.clone()), facts.clone())]);
        while let Some(session) = queue.pop_front() {
            if !seen.insert((session.current(), facts.clone())) {
                continue;
            }
            let mut reached = Vec::new();
            for choice in 0..session.choices().len() {
                let mut next = session.clone();
                next.choose(choice).expect("every offered choice is valid");
                reached.push(next.current());
                queue.push_back(next);
            }
            let expected: Vec<NodeRef> = catalog
                .successors(session.current())
                .into_iter()
                .map(|n| catalog.settle(n, &facts))
                .collect();
            assert_eq!(reached, expected, "at {}", catalog.path(session.current()));
            if !sessions.iter().any(|s: &Session| s.current() == session.current()) {
                sessions.push(session);
            }
        }
    }
    sessions
}

/// The nodes a person can see: all but branches.
fn shown_nodes(catalog: &Catalog) -> impl Iterator<Item = NodeRef> + '_ {
    catalog.nodes().filter(|&at| !matches!(catalog.node(at).kind, NodeKind::Branch { .. }))
}

/// Every text on a screen, named by where it is.
fn texts(screen: &Screen) -> Vec<(String, &str)> {
    let mut texts = vec![
        ("flow title".into(), screen.flow_title.as_str()),
        ("title".into(), screen.title.as_str()),
        ("progress".into(), screen.progress.as_str()),
    ];
    texts.extend(screen.kind_label.as_deref().map(|t| ("kind label".into(), t)));
    for (i, section) in screen.sections.iter().enumerate() {
        texts.extend(section.heading.as_deref().map(|t| (format!("section {i} heading"), t)));
        texts.push((format!("section {i}"), section.text.as_str()));
    }
    texts.extend(screen.options.iter().enumerate().map(|(i, o)| (format!("option {i}"), o.label.as_str())));
    texts
}

/// What is wrong with a text shown to a person, if anything: empty, a
/// message id shown in place of a missing message, or a placeable Fluent
/// could not fill.
fn text_problem(text: &str, message_ids: &HashSet<&str>) -> Option<&'static str> {
    if text.trim().is_empty() {
        Some("empty")
    } else if message_ids.contains(text.trim()) {
        Some("a message id")
    } else if text.contains("ui-") || text.contains("org-") {
        Some("contains a program message id")
    } else if text.contains('{') || text.contains('}') {
        Some("contains an unfilled placeable")
    } else {
        None
    }
}

/// Every message id the flows and the program use.
fn message_ids(catalog: &Catalog) -> HashSet<&str> {
    let flow_ids = catalog.message_refs().map(|r| r.id.as_str());
    let program = messages::SESSION_GROUPS.iter().flat_map(|group| group.iter().copied());
    flow_ids.chain(program).collect()
}

fn assert_none(problems: Vec<String>, what: &str) {
    assert!(problems.is_empty(), "{} {what}:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_reachable_screen_reads_as_text_in_every_locale() {
    let content = content();
    let catalog = &content.catalog;
    let sessions = sessions_at_every_node(catalog);
    let reached: HashSet<NodeRef> = sessions.iter().map(Session::current).collect();
    assert_eq!(reached, shown_nodes(catalog).collect(), "on some day every node a person can see is reached");
    let ids = message_ids(catalog);
    let mut problems = Vec::new();
    for lang in locales(&content) {
        let l10n = localizer(&content, &lang);
        for session in &sessions {
            let screen = Screen::build(session, &l10n, &content.config);
            for (place, text) in texts(&screen) {
                if let Some(problem) = text_problem(text, &ids) {
                    let node = catalog.path(session.current());
                    problems.push(format!("{lang} {node} {place}: {problem}: {text:?}"));
                }
            }
        }
    }
    assert_none(problems, "texts on screens are not readable");
}

#[test]
fn every_node_has_a_title_in_every_locale() {
    let content = content();
    let mut problems = Vec::new();
    for locale in content.locales.iter() {
        for at in shown_nodes(&content.catalog) {
            let id = &content.catalog.node(at).message;
            if !locale.bundle.has_attribute(id, "title") {
                problems.push(format!("{} {}: {id} has no .title", locale.tag, content.catalog.path(at)));
            }
        }
    }
    assert_none(problems, "node titles are missing");
}

/// Links back to the start of triage are the one way to go round: a person
/// who picked the wrong problem starts over. Any other loop could keep a
/// person going in circles.
fn is_start_over(catalog: &Catalog, to: NodeRef) -> bool {
    to == catalog.entry()
}

#[test]
fn every_path_from_triage_ends_in_a_fix_or_an_escalation() {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        OnPath,
        Done,
    }
    let content = content();
    let catalog = &content.catalog;
    let mut state: HashMap<NodeRef, State> = HashMap::new();
    let mut problems = Vec::new();
    // Depth first, with the path so far; each node is explored once.
    let mut stack: Vec<(NodeRef, Vec<NodeRef>)> =
        vec![(catalog.entry(), catalog.successors(catalog.entry()))];
    state.insert(catalog.entry(), State::OnPath);
    while let Some((at, pending)) = stack.last_mut() {
        let at = *at;
        let Some(next) = pending.pop() else {
            state.insert(at, State::Done);
            stack.pop();
            continue;
        };
        match state.get(&next) {
            Some(State::Done) => {}
            Some(State::OnPath) if is_start_over(catalog, next) => {}
            Some(State::OnPath) => {
                let from = stack.iter().position(|(n, _)| *n == next).unwrap_or(0);
                let cycle: Vec<String> =
                    stack[from..].iter().map(|(n, _)| catalog.path(*n)).chain([catalog.path(next)]).collect();
                problems.push(format!("a loop: {}", cycle.join(" → ")));
            }
            None => {
                let successors = catalog.successors(next);
                if successors.is_empty() && !catalog.node(next).is_terminal() {
                    problems
                        .push(format!("{} leads nowhere and is no fix or escalation", catalog.path(next)));
                }
                state.insert(next, State::OnPath);
                stack.push((next, successors));
            }
        }
    }
    assert_eq!(state.len(), catalog.nodes().count(), "every node was explored");
    assert!(
        catalog.nodes().filter(|&n| catalog.node(n).is_terminal()).all(|n| catalog.successors(n).is_empty())
    );
    assert_none(problems, "paths do not end in a fix or an escalation");
}

/// Short texts without a sentence (a URL, a product name) may read the same
/// in every language.
fn may_be_identical(text: &str) -> bool {
    text.split_whitespace().count() < 3
}

#[test]
fn danish_node_texts_are_translated() {
    let content = content();
    let en = localizer(&content, &tag("en"));
    let da = localizer(&content, &tag("da"));
    let node_messages: HashSet<&str> =
        content.catalog.message_refs().filter(|r| r.needs_title).map(|r| r.id.as_str()).collect();
    let mut identical: Vec<String> = node_messages
        .into_iter()
        .filter(|id| {
            let text = en.text(id);
            text == da.text(id) && !may_be_identical(&text)
        })
        .map(|id| format!("{id}: {:?}", en.text(id)))
        .collect();
    identical.sort();
    assert_none(identical, "node texts are the same in Danish as in English");
}

/// Agent mode reads each node's `.agent` text aloud. Every node message has
/// one in en and da, written in that locale itself (not reached by falling
/// back to English), and it says something else than the person's text.
#[test]
fn every_node_has_an_agent_text_in_en_and_da() {
    let content = content();
    let mut problems = Vec::new();
    for required in ["en", "da"] {
        let lang = tag(required);
        let locale = content.locales.iter().find(|l| l.tag == lang).expect("a bundled locale");
        locale.bundle.with_all(|bundle| {
            for at in shown_nodes(&content.catalog) {
                let id = &content.catalog.node(at).message;
                let path = content.catalog.path(at);
                let Some(message) = bundle.get_message(id) else {
                    problems.push(format!("{lang} {path}: no message {id}"));
                    continue;
                };
                let Some(agent) = message.get_attribute("agent") else {
                    problems.push(format!("{lang} {path}: {id} has no .agent"));
                    continue;
                };
                let mut errors = Vec::new();
                let agent = bundle.format_pattern(agent.value(), None, &mut errors);
                let value = message.value().map(|v| bundle.format_pattern(v, None, &mut errors));
                if agent.trim().is_empty() {
                    problems.push(format!("{lang} {path}: {id} has an empty .agent"));
                } else if value.is_some_and(|v| v.trim() == agent.trim()) {
                    problems.push(format!("{lang} {path}: {id} .agent is the same as its value"));
                }
            }
        });
    }
    assert_none(problems, "node messages lack an agent text");
}

#[test]
fn the_command_line_and_tools_have_every_message_in_en_and_da() {
    let locales = mfa_doctor::i18n::Locales::built_in();
    for lang in ["en", "da"] {
        let locale = locales.iter().find(|l| l.tag == tag(lang)).expect("a bundled locale");
        let missing: Vec<&str> = messages::PROGRAM_GROUPS
            .iter()
            .flat_map(|group| group.iter().copied())
            .filter(|id| !locale.bundle.has(id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

/// Every problem's message id derives from its name: each must exist in
/// en and da (or authors read the bare id), and each `diag-*` message must
/// word a problem, its hint or the words around them (or it is orphaned).
#[test]
fn every_problem_has_its_message_in_en_and_da_and_no_diagnostic_message_is_orphaned() {
    use mfa_doctor::diagnostic::Problem;
    let prefix = messages::diag::PREFIX;
    let problems: Vec<String> = Problem::codes().iter().map(|code| format!("{prefix}{code}")).collect();
    assert!(problems.len() > 60, "{problems:?}");
    let locales = mfa_doctor::i18n::Locales::built_in();
    for lang in ["en", "da"] {
        let locale = locales.iter().find(|l| l.tag == tag(lang)).expect("a bundled locale");
        let missing: Vec<&String> = problems.iter().filter(|id| !locale.bundle.has(id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
        let texts: Vec<String> = std::fs::read_dir(folder)
            .expect("the bundled locales")
            .map(|entry| std::fs::read_to_string(entry.expect("an entry").path()).unwrap_or_default())
            .collect();
        assert!(texts.iter().any(|text| text.contains(prefix)), "{lang}: no diagnostics read");
        let mut orphans = Vec::new();
        for text in &texts {
            for line in text.lines().filter(|line| line.starts_with(prefix)) {
                let id = line.split(' ').next().unwrap_or_default();
                let problem = id.strip_suffix(messages::diag::HINT_SUFFIX).unwrap_or(id);
                if !problems.iter().any(|p| p == problem) && !messages::diag::ALL.contains(&id) {
                    orphans.push(id.to_string());
                }
            }
        }
        assert!(orphans.is_empty(), "{lang}: no problem uses {orphans:?}");
    }
}
