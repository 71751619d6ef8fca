//! Parsed flows to linked ones: every `next`, `solved`, `unsolved`,
//! `otherwise` and triage answer resolved to the node it names, every
//! node's kind and keys checked, every message id the flows use listed.
//! Flows linked before (the built-in catalog) are linked to, not again.

use std::collections::{HashMap, HashSet};

use super::parse::Parsed;
use super::schema::{RawCondition, RawFlow, RawNode};
use super::{
    Catalog, Choice, Condition, Flow, MAX_NAME_CHARS, MAX_OPTIONS, MessageRef, Node, NodeKind, NodeRef, Rule,
    Source, TRIAGE, is_name,
};
use crate::diagnostic::{Diagnostic, Location, Problem, Via, closest};
use crate::facts::{Date, FACTS, fact_kind};

/// Resolves the links of the parsed flows, after those of `base`, then
/// checks the graph.
pub(super) fn link(
    base: Option<Catalog>,
    parsed: &[Parsed<'_>],
    unreadable: &HashSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Catalog> {
    let built_in_flows = base.as_ref().map_or(0, |base| base.built_in_flows);
    let (linked, messages) = base.map(|base| (base.flows, base.messages)).unwrap_or_default();
    let first_parsed = linked.len();
    let mut builder = Builder {
        parsed,
        first_parsed,
        linked,
        flow_index: parsed.iter().enumerate().map(|(i, p)| (p.raw.id.as_str(), first_parsed + i)).collect(),
        unreadable,
        diagnostics,
        excused: HashSet::new(),
        suggested: HashSet::new(),
        messages,
    };
    let parsed_flows = builder.resolve();
    let mut flows = std::mem::take(&mut builder.linked);
    flows.extend(parsed_flows);
    builder.extend_triage(&mut flows);
    let catalog = builder.check_graph(flows)?;
    Some(Catalog { built_in_flows, ..catalog })
}

pub(super) struct Builder<'a> {
    pub(super) parsed: &'a [Parsed<'a>],
    /// The position in the catalog of the first of `parsed`: those of
    /// `linked` come first.
    pub(super) first_parsed: usize,
    /// Flows linked before (the built-in catalog's), while `parsed` are
    /// linked to them.
    linked: Vec<Flow>,
    /// Position in the catalog of each of `parsed` by id: links name flows
    /// by id.
    pub(super) flow_index: HashMap<&'a str, usize>,
    /// Ids of flows that failed to parse: links to them are not blamed.
    pub(super) unreadable: &'a HashSet<String>,
    pub(super) diagnostics: &'a mut Vec<Diagnostic>,
    /// Nodes with a problem already reported: not blamed again as dead ends.
    pub(super) excused: HashSet<NodeRef>,
    /// Nodes offered as "did you mean": probably meant to be linked, so not
    /// blamed again as unreachable.
    pub(super) suggested: HashSet<NodeRef>,
    pub(super) messages: Vec<MessageRef>,
}

