//! Localization: Fluent bundles per locale, language negotiation, and the
//! [`Localizer`] that formats a message in the person's language with a
//! per-message fallback to English. Knows nothing about flows beyond ids.
//! This is what a running program needs; what translators and `check` need
//! besides is in `translation`.

mod lazy;
mod load;
pub(crate) mod locale_index;
mod message_line;
mod negotiate;
mod nesting;
pub mod pseudo;
mod syntax_error;

use std::borrow::Cow;
use std::rc::Rc;

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use lazy::LocaleBundle;
#[cfg(test)]
pub(crate) use lazy::Unread;
pub use load::{Locale, Locales};
pub(crate) use load::{LocaleFiles, built_in as built_in_locales};
pub(crate) use locale_index::Index as LocaleIndex;
pub(crate) use message_line::message_id;
pub(crate) use negotiate::{negotiate, parse_tag, requested_languages};

use crate::sanitize::terminal_safe;

/// The source locale: complete by definition, last in every fallback chain.
pub(crate) const SOURCE_LOCALE: &str = "en";

/// `SOURCE_LOCALE` as a language identifier.
pub fn source_locale() -> LanguageIdentifier {
    LanguageIdentifier::from_bytes(SOURCE_LOCALE.as_bytes()).unwrap_or_default()
}

pub(crate) type Bundle = FluentBundle<FluentResource>;

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
    pub fn with_globals(mut self, mut globals: Vec<(String, String)>) -> Self {
        // In the order Fluent keeps its arguments: each is then added at
        // the end, with nothing moved (see `args`).
        globals.sort();
        self.globals = globals;
        self
    }

    /// The same, in the source language alone (the end of every chain).
    #[cfg(test)]
    pub(crate) fn source_only(&self) -> Localizer {
        Localizer { chain: self.chain.last().cloned().into_iter().collect(), globals: self.globals.clone() }
    }

    /// The language actually shown first.
    pub fn language(&self) -> Option<&LanguageIdentifier> {
        self.chain.first().map(|b| b.tag())
    }

    /// The message as the first language of the chain has it, with no
    /// fallback: for settings that belong to one language (its search
    /// stemmer and stop words), where another language's would be wrong.
    pub(crate) fn own_text(&self, id: &str) -> Option<String> {
        let first = self.chain.first()?;
        first.format(id, None, &Call::<Arg> { l10n: self, extra: &[] }).map(|t| terminal_safe(&t))
    }

    /// Whether any bundle in the chain has this message.
    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|b| b.has(id))
    }

    /// The message's value. A missing message shows as its id, so it is
    /// noticed rather than hidden.
    pub fn text(&self, id: &str) -> String {
        self.format::<Arg>(id, &[])
    }

    /// The message's value with extra arguments, each passed as its type
    /// says: text stays text (a phone number "0800123456" keeps its zero),
    /// a number is a number (plural selectors work on it). See `Arg`.
    pub fn format<V: ArgValue>(&self, id: &str, args: &[(&str, V)]) -> String {
        self.find(id, None, args).unwrap_or_else(|| id.to_string())
    }

    /// An attribute of a message (`.title`, `.keywords`), if any locale in
    /// the chain has it.
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        self.find::<Arg>(id, Some(attribute), &[])
    }

    /// An attribute with extra arguments, which take the place of any
    /// organization value of the same name.
    pub(crate) fn attribute_with(
        &self,
        id: &str,
        attribute: &str,
        args: &[(&str, String)],
    ) -> Option<String> {
        self.find(id, Some(attribute), args)
    }

    fn find<V: ArgValue>(&self, id: &str, attribute: Option<&str>, args: &[(&str, V)]) -> Option<String> {
        let call = Call { l10n: self, extra: args };
        self.chain.iter().find_map(|bundle| bundle.format(id, attribute, &call)).map(|t| terminal_safe(&t))
    }
}

/// One call's arguments: the caller's, over the organization's values.
struct Call<'a, V> {
    l10n: &'a Localizer,
    extra: &'a [(&'a str, V)],
}

impl<'a, V: ArgValue> lazy::Arguments<'a> for Call<'a, V> {
    fn gives(&self, name: &str) -> bool {
        self.extra.iter().any(|(given, _)| *given == name)
    }

    fn make(&self, everything: bool) -> FluentArgs<'a> {
        let globals = if everything { self.l10n.globals.as_slice() } else { &[] };
        let mut args = FluentArgs::with_capacity(globals.len() + self.extra.len());
        for (name, value) in globals {
            args.set(Cow::Borrowed(name.as_str()), FluentValue::from(value.as_str()));
        }
        for (name, value) in self.extra {
            args.set(*name, value.fluent());
        }
        args
    }
}

/// A value a message is formatted with, typed by the caller: never guessed
/// from what the text looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Arg {
    /// Shown as it is: names, paths, phone numbers, ids.
    Text(String),
    /// A count or position: plural selectors (`{ $count -> [one] … }`) work
    /// on it.
    Number(i64),
}

impl Arg {
    pub(crate) fn text(value: impl Into<String>) -> Self {
        Self::Text(value.into())
    }

    /// A count; one too large for a message (never, in practice) is the
    /// largest there is.
    pub(crate) fn number(value: impl TryInto<i64>) -> Self {
        Self::Number(value.try_into().unwrap_or(i64::MAX))
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Self::Text(value.to_string())
    }
}

/// What may be passed to [`Localizer::format`]: text ([`String`], `&str`),
/// numbers ([`usize`], [`i64`]), or either as an `Arg` where one call
/// passes both.
pub trait ArgValue {
    fn fluent(&self) -> FluentValue<'_>;
}

impl ArgValue for Arg {
    fn fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        }
    }
}

impl ArgValue for String {
    fn fluent(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl ArgValue for &str {
    fn fluent(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl ArgValue for usize {
    fn fluent(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl ArgValue for i64 {
    fn fluent(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english(ftl: &str) -> Localizer {
        let file = crate::content::source::SourceFile { path: "en/t.ftl".into(), text: ftl.into() };
        Locales::load(vec![(SOURCE_LOCALE.into(), vec![file])], &mut Vec::new()).localizer(&[])
    }

    #[test]
    fn text_that_looks_like_a_number_stays_text() {
        let l10n = english("call = Call { $phone }\n");
        assert_eq!(l10n.format("call", &[("phone", "0800123456")]), "Call 0800123456");
        assert_eq!(l10n.format("call", &[("phone", String::from("007"))]), "Call 007");
    }

    #[test]
    fn numbers_select_plural_variants_and_text_does_not() {
        let l10n = english("n = { $count ->\n    [one] one file\n   *[other] { $count } files\n}\n");
        assert_eq!(l10n.format("n", &[("count", 1_usize)]), "one file");
        assert_eq!(l10n.format("n", &[("count", Arg::number(3))]), "3 files");
        assert_eq!(l10n.format("n", &[("count", "1")]), "1 files");
    }
}
