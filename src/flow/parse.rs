//! Flow files to parsed flows: the YAML read with the schema, each unknown
//! key, bad name and broken limit reported at its line and column. The
//! built-in flows arrive linked already: build.rs ran this same code on
//! their text when the program was built; they are parsed again only when
//! a layer replaced one of them.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::schema::{
    CONDITION_KEYS, FLOW_KEYS, NODE_KEYS, OPTION_KEYS, RULE_KEYS, RawFlow, SOURCE_KEYS, TRIAGE_KEYS,
};
use super::{Catalog, FlowFile, MAX_FLOWS, MAX_NAME_CHARS, MAX_NODES, MAX_NODES_PER_FLOW, is_name};
use crate::content::source::{self, SourceFile};
use crate::diagnostic::{Diagnostic, Location, Problem, closest};
use crate::yaml::{self, KeyIndex};

/// One parsed flow, with where each key is in it for locating problems.
pub(crate) struct Parsed {
    /// The file, made terminal-safe once rather than at every place in it.
    pub place: Location,
    pub raw: RawFlow,
    /// Built in: build.rs checked it, and the messages it uses in every
    /// built-in language, with this same code.
    pub built_in: bool,
    index: KeyIndex,
}

impl Parsed {
    pub(crate) fn at(&self, path: &[&str]) -> Location {
        let pos = self.index.locate(path);
        Location { line: pos.line, column: pos.column, ..self.place.clone() }
    }
}

/// The flows that parsed, and the ids of those that did not (where the id
/// could be read), so links to a broken flow are not reported twice. The
/// limits count the flows and nodes of `base` (linked before) too.
pub(crate) fn parse_all(
    files: &[FlowFile],
    base: Option<&Catalog>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Parsed>, HashSet<String>) {
    let mut parsed: Vec<Parsed> = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut unreadable = HashSet::new();
    let flows_before = base.map_or(0, |base| base.flows().len());
    let mut nodes_in_all = base.map_or(0, |base| base.nodes().count());
    for file in files {
        if flows_before + parsed.len() == MAX_FLOWS {
            let problem = Problem::TooManyFlows { limit: MAX_FLOWS };
            diagnostics.push(Diagnostic::error(Location::file(file.path()), problem));
            break;
        }
        let (file, built_in) = match file {
            FlowFile::Read(file) => (Cow::Borrowed(file), false),
            FlowFile::BuiltIn { path, .. } => {
                let text = source::embedded_text(path).unwrap_or_default().to_string();
                (Cow::Owned(SourceFile { path: path.to_string(), text }), true)
            }
        };
        let Some((raw, index)) = parse_one(&file, nodes_in_all, diagnostics) else {
            // Its id if it can be read at all, else its file name, which by
            // convention is the id.
            let stem =
                file.path.rsplit(std::path::is_separator).next().and_then(|name| name.split('.').next());
            unreadable.extend(yaml::top_level_string(&file, "id").or(stem.map(str::to_string)));
            continue;
        };
        for (path, pos) in index.duplicates() {
            if let ["nodes", node] = path[..] {
                diagnostics.push(Diagnostic::error(
                    Location::new(&file.path, pos.line, pos.column),
                    Problem::DuplicateNode { node: node.to_string() },
                ));
            }
        }
        let candidate = Parsed { place: Location::file(&file.path), raw, built_in, index };
        nodes_in_all += candidate.raw.nodes.len();
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
