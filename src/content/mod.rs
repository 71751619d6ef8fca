//! Content loading: the one way flows, locales and the organization's
//! config get into the program, the built-in content's as any other's.
//! `lookup` says where each layer is, `source` reads its files within
//! bounds, `config` parses the config, and this module lays the layers
//! over each other and checks them together: load → validate.
//!
//! Layers are laid over each other, lowest first: a layer adds flows or
//! replaces one by id, adds a language or replaces single messages by id,
//! and sets config keys one by one. Nothing a layer writes removes what a
//! lower one has. The built-in layer is read from the form build.rs made
//! of it (see `built_in`) after checking it with this same code.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Location, Problem, closest};
use crate::flow::{self, Catalog, FlowFile, MessageRef, build_catalog};
use crate::i18n::{LocaleFiles, Locales, Localizer, message_id, source_locale};
use crate::messages;
use crate::translation::{compare, ftl::Inventory};

pub mod config;
pub mod lookup;
pub mod source;

use config::OrgConfig;
use lookup::{Layer, Place};
use source::SourceFile;

/// What the command line names: folders and a file given with `--flows`,
/// `--locales` and `--config`.
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

/// A part of a layer that is left out on its own when it has errors: one
/// flow file, one language, one config file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Flow { layer: usize, file: String },
    Locale { layer: usize, tag: String },
    Config { layer: usize },
}

impl Part {
    pub fn layer(&self) -> usize {
        match self {
            Part::Flow { layer, .. } | Part::Locale { layer, .. } | Part::Config { layer } => *layer,
        }
    }
}

/// What starting the program found: the content it starts with (every
/// layer that is valid), every problem of every layer (what `check` says,
/// but for the comparison of translations), and what was left out.
pub struct Opened {
    pub content: Option<Content>,
    pub diagnostics: Vec<Diagnostic>,
    pub left_out: Vec<Part>,
}

