//! Everything `mfa-doctor check` reports: what loading finds (flows, config,
//! locales against the flows) and what comparing each locale with English
//! finds, each said once, in file order; and its JSON form for CI.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Diagnostic, Problem, Severity};
use crate::content;
use crate::content::lookup::Layer;
use crate::facts::Date;
use crate::flow::Catalog;
use crate::i18n::Locales;
use crate::i18n::Localizer;
use crate::translation::compare;
use crate::translation::ftl::Inventory;

/// Version of the JSON shape; it changes only when a field changes meaning
/// or goes away.
pub(crate) const JSON_VERSION: u32 = 1;

/// How old a node's source may be before `check` asks for a fresh look.
#[derive(Debug, Clone, Copy)]
pub struct MaxAge {
    pub today: Date,
    pub days: i64,
}

/// A source is checked once a year unless told otherwise.
pub const DEFAULT_MAX_AGE_DAYS: i64 = 365;

/// Every problem, sorted by file, line and column.
pub fn all(layers: &[Layer], max_age: MaxAge) -> Vec<Diagnostic> {
    let (loaded, spare) = content::load_keeping_locales(layers);
    let locales = spare.as_ref().or(loaded.content.as_ref().map(|c| &c.locales));
    let compared = locales.map(compare::diagnostics).unwrap_or_default();
    let stale = loaded.content.as_ref().map(|c| stale_sources(&c.catalog, max_age)).unwrap_or_default();
    let broken = locales.map(broken_messages).unwrap_or_default();
    let mut all: Vec<Diagnostic> = loaded
        .diagnostics
        .into_iter()
        .filter(|d| !restated_by_comparison(d) && !missing_as_broken(d, &broken))
        .chain(compared)
        .chain(stale)
        .collect();
    all.sort_by(|a, b| a.location.cmp(&b.location));
    all
}

/// Sources last checked longer ago than `max_age` allows, each at its
/// `checked:` date.
fn stale_sources(catalog: &Catalog, max_age: MaxAge) -> Vec<Diagnostic> {
    let sources = catalog.nodes().flat_map(|at| catalog.sources(at));
    sources
        .filter_map(|source| {
            let days = source.checked.days_until(max_age.today);
            (days > max_age.days).then(|| {
                let problem = Problem::SourceStale {
                    url: source.url.clone(),
                    checked: source.checked.to_string(),
                    days,
                };
                Diagnostic::warning(source.location.clone(), problem)
            })
        })
        .collect()
}

/// A translation that lacks a message or a title the flows use: the
/// comparison reports it in the translation's own file, where the fix goes,
/// rather than at the flow.
fn restated_by_comparison(diagnostic: &Diagnostic) -> bool {
    diagnostic.severity == Severity::Warning
        && matches!(diagnostic.problem, Problem::MessageMissing { .. } | Problem::TitleMissing { .. })
}

/// Each locale's messages and terms the parser could not read, by tag.
fn broken_messages(locales: &Locales) -> Vec<(String, Inventory)> {
    locales.iter().map(|locale| (locale.tag.to_string(), Inventory::read(&locale.files))).collect()
}

/// A message the flows use, "missing" because its text could not be read:
/// the syntax error, at its place, is the one problem.
fn missing_as_broken(diagnostic: &Diagnostic, broken: &[(String, Inventory)]) -> bool {
    let (Problem::MessageMissing { id, locale } | Problem::TitleMissing { id, locale }) = &diagnostic.problem
    else {
        return false;
    };
    broken.iter().any(|(tag, inventory)| tag == locale && inventory.is_broken(id))
}

/// The whole report as JSON; the shape is documented in `flows/README.md`.
pub fn to_json(diagnostics: &[Diagnostic], l10n: &Localizer) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let report = JsonReport {
        version: JSON_VERSION,
        errors,
        warnings: diagnostics.len() - errors,
        diagnostics: diagnostics.iter().map(|d| JsonDiagnostic::new(d, l10n)).collect(),
    };
    crate::sanitize::json_safe(&serde_json::to_string_pretty(&report).unwrap_or_default())
}

#[derive(Serialize)]
struct JsonReport {
    version: u32,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Serialize)]
struct JsonDiagnostic {
    severity: &'static str,
    code: &'static str,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    hint: Option<String>,
    suggestion: Option<String>,
    arguments: BTreeMap<String, String>,
}

impl JsonDiagnostic {
    fn new(diagnostic: &Diagnostic, l10n: &Localizer) -> Self {
        let known = |n: usize| (n > 0).then_some(n);
        Self {
            severity: match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            code: diagnostic.code(),
            file: diagnostic.location.file.to_string(),
            line: known(diagnostic.location.line),
            column: known(diagnostic.location.column),
            message: diagnostic.message(l10n),
            hint: diagnostic.hint(l10n),
            suggestion: diagnostic.suggestion.clone(),
            arguments: diagnostic.arguments().into_iter().collect(),
        }
    }
}
