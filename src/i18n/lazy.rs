//! A locale's Fluent bundle that may read its files only as their messages
//! are first asked for. A screen needs two or three of a locale's twenty
//! files; parsing all of them at start was most of the time to the first
//! frame. Only the built-in locales are read this way: build.rs checked
//! them with the loader before it listed which file defines each message
//! (and with which attributes), so there is nothing to report while
//! reading them, and whether a message is there is known without reading.

use std::cell::RefCell;
use std::collections::BTreeSet;

use fluent::resolver::ResolverError;
use fluent::resolver::errors::ReferenceKind;
use fluent::{FluentArgs, FluentError, FluentResource};
use fluent_syntax::ast::{CallArguments, Expression, InlineExpression, Pattern, PatternElement};
use unic_langid::LanguageIdentifier;

use super::Bundle;
use super::locale_index::{Index, Indexed};
use crate::content::source::file_name;

/// The files a bundle reads as it needs them: `(path, bytes)`, and the
/// index that says which one to read for a message (by file name).
#[derive(Clone, Default)]
pub(crate) struct Unread {
    pub files: Vec<(&'static str, &'static [u8])>,
    pub index: Index,
}

pub struct LocaleBundle {
    tag: LanguageIdentifier,
    bundle: RefCell<Bundle>,
    unread: Unread,
    /// Which of `unread.files` are in the bundle.
    read: RefCell<Vec<bool>>,
}

impl LocaleBundle {
    /// A bundle with every file in it already.
    pub fn new(tag: LanguageIdentifier, bundle: Bundle) -> Self {
        Self::lazy(tag, bundle, Unread::default())
    }

    /// `bundle` (empty, or with some files in it already) that reads the
    /// `unread` files as their messages are asked for.
    pub(crate) fn lazy(tag: LanguageIdentifier, bundle: Bundle, unread: Unread) -> Self {
        let read = RefCell::new(vec![false; unread.files.len()]);
        Self { tag, bundle: RefCell::new(bundle), unread, read }
    }

    pub fn tag(&self) -> &LanguageIdentifier {
        &self.tag
    }

    /// The files this bundle reads as needed.
    pub(crate) fn unread(&self) -> &Unread {
        &self.unread
    }

    /// Whether the locale has the message: a file not read yet is not
    /// read for this, its index says.
    pub fn has(&self, id: &str) -> bool {
        // The index first: it answers for most ids without hashing one.
        self.indexed(id).is_some() || self.bundle.borrow().has_message(id)
    }

    pub fn has_attribute(&self, id: &str, attribute: &str) -> bool {
        if let Some(message) = self.bundle.borrow().get_message(id) {
            return message.get_attribute(attribute).is_some();
        }
        self.indexed(id).is_some_and(|indexed| indexed.has_attribute(attribute))
    }

    /// The ids of the messages of the files read as needed.
    pub fn indexed_ids(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.unread.index.ids()
    }

    /// The index entry of a message whose file is not read yet.
    fn indexed(&self, id: &str) -> Option<Indexed> {
        if self.unread.files.is_empty() {
            return None;
        }
        self.unread.index.find(id)
    }

