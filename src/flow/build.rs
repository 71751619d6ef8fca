//! From flow files to a [`Catalog`]: parse, resolve links, check the graph.
//! Every problem is collected, not only the first, each at the line and
//! column of the value that causes it.

use std::collections::{HashMap, HashSet, VecDeque};

use super::node_set::{NodeSet, Numbering};
use super::schema::{
    CONDITION_KEYS, FLOW_KEYS, NODE_KEYS, OPTION_KEYS, RULE_KEYS, RawCondition, RawFlow, RawNode,
    SOURCE_KEYS, TRIAGE_KEYS,
};
use super::{
    Catalog, Choice, Condition, Flow, MAX_FLOWS, MAX_NAME_CHARS, MAX_NODES, MAX_NODES_PER_FLOW, MAX_OPTIONS,
    MessageRef, Node, NodeKind, NodeRef, Rule, Source, TRIAGE, is_name,
};
use crate::diagnostic::{Diagnostic, Location, Problem, Via, closest};
use crate::facts::{Date, FACTS, fact_kind};
use crate::source::SourceFile;
use crate::yaml::{self, KeyIndex};

/// One parsed file, kept with its text index for locating problems.
struct Parsed {
    /// The file, made terminal-safe once rather than at every place in it.
    place: Location,
    raw: RawFlow,
    /// Where each key is; none for flows parsed when the program was built.
    index: Option<KeyIndex>,
}

impl Parsed {
    fn at(&self, path: &[&str]) -> Location {
        match &self.index {
            Some(index) => {
                let pos = index.locate(path);
                Location { line: pos.line, column: pos.column, ..self.place.clone() }
            }
            None => self.place.clone(),
        }
    }
}

/// Builds the catalog, or `None` when any error was found. All problems
/// found are added to `diagnostics`.
pub fn build_catalog(files: &[SourceFile], diagnostics: &mut Vec<Diagnostic>) -> Option<Catalog> {
    // A load of the flows is one run for "did you mean".
    crate::diagnostic::reset_suggestion_budget();
    let errors_before = count_errors(diagnostics);
    let (parsed, unreadable) = parse_all(files, diagnostics);
    link(&parsed, &unreadable, diagnostics).filter(|_| count_errors(diagnostics) == errors_before)
}

/// The catalog of flows parsed already, `(path, flow)`: the bundled ones,
/// parsed when the program was built. Links are resolved as always and no
/// position is looked up, so `None` (any problem at all) means: load them
/// from their text to say where. Reachability and dead ends are left to the
/// tests and `check`, which load the same flows from their YAML.
pub(super) fn build_parsed(flows: Vec<(String, RawFlow)>) -> Option<Catalog> {
    let parsed: Vec<Parsed> = flows
        .into_iter()
        .map(|(file, raw)| Parsed { place: Location::file(file), raw, index: None })
        .collect();
    let mut diagnostics = Vec::new();
    link(&parsed, &HashSet::new(), &mut diagnostics).filter(|_| diagnostics.is_empty())
}

/// Resolves the links of the parsed flows and checks the graph.
fn link(
    parsed: &[Parsed],
    unreadable: &HashSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Catalog> {
    let mut builder = Builder {
        parsed,
        flow_index: parsed.iter().enumerate().map(|(i, p)| (p.raw.id.as_str(), i)).collect(),
        unreadable,
        diagnostics,
        excused: HashSet::new(),
        suggested: HashSet::new(),
        messages: Vec::new(),
    };
    let mut flows = builder.resolve();
    builder.extend_triage(&mut flows);
    builder.check_graph(flows)
}

fn count_errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}

