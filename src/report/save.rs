//! Writing a ticket to disk: each file is written whole under a temporary
//! name and then linked to its real name, so nobody ever reads half a
//! ticket; never overwriting, never through a symlink someone planted,
//! readable by the user alone.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::i18n::Localizer;
use crate::io_error::IoFailure;
use crate::messages::ui;

/// How many "-2", "-3" … suffixes to try when a name is taken.
const MAX_SUFFIX: usize = 100;
/// How many temporary names to try when one is left over from a crash.
const MAX_TEMP_TRIES: usize = 100;

/// Where a ticket was written: the Markdown and the JSON side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedTicket {
    pub markdown: PathBuf,
    pub json: PathBuf,
}

/// One line saying how saving into `dir` went, in the session's language:
/// where the files are, or why not and what to do.
pub fn save_status(l10n: &Localizer, dir: &Path, result: &Result<SavedTicket, IoFailure>) -> String {
    match result {
        Ok(saved) => l10n.format(ui::STATUS_SAVED, &[("path", saved.markdown.display().to_string())]),
        Err(error) => {
            let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
            l10n.format(
                ui::STATUS_SAVE_FAILED,
                &[("dir", dir.display().to_string()), ("detail", error.describe(l10n))],
            )
        }
    }
}

/// Writes `markdown` and `json` to new files in `dir`, named after the
/// ticket's creation time (`mfa-doctor-20261127T141500Z.md`).
pub fn save(dir: &Path, created: &str, markdown: &str, json: &str) -> io::Result<SavedTicket> {
    let stamp: String = created.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    for n in 1..=MAX_SUFFIX {
        let stem = if n == 1 { format!("mfa-doctor-{stamp}") } else { format!("mfa-doctor-{stamp}-{n}") };
        let paths =
            SavedTicket { markdown: dir.join(format!("{stem}.md")), json: dir.join(format!("{stem}.json")) };
        match publish(dir, &paths.json, |file| write_synced(file, json)) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
        match publish(dir, &paths.markdown, |file| write_synced(file, markdown)) {
            Ok(()) => {
                sync_dir(dir);
                return Ok(paths);
            }
            Err(e) => {
                // The pair is kept together or not at all.
                let _ = std::fs::remove_file(&paths.json);
                if e.kind() != io::ErrorKind::AlreadyExists {
                    return Err(e);
                }
            }
        }
    }
    Err(io::Error::from(io::ErrorKind::AlreadyExists))
}

/// Fills a new temporary file in `dir` with `write`, then gives it the name
/// `target`. A hard link, unlike a rename, fails when anything is at the
/// target — a file, or a symlink even to nowhere — so nothing is replaced
/// and no link is followed. The temporary name is removed either way.
fn publish(dir: &Path, target: &Path, write: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let (temp, mut file) = create_temp(dir, target)?;
    let published = write(&mut file).and_then(|()| std::fs::hard_link(&temp, target));
    let _ = std::fs::remove_file(&temp);
    published
}

/// A new private file beside `target`, named after it and this process.
fn create_temp(dir: &Path, target: &Path) -> io::Result<(PathBuf, File)> {
    let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("ticket");
    let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
    for n in 0..MAX_TEMP_TRIES {
        let temp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match create_private(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// A new file, mode 0600; fails if anything (a file or a symlink) is there.
fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

fn write_synced(file: &mut File, text: &str) -> io::Result<()> {
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

/// Makes the new names themselves survive a power cut. Best effort: not
/// every system can open a directory to sync it.
fn sync_dir(dir: &Path) {
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    const CREATED: &str = "2026-11-27T14:15:00Z";

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn files_are_private_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        let first = save(dir, CREATED, "# one", "{}").unwrap();
        let second = save(dir, CREATED, "# two", "{}").unwrap();
        assert_eq!(first.markdown, dir.join("mfa-doctor-20261127T141500Z.md"));
        assert_eq!(second.markdown, dir.join("mfa-doctor-20261127T141500Z-2.md"));
        assert_eq!(std::fs::read_to_string(&first.markdown).unwrap(), "# one");
        for path in [&first.markdown, &first.json, &second.json] {
            assert_eq!(std::fs::metadata(path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        assert_eq!(names(dir).len(), 4, "no temporary file left: {:?}", names(dir));
    }

    #[test]
    fn a_planted_symlink_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        let target = dir.join("victim");
        std::fs::write(&target, "keep me").unwrap();
        std::os::unix::fs::symlink(&target, dir.join("mfa-doctor-20261127T141500Z.json")).unwrap();
        std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("mfa-doctor-20261127T141500Z-2.md"))
            .unwrap();
        let saved = save(dir, CREATED, "# x", "{}").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        assert!(!dir.join("nowhere").exists(), "a dangling symlink was followed");
        assert!(saved.json.ends_with("mfa-doctor-20261127T141500Z-3.json"), "{saved:?}");
        assert!(!dir.join("mfa-doctor-20261127T141500Z-2.json").exists(), "half a pair left behind");
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let full = |_: &mut File| Err(io::Error::from(io::ErrorKind::StorageFull));
        let error = publish(dir.path(), &dir.path().join("t.json"), full).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
        assert_eq!(names(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn a_leftover_temporary_file_is_stepped_around() {
        let dir = tempfile::tempdir().unwrap();
        let leftover =
            dir.path().join(format!(".mfa-doctor-20261127T141500Z.json.{}.0.tmp", std::process::id()));
        std::fs::write(&leftover, "old").unwrap();
        save(dir.path(), CREATED, "# x", "{}").unwrap();
        assert_eq!(std::fs::read_to_string(&leftover).unwrap(), "old");
    }

    #[test]
    fn an_unwritable_place_is_an_error_not_a_panic() {
        assert!(save(Path::new("/nonexistent/dir"), CREATED, "", "").is_err());
    }
}