    /// The message's value, or one of its attributes, formatted; `None` if
    /// this locale does not have it. Its arguments are made only as far as
    /// the pattern reads them (see [`Reads`]).
    pub(crate) fn format<'a>(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: &dyn Arguments<'a>,
    ) -> Option<String> {
        self.read_for(id);
        let mut errors = Vec::new();
        let text = {
            let bundle = self.bundle.borrow();
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let made = match Reads::of_pattern(pattern, args) {
                Reads::Nothing => None,
                Reads::Given => Some(args.make(false)),
                Reads::More => Some(args.make(true)),
            };
            bundle.format_pattern(pattern, made.as_ref(), &mut errors).into_owned()
        };
        // A message may refer to a message or term of a file not read yet:
        // read the files that define them and try once more (each try reads
        // another file, so this ends).
        let read = errors.iter().filter_map(referred).fold(false, |read, id| self.read_for(&id) | read);
        if read {
            return self.format(id, attribute, args);
        }
        Some(text)
    }

    /// `f` with the whole bundle, every file read.
    pub fn with_all<R>(&self, f: impl FnOnce(&Bundle) -> R) -> R {
        self.read_all();
        f(&self.bundle.borrow())
    }

    /// `f` with the bundle, once the files named `names` are read.
    pub(crate) fn with_files<R>(&self, names: &BTreeSet<&str>, f: impl FnOnce(&Bundle) -> R) -> R {
        for (file, (path, _)) in self.unread.files.iter().enumerate() {
            if names.contains(file_name(path)) {
                self.read(file);
            }
        }
        f(&self.bundle.borrow())
    }

    /// Reads the file that defines `id` (a term's with its `-`), if it is
    /// not read yet; whether it was read now.
    fn read_for(&self, id: &str) -> bool {
        if self.unread.files.is_empty() || self.bundle.borrow().has_message(id) {
            return false;
        }
        let name = self.indexed(id).map(|indexed| indexed.file);
        let named = |(path, _): &(&str, &[u8])| Some(file_name(path)) == name;
        self.unread.files.iter().position(named).is_some_and(|file| self.read(file))
    }

    /// Reads every file not read yet; whether there was any.
    fn read_all(&self) -> bool {
        let mut any = false;
        for file in 0..self.unread.files.len() {
            any |= self.read(file);
        }
        any
    }

    /// Adds one file's messages to the bundle; whether it was unread.
    fn read(&self, file: usize) -> bool {
        let Some((_, bytes)) = self.unread.files.get(file) else { return false };
        let was_read = self.read.borrow_mut().get_mut(file).map(|read| std::mem::replace(read, true));
        if was_read != Some(false) {
            return false;
        }
        // build.rs checked the built-in files: a problem here could only
        // leave a message out, which then shows as its id.
        let Ok(text) = std::str::from_utf8(bytes) else { return true };
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| resource);
        let _ = self.bundle.borrow_mut().add_resource(resource);
        true
    }
}

/// The id of a message or term the bundle does not have (yet), as the
/// index has it: a term's with its `-`.
fn referred(error: &FluentError) -> Option<String> {
    match error {
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Message { id, .. })) => {
            Some(id.clone())
        }
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Term { id, .. })) => {
            Some(format!("-{id}"))
        }
        _ => None,
    }
}

/// The arguments of one call, made on demand: most patterns are plain
/// text, and most others read only what the caller gives, not the
/// organization's values. Making those into arguments for every message
/// was most of what a walk of 20 000 answers cost.
pub(crate) trait Arguments<'a> {
    /// Whether the caller gives the variable `name`.
    fn gives(&self, name: &str) -> bool;
    /// The caller's arguments, and with `everything` the organization's
    /// values too.
    fn make(&self, everything: bool) -> FluentArgs<'a>;
}

/// What formatting a pattern reads of its arguments, least first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reads {
    Nothing,
    /// Only variables the caller gives.
    Given,
    /// Another variable, or a message, which may read any.
    More,
}

impl Reads {
    fn of_pattern(pattern: &Pattern<&str>, args: &dyn Arguments<'_>) -> Self {
        let placeables = pattern.elements.iter().filter_map(|element| match element {
            PatternElement::Placeable { expression } => Some(expression),
            PatternElement::TextElement { .. } => None,
        });
        placeables.map(|expression| Self::of_expression(expression, args)).max().unwrap_or(Reads::Nothing)
    }

    fn of_expression(expression: &Expression<&str>, args: &dyn Arguments<'_>) -> Self {
        match expression {
            Expression::Inline(inline) => Self::of_inline(inline, args),
            Expression::Select { selector, variants } => variants
                .iter()
                .map(|variant| Self::of_pattern(&variant.value, args))
                .chain([Self::of_inline(selector, args)])
                .max()
                .unwrap_or(Reads::Nothing),
        }
    }

    fn of_inline(inline: &InlineExpression<&str>, args: &dyn Arguments<'_>) -> Self {
        match inline {
            InlineExpression::VariableReference { id } if args.gives(id.name) => Reads::Given,
            InlineExpression::VariableReference { .. } | InlineExpression::MessageReference { .. } => {
                Reads::More
            }
            // A term reads only the arguments written in the call.
            InlineExpression::TermReference { arguments: None, .. } => Reads::Nothing,
            InlineExpression::TermReference { arguments: Some(call), .. }
            | InlineExpression::FunctionReference { arguments: call, .. } => Self::of_call(call, args),
            InlineExpression::Placeable { expression } => Self::of_expression(expression, args),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => Reads::Nothing,
        }
    }

