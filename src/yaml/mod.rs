//! All YAML parsing lives here, so the parser can be swapped in one place.
//! serde_yaml reports where a syntax error is, but keeps no positions for
//! values it parsed; [`KeyIndex`] recovers those from the text, so semantic
//! problems can point at the line and column of the offending value.

mod key_index;

pub use key_index::KeyIndex;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, Location, Problem};
use crate::source::SourceFile;

/// Parses a whole file into `T`, or one diagnostic at the first problem.
pub fn from_file<T: DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    serde_yaml::from_str(&file.text).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        Diagnostic::error(
            Location::new(&file.path, line, column),
            Problem::YamlSyntax { detail: without_location(&e.to_string()) },
        )
    })
}

/// A top-level string value read leniently, for naming a file whose full
/// parse failed (so links to it are not blamed as well).
pub fn top_level_string(file: &SourceFile, key: &str) -> Option<String> {
    let value: serde_yaml::Value = serde_yaml::from_str(&file.text).ok()?;
    value.get(key)?.as_str().map(str::to_string)
}

/// serde_yaml appends " at line L column C"; we print the place first.
fn without_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Pair {
        a: u32,
    }

    #[test]
    fn syntax_errors_carry_their_place_once() {
        let file = SourceFile { path: "x.yaml".into(), text: "a: 1\nb: [\n".into() };
        let d = from_file::<Pair>(&file).unwrap_err();
        assert_eq!(d.location.file, "x.yaml");
        assert!(d.location.line >= 2, "{d:?}");
        let Problem::YamlSyntax { detail } = d.problem else { panic!() };
        assert!(!detail.contains(" at line "), "{detail}");
    }
}