impl Opened {
    /// Whether any layer has an error: then the content is not all there
    /// is, and the person is told so in one line.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Everything read and checked, from the built-in content with the folders
/// `sources` names in place of the built-in ones: what the tests use.
pub fn load(sources: &Sources) -> Loaded {
    load_layers(&lookup::given_only(sources))
}

/// Every layer read and checked together: what `check` reports.
pub(crate) fn load_layers(layers: &[Layer]) -> Loaded {
    load_keeping_locales(layers).0
}

/// As `load_layers`, and the locales as read when the content has errors
/// (and so does not hold them), for `check` to compare without reading
/// them again; either way every locale's files are read in full.
pub fn load_keeping_locales(layers: &[Layer]) -> (Loaded, Option<Locales>) {
    let read = Read::layers(layers);
    // Problems reading come first: a flow folder that cannot be read is
    // then not also blamed for the triage missing.
    let assembled = read.assemble(&BTreeSet::new(), false, read.diagnostics.clone());
    let mut diagnostics = assembled.diagnostics;
    diagnostics.sort_by(|a, b| a.location.cmp(&b.location));
    let valid = !diagnostics.iter().any(Diagnostic::is_error);
    let Assembled { catalog, mut locales, config, .. } = assembled;
    locales.read_in_full();
    match catalog {
        Some(catalog) if valid => {
            (Loaded { content: Some(Content { catalog, locales, config }), diagnostics }, None)
        }
        _ => (Loaded { content: None, diagnostics }, Some(locales)),
    }
}

/// The built-in content with the folders `sources` names in place of the
/// built-in ones, as [`open_layers`] starts with it; none when anything
/// has an error.
pub fn open(sources: &Sources) -> Loaded {
    let opened = open_layers(&lookup::given_only(sources));
    let valid = !opened.has_errors();
    Loaded { content: opened.content.filter(|_| valid), diagnostics: opened.diagnostics }
}

/// What starting the program needs: every layer that is valid. A layer's
/// flow file, language or config with an error is left out (and with it
/// whatever needs it), down to the built-in content at worst, so a mistake
/// in an organization's content never locks a person out.
pub fn open_layers(layers: &[Layer]) -> Opened {
    let read = Read::layers(layers);
    let mut left_out = BTreeSet::new();
    let first = read.assemble(&left_out, true, Vec::new());
    let mut diagnostics = read.diagnostics.clone();
    diagnostics.extend(first.diagnostics.iter().cloned());
    diagnostics.sort_by(|a, b| a.location.cmp(&b.location));
    left_out.extend(read.broken_configs());
    let mut assembled = first;
    // Each round leaves out at least one more part, so this ends, at worst
    // with the built-in content alone.
    while assembled.diagnostics.iter().any(Diagnostic::is_error) {
        let mut blamed: BTreeSet<Part> = assembled
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .filter_map(|d| read.part_of(&d.location))
            .filter(|part| !left_out.contains(part))
            .collect();
        if blamed.is_empty() {
            // An error no layer's file is blamed for (a built-in flow that
            // links into a flow a layer replaced): the latest part goes.
            match read.parts().into_iter().rev().find(|part| !left_out.contains(part)) {
                Some(part) => {
                    blamed.insert(part);
                }
                None => {
                    return Opened { content: None, diagnostics, left_out: left_out.into_iter().collect() };
                }
            }
        }
        left_out.extend(blamed);
        assembled = read.assemble(&left_out, true, Vec::new());
    }
    let Assembled { catalog, locales, config, .. } = assembled;
    let content = catalog.map(|catalog| Content { catalog, locales, config });
    Opened { content, diagnostics, left_out: left_out.into_iter().collect() }
}

/// The locales of every layer, laid over each other: what `i18n status`
/// counts.
pub fn locales(layers: &[Layer], diagnostics: &mut Vec<Diagnostic>) -> Locales {
    let read = layers.iter().map(|layer| read_locales(layer.locales.as_ref(), diagnostics)).collect();
    let mut locales = Locales::load_layered(read, diagnostics);
    locales.read_in_full();
    locales
}

/// What one layer adds and replaces, for `--where`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LayerSummary {
    pub flows_added: Vec<String>,
    pub flows_replaced: Vec<String>,
    pub languages_added: Vec<String>,
    /// `(tag, messages added, messages replaced)` of each language the
    /// layer writes in.
    pub messages: Vec<(String, usize, usize)>,
    pub config_keys: Vec<String>,
    /// Errors in this layer's files.
    pub errors: usize,
}

/// What each layer adds and replaces, and how many errors each has: one
/// summary per layer, in the order of `layers`.
pub(crate) fn summarize(layers: &[Layer]) -> (Vec<LayerSummary>, Opened) {
    let opened = open_layers(layers);
    let read = Read::layers(layers);
    let mut summaries = vec![LayerSummary::default(); layers.len()];
    let (_, added, replaced) = read.merged_flows(&BTreeSet::new());
    for (layer, id) in added {
        if let Some(s) = summaries.get_mut(layer) {
            s.flows_added.push(id);
        }
    }
    for (layer, id) in replaced {
        if let Some(s) = summaries.get_mut(layer) {
            s.flows_replaced.push(id);
        }
    }
    let mut known: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (layer, read_layer) in read.layers.iter().enumerate() {
        let Some(summary) = summaries.get_mut(layer) else { continue };
        for (tag, files) in &read_layer.locales {
            let ids: BTreeSet<String> = match files {
                LocaleFiles::Read(files) => {
                    Inventory::read(files).iter().map(|(id, _)| id.to_string()).collect()
                }
                LocaleFiles::BuiltIn(unread) => unread.index.ids().map(str::to_string).collect(),
            };
            let before = known.entry(tag.clone()).or_default();
            if before.is_empty() {
                summary.languages_added.push(tag.clone());
            }
            let replaced = ids.intersection(before).count();
            summary.messages.push((tag.clone(), ids.len() - replaced, replaced));
            before.extend(ids);
        }
        summary.config_keys = read_layer.config.as_ref().map(OrgConfig::keys_set).unwrap_or_default();
    }
    for diagnostic in opened.diagnostics.iter().filter(|d| d.is_error()) {
        let layer = read
            .part_of(&diagnostic.location)
            .map(|p| p.layer())
            .or_else(|| read.layer_of(&diagnostic.location));
        if let Some(summary) = layer.and_then(|layer| summaries.get_mut(layer)) {
            summary.errors += 1;
        }
    }
    (summaries, opened)
}

