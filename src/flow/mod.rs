//! Flows: the YAML schema, and the validated decision graph the engine walks.
//! Knows nothing about terminals or languages beyond message ids.
//!
//! [`build_catalog`] goes from flow files to a [`Catalog`] in three steps,
//! a module each: `parse` (the YAML, keys, names, limits), `link` (every
//! link to the node it names) and `graph` (reachability, dead ends, loops
//! of branches). Every problem is collected, not only the first, each at
//! the line and column of the value that causes it.

mod graph;
mod link;
mod node_set;
pub(crate) mod parse;
pub(crate) mod schema;
pub mod stored;

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::content::source::SourceFile;
use crate::diagnostic::{Diagnostic, Location};
use crate::facts::{Date, Facts};

/// The flow every session starts in.
pub const TRIAGE: &str = "triage";
/// Options per question: one digit key each.
pub(crate) const MAX_OPTIONS: usize = 9;
/// Flow files read; the rest are not. The bundled content has 14; an
/// organization may ship hundreds.
pub const MAX_FLOWS: usize = 1_500;
/// Nodes in one flow. The largest bundled flow has 16; a person answers a
/// few dozen questions at most.
pub const MAX_NODES_PER_FLOW: usize = 500;
/// Nodes in all flows together, which bounds the time loading and checking
/// takes (about 10 ms per 1 000 nodes in a release build, so a second).
pub const MAX_NODES: usize = 100_000;
/// Longest flow or node id, in characters: ids are names people read in
/// tickets and diagrams (the longest bundled one has 27).
pub(crate) const MAX_NAME_CHARS: usize = 64;

/// Whether `id` is a plain name: 1 to [`MAX_NAME_CHARS`] ASCII letters,
/// digits, `-` and `_`. Flow and node ids, and the links that name them,
/// must be: they are printed in tickets, diagrams and messages, and a name
/// can then carry no escape sequence, no bidi override, nothing that looks
/// like another name.
pub(crate) fn is_name(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_NAME_CHARS
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub use parse::ReadFlow;

/// A flow file for [`build_catalog`].
#[derive(Debug, Clone)]
pub enum FlowFile {
    /// Read from a folder, and parsed: see [`FlowFile::read`].
    Read(Arc<ReadFlow>),
    /// Built into the program, where build.rs linked and checked it with
    /// the rest of the built-in flows (see [`stored`]); linked again, as
    /// build.rs parsed it, only when a layer replaced another built-in flow.
    BuiltIn { id: &'static str, path: &'static str },
}

impl FlowFile {
    /// A flow file read from a folder, parsed once here: its problems are
    /// reported each time it is linked.
    pub fn read(file: SourceFile) -> Self {
        FlowFile::Read(Arc::new(ReadFlow::new(&file)))
    }

    /// The path shown for the file.
    pub fn path(&self) -> &str {
        match self {
            FlowFile::Read(read) => &read.path,
            FlowFile::BuiltIn { path, .. } => path,
        }
    }

    /// The flow's id, where it can be read; else the file name's stem (by
    /// convention the id: the file is reported when it is linked).
    pub fn id(&self) -> &str {
        match self {
            FlowFile::Read(read) => &read.id,
            FlowFile::BuiltIn { id, .. } => id,
        }
    }
}

/// Builds the catalog, or `None` when any error was found. All problems
/// found are added to `diagnostics`.
///
/// When `files` begin with every built-in flow, in order, the rest is
/// linked onto the built-in catalog; when a layer replaced one of them,
/// every flow is linked again, the built-in ones as build.rs parsed them.
pub fn build_catalog(files: &[FlowFile], diagnostics: &mut Vec<Diagnostic>) -> Option<Catalog> {
    link_files(files, diagnostics, Places::Exact)
}

/// As [`build_catalog`], for a start: a built-in flow linked again is
/// placed at its file, and at its lines and columns only when one of its
/// links has an error (indexing the keys of every built-in flow would take
/// longer than the rest of a start, to place what a start does not show).
pub(crate) fn build_catalog_at_start(
    files: &[FlowFile],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Catalog> {
    let before = diagnostics.len();
    let catalog = link_files(files, diagnostics, Places::Files);
    let in_built_in =
        |d: &Diagnostic| crate::built_in::FLOW_FILES.iter().any(|(_, path)| *d.location.file == **path);
    if !diagnostics.iter().skip(before).any(|d| d.is_error() && in_built_in(d)) {
        return catalog;
    }
    diagnostics.truncate(before);
    link_files(files, diagnostics, Places::Exact)
}

/// How built-in flows linked again are placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Places {
    /// At a line and column.
    Exact,
    /// At their file.
    Files,
}

fn link_files(files: &[FlowFile], diagnostics: &mut Vec<Diagnostic>, places: Places) -> Option<Catalog> {
    // A load of the flows is one run for "did you mean".
    crate::diagnostic::reset_suggestion_budget();
    let errors = |diagnostics: &[Diagnostic]| diagnostics.iter().filter(|d| d.is_error()).count();
    let errors_before = errors(diagnostics);
    let built_in = crate::built_in::FLOW_FILES;
    let unchanged = !built_in.is_empty()
        && files.len() >= built_in.len()
        && files.iter().zip(built_in).all(|(file, &(id, path))| {
            matches!(file, FlowFile::BuiltIn { id: i, path: p } if *i == id && *p == path)
        });
    let (base, files) = match unchanged.then(stored::catalog).flatten() {
        Some(base) => (Some(base), files.get(built_in.len()..).unwrap_or_default()),
        None => (None, files),
    };
    // Built-in flows linked again (a layer replaced one): as build.rs
    // parsed them.
    let built_in = files.iter().any(|file| matches!(file, FlowFile::BuiltIn { .. }));
    let raw = if built_in { stored::raw_flows() } else { Vec::new() };
    let inputs: Vec<parse::Input> = files
        .iter()
        .filter_map(|file| match file {
            FlowFile::Read(read) => Some(parse::Input::Read(read)),
            FlowFile::BuiltIn { id, path } => {
                let raw = stored::position(id).and_then(|at| raw.get(at))?;
                Some(parse::Input::BuiltIn { path, raw, places })
            }
        })
        .collect();
    let (parsed, unreadable) = parse::parse_all(&inputs, base.as_ref(), diagnostics);
    link::link(base, &parsed, &unreadable, diagnostics).filter(|_| errors(diagnostics) == errors_before)
}

/// A node in the catalog. Only the catalog makes them, so they always point
/// at a node that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NodeRef {
    flow: usize,
    node: usize,
}

