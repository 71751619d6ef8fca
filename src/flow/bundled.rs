//! The flows built into the program, parsed when it was built (see
//! `build.rs`): starting reads them from JSON instead of parsing YAML. The
//! tests check they are valid and give the same catalog as the YAML.

use super::Catalog;
use super::build::build_parsed;
use super::schema::RawFlow;

/// `(path, flow)` of every bundled flow, or `null` when one did not parse.
const JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bundled-flows.json"));

/// The bundled catalog, or `None` when the bundled flows have a problem
/// (then they must be loaded from their YAML, which says where).
pub fn catalog() -> Option<Catalog> {
    let flows: Vec<(String, RawFlow)> = serde_json::from_str(JSON).ok()?;
    build_parsed(flows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::build_catalog;
    use crate::source;

    /// Everything the program uses of a catalog: all but positions.
    fn shape(catalog: &Catalog) -> Vec<String> {
        let nodes = catalog.nodes().map(|at| {
            let node = catalog.node(at);
            format!("{} {} {:?} {:?}", catalog.path(at), node.message, node.kind, catalog.chain_position(at))
        });
        let flows = catalog.flows().iter().map(|f| format!("{} {}", f.id, f.title));
        let messages = catalog.message_refs().iter().map(|r| format!("{} {}", r.id, r.needs_title));
        nodes.chain(flows).chain(messages).chain([format!("{:?}", catalog.entry())]).collect()
    }

    #[test]
    fn the_json_gives_the_catalog_the_yaml_gives() {
        let mut diagnostics = Vec::new();
        let files = source::flow_files(None, &mut diagnostics);
        let from_yaml = build_catalog(&files, &mut diagnostics).expect("the bundled flows are valid");
        let from_json = catalog().expect("build.rs parsed the bundled flows");
        assert_eq!(shape(&from_json), shape(&from_yaml));
    }
}