/// The flows that parsed, and the ids of those that did not (where the id
/// could be read), so links to a broken flow are not reported twice.
fn parse_all(files: &[SourceFile], diagnostics: &mut Vec<Diagnostic>) -> (Vec<Parsed>, HashSet<String>) {
    let mut parsed: Vec<Parsed> = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut unreadable = HashSet::new();
    let mut nodes_in_all = 0;
    for file in files {
        if parsed.len() == MAX_FLOWS {
            let problem = Problem::TooManyFlows { limit: MAX_FLOWS };
            diagnostics.push(Diagnostic::error(Location::file(&file.path), problem));
            break;
        }
        let Some((raw, index)) = parse_one(file, nodes_in_all, diagnostics) else {
            // Its id if it can be read at all, else its file name, which by
            // convention is the id.
            let stem =
                file.path.rsplit(std::path::is_separator).next().and_then(|name| name.split('.').next());
            unreadable.extend(yaml::top_level_string(file, "id").or(stem.map(str::to_string)));
            continue;
        };
        nodes_in_all += raw.nodes.len();
        for (path, pos) in index.duplicates() {
            if let ["nodes", node] = path[..] {
                diagnostics.push(Diagnostic::error(
                    Location::new(&file.path, pos.line, pos.column),
                    Problem::DuplicateNode { node: node.to_string() },
                ));
            }
        }
        let candidate = Parsed { place: Location::file(&file.path), raw, index: Some(index) };
        if let Some(first) = ids.get(&candidate.raw.id).and_then(|&i| parsed.get(i)) {
            diagnostics.push(Diagnostic::error(
                candidate.at(&["id"]),
                Problem::DuplicateFlow {
                    flow: candidate.raw.id.clone(),
                    first: first.at(&["id"]).to_string(),
                },
            ));
            continue;
        }
        ids.insert(candidate.raw.id.clone(), parsed.len());
        parsed.push(candidate);
    }
    (parsed, unreadable)
}

/// One flow file parsed and indexed, or `None` with its problems reported:
/// unknown keys, syntax, and the limits on nesting and on nodes (this
/// file's, and `nodes_before` plus this file's in all).
fn parse_one(
    file: &SourceFile,
    nodes_before: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(RawFlow, KeyIndex)> {
    if let Err(tab) = yaml::indented_with_spaces(file) {
        diagnostics.push(tab);
        return None;
    }
    let index = match KeyIndex::build(&file.text) {
        Ok(index) => index,
        Err(pos) => {
            let location = Location::new(&file.path, pos.line, pos.column);
            diagnostics.push(Diagnostic::error(location, Problem::NestingTooDeep { limit: yaml::MAX_DEPTH }));
            return None;
        }
    };
    if report_unknown_keys(file, &index, diagnostics) {
        return None;
    }
    let raw = yaml::from_file::<RawFlow>(file).map_err(|d| diagnostics.push(d)).ok()?;
    let too_many = if raw.nodes.len() > MAX_NODES_PER_FLOW {
        Some(Problem::TooManyNodes { flow: raw.id.clone(), limit: MAX_NODES_PER_FLOW })
    } else if nodes_before + raw.nodes.len() > MAX_NODES {
        Some(Problem::TooManyNodesInAll { limit: MAX_NODES })
    } else {
        None
    };
    if let Some(problem) = too_many {
        let pos = index.locate(&["nodes"]);
        diagnostics.push(Diagnostic::error(Location::new(&file.path, pos.line, pos.column), problem));
        return None;
    }
    if report_bad_names(file, &raw, &index, diagnostics) {
        return None;
    }
    Some((raw, index))
}

/// Reports every id that is not a plain name ([`is_name`]): the flow's,
/// its start's, each node's and the triage question's it joins. Returns
/// whether there were any (the flow is then left out: no such name goes
/// further).
fn report_bad_names(
    file: &SourceFile,
    raw: &RawFlow,
    index: &KeyIndex,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let before = diagnostics.len();
    let mut check = |kind: &'static str, name: &str, pos: yaml::Pos| {
        if !is_name(name) {
            let problem = Problem::BadName { kind, name: name.to_string(), limit: MAX_NAME_CHARS };
            diagnostics.push(Diagnostic::error(Location::new(&file.path, pos.line, pos.column), problem));
        }
    };
    check("flow", &raw.id, index.locate(&["id"]));
    check("node", &raw.start, index.locate(&["start"]));
    if let Some(triage) = &raw.triage {
        check("node", &triage.under, index.locate(&["triage", "under"]));
    }
    // A node's key as the index found it: the same key, or else the one in
    // the same place (a quoted key is indexed as written, escapes and all).
    let node_keys: Vec<(Vec<&str>, yaml::Pos)> =
        index.keys().filter(|(path, _)| path.len() == 2 && path.first() == Some(&"nodes")).collect();
    for (i, id) in raw.nodes.keys().enumerate() {
        let pos = node_keys
            .iter()
            .find(|(path, _)| path.get(1) == Some(&id.as_str()))
            .or_else(|| node_keys.get(i))
            .map_or_else(|| index.locate(&["nodes"]), |(_, pos)| *pos);
        check("node", id, pos);
    }
    diagnostics.len() > before
}

