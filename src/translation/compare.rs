//! Every locale against English, after Mozilla's compare-locales for
//! Fluent: messages and attributes missing, obsolete or not translated yet,
//! empty text, references to nothing, variables added or dropped, plural
//! variants the language needs, and whether each message formats at all.
//! The loader has already reported syntax errors and duplicates.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent::resolver::{ResolverError, errors::ReferenceKind};
use fluent::{FluentArgs, FluentError, FluentValue};

use super::ftl::{Entry, Inventory, Usage};
use super::plural;
use super::touched::{Touched, touched};
use crate::content::config::OrgConfig;
use crate::diagnostic::{Diagnostic, Location, Problem, closest};
use crate::i18n::Localizer;
use crate::i18n::{Bundle, Locale, Locales};

/// How far one locale is: counted in messages and terms of English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub tag: String,
    pub translated: usize,
    /// Present, but still marked as not translated.
    pub untranslated: usize,
    pub missing: usize,
    /// Present, but no longer in English.
    pub obsolete: usize,
    /// How many English has.
    pub total: usize,
}

impl Status {
    /// Translated share in whole percent, rounded down: 100 means done.
    pub(crate) fn percent(&self) -> usize {
        (self.translated * 100).checked_div(self.total).unwrap_or(100)
    }
}

/// Every locale's counts, in the order the locales were loaded.
pub fn status(locales: &Locales) -> Vec<Status> {
    let Some(source) = locales.source() else { return Vec::new() };
    let english = Inventory::read(&source.files);
    locales
        .iter()
        .map(|locale| {
            let inventory = Inventory::read(&locale.files);
            let present: Vec<&Entry> = english.iter().filter_map(|(id, _)| inventory.get(id)).collect();
            let untranslated = present.iter().filter(|entry| entry.untranslated).count();
            Status {
                tag: locale.tag.to_string(),
                translated: present.len() - untranslated,
                untranslated,
                missing: english.len() - present.len(),
                obsolete: inventory.iter().filter(|(id, _)| !english.contains(id)).count(),
                total: english.len(),
            }
        })
        .collect()
}

/// Every problem found by comparing each locale with English (and English
/// with itself, for what is wrong in any locale).
pub fn diagnostics(locales: &Locales) -> Vec<Diagnostic> {
    compare(locales, None, Vec::new())
}

/// The problems of the messages and terms `changed` names for each
/// language (by tag), and of those of the language that refer to one of
/// them: what a start compares when an organization's layer adds or
/// replaces them (the rest is built in, and build.rs compared it).
/// Nothing is said of messages a locale lacks. `folders` are each locale's
/// files read from folders, as the caller read them already (in locale
/// order).
pub(crate) fn diagnostics_touching(
    locales: &Locales,
    changed: &BTreeMap<String, BTreeSet<String>>,
    folders: Vec<Inventory>,
) -> Vec<Diagnostic> {
    compare(locales, Some(changed), folders)
}

fn compare(
    locales: &Locales,
    changed: Option<&BTreeMap<String, BTreeSet<String>>>,
    folders: Vec<Inventory>,
) -> Vec<Diagnostic> {
    let Some(source) = locales.source() else { return Vec::new() };
    let none = BTreeSet::new();
    // For each locale, in order: the ids compared, all when none.
    let only: Vec<Option<&BTreeSet<String>>> = locales
        .iter()
        .map(|locale| changed.map(|changed| changed.get(&locale.tag.to_string()).unwrap_or(&none)))
        .collect();
    let read = read(locales, source, &only, folders);
    let Some(english) = locales.iter().zip(&read).find(|(l, _)| l.tag == source.tag).map(|(_, t)| t) else {
        return Vec::new();
    };
    let given = given_to_every_message();
    let mut diagnostics = Vec::new();
    for ((locale, touched), only) in locales.iter().zip(&read).zip(only) {
        let mut comparison = Comparison {
            locale,
            english: &english.inventory,
            inventory: &touched.inventory,
            is_source: locale.tag == source.tag,
            read: touched.built_in.as_ref(),
            given: &given,
            only,
            diagnostics: &mut diagnostics,
        };
        comparison.run();
    }
    diagnostics
}

