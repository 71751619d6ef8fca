//! Where content comes from: the copies compiled into the binary, or a
//! directory given at run time. Reads are bounded; files come back sorted so
//! every run reports problems in the same order.

use std::path::Path;

use include_dir::{Dir, include_dir};

use crate::diagnostic::{Diagnostic, Location, Problem};

static EMBEDDED_FLOWS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/flows");
static EMBEDDED_LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// No flow, locale or config file may be larger than this.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// A content directory with more files than this is refused.
pub const MAX_FILES: usize = 2000;

/// One content file: the path shown in diagnostics, and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// The flow files (`*.yaml`, `*.yml`), from `dir` or the embedded copies.
pub fn flow_files(dir: Option<&Path>, diagnostics: &mut Vec<Diagnostic>) -> Vec<SourceFile> {
    let is_flow = |name: &str| name.ends_with(".yaml") || name.ends_with(".yml");
    match dir {
        Some(dir) => read_dir_files(dir, is_flow, diagnostics),
        None => embedded_files(&EMBEDDED_FLOWS, "flows", is_flow),
    }
}

/// The locales: one `(tag, files)` per subdirectory holding `*.ftl` files.
pub fn locale_files(dir: Option<&Path>, diagnostics: &mut Vec<Diagnostic>) -> Vec<(String, Vec<SourceFile>)> {
    let is_ftl = |name: &str| name.ends_with(".ftl");
    let mut locales = match dir {
        Some(dir) => subdirectories(dir, diagnostics)
            .into_iter()
            .map(|(tag, path)| (tag, read_dir_files(&path, is_ftl, diagnostics)))
            .collect::<Vec<_>>(),
        None => EMBEDDED_LOCALES
            .dirs()
            .filter_map(|sub| {
                let tag = sub.path().file_name()?.to_str()?.to_string();
                let files = embedded_files(sub, &format!("locales/{tag}"), is_ftl);
                Some((tag, files))
            })
            .collect(),
    };
    locales.retain(|(_, files)| !files.is_empty());
    locales.sort_by(|a, b| a.0.cmp(&b.0));
    locales
}

/// Reads one file given by the user (the config), bounded like the rest.
pub fn read_file(path: &Path) -> Result<SourceFile, Diagnostic> {
    let shown = path.display().to_string();
    let bytes = read_bounded(path).map_err(|problem| Diagnostic::error(Location::file(&shown), problem))?;
    let text =
        String::from_utf8(bytes).map_err(|_| Diagnostic::error(Location::file(&shown), Problem::NotUtf8))?;
    Ok(SourceFile { path: shown, text })
}

fn embedded_files(dir: &Dir<'_>, prefix: &str, wanted: impl Fn(&str) -> bool) -> Vec<SourceFile> {
    let mut files: Vec<SourceFile> = dir
        .files()
        .filter_map(|file| {
            let name = file.path().file_name()?.to_str()?;
            let text = file.contents_utf8()?;
            wanted(name).then(|| SourceFile { path: format!("{prefix}/{name}"), text: text.into() })
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn read_dir_files(
    dir: &Path,
    wanted: impl Fn(&str) -> bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<SourceFile> {
    let mut paths = Vec::new();
    for (name, path) in list_dir(dir, diagnostics) {
        if path.is_file() && wanted(&name) {
            paths.push(path);
        }
    }
    paths.sort();
    paths.iter().filter_map(|path| read_file(path).map_err(|d| diagnostics.push(d)).ok()).collect()
}

fn subdirectories(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<(String, std::path::PathBuf)> {
    list_dir(dir, diagnostics).into_iter().filter(|(_, path)| path.is_dir()).collect()
}

/// The entries of `dir` by name, at most [`MAX_FILES`] of them.
fn list_dir(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<(String, std::path::PathBuf)> {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                Location::file(shown),
                Problem::ReadFailed { detail: e.to_string() },
            ));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        if out.len() == MAX_FILES {
            diagnostics
                .push(Diagnostic::error(Location::file(shown), Problem::TooManyFiles { limit: MAX_FILES }));
            break;
        }
        if let Some(name) = entry.file_name().to_str() {
            out.push((name.to_string(), entry.path()));
        }
    }
    out
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, Problem> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| Problem::ReadFailed { detail: e.to_string() })?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Problem::ReadFailed { detail: e.to_string() })?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Problem::FileTooLarge { limit_kib: MAX_FILE_BYTES / 1024 });
    }
    Ok(bytes)
}
