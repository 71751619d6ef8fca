//! Writing a ticket to disk: each file is written whole under a temporary
//! name and then given its real name, so nobody ever reads half a ticket;
//! never overwriting another case, never through a symlink someone
//! planted, readable by the user alone. A case saved again replaces its own
//! files, so pressing `s` twice leaves one ticket. `tempfile` makes the
//! private temporary files and names them without clobbering.

use std::fs::File;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use tempfile::NamedTempFile;

use super::Ticket;
use super::write::{to_markdown, to_text};
use crate::diagnostic::io_error::IoFailure;
use crate::i18n::Localizer;
use crate::messages::ui;

/// How many names to try for a new case. A name is the time plus 40
/// random bits, so a second try is already rare.
const MAX_NAME_TRIES: usize = 64;

/// Where a ticket was written: plain text, Markdown and JSON side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedTicket {
    pub text: PathBuf,
    pub markdown: PathBuf,
    pub json: PathBuf,
}

/// A case to write: where, and in every format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveJob {
    pub dir: PathBuf,
    /// When the case began (RFC 3339): the start of its files' names.
    pub created: String,
    pub text: String,
    pub markdown: String,
    pub json: String,
}

impl SaveJob {
    /// `ticket` to write into `dir`, in every format, in `l10n`'s language.
    pub fn new(dir: PathBuf, ticket: &Ticket, l10n: &Localizer) -> Self {
        SaveJob {
            dir,
            created: ticket.created.clone(),
            text: to_text(ticket, l10n),
            markdown: to_markdown(ticket, l10n),
            json: ticket.to_json(),
        }
    }
}

/// One line saying how saving into `dir` went, in the session's language:
/// where the files are, or why not and what to do.
pub(crate) fn save_status(l10n: &Localizer, dir: &Path, result: &Result<SavedTicket, IoFailure>) -> String {
    match result {
        Ok(saved) => l10n.format(ui::STATUS_SAVED, &[("path", saved.text.display().to_string())]),
        Err(error) => {
            let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
            l10n.format(
                ui::STATUS_SAVE_FAILED,
                &[("dir", dir.display().to_string()), ("detail", error.describe(l10n))],
            )
        }
    }
}

/// Whether tickets can be saved in `dir`: it is a directory, and a private
/// file can be made in it (and is removed again). Asked at start, so an
/// agent learns of a wrong folder before the call, not after it.
pub(crate) fn check_dir(dir: &Path) -> io::Result<()> {
    if !std::fs::metadata(dir)?.is_dir() {
        return Err(io::Error::from(io::ErrorKind::NotADirectory));
    }
    // Removed again as it is dropped.
    create_temp(dir, "mfa-doctor-check").map(drop)
}

/// Writes `job` as a new case in its directory, or over the files of the
/// same case when it was saved before (`earlier`).
pub fn save(job: &SaveJob, earlier: Option<&SavedTicket>) -> io::Result<SavedTicket> {
    match earlier {
        Some(paths) => {
            for (path, contents) in files(paths, job) {
                replace(path, contents)?;
            }
            sync_dir(&job.dir);
            Ok(paths.clone())
        }
        None => save_new(job),
    }
}

fn files<'a>(paths: &'a SavedTicket, job: &'a SaveJob) -> [(&'a Path, &'a str); 3] {
    [(&paths.json, &job.json), (&paths.markdown, &job.markdown), (&paths.text, &job.text)]
        .map(|(path, contents)| (path.as_path(), contents.as_str()))
}

/// New names: the case's creation time and a random part
/// (`mfa-doctor-20261127T141500Z-3f9a0c71b2.txt`). The JSON is linked
/// first and so claims the name; whatever is already there under a name (a
/// file, a planted symlink) makes the next name be tried.
fn save_new(job: &SaveJob) -> io::Result<SavedTicket> {
    let stamp: String = job.created.chars().filter(|c| c.is_ascii_alphanumeric()).take(20).collect();
    for _ in 0..MAX_NAME_TRIES {
        let stem = format!("mfa-doctor-{stamp}-{}", unique_suffix());
        let name = |ext: &str| job.dir.join(format!("{stem}.{ext}"));
        let paths = SavedTicket { text: name("txt"), markdown: name("md"), json: name("json") };
        let mut written: Vec<&Path> = Vec::new();
        let mut outcome = Ok(());
        for (path, contents) in files(&paths, job) {
            outcome = publish(&job.dir, path, |file| write_synced(file, contents));
            if outcome.is_err() {
                break;
            }
            written.push(path);
        }
        match outcome {
            Ok(()) => {
                sync_dir(&job.dir);
                return Ok(paths);
            }
            Err(e) => {
                // The files of a case are kept together or not at all.
                for path in written {
                    let _ = std::fs::remove_file(path);
                }
                if e.kind() != io::ErrorKind::AlreadyExists {
                    return Err(e);
                }
            }
        }
    }
    Err(io::Error::from(io::ErrorKind::AlreadyExists))
}

/// A case's id: 80 bits no other process can guess or repeat, as hex.
pub(super) fn new_case_id() -> String {
    format!("{}{}", unique_suffix(), unique_suffix())
}

