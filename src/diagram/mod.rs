//! The decision tree as a diagram (`mfa-doctor export`): one model built
//! from the catalog in the reader's language, drawn as Mermaid or Graphviz
//! DOT.

mod dot;
mod mermaid;

use std::collections::HashMap;

use crate::flow::{Catalog, Condition, NodeKind, NodeRef};
use crate::i18n::Localizer;
use crate::messages::{tools, ui};
use crate::sanitize::terminal_safe;

pub(crate) use dot::dot;
pub(crate) use mermaid::mermaid;

/// How a node is drawn: its kind, or that it belongs to another flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Question,
    Step,
    Fix,
    Escalate,
    Urgent,
    /// Decided without asking, on the date or the organization's facts.
    Branch,
    /// A node of a flow not drawn, which a link leads to.
    Elsewhere,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DiagramNode {
    /// `flow#node`, as flows link to it.
    pub path: String,
    pub label: String,
    pub shape: Shape,
    /// Index into [`Diagram::flows`]; `None` for [`Shape::Elsewhere`].
    pub flow: Option<usize>,
}

/// How a link leaves its node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EdgeKind {
    Option,
    Solved,
    Unsolved,
    /// A branch's rule, or its `otherwise`.
    Rule,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Edge {
    /// Indices into [`Diagram::nodes`].
    pub from: usize,
    pub to: usize,
    pub label: String,
    pub kind: EdgeKind,
}

/// A flow drawn as a group of its nodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DiagramFlow {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Diagram {
    pub flows: Vec<DiagramFlow>,
    pub nodes: Vec<DiagramNode>,
    pub edges: Vec<Edge>,
}

/// A rule's condition in words: "sms_voice = off, from 2027-02-01".
fn condition_label(condition: &Condition, program: &Localizer) -> String {
    let org = condition.org.map(|(fact, value)| {
        program.format(tools::EXPORT_IF_ORG, &[("fact", fact.to_string()), ("value", value.to_string())])
    });
    let from = condition.from.map(|d| program.format(tools::EXPORT_IF_FROM, &[("date", d.to_string())]));
    let before =
        condition.before.map(|d| program.format(tools::EXPORT_IF_BEFORE, &[("date", d.to_string())]));
    [org, from, before].into_iter().flatten().collect::<Vec<_>>().join(", ")
}

impl Diagram {
    /// The flows with these ids (every flow when `only` is empty), labelled
    /// in `l10n`'s language; `program` words the labels of other flows'
    /// nodes.
    pub(crate) fn build(catalog: &Catalog, only: &[&str], l10n: &Localizer, program: &Localizer) -> Self {
        let drawn = |at: NodeRef| only.is_empty() || only.contains(&catalog.flow_of(at).id.as_str());
        let title = |at: NodeRef| {
            let node = catalog.node(at);
            l10n.attribute(&node.message, "title").unwrap_or_else(|| terminal_safe(&node.id))
        };
        // Ids come from flow files: never let them drive the terminal.
        let path = |at: NodeRef| terminal_safe(&catalog.path(at));
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
                NodeKind::Branch { .. } => Shape::Branch,
            };
            index.insert(at, diagram.nodes.len());
            let flow = Some(diagram.flows.len() - 1);
            diagram.nodes.push(DiagramNode { path: path(at), label: title(at), shape, flow });
        }
        for at in catalog.nodes().filter(|&at| drawn(at)) {
            let Some(&from) = index.get(&at) else { continue };
            let links: Vec<(NodeRef, String, EdgeKind)> = match &catalog.node(at).kind {
                NodeKind::Question { options } => {
                    options.iter().map(|c| (c.next, l10n.text(&c.label), EdgeKind::Option)).collect()
                }
                NodeKind::Step { solved, unsolved } => vec![
                    (*solved, l10n.text(ui::ANSWER_SOLVED), EdgeKind::Solved),
                    (*unsolved, l10n.text(ui::ANSWER_UNSOLVED), EdgeKind::Unsolved),
                ],
                NodeKind::Branch { rules, otherwise } => rules
                    .iter()
                    .map(|r| (r.next, condition_label(&r.condition, program), EdgeKind::Rule))
                    .chain([(*otherwise, program.text(tools::EXPORT_OTHERWISE), EdgeKind::Rule)])
                    .collect(),
                NodeKind::Fix | NodeKind::Escalate { .. } => Vec::new(),
            };
            for (next, label, kind) in links {
                let to = *index.entry(next).or_insert_with(|| {
                    let flow = l10n.text(&catalog.flow_of(next).title);
                    let label =
                        program.format(tools::EXPORT_ELSEWHERE, &[("flow", flow), ("node", title(next))]);
                    diagram.nodes.push(DiagramNode {
                        path: path(next),
                        label,
                        shape: Shape::Elsewhere,
                        flow: None,
                    });
                    diagram.nodes.len() - 1
                });
                diagram.edges.push(Edge { from, to, label, kind });
            }
        }
        diagram
    }

    /// The nodes of flow number `flow`, with their indices.
    pub(crate) fn nodes_of(&self, flow: usize) -> impl Iterator<Item = (usize, &DiagramNode)> {
        self.nodes.iter().enumerate().filter(move |(_, n)| n.flow == Some(flow))
    }

    /// The nodes of flows not drawn, with their indices.
    pub(crate) fn elsewhere(&self) -> impl Iterator<Item = (usize, &DiagramNode)> {
        self.nodes.iter().enumerate().filter(|(_, n)| n.flow.is_none())
    }
}

#[cfg(test)]
mod tests {
    use crate::content::source::SourceFile;
    use crate::flow::build_catalog;

    #[test]
    fn ids_from_flow_files_cannot_drive_the_terminal() {
        let text = "id: triage\ntitle: t\nstart: \"a\\e[31m\"\nnodes:\n  \"a\\e[31m\":\n    fix: f\n";
        let mut diagnostics = Vec::new();
        let file = SourceFile { path: "triage.yaml".into(), text: text.into() };
        // Ids are plain names: such a flow never reaches a diagram.
        assert!(build_catalog(&[crate::flow::FlowFile::read(file)], &mut diagnostics).is_none());
        assert!(diagnostics.iter().any(|d| matches!(d.problem, crate::diagnostic::Problem::BadName { .. })));
    }
}
