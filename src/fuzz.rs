//! The four readers of untrusted files, each as one function from bytes to
//! everything the program would do with them, down to the words shown.
//! The fuzz targets (`fuzz/`) and the corpus replay in the test suite call
//! these same functions, so what is fuzzed is exactly what is replayed.

use std::sync::Arc;
use std::time::UNIX_EPOCH;

use crate::content::config::OrgConfig;
use crate::content::source::{self, SourceFile};
use crate::content::{self, Sources};
use crate::diagnostic::Diagnostic;
use crate::engine::Session;
use crate::facts::{Date, Facts};
use crate::flow::{Catalog, FlowFile, build_catalog};
use crate::i18n::{Arg, Locales, Localizer};
use crate::report::{self, Ticket, to_markdown};
use crate::screen::Screen;
use crate::translation::compare;

/// A flow file: parsed, checked, its problems worded.
pub fn flow(bytes: &[u8]) {
    let Some(file) = file("flows/fuzz.yaml", bytes) else { return };
    let mut diagnostics = Vec::new();
    let _ = build_catalog(&[FlowFile::read(file)], &mut diagnostics);
    word(&diagnostics);
}

/// Two locales: English from the bytes before the first NUL, Danish from
/// those after it (or the same text); loaded, compared, every message
/// formatted.
pub fn ftl(bytes: &[u8]) {
    let (en, da) = bytes.split_at(bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len()));
    let da = da.get(1..).filter(|rest| !rest.is_empty()).unwrap_or(en);
    let (Some(en), Some(da)) = (file("locales/en/fuzz.ftl", en), file("locales/da/fuzz.ftl", da)) else {
        return;
    };
    let mut diagnostics = Vec::new();
    let locales = Locales::load(vec![("da".into(), vec![da]), ("en".into(), vec![en])], &mut diagnostics);
    // From the files the loader kept: it leaves out what no parser may see.
    let kept = locales.source().map(|english| english.files.as_slice()).unwrap_or_default();
    let ids: Vec<String> = kept
        .iter()
        .flat_map(|file| {
            fluent_syntax::parser::parse_runtime(file.text.as_str())
                .unwrap_or_else(|(resource, _)| resource)
                .body
                .into_iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
        })
        .collect();
    diagnostics.extend(compare::diagnostics(&locales));
    let _ = compare::status(&locales);
    let l10n = locales.localizer(&["da".parse().unwrap_or_default()]);
    for id in &ids {
        let _ = l10n.format(id, &[("n", Arg::number(3)), ("name", Arg::text("x"))]);
        let _ = l10n.attribute(id, "title");
    }
    word(&diagnostics);
}

/// Screens that show every config value: the helpdesk's contact block on
/// an escalation, and the numbers verification calls come from.
const CONFIG_SCREENS: [&str; 2] = ["lost-phone#helpdesk", "code-not-arriving#unblock-numbers"];

/// An organization config: parsed, and its values shown on the screens
/// that use them.
pub fn config(bytes: &[u8]) {
    let Some(file) = file("config.yaml", bytes) else { return };
    match OrgConfig::parse(&file) {
        Ok(config) => {
            let _ = config_screens(&config);
        }
        Err(diagnostic) => word(&[diagnostic]),
    }
}

/// [`CONFIG_SCREENS`] as they look with `config`.
fn config_screens(config: &OrgConfig) -> Vec<Screen> {
    let l10n = program();
    let l10n = l10n.clone().with_globals(config.message_variables(&l10n));
    let Some(catalog) = bundled_catalog() else { return Vec::new() };
    let nodes = CONFIG_SCREENS.iter().filter_map(|path| catalog.find(path));
    nodes
        .map(|node| {
            let mut session = Session::new(Arc::clone(&catalog), today());
            session.jump(node);
            Screen::build(&session, &l10n, config)
        })
        .collect()
}

/// A saved ticket, resumed on the bundled flows, and summarized again.
pub fn ticket(bytes: &[u8]) {
    let Some(file) = file("ticket.json", bytes) else { return };
    let Some(catalog) = bundled_catalog() else { return };
    match report::resume(&file, catalog, today()) {
        Ok((session, notes)) => {
            let l10n = program();
            let ticket = Ticket::new(&session, &notes, &l10n, UNIX_EPOCH);
            let _ = to_markdown(&ticket, &l10n);
            let _ = ticket.to_json();
        }
        Err(diagnostic) => word(&[diagnostic]),
    }
}

/// What `source::read_file` makes of the bytes: UTF-8 within the size
/// limit, or nothing (those are refused before any parser runs).
fn file(path: &str, bytes: &[u8]) -> Option<SourceFile> {
    if bytes.len() > source::MAX_FILE_BYTES {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    Some(SourceFile { path: path.into(), text: text.into() })
}

/// Every diagnostic as `check` prints it, as text and as JSON.
fn word(diagnostics: &[Diagnostic]) {
    let l10n = program();
    for diagnostic in diagnostics {
        let _ = diagnostic.render(&l10n);
    }
    let _ = crate::diagnostic::collect::to_json(diagnostics, &l10n);
}

// Loaded once per thread: a fuzzer runs millions of inputs.
thread_local! {
    static PROGRAM: Localizer =
        Locales::load(source::locale_files(None, &mut Vec::new()), &mut Vec::new()).localizer(&[]);
    static CATALOG: Option<Arc<Catalog>> =
        content::load(&Sources::default()).content.map(|content| Arc::new(content.catalog));
}

fn program() -> Localizer {
    PROGRAM.with(Localizer::clone)
}

/// Branches decide on the day the fuzzer runs, as a person's session would.
fn today() -> Facts {
    Facts::on(Date::of(std::time::SystemTime::now()))
}

fn bundled_catalog() -> Option<Arc<Catalog>> {
    CATALOG.with(Option::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_target_shows_every_value_it_parsed() {
        let text = "helpdesk:\n  name: Fuzzdesk\n  phone: \"+45 1111\"\n  email: a@b.c\n  url: https://x.y\n  hours: 8-16\nvoice_caller_numbers: [\"+45 2222\"]\n";
        let config = OrgConfig::parse(&SourceFile { path: "c.yaml".into(), text: text.into() }).unwrap();
        let screens = config_screens(&config);
        assert_eq!(screens.len(), CONFIG_SCREENS.len());
        let sections = screens.iter().flat_map(|screen| &screen.sections);
        let shown: String =
            sections.map(|s| format!("{}\n{}\n", s.heading.as_deref().unwrap_or_default(), s.text)).collect();
        for value in ["Fuzzdesk", "+45 1111", "a@b.c", "https://x.y", "8-16", "+45\u{a0}2222"] {
            assert!(shown.contains(value), "{value} in {shown}");
        }
    }
}
