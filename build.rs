//! Checks the built-in content (`flows/`, `locales/`) with the program's own
//! loader and fails the build on any error, each at its file:line:col as
//! `mfa-doctor check` says it. Only content that passes is written out in
//! its build-time form (see src/built_in.rs): the flows as the loader
//! linked them, and which file of each locale defines each message, as
//! Fluent's parser read it. There is one validation code path:
//! the modules below are the library's own files, included by path.
//!
//! Included rather than moved into a crate of their own that both the
//! library and this script depend on: loading is one tree of modules
//! (content, flow, i18n and the problems they report) that the rest of the
//! library calls by `crate::` path; a crate would split the library in two
//! and turn those paths into a public API, for nothing the build needs but
//! to run the same code.

// The library's modules, of which this script calls only the loader: the
// rest (what the program does with the content, and what the library
// re-exports for it) is not dead, merely unused here.
#![allow(dead_code, unused_imports)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "src/content/mod.rs"]
mod content;
#[path = "src/diagnostic/mod.rs"]
mod diagnostic;
#[path = "src/facts.rs"]
mod facts;
#[path = "src/flow/mod.rs"]
mod flow;
#[path = "src/i18n/mod.rs"]
mod i18n;
#[path = "src/messages.rs"]
mod messages;
#[path = "src/places.rs"]
mod places;
#[path = "src/sanitize.rs"]
mod sanitize;
#[path = "src/translation/mod.rs"]
mod translation;
#[path = "src/width.rs"]
mod width;
#[path = "src/yaml/mod.rs"]
mod yaml;

/// Nothing is built in yet: this script is what builds it. The loader reads
/// the built-in layer from `flows/` and `locales/` here, as from any folder.
mod built_in {
    pub static CATALOG: &[u8] = &[];
    pub static MESSAGES: &[u8] = &[];
    pub static SOURCES: &[u8] = &[];
    pub static RAW_FLOWS: &[u8] = &[];
    pub const FLOW_FILES: &[(&str, &str)] = &[];
    pub const LOCALE_INDEX: &[(&str, crate::i18n::LocaleIndex)] = &[];
    pub static FILES: &[u8] = &[];
    pub const FILE_PATHS: &str = "";
    pub const FILE_ENDS: &[u32] = &[];
}

use content::lookup::{Layer, Origin, Place};
use content::source::{self, SourceFile};
use diagnostic::Diagnostic;
use flow::FlowFile;
use i18n::locale_index::Encoded;
use i18n::{Locales, source_locale};
use translation::ftl::Inventory;

