//! Where content comes from: the copies compiled into the binary, or a
//! directory given at run time. Reads are bounded; files come back sorted so
//! every run reports problems in the same order.

use std::path::Path;

use crate::built_in;
use crate::diagnostic::{Diagnostic, Location, Problem};

/// No flow, locale, config or ticket file may be larger than this.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// A content directory with more entries than this is read no further.
pub(crate) const MAX_FILES: usize = 2000;
/// The files read from one content directory (flows, or all locales) may
/// add up to this much: [`MAX_FILES`] files of [`MAX_FILE_BYTES`] each would
/// be two gigabytes.
pub(crate) const MAX_CONTENT_BYTES: usize = 64 * 1024 * 1024;

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
        Some(dir) => read_dir_files(dir, FLOW_ENDINGS, &mut Budget::new(dir), diagnostics),
        None => embedded_files()
            .filter(|(path, _)| path.strip_prefix("flows/").is_some_and(is_flow))
            .filter_map(owned)
            .collect(),
    }
}

/// The locales: one `(tag, files)` per subdirectory holding `*.ftl` files.
pub fn locale_files(dir: Option<&Path>, diagnostics: &mut Vec<Diagnostic>) -> Vec<(String, Vec<SourceFile>)> {
    let mut locales = match dir {
        Some(dir) => {
            let mut budget = Budget::new(dir);
            subdirectories(dir, diagnostics)
                .into_iter()
                .map(|(tag, path)| (tag, read_dir_files(&path, LOCALE_ENDINGS, &mut budget, diagnostics)))
                .collect::<Vec<_>>()
        }
        None => embedded_locales()
            .into_iter()
            .map(|(tag, texts)| (tag.to_string(), texts.into_iter().filter_map(owned).collect()))
            .collect(),
    };
    locales.retain(|(_, files)| !files.is_empty());
    locales.sort_by(|a, b| a.0.cmp(&b.0));
    locales
}

/// The text of the embedded file shown as `path` (`flows/x.yaml`,
/// `locales/en/x.ftl`).
pub fn embedded_text(path: &str) -> Option<&'static str> {
    let (_, bytes) = embedded_files().find(|(embedded, _)| *embedded == path)?;
    std::str::from_utf8(bytes).ok()
}

/// An embedded file: its path as shown, and its bytes, both in the binary.
pub(crate) type EmbeddedFile = (&'static str, &'static [u8]);

/// The embedded locales with their texts borrowed from the binary, neither
/// copied nor even looked at yet (a file is checked to be UTF-8 when it is
/// read): `(tag, [(path, bytes)])`, in the order of [`locale_files`].
pub(crate) fn embedded_locales() -> Vec<(&'static str, Vec<EmbeddedFile>)> {
    let mut locales: Vec<(&str, Vec<EmbeddedFile>)> = Vec::new();
    for (path, bytes) in embedded_files() {
        let Some((tag, name)) = path.strip_prefix("locales/").and_then(|rest| rest.split_once('/')) else {
            continue;
        };
        if !name.ends_with(".ftl") || name.contains('/') {
            continue;
        }
        match locales.last_mut() {
            Some((last, files)) if *last == tag => files.push((path, bytes)),
            _ => locales.push((tag, vec![(path, bytes)])),
        }
    }
    // By tag: `en` before `en-GB`, whose paths sort first.
    locales.sort_by(|a, b| a.0.cmp(b.0));
    locales
}

/// `(path, bytes)` of every embedded file, sorted by path. The bytes lie
/// side by side in one block of the binary, apart from its other constants
/// and their paths: a start then reads only the pages of the files it
/// parses (with each file's path stored beside it, every page was read).
fn embedded_files() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    let starts = std::iter::once(0).chain(built_in::FILE_ENDS.iter().copied());
    built_in::FILE_PATHS.lines().zip(starts.zip(built_in::FILE_ENDS)).filter_map(|(path, (start, end))| {
        let bytes = built_in::FILES.get(usize::try_from(start).ok()?..usize::try_from(*end).ok()?)?;
        Some((path, bytes))
    })
}