/// Each locale as far as comparing it reads it: every file, or what
/// comparing its ids of `only` needs (see [`touched`]), from its folders'
/// files as read in `folders` (read here if not given). English is read
/// for every id compared in any language, to compare it with.
fn read(
    locales: &Locales,
    source: &Locale,
    only: &[Option<&BTreeSet<String>>],
    folders: Vec<Inventory>,
) -> Vec<Touched> {
    if only.iter().all(Option::is_none) {
        return locales.iter().map(Touched::whole).collect();
    }
    let mut folders = folders.into_iter();
    let mut folder = |locale: &Locale| folders.next().unwrap_or_else(|| Inventory::read(&locale.files));
    let mut compared: Vec<String> = Vec::new();
    let mut english_only = None;
    let mut english_folders = None;
    let mut read: Vec<Option<Touched>> = Vec::new();
    for (locale, &only) in locales.iter().zip(only) {
        if locale.tag == source.tag {
            english_only = only;
            english_folders = Some(folder(locale));
            read.push(None);
            continue;
        }
        let translation = touched(locale, folder(locale), only.into_iter().flatten().map(String::as_str));
        let entries = translation.inventory.iter().filter(|(id, entry)| compares(only, id, entry));
        compared.extend(entries.map(|(id, _)| id.to_string()));
        read.push(Some(translation));
    }
    let english_folders = english_folders.unwrap_or_else(|| Inventory::read(&source.files));
    let seeds = english_only.into_iter().flatten().chain(&compared).map(String::as_str);
    let english = touched(source, english_folders, seeds);
    let mut english = Some(english);
    read.into_iter()
        .map(|touched| touched.or_else(|| english.take()).unwrap_or_else(|| Touched::whole(source)))
        .collect()
}

/// Whether `entry` is compared: with `only`, when it is one of those ids
/// or refers to one.
fn compares(only: Option<&BTreeSet<String>>, id: &str, entry: &Entry) -> bool {
    let Some(only) = only else { return true };
    let refers =
        || entry.patterns().any(|(_, _, usage)| usage.references.iter().any(|r| only.contains(&r.id)));
    only.contains(id) || refers()
}

struct Comparison<'a> {
    locale: &'a Locale,
    english: &'a Inventory,
    inventory: &'a Inventory,
    is_source: bool,
    /// The built-in files read for the comparison, by name; all when none.
    read: Option<&'a BTreeSet<&'static str>>,
    /// The organization's values, which every message is given.
    given: &'a [String],
    /// The ids compared, with those that refer to them; all when none.
    only: Option<&'a BTreeSet<String>>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// The names of the variables the program gives every message (the
/// organization's values), whatever the config says.
fn given_to_every_message() -> Vec<String> {
    let variables = OrgConfig::default().message_variables(&Localizer::new(Vec::new()));
    variables.into_iter().map(|(name, _)| name).collect()
}