impl NodeRef {
    /// The position of the node's flow in the catalog: nodes of one flow
    /// share it.
    pub(crate) fn flow_index(self) -> usize {
        self.flow
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Message id of the option's label.
    pub label: String,
    pub next: NodeRef,
    /// The label quotes an on-screen error message: tickets record it as
    /// the error the person saw.
    pub error_message: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NodeKind {
    Question {
        options: Vec<Choice>,
    },
    Step {
        solved: NodeRef,
        unsolved: NodeRef,
    },
    Fix,
    Escalate {
        urgent: bool,
    },
    /// Goes on without asking, by today's date and the organization's
    /// facts: the first rule that holds, else `otherwise`. Never shown.
    Branch {
        rules: Vec<Rule>,
        otherwise: NodeRef,
    },
}

/// One way out of a branch, taken when its condition holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub condition: Condition,
    pub next: NodeRef,
}

/// Every part that is given must hold; an organization fact that is not
/// set holds for no value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    /// `(fact, value)`: the organization set `fact` to `value`.
    #[serde(deserialize_with = "known_fact")]
    pub org: Option<(&'static str, &'static str)>,
    /// Today is this day or later.
    pub from: Option<Date>,
    /// Today is before this day.
    pub before: Option<Date>,
}

impl Condition {
    pub fn holds(&self, facts: &Facts) -> bool {
        self.org.is_none_or(|(fact, value)| facts.org(fact) == Some(value))
            && self.from.is_none_or(|from| facts.today >= from)
            && self.before.is_none_or(|before| facts.today < before)
    }
}

/// A condition's fact and value, read back as the program's own names of
/// them ([`crate::facts::FACTS`]).
fn known_fact<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<(&'static str, &'static str)>, D::Error> {
    let Some((fact, value)) = Option::<(&str, &str)>::deserialize(deserializer)? else { return Ok(None) };
    let kind = crate::facts::fact_kind(fact).ok_or_else(|| serde::de::Error::custom(fact))?;
    let value =
        kind.values.iter().find(|known| **known == value).ok_or_else(|| serde::de::Error::custom(value))?;
    Ok(Some((kind.name, value)))
}

/// Where a node's facts come from, for agents and for `check --max-age`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
    pub checked: Date,
    pub location: Location,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    /// Message id: value = body text, `.title` = short heading.
    pub message: String,
    pub kind: NodeKind,
    pub location: Location,
    /// Its sources when linked from its text; see [`Catalog::sources`].
    #[serde(skip)]
    pub sources: Vec<Source>,
}

impl Node {
    pub fn is_terminal(&self) -> bool {
        matches!(self.kind, NodeKind::Fix | NodeKind::Escalate { .. })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Flow {
    pub id: String,
    /// Message id of the flow's title.
    pub title: String,
    pub nodes: Vec<Node>,
    start: usize,
}

/// A place where content names a Fluent message, for checking locales.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MessageRef {
    pub id: String,
    pub location: Location,
    /// Node messages must also have a `.title` attribute.
    pub needs_title: bool,
    /// Used by a built-in flow, which build.rs checked it against: so are
    /// all of the built-in catalog's.
    #[serde(skip)]
    pub built_in: bool,
}

/// Every flow, validated: links resolve, every node is reachable from triage
/// and can reach a fix or an escalation. The built-in flows' is stored in
/// the program (see [`stored`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Catalog {
    flows: Vec<Flow>,
    entry: NodeRef,
    chains: HashMap<NodeRef, (usize, usize)>,
    /// The messages of the flows linked from their text; those of the
    /// built-in catalog's flows are stored apart.
    #[serde(skip)]
    messages: Vec<MessageRef>,
    /// How many of `flows`, from the first, are the built-in catalog's,
    /// whose messages and sources are stored apart.
    #[serde(skip)]
    built_in_flows: usize,
}

