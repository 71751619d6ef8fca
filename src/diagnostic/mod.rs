//! Problems found in content, config and ticket files, and on the
//! command line: a [`Diagnostic`] is one problem found (what, where, how
//! bad), kept as data; `wording` says it in the reader's language from the
//! `diag-*` messages, whose ids derive from the [`Problem`] variants.
//! `collect` gathers every diagnostic `mfa-doctor check` reports;
//! `io_error` words what the operating system said.

pub mod collect;
pub mod io_error;
mod problem;
mod suggest;
mod wording;

use std::fmt;
use std::sync::Arc;

pub use problem::{Problem, Via};
pub use suggest::{SUGGESTION_BUDGET, closest, reset_suggestion_budget};
pub use wording::DiagnosticText;

use crate::sanitize::one_line;

/// Where a problem is: a file, and a 1-based line and column when known.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// Shared: every node and option of a file is located in it.
    pub file: Arc<str>,
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// A path is shown as it is, less anything that could drive the
    /// terminal: a file name may hold an escape sequence too.
    pub fn new(file: impl Into<String>, line: usize, column: usize) -> Self {
        Self { file: one_line(&file.into()).into(), line, column }
    }

    /// The whole file, for problems that have no better place.
    pub fn file(file: impl Into<String>) -> Self {
        Self::new(file, 0, 0)
    }
}

/// Stored with the built-in flows' catalog (see [`crate::flow::Catalog`])
/// as `(file, line, column)`.
impl serde::Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&(&*self.file, self.line, self.column), serializer)
    }
}

/// Read back from the program's own bytes, the locations of one file share
/// one copy of its name, as when flows are linked from their text: the
/// catalog lists the locations of a file together, so remembering the
/// last file read is enough.
impl<'de> serde::Deserialize<'de> for Location {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        thread_local! {
            static LAST_FILE: std::cell::RefCell<Option<Arc<str>>> = const { std::cell::RefCell::new(None) };
        }
        let (file, line, column) = <(&str, usize, usize)>::deserialize(deserializer)?;
        let file = LAST_FILE.with_borrow_mut(|last| match last {
            Some(shared) if **shared == *file => Arc::clone(shared),
            _ => Arc::clone(last.insert(Arc::from(file))),
        });
        Ok(Self { file, line, column })
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => write!(f, "{}", self.file),
            (line, 0) => write!(f, "{}:{line}", self.file),
            (line, column) => write!(f, "{}:{line}:{column}", self.file),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, where it is, how bad it is, and a likely fix for a typo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub location: Location,
    pub problem: Problem,
    /// A near-miss name the author probably meant ("did you mean …").
    pub suggestion: Option<String>,
}

impl Diagnostic {
    pub fn error(location: Location, problem: Problem) -> Self {
        Self { severity: Severity::Error, location, problem, suggestion: None }
    }

    pub fn warning(location: Location, problem: Problem) -> Self {
        Self { severity: Severity::Warning, location, problem, suggestion: None }
    }

    pub fn with_suggestion(mut self, suggestion: Option<String>) -> Self {
        self.suggestion = suggestion.as_deref().map(wording::bounded);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A parser's message without the " at line L column C" that serde_yaml
/// and serde_json append, and what libyaml says after it (", while
/// scanning … at line …"): a diagnostic prints the place first.
pub fn without_place(message: &str) -> String {
    let end = message.find(" at line ").unwrap_or(message.len());
    message.get(..end).unwrap_or(message).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_print_like_a_compiler() {
        assert_eq!(Location::new("flows/a.yaml", 14, 9).to_string(), "flows/a.yaml:14:9");
        assert_eq!(Location::file("locales/da").to_string(), "locales/da");
    }

    #[test]
    fn a_parsers_place_and_what_it_was_reading_are_cut_from_its_words() {
        let libyaml =
            "did not find the expected '>' at line 6 column 20, while scanning a tag at line 6 column 16";
        assert_eq!(without_place(libyaml), "did not find the expected '>'");
        assert_eq!(without_place("missing field `id`"), "missing field `id`");
    }
}
