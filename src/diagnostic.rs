//! Problems found in flow, locale and config files. A diagnostic carries a
//! message id and its arguments, never prose: the words come from the
//! `diag-*` messages in `locales/`, so authors read them in their language.

use std::fmt;
use std::sync::Arc;

use crate::i18n::Localizer;
use crate::io_error::IoFailure;
use crate::sanitize::{excerpt, one_line};

/// A problem in words, wherever it was found: in a content file (a
/// [`Diagnostic`], which puts its place in front) or on the command line.
pub(crate) struct Said {
    pub severity: Severity,
    pub message: String,
    /// A name the person probably meant.
    pub suggestion: Option<String>,
    pub hint: Option<String>,
}

impl Said {
    /// `severity: message (did you mean …?)`, and the hint on a line of
    /// its own.
    pub(crate) fn render(&self, l10n: &Localizer) -> String {
        let severity = match self.severity {
            Severity::Error => l10n.text("diag-error"),
            Severity::Warning => l10n.text("diag-warning"),
        };
        let mut out = format!("{severity}: {}", self.message);
        if let Some(suggestion) = &self.suggestion {
            let did_you_mean = l10n.format("diag-did-you-mean", &[("name", suggestion.clone())]);
            out.push_str(&format!(" ({did_you_mean})"));
        }
        if let Some(hint) = &self.hint {
            let hint_label = l10n.text("diag-hint");
            out.push_str(&format!("\n  {hint_label}: {hint}"));
        }
        out
    }
}

/// Longest name or detail quoted in a message, in characters: a key or a
/// parser's message can hold a whole line of the file, which may be a
/// megabyte long.
const MAX_ARGUMENT_CHARS: usize = 200;
/// Names longer than this get no "did you mean": ids are short, and
/// comparing two long strings costs the product of their lengths.
const MAX_SUGGESTED_NAME: usize = 100;

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

/// How a link leaves its node, for wording "option of node x goes to …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Option,
    Solved,
    Unsolved,
    Start,
    Rule,
    Otherwise,
}

impl Via {
    fn as_arg(self) -> &'static str {
        match self {
            Via::Option => "option",
            Via::Solved => "solved",
            Via::Unsolved => "unsolved",
            Via::Start => "start",
            Via::Rule => "rule",
            Via::Otherwise => "otherwise",
        }
    }
}