impl Comparison<'_> {
    fn run(&mut self) {
        let lang = self.locale.tag.to_string();
        let categories = plural::categories(&self.locale.tag);
        let variables = self.variable_names();
        let mut args = FluentArgs::new();
        for name in &variables {
            args.set(name.as_str(), FluentValue::from(1));
        }
        for (id, entry) in self.inventory.iter() {
            if !compares(self.only, id, entry) {
                continue;
            }
            let Some(english) = self.english.get(id) else {
                if !self.english.is_broken(id) {
                    self.warn(&entry.at, Problem::Obsolete { id: id.into(), locale: lang.clone() });
                }
                continue;
            };
            if !self.is_source {
                if entry.untranslated {
                    self.warn(&entry.at, Problem::Untranslated { id: id.into(), locale: lang.clone() });
                }
                if english.value.is_some() && entry.value.is_none() {
                    self.error(&entry.at, Problem::EmptyValue { id: id.into() });
                }
                self.compare_attributes(id, entry, english);
            }
            for (attribute, at, usage) in entry.patterns() {
                let name = pattern_name(id, attribute);
                self.check_pattern(&name, at, usage, categories.as_deref());
                if self.is_source {
                    self.check_english_variables(&name, usage);
                } else if let Some(english) = english.pattern(attribute) {
                    self.compare_variables(&name, at, usage, english);
                }
            }
            self.format(id, entry, &args);
        }
        if !self.is_source && self.only.is_none() {
            self.report_missing(&lang);
        }
    }

    /// Every variable either side uses anywhere, so formatting needs no
    /// argument it is not given.
    fn variable_names(&self) -> BTreeSet<String> {
        [self.english, self.inventory]
            .into_iter()
            .flat_map(|inventory| inventory.iter())
            .flat_map(|(_, entry)| entry.patterns())
            .flat_map(|(_, _, usage)| usage.variables.keys().cloned())
            .collect()
    }

    fn compare_attributes(&mut self, id: &str, entry: &Entry, english: &Entry) {
        let lang = self.locale.tag.to_string();
        for (attribute, source) in &english.attributes {
            if !entry.attributes.contains_key(attribute) {
                let problem = Problem::AttributeMissing {
                    id: id.into(),
                    attribute: attribute.clone(),
                    locale: lang.clone(),
                    english: source.at.to_string(),
                };
                self.warn(&entry.at, problem);
            }
        }
        for (attribute, own) in &entry.attributes {
            if !english.attributes.contains_key(attribute) {
                let problem = Problem::AttributeObsolete {
                    id: id.into(),
                    attribute: attribute.clone(),
                    locale: lang.clone(),
                };
                self.warn(&own.at, problem);
            }
        }
    }

    /// What is wrong with a pattern on its own: empty, a reference to
    /// nothing, a plural selector without every variant the language needs.
    fn check_pattern(&mut self, name: &str, at: &Location, usage: &Usage, categories: Option<&[&str]>) {
        if usage.empty {
            self.error(at, Problem::EmptyValue { id: name.into() });
        }
        if let Some(placeholder) = &usage.foreign_placeholder {
            let problem = Problem::ForeignPlaceholder { id: name.into(), placeholder: placeholder.clone() };
            self.error(at, problem);
        }
        for reference in &usage.references {
            if !self.inventory.resolves(reference) {
                let problem = Problem::UnresolvedReference { id: name.into(), reference: reference.name() };
                self.error(&reference.at, problem);
            }
        }
        let Some(categories) = categories else { return };
        for selector in &usage.selectors {
            let keys = &selector.keys;
            let is_plural = keys.iter().all(|k| plural::is_category(k) || k.parse::<f64>().is_ok())
                && keys.iter().any(|k| plural::is_category(k) && k != "other");
            let missing: Vec<&str> =
                categories.iter().copied().filter(|c| !keys.iter().any(|k| k == c)).collect();
            if is_plural && !missing.is_empty() {
                let problem = Problem::PluralCategoriesMissing {
                    id: name.into(),
                    locale: self.locale.tag.to_string(),
                    categories: missing.join(", "),
                };
                self.warn(&selector.at, problem);
            }
        }
    }

    /// An English variable that is not one of the organization's values
    /// but nearly is: a typo, which every language shows as `{$name}`
    /// until it is corrected here, where it was made.
    fn check_english_variables(&mut self, name: &str, usage: &Usage) {
        for (variable, used_at) in &usage.variables {
            if let Some(meant) = self.misspelt_given(variable) {
                let problem = Problem::VariableNotGiven { id: name.into(), variable: variable.clone() };
                let diagnostic = Diagnostic::error(used_at.clone(), problem).with_suggestion(Some(meant));
                self.diagnostics.push(diagnostic);
            }
        }
    }

    /// The organization's value `variable` misspells, as `$name`; none if
    /// it is one, or not close to any.
    fn misspelt_given(&self, variable: &str) -> Option<String> {
        if self.given.iter().any(|g| g == variable) {
            return None;
        }
        closest(variable, self.given.iter().map(String::as_str)).map(|meant| format!("${meant}"))
    }

    /// The program passes only the variables English uses and the
    /// organization's values: another one shows as `{$name}`; one left out
    /// may lose a fact the person needs. A typo is said once: as unknown,
    /// with the name meant, not also as that name left out; and not at all
    /// here when the typo is English's, which is reported in English.
    fn compare_variables(&mut self, name: &str, at: &Location, usage: &Usage, english: &Usage) {
        let mut meant = Vec::new();
        for (variable, used_at) in &usage.variables {
            if english.variables.contains_key(variable) || self.given.contains(variable) {
                continue;
            }
            let known = english.variables.keys().chain(self.given.iter()).map(String::as_str);
            let suggestion = closest(variable, known);
            meant.extend(suggestion.clone());
            let problem = Problem::UnknownVariable { id: name.into(), variable: variable.clone() };
            let suggestion = suggestion.map(|s| format!("${s}"));
            self.diagnostics.push(Diagnostic::error(used_at.clone(), problem).with_suggestion(suggestion));
        }
        for variable in english.variables.keys() {
            let typo = meant.contains(variable) || self.misspelt_given(variable).is_some();
            if !usage.variables.contains_key(variable) && !typo {
                self.warn(at, Problem::DroppedVariable { id: name.into(), variable: variable.clone() });
            }
        }
    }

    /// Formats the value and each attribute once, as the program would.
    /// References to nothing were reported above, in every variant; what is
    /// left are unknown functions, cycles, and references to a message with
    /// no value.
    fn format(&mut self, id: &str, entry: &Entry, args: &FluentArgs) {
        let format = |bundle: &Bundle| {
            let Some(message) = bundle.get_message(id) else { return };
            let attributes = message.attributes().map(|a| (Some(a.id()), a.value()));
            for (attribute, pattern) in message.value().map(|p| (None, p)).into_iter().chain(attributes) {
                let mut errors = Vec::new();
                bundle.format_pattern(pattern, Some(args), &mut errors);
                let at = attribute.and_then(|a| entry.attributes.get(a)).map_or(&entry.at, |a| &a.at);
                for problem in errors.iter().filter_map(|e| format_problem(pattern_name(id, attribute), e)) {
                    self.diagnostics.push(Diagnostic::error(at.clone(), problem));
                }
            }
        };
        match self.read {
            Some(files) => self.locale.bundle.with_files(files, format),
            None => self.locale.bundle.with_all(format),
        }
    }

    /// English messages this locale lacks, pointed at the file of the same
    /// name in this locale, where they belong.
    fn report_missing(&mut self, lang: &str) {
        for (id, english) in self.english.iter() {
            if !self.inventory.contains(id) && !self.inventory.is_broken(id) {
                let file = Location::file(
                    Path::new(&self.locale.place).join(&english.file_name).display().to_string(),
                );
                let problem = Problem::TranslationMissing {
                    id: id.into(),
                    locale: lang.into(),
                    english: english.at.to_string(),
                };
                self.warn(&file, problem);
            }
        }
    }

    fn error(&mut self, at: &Location, problem: Problem) {
        self.diagnostics.push(Diagnostic::error(at.clone(), problem));
    }

    fn warn(&mut self, at: &Location, problem: Problem) {
        self.diagnostics.push(Diagnostic::warning(at.clone(), problem));
    }
}

