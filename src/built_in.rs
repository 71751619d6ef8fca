//! The built-in content's build-time form, which build.rs writes only once
//! the built-in flows and locales have passed the loader's checks (the
//! same code as `mfa-doctor check`): the flows linked into a catalog, and
//! which file of a locale defines each message. A start then reads no YAML
//! and parses a locale's file only when one of its messages is first
//! shown, and the built-in layer still goes through the loader like any
//! other.

use crate::i18n::LocaleIndex as Index;

/// The built-in flows' catalog (`flow::Catalog`), in postcard's form.
pub(crate) static CATALOG: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/built-in-catalog.bin"));

/// The messages the built-in flows use, each with where
/// (`[flow::MessageRef]`), in postcard's form.
pub(crate) static MESSAGES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/built-in-messages.bin"));

/// The sources of each built-in flow's nodes (`[flow][node][flow::Source]`),
/// in postcard's form.
pub(crate) static SOURCES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/built-in-sources.bin"));

/// Every built-in flow as parsed (`[flow::schema::RawFlow]`), in the
/// catalog's order, in postcard's form.
pub(crate) static RAW_FLOWS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/built-in-raw-flows.bin"));

/// `(id, path)` of every built-in flow, in the catalog's order.
pub(crate) const FLOW_FILES: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/built-in-flows.rs"));

/// Per built-in locale, `(tag, index)`.
pub(crate) const LOCALE_INDEX: &[(&str, Index)] =
    include!(concat!(env!("OUT_DIR"), "/built-in-locale-index.rs"));

/// Every built-in flow and locale file (`flows/*.yaml`,
/// `locales/TAG/*.ftl`), back to back, sorted by path.
pub(crate) static FILES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/built-in-files.bin"));

/// The paths of [`FILES`], one per line, in their order.
pub(crate) const FILE_PATHS: &str = include_str!(concat!(env!("OUT_DIR"), "/built-in-files.txt"));

/// Where each of [`FILES`] ends.
pub(crate) const FILE_ENDS: &[u32] = &include!(concat!(env!("OUT_DIR"), "/built-in-files.rs"));