/// Every kind of problem the loader reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Worded when rendered, in the reader's language.
    ReadFailed {
        error: IoFailure,
    },
    NotAFile,
    /// In a content folder, under a content file's name: a directory, a
    /// device, a pipe (read as nothing, or never ending).
    NotAFileHere,
    /// A file name that is not UTF-8 in a content folder: not read.
    NameNotUtf8,
    /// `X.YAML`, `x.Ftl`: not read, as only the lower-case ending is.
    EndingCase {
        found: String,
        expected: String,
    },
    /// `EN/` beside `en/`: one language in two folders; `kept` is read.
    LocaleFolderTwice {
        kept: String,
    },
    FileTooLarge {
        limit_kib: usize,
    },
    TooManyFiles {
        limit: usize,
    },
    TooMuchContent {
        limit_mib: usize,
    },
    TooManyValues {
        limit: usize,
    },
    NestingTooDeep {
        limit: usize,
    },
    TooManyFlows {
        limit: usize,
    },
    TooManyNodes {
        flow: String,
        limit: usize,
    },
    TooManyNodesInAll {
        limit: usize,
    },
    BadLocaleTag {
        tag: String,
    },
    NotUtf8,
    TabIndent,
    YamlSyntax {
        detail: String,
    },
    /// A value of the wrong kind (text where a list belongs, …).
    BadValue {
        detail: String,
    },
    FtlSyntax {
        detail: String,
    },
    /// A value of another kind than its key takes; kinds are named by
    /// codes the message words (`text`, `list`, `node`, …).
    WrongKind {
        key: String,
        found: String,
        expected: String,
        /// `yes` when text holds a colon with no space after it.
        colon: String,
    },
    UnknownKey {
        key: String,
    },
    NoKind {
        node: String,
    },
    ManyKinds {
        node: String,
        kinds: String,
    },
    KeyNotForKind {
        node: String,
        key: String,
    },
    NoOptions {
        node: String,
    },
    TooManyOptions {
        node: String,
        max: usize,
    },
    MissingTarget {
        node: String,
        key: String,
    },
    DuplicateFlow {
        flow: String,
        first: String,
    },
    DuplicateNode {
        node: String,
    },
    DuplicateMessage {
        id: String,
    },
    UnknownFlow {
        node: String,
        via: Via,
        target: String,
    },
    UnknownNode {
        node: String,
        via: Via,
        target: String,
    },
    /// A flow id, node id or link that is not a plain name
    /// ([`crate::flow::is_name`]); `kind` is `flow`, `node` or `link`.
    BadName {
        kind: &'static str,
        name: String,
        limit: usize,
    },
    NoTriage {
        triage: String,
    },
    /// A flow's `triage: under:` names no question of the triage.
    TriageUnknownQuestion {
        question: String,
        known: String,
    },
    /// A flow would add a tenth answer to a triage question.
    TriageFull {
        question: String,
        max: usize,
    },
    RuleCount {
        node: String,
        max: usize,
    },
    UnknownFact {
        fact: String,
        known: String,
    },
    UnknownFactValue {
        fact: String,
        value: String,
        known: String,
    },
    OrgNeedsIs {
        node: String,
    },
    BadDate {
        value: String,
    },
    EmptyCondition {
        node: String,
    },
    BranchLoop {
        node: String,
    },
    /// A node's source was last checked more than the allowed age ago.
    SourceStale {
        url: String,
        checked: String,
        days: i64,
    },
    Unreachable {
        node: String,
    },
    FlowUnreachable {
        flow: String,
    },
    DeadEnd {
        node: String,
    },
    MessageMissing {
        id: String,
        locale: String,
    },
    TitleMissing {
        id: String,
        locale: String,
    },
    NoLocales {
        locale: String,
    },
    // Found by comparing each locale with English (`i18n::compare`). An `id`
    // names a message, `-term`, or `message.attribute`.
    TranslationMissing {
        id: String,
        locale: String,
        english: String,
    },
    Obsolete {
        id: String,
        locale: String,
    },
    AttributeMissing {
        id: String,
        attribute: String,
        locale: String,
        english: String,
    },
    AttributeObsolete {
        id: String,
        attribute: String,
        locale: String,
    },
    EmptyValue {
        id: String,
    },
    ForeignPlaceholder {
        id: String,
        placeholder: String,
    },
    UnresolvedReference {
        id: String,
        reference: String,
    },
    UnknownVariable {
        id: String,
        variable: String,
    },
    DroppedVariable {
        id: String,
        variable: String,
    },
    PluralCategoriesMissing {
        id: String,
        locale: String,
        categories: String,
    },
    FormatFailed {
        id: String,
        detail: String,
    },
    Untranslated {
        id: String,
        locale: String,
    },
    // Reading a saved ticket back (`--resume`).
    TicketUnreadable {
        detail: String,
    },
    TicketSchema {
        found: String,
    },
    TicketStepMismatch {
        step: usize,
        node: String,
    },
}

