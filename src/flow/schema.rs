//! The YAML shape of a flow file, exactly as authors write it. Documented in
//! `flows/README.md`; keep the two in step.

use indexmap::IndexMap;
use serde::Deserialize;

/// Keys allowed at each level, for reporting every unknown key at once.
pub const FLOW_KEYS: &[&str] = &["id", "title", "start", "nodes"];
pub const NODE_KEYS: &[&str] =
    &["question", "step", "fix", "escalate", "options", "solved", "unsolved", "urgent"];
pub const OPTION_KEYS: &[&str] = &["label", "next", "error_message"];
/// The keys that decide a node's kind.
pub const KIND_KEYS: &[&str] = &["question", "step", "fix", "escalate"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlow {
    pub id: String,
    pub title: String,
    pub start: String,
    pub nodes: IndexMap<String, RawNode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    pub question: Option<String>,
    pub step: Option<String>,
    pub fix: Option<String>,
    pub escalate: Option<String>,
    pub options: Option<Vec<RawOption>>,
    pub solved: Option<String>,
    pub unsolved: Option<String>,
    pub urgent: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub label: String,
    pub next: String,
    /// The label quotes an error message as shown on the sign-in screen.
    #[serde(default)]
    pub error_message: bool,
}
