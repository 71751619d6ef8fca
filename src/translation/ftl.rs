//! What one locale's `.ftl` files define and use, each at its line and
//! column. The bundles' runtime parser drops comments and keeps no
//! positions, so the files are read again with fluent-syntax's full parser:
//! it keeps comments (the untranslated marker is one), and every name in its
//! tree is a slice of the file's text, which tells where the name is.

use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;
use std::collections::BTreeSet;
use std::sync::Arc;

use indexmap::IndexMap;

use crate::content::source::{Lines, SourceFile};
use crate::diagnostic::Location;
use crate::i18n::message_id;

/// A message whose comment has a line saying only this has not been
/// translated yet: `i18n new` writes it above every message it scaffolds,
/// and the translator deletes it once the message is done.
pub(crate) const UNTRANSLATED_MARKER: &str = "untranslated";

/// Every message and term of one locale. Terms are keyed with their leading
/// `-`, as references name them.
#[derive(Debug, Default)]
pub(crate) struct Inventory {
    entries: IndexMap<String, Entry>,
    /// Messages and terms the parser could not read: the loader reports
    /// why, and they are not missing, only broken.
    broken: BTreeSet<String>,
}

/// One message or term.
#[derive(Debug)]
pub(crate) struct Entry {
    pub at: Location,
    /// The name of the file it is in, without the directory: where a
    /// translation of it belongs.
    pub file_name: String,
    pub untranslated: bool,
    pub value: Option<Usage>,
    pub attributes: IndexMap<String, Attribute>,
}

#[derive(Debug)]
pub(crate) struct Attribute {
    pub at: Location,
    pub usage: Usage,
}

/// What one pattern (a value or an attribute) uses.
#[derive(Debug, Default)]
pub struct Usage {
    /// Nothing would be shown: only blanks and empty string literals.
    pub empty: bool,
    /// Each variable with the place of its first use.
    pub variables: IndexMap<String, Location>,
    pub references: Vec<Reference>,
    pub selectors: Vec<Selector>,
    /// A placeholder of another format (`%s`, `%d`, `%1$s`, `{0}`), which
    /// Fluent shows as it is: the translator meant a variable.
    pub foreign_placeholder: Option<String>,
}

/// The first placeholder of printf or .NET style in `text`.
fn foreign_placeholder(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let rest = bytes.get(i + 1..).unwrap_or_default();
        let found = match b {
            b'%' => {
                let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
                let after = rest.get(digits..).unwrap_or_default();
                let positional = digits > 0 && after.first() == Some(&b'$');
                let kind = if positional {
                    after.get(1)
                } else if digits == 0 {
                    rest.first()
                } else {
                    None
                };
                kind.filter(|k| matches!(k, b's' | b'd' | b'i' | b'f' | b'@'))
                    .map(|_| if positional { digits + 3 } else { 2 })
            }
            _ => None,
        };
        if let Some(len) = found {
            return text.get(i..i + len).map(str::to_string);
        }
    }
    None
}

/// `{ other-message }`, `{ message.attribute }` or `{ -term }`.
#[derive(Debug)]
pub struct Reference {
    /// The message id, or the term id with its `-`.
    pub id: String,
    pub attribute: Option<String>,
    pub at: Location,
}

impl Reference {
    /// As written in the file: `id` or `id.attribute`.
    pub fn name(&self) -> String {
        match &self.attribute {
            Some(attribute) => format!("{}.{attribute}", self.id),
            None => self.id.clone(),
        }
    }
}

/// A select expression: where its selector is and its variants' keys.
#[derive(Debug)]
pub struct Selector {
    pub at: Location,
    pub keys: Vec<String>,
}

impl Inventory {
    /// Reads every file; a message defined twice keeps its first definition
    /// (the loader reports the second). Syntax errors are the loader's to
    /// report too: what could not be parsed is simply not here.
    pub(crate) fn read(files: &[SourceFile]) -> Self {
        let mut inventory = Self::default();
        inventory.add(files);
        inventory
    }

    /// Reads `files` too, below those read before: a message defined
    /// there as well keeps its first definition.
    pub(crate) fn add(&mut self, files: &[SourceFile]) {
        let inventory = self;
        for file in files {
            let path = Location::file(file.path.as_str()).file;
            let reader = Reader { file, lines: Lines::new(&file.text), path };
            let resource = match parser::parse(file.text.as_str()) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            for entry in &resource.body {
                if let ast::Entry::Junk { content } = entry {
                    inventory.broken.extend(junk_id(content));
                } else if let Some((id, entry)) = reader.entry(entry) {
                    inventory.entries.entry(id).or_insert(entry);
                }
            }
        }
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id)
    }

    pub(crate) fn contains(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// Every entry in file order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.entries.iter().map(|(id, entry)| (id.as_str(), entry))
    }

    /// Whether `id` is there but could not be read.
    pub(crate) fn is_broken(&self, id: &str) -> bool {
        self.broken.contains(id)
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether `reference` names something defined here.
    pub(crate) fn resolves(&self, reference: &Reference) -> bool {
        self.entries.get(&reference.id).is_some_and(|entry| match &reference.attribute {
            Some(attribute) => entry.attributes.contains_key(attribute),
            None => true,
        })
    }
}

