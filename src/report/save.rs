//! Writing a ticket to disk: new files only (never overwriting, never
//! through a symlink someone planted), readable by the user alone.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How many "-2", "-3" … suffixes to try when a name is taken.
const MAX_SUFFIX: usize = 100;

/// Where a ticket was written: the Markdown and the JSON side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedTicket {
    pub markdown: PathBuf,
    pub json: PathBuf,
}

/// Writes `markdown` and `json` to new files in `dir`, named after the
/// ticket's creation time (`mfa-doctor-20261127T141500Z.md`).
pub fn save(dir: &Path, created: &str, markdown: &str, json: &str) -> io::Result<SavedTicket> {
    let stamp: String = created.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    for n in 1..=MAX_SUFFIX {
        let stem = if n == 1 { format!("mfa-doctor-{stamp}") } else { format!("mfa-doctor-{stamp}-{n}") };
        let paths =
            SavedTicket { markdown: dir.join(format!("{stem}.md")), json: dir.join(format!("{stem}.json")) };
        let json_file = match create_private(&paths.json) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        let markdown_file = match create_private(&paths.markdown) {
            Ok(file) => file,
            Err(e) => {
                let _ = std::fs::remove_file(&paths.json);
                if e.kind() == io::ErrorKind::AlreadyExists {
                    continue;
                }
                return Err(e);
            }
        };
        return match write_all(markdown_file, markdown).and_then(|()| write_all(json_file, json)) {
            Ok(()) => Ok(paths),
            Err(e) => {
                // Leave nothing half-written behind.
                let _ = std::fs::remove_file(&paths.json);
                let _ = std::fs::remove_file(&paths.markdown);
                Err(e)
            }
        };
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, "no free file name"))
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

fn write_all(mut file: File, text: &str) -> io::Result<()> {
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("mfa-doctor-save-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn files_are_private_and_never_overwritten() {
        let dir = temp_dir("private");
        let first = save(&dir, "2026-11-27T14:15:00Z", "# one", "{}").unwrap();
        let second = save(&dir, "2026-11-27T14:15:00Z", "# two", "{}").unwrap();
        assert_eq!(first.markdown, dir.join("mfa-doctor-20261127T141500Z.md"));
        assert_eq!(second.markdown, dir.join("mfa-doctor-20261127T141500Z-2.md"));
        assert_eq!(std::fs::read_to_string(&first.markdown).unwrap(), "# one");
        for path in [&first.markdown, &first.json, &second.json] {
            assert_eq!(std::fs::metadata(path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn a_planted_symlink_is_not_followed() {
        let dir = temp_dir("symlink");
        let target = dir.join("victim");
        std::fs::write(&target, "keep me").unwrap();
        std::os::unix::fs::symlink(&target, dir.join("mfa-doctor-20261127T141500Z.json")).unwrap();
        let saved = save(&dir, "2026-11-27T14:15:00Z", "# x", "{}").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        assert!(saved.json.ends_with("mfa-doctor-20261127T141500Z-2.json"));
    }

    #[test]
    fn an_unwritable_place_is_an_error_not_a_panic() {
        assert!(save(Path::new("/nonexistent/dir"), "2026-11-27T14:15:00Z", "", "").is_err());
    }
}
