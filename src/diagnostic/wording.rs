//! Diagnostics in words, in the reader's language: the one place that
//! turns a [`Problem`] into text. Its message is `diag-<code>` and its hint
//! `diag-<code>-hint` where the locale has one, each formatted with the
//! problem's fields.

use super::{Diagnostic, Problem, Severity};
use crate::i18n::Localizer;
use crate::messages::diag as ids;
use crate::sanitize::{excerpt, one_line};

/// Longest name or detail quoted in a message, in characters: a key or a
/// parser's message can hold a whole line of the file, which may be a
/// megabyte long.
const MAX_ARGUMENT_CHARS: usize = 200;

/// The id of the message that states a problem.
pub(super) fn message_id(problem: &Problem) -> String {
    format!("{}{}", ids::PREFIX, problem.code())
}

/// The id of the message that says how to fix a problem, where one helps.
pub(super) fn hint_id(problem: &Problem) -> String {
    format!("{}{}{}", ids::PREFIX, problem.code(), ids::HINT_SUFFIX)
}

/// A problem worded and ready to print, wherever it was found: in a
/// content file (a [`Diagnostic`], which puts its place in front) or on the
/// command line.
pub struct DiagnosticText {
    pub severity: Severity,
    pub message: String,
    /// A name the person probably meant.
    pub suggestion: Option<String>,
    pub hint: Option<String>,
}

impl DiagnosticText {
    /// `severity: message (did you mean …?)`, and the hint on a line of
    /// its own.
    pub fn render(&self, l10n: &Localizer) -> String {
        let severity = match self.severity {
            Severity::Error => l10n.text(ids::ERROR),
            Severity::Warning => l10n.text(ids::WARNING),
        };
        let mut out = format!("{severity}: {}", self.message);
        if let Some(suggestion) = &self.suggestion {
            let did_you_mean = l10n.format(ids::DID_YOU_MEAN, &[("name", suggestion.clone())]);
            out.push_str(&format!(" ({did_you_mean})"));
        }
        if let Some(hint) = &self.hint {
            let hint_label = l10n.text(ids::HINT);
            out.push_str(&format!("\n  {hint_label}: {hint}"));
        }
        out
    }
}

impl Diagnostic {
    /// `file:line:col: error: what (did you mean …?)` and, when there is one,
    /// a second line with a hint.
    pub fn render(&self, l10n: &Localizer) -> String {
        let text = DiagnosticText {
            severity: self.severity,
            message: self.message(l10n),
            suggestion: self.suggestion.clone(),
            hint: self.hint(l10n),
        };
        format!("{}: {}", self.location, text.render(l10n))
    }

    /// What is wrong, in words.
    pub fn message(&self, l10n: &Localizer) -> String {
        l10n.format(&message_id(&self.problem), &borrowed(&self.arguments_in(l10n)))
    }

    /// How to fix it, in words, where a hint helps.
    pub fn hint(&self, l10n: &Localizer) -> Option<String> {
        let id = hint_id(&self.problem);
        l10n.has(&id).then(|| l10n.format(&id, &borrowed(&self.arguments_in(l10n))))
    }

    /// The kind of problem for machines (`--format json`): stable, the
    /// message id without `diag-`.
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }

    /// The names the message is built from (node, id, locale, …), each
    /// cut to a length a message can hold and made safe: `--format json`
    /// prints them as they are.
    pub fn arguments(&self) -> Vec<(String, String)> {
        self.problem.fields().into_iter().map(|(name, value)| (name, bounded(&value))).collect()
    }

    /// [`Self::arguments`] as a message in `l10n`'s language quotes them:
    /// what the system said about a file, in that language where it can be
    /// (the arguments keep the system's own text, for machines).
    fn arguments_in(&self, l10n: &Localizer) -> Vec<(String, String)> {
        match &self.problem {
            Problem::ReadFailed { error } => vec![("detail".into(), bounded(&error.describe(l10n)))],
            _ => self.arguments(),
        }
    }
}

fn borrowed(arguments: &[(String, String)]) -> Vec<(&str, String)> {
    arguments.iter().map(|(name, value)| (name.as_str(), value.clone())).collect()
}

/// A name or detail as a message quotes it: cut short, one safe line.
pub(super) fn bounded(text: &str) -> String {
    one_line(&excerpt(text, MAX_ARGUMENT_CHARS))
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;
    use crate::content::source::SourceFile;
    use crate::translation::ftl::Inventory;

    /// A variable a message uses that its problem has no field for shows
    /// as `{$name}` to every author.
    #[test]
    fn every_variable_a_problems_words_use_is_one_of_its_fields() {
        for lang in ["en", "da"] {
            let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
            let path = folder.join("diagnostics.ftl");
            let text = std::fs::read_to_string(&path).unwrap();
            let inventory = Inventory::read(&[SourceFile { path: path.display().to_string(), text }]);
            for problem in Problem::iter() {
                let fields: Vec<String> = problem.fields().into_iter().map(|(name, _)| name).collect();
                for id in [message_id(&problem), hint_id(&problem)] {
                    let Some(usage) = inventory.get(&id).and_then(|entry| entry.value.as_ref()) else {
                        continue;
                    };
                    for variable in usage.variables.keys() {
                        assert!(fields.contains(variable), "{lang} {id} uses ${variable}, not in {fields:?}");
                    }
                }
            }
        }
    }
}
