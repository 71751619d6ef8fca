//! What the operating system said when a file, a folder, the terminal or
//! standard input failed, in the reader's words: the common kinds are
//! worded in the locales (`io-*`), the rest keep the system's own text
//! ("Connection reset by peer (os error 104)"). Every I/O error that reaches
//! a message goes through here.

use std::io::{self, ErrorKind};

use crate::i18n::Localizer;
use crate::messages::io as ids;

/// An I/O error kept for wording later, when the language is known: a
/// diagnostic is found while loading and rendered afterwards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoFailure {
    kind: ErrorKind,
    system: String,
}

impl IoFailure {
    pub fn new(error: &io::Error) -> Self {
        Self { kind: error.kind(), system: error.to_string() }
    }

    /// In `l10n`'s language when its kind is worded there; otherwise what
    /// the system said. A locale given with `--locales` need not word
    /// them: the system's text is shown instead.
    pub fn describe(&self, l10n: &Localizer) -> String {
        match message_id(self.kind) {
            Some(id) if l10n.has(id) => l10n.text(id),
            _ => self.system.clone(),
        }
    }
}

/// For machines: what the system said.
impl serde::Serialize for IoFailure {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.system)
    }
}

/// Any failure, for listing every kind of problem in tests.
#[cfg(test)]
impl Default for IoFailure {
    fn default() -> Self {
        Self::new(&io::Error::from(ErrorKind::Other))
    }
}

impl From<io::Error> for IoFailure {
    fn from(error: io::Error) -> Self {
        Self::new(&error)
    }
}

/// `error` as a message quotes it, in `l10n`'s language where it can be.
pub fn describe(error: &io::Error, l10n: &Localizer) -> String {
    IoFailure::new(error).describe(l10n)
}

/// The message that words this kind, if one does.
fn message_id(kind: ErrorKind) -> Option<&'static str> {
    Some(match kind {
        ErrorKind::NotFound => ids::NOT_FOUND,
        ErrorKind::PermissionDenied => ids::PERMISSION_DENIED,
        ErrorKind::IsADirectory => ids::IS_A_DIRECTORY,
        ErrorKind::NotADirectory => ids::NOT_A_DIRECTORY,
        // What the standard library reports for text that is not UTF-8.
        ErrorKind::InvalidData => ids::INVALID_DATA,
        ErrorKind::AlreadyExists => ids::ALREADY_EXISTS,
        ErrorKind::StorageFull => ids::STORAGE_FULL,
        ErrorKind::QuotaExceeded => ids::QUOTA_EXCEEDED,
        ErrorKind::ReadOnlyFilesystem => ids::READ_ONLY_FILESYSTEM,
        ErrorKind::FileTooLarge => ids::FILE_TOO_LARGE,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locales;

    fn program(lang: &str) -> Localizer {
        Locales::built_in().localizer(&[lang.parse().unwrap()])
    }

    #[test]
    fn every_worded_kind_has_its_message_in_en_and_da() {
        let kinds = [
            ErrorKind::NotFound,
            ErrorKind::PermissionDenied,
            ErrorKind::IsADirectory,
            ErrorKind::NotADirectory,
            ErrorKind::InvalidData,
            ErrorKind::AlreadyExists,
            ErrorKind::StorageFull,
            ErrorKind::QuotaExceeded,
            ErrorKind::ReadOnlyFilesystem,
            ErrorKind::FileTooLarge,
        ];
        for kind in kinds {
            let id = message_id(kind).expect("worded");
            for lang in ["en", "da"] {
                let said = describe(&io::Error::from(kind), &program(lang));
                assert!(
                    !said.is_empty() && said != id && !said.contains("os error"),
                    "{kind:?} {lang}: {said}"
                );
            }
        }
        let mut ids: Vec<&str> = kinds.iter().filter_map(|k| message_id(*k)).collect();
        ids.sort_unstable();
        let mut all = ids::ALL.to_vec();
        all.sort_unstable();
        assert_eq!(ids, all, "every io-* message words a kind");
    }

    #[test]
    fn a_missing_file_in_danish() {
        let error = std::fs::read("/nonexistent/mfa-doctor").unwrap_err();
        assert_eq!(describe(&error, &program("da")), "filen eller mappen findes ikke");
        assert_eq!(describe(&error, &program("en")), "no such file or directory");
    }

    #[test]
    fn other_kinds_keep_the_systems_text() {
        // ECONNRESET's number differs between systems; the kind does not.
        let error = io::Error::new(ErrorKind::ConnectionReset, "connection reset by peer");
        assert_eq!(describe(&error, &program("da")), error.to_string());
    }

    #[test]
    fn a_locale_without_the_words_shows_the_systems_text() {
        let error = io::Error::from_raw_os_error(2);
        assert_eq!(describe(&error, &Localizer::new(Vec::new())), error.to_string());
    }
}
