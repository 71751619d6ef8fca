//! Loading everything a session needs — flows, locales, the organization
//! config — from the embedded copies or the directories given, and checking
//! them against each other. The one entry point of load → validate.

use std::path::PathBuf;

use crate::config::OrgConfig;
use crate::diagnostic::{Diagnostic, Location, Problem};
use crate::flow::{self, Catalog, build_catalog};
use crate::i18n::{Locales, Localizer, source_locale};
use crate::messages;
use crate::source;

/// Where to read content from; `None` means the copies built into the binary
/// (and no config: every organization value unset).
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub flows: Option<PathBuf>,
    pub locales: Option<PathBuf>,
    pub config: Option<PathBuf>,
}

/// Content that passed every check.
pub struct Content {
    pub catalog: Catalog,
    pub locales: Locales,
    pub config: OrgConfig,
}

impl Content {
    /// The person's language, with the organization's values available to
    /// every message.
    pub fn localizer(&self, requested: &[unic_langid::LanguageIdentifier]) -> Localizer {
        let l10n = self.locales.localizer(requested);
        let globals = self.config.message_variables(&l10n);
        l10n.with_globals(globals)
    }
}

/// What loading found: the content if there were no errors, and every
/// problem (errors and warnings) in file order.
pub struct Loaded {
    pub content: Option<Content>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Everything read and checked: what `check` and the tests use.
pub fn load(sources: &Sources) -> Loaded {
    load_keeping_locales(sources).0
}

/// As [`load`], and the locales as read when the content has errors (and so
/// does not hold them), for `check` to compare without reading them again.
pub fn load_keeping_locales(sources: &Sources) -> (Loaded, Option<Locales>) {
    // The flows and the locales do not depend on each other until they are
    // compared: the flows are read and checked on a second core meanwhile.
    let (catalog, mut diagnostics, locales, config) = std::thread::scope(|scope| {
        let flows = scope.spawn(|| {
            let mut diagnostics = Vec::new();
            let files = source::flow_files(sources.flows.as_deref(), &mut diagnostics);
            (build_catalog(&files, &mut diagnostics), diagnostics)
        });
        let mut diagnostics = Vec::new();
        let locales = Locales::load(
            source::locale_files(sources.locales.as_deref(), &mut diagnostics),
            &mut diagnostics,
        );
        let config = config(sources, &mut diagnostics);
        let (catalog, mut all) = flows.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        all.append(&mut diagnostics);
        (catalog, all, locales, config)
    });
    let locales_place =
        sources.locales.as_ref().map_or_else(|| "locales".into(), |d| d.display().to_string());
    check_messages(catalog.as_ref(), &locales, &locales_place, &mut diagnostics);
    diagnostics.sort_by(|a, b| a.location.cmp(&b.location));
    let valid = !diagnostics.iter().any(Diagnostic::is_error);
    match (catalog, config) {
        (Some(catalog), Some(config)) if valid => {
            (Loaded { content: Some(Content { catalog, locales, config }), diagnostics }, None)
        }
        _ => (Loaded { content: None, diagnostics }, Some(locales)),
    }
}

/// What starting the program needs. Content from directories is loaded
/// and checked as by [`load`]. The content built into the program is not
/// checked again at every start (the tests check it, and `check` does) and
/// is read as needed: the flows from the JSON made when the program was
/// built, a locale's file when one of its messages is first shown.
pub fn open(sources: &Sources) -> Loaded {
    let bundled = sources.flows.is_none() && sources.locales.is_none();
    let Some(catalog) = bundled.then(flow::bundled::catalog).flatten() else { return load(sources) };
    let mut diagnostics = Vec::new();
    let content = config(sources, &mut diagnostics).map(|config| Content {
        catalog,
        locales: Locales::bundled(),
        config,
    });
    Loaded { content, diagnostics }
}

/// The organization's config, or none (every value unset).
fn config(sources: &Sources, diagnostics: &mut Vec<Diagnostic>) -> Option<OrgConfig> {
    let config = match &sources.config {
        Some(path) => source::read_file(path).and_then(|file| OrgConfig::parse(&file)),
        None => Ok(OrgConfig::default()),
    };
    config.map_err(|d| diagnostics.push(d)).ok()
}

/// Every message the flows and the program use must exist in the source
/// locale (error) and should in every other (warning: English is shown).
fn check_messages(
    catalog: Option<&Catalog>,
    locales: &Locales,
    place: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let Some(missing) = locales.missing_source(place) {
        diagnostics.push(missing);
        return;
    }
    for locale in locales.iter() {
        let is_source = locale.tag == source_locale();
        let report = |location: Location, problem: Problem| {
            if is_source {
                Diagnostic::error(location, problem)
            } else {
                Diagnostic::warning(location, problem)
            }
        };
        let lang = locale.tag.to_string();
        for r in catalog.map(Catalog::message_refs).unwrap_or_default() {
            if !locale.bundle.has(&r.id) {
                diagnostics.push(report(
                    r.location.clone(),
                    Problem::MessageMissing { id: r.id.clone(), locale: lang.clone() },
                ));
            } else if r.needs_title && !locale.bundle.has_attribute(&r.id, "title") {
                diagnostics.push(report(
                    r.location.clone(),
                    Problem::TitleMissing { id: r.id.clone(), locale: lang.clone() },
                ));
            }
        }
        let program_ids = messages::SESSION_GROUPS.iter().flat_map(|group| group.iter());
        for id in program_ids.filter(|id| !locale.bundle.has(id)) {
            diagnostics.push(report(
                Location::file(&locale.place),
                Problem::MessageMissing { id: id.to_string(), locale: lang.clone() },
            ));
        }
    }
}