/// 40 bits no other process can guess or repeat: the standard library's
/// per-process random keys, a counter, the process and the time.
fn unique_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_u32(std::process::id());
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    hasher.write_u128(nanos.as_nanos());
    format!("{:010x}", hasher.finish() & 0xff_ffff_ffff)
}

/// Fills a new temporary file in `dir` with `write`, then gives it the name
/// `target` only if nothing is there — a file, or a symlink even to
/// nowhere — so nothing is replaced and no link is followed. The temporary
/// file is removed on every way out.
fn publish(dir: &Path, target: &Path, write: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("ticket");
    let mut temp = create_temp(dir, name)?;
    write(temp.as_file_mut())?;
    temp.persist_noclobber(target).map(drop).map_err(|e| e.error)
}

/// Writes the case's own file again: a new private file renamed over it,
/// so a reader sees the old ticket or the new one, never half of one. A
/// rename replaces a symlink put there, never what it points to.
fn replace(target: &Path, contents: &str) -> io::Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("ticket");
    let mut temp = create_temp(dir, name)?;
    write_synced(temp.as_file_mut(), contents)?;
    temp.persist(target).map(drop).map_err(|e| e.error)
}

/// A new file in `dir` named after `name` and a random part: created
/// with O_EXCL (nothing there, not even a symlink, is opened), readable
/// only by its owner: mode 0600, or on Windows an owner-only ACL given
/// at creation (`owner_only`).
fn create_temp(dir: &Path, name: &str) -> io::Result<NamedTempFile> {
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(windows)]
    return builder.make_in(dir, super::owner_only::create_new);
    #[cfg(not(windows))]
    builder.tempfile_in(dir)
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

    fn job(dir: &Path, text: &str) -> SaveJob {
        SaveJob {
            dir: dir.to_path_buf(),
            created: CREATED.into(),
            text: text.into(),
            markdown: format!("# {text}"),
            json: "{}".into(),
        }
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn files_are_private_named_by_time_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        let first = save(&job(dir, "one"), None).unwrap();
        let second = save(&job(dir, "two"), None).unwrap();
        assert_ne!(first.text, second.text);
        let name = first.text.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("mfa-doctor-20261127T141500Z-") && name.ends_with(".txt"), "{name}");
        assert_eq!(std::fs::read_to_string(&first.text).unwrap(), "one");
        assert_eq!(std::fs::read_to_string(&first.markdown).unwrap(), "# one");
        for path in [&first.text, &first.markdown, &first.json, &second.json] {
            assert_eq!(std::fs::metadata(path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        assert_eq!(names(dir).len(), 6, "no temporary file left: {:?}", names(dir));
    }

    #[test]
    fn saving_the_same_case_again_replaces_its_files() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        let first = save(&job(dir, "one"), None).unwrap();
        let again = save(&job(dir, "two"), Some(&first)).unwrap();
        assert_eq!(again, first);
        assert_eq!(std::fs::read_to_string(&first.text).unwrap(), "two");
        assert_eq!(std::fs::metadata(&first.text).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(names(dir).len(), 3, "{:?}", names(dir));
    }

    #[test]
    fn many_cases_ending_in_the_same_second_are_all_kept() {
        let dir = tempfile::tempdir().unwrap();
        let saved: Vec<SavedTicket> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..130)
                .map(|i| {
                    let dir = dir.path();
                    scope.spawn(move || save(&job(dir, &format!("case {i}")), None).unwrap())
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(names(dir.path()).len(), 130 * 3);
        let mut texts: Vec<String> =
            saved.iter().map(|s| std::fs::read_to_string(&s.text).unwrap()).collect();
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), 130, "every case kept its own text");
    }

    #[test]
    fn a_planted_name_is_stepped_around_and_nothing_planted_is_followed() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        let target = dir.join("victim");
        std::fs::write(&target, "keep me").unwrap();
        // Names cannot be guessed; plant one anyway by reading a real one
        // and planting the next case's Markdown name over a symlink.
        let saved = save(&job(dir, "x"), None).unwrap();
        std::fs::remove_file(&saved.markdown).unwrap();
        std::os::unix::fs::symlink(&target, &saved.markdown).unwrap();
        assert_eq!(
            publish(dir, &saved.markdown, |f| write_synced(f, "evil")).unwrap_err().kind(),
            io::ErrorKind::AlreadyExists
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        // Saving the case again replaces the symlink itself.
        save(&job(dir, "y"), Some(&saved)).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        assert!(!std::fs::symlink_metadata(&saved.markdown).unwrap().file_type().is_symlink());
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
    fn an_unwritable_place_is_an_error_not_a_panic() {
        assert!(save(&job(Path::new("/nonexistent/dir"), ""), None).is_err());
        assert!(check_dir(Path::new("/nonexistent/dir")).is_err());
        let dir = tempfile::tempdir().unwrap();
        assert!(check_dir(dir.path()).is_ok());
        assert_eq!(names(dir.path()), Vec::<String>::new(), "the check leaves nothing behind");
        let file = dir.path().join("file");
        std::fs::write(&file, "").unwrap();
        assert_eq!(check_dir(&file).unwrap_err().kind(), io::ErrorKind::NotADirectory);
    }
}
