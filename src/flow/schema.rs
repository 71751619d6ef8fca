//! The YAML shape of a flow file, exactly as authors write it. Documented in
//! `flows/README.md`; keep the two in step.

use indexmap::IndexMap;
// Serialize: build.rs writes the bundled flows out as JSON.
use serde::{Deserialize, Serialize};

/// Keys allowed at each level, for reporting every unknown key at once.
pub const FLOW_KEYS: &[&str] = &["id", "title", "start", "nodes"];
pub const NODE_KEYS: &[&str] =
    &["question", "step", "fix", "escalate", "options", "solved", "unsolved", "urgent"];
pub const OPTION_KEYS: &[&str] = &["label", "next", "error_message"];

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlow {
    pub id: String,
    pub title: String,
    pub start: String,
    pub nodes: IndexMap<String, RawNode>,
}

// A key a node does not have is left out of build.rs's JSON, not written
// as `null`: less to read at every start.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub escalate: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<RawOption>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub solved: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsolved: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgent: Option<bool>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub label: String,
    pub next: String,
    /// The label quotes an error message as shown on the sign-in screen.
    #[serde(default)]
    pub error_message: bool,
}
