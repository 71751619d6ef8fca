//! Naming a flow or a node on the command line (`export FLOW`, `preview
//! FLOW#NODE`), and what is said when the name is wrong.

use std::process::ExitCode;

use super::{exit, output};
use crate::diagnostic::{DiagnosticText, Severity, closest};
use crate::flow::{Catalog, NodeRef};
use crate::i18n::Localizer;
use crate::messages::tools;

/// The flow with this id, or a usage error naming the flows there are.
pub(crate) fn find_flow(catalog: &Catalog, id: &str, program: &Localizer) -> Result<usize, ExitCode> {
    let ids: Vec<&str> = catalog.flows().iter().map(|f| f.id.as_str()).collect();
    ids.iter().position(|f| *f == id).ok_or_else(|| {
        usage_error(
            program,
            program.format(tools::UNKNOWN_FLOW, &[("flow", id)]),
            closest(id, ids.iter().copied()),
            program.format(tools::KNOWN_FLOWS, &[("names", ids.join(", "))]),
        )
    })
}

/// `flow`, `flow#` (its first node) or `flow#node`, or a usage error naming
/// the flows or nodes there are.
pub(crate) fn find_node(catalog: &Catalog, path: &str, program: &Localizer) -> Result<NodeRef, ExitCode> {
    let (flow_id, node_id) = path.split_once('#').unwrap_or((path, ""));
    let flow = find_flow(catalog, flow_id, program)?;
    catalog.find(path).ok_or_else(|| {
        let nodes = catalog.flows().get(flow).map(|f| f.nodes.as_slice()).unwrap_or_default();
        let ids: Vec<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
        usage_error(
            program,
            program.format(tools::UNKNOWN_NODE, &[("flow", flow_id), ("node", node_id)]),
            closest(node_id, ids.iter().copied()).map(|n| format!("{flow_id}#{n}")),
            program.format(tools::KNOWN_NODES, &[("names", ids.join(", "))]),
        )
    })
}

/// `error: what (did you mean …?)` and a hint, on stderr, as diagnostics
/// are written.
pub(super) fn usage_error(
    program: &Localizer,
    what: String,
    suggestion: Option<String>,
    hint: String,
) -> ExitCode {
    let said = DiagnosticText { severity: Severity::Error, message: what, suggestion, hint: Some(hint) };
    match output::tell(program, &said.render(program)) {
        Ok(()) => ExitCode::from(exit::USAGE),
        Err(failed) => failed,
    }
}
