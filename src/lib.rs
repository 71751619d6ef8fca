//! mfa-doctor: an interactive troubleshooter for two-step verification
//! problems. Data flows one way: `content` (load, validate) → `engine`
//! (pure session state) → `screen` (localized text of one screen) → `tui`.

pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod diagram;
pub mod engine;
pub mod findings;
pub mod flow;
pub mod i18n;
pub mod lookup;
pub mod messages;
pub mod plain;
pub mod report;
pub mod sanitize;
pub mod screen;
pub mod search;
pub mod source;
pub mod tui;
pub mod wrap;
mod yaml;
