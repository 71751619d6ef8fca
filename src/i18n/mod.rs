//! Localization: Fluent bundles per locale, language negotiation, and the
//! [`Localizer`] that formats a message in the person's language with a
//! per-message fallback to English. Knows nothing about flows beyond ids.

pub mod compare;
pub mod ftl;
mod lazy;
mod load;
mod message_line;
mod negotiate;
mod nesting;
mod plural;
pub mod pseudo;
pub mod scaffold;

use std::borrow::Cow;
use std::rc::Rc;

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use lazy::LocaleBundle;
pub use load::{Locale, Locales};
pub use negotiate::{negotiate, parse_tag, requested_languages};

use crate::sanitize::terminal_safe;

/// The source locale: complete by definition, last in every fallback chain.
pub const SOURCE_LOCALE: &str = "en";

/// [`SOURCE_LOCALE`] as a language identifier.
pub fn source_locale() -> LanguageIdentifier {
    LanguageIdentifier::from_bytes(SOURCE_LOCALE.as_bytes()).unwrap_or_default()
}

pub type Bundle = FluentBundle<FluentResource>;

/// Formats messages from a chain of bundles, first match wins. Organization
/// values (helpdesk name, …) are available to every message as variables.
#[derive(Clone)]
pub struct Localizer {
    chain: Vec<Rc<LocaleBundle>>,
    globals: Vec<(String, String)>,
}

impl Localizer {
    pub fn new(chain: Vec<Rc<LocaleBundle>>) -> Self {
        Self { chain, globals: Vec::new() }
    }

    /// Adds variables every message can use, e.g. `helpdesk-name`.
    pub fn with_globals(mut self, globals: Vec<(String, String)>) -> Self {
        self.globals = globals;
        self
    }

    /// The same, in the source language alone (the end of every chain).
    pub fn source_only(&self) -> Localizer {
        Localizer { chain: self.chain.last().cloned().into_iter().collect(), globals: self.globals.clone() }
    }

    /// The language actually shown first.
    pub fn language(&self) -> Option<&LanguageIdentifier> {
        self.chain.first().map(|b| b.tag())
    }

    /// The message as the first language of the chain has it, with no
    /// fallback: for settings that belong to one language (its search
    /// stemmer and stop words), where another language's would be wrong.
    pub fn own_text(&self, id: &str) -> Option<String> {
        let first = self.chain.first()?;
        first.format(id, None, &self.args(&[])).map(|t| terminal_safe(&t))
    }

    /// Whether any bundle in the chain has this message.
    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|b| b.has(id))
    }

    /// The message's value. A missing message shows as its id, so it is
    /// noticed rather than hidden.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message's value with extra arguments. Arguments made only of
    /// digits are passed as numbers, so plural selectors work.
    pub fn format(&self, id: &str, args: &[(&str, String)]) -> String {
        self.find(id, None, args).unwrap_or_else(|| id.to_string())
    }

    /// An attribute of a message (`.title`, `.keywords`), if any locale in
    /// the chain has it.
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        self.find(id, Some(attribute), &[])
    }

    /// An attribute with extra arguments, which take the place of any
    /// organization value of the same name.
    pub fn attribute_with(&self, id: &str, attribute: &str, args: &[(&str, String)]) -> Option<String> {
        self.find(id, Some(attribute), args)
    }

    fn find(&self, id: &str, attribute: Option<&str>, args: &[(&str, String)]) -> Option<String> {
        let fluent_args = self.args(args);
        self.chain
            .iter()
            .find_map(|bundle| bundle.format(id, attribute, &fluent_args))
            .map(|t| terminal_safe(&t))
    }

    fn args<'a>(&'a self, extra: &'a [(&str, String)]) -> FluentArgs<'a> {
        let mut args = FluentArgs::with_capacity(self.globals.len() + extra.len());
        for (name, value) in &self.globals {
            args.set(Cow::Borrowed(name.as_str()), FluentValue::from(value.as_str()));
        }
        for (name, value) in extra {
            let value = match value.parse::<u64>() {
                Ok(n) if value.bytes().all(|b| b.is_ascii_digit()) => FluentValue::from(n),
                _ => FluentValue::from(value.as_str()),
            };
            args.set(*name, value);
        }
        args
    }
}
