//! The content built into the program, loaded once per test as the program
//! loads it, for tests that walk or render it.

// Each test crate uses the part it needs.
#![allow(dead_code)]

use mfa_doctor::content::{self, Content, Sources};
use unic_langid::LanguageIdentifier;

/// The bundled flows, locales and default config; fails the test on any
/// error.
pub fn content() -> Content {
    let loaded = content::load(&Sources::default());
    assert!(loaded.diagnostics.iter().all(|d| !d.is_error()), "{:#?}", loaded.diagnostics);
    loaded.content.expect("the bundled content is valid")
}

pub fn tag(text: &str) -> LanguageIdentifier {
    text.parse().expect("a language tag")
}