/// Every layer as read from its files, not yet combined.
struct Read {
    layers: Vec<ReadLayer>,
    /// Problems reading the files, and in config files.
    diagnostics: Vec<Diagnostic>,
    /// The place shown for locales as a whole: the latest layer's folder.
    locales_place: String,
}

struct ReadLayer {
    flows: Vec<FlowFile>,
    locales: Vec<(String, LocaleFiles)>,
    /// The layer's config, when it has one that is valid.
    config: Option<OrgConfig>,
    /// Its config file, when it has one with an error.
    config_broken: bool,
    /// Where its files are, to blame problems on the layer.
    roots: Vec<String>,
}

/// Combined content, and the problems combining finds.
struct Assembled {
    catalog: Option<Catalog>,
    locales: Locales,
    config: OrgConfig,
    diagnostics: Vec<Diagnostic>,
}

impl Read {
    fn layers(layers: &[Layer]) -> Self {
        let mut diagnostics = Vec::new();
        // The flow folders' files first: how much they hold says whether
        // parsing them pays for a second thread.
        let mut flow_diagnostics = Vec::new();
        let folders: Vec<Option<Vec<SourceFile>>> = layers
            .iter()
            .map(|layer| match &layer.flows {
                Some(Place::Path(dir)) => Some(source::flow_files(Some(dir), &mut flow_diagnostics)),
                _ => None,
            })
            .collect();
        let bytes: usize = folders.iter().flatten().flatten().map(|file| file.text.len()).sum();
        let parsed = || {
            let layers_files = folders.into_iter().zip(layers);
            layers_files.map(|(read, layer)| flows_of(layer.flows.as_ref(), read)).collect::<Vec<_>>()
        };
        let read_layers = std::thread::scope(|scope| {
            // The flows and the locales do not depend on each other until
            // they are compared. Below `PARALLEL_FLOW_BYTES` (an
            // organization's few flows) a thread costs a start more than it
            // saves, in time and in memory (its own heap).
            let mut rest = || {
                let locales: Vec<_> = layers
                    .iter()
                    .map(|layer| read_locales(layer.locales.as_ref(), &mut diagnostics))
                    .collect();
                let configs: Vec<_> =
                    layers.iter().map(|layer| read_config(layer, &mut diagnostics)).collect();
                (locales, configs)
            };
            let (flows, (locales, configs)) = if bytes >= PARALLEL_FLOW_BYTES {
                let thread = scope.spawn(parsed);
                let rest = rest();
                (thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), rest)
            } else {
                (parsed(), rest())
            };
            diagnostics.append(&mut flow_diagnostics);
            flows
                .into_iter()
                .zip(locales)
                .zip(configs)
                .zip(layers)
                .map(|(((flows, locales), (config, config_broken)), layer)| ReadLayer {
                    flows,
                    locales,
                    config,
                    config_broken,
                    roots: roots(layer),
                })
                .collect::<Vec<_>>()
        });
        let locales_place = layers
            .iter()
            .rev()
            .find_map(|l| match &l.locales {
                Some(Place::Path(path)) => Some(path.display().to_string()),
                Some(Place::Embedded) => Some("locales".to_string()),
                None => None,
            })
            .unwrap_or_else(|| "locales".into());
        Self { layers: read_layers, diagnostics, locales_place }
    }

    /// The layers' content combined, less the parts `left_out`. At a
    /// `start`, what the layers' translations touch is compared with
    /// English too (a misspelt variable would show as `{$stepp}`), and what
    /// is built in and untouched is not checked again: build.rs checked it
    /// with this same code (`check` does it again).
    /// `diagnostics` are those found before, which the new ones join.
    fn assemble(
        &self,
        left_out: &BTreeSet<Part>,
        start: bool,
        mut diagnostics: Vec<Diagnostic>,
    ) -> Assembled {
        let (files, _, _) = self.merged_flows(left_out);
        let catalog = if start {
            flow::build_catalog_at_start(&files, &mut diagnostics)
        } else {
            build_catalog(&files, &mut diagnostics)
        };
        let locale_layers = self
            .layers
            .iter()
            .enumerate()
            .map(|(layer, read)| {
                let kept = read
                    .locales
                    .iter()
                    .filter(|(tag, _)| !left_out.contains(&Part::Locale { layer, tag: tag.clone() }));
                kept.cloned().collect()
            })
            .collect();
        let locales = Locales::load_layered(locale_layers, &mut diagnostics);
        // At a start, what the layers above the built-in content define in
        // each language: their files (those the loader found sound to
        // parse), read once for this and for comparing them. `check` looks
        // at everything, and parses none for this.
        let folders: Option<Vec<Inventory>> =
            start.then(|| locales.iter().map(|locale| Inventory::read(&locale.files)).collect());
        let changed: Option<BTreeMap<String, BTreeSet<String>>> = folders.as_ref().map(|folders| {
            let defined = |inventory: &Inventory| inventory.iter().map(|(id, _)| id.to_string()).collect();
            locales
                .iter()
                .zip(folders)
                .map(|(locale, read)| (locale.tag.to_string(), defined(read)))
                .collect()
        });
        check_messages(catalog.as_ref(), &locales, &self.locales_place, changed.as_ref(), &mut diagnostics);
        if let Some(changed) = changed.as_ref().filter(|changed| changed.values().any(|ids| !ids.is_empty()))
        {
            let compared = compare::diagnostics_touching(&locales, changed, folders.unwrap_or_default());
            diagnostics.extend(compared.into_iter().filter(Diagnostic::is_error));
        }
        let config =
            self.layers.iter().filter_map(|l| l.config.clone()).fold(OrgConfig::default(), OrgConfig::merge);
        Assembled { catalog, locales, config, diagnostics }
    }

    /// The flow files in force, a later layer's flow replacing an earlier
    /// one with its id (in its place); and which layer added and which
    /// replaced each id.
    #[expect(clippy::type_complexity, reason = "three lists, named where they are used")]
    fn merged_flows(
        &self,
        left_out: &BTreeSet<Part>,
    ) -> (Vec<FlowFile>, Vec<(usize, String)>, Vec<(usize, String)>) {
        let mut order: Vec<String> = Vec::new();
        let mut by_id: HashMap<String, (usize, Vec<FlowFile>)> = HashMap::new();
        let (mut added, mut replaced) = (Vec::new(), Vec::new());
        for (layer, read) in self.layers.iter().enumerate() {
            for file in &read.flows {
                if left_out.contains(&Part::Flow { layer, file: shown(file.path()) }) {
                    continue;
                }
                let id = file.id();
                match by_id.get_mut(id) {
                    // Two files of one layer with one id: both go in, and
                    // the second is reported as a duplicate.
                    Some((owner, files)) if *owner == layer => files.push(file.clone()),
                    Some(entry) => {
                        *entry = (layer, vec![file.clone()]);
                        replaced.push((layer, id.to_string()));
                    }
                    None => {
                        by_id.insert(id.to_string(), (layer, vec![file.clone()]));
                        order.push(id.to_string());
                        added.push((layer, id.to_string()));
                    }
                }
            }
        }
        let files = order.iter().filter_map(|id| by_id.remove(id)).flat_map(|(_, files)| files).collect();
        (files, added, replaced)
    }

    /// The parts of every layer but the built-in content, lowest first.
    fn parts(&self) -> Vec<Part> {
        let mut parts = Vec::new();
        for (layer, read) in self.layers.iter().enumerate().skip(1) {
            parts.extend(read.flows.iter().map(|f| Part::Flow { layer, file: shown(f.path()) }));
            parts.extend(read.locales.iter().map(|(tag, _)| Part::Locale { layer, tag: tag.clone() }));
        }
        parts
    }

    /// Config files with an error: left out from the start.
    fn broken_configs(&self) -> Vec<Part> {
        let broken = self.layers.iter().enumerate().filter(|(_, l)| l.config_broken);
        broken.map(|(layer, _)| Part::Config { layer }).collect()
    }

    /// The part of a layer other than the built-in content that `location`
    /// is in, if any. A file given in two layers is the later one's.
    fn part_of(&self, location: &Location) -> Option<Part> {
        let file = &*location.file;
        let mut found = None;
        for (layer, read) in self.layers.iter().enumerate().skip(1) {
            for flow in &read.flows {
                if shown(flow.path()) == file {
                    found = Some(Part::Flow { layer, file: file.to_string() });
                }
            }
            for (tag, files) in &read.locales {
                let files = files.read();
                let place = files
                    .first()
                    .and_then(|f| f.path.rsplit_once(std::path::is_separator))
                    .map(|(dir, _)| shown(dir));
                if files.iter().any(|f| shown(&f.path) == file) || place.as_deref() == Some(file) {
                    found = Some(Part::Locale { layer, tag: tag.clone() });
                }
            }
        }
        found
    }

    /// The layer whose folders `location` is in.
    fn layer_of(&self, location: &Location) -> Option<usize> {
        let file = &*location.file;
        let inside = |root: &String| file == root || file.starts_with(&format!("{root}/"));
        self.layers.iter().enumerate().skip(1).rev().find(|(_, l)| l.roots.iter().any(inside)).map(|(i, _)| i)
    }
}