/// Reads one file given by the user (the config, a ticket), bounded like
/// the rest.
pub fn read_file(path: &Path) -> Result<SourceFile, Diagnostic> {
    let shown = path.display().to_string();
    let bytes = read_bounded(path).map_err(|problem| Diagnostic::error(Location::file(&shown), problem))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile { path: shown, text: without_bom(text) }),
        Err(e) => {
            // Where the first bad byte is, so an editor can find it.
            let valid = e.as_bytes().get(..e.utf8_error().valid_up_to()).unwrap_or_default();
            let (line, column) = line_column(std::str::from_utf8(valid).unwrap_or_default(), valid.len());
            Err(Diagnostic::error(Location::new(&shown, line, column), Problem::NotUtf8))
        }
    }
}

/// The name of the file at `path`, without its folders.
pub(crate) fn file_name(path: &str) -> &str {
    path.rsplit(std::path::is_separator).next().unwrap_or_default()
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    Lines::new(text).line_column(offset)
}

/// Where each line of a text starts: to place many offsets in one file
/// (every message of a locale file) without counting lines from its start
/// for each, which made placing them quadratic in the file's size.
pub(crate) struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let breaks = text.match_indices('\n').map(|(at, _)| at + 1);
        Self { text, starts: std::iter::once(0).chain(breaks).collect() }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub(crate) fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let column = self.text.get(start..offset).map_or(0, |before| before.chars().count()) + 1;
        (line, column)
    }
}

/// What may still be read from one content directory.
struct Budget {
    place: String,
    bytes_left: usize,
    spent: bool,
}

impl Budget {
    fn new(dir: &Path) -> Self {
        Self { place: dir.display().to_string(), bytes_left: MAX_CONTENT_BYTES, spent: false }
    }

    /// Takes `file` out of the budget; once it is spent, says so once and
    /// takes nothing more.
    fn take(&mut self, file: &SourceFile, diagnostics: &mut Vec<Diagnostic>) -> bool {
        if !self.spent && file.text.len() <= self.bytes_left {
            self.bytes_left -= file.text.len();
            return true;
        }
        if !self.spent {
            self.spent = true;
            let problem = Problem::TooMuchContent { limit_mib: MAX_CONTENT_BYTES / (1024 * 1024) };
            diagnostics.push(Diagnostic::error(Location::file(&self.place), problem));
        }
        false
    }
}

/// An embedded file as a [`SourceFile`]; one that is not UTF-8 is left out.
fn owned((path, bytes): EmbeddedFile) -> Option<SourceFile> {
    Some(SourceFile {
        path: path.to_string(),
        text: without_bom(std::str::from_utf8(bytes).ok()?.to_string()),
    })
}

/// Text without the byte order mark some Windows editors put first: YAML
/// and Fluent would read it as part of the first key or message id.
fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

/// The endings of the files read in a flows folder and in a language's
/// folder, exactly (`X.YAML` is reported, not read).
const FLOW_ENDINGS: &[&str] = &[".yaml", ".yml"];
const LOCALE_ENDINGS: &[&str] = &[".ftl"];

