//! Mermaid flowchart text, for Markdown that renders it (GitHub, GitLab).

use std::fmt::Write;

use super::{Diagram, DiagramNode, EdgeKind, Shape};

pub(crate) fn mermaid(diagram: &Diagram) -> String {
    let mut out = String::from("flowchart TD\n");
    for (f, flow) in diagram.flows.iter().enumerate() {
        let _ = writeln!(out, "    subgraph f{f}[\"{}\"]", escape(&flow.title));
        for (i, node) in diagram.nodes_of(f) {
            let _ = writeln!(out, "        {}", node_line(i, node));
        }
        out.push_str("    end\n");
    }
    for (i, node) in diagram.elsewhere() {
        let _ = writeln!(out, "    {}", node_line(i, node));
    }
    for edge in &diagram.edges {
        let arrow = match edge.kind {
            EdgeKind::Option => "-->",
            EdgeKind::Solved => "==>",
            EdgeKind::Unsolved => "-.->",
            EdgeKind::Rule => "-.->",
        };
        let _ = writeln!(out, "    n{} {arrow}|\"{}\"| n{}", edge.from, escape(&edge.label), edge.to);
    }
    out.push_str(
        "    classDef fix fill:#e3f4e1,stroke:#2e7d32,color:#1b3d1a\n\
         \x20   classDef escalate fill:#fdecea,stroke:#c62828,color:#5f1111\n\
         \x20   classDef urgent fill:#fdecea,stroke:#b71c1c,stroke-width:3px,color:#5f1111\n\
         \x20   classDef elsewhere fill:#f4f4f4,stroke:#777777,stroke-dasharray:4 3,color:#333333\n",
    );
    out
}

fn node_line(i: usize, node: &DiagramNode) -> String {
    let (open, close, class) = match node.shape {
        Shape::Question => ("{", "}", ""),
        Shape::Step => ("[", "]", ""),
        Shape::Fix => ("([", "])", ":::fix"),
        Shape::Escalate => ("[[", "]]", ":::escalate"),
        Shape::Urgent => ("[[", "]]", ":::urgent"),
        Shape::Branch => ("{{", "}}", ""),
        Shape::Elsewhere => (">", "]", ":::elsewhere"),
    };
    format!("n{i}{open}\"{}\"{close}{class}", escape(&node.label))
}

/// Labels in Mermaid's entity codes where its syntax would read them.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '|' => out.push_str("#124;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
