//! The built-in flows as the program carries them: build.rs links and
//! checks them with the loader (the same code as `mfa-doctor check`) and
//! stores what it made with [`store`], in postcard's compact form; a start
//! reads back the catalog alone and links onto it only what other layers
//! add. The messages the flows use and their nodes' sources are stored
//! apart and read when first asked for, which a start on the built-in
//! content alone never does; so are the flows as parsed, which are linked
//! again only when a layer replaced one of them (a link into the flow it
//! replaced must find its node by name).

use std::sync::OnceLock;

use super::schema::RawFlow;
use super::{Catalog, FlowFile, MessageRef, Source};

/// The built-in flows, each with its id, in the catalog's order.
pub fn flow_files() -> Vec<FlowFile> {
    crate::built_in::FLOW_FILES.iter().map(|&(id, path)| FlowFile::BuiltIn { id, path }).collect()
}

/// Where the built-in flow with this id is in the catalog's order.
pub(super) fn position(id: &str) -> Option<usize> {
    crate::built_in::FLOW_FILES.iter().position(|(flow, _)| *flow == id)
}

/// The built-in flows as build.rs parsed them, in the catalog's order: for
/// linking them again when a layer replaced one of them.
pub(super) fn raw_flows() -> Vec<RawFlow> {
    postcard::from_bytes(crate::built_in::RAW_FLOWS).unwrap_or_default()
}

/// The catalog of the built-in flows.
pub(super) fn catalog() -> Option<Catalog> {
    let catalog: Catalog = postcard::from_bytes(crate::built_in::CATALOG).ok()?;
    Some(Catalog { built_in_flows: catalog.flows.len(), ..catalog })
}

/// The messages the built-in flows use, with where (build.rs checked
/// them).
pub(super) fn messages() -> &'static [MessageRef] {
    static MESSAGES: OnceLock<Vec<MessageRef>> = OnceLock::new();
    MESSAGES.get_or_init(|| {
        let mut messages: Vec<MessageRef> =
            postcard::from_bytes(crate::built_in::MESSAGES).unwrap_or_default();
        for message in &mut messages {
            message.built_in = true;
        }
        messages
    })
}

/// The sources of each built-in flow's nodes, `[flow][node]`: for the
/// agent's sources window and `check --max-age`.
pub(super) fn sources() -> &'static [Vec<Vec<Source>>] {
    static SOURCES: OnceLock<Vec<Vec<Vec<Source>>>> = OnceLock::new();
    SOURCES.get_or_init(|| postcard::from_bytes(crate::built_in::SOURCES).unwrap_or_default())
}

/// What build.rs writes of the built-in flows `files`, once `catalog` is
/// linked from them: the catalog, the messages, the sources, the flows as
/// parsed (each in postcard's form) and `[(id, path)]` of each flow in its
/// order (a Rust array), each with the name of its file.
pub fn store(files: &[FlowFile], catalog: &Catalog) -> Result<[(&'static str, Vec<u8>); 5], postcard::Error> {
    let messages: Vec<&MessageRef> = catalog.message_refs().collect();
    let sources: Vec<Vec<&[Source]>> = (0..catalog.flows().len())
        .map(|flow| {
            catalog.nodes().filter(|at| at.flow_index() == flow).map(|at| catalog.sources(at)).collect()
        })
        .collect();
    let raw: Vec<&RawFlow> = files
        .iter()
        .filter_map(|file| match file {
            FlowFile::Read(read) => read.raw(),
            FlowFile::BuiltIn { .. } => None,
        })
        .collect();
    let ids: Vec<(&str, String)> =
        files.iter().map(|file| (file.id(), file.path().replace(std::path::MAIN_SEPARATOR, "/"))).collect();
    Ok([
        ("built-in-catalog.bin", postcard::to_allocvec(catalog)?),
        ("built-in-messages.bin", postcard::to_allocvec(&messages)?),
        ("built-in-sources.bin", postcard::to_allocvec(&sources)?),
        ("built-in-raw-flows.bin", postcard::to_allocvec(&raw)?),
        ("built-in-flows.rs", format!("{ids:?}").into_bytes()),
    ])
}