/// The files in `dir` whose names end in one of `endings`, read. Hidden
/// files (`.x.yaml`, macOS's `._x.yaml`) are skipped, as `flows/README.md`
/// says; anything else under such a name that cannot be read is reported
/// by name: not an ordinary file (a directory, a pipe, a device), a link to
/// nothing or a link loop; and so is a name that is not UTF-8 or ends in
/// `.YAML`, which would otherwise be left out without a word.
fn read_dir_files(
    dir: &Path,
    endings: &[&str],
    budget: &mut Budget,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<SourceFile> {
    let mut paths = Vec::new();
    for entry in list_entries(dir, diagnostics) {
        let shown = entry.path.display().to_string();
        let Some(name) = entry.name.to_str() else {
            let lossy = entry.name.to_string_lossy().to_lowercase();
            if endings.iter().any(|ending| lossy.ends_with(ending)) {
                diagnostics.push(Diagnostic::warning(Location::file(shown), Problem::NameNotUtf8));
            }
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        if endings.iter().any(|ending| name.ends_with(ending)) {
            paths.push(entry.path);
        } else if let Some(expected) = endings.iter().find(|ending| name.to_lowercase().ends_with(*ending)) {
            let found = name.get(name.len().saturating_sub(expected.len())..).unwrap_or_default().to_string();
            let problem = Problem::EndingCase { found, expected: (*expected).to_string() };
            diagnostics.push(Diagnostic::warning(Location::file(shown), problem));
        }
    }
    paths.sort();
    let mut files = Vec::new();
    for path in &paths {
        if budget.spent {
            break;
        }
        match read_file(path) {
            Ok(file) if budget.take(&file, diagnostics) => files.push(file),
            Ok(_) => break,
            Err(diagnostic) if diagnostic.problem == Problem::NotAFile => {
                diagnostics.push(Diagnostic { problem: Problem::NotAFileHere, ..diagnostic });
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    files
}
/// The language folders in `dir` (hidden ones skipped). Two whose names
/// differ only in case (`EN/` beside `en/`) are one language: the one whose
/// name is written as its tag is written (`en`, `pt-BR`) is read, and each
/// other is reported, so that neither shadows the other unseen.
fn subdirectories(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<(String, std::path::PathBuf)> {
    let mut found: Vec<(String, std::path::PathBuf)> = list_entries(dir, diagnostics)
        .into_iter()
        .filter_map(|entry| Some((entry.name.to_str()?.to_string(), entry.path)))
        .filter(|(name, path)| !name.starts_with('.') && path.is_dir())
        .collect();
    found.sort();
    let canonical = |name: &str| name.parse::<unic_langid::LanguageIdentifier>().is_ok_and(|tag| tag == name);
    let mut kept: Vec<(String, std::path::PathBuf)> = Vec::new();
    for (name, path) in found {
        let Some(first) = kept.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(&name)) else {
            kept.push((name, path));
            continue;
        };
        let left_out = if canonical(&name) && !canonical(&first.0) {
            std::mem::replace(first, (name, path)).1
        } else {
            path
        };
        let problem = Problem::LocaleFolderTwice { kept: first.0.clone() };
        diagnostics.push(Diagnostic::error(Location::file(left_out.display().to_string()), problem));
    }
    kept.sort();
    kept
}

/// One entry of a directory, its name as the file system has it.
struct Entry {
    name: std::ffi::OsString,
    path: std::path::PathBuf,
}

/// The entries of `dir`, at most [`MAX_FILES`] of them.
fn list_entries(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<Entry> {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diagnostics
                .push(Diagnostic::error(Location::file(shown), Problem::ReadFailed { error: e.into() }));
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
        out.push(Entry { name: entry.file_name(), path: entry.path() });
    }
    out
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, Problem> {
    use std::io::Read;
    let read_failed = |e: std::io::Error| Problem::ReadFailed { error: e.into() };
    // Looked at before opening: opening a named pipe would wait for a
    // writer, and reading a device may never end.
    if !std::fs::metadata(path).map_err(read_failed)?.is_file() {
        return Err(Problem::NotAFile);
    }
    let file = std::fs::File::open(path).map_err(read_failed)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(read_failed)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Problem::FileTooLarge { limit_kib: MAX_FILE_BYTES / 1024 });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_offset_is_placed_at_its_line_and_character() {
        let text = "ab\næø\n\nx\u{1f44d}y\n";
        let lines = Lines::new(text);
        let mut expected = (1, 1);
        for (offset, c) in text.char_indices() {
            assert_eq!(lines.line_column(offset), expected, "{offset}");
            expected = if c == '\n' { (expected.0 + 1, 1) } else { (expected.0, expected.1 + 1) };
        }
        assert_eq!(lines.line_column(text.len()), (5, 1), "the end");
        assert_eq!(lines.line_column(text.len() + 10), (5, 1), "past the end");
        assert_eq!(Lines::new("").line_column(0), (1, 1));
    }
}
