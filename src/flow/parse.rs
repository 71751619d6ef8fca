//! Flow files to parsed flows: the YAML read with the schema, each unknown
//! key, bad name and broken limit reported at its line and column. The
//! built-in flows arrive linked already: build.rs ran this same code on
//! their text when the program was built; when a layer replaced one of
//! them, the others are linked again as build.rs parsed them.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use super::schema::{
    CONDITION_KEYS, FLOW_KEYS, NODE_KEYS, OPTION_KEYS, RULE_KEYS, RawFlow, SOURCE_KEYS, TRIAGE_KEYS,
};
use super::{Catalog, MAX_FLOWS, MAX_NAME_CHARS, MAX_NODES, MAX_NODES_PER_FLOW, Places, is_name};
use crate::content::source::{self, SourceFile};
use crate::diagnostic::{Diagnostic, Location, Problem, closest};
use crate::yaml::{self, KeyIndex};

/// A flow file parsed and indexed once, with what parsing it found,
/// however often the layers are laid over each other again (each time a
/// part with errors is left out). Its text is not kept: the parse and the
/// key index hold all that linking needs.
#[derive(Debug)]
pub struct ReadFlow {
    /// The path shown for the file.
    pub(crate) path: String,
    /// The flow's id, where it can be read; else the file name's stem (by
    /// convention the id: the file is reported when it is linked).
    pub(crate) id: String,
    /// The file, made terminal-safe once rather than at every place in it.
    place: Location,
    parsed: Option<(RawFlow, KeyIndex)>,
    problems: Vec<Diagnostic>,
}

impl ReadFlow {
    pub(crate) fn new(file: &SourceFile) -> Self {
        let mut problems = Vec::new();
        let parsed = parse_one(file, &mut problems);
        let id = match &parsed {
            Some((raw, index)) => {
                for (path, pos) in index.duplicates() {
                    if let ["nodes", node] = path[..] {
                        problems.push(Diagnostic::error(
                            Location::new(&file.path, pos.line, pos.column),
                            Problem::DuplicateNode { node: node.to_string() },
                        ));
                    }
                }
                raw.id.clone()
            }
            None => yaml::top_level_string(file, "id").unwrap_or_else(|| {
                let name = file.path.rsplit(std::path::is_separator).next().unwrap_or_default();
                name.split('.').next().unwrap_or_default().to_string()
            }),
        };
        Self { place: Location::file(&file.path), path: file.path.clone(), id, parsed, problems }
    }

    /// The flow, if it parsed.
    pub(crate) fn raw(&self) -> Option<&RawFlow> {
        self.parsed.as_ref().map(|(raw, _)| raw)
    }
}

/// A flow to link.
pub(crate) enum Input<'a> {
    /// Read from a folder.
    Read(&'a ReadFlow),
    /// Built in, as build.rs parsed it (see [`super::stored`]).
    BuiltIn { path: &'static str, raw: &'a RawFlow, places: Places },
}

/// One parsed flow, with where each key is in it for locating problems.
pub(crate) struct Parsed<'a> {
    /// The file, made terminal-safe once rather than at every place in it.
    pub place: Location,
    pub raw: &'a RawFlow,
    /// Built in: build.rs checked it, and the messages it uses in every
    /// built-in language, with this same code.
    pub built_in: bool,
    index: Index<'a>,
}

/// Where the keys of a flow are: indexed as its file was parsed, or, for a
/// built-in flow linked again (a layer replaced another), from its text
/// when a place in it is first asked for, if it is to be placed exactly.
enum Index<'a> {
    Read(&'a KeyIndex),
    Text(Option<&'static str>, OnceCell<Option<KeyIndex>>),
}

impl Parsed<'_> {
    pub(crate) fn at(&self, path: &[&str]) -> Location {
        let index = match &self.index {
            Index::Read(index) => Some(*index),
            Index::Text(text, index) => {
                index.get_or_init(|| text.and_then(|text| KeyIndex::build(text).ok())).as_ref()
            }
        };
        match index {
            Some(index) => {
                let pos = index.locate(path);
                Location { line: pos.line, column: pos.column, ..self.place.clone() }
            }
            None => self.place.clone(),
        }
    }
}

/// The flows that parsed, and the ids of those that did not (where the id
/// could be read), so links to a broken flow are not reported twice; each
/// file's problems are added to `diagnostics`. The limits count the flows
/// and nodes of `base` (linked before) too.
pub(crate) fn parse_all<'a>(
    files: &[Input<'a>],
    base: Option<&Catalog>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Parsed<'a>>, HashSet<String>) {
    let mut parsed: Vec<Parsed> = Vec::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut unreadable = HashSet::new();
    let flows_before = base.map_or(0, |base| base.flows().len());
    let mut nodes_in_all = base.map_or(0, |base| base.nodes().count());
    for file in files {
        if flows_before + parsed.len() == MAX_FLOWS {
            let place = match file {
                Input::Read(file) => file.place.clone(),
                Input::BuiltIn { path, .. } => Location::file(*path),
            };
            diagnostics.push(Diagnostic::error(place, Problem::TooManyFlows { limit: MAX_FLOWS }));
            break;
        }
        let candidate = match file {
            Input::Read(file) => {
                diagnostics.extend(file.problems.iter().cloned());
                let Some((raw, index)) = &file.parsed else {
                    unreadable.insert(file.id.clone());
                    continue;
                };
                Parsed { place: file.place.clone(), raw, built_in: false, index: Index::Read(index) }
            }
            Input::BuiltIn { path, raw, places } => {
                let text = source::embedded_text(path).filter(|_| *places == Places::Exact);
                let index = Index::Text(text, OnceCell::new());
                Parsed { place: Location::file(*path), raw, built_in: true, index }
            }
        };
        let raw = candidate.raw;
        if nodes_in_all + raw.nodes.len() > MAX_NODES {
            let problem = Problem::TooManyNodesInAll { limit: MAX_NODES };
            diagnostics.push(Diagnostic::error(candidate.at(&["nodes"]), problem));
            unreadable.insert(raw.id.clone());
            continue;
        }
        nodes_in_all += raw.nodes.len();
        if let Some(first) = ids.get(raw.id.as_str()).and_then(|&i| parsed.get(i)) {
            diagnostics.push(Diagnostic::error(
                candidate.at(&["id"]),
                Problem::DuplicateFlow { flow: raw.id.clone(), first: first.at(&["id"]).to_string() },
            ));
            continue;
        }
        ids.insert(raw.id.as_str(), parsed.len());
        parsed.push(candidate);
    }
    (parsed, unreadable)
}

/// One flow file parsed and indexed, or `None` with its problems reported:
/// unknown keys, syntax, and the limits on nesting and on this file's
/// nodes (those in all are counted as the files are linked).
fn parse_one(file: &SourceFile, diagnostics: &mut Vec<Diagnostic>) -> Option<(RawFlow, KeyIndex)> {
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
    if raw.nodes.len() > MAX_NODES_PER_FLOW {
        let pos = index.locate(&["nodes"]);
        let problem = Problem::TooManyNodes { flow: raw.id.clone(), limit: MAX_NODES_PER_FLOW };
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