impl Problem {
    /// The Fluent message id and arguments of the sentence that states it.
    fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        use Problem::*;
        match self {
            ReadFailed { error } => ("diag-read-failed", vec![("detail", error.system_text().to_string())]),
            NotAFile => ("diag-not-a-file", vec![]),
            NotAFileHere => ("diag-not-a-file-here", vec![]),
            NameNotUtf8 => ("diag-name-not-utf8", vec![]),
            EndingCase { found, expected } => {
                ("diag-ending-case", vec![("found", found.clone()), ("expected", expected.clone())])
            }
            LocaleFolderTwice { kept } => ("diag-locale-folder-twice", vec![("kept", kept.clone())]),
            FileTooLarge { limit_kib } => ("diag-file-too-large", vec![("limit", limit_kib.to_string())]),
            TooManyFiles { limit } => ("diag-too-many-files", vec![("limit", limit.to_string())]),
            TooMuchContent { limit_mib } => ("diag-too-much-content", vec![("limit", limit_mib.to_string())]),
            TooManyValues { limit } => ("diag-too-many-values", vec![("limit", limit.to_string())]),
            NestingTooDeep { limit } => ("diag-nesting-too-deep", vec![("limit", limit.to_string())]),
            TooManyFlows { limit } => ("diag-too-many-flows", vec![("limit", limit.to_string())]),
            TooManyNodes { flow, limit } => {
                ("diag-too-many-nodes", vec![("flow", flow.clone()), ("limit", limit.to_string())])
            }
            TooManyNodesInAll { limit } => ("diag-too-many-nodes-in-all", vec![("limit", limit.to_string())]),
            BadLocaleTag { tag } => ("diag-bad-locale-tag", vec![("tag", tag.clone())]),
            NotUtf8 => ("diag-not-utf8", vec![]),
            TabIndent => ("diag-tab-indent", vec![]),
            YamlSyntax { detail } => ("diag-yaml-syntax", vec![("detail", detail.clone())]),
            BadValue { detail } => ("diag-bad-value", vec![("detail", detail.clone())]),
            WrongKind { key, found, expected, colon } => (
                "diag-wrong-kind",
                vec![
                    ("place", if key.is_empty() { "file" } else { "key" }.into()),
                    ("key", key.clone()),
                    ("found", found.clone()),
                    ("expected", expected.clone()),
                    ("colon", colon.clone()),
                ],
            ),
            FtlSyntax { detail } => ("diag-ftl-syntax", vec![("detail", detail.clone())]),
            UnknownKey { key } => ("diag-unknown-key", vec![("key", key.clone())]),
            NoKind { node } => ("diag-no-kind", vec![("node", node.clone())]),
            ManyKinds { node, kinds } => {
                ("diag-many-kinds", vec![("node", node.clone()), ("kinds", kinds.clone())])
            }
            KeyNotForKind { node, key } => {
                ("diag-key-not-for-kind", vec![("node", node.clone()), ("key", key.clone())])
            }
            NoOptions { node } => ("diag-no-options", vec![("node", node.clone())]),
            TooManyOptions { node, max } => {
                ("diag-too-many-options", vec![("node", node.clone()), ("max", max.to_string())])
            }
            MissingTarget { node, key } => {
                ("diag-missing-target", vec![("node", node.clone()), ("key", key.clone())])
            }
            DuplicateFlow { flow, first } => {
                ("diag-duplicate-flow", vec![("flow", flow.clone()), ("first", first.clone())])
            }
            DuplicateNode { node } => ("diag-duplicate-node", vec![("node", node.clone())]),
            DuplicateMessage { id } => ("diag-duplicate-message", vec![("id", id.clone())]),
            UnknownFlow { node, via, target } => (
                "diag-unknown-flow",
                vec![("node", node.clone()), ("via", via.as_arg().into()), ("target", target.clone())],
            ),
            UnknownNode { node, via, target } => (
                "diag-unknown-node",
                vec![("node", node.clone()), ("via", via.as_arg().into()), ("target", target.clone())],
            ),
            NoTriage { triage } => ("diag-no-triage", vec![("triage", triage.clone())]),
            TriageUnknownQuestion { question, known } => (
                "diag-triage-unknown-question",
                vec![("question", question.clone()), ("known", known.clone())],
            ),
            TriageFull { question, max } => {
                ("diag-triage-full", vec![("question", question.clone()), ("max", max.to_string())])
            }
            RuleCount { node, max } => {
                ("diag-rule-count", vec![("node", node.clone()), ("max", max.to_string())])
            }
            UnknownFact { fact, known } => {
                ("diag-unknown-fact", vec![("fact", fact.clone()), ("known", known.clone())])
            }
            UnknownFactValue { fact, value, known } => (
                "diag-unknown-fact-value",
                vec![("fact", fact.clone()), ("value", value.clone()), ("known", known.clone())],
            ),
            OrgNeedsIs { node } => ("diag-org-needs-is", vec![("node", node.clone())]),
            BadDate { value } => ("diag-bad-date", vec![("value", value.clone())]),
            EmptyCondition { node } => ("diag-empty-condition", vec![("node", node.clone())]),
            BranchLoop { node } => ("diag-branch-loop", vec![("node", node.clone())]),
            SourceStale { url, checked, days } => (
                "diag-source-stale",
                vec![("url", url.clone()), ("checked", checked.clone()), ("days", days.to_string())],
            ),
            Unreachable { node } => ("diag-unreachable", vec![("node", node.clone())]),
            FlowUnreachable { flow } => ("diag-flow-unreachable", vec![("flow", flow.clone())]),
            DeadEnd { node } => ("diag-dead-end", vec![("node", node.clone())]),
            MessageMissing { id, locale } => {
                ("diag-message-missing", vec![("id", id.clone()), ("locale", locale.clone())])
            }
            TitleMissing { id, locale } => {
                ("diag-title-missing", vec![("id", id.clone()), ("locale", locale.clone())])
            }
            NoLocales { locale } => ("diag-no-locales", vec![("locale", locale.clone())]),
            TicketUnreadable { detail } => ("diag-ticket-unreadable", vec![("detail", detail.clone())]),
            TicketSchema { found } => ("diag-ticket-schema", vec![("found", found.clone())]),
            BadName { kind, name, limit } => (
                "diag-bad-name",
                vec![("kind", (*kind).to_string()), ("name", name.clone()), ("limit", limit.to_string())],
            ),
            TicketStepMismatch { step, node } => {
                ("diag-ticket-step-mismatch", vec![("step", step.to_string()), ("node", node.clone())])
            }
            TranslationMissing { id, locale, english } => (
                "diag-translation-missing",
                vec![("id", id.clone()), ("locale", locale.clone()), ("english", english.clone())],
            ),
            Obsolete { id, locale } => {
                ("diag-obsolete", vec![("id", id.clone()), ("locale", locale.clone())])
            }
            AttributeMissing { id, attribute, locale, english } => (
                "diag-attribute-missing",
                vec![
                    ("id", id.clone()),
                    ("attribute", attribute.clone()),
                    ("locale", locale.clone()),
                    ("english", english.clone()),
                ],
            ),
            AttributeObsolete { id, attribute, locale } => (
                "diag-attribute-obsolete",
                vec![("id", id.clone()), ("attribute", attribute.clone()), ("locale", locale.clone())],
            ),
            EmptyValue { id } => ("diag-empty-value", vec![("id", id.clone())]),
            ForeignPlaceholder { id, placeholder } => {
                ("diag-foreign-placeholder", vec![("id", id.clone()), ("placeholder", placeholder.clone())])
            }
            UnresolvedReference { id, reference } => {
                ("diag-unresolved-reference", vec![("id", id.clone()), ("reference", reference.clone())])
            }
            UnknownVariable { id, variable } => {
                ("diag-unknown-variable", vec![("id", id.clone()), ("variable", variable.clone())])
            }
            DroppedVariable { id, variable } => {
                ("diag-dropped-variable", vec![("id", id.clone()), ("variable", variable.clone())])
            }
            PluralCategoriesMissing { id, locale, categories } => (
                "diag-plural-categories-missing",
                vec![("id", id.clone()), ("locale", locale.clone()), ("categories", categories.clone())],
            ),
            FormatFailed { id, detail } => {
                ("diag-format-failed", vec![("id", id.clone()), ("detail", detail.clone())])
            }
            Untranslated { id, locale } => {
                ("diag-untranslated", vec![("id", id.clone()), ("locale", locale.clone())])
            }
        }
    }

    /// The id of a sentence saying how to fix it, where one helps.
    fn hint(&self) -> Option<&'static str> {
        use Problem::*;
        Some(match self {
            NotAFile => "diag-not-a-file-hint",
            NotAFileHere => "diag-not-a-file-here-hint",
            NameNotUtf8 => "diag-name-not-utf8-hint",
            EndingCase { .. } => "diag-ending-case-hint",
            LocaleFolderTwice { .. } => "diag-locale-folder-twice-hint",
            ReadFailed { .. } => "diag-read-failed-hint",
            FileTooLarge { .. } => "diag-file-too-large-hint",
            TooManyFiles { .. } | TooMuchContent { .. } => "diag-too-much-content-hint",
            TooManyValues { .. } => "diag-too-many-values-hint",
            NestingTooDeep { .. } => "diag-nesting-too-deep-hint",
            TooManyFlows { .. } | TooManyNodes { .. } | TooManyNodesInAll { .. } => {
                "diag-too-many-nodes-hint"
            }
            NotUtf8 => "diag-not-utf8-hint",
            TabIndent => "diag-tab-indent-hint",
            BadLocaleTag { .. } => "diag-bad-locale-tag-hint",
            YamlSyntax { .. } => "diag-yaml-syntax-hint",
            BadValue { .. } => "diag-bad-value-hint",
            WrongKind { .. } => "diag-wrong-kind-hint",
            FtlSyntax { .. } => "diag-ftl-syntax-hint",
            NoKind { .. } | ManyKinds { .. } => "diag-kind-hint",
            KeyNotForKind { .. } => "diag-key-not-for-kind-hint",
            MissingTarget { .. } => "diag-missing-target-hint",
            Unreachable { .. } | FlowUnreachable { .. } => "diag-unreachable-hint",
            DeadEnd { .. } => "diag-dead-end-hint",
            RuleCount { .. } | EmptyCondition { .. } | OrgNeedsIs { .. } => "diag-condition-hint",
            UnknownFact { .. } | UnknownFactValue { .. } => "diag-unknown-fact-hint",
            BadDate { .. } => "diag-bad-date-hint",
            BranchLoop { .. } => "diag-branch-loop-hint",
            TriageUnknownQuestion { .. } => "diag-triage-unknown-question-hint",
            TriageFull { .. } => "diag-triage-full-hint",
            SourceStale { .. } => "diag-source-stale-hint",
            MessageMissing { .. } | TitleMissing { .. } => "diag-message-missing-hint",
            NoLocales { .. } => "diag-no-locales-hint",
            TicketUnreadable { .. } | TicketSchema { .. } => "diag-ticket-hint",
            TicketStepMismatch { .. } => "diag-ticket-step-mismatch-hint",
            BadName { .. } => "diag-bad-name-hint",
            TranslationMissing { .. } => "diag-translation-missing-hint",
            Obsolete { .. } => "diag-obsolete-hint",
            AttributeMissing { .. } => "diag-attribute-missing-hint",
            AttributeObsolete { .. } => "diag-attribute-obsolete-hint",
            EmptyValue { .. } => "diag-empty-value-hint",
            ForeignPlaceholder { .. } => "diag-foreign-placeholder-hint",
            UnresolvedReference { .. } => "diag-unresolved-reference-hint",
            UnknownVariable { .. } => "diag-unknown-variable-hint",
            DroppedVariable { .. } => "diag-dropped-variable-hint",
            PluralCategoriesMissing { .. } => "diag-plural-categories-missing-hint",
            FormatFailed { .. } => "diag-format-failed-hint",
            Untranslated { .. } => "diag-untranslated-hint",
            _ => return None,
        })
    }
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

    pub(crate) fn with_suggestion(mut self, suggestion: Option<String>) -> Self {
        self.suggestion = suggestion.as_deref().map(bounded);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col: error: what (did you mean …?)` and, when there is one,
    /// a second line with a hint.
    pub fn render(&self, l10n: &Localizer) -> String {
        let said = Said {
            severity: self.severity,
            message: self.message(l10n),
            suggestion: self.suggestion.clone(),
            hint: self.hint(l10n),
        };
        format!("{}: {}", self.location, said.render(l10n))
    }

    /// What is wrong, in words.
    pub fn message(&self, l10n: &Localizer) -> String {
        l10n.format(self.problem.message().0, &self.arguments_in(l10n))
    }

    /// How to fix it, in words, where a hint helps.
    pub fn hint(&self, l10n: &Localizer) -> Option<String> {
        let hint = self.problem.hint()?;
        Some(l10n.format(hint, &self.arguments_in(l10n)))
    }

    /// The kind of problem for machines (`--format json`): stable, the
    /// message id without `diag-`.
    pub fn code(&self) -> &'static str {
        let (id, _) = self.problem.message();
        id.strip_prefix("diag-").unwrap_or(id)
    }

    /// The names the message is built from (node, id, locale, …), each
    /// cut to a length a message can hold and made safe: `--format json`
    /// prints them as they are.
    pub fn arguments(&self) -> Vec<(&'static str, String)> {
        let (_, args) = self.problem.message();
        args.into_iter().map(|(name, value)| (name, bounded(&value))).collect()
    }

    /// [`Self::arguments`] as a message in `l10n`'s language quotes them:
    /// what the system said about a file, in that language where it can be
    /// (the arguments keep the system's own text, for machines).
    fn arguments_in(&self, l10n: &Localizer) -> Vec<(&'static str, String)> {
        match &self.problem {
            Problem::ReadFailed { error } => vec![("detail", bounded(&error.describe(l10n)))],
            _ => self.arguments(),
        }
    }
}

/// A name or detail as a message quotes it: cut short, one safe line.
fn bounded(text: &str) -> String {
    one_line(&excerpt(text, MAX_ARGUMENT_CHARS))
}

/// A parser's message without the " at line L column C" that serde_yaml
/// and serde_json append: a diagnostic prints the place first.
pub(crate) fn without_place(message: &str) -> String {
    let end = message.rfind(" at line ").unwrap_or(message.len());
    message.get(..end).unwrap_or(message).to_string()
}

/// Characters compared, summed as the product of two names' lengths, that
/// "did you mean" may spend in one run (a load of the flows, a check):
/// a few milliseconds. A file of a thousand misspelt long links gets suggestions
/// for the first ones and then none, not seconds of comparing.
pub(crate) const SUGGESTION_BUDGET: usize = 1_000_000;

thread_local! {
    static SUGGESTIONS_LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(SUGGESTION_BUDGET) };
}

/// Gives "did you mean" its whole budget again: at the start of a run.
pub(crate) fn reset_suggestion_budget() {
    SUGGESTIONS_LEFT.with(|left| left.set(SUGGESTION_BUDGET));
}

/// The closest of `candidates` to a misspelt `name`, if one is close enough
/// to be a likely typo. Each comparison is paid from the run's budget
/// ([`SUGGESTION_BUDGET`]); once it is spent, no more are made.
pub(crate) fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    if name.len() > MAX_SUGGESTED_NAME {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if c.len() > MAX_SUGGESTED_NAME {
            continue;
        }
        let most = (c.len().max(name.len()) / 3).max(1);
        // The distance is at least the difference in length: free to rule out.
        if c.len().abs_diff(name.len()) > most {
            continue;
        }
        let cost = (name.len() + 2) * (c.len() + 2);
        let paid = SUGGESTIONS_LEFT.with(|left| {
            let paid = left.get() >= cost;
            left.set(left.get().saturating_sub(cost));
            paid
        });
        if !paid {
            break;
        }
        // Transpositions count one edit, as in Damerau-Levenshtein, but
        // without its per-comparison hash map: several times faster.
        let distance = strsim::osa_distance(name, c);
        if distance > 0 && distance <= most && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, c));
        }
    }
    best.map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suggestion_budget_runs_out() {
        reset_suggestion_budget();
        let long = "x".repeat(99);
        let candidates: Vec<String> = (0..500).map(|i| format!("{:0>99}", i)).collect();
        let started = std::time::Instant::now();
        for _ in 0..1000 {
            closest(&long, candidates.iter().map(String::as_str));
        }
        // Unbudgeted, this was 5 billion characters compared. The guard is
        // generous (a debug build on a busy machine); `benches/hostile.rs`
        // measures it.
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
        assert_eq!(closest("wify", ["wifi"]), None, "spent");
        reset_suggestion_budget();
        assert_eq!(closest("wify", ["wifi"]).as_deref(), Some("wifi"));
    }

    #[test]
    fn suggests_near_misses_only() {
        assert_eq!(closest("wify", ["wifi", "fixed"]).as_deref(), Some("wifi"));
        assert_eq!(closest("nxt", ["label", "next"]).as_deref(), Some("next"));
        assert_eq!(closest("banana", ["wifi", "fixed"]), None);
    }

    #[test]
    fn locations_print_like_a_compiler() {
        assert_eq!(Location::new("flows/a.yaml", 14, 9).to_string(), "flows/a.yaml:14:9");
        assert_eq!(Location::file("locales/da").to_string(), "locales/da");
    }
}
