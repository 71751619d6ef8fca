//! The YAML shape of a flow file, exactly as authors write it. Documented in
//! `flows/README.md`; keep the two in step.

use indexmap::IndexMap;
// Serialize: build.rs stores the built-in flows as parsed (flow::stored).
use serde::{Deserialize, Serialize};

/// Keys allowed at each level, for reporting every unknown key at once.
pub(crate) const FLOW_KEYS: &[&str] = &["id", "title", "start", "nodes", "triage"];
pub(crate) const NODE_KEYS: &[&str] = &[
    "question",
    "step",
    "fix",
    "escalate",
    "when",
    "options",
    "solved",
    "unsolved",
    "urgent",
    "otherwise",
    "sources",
];
pub(crate) const OPTION_KEYS: &[&str] = &["label", "next", "error_message"];
pub(crate) const RULE_KEYS: &[&str] = &["if", "next"];
pub(crate) const CONDITION_KEYS: &[&str] = &["org", "is", "date_from", "date_before"];
pub(crate) const SOURCE_KEYS: &[&str] = &["url", "checked"];
pub(crate) const TRIAGE_KEYS: &[&str] = &["under", "label"];

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFlow {
    pub id: String,
    pub title: String,
    pub start: String,
    pub nodes: IndexMap<String, RawNode>,
    /// An answer this flow adds to a question of the triage, so an
    /// organization adds a flow without editing `triage.yaml`.
    #[serde(default)]
    pub triage: Option<RawTriage>,
}

/// `triage: { under: QUESTION, label: MESSAGE }`: the answer `label` is
/// added to the triage's question node `under`, leading to this flow's
/// start.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTriage {
    pub under: String,
    pub label: String,
}

// A key a node does not have is left out of build.rs's JSON, not written
// as `null`: less to read at every start.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawNode {
    pub question: Option<String>,
    pub step: Option<String>,
    pub fix: Option<String>,
    pub escalate: Option<String>,
    pub options: Option<Vec<RawOption>>,
    pub solved: Option<String>,
    pub unsolved: Option<String>,
    pub urgent: Option<bool>,
    /// A branch without a question: rules tried in order.
    pub when: Option<Vec<RawRule>>,
    pub otherwise: Option<String>,
    pub sources: Option<Vec<RawSource>>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    #[serde(rename = "if")]
    pub condition: RawCondition,
    pub next: String,
}

/// Every key given must hold. Dates are `YYYY-MM-DD` text, checked when
/// the flow is linked (so a bad one is reported at its place).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCondition {
    pub org: Option<String>,
    pub is: Option<String>,
    pub date_from: Option<String>,
    pub date_before: Option<String>,
}

/// Where a node's facts come from, and the day someone last checked it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    pub url: String,
    pub checked: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOption {
    pub label: String,
    pub next: String,
    /// The label quotes an error message as shown on the sign-in screen.
    #[serde(default)]
    pub error_message: bool,
}
