//! The built-in content's build-time form, which build.rs writes only once
//! the built-in flows and locales have passed the loader's checks (the
//! same code as `mfa-doctor check`): the flows parsed, and which file of a
//! locale defines each message. A start then reads no YAML and parses a
//! locale's file only when one of its messages is first shown, and the
//! built-in layer still goes through the loader like any other.

use crate::i18n::LocaleIndex as Index;

/// `[(path, flow)]` of every built-in flow, as JSON.
pub(crate) const FLOWS: &str = include_str!(concat!(env!("OUT_DIR"), "/built-in-flows.json"));

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