impl Catalog {
    pub fn flows(&self) -> &[Flow] {
        &self.flows
    }

    // Only the catalog makes a NodeRef, from positions in these vectors,
    // which never change once built: the index is always in range.
    #[expect(clippy::indexing_slicing, reason = "a NodeRef is made only from this catalog's positions")]
    pub fn flow_of(&self, at: NodeRef) -> &Flow {
        &self.flows[at.flow]
    }

    #[expect(clippy::indexing_slicing, reason = "a NodeRef is made only from this catalog's positions")]
    pub fn node(&self, at: NodeRef) -> &Node {
        &self.flow_of(at).nodes[at.node]
    }

    /// The first node of every session: the start of the triage flow.
    pub fn entry(&self) -> NodeRef {
        self.entry
    }

    /// The start node of the flow with this index, if there is one.
    pub fn start_of(&self, flow: usize) -> Option<NodeRef> {
        self.flows.get(flow).map(|f| NodeRef { flow, node: f.start })
    }

    /// The start node of the flow `at` is in.
    pub(crate) fn start_of_flow_of(&self, at: NodeRef) -> NodeRef {
        NodeRef { flow: at.flow, node: self.flow_of(at).start }
    }

    /// `flow#node`, or `flow#` / `flow` for its start: how content and
    /// tickets name a node.
    pub fn find(&self, path: &str) -> Option<NodeRef> {
        let (flow_id, node_id) = path.split_once('#').unwrap_or((path, ""));
        let (flow, found) = self.flows.iter().enumerate().find(|(_, f)| f.id == flow_id)?;
        if node_id.is_empty() {
            return self.start_of(flow);
        }
        let node = found.nodes.iter().position(|n| n.id == node_id)?;
        Some(NodeRef { flow, node })
    }

    /// The stable name of a node, `flow#node`.
    pub fn path(&self, at: NodeRef) -> String {
        format!("{}#{}", self.flow_of(at).id, self.node(at).id)
    }

    /// For a step in a fixed chain of checks (each one's "didn't help" leads
    /// to the next): its 1-based position and the chain's length.
    pub(crate) fn chain_position(&self, at: NodeRef) -> Option<(usize, usize)> {
        self.chains.get(&at).copied()
    }

    /// Every message id the flows use, with where they use it.
    pub fn message_refs(&self) -> impl Iterator<Item = &MessageRef> {
        let built_in = if self.built_in_flows > 0 { stored::messages() } else { &[] };
        built_in.iter().chain(self.linked_message_refs())
    }

    /// The messages the flows linked from their text use: all but the
    /// built-in catalog's.
    pub(crate) fn linked_message_refs(&self) -> impl Iterator<Item = &MessageRef> {
        self.messages.iter()
    }

    /// Where the facts of a node come from.
    pub fn sources(&self, at: NodeRef) -> &[Source] {
        if at.flow < self.built_in_flows {
            let flow = stored::sources().get(at.flow);
            flow.and_then(|nodes| nodes.get(at.node)).map_or(&[], Vec::as_slice)
        } else {
            &self.node(at).sources
        }
    }

    /// Every node, in flow and file order.
    pub fn nodes(&self) -> impl Iterator<Item = NodeRef> + '_ {
        self.flows
            .iter()
            .enumerate()
            .flat_map(|(flow, f)| (0..f.nodes.len()).map(move |node| NodeRef { flow, node }))
    }

    /// Where a node can go next, in option order.
    pub fn successors(&self, at: NodeRef) -> Vec<NodeRef> {
        match &self.node(at).kind {
            NodeKind::Question { options } => options.iter().map(|c| c.next).collect(),
            NodeKind::Step { solved, unsolved } => vec![*solved, *unsolved],
            NodeKind::Branch { rules, otherwise } => {
                rules.iter().map(|r| r.next).chain([*otherwise]).collect()
            }
            NodeKind::Fix | NodeKind::Escalate { .. } => Vec::new(),
        }
    }

    /// Where a walk arriving at `at` comes to rest: `at` itself, or where
    /// its branches lead on `facts`. Branches never loop (checked when the
    /// flows are linked); the walk is bounded all the same.
    pub fn settle(&self, mut at: NodeRef, facts: &Facts) -> NodeRef {
        for _ in 0..=self.flows.iter().map(|f| f.nodes.len()).sum::<usize>() {
            let NodeKind::Branch { rules, otherwise } = &self.node(at).kind else { return at };
            at = rules.iter().find(|r| r.condition.holds(facts)).map_or(*otherwise, |r| r.next);
        }
        at
    }
}