impl Builder<'_> {
    /// `p` uses the message `id` at `location`.
    fn uses(&mut self, p: &Parsed<'_>, id: String, location: Location, needs_title: bool) {
        self.messages.push(MessageRef { id, location, needs_title, built_in: p.built_in });
    }

    fn resolve(&mut self) -> Vec<Flow> {
        let mut flows = Vec::new();
        let parsed = self.parsed;
        for (i, p) in parsed.iter().enumerate() {
            let fi = self.first_parsed + i;
            self.uses(p, p.raw.title.clone(), p.at(&["title"]), false);
            let start = match p.raw.nodes.get_index_of(&p.raw.start) {
                Some(start) => start,
                None => {
                    let suggestion = closest(&p.raw.start, p.raw.nodes.keys().map(String::as_str));
                    self.diagnostics.push(
                        Diagnostic::error(
                            p.at(&["start"]),
                            Problem::UnknownNode {
                                node: p.raw.id.clone(),
                                via: Via::Start,
                                target: p.raw.start.clone(),
                            },
                        )
                        .with_suggestion(suggestion),
                    );
                    0
                }
            };
            let nodes = p
                .raw
                .nodes
                .iter()
                .enumerate()
                .map(|(ni, (id, raw))| self.node(p, NodeRef { flow: fi, node: ni }, id, raw))
                .collect();
            flows.push(Flow { id: p.raw.id.clone(), title: p.raw.title.clone(), nodes, start });
        }
        flows
    }

    /// The answers flows add to the triage (`triage: { under, label }`),
    /// in flow order, each just before the question's last answer (the
    /// triage's catch-all: "none of these", "another error").
    fn extend_triage(&mut self, flows: &mut [Flow]) {
        let Some(triage) = flows.iter().position(|f| f.id == TRIAGE) else { return };
        let parsed = self.parsed;
        for (i, p) in parsed.iter().enumerate() {
            let fi = self.first_parsed + i;
            let Some(extension) = &p.raw.triage else { continue };
            let Some(start) = flows.get(fi).map(|f| NodeRef { flow: fi, node: f.start }) else { continue };
            let Some(triage_flow) = flows.get_mut(triage) else { return };
            let is_question = |n: &Node| matches!(n.kind, NodeKind::Question { .. });
            let question = triage_flow.nodes.iter_mut().find(|n| n.id == extension.under && is_question(n));
            let Some(Node { kind: NodeKind::Question { options }, .. }) = question else {
                let questions = triage_flow.nodes.iter().filter(|n| is_question(n)).map(|n| n.id.as_str());
                let known = questions.clone().collect::<Vec<_>>().join(", ");
                let suggestion = closest(&extension.under, questions);
                let problem = Problem::TriageUnknownQuestion { question: extension.under.clone(), known };
                let diagnostic = Diagnostic::error(p.at(&["triage", "under"]), problem);
                self.diagnostics.push(diagnostic.with_suggestion(suggestion));
                continue;
            };
            if options.len() >= MAX_OPTIONS {
                let problem = Problem::TriageFull { question: extension.under.clone(), max: MAX_OPTIONS };
                self.diagnostics.push(Diagnostic::error(p.at(&["triage", "under"]), problem));
                continue;
            }
            let choice = Choice { label: extension.label.clone(), next: start, error_message: false };
            options.insert(options.len().saturating_sub(1), choice);
            self.uses(p, extension.label.clone(), p.at(&["triage", "label"]), false);
        }
    }

    fn node(&mut self, p: &Parsed<'_>, here: NodeRef, id: &str, raw: &RawNode) -> Node {
        let location = p.at(&["nodes", id]);
        let kinds: Vec<(&str, Option<&String>)> = [
            ("question", raw.question.as_ref()),
            ("step", raw.step.as_ref()),
            ("fix", raw.fix.as_ref()),
            ("escalate", raw.escalate.as_ref()),
        ]
        .into_iter()
        .filter(|(_, value)| value.is_some())
        .chain(raw.when.is_some().then_some(("when", None)))
        .collect();
        let sources = self.sources(p, here, id, raw);
        let (kind_key, message) = match kinds.as_slice() {
            [(key, message)] => (*key, message.cloned()),
            [] => {
                self.fail(here, location.clone(), Problem::NoKind { node: id.into() });
                return Node {
                    id: id.into(),
                    message: String::new(),
                    kind: NodeKind::Fix,
                    location,
                    sources,
                };
            }
            [(key, message), ..] => {
                let kinds = kinds.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ");
                self.fail(here, location.clone(), Problem::ManyKinds { node: id.into(), kinds });
                (*key, message.cloned())
            }
        };
        if let Some(message) = &message {
            self.uses(p, message.clone(), p.at(&["nodes", id, kind_key]), true);
        }
        self.check_keys_fit(p, here, id, kind_key, raw);
        let kind = match kind_key {
            "question" => NodeKind::Question { options: self.options(p, here, id, raw) },
            "step" => {
                let solved = self.target(p, here, id, raw.solved.as_deref(), "solved", Via::Solved);
                let unsolved = self.target(p, here, id, raw.unsolved.as_deref(), "unsolved", Via::Unsolved);
                NodeKind::Step { solved, unsolved }
            }
            "escalate" => NodeKind::Escalate { urgent: raw.urgent.unwrap_or(false) },
            "when" => self.branch(p, here, id, raw),
            _ => NodeKind::Fix,
        };
        Node { id: id.into(), message: message.unwrap_or_default(), kind, location, sources }
    }

    /// `options` only on questions, `solved`/`unsolved` only on steps,
    /// `urgent` only on escalations, `otherwise` only on branches.
    fn check_keys_fit(&mut self, p: &Parsed<'_>, here: NodeRef, id: &str, kind_key: &str, raw: &RawNode) {
        let misplaced = [
            ("options", raw.options.is_some() && kind_key != "question"),
            ("solved", raw.solved.is_some() && kind_key != "step"),
            ("unsolved", raw.unsolved.is_some() && kind_key != "step"),
            ("urgent", raw.urgent.is_some() && kind_key != "escalate"),
            ("otherwise", raw.otherwise.is_some() && kind_key != "when"),
            ("sources", raw.sources.is_some() && kind_key == "when"),
        ];
        for (key, wrong) in misplaced {
            if wrong {
                let location = p.at(&["nodes", id, key]);
                self.fail(here, location, Problem::KeyNotForKind { node: id.into(), key: key.into() });
            }
        }
    }

    /// A `when` node: each rule's condition checked against the facts and
    /// dates there can be, each `next` and `otherwise` resolved.
    fn branch(&mut self, p: &Parsed<'_>, here: NodeRef, id: &str, raw: &RawNode) -> NodeKind {
        let raw_rules = raw.when.as_deref().unwrap_or_default();
        if raw_rules.is_empty() || raw_rules.len() > MAX_OPTIONS {
            let location = p.at(&["nodes", id, "when"]);
            self.fail(here, location, Problem::RuleCount { node: id.into(), max: MAX_OPTIONS });
        }
        let mut rules = Vec::new();
        for (i, rule) in raw_rules.iter().enumerate() {
            let index = i.to_string();
            let condition = self.condition(p, here, id, &index, &rule.condition);
            let path = ["nodes", id, "when", &index, "next"];
            let next = self.resolve_target(p, here, id, &rule.next, &path, Via::Rule);
            if let (Some(condition), Some(next)) = (condition, next) {
                rules.push(Rule { condition, next });
            }
        }
        let otherwise = self.target(p, here, id, raw.otherwise.as_deref(), "otherwise", Via::Otherwise);
        NodeKind::Branch { rules, otherwise }
    }

    fn condition(
        &mut self,
        p: &Parsed<'_>,
        here: NodeRef,
        id: &str,
        index: &str,
        raw: &RawCondition,
    ) -> Option<Condition> {
        let at = |key: &str| p.at(&["nodes", id, "when", index, "if", key]);
        let mut ok = true;
        let mut condition = Condition::default();
        match (&raw.org, &raw.is) {
            (None, None) => {}
            (Some(fact), Some(value)) => match fact_kind(fact) {
                None => {
                    let suggestion = closest(fact, FACTS.iter().map(|f| f.name));
                    let known = FACTS.iter().map(|f| f.name).collect::<Vec<_>>().join(", ");
                    let problem = Problem::UnknownFact { fact: fact.clone(), known };
                    self.fail(here, at("org"), problem);
                    self.suggest_last(suggestion);
                    ok = false;
                }
                Some(kind) => match kind.values.iter().find(|v| *v == value) {
                    Some(v) => condition.org = Some((kind.name, v)),
                    None => {
                        let suggestion = closest(value, kind.values.iter().copied());
                        let problem = Problem::UnknownFactValue {
                            fact: kind.name.into(),
                            value: value.clone(),
                            known: kind.values.join(", "),
                        };
                        self.fail(here, at("is"), problem);
                        self.suggest_last(suggestion);
                        ok = false;
                    }
                },
            },
            (Some(_), None) | (None, Some(_)) => {
                let key = if raw.org.is_some() { "org" } else { "is" };
                self.fail(here, at(key), Problem::OrgNeedsIs { node: id.into() });
                ok = false;
            }
        }
        for (key, text, slot) in [
            ("date_from", &raw.date_from, &mut condition.from),
            ("date_before", &raw.date_before, &mut condition.before),
        ] {
            let Some(text) = text else { continue };
            match Date::parse(text) {
                Some(date) => *slot = Some(date),
                None => {
                    self.fail(here, at(key), Problem::BadDate { value: text.clone() });
                    ok = false;
                }
            }
        }
        if ok && condition == Condition::default() {
            let location = p.at(&["nodes", id, "when", index, "if"]);
            self.fail(here, location, Problem::EmptyCondition { node: id.into() });
            ok = false;
        }
        ok.then_some(condition)
    }

    /// A node's `sources`, each with a day that exists.
    fn sources(&mut self, p: &Parsed<'_>, here: NodeRef, id: &str, raw: &RawNode) -> Vec<Source> {
        let mut sources = Vec::new();
        for (i, source) in raw.sources.iter().flatten().enumerate() {
            let index = i.to_string();
            let checked_at = p.at(&["nodes", id, "sources", &index, "checked"]);
            let Some(checked) = Date::parse(&source.checked) else {
                self.fail(here, checked_at, Problem::BadDate { value: source.checked.clone() });
                continue;
            };
            sources.push(Source { url: source.url.clone(), checked, location: checked_at });
        }
        sources
    }

    fn options(&mut self, p: &Parsed<'_>, here: NodeRef, id: &str, raw: &RawNode) -> Vec<Choice> {
        let raw_options = raw.options.as_deref().unwrap_or_default();
        let location = p.at(&["nodes", id, "options"]);
        if raw_options.is_empty() {
            self.fail(here, location, Problem::NoOptions { node: id.into() });
        } else if raw_options.len() > MAX_OPTIONS {
            self.fail(here, location, Problem::TooManyOptions { node: id.into(), max: MAX_OPTIONS });
        }
        let mut choices = Vec::new();
        for (i, option) in raw_options.iter().enumerate() {
            let index = i.to_string();
            self.uses(p, option.label.clone(), p.at(&["nodes", id, "options", &index, "label"]), false);
            let path = ["nodes", id, "options", &index, "next"];
            if let Some(next) = self.resolve_target(p, here, id, &option.next, &path, Via::Option) {
                choices.push(Choice {
                    label: option.label.clone(),
                    next,
                    error_message: option.error_message,
                });
            }
        }
        choices
    }

    fn target(
        &mut self,
        p: &Parsed<'_>,
        here: NodeRef,
        id: &str,
        target: Option<&str>,
        key: &str,
        via: Via,
    ) -> NodeRef {
        let Some(target) = target else {
            let location = p.at(&["nodes", id]);
            self.fail(here, location, Problem::MissingTarget { node: id.into(), key: key.into() });
            return here;
        };
        self.resolve_target(p, here, id, target, &["nodes", id, key], via).unwrap_or(here)
    }

    /// `node`, `flow#node` or `flow#` → the node, or a reported problem.
    fn resolve_target(
        &mut self,
        p: &Parsed<'_>,
        here: NodeRef,
        id: &str,
        target: &str,
        path: &[&str],
        via: Via,
    ) -> Option<NodeRef> {
        let location = p.at(path);
        let (flow_id, node_id, cross) = match target.split_once('#') {
            Some((flow, node)) => (flow, node, true),
            None => (p.raw.id.as_str(), target, false),
        };
        if !is_name(flow_id) || !(is_name(node_id) || cross && node_id.is_empty()) {
            let problem = Problem::BadName { kind: "link", name: target.into(), limit: MAX_NAME_CHARS };
            self.fail(here, location, problem);
            return None;
        }
        let Some((flow, to)) = self.flow_named(flow_id) else {
            if self.unreadable.contains(flow_id) {
                self.excused.insert(here);
                return None;
            }
            let linked = self.linked.iter().map(|f| f.id.as_str());
            let suggestion = closest(flow_id, linked.chain(self.parsed.iter().map(|p| p.raw.id.as_str())))
                .map(|f| format!("{f}#{node_id}"));
            let problem = Problem::UnknownFlow { node: id.into(), via, target: target.into() };
            self.fail(here, location, problem);
            self.suggest_last(suggestion);
            return None;
        };
        let node = if cross && node_id.is_empty() { to.start() } else { to.position(node_id) };
        match node {
            Some(node) => Some(NodeRef { flow, node }),
            None => {
                let close = closest(node_id, to.names());
                let meant = close.as_deref().and_then(|n| to.position(n));
                self.suggested.extend(meant.map(|node| NodeRef { flow, node }));
                let suggestion = close.map(|n| if cross { format!("{flow_id}#{n}") } else { n });
                let problem = Problem::UnknownNode { node: id.into(), via, target: target.into() };
                self.fail(here, location, problem);
                self.suggest_last(suggestion);
                None
            }
        }
    }

    /// The flow with this id, linked before or being linked, and its
    /// position in the catalog.
    fn flow_named(&self, id: &str) -> Option<(usize, Named<'_>)> {
        if let Some((flow, linked)) = self.linked.iter().enumerate().find(|(_, f)| f.id == id) {
            return Some((flow, Named::Linked(linked)));
        }
        let &flow = self.flow_index.get(id)?;
        let parsed = self.parsed.get(flow.checked_sub(self.first_parsed)?)?;
        Some((flow, Named::Parsed(parsed.raw)))
    }

    fn fail(&mut self, node: NodeRef, location: Location, problem: Problem) {
        self.excused.insert(node);
        self.diagnostics.push(Diagnostic::error(location, problem));
    }

    fn suggest_last(&mut self, suggestion: Option<String>) {
        if let Some(last) = self.diagnostics.pop() {
            self.diagnostics.push(last.with_suggestion(suggestion));
        }
    }
}

/// A flow a link names: one linked before, or one being linked.
enum Named<'a> {
    Linked(&'a Flow),
    Parsed(&'a RawFlow),
}

impl Named<'_> {
    fn start(&self) -> Option<usize> {
        match self {
            Named::Linked(flow) => Some(flow.start),
            Named::Parsed(raw) => raw.nodes.get_index_of(&raw.start),
        }
    }

    /// The position of the node with this id.
    fn position(&self, node: &str) -> Option<usize> {
        match self {
            Named::Linked(flow) => flow.nodes.iter().position(|n| n.id == node),
            Named::Parsed(raw) => raw.nodes.get_index_of(node),
        }
    }

    /// The ids of its nodes, for "did you mean".
    fn names(&self) -> Vec<&str> {
        match self {
            Named::Linked(flow) => flow.nodes.iter().map(|n| n.id.as_str()).collect(),
            Named::Parsed(raw) => raw.nodes.keys().map(String::as_str).collect(),
        }
    }
}
