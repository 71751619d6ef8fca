//! mfa-doctor: an interactive troubleshooter for two-step verification
//! problems. Data flows one way: `content` (load, validate) → `engine`
//! (pure session state) → `screen` (localized text of one screen) → `tui`.

// Nothing a file, a key or a signal brings in may panic: no unwrap, expect,
// indexing or slicing (a string cut off a character boundary panics too).
// Set here rather than in Cargo.toml so they bind the program (main.rs only
// calls `cli::main`), not the integration tests and benchmarks; clippy.toml
// lets unit tests use them.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::panic
)]
// Only what the binary, the integration tests and the benchmarks use is
// `pub`; the rest is `pub(crate)`, and a `pub` that nothing outside the
// crate can reach is flagged.
#![warn(unreachable_pub)]

mod built_in;
pub mod cli;
pub mod content;
pub mod diagnostic;
pub(crate) mod diagram;
pub mod engine;
pub mod facts;
pub mod flow;
#[cfg(feature = "fuzzing")]
pub mod fuzz;
pub mod i18n;
pub mod messages;
pub(crate) mod places;
pub mod plain;
pub mod report;
pub mod sanitize;
pub mod screen;
pub mod search;
pub mod translation;
pub mod tui;
pub mod width;
pub mod wrap;
mod yaml;
