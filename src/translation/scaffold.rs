//! `i18n new`: a new locale's files, made from English. Every message is
//! copied with its English text above it as a comment and the
//! `UNTRANSLATED_MARKER` line, so the program shows English until it is
//! translated and `check` lists what is left to do.

use fluent_syntax::ast::{Entry, Resource};
use fluent_syntax::{parser, serializer};

use super::ftl::UNTRANSLATED_MARKER;
use crate::content::source::SourceFile;

/// Prefix of the comment lines that keep the English text.
const ENGLISH_PREFIX: &str = "en:";

/// One file of the new locale: its name and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScaffoldFile {
    pub name: String,
    pub text: String,
    /// How many messages and terms it holds.
    pub entries: usize,
}

/// A file for each English file. `header` says, for an English file's path,
/// what the comment at the top of its copy says (one line or more).
pub(crate) fn scaffold(english: &[SourceFile], header: impl Fn(&str) -> String) -> Vec<ScaffoldFile> {
    english
        .iter()
        .map(|file| {
            let name = file.path.rsplit(std::path::is_separator).next().unwrap_or_default().to_string();
            let mut text = comment_lines("###", &header(&file.path));
            let resource = match parser::parse(file.text.as_str()) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            let mut entries = 0;
            for entry in resource.body.into_iter().filter(|e| !matches!(e, Entry::Junk { .. })) {
                text.push('\n');
                let (comment, own) = match entry {
                    Entry::Message(mut message) => {
                        (message.comment.take(), serialize(Entry::Message(message)))
                    }
                    Entry::Term(mut term) => (term.comment.take(), serialize(Entry::Term(term))),
                    comment => {
                        text.push_str(&serialize(comment));
                        continue;
                    }
                };
                entries += 1;
                text.push_str(&marked(comment.map(|c| c.content), &own));
            }
            ScaffoldFile { name, text, entries }
        })
        .collect()
}

/// The English comment, the marker, the English text as a comment, then
/// the entry itself.
fn marked(comment: Option<Vec<&str>>, entry: &str) -> String {
    let mut out = String::new();
    for line in comment.into_iter().flatten() {
        out.push_str(&comment_lines("#", line));
    }
    out.push_str(&comment_lines("#", UNTRANSLATED_MARKER));
    for line in entry.lines() {
        out.push_str(&comment_lines("#", &format!("{ENGLISH_PREFIX} {line}")));
    }
    out.push_str(entry);
    out
}

/// One entry as FTL, ending in a single newline.
fn serialize(entry: Entry<&str>) -> String {
    serializer::serialize(&Resource { body: vec![entry] }).trim_end().to_string() + "\n"
}

/// `text` as comment lines starting with `sigil`.
fn comment_lines(sigil: &str, text: &str) -> String {
    text.lines().map(|line| format!("{sigil} {line}").trim_end().to_string() + "\n").collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translation::ftl::Inventory;

    #[test]
    fn every_message_is_copied_marked_with_its_english_above() {
        let english = SourceFile {
            path: "locales/en/a.ftl".into(),
            text: "## Group\n\n# Shown on top\nhi = Hi { $name }\n    .title = Hello\n-brand = Doc\n".into(),
        };
        let files = scaffold(&[english], |path| format!("From {path}"));
        assert_eq!(files[0].name, "a.ftl");
        assert_eq!(files[0].entries, 2);
        assert_eq!(
            files[0].text,
            "### From locales/en/a.ftl\n\
             \n## Group\n\
             \n# Shown on top\n# untranslated\n# en: hi = Hi { $name }\n# en:     .title = Hello\n\
             hi = Hi { $name }\n    .title = Hello\n\
             \n# untranslated\n# en: -brand = Doc\n-brand = Doc\n"
        );
        let copy = SourceFile { path: "locales/xx/a.ftl".into(), text: files[0].text.clone() };
        let inventory = Inventory::read(&[copy]);
        assert!(inventory.iter().all(|(_, entry)| entry.untranslated));
        assert_eq!(inventory.iter().count(), 2);
    }
}