/// `id`, or `id.attribute` for an attribute.
fn pattern_name(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(attribute) => format!("{id}.{attribute}"),
        None => id.to_string(),
    }
}

/// What formatting found, in our words; `None` for a reference to a
/// message or term, reported above at the reference itself.
fn format_problem(id: String, error: &FluentError) -> Option<Problem> {
    let problem = match error {
        FluentError::ResolverError(ResolverError::Reference(reference)) => match reference {
            ReferenceKind::Function { id: function } => {
                Problem::FormatUnknownFunction { id, function: function.clone() }
            }
            ReferenceKind::Variable { id: variable } => {
                Problem::UnknownVariable { id, variable: variable.clone() }
            }
            ReferenceKind::Message { .. } | ReferenceKind::Term { .. } => return None,
        },
        FluentError::ResolverError(ResolverError::NoValue(reference)) => {
            Problem::FormatNoValue { id, reference: reference.clone() }
        }
        FluentError::ResolverError(ResolverError::Cyclic) => Problem::FormatCycle { id },
        FluentError::ResolverError(ResolverError::TooManyPlaceables) => {
            Problem::FormatTooManyPlaceables { id }
        }
        FluentError::ResolverError(ResolverError::MissingDefault) => Problem::FtlNoDefaultVariant,
        // Only adding a file to a bundle reports these, never formatting.
        FluentError::Overriding { .. } | FluentError::ParserError(_) => return None,
    };
    Some(problem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::source::SourceFile;
    use crate::i18n::locale_index::Encoded;
    use crate::i18n::{LocaleFiles, Unread};

    /// The ids of the messages whose formatting fails, as compared.
    fn failing(compared: Vec<Diagnostic>) -> Vec<String> {
        let ids = compared.into_iter().filter_map(|d| match d.problem {
            Problem::FormatUnknownFunction { id, .. } => Some(id),
            _ => None,
        });
        ids.collect()
    }

    /// A term an organization replaces is compared through the messages
    /// that use it (a term is never formatted on its own); the messages
    /// that do not touch it are left to `check`.
    #[test]
    fn what_refers_to_a_replaced_id_is_compared_and_nothing_else() {
        let ftl = "-brand = { NOPE() }\nuses = Open { -brand }\nother = { NOPE() }\n";
        let file = SourceFile { path: "en/t.ftl".into(), text: ftl.into() };
        let locales = Locales::load(vec![("en".into(), vec![file])], &mut Vec::new());
        let replaced = BTreeMap::from([("en".to_string(), BTreeSet::from(["-brand".to_string()]))]);
        assert_eq!(failing(diagnostics_touching(&locales, &replaced, Vec::new())), ["uses"]);
        assert_eq!(failing(diagnostics(&locales)), ["uses", "other"]);
    }

    /// Of the built-in files, a start reads only those its layers touch:
    /// the one with a message that refers to a replaced one is found from
    /// the built-in index, and a file nothing touches is left to `check`.
    #[test]
    fn a_start_compares_what_refers_to_a_replaced_message_in_the_built_in_files_that_hold_it() {
        let built_in: [(&str, &'static str); 3] = [
            ("locales/en/a.ftl", "uses = Open { target }\n"),
            ("locales/en/b.ftl", "target = T\n"),
            ("locales/en/c.ftl", "other = { NOPE() }\n"),
        ];
        let index = Encoded::new([
            ("other", "c.ftl", vec![], vec![]),
            ("target", "b.ftl", vec![], vec![]),
            ("uses", "a.ftl", vec![], vec!["target"]),
        ]);
        let files = built_in.iter().map(|(path, text)| (*path, text.as_bytes())).collect();
        let built_in = LocaleFiles::BuiltIn(Unread { files, index: index.unwrap().leak() });
        let organization = SourceFile { path: "org/en/b.ftl".into(), text: "target = { NOPE() }\n".into() };
        let layers = vec![
            vec![("en".to_string(), built_in)],
            vec![("en".to_string(), LocaleFiles::Read(vec![organization]))],
        ];
        let locales = Locales::load_layered(layers, &mut Vec::new());
        let replaced = BTreeMap::from([("en".to_string(), BTreeSet::from(["target".to_string()]))]);
        assert_eq!(failing(diagnostics_touching(&locales, &replaced, Vec::new())), ["target", "uses"]);
    }
}