/// Reports every key the schema does not know, with the likely intended one.
/// Returns whether there were any (the file is then not parsed further).
fn report_unknown_keys(file: &SourceFile, index: &KeyIndex, diagnostics: &mut Vec<Diagnostic>) -> bool {
    let mut found = false;
    for (path, pos) in index.keys() {
        let allowed = match path[..] {
            [_] => FLOW_KEYS,
            ["nodes", _, _] => NODE_KEYS,
            ["nodes", _, "options", _, _] => OPTION_KEYS,
            ["nodes", _, "when", _, _] => RULE_KEYS,
            ["nodes", _, "when", _, "if", _] => CONDITION_KEYS,
            ["nodes", _, "sources", _, _] => SOURCE_KEYS,
            ["triage", _] => TRIAGE_KEYS,
            _ => continue,
        };
        let Some(&key) = path.last() else { continue };
        if !allowed.contains(&key) {
            found = true;
            diagnostics.push(
                Diagnostic::error(
                    Location::new(&file.path, pos.line, pos.column),
                    Problem::UnknownKey { key: key.to_string() },
                )
                .with_suggestion(closest(key, allowed.iter().copied())),
            );
        }
    }
    found
}

struct Builder<'a> {
    parsed: &'a [Parsed],
    /// Position in `parsed` of each flow id: links name flows by id.
    flow_index: HashMap<&'a str, usize>,
    /// Ids of flows that failed to parse: links to them are not blamed.
    unreadable: &'a HashSet<String>,
    diagnostics: &'a mut Vec<Diagnostic>,
    /// Nodes with a problem already reported: not blamed again as dead ends.
    excused: HashSet<NodeRef>,
    /// Nodes offered as "did you mean": probably meant to be linked, so not
    /// blamed again as unreachable.
    suggested: HashSet<NodeRef>,
    messages: Vec<MessageRef>,
}