/// A path as a [`Location`] shows it.
fn shown(path: &str) -> String {
    Location::file(path).file.to_string()
}

fn dir_of(place: &Place) -> Option<&Path> {
    match place {
        Place::Embedded => None,
        Place::Path(path) => Some(path),
    }
}

/// Where a layer's files are, as shown.
fn roots(layer: &Layer) -> Vec<String> {
    let places = [&layer.flows, &layer.locales].into_iter().flatten().filter_map(dir_of);
    places.chain(layer.config.as_deref()).map(|p| shown(&p.display().to_string())).collect()
}

/// Flow files of this many bytes and more in the layers' folders are
/// parsed on a second thread while the locales load.
const PARALLEL_FLOW_BYTES: usize = 64 * 1024;

/// A layer's flow files: the built-in ones, or those `read` from its
/// folder, parsed.
fn flows_of(place: Option<&Place>, read: Option<Vec<SourceFile>>) -> Vec<FlowFile> {
    match place {
        None => Vec::new(),
        Some(Place::Embedded) => flow::stored::flow_files(),
        Some(Place::Path(_)) => read.into_iter().flatten().map(FlowFile::read).collect(),
    }
}

/// A layer's languages, each with its files.
fn read_locales(place: Option<&Place>, diagnostics: &mut Vec<Diagnostic>) -> Vec<(String, LocaleFiles)> {
    match place {
        None => Vec::new(),
        Some(Place::Embedded) => crate::i18n::built_in_locales(),
        Some(Place::Path(dir)) => {
            let locales = source::locale_files(Some(dir), diagnostics).into_iter();
            locales.map(|(tag, files)| (tag, LocaleFiles::Read(files))).collect()
        }
    }
}

