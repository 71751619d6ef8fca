//! Graphviz DOT text (`dot -Tsvg`), for printing or for large trees.

use std::fmt::Write;

use super::{Diagram, DiagramNode, EdgeKind, Shape};

pub(crate) fn dot(diagram: &Diagram) -> String {
    let mut out = String::from(
        "digraph flows {\n\
         \x20   rankdir=TB;\n\
         \x20   fontname=\"Helvetica\";\n\
         \x20   node [shape=box, style=rounded, fontname=\"Helvetica\"];\n\
         \x20   edge [fontname=\"Helvetica\", fontsize=10];\n",
    );
    for (f, flow) in diagram.flows.iter().enumerate() {
        let _ = writeln!(out, "    subgraph cluster_{f} {{");
        let _ = writeln!(out, "        label=\"{}\";", escape(&flow.title));
        for (_, node) in diagram.nodes_of(f) {
            let _ = writeln!(out, "        {}", node_line(node));
        }
        out.push_str("    }\n");
    }
    for (_, node) in diagram.elsewhere() {
        let _ = writeln!(out, "    {}", node_line(node));
    }
    for edge in &diagram.edges {
        let style = match edge.kind {
            EdgeKind::Option => "",
            EdgeKind::Solved => ", style=bold",
            EdgeKind::Unsolved => ", style=dashed",
            EdgeKind::Rule => ", style=dotted",
        };
        let (Some(from), Some(to)) = (diagram.nodes.get(edge.from), diagram.nodes.get(edge.to)) else {
            continue;
        };
        let (from, to) = (&from.path, &to.path);
        let _ = writeln!(
            out,
            "    \"{}\" -> \"{}\" [label=\"{}\"{style}];",
            escape(from),
            escape(to),
            escape(&edge.label)
        );
    }
    out.push_str("}\n");
    out
}

fn node_line(node: &DiagramNode) -> String {
    let style = match node.shape {
        Shape::Question => ", shape=diamond",
        Shape::Step => "",
        Shape::Branch => ", shape=hexagon",
        Shape::Fix => ", style=\"rounded,filled\", fillcolor=\"#e3f4e1\", color=\"#2e7d32\"",
        Shape::Escalate => ", style=filled, fillcolor=\"#fdecea\", color=\"#c62828\", peripheries=2",
        Shape::Urgent => {
            ", style=filled, fillcolor=\"#fdecea\", color=\"#b71c1c\", peripheries=2, penwidth=3"
        }
        Shape::Elsewhere => ", style=\"rounded,dashed\"",
    };
    format!("\"{}\" [label=\"{}\"{style}];", escape(&node.path), escape(&node.label))
}

/// A DOT double-quoted string's content.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}