    fn of_call(call: &CallArguments<&str>, args: &dyn Arguments<'_>) -> Self {
        let named = call.named.iter().map(|argument| &argument.value);
        call.positional
            .iter()
            .chain(named)
            .map(|inline| Self::of_inline(inline, args))
            .max()
            .unwrap_or(Reads::Nothing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::locale_index::Encoded;
    use fluent::FluentBundle;

    fn lazy(files: Vec<(&'static str, &'static str)>, index: &[(&str, &str, &[&str])]) -> LocaleBundle {
        let entries = index.iter().map(|(id, file, attributes)| (*id, *file, attributes.to_vec(), vec![]));
        let index = Encoded::new(entries).unwrap().leak();
        let tag: LanguageIdentifier = "en".parse().unwrap();
        let mut bundle: Bundle = FluentBundle::new(vec![tag.clone()]);
        bundle.set_use_isolating(false);
        let files = files.into_iter().map(|(name, text)| (name, text.as_bytes())).collect();
        LocaleBundle::lazy(tag, bundle, Unread { files, index })
    }

    /// The caller gives `x`; the organization has `org`. Remembers what
    /// it was asked to make: `true` for everything.
    #[derive(Default)]
    struct Recorded {
        made: RefCell<Vec<bool>>,
    }

    impl Arguments<'static> for Recorded {
        fn gives(&self, name: &str) -> bool {
            name == "x"
        }

        fn make(&self, everything: bool) -> FluentArgs<'static> {
            self.made.borrow_mut().push(everything);
            let mut args = FluentArgs::new();
            args.set("x", "x");
            if everything {
                args.set("org", "O");
            }
            args
        }
    }

    #[test]
    fn arguments_are_made_only_as_far_as_the_pattern_reads_them() {
        let ftl = "plain = P\n\
                   given = G { $x }\n\
                   org = O { $org }\n\
                   message = M { plain }\n\
                   term = T { -t(v: \"x\") } { -u }\n\
                   select = { $x ->\n    [a] A\n   *[b] { $org }\n}\n\
                   -t = { $v }\n\
                   -u = U\n";
        let ids = ["given", "message", "org", "plain", "select", "term"];
        let index: Vec<_> = ids.iter().map(|id| (*id, "a.ftl", &[][..])).collect();
        let bundle = lazy(vec![("a.ftl", ftl)], &index);
        for (id, text, made) in [
            ("plain", "P", vec![]),
            ("given", "G x", vec![false]),
            ("org", "O O", vec![true]),
            ("message", "M P", vec![true]),
            ("term", "T x U", vec![]),
            ("select", "O", vec![true]),
        ] {
            let args = Recorded::default();
            assert_eq!(bundle.format(id, None, &args).as_deref(), Some(text), "{id}");
            assert_eq!(args.made.into_inner(), made, "{id}");
        }
    }

    #[test]
    fn reads_only_the_file_a_message_is_in() {
        let bundle = lazy(
            vec![("a.ftl", "a = A\n    .title = T\n"), ("b.ftl", "b-1 = B { $x }\n"), ("c.ftl", "c = C\n")],
            &[("a", "a.ftl", &["title"]), ("b-1", "b.ftl", &[]), ("c", "c.ftl", &[])],
        );
        let args = Recorded::default();
        assert_eq!(bundle.format("b-1", None, &args).as_deref(), Some("B x"));
        assert_eq!(bundle.read.borrow().as_slice(), [false, true, false]);
        assert!(bundle.has("c") && bundle.has_attribute("a", "title"), "known from the index");
        assert_eq!(bundle.read.borrow().as_slice(), [false, true, false], "without reading");
        assert!(!bundle.has("nope"));
        assert_eq!(bundle.format("a", Some("nope"), &args), None);
    }

    #[test]
    fn a_reference_to_another_file_reads_that_file_alone() {
        let files = vec![
            ("a.ftl", "a = A { b } { -t }\n"),
            ("b.ftl", "b = B\n"),
            ("c.ftl", "c = C\n"),
            ("t.ftl", "-t = T\n"),
        ];
        let index = [("-t", "t.ftl", &[][..]), ("a", "a.ftl", &[]), ("b", "b.ftl", &[]), ("c", "c.ftl", &[])];
        let bundle = lazy(files, &index);
        assert_eq!(bundle.format("a", None, &Recorded::default()).as_deref(), Some("A B T"));
        assert_eq!(bundle.read.borrow().as_slice(), [true, true, false, true]);
    }
}
