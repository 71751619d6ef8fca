//! What was found, as data: the kind of problem and the names it is
//! about. Its words are in `wording`, which derives the message ids from
//! the variants' names.

use serde::Serialize;
use strum::{IntoStaticStr, VariantNames};

use super::io_error::IoFailure;

/// How a link leaves its node, for wording "option of node x goes to …".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Default))]
#[serde(rename_all = "lowercase")]
pub enum Via {
    #[cfg_attr(test, default)]
    Option,
    Solved,
    Unsolved,
    Start,
    Rule,
    Otherwise,
}

/// Every kind of problem the loader reports. Its message is `diag-` and
/// the variant's name in kebab-case (`UnknownKey` → `diag-unknown-key`),
/// its hint, where one helps, that id and `-hint`; the fields are the
/// message's arguments, by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, IntoStaticStr, VariantNames)]
#[cfg_attr(test, derive(strum::EnumIter))]
#[serde(untagged)]
#[strum(serialize_all = "kebab-case")]
pub enum Problem {
    /// Worded when rendered, in the reader's language.
    ReadFailed {
        #[serde(rename = "detail")]
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
        #[serde(rename = "limit")]
        limit_kib: usize,
    },
    TooManyFiles {
        limit: usize,
    },
    TooMuchContent {
        #[serde(rename = "limit")]
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
    /// A character YAML does not allow, as `U+0007`.
    ControlCharacter {
        code: String,
    },
    // The parser's common complaints (`yaml::common_mistake`), in our words.
    YamlColonInText,
    YamlKeyExpected,
    /// A quote or bracket open to the end of the file, at its opening.
    YamlUnclosed,
    YamlCannotStart {
        character: String,
    },
    YamlUnknownAnchor,
    DuplicateKey {
        key: String,
    },
    /// `[a, b` not closed before the next item or line.
    YamlListUnclosed,
    YamlMappingUnclosed,
    /// A line in a mapping with no `key:`, at that line.
    YamlColonMissing,
    /// `a: ,` or `a: ]`: nothing a value can start with.
    YamlValueExpected,
    /// A key at a list's indentation, where only `- ` may stand.
    YamlListItemExpected,
    /// `a: - 1`: a list on its key's line.
    YamlDashAfterKey,
    /// A bad `\` in "double quotes".
    YamlEscape,
    /// Something after `|` or `>` on its line.
    YamlBlockText,
    /// `&`, `*` or `!` (anchor, alias, tag) followed by what is no name.
    YamlMark {
        character: String,
    },
    /// A second document (`---`, `...`) or a `%` directive.
    YamlDocument,
    /// Anything else the parser says, in its words: nothing a file within
    /// the loader's limits causes.
    YamlSyntax {
        detail: String,
    },
    // What fluent-syntax's parser found (`i18n::syntax_error`), in our words.
    FtlExpectedToken {
        token: String,
    },
    FtlExpectedOneOf {
        range: String,
    },
    /// A message or term with neither a value nor attributes.
    FtlNoText {
        id: String,
    },
    FtlForbiddenCall,
    /// A selection (a plural, say) with no `*[other]` variant.
    FtlNoDefaultVariant,
    FtlManyDefaultVariants,
    FtlMissingValue,
    FtlBadSelector,
    FtlTermAttributeShown,
    FtlUnterminatedString,
    FtlPositionalAfterNamed,
    FtlArgumentTwice {
        name: String,
    },
    FtlUnknownEscape {
        escape: String,
    },
    FtlBadUnicodeEscape {
        escape: String,
    },
    FtlUnbalancedBrace,
    FtlExpectedExpression,
    FtlExpectedLiteral,
    /// A value of another kind than its key takes; kinds are named by
    /// codes the message words (`text`, `list`, `node`, …).
    WrongKind {
        /// `file` when the whole file is of the wrong kind, else `key`.
        place: &'static str,
        key: String,
        found: String,
        expected: String,
        /// `yes` when text holds a colon with no space after it.
        colon: String,
    },
    /// A key the file or `key` must have.
    MissingKey {
        /// `file` at the top level, else `key`.
        place: &'static str,
        key: String,
        needs: String,
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
    /// (`crate::flow::is_name`); `kind` is `flow`, `node` or `link`.
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
    // Found by comparing each locale with English (`translation::compare`). An `id`
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
    /// An English variable the program never gives, close to one it does.
    VariableNotGiven {
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
    // Formatting each message once (`translation::compare`).
    FormatUnknownFunction {
        id: String,
        function: String,
    },
    /// A reference to a message that has attributes only.
    FormatNoValue {
        id: String,
        reference: String,
    },
    FormatCycle {
        id: String,
    },
    FormatTooManyPlaceables {
        id: String,
    },
    Untranslated {
        id: String,
        locale: String,
    },
    // Reading a saved ticket back (`--resume`).
    /// Not JSON (`reason` `json`), cut short (`cut`), without a key a
    /// ticket has (`missing`, the key in `key`), or a value no ticket
    /// holds (`value`).
    TicketUnreadable {
        reason: &'static str,
        key: String,
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
    /// The kind of problem for machines and the root of its message ids:
    /// the variant's name in kebab-case.
    pub fn code(&self) -> &'static str {
        self.into()
    }

    /// Every [`Self::code`] there is.
    pub fn codes() -> &'static [&'static str] {
        Self::VARIANTS
    }

    /// The fields by name, each as text: what the message is built from.
    pub fn fields(&self) -> Vec<(String, String)> {
        let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(self) else { return Vec::new() };
        fields
            .into_iter()
            .map(|(name, value)| {
                let text = match value {
                    serde_json::Value::String(text) => text,
                    other => other.to_string(),
                };
                (name, text)
            })
            .collect()
    }
}