fn main() -> ExitCode {
    println!("cargo:rerun-if-changed=flows");
    println!("cargo:rerun-if-changed=locales");
    link_layout();
    let layer = Layer {
        origin: Origin::BuiltIn,
        dir: None,
        flows: Some(Place::Path(PathBuf::from("flows"))),
        locales: Some(Place::Path(PathBuf::from("locales"))),
        config: None,
    };
    // What `mfa-doctor check` finds, but for the age of sources, which
    // depends on the day and is a warning only.
    let today = facts::Date::of(std::time::SystemTime::now());
    let max_age = diagnostic::collect::MaxAge { today, days: i64::MAX };
    let errors: Vec<Diagnostic> = diagnostic::collect::all(std::slice::from_ref(&layer), max_age)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    let mut ignored = Vec::new();
    let flow_files = source::flow_files(Some(Path::new("flows")), &mut ignored);
    let locales = Locales::load(source::locale_files(Some(Path::new("locales")), &mut ignored), &mut ignored);
    if !errors.is_empty() {
        let english = locales.localizer(&[source_locale()]);
        for error in &errors {
            eprintln!("{}", error.render(&english));
        }
        eprintln!(
            "The built-in content has {} error(s): see above, as `mfa-doctor check` says them.",
            errors.len()
        );
        return ExitCode::FAILURE;
    }
    let index = match locale_index(&locales) {
        Ok(index) => index,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    let locale_files = locales.iter().flat_map(|locale| locale.files.iter());
    let (files, paths, ends) = match embedded_files(flow_files.iter().chain(locale_files)) {
        Ok(embedded) => embedded,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let linked = match catalog(&flow_files) {
        Ok(linked) => linked,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    for (name, bytes) in linked.into_iter().chain([
        ("built-in-locale-index.rs", index.into_bytes()),
        ("built-in-files.bin", files),
        ("built-in-files.txt", paths.into_bytes()),
        ("built-in-files.rs", ends.into_bytes()),
    ]) {
        if let Err(e) = std::fs::write(out_dir.join(name), bytes) {
            eprintln!("cannot write {}: {e}", out_dir.join(name).display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// What scripts/build-release asks of the linker (lld) for the shipped
/// binary: the functions a start runs placed side by side
/// (`MFA_DOCTOR_SYMBOL_ORDER`, a file of symbol names), or a map of where
/// everything went (`MFA_DOCTOR_LINK_MAP`, a path to write), from which
/// scripts/startup-order makes that file. Given here rather than in
/// RUSTFLAGS, which would change every symbol's name.
fn link_layout() {
    for (variable, argument) in
        [("MFA_DOCTOR_SYMBOL_ORDER", "--symbol-ordering-file="), ("MFA_DOCTOR_LINK_MAP", "-Map=")]
    {
        println!("cargo:rerun-if-env-changed={variable}");
        if let Some(path) = given(variable) {
            println!("cargo:rustc-link-arg-bins=-Wl,{argument}{}", Path::new(&path).display());
        }
    }
    if given("MFA_DOCTOR_SYMBOL_ORDER").is_some() {
        // Names from another build that this one lacks are no mistake.
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// The files the program embeds: the flows and locales as the loader
/// read them for the checks above, sorted by path (`flows/x.yaml`,
/// `locales/en/x.ftl`, with `/` on every host): their bytes back to back,
/// their paths one per line, and where each ends, as a Rust array.
fn embedded_files<'a>(
    files: impl Iterator<Item = &'a SourceFile>,
) -> Result<(Vec<u8>, String, String), String> {
    let mut files: Vec<(String, &str)> =
        files.map(|file| (file.path.replace(std::path::MAIN_SEPARATOR, "/"), file.text.as_str())).collect();
    files.sort();
    let (mut bytes, mut paths, mut ends) = (Vec::new(), String::new(), Vec::new());
    for (path, text) in files {
        bytes.extend(text.as_bytes());
        paths.push_str(&path);
        paths.push('\n');
        ends.push(u32::try_from(bytes.len()).map_err(|_| "the built-in content is over 4 GB".to_string())?);
    }
    Ok((bytes, paths, format!("{ends:?}")))
}

/// An environment variable that is set to something.
fn given(variable: &str) -> Option<std::ffi::OsString> {
    std::env::var_os(variable).filter(|value| !value.is_empty())
}

/// The built-in flows linked by the loader, stored as the program reads
/// them (see src/flow/stored.rs): each file's name and bytes.
fn catalog(files: &[SourceFile]) -> Result<[(&'static str, Vec<u8>); 5], String> {
    let files: Vec<FlowFile> = files.iter().cloned().map(FlowFile::read).collect();
    let catalog = flow::build_catalog(&files, &mut Vec::new()).ok_or("the built-in flows do not link")?;
    let ids = catalog.flows().iter().map(|flow| flow.id.as_str());
    if files.iter().map(FlowFile::id).ne(ids) {
        return Err("the built-in flows are not in the catalog in the order of their files".into());
    }
    flow::stored::store(&files, &catalog).map_err(|e| format!("cannot store the built-in catalog: {e}"))
}

/// For each locale, every message and term id with the name of the file
/// that defines it, its attributes and what it refers to, as a Rust
/// expression.
fn locale_index(locales: &Locales) -> Result<String, String> {
    let mut entries = Vec::new();
    for locale in locales.iter() {
        let inventory = Inventory::read(&locale.files);
        let messages = inventory.iter().map(|(id, entry)| {
            let attributes = entry.attributes.keys().map(String::as_str).collect();
            let usages = entry.patterns().flat_map(|(_, _, usage)| usage.references.iter());
            (id, entry.file_name.as_str(), attributes, usages.map(|r| r.id.as_str()).collect())
        });
        let index = Encoded::new(messages).map_err(|name| {
            format!("locales/{}: more attribute names than the index has room for ({name})", locale.tag)
        })?;
        entries.push(format!("({:?}, {})", locale.tag.to_string(), index.source()));
    }
    Ok(format!("&[{}]", entries.join(", ")))
}
