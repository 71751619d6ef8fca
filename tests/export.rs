//! `mfa-doctor export` on a small fixture (`tests/fixtures/export/`): the
//! exact Mermaid and DOT text, labels in the language asked for, fixes and
//! escalations styled apart, links into other flows drawn as nodes of their
//! own.

mod support;
mod tools_support;

use tempfile::TempDir;
use tools_support::{arg, copy_ftl, manifest, run};

/// The bundled locales (for the program's words) plus the fixture flows'.
fn locales() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for tag in ["en", "da"] {
        copy_ftl(&manifest().join("locales").join(tag), &dir.path().join(tag));
        copy_ftl(&manifest().join("tests/fixtures/export").join(tag), &dir.path().join(tag));
    }
    dir
}

fn export(args: &[&str]) -> String {
    let locales = locales();
    let flows = manifest().join("tests/fixtures/export/flows");
    let places = ["--flows", arg(&flows), "--locales", arg(locales.path()), "--only-given"];
    let output = run(&[&["export"], args, &places].concat());
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn mermaid_of_one_flow() {
    assert_eq!(
        export(&["--format", "mermaid", "travel"]),
        r##"flowchart TD
    subgraph f0["Trouble while travelling"]
        n0["Use Wi-Fi"]
        n1{"Phone #quot;lost#quot;?"}
        n2(["Signed in"]):::fix
        n3[["Block your account"]]:::urgent
    end
    n4>"What is wrong? › Ask the helpdesk"]:::elsewhere
    n0 ==>|"Yes, that fixed it"| n2
    n0 -.->|"No, that didn't help"| n1
    n1 -->|"Yes, it is gone"| n3
    n1 -->|"No"| n4
    classDef fix fill:#e3f4e1,stroke:#2e7d32,color:#1b3d1a
    classDef escalate fill:#fdecea,stroke:#c62828,color:#5f1111
    classDef urgent fill:#fdecea,stroke:#b71c1c,stroke-width:3px,color:#5f1111
    classDef elsewhere fill:#f4f4f4,stroke:#777777,stroke-dasharray:4 3,color:#333333
"##
    );
}

#[test]
fn dot_of_one_flow() {
    assert_eq!(
        export(&["--format", "dot", "travel"]),
        r##"digraph flows {
    rankdir=TB;
    fontname="Helvetica";
    node [shape=box, style=rounded, fontname="Helvetica"];
    edge [fontname="Helvetica", fontsize=10];
    subgraph cluster_0 {
        label="Trouble while travelling";
        "travel#wifi" [label="Use Wi-Fi"];
        "travel#stolen" [label="Phone \"lost\"?", shape=diamond];
        "travel#fixed" [label="Signed in", style="rounded,filled", fillcolor="#e3f4e1", color="#2e7d32"];
        "travel#urgent" [label="Block your account", style=filled, fillcolor="#fdecea", color="#b71c1c", peripheries=2, penwidth=3];
    }
    "triage#helpdesk" [label="What is wrong? › Ask the helpdesk", style="rounded,dashed"];
    "travel#wifi" -> "travel#fixed" [label="Yes, that fixed it", style=bold];
    "travel#wifi" -> "travel#stolen" [label="No, that didn't help", style=dashed];
    "travel#stolen" -> "travel#urgent" [label="Yes, it is gone"];
    "travel#stolen" -> "triage#helpdesk" [label="No"];
}
"##
    );
}

#[test]
fn every_flow_in_danish_links_across_flows_directly() {
    let mermaid = export(&["--lang", "da"]);
    assert!(
        mermaid.contains("    subgraph f1[\"Hvad er der galt?\"]\n        n4{\"Dit problem\"}\n"),
        "{mermaid}"
    );
    assert!(mermaid.contains("        n5[[\"Spørg Helpdesk\"]]:::escalate\n"), "{mermaid}");
    assert!(mermaid.contains("    n1 -->|\"Nej\"| n5\n"), "{mermaid}");
    assert!(mermaid.contains("    n4 -->|\"Jeg er i udlandet\"| n0\n"), "{mermaid}");
    assert!(!mermaid.contains(":::elsewhere\n"), "{mermaid}");
}

#[test]
fn an_unknown_flow_is_a_usage_error_with_a_suggestion() {
    let output = run(&["export", "roamin"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(
            "error: there is no flow 'roamin' (did you mean 'roaming'?)\n  hint: the flows are: "
        ),
        "{stderr}"
    );
}
