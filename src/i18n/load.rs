//! Reading `locales/<tag>/*.ftl` into one Fluent bundle per locale.

use std::collections::BTreeMap;
use std::rc::Rc;

use fluent::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::lazy::Unread;
use super::message_line::message_id;
use super::nesting;
use super::pseudo::Pseudo;
use super::syntax_error;
use super::{Bundle, LocaleBundle, LocaleIndex, Localizer, SOURCE_LOCALE, negotiate, source_locale};
use crate::content::source::{self, SourceFile, line_column};
use crate::diagnostic::{Diagnostic, Location, Problem};

/// One locale: its tag, its bundle, where its files are (for pointing
/// diagnostics at the locale), and the files read from folders, for
/// comparing locales and for building pseudo-locales from English (the
/// built-in files are the bundle's to read; see [`Locales::read_in_full`]).
pub struct Locale {
    pub tag: LanguageIdentifier,
    pub bundle: Rc<LocaleBundle>,
    pub place: String,
    pub files: Vec<SourceFile>,
}

/// One layer's files of one language.
#[derive(Clone)]
pub(crate) enum LocaleFiles {
    /// Read from a folder: parsed, and their mistakes reported, as loaded.
    Read(Vec<SourceFile>),
    /// Built into the program: checked by build.rs with the rest of the
    /// built-in content, each file parsed when one of its messages is
    /// first asked for.
    BuiltIn(Unread),
}

impl LocaleFiles {
    /// The files read from a folder; none for the built-in ones.
    pub(crate) fn read(&self) -> &[SourceFile] {
        match self {
            LocaleFiles::Read(files) => files,
            LocaleFiles::BuiltIn(_) => &[],
        }
    }
}

/// The built-in locales, `(tag, files)`, nothing read yet.
pub(crate) fn built_in() -> Vec<(String, LocaleFiles)> {
    source::embedded_locales()
        .into_iter()
        .map(|(tag, files)| {
            let index = crate::built_in::LOCALE_INDEX
                .iter()
                .find(|(t, _)| *t == tag)
                .map_or(LocaleIndex::EMPTY, |(_, index)| *index);
            (tag.to_string(), LocaleFiles::BuiltIn(Unread { files, index }))
        })
        .collect()
}

/// Every locale that could be loaded.
pub struct Locales {
    locales: Vec<Locale>,
}

impl Locales {
    /// Builds a bundle per locale directory. Syntax errors and messages
    /// defined twice are reported; the rest of a file is still used. A file
    /// nested too deeply for the parser is reported and left out.
    pub fn load(dirs: Vec<(String, Vec<SourceFile>)>, diagnostics: &mut Vec<Diagnostic>) -> Self {
        let layer = dirs.into_iter().map(|(tag, files)| (tag, LocaleFiles::Read(files))).collect();
        Self::load_layered(vec![layer], diagnostics)
    }

    /// The built-in locales alone: the program's own words.
    pub fn built_in() -> Self {
        Self::load_layered(vec![built_in()], &mut Vec::new())
    }

    /// The tags of the built-in locales, known without setting them up.
    pub fn built_in_tags() -> Vec<LanguageIdentifier> {
        crate::built_in::LOCALE_INDEX.iter().filter_map(|(tag, _)| tag.parse().ok()).collect()
    }