impl Entry {
    /// The value (`None`) or an attribute, by name.
    pub(crate) fn pattern(&self, attribute: Option<&str>) -> Option<&Usage> {
        match attribute {
            None => self.value.as_ref(),
            Some(name) => self.attributes.get(name).map(|a| &a.usage),
        }
    }

    /// The value and every attribute, each with its name and place.
    pub(crate) fn patterns(&self) -> impl Iterator<Item = (Option<&str>, &Location, &Usage)> {
        let value = self.value.as_ref().map(|usage| (None, &self.at, usage));
        let attributes = self.attributes.iter().map(|(name, a)| (Some(name.as_str()), &a.at, &a.usage));
        value.into_iter().chain(attributes)
    }
}

/// The message or term (with its `-`) a piece the parser could not read
/// starts to define, if it starts like a definition.
fn junk_id(content: &str) -> Option<String> {
    let line = content.lines().next()?;
    let (sigil, rest) = match line.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", line),
    };
    message_id(rest).map(|id| format!("{sigil}{id}"))
}

/// Locates the slices of one file's syntax tree.
struct Reader<'a> {
    file: &'a SourceFile,
    lines: Lines<'a>,
    /// The file's path as every location in it shows it.
    path: Arc<str>,
}

impl Reader<'_> {
    fn entry(&self, entry: &ast::Entry<&str>) -> Option<(String, Entry)> {
        let (id, at, comment, value, attributes) = match entry {
            ast::Entry::Message(m) => {
                (m.id.name.to_string(), self.at(m.id.name, 0), &m.comment, m.value.as_ref(), &m.attributes)
            }
            ast::Entry::Term(t) => {
                (format!("-{}", t.id.name), self.at(t.id.name, 1), &t.comment, Some(&t.value), &t.attributes)
            }
            _ => return None,
        };
        let untranslated =
            comment.as_ref().is_some_and(|c| c.content.iter().any(|line| line.trim() == UNTRANSLATED_MARKER));
        let file_name = self.file.path.rsplit(std::path::is_separator).next().unwrap_or_default().to_string();
        let entry = Entry {
            at,
            file_name,
            untranslated,
            value: value.map(|pattern| self.usage(pattern)),
            attributes: attributes
                .iter()
                .map(|a| {
                    let attribute = Attribute { at: self.at(a.id.name, 0), usage: self.usage(&a.value) };
                    (a.id.name.to_string(), attribute)
                })
                .collect(),
        };
        Some((id, entry))
    }

    fn usage(&self, pattern: &ast::Pattern<&str>) -> Usage {
        let mut usage = Usage { empty: is_empty(pattern), ..Usage::default() };
        usage.foreign_placeholder = texts(pattern).find_map(foreign_placeholder);
        for expression in placeables(pattern) {
            self.expression(expression, &mut usage);
        }
        usage
    }

    fn expression(&self, expression: &Expression<&str>, usage: &mut Usage) {
        match expression {
            Expression::Select { selector, variants } => {
                let keys = variants
                    .iter()
                    .map(|v| match v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                usage.selectors.push(Selector { at: self.inline_at(selector), keys });
                self.inline(selector, usage);
                for variant in variants {
                    if usage.foreign_placeholder.is_none() {
                        usage.foreign_placeholder = texts(&variant.value).find_map(foreign_placeholder);
                    }
                    for expression in placeables(&variant.value) {
                        self.expression(expression, usage);
                    }
                }
            }
            Expression::Inline(inline) => self.inline(inline, usage),
        }
    }

    fn inline(&self, inline: &InlineExpression<&str>, usage: &mut Usage) {
        match inline {
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
            InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments, usage),
            InlineExpression::MessageReference { id, attribute } => usage.references.push(Reference {
                id: id.name.to_string(),
                attribute: attribute.as_ref().map(|a| a.name.to_string()),
                at: self.at(id.name, 0),
            }),
            InlineExpression::TermReference { id, attribute, arguments } => {
                usage.references.push(Reference {
                    id: format!("-{}", id.name),
                    attribute: attribute.as_ref().map(|a| a.name.to_string()),
                    at: self.at(id.name, 1),
                });
                if let Some(arguments) = arguments {
                    self.arguments(arguments, usage);
                }
            }
            InlineExpression::VariableReference { id } => {
                usage.variables.entry(id.name.to_string()).or_insert_with(|| self.at(id.name, 1));
            }
            InlineExpression::Placeable { expression } => self.expression(expression, usage),
        }
    }

    fn arguments(&self, arguments: &ast::CallArguments<&str>, usage: &mut Usage) {
        let named = arguments.named.iter().map(|n| &n.value);
        for argument in arguments.positional.iter().chain(named) {
            self.inline(argument, usage);
        }
    }

    /// Where an expression starts, for pointing at a selector.
    fn inline_at(&self, inline: &InlineExpression<&str>) -> Location {
        match inline {
            InlineExpression::VariableReference { id } | InlineExpression::TermReference { id, .. } => {
                self.at(id.name, 1)
            }
            InlineExpression::FunctionReference { id, .. }
            | InlineExpression::MessageReference { id, .. } => self.at(id.name, 0),
            InlineExpression::StringLiteral { value } => self.at(value, 1),
            InlineExpression::NumberLiteral { value } => self.at(value, 0),
            InlineExpression::Placeable { expression } => match expression.as_ref() {
                Expression::Select { selector, .. } => self.inline_at(selector),
                Expression::Inline(inline) => self.inline_at(inline),
            },
        }
    }

    /// The place of `slice`, a part of this file's text, moved back by
    /// `sigil` bytes to include a leading `$` or `-`.
    fn at(&self, slice: &str, sigil: usize) -> Location {
        let text = &self.file.text;
        let offset = (slice.as_ptr() as usize)
            .checked_sub(text.as_ptr() as usize)
            .filter(|offset| *offset <= text.len())
            .map_or(0, |offset| offset.saturating_sub(sigil));
        let (line, column) = self.lines.line_column(offset);
        Location { file: Arc::clone(&self.path), line, column }
    }
}