/// A layer's config, or none; and whether it has one that is broken.
fn read_config(layer: &Layer, diagnostics: &mut Vec<Diagnostic>) -> (Option<OrgConfig>, bool) {
    let Some(path) = &layer.config else { return (None, false) };
    match source::read_file(path).and_then(|file| OrgConfig::parse(&file)) {
        Ok(config) => (Some(config), false),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            (None, true)
        }
    }
}

/// Every message the flows and the program use must exist in the source
/// locale (error) and should in every other (warning: English is shown).
/// At a start, given what the layers define in each language, only what
/// they touch in the source locale: messages of their flows, and those
/// they define. The rest is built in and build.rs checked it; what another
/// language lacks is a warning, never shown at a start (English is).
fn check_messages(
    catalog: Option<&Catalog>,
    locales: &Locales,
    place: &str,
    at_start: Option<&BTreeMap<String, BTreeSet<String>>>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let Some(missing) = locales.missing_source(place) {
        diagnostics.push(missing);
        return;
    }
    for locale in locales.iter() {
        let is_source = locale.tag == source_locale();
        if at_start.is_some() && !is_source {
            continue;
        }
        let report = |location: Location, problem: Problem| {
            if is_source {
                Diagnostic::error(location, problem)
            } else {
                Diagnostic::warning(location, problem)
            }
        };
        // At a start: the ids the layers define in this language.
        let layers_define = at_start.map(|changed| changed.get(&locale.tag.to_string()));
        let checked = |r: &&MessageRef| match layers_define {
            None => true,
            Some(ids) => !r.built_in || ids.is_some_and(|ids| ids.contains(&r.id)),
        };
        let lang = locale.tag.to_string();
        // The ids this locale defines, for "did you mean" on a misspelt id
        // in a flow; read once, and only where English lacks one.
        let mut defined: Option<Vec<&str>> = None;
        // At a start, a built-in flow's message is checked only where a
        // layer defines it again; the built-in ones are not even read when
        // no id a layer defines is built in (every message a built-in flow
        // uses is, in English: build.rs checked it).
        let index = &locale.bundle.unread().index;
        let built_in = |id: &String| index.ids().next().is_none() || index.find(id).is_some();
        let built_in_checked =
            layers_define.is_none_or(|ids| ids.is_some_and(|ids| ids.iter().any(built_in)));
        let refs: Vec<&MessageRef> = match catalog {
            None => Vec::new(),
            Some(catalog) if built_in_checked => catalog.message_refs().collect(),
            Some(catalog) => catalog.linked_message_refs().collect(),
        };
        for r in refs.into_iter().filter(checked) {
            if !locale.bundle.has(&r.id) {
                let suggestion = if is_source {
                    let ids = defined.get_or_insert_with(|| {
                        let read = locale.files.iter().flat_map(|f| f.text.lines().filter_map(message_id));
                        let mut ids: Vec<&str> = read.collect();
                        // The index has terms too, which no flow names.
                        for id in locale.bundle.indexed_ids().filter(|id| !id.starts_with('-')) {
                            ids.push(id);
                        }
                        ids
                    });
                    closest(&r.id, ids.iter().copied())
                } else {
                    None
                };
                diagnostics.push(
                    report(
                        r.location.clone(),
                        Problem::MessageMissing { id: r.id.clone(), locale: lang.clone() },
                    )
                    .with_suggestion(suggestion),
                );
            } else if r.needs_title && !locale.bundle.has_attribute(&r.id, "title") {
                diagnostics.push(report(
                    r.location.clone(),
                    Problem::TitleMissing { id: r.id.clone(), locale: lang.clone() },
                ));
            }
        }
        // No layer removes a message: the program's own are all there
        // where the built-in content has them.
        let program_ids = messages::SESSION_GROUPS.iter().flat_map(|group| group.iter());
        for id in program_ids.filter(|_| at_start.is_none()).filter(|id| !locale.bundle.has(id)) {
            diagnostics.push(report(
                Location::file(&locale.place),
                Problem::MessageMissing { id: id.to_string(), locale: lang.clone() },
            ));
        }
    }
}
