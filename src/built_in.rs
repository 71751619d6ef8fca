//! The built-in content's build-time form, which build.rs writes only once
//! the built-in flows and locales have passed the loader's checks (the
//! same code as `mfa-doctor check`): the flows parsed, and which file of a
//! locale defines each message. A start then reads no YAML and parses a
//! locale's file only when one of its messages is first shown, and the
//! built-in layer still goes through the loader like any other.

use crate::i18n::LocaleIndex;

/// `[(path, flow)]` of every built-in flow, as JSON.
pub(crate) const FLOWS: &str = include_str!(concat!(env!("OUT_DIR"), "/built-in-flows.json"));

/// Per built-in locale, `(tag, index)`.
pub(crate) const LOCALE_INDEX: &[(&str, LocaleIndex)] =
    include!(concat!(env!("OUT_DIR"), "/built-in-locale-index.rs"));