fn placeables<'p, 's>(pattern: &'p ast::Pattern<&'s str>) -> impl Iterator<Item = &'p Expression<&'s str>> {
    pattern.elements.iter().filter_map(|element| match element {
        PatternElement::Placeable { expression } => Some(expression),
        PatternElement::TextElement { .. } => None,
    })
}

fn texts<'p, 's>(pattern: &'p ast::Pattern<&'s str>) -> impl Iterator<Item = &'s str> + 'p {
    pattern.elements.iter().filter_map(|element| match element {
        PatternElement::TextElement { value } => Some(*value),
        PatternElement::Placeable { .. } => None,
    })
}

fn is_empty(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        PatternElement::Placeable { .. } => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_of_other_formats_are_found_and_percentages_are_not() {
        for (text, found) in [
            ("Hello %s!", Some("%s")),
            ("%d codes", Some("%d")),
            ("Number %1$s", Some("%1$s")),
            ("100% sure", None),
            ("50 % af dem", None),
            ("%", None),
        ] {
            assert_eq!(foreign_placeholder(text).as_deref(), found, "{text}");
        }
    }

    fn read(text: &str) -> Inventory {
        Inventory::read(&[SourceFile { path: "l/da/a.ftl".into(), text: text.into() }])
    }

    #[test]
    fn names_are_located_where_written() {
        let inventory =
            read("# untranslated\nhi = Hej { $name }, { -brand } { other.title }\n    .title = { \"\" }\n");
        let hi = inventory.get("hi").unwrap();
        assert!(hi.untranslated);
        assert_eq!(hi.at.to_string(), "l/da/a.ftl:2:1");
        let value = hi.value.as_ref().unwrap();
        assert_eq!(value.variables["name"].to_string(), "l/da/a.ftl:2:12");
        let names: Vec<_> = value.references.iter().map(|r| (r.name(), r.at.to_string())).collect();
        assert_eq!(
            names,
            [("-brand".into(), "l/da/a.ftl:2:23".into()), ("other.title".into(), "l/da/a.ftl:2:34".into())]
        );
        assert!(!value.empty);
        assert!(hi.attributes["title"].usage.empty);
    }

    #[test]
    fn what_the_parser_could_not_read_is_broken_not_missing() {
        let inventory = read("ok = Fine\nn = { $count ->\n    [one] one\n    [other] many\n}\n-t = { \n");
        assert!(inventory.contains("ok") && !inventory.contains("n"));
        assert!(inventory.is_broken("n") && inventory.is_broken("-t") && !inventory.is_broken("ok"));
    }

    #[test]
    fn selectors_keep_their_keys_and_variables_in_variants_count() {
        let inventory = read("n = { $count ->\n    [one] one { $what }\n   *[other] many\n}\n");
        let usage = inventory.get("n").unwrap().value.as_ref().unwrap();
        assert_eq!(usage.selectors[0].keys, ["one", "other"]);
        assert_eq!(usage.selectors[0].at.to_string(), "l/da/a.ftl:1:7");
        assert_eq!(usage.variables.keys().collect::<Vec<_>>(), ["count", "what"]);
    }
}
