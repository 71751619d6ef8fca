//! The decision tree as a diagram (`mfa-doctor export`): one model built
//! from the catalog in the reader's language, drawn as Mermaid or Graphviz
//! DOT.

mod dot;
mod mermaid;

use std::collections::HashMap;

use crate::flow::{Catalog, NodeKind, NodeRef};
use crate::i18n::Localizer;
use crate::messages::{tools, ui};

pub use dot::dot;
pub use mermaid::mermaid;

/// How a node is drawn: its kind, or that it belongs to another flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Question,
    Step,
    Fix,
    Escalate,
    Urgent,
    /// A node of a flow not drawn, which a link leads to.
    Elsewhere,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiagramNode {
    /// `flow#node`, as flows link to it.
    pub path: String,
    pub label: String,
    pub shape: Shape,
    /// Index into [`Diagram::flows`]; `None` for [`Shape::Elsewhere`].
    pub flow: Option<usize>,
}

/// How a link leaves its node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeKind {
    Option,
    Solved,
    Unsolved,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Indices into [`Diagram::nodes`].
    pub from: usize,
    pub to: usize,
    pub label: String,
    pub kind: EdgeKind,
}

/// A flow drawn as a group of its nodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiagramFlow {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagram {
    pub flows: Vec<DiagramFlow>,
    pub nodes: Vec<DiagramNode>,
    pub edges: Vec<Edge>,
}

impl Diagram {
    /// The flows with these ids (every flow when `only` is empty), labelled
    /// in `l10n`'s language; `program` words the labels of other flows'
    /// nodes.
    pub fn build(catalog: &Catalog, only: &[&str], l10n: &Localizer, program: &Localizer) -> Self {
        let drawn = |at: NodeRef| only.is_empty() || only.contains(&catalog.flow_of(at).id.as_str());
        let title = |at: NodeRef| {
            let node = catalog.node(at);
            l10n.attribute(&node.message, "title").unwrap_or_else(|| node.id.clone())
        };
        let mut diagram = Diagram { flows: Vec::new(), nodes: Vec::new(), edges: Vec::new() };
        let mut index: HashMap<NodeRef, usize> = HashMap::new();
        for at in catalog.nodes().filter(|&at| drawn(at)) {
            let flow = catalog.flow_of(at);
            if diagram.flows.last().is_none_or(|f| f.id != flow.id) {
                diagram.flows.push(DiagramFlow { id: flow.id.clone(), title: l10n.text(&flow.title) });
            }
            let shape = match catalog.node(at).kind {
                NodeKind::Question { .. } => Shape::Question,
                NodeKind::Step { .. } => Shape::Step,
                NodeKind::Fix => Shape::Fix,
                NodeKind::Escalate { urgent: false } => Shape::Escalate,
                NodeKind::Escalate { urgent: true } => Shape::Urgent,
            };
            index.insert(at, diagram.nodes.len());
            let flow = Some(diagram.flows.len() - 1);
            diagram.nodes.push(DiagramNode { path: catalog.path(at), label: title(at), shape, flow });
        }
        for at in catalog.nodes().filter(|&at| drawn(at)) {
            let links: Vec<(NodeRef, String, EdgeKind)> = match &catalog.node(at).kind {
                NodeKind::Question { options } => {
                    options.iter().map(|c| (c.next, l10n.text(&c.label), EdgeKind::Option)).collect()
                }
                NodeKind::Step { solved, unsolved } => vec![
                    (*solved, l10n.text(ui::ANSWER_SOLVED), EdgeKind::Solved),
                    (*unsolved, l10n.text(ui::ANSWER_UNSOLVED), EdgeKind::Unsolved),
                ],
                NodeKind::Fix | NodeKind::Escalate { .. } => Vec::new(),
            };
            for (next, label, kind) in links {
                let to = *index.entry(next).or_insert_with(|| {
                    let flow = l10n.text(&catalog.flow_of(next).title);
                    let label =
                        program.format(tools::EXPORT_ELSEWHERE, &[("flow", flow), ("node", title(next))]);
                    let path = catalog.path(next);
                    diagram.nodes.push(DiagramNode { path, label, shape: Shape::Elsewhere, flow: None });
                    diagram.nodes.len() - 1
                });
                diagram.edges.push(Edge { from: index[&at], to, label, kind });
            }
        }
        diagram
    }

    /// The nodes of flow number `flow`, with their indices.
    pub fn nodes_of(&self, flow: usize) -> impl Iterator<Item = (usize, &DiagramNode)> {
        self.nodes.iter().enumerate().filter(move |(_, n)| n.flow == Some(flow))
    }

    /// The nodes of flows not drawn, with their indices.
    pub fn elsewhere(&self) -> impl Iterator<Item = (usize, &DiagramNode)> {
        self.nodes.iter().enumerate().filter(|(_, n)| n.flow.is_none())
    }
}