    /// As [`Self::load`], for locales that come in layers, lowest first:
    /// a language any layer has is there; a message a later layer defines
    /// replaces the earlier one. A message defined twice within one layer
    /// is still reported. Each locale's `files` are its files read from
    /// folders, the latest layer's first (the first definition of an id is
    /// the one in force); the built-in files come after them, read as
    /// needed.
    pub(crate) fn load_layered(
        layers: Vec<Vec<(String, LocaleFiles)>>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Self {
        let mut by_tag: BTreeMap<String, Vec<LocaleFiles>> = BTreeMap::new();
        for layer in layers {
            for (tag, files) in layer {
                by_tag.entry(tag).or_default().push(files);
            }
        }
        let mut locales = Vec::new();
        for (tag_text, layered) in by_tag {
            let mut built_in = None;
            let mut read: Vec<Vec<SourceFile>> = Vec::new();
            for files in layered {
                match files {
                    LocaleFiles::Read(mut files) => {
                        files.retain(|file| parseable(file, diagnostics));
                        read.push(files);
                    }
                    LocaleFiles::BuiltIn(unread) => built_in = Some(unread),
                }
            }
            // The latest layer's folder: where a fix for this locale goes.
            let place = read
                .iter()
                .rev()
                .find_map(|files| files.first())
                .and_then(|f| f.path.rsplit_once(std::path::is_separator))
                .map(|(dir, _)| dir.to_string())
                .or_else(|| built_in.as_ref().map(|_| format!("locales/{tag_text}")))
                .unwrap_or_else(|| tag_text.clone());
            let Ok(tag) = tag_text.parse::<LanguageIdentifier>() else {
                diagnostics.push(Diagnostic::warning(
                    Location::file(place),
                    Problem::BadLocaleTag { tag: tag_text },
                ));
                continue;
            };
            let bundle = match read.as_slice() {
                [] => new_bundle(&tag, &[], diagnostics),
                [files] => new_bundle(&tag, files, diagnostics),
                _ => {
                    // Each layer on its own for its own mistakes; then all
                    // of them, the latest first, where a replaced message
                    // is no mistake.
                    for files in &read {
                        new_bundle(&tag, files, diagnostics);
                    }
                    read.reverse();
                    new_bundle(&tag, &read.concat(), &mut Vec::new())
                }
            };
            let bundle = match built_in {
                // The program's own words and the content's, in one bundle
                // per thread: each built-in file is parsed once.
                Some(unread) => {
                    let shared = if read.is_empty() { shared_built_in(&tag_text) } else { None };
                    shared.unwrap_or_else(|| Rc::new(LocaleBundle::lazy(tag.clone(), bundle, unread)))
                }
                None => Rc::new(LocaleBundle::new(tag.clone(), bundle)),
            };
            locales.push(Locale { bundle, tag, place, files: read.concat() });
        }
        Self { locales }
    }

    /// Each locale's built-in files read into its `files` too, after those
    /// read from folders: for comparing every message with English, which
    /// `check` does, and a start when a layer has translations.
    pub fn read_in_full(&mut self) {
        for locale in &mut self.locales {
            let unread = &locale.bundle.unread().files;
            let texts = unread.iter().filter_map(|(path, bytes)| {
                let text = std::str::from_utf8(bytes).ok()?;
                Some(SourceFile { path: path.to_string(), text: text.to_string() })
            });
            locale.files.extend(texts);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Locale> {
        self.locales.iter()
    }

    pub fn tags(&self) -> Vec<LanguageIdentifier> {
        self.locales.iter().map(|l| l.tag.clone()).collect()
    }

    /// The problem to report when the locales read from `place` have no
    /// source locale, which every other falls back to.
    pub(crate) fn missing_source(&self, place: &str) -> Option<Diagnostic> {
        self.source().is_none().then(|| {
            Diagnostic::error(
                Location::file(format!("{place}/{SOURCE_LOCALE}")),
                Problem::NoLocales { locale: SOURCE_LOCALE.into() },
            )
        })
    }

    /// The source locale, which every other falls back to.
    pub fn source(&self) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag == source_locale())
    }

    /// A localizer for the best match to `requested`, falling back to `en`.
    /// A pseudo-locale is used only when asked for first and by its exact
    /// tag.
    pub fn localizer(&self, requested: &[LanguageIdentifier]) -> Localizer {
        let pseudo = requested.first().and_then(Pseudo::from_tag);
        if let (Some(pseudo), Some(source)) = (pseudo, self.source()) {
            // English plural rules: the text is English underneath.
            let mut bundle = new_bundle(&source.tag, &source.files, &mut Vec::new());
            bundle.set_transform(Some(pseudo.transform()));
            let bundle = LocaleBundle::lazy(source.tag.clone(), bundle, source.bundle.unread().clone());
            // The plain source last: it is never reached for a message the
            // pseudo-locale has (all of them), but it is the real English of
            // `source_only`, which a pasted English error is compared with.
            return Localizer::new(vec![Rc::new(bundle), Rc::clone(&source.bundle)]);
        }
        let chain = negotiate(requested, &self.tags())
            .iter()
            .filter_map(|tag| self.locales.iter().find(|l| &l.tag == tag))
            .map(|l| Rc::clone(&l.bundle))
            .collect();
        Localizer::new(chain)
    }
}

/// The built-in locale `tag`'s bundle, shared by every [`Locales`] of this
/// thread that has the built-in files alone for it.
fn shared_built_in(tag: &str) -> Option<Rc<LocaleBundle>> {
    thread_local! {
        static BUILT_IN: Vec<(String, Rc<LocaleBundle>)> = built_in()
            .into_iter()
            .filter_map(|(tag_text, files)| {
                let (LocaleFiles::BuiltIn(unread), Ok(tag)) = (files, tag_text.parse::<LanguageIdentifier>()) else {
                    return None;
                };
                let empty = new_bundle(&tag, &[], &mut Vec::new());
                Some((tag_text, Rc::new(LocaleBundle::lazy(tag, empty, unread))))
            })
            .collect();
    }
    BUILT_IN.with(|shared| shared.iter().find(|(t, _)| t == tag).map(|(_, bundle)| Rc::clone(bundle)))
}

/// Whether `file` is safe to parse; if not, says why.
fn parseable(file: &SourceFile, diagnostics: &mut Vec<Diagnostic>) -> bool {
    let Some(offset) = nesting::too_deep(&file.text) else { return true };
    let (line, column) = line_column(&file.text, offset);
    diagnostics.push(Diagnostic::error(
        Location::new(&file.path, line, column),
        Problem::NestingTooDeep { limit: nesting::MAX_FTL_NESTING },
    ));
    false
}

fn new_bundle(tag: &LanguageIdentifier, files: &[SourceFile], diagnostics: &mut Vec<Diagnostic>) -> Bundle {
    let mut bundle: Bundle = FluentBundle::new(vec![tag.clone()]);
    bundle.set_use_isolating(false);
    for file in files {
        add_file(&mut bundle, file, diagnostics);
    }
    bundle
}

fn add_file(bundle: &mut Bundle, file: &SourceFile, diagnostics: &mut Vec<Diagnostic>) {
    let resource = match FluentResource::try_new(file.text.clone()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            diagnostics.extend(errors.iter().map(|error| syntax_error::diagnostic(file, error)));
            resource
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        for error in errors {
            if let fluent::FluentError::Overriding { id, .. } = error {
                let (line, column) = definition_of(&file.text, &id);
                diagnostics.push(Diagnostic::error(
                    Location::new(&file.path, line, column),
                    Problem::DuplicateMessage { id },
                ));
            }
        }
    }
}

/// Where `id` is (last) defined in an FTL file: the line that starts `id =`.
fn definition_of(text: &str, id: &str) -> (usize, usize) {
    text.lines()
        .enumerate()
        .filter(|(_, line)| message_id(line) == Some(id))
        .map(|(i, _)| (i + 1, 1))
        .last()
        .unwrap_or((0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> SourceFile {
        SourceFile { path: path.into(), text: text.into() }
    }

    #[test]
    fn the_built_in_tags_are_those_of_the_built_in_locales() {
        assert_eq!(Locales::built_in_tags(), Locales::built_in().tags());
        assert!(Locales::built_in_tags().contains(&source_locale()));
    }

    #[test]
    fn a_pseudo_locale_shows_pseudo_text_and_keeps_real_english_underneath() {
        let locales = Locales::built_in();
        let pseudo = locales.localizer(&["en-XA".parse().unwrap()]);
        let english = locales.localizer(&[source_locale()]);
        let id = crate::messages::ui::KEY_QUIT;
        assert_ne!(pseudo.text(id), english.text(id));
        assert_eq!(pseudo.source_only().text(id), english.text(id));
    }

    #[test]
    fn syntax_errors_point_at_line_and_column() {
        let mut diagnostics = Vec::new();
        let text = "ok = fine\nbroken = { $x\nalso-ok = yes\n";
        let locales =
            Locales::load(vec![("en".into(), vec![file("locales/en/a.ftl", text)])], &mut diagnostics);
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].location.to_string(), "locales/en/a.ftl:2:14");
        let l10n = locales.localizer(&[]);
        assert_eq!(l10n.text("also-ok"), "yes");
    }

    #[test]
    fn duplicate_messages_are_reported_where_redefined() {
        let mut diagnostics = Vec::new();
        Locales::load(
            vec![(
                "en".into(),
                vec![file("locales/en/a.ftl", "a = 1\n"), file("locales/en/b.ftl", "\na = 2\n")],
            )],
            &mut diagnostics,
        );
        assert_eq!(diagnostics[0].location.to_string(), "locales/en/b.ftl:2:1");
        assert_eq!(diagnostics[0].problem, Problem::DuplicateMessage { id: "a".into() });
    }

    #[test]
    fn a_later_layer_replaces_messages_and_adds_languages() {
        let mut diagnostics = Vec::new();
        let built_in = vec![
            ("da".into(), vec![file("locales/da/a.ftl", "hi = Hej\nbye = Farvel\n")]),
            ("en".into(), vec![file("locales/en/a.ftl", "hi = Hi\nbye = Bye\n")]),
        ];
        let organization = vec![
            ("da".into(), vec![file("org/da/a.ftl", "bye = Vi ses\n")]),
            ("de".into(), vec![file("org/de/a.ftl", "hi = Hallo\nhi = Servus\n")]),
        ];
        let layer = |locales: Vec<(String, Vec<SourceFile>)>| {
            locales.into_iter().map(|(tag, files)| (tag, LocaleFiles::Read(files))).collect()
        };
        let locales = Locales::load_layered(vec![layer(built_in), layer(organization)], &mut diagnostics);
        assert_eq!(locales.tags(), ["da", "de", "en"].map(|t| t.parse::<LanguageIdentifier>().unwrap()));
        let danish = locales.localizer(&["da".parse().unwrap()]);
        assert_eq!((danish.text("hi"), danish.text("bye")), ("Hej".into(), "Vi ses".into()));
        assert_eq!(locales.localizer(&["de".parse().unwrap()]).text("bye"), "Bye");
        let places: Vec<String> = diagnostics.iter().map(|d| d.location.to_string()).collect();
        assert_eq!(places, ["org/de/a.ftl:2:1"], "only the duplicate within one layer");
    }

    #[test]
    fn falls_back_per_message_and_keeps_isolation_marks_out() {
        let mut diagnostics = Vec::new();
        let locales = Locales::load(
            vec![
                ("da".into(), vec![file("locales/da/a.ftl", "hi = Hej { $name }\n")]),
                ("en".into(), vec![file("locales/en/a.ftl", "hi = Hi { $name }\nbye = Bye\n")]),
            ],
            &mut diagnostics,
        );
        let l10n = locales.localizer(&["da-DK".parse().unwrap()]);
        assert_eq!(l10n.format("hi", &[("name", "Ada")]), "Hej Ada");
        assert_eq!(l10n.text("bye"), "Bye");
        assert_eq!(l10n.text("nope"), "nope");
    }
}