impl Builder<'_> {
    fn resolve(&mut self) -> Vec<Flow> {
        let mut flows = Vec::new();
        let parsed = self.parsed;
        for (fi, p) in parsed.iter().enumerate() {
            self.messages.push(MessageRef {
                id: p.raw.title.clone(),
                location: p.at(&["title"]),
                needs_title: false,
            });
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
        for (fi, p) in parsed.iter().enumerate() {
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
            self.messages.push(MessageRef {
                id: extension.label.clone(),
                location: p.at(&["triage", "label"]),
                needs_title: false,
            });
        }
    }

    fn node(&mut self, p: &Parsed, here: NodeRef, id: &str, raw: &RawNode) -> Node {
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
            self.messages.push(MessageRef {
                id: message.clone(),
                location: p.at(&["nodes", id, kind_key]),
                needs_title: true,
            });
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
    fn check_keys_fit(&mut self, p: &Parsed, here: NodeRef, id: &str, kind_key: &str, raw: &RawNode) {
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
    fn branch(&mut self, p: &Parsed, here: NodeRef, id: &str, raw: &RawNode) -> NodeKind {
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
        p: &Parsed,
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
    fn sources(&mut self, p: &Parsed, here: NodeRef, id: &str, raw: &RawNode) -> Vec<Source> {
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

    fn options(&mut self, p: &Parsed, here: NodeRef, id: &str, raw: &RawNode) -> Vec<Choice> {
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
            self.messages.push(MessageRef {
                id: option.label.clone(),
                location: p.at(&["nodes", id, "options", &index, "label"]),
                needs_title: false,
            });
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
        p: &Parsed,
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
        p: &Parsed,
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
        let found = self.flow_index.get(flow_id).and_then(|&flow| Some((flow, self.parsed.get(flow)?)));
        let Some((flow, to)) = found else {
            if self.unreadable.contains(flow_id) {
                self.excused.insert(here);
                return None;
            }
            let suggestion = closest(flow_id, self.parsed.iter().map(|p| p.raw.id.as_str()))
                .map(|f| format!("{f}#{node_id}"));
            let problem = Problem::UnknownFlow { node: id.into(), via, target: target.into() };
            self.fail(here, location, problem);
            self.suggest_last(suggestion);
            return None;
        };
        let nodes = &to.raw.nodes;
        let node = if cross && node_id.is_empty() {
            nodes.get_index_of(&to.raw.start)
        } else {
            nodes.get_index_of(node_id)
        };
        match node {
            Some(node) => Some(NodeRef { flow, node }),
            None => {
                let close = closest(node_id, nodes.keys().map(String::as_str));
                let meant = close.as_deref().and_then(|n| nodes.get_index_of(n));
                self.suggested.extend(meant.map(|node| NodeRef { flow, node }));
                let suggestion = close.map(|n| if cross { format!("{flow_id}#{n}") } else { n });
                let problem = Problem::UnknownNode { node: id.into(), via, target: target.into() };
                self.fail(here, location, problem);
                self.suggest_last(suggestion);
                None
            }
        }
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

    /// Reachability from triage, a way out from every node, chains of checks.
    fn check_graph(&mut self, flows: Vec<Flow>) -> Option<Catalog> {
        let Some((triage, start)) =
            flows.iter().enumerate().find(|(_, f)| f.id == TRIAGE).map(|(i, f)| (i, f.start))
        else {
            // Nothing could be read, and that was already said: a missing
            // triage would only repeat it.
            if self.parsed.is_empty() && self.diagnostics.iter().any(Diagnostic::is_error) {
                return None;
            }
            let location = self.parsed.first().map_or(Location::file("flows"), |p| p.place.clone());
            self.diagnostics.push(Diagnostic::error(location, Problem::NoTriage { triage: TRIAGE.into() }));
            return None;
        };
        let catalog = Catalog {
            entry: NodeRef { flow: triage, node: start },
            flows,
            chains: HashMap::new(),
            messages: std::mem::take(&mut self.messages),
        };
        // Flows parsed when the program was built were checked by the tests
        // (and by `check`); starting need not walk their graph again.
        let from_build = self.parsed.iter().all(|p| p.index.is_none());
        let numbering = Numbering::new(&catalog.flows);
        if !from_build {
            let reachable = reach(catalog.entry, &numbering, |at| catalog.successors(at));
            self.report_unreachable(&catalog, &reachable);
            self.report_dead_ends(&catalog, &numbering, &reachable);
            self.report_branch_loops(&catalog, &numbering);
        }
        let chains = chains(&catalog, &numbering);
        Some(Catalog { chains, ..catalog })
    }

    fn report_unreachable(&mut self, catalog: &Catalog, reachable: &NodeSet) {
        for (fi, (flow, p)) in catalog.flows.iter().zip(self.parsed).enumerate() {
            if !catalog.start_of(fi).is_some_and(|start| reachable.contains(start)) {
                self.diagnostics.push(Diagnostic::error(
                    p.at(&["id"]),
                    Problem::FlowUnreachable { flow: flow.id.clone() },
                ));
                continue;
            }
            for (ni, node) in flow.nodes.iter().enumerate() {
                let at = NodeRef { flow: fi, node: ni };
                if !reachable.contains(at) && !self.suggested.contains(&at) {
                    self.diagnostics.push(Diagnostic::error(
                        node.location.clone(),
                        Problem::Unreachable { node: node.id.clone() },
                    ));
                }
            }
        }
    }

    fn report_dead_ends(&mut self, catalog: &Catalog, numbering: &Numbering, reachable: &NodeSet) {
        let mut predecessors: Vec<Vec<NodeRef>> = vec![Vec::new(); numbering.len()];
        for at in catalog.nodes() {
            for next in catalog.successors(at) {
                if let Some(list) = predecessors.get_mut(numbering.of(next)) {
                    list.push(at);
                }
            }
        }
        let mut can_finish = NodeSet::new(numbering);
        let mut queue: VecDeque<NodeRef> = catalog
            .nodes()
            .filter(|&at| catalog.node(at).is_terminal() || self.excused.contains(&at))
            .collect();
        while let Some(at) = queue.pop_front() {
            if can_finish.insert(at) {
                queue.extend(predecessors.get(numbering.of(at)).into_iter().flatten().copied());
            }
        }
        for at in catalog.nodes() {
            if reachable.contains(at) && !can_finish.contains(at) {
                let node = catalog.node(at);
                self.diagnostics.push(Diagnostic::error(
                    node.location.clone(),
                    Problem::DeadEnd { node: node.id.clone() },
                ));
            }
        }
    }
}

impl Builder<'_> {
    /// Branches that lead only to branches in a circle would never come to
    /// rest on a screen: each node on such a circle is reported.
    fn report_branch_loops(&mut self, catalog: &Catalog, numbering: &Numbering) {
        let is_branch = |at: NodeRef| matches!(catalog.node(at).kind, NodeKind::Branch { .. });
        let branches: Vec<NodeRef> = catalog.nodes().filter(|&at| is_branch(at)).collect();
        // Kahn's algorithm on the branches alone: a branch comes to rest once
        // every branch it can lead to does; what is left lies on a circle or
        // leads into one.
        let mut waiting = vec![0_usize; numbering.len()];
        for &at in &branches {
            if let Some(count) = waiting.get_mut(numbering.of(at)) {
                *count = catalog.successors(at).into_iter().filter(|&n| is_branch(n)).count();
            }
        }
        let mut predecessors: Vec<Vec<NodeRef>> = vec![Vec::new(); numbering.len()];
        for &at in &branches {
            for next in catalog.successors(at).into_iter().filter(|&n| is_branch(n)) {
                if let Some(list) = predecessors.get_mut(numbering.of(next)) {
                    list.push(at);
                }
            }
        }
        let mut queue: VecDeque<NodeRef> =
            branches.iter().copied().filter(|&at| waiting.get(numbering.of(at)) == Some(&0)).collect();
        let mut settled = NodeSet::new(numbering);
        while let Some(at) = queue.pop_front() {
            if !settled.insert(at) {
                continue;
            }
            for &from in predecessors.get(numbering.of(at)).into_iter().flatten() {
                if let Some(count) = waiting.get_mut(numbering.of(from)) {
                    *count = count.saturating_sub(1);
                    if *count == 0 {
                        queue.push_back(from);
                    }
                }
            }
        }
        for at in branches.into_iter().filter(|&at| !settled.contains(at)) {
            let node = catalog.node(at);
            self.diagnostics.push(Diagnostic::error(
                node.location.clone(),
                Problem::BranchLoop { node: node.id.clone() },
            ));
        }
    }
}

/// Every node reachable from `from`.
fn reach(from: NodeRef, numbering: &Numbering, successors: impl Fn(NodeRef) -> Vec<NodeRef>) -> NodeSet<'_> {
    let mut seen = NodeSet::new(numbering);
    let mut queue = VecDeque::from([from]);
    while let Some(at) = queue.pop_front() {
        if seen.insert(at) {
            queue.extend(successors(at));
        }
    }
    seen
}

/// Chains of checks: steps of one flow linked by "didn't help" where each
/// later step has exactly one step leading to it. A link into another flow
/// ends the chain: that flow counts its own checks. Maps each step of a chain of two or more
/// to (position, length).
fn chains(catalog: &Catalog, numbering: &Numbering) -> HashMap<NodeRef, (usize, usize)> {
    let next_check = |at: NodeRef| match catalog.node(at).kind {
        NodeKind::Step { unsolved, .. }
            if unsolved.flow == at.flow && matches!(catalog.node(unsolved).kind, NodeKind::Step { .. }) =>
        {
            Some(unsolved)
        }
        _ => None,
    };
    let mut step_predecessors = vec![0_usize; numbering.len()];
    for at in catalog.nodes() {
        if let Some(count) = next_check(at).and_then(|next| step_predecessors.get_mut(numbering.of(next))) {
            *count += 1;
        }
    }
    let continues = |at: NodeRef| step_predecessors.get(numbering.of(at)) == Some(&1);
    let mut in_a_chain = NodeSet::new(numbering);
    let mut positions = HashMap::new();
    for head in catalog.nodes() {
        if !matches!(catalog.node(head).kind, NodeKind::Step { .. }) || continues(head) {
            continue;
        }
        let mut chain = vec![head];
        in_a_chain.insert(head);
        while let Some(next) = chain.last().and_then(|&at| next_check(at)) {
            if !continues(next) || !in_a_chain.insert(next) {
                break;
            }
            chain.push(next);
        }
        if chain.len() >= 2 {
            let len = chain.len();
            positions.extend(chain.into_iter().enumerate().map(|(i, at)| (at, (i + 1, len))));
        }
    }
    positions
}
