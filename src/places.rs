//! Where each platform keeps a program's settings, for the whole machine
//! and for one person: `/etc` and the XDG config home on Linux (and other
//! Unix systems); `/Library/Application Support` and
//! `~/Library/Application Support` on macOS; `%ProgramData%` and
//! `%APPDATA%` on Windows (the roaming profile, which follows the person
//! to another PC of the organization). `lookup` lays the layers found there.
//!
//! On Windows both come from the Known Folders API (`known-folders`): the
//! environment variables can be missing or stale (a service, a redirected
//! profile), the API cannot. On macOS they are fixed paths Apple documents,
//! the personal one under the home directory as on Linux.

use std::path::PathBuf;

/// The program's folder in each of those places.
pub(crate) const APP_DIR: &str = "mfa-doctor";

/// The organization's folder, for administrators to fill.
#[cfg(windows)]
pub(crate) fn system_dir() -> PathBuf {
    use known_folders::{KnownFolder, get_known_folder_path};
    // Where Windows has kept it since Vista, should the API fail.
    get_known_folder_path(KnownFolder::ProgramData).unwrap_or_else(|| r"C:\ProgramData".into()).join(APP_DIR)
}

/// The organization's folder, for administrators to fill.
#[cfg(target_os = "macos")]
pub(crate) fn system_dir() -> PathBuf {
    PathBuf::from("/Library/Application Support").join(APP_DIR)
}

/// The organization's folder, for administrators to fill.
#[cfg(not(any(windows, target_os = "macos")))]
pub(crate) fn system_dir() -> PathBuf {
    PathBuf::from("/etc").join(APP_DIR)
}

/// The folder the person's settings folders go in, when `XDG_CONFIG_HOME`
/// does not name one; `home` is the home directory, where there is one.
#[cfg(windows)]
pub(crate) fn user_config_home(_home: Option<PathBuf>) -> Option<PathBuf> {
    known_folders::get_known_folder_path(known_folders::KnownFolder::RoamingAppData)
}

/// The folder the person's settings folders go in, when `XDG_CONFIG_HOME`
/// does not name one; `home` is the home directory, where there is one.
#[cfg(target_os = "macos")]
pub(crate) fn user_config_home(home: Option<PathBuf>) -> Option<PathBuf> {
    home.map(|home| home.join("Library/Application Support"))
}

/// The folder the person's settings folders go in, when `XDG_CONFIG_HOME`
/// does not name one; `home` is the home directory, where there is one.
#[cfg(not(any(windows, target_os = "macos")))]
pub(crate) fn user_config_home(home: Option<PathBuf>) -> Option<PathBuf> {
    home.map(|home| home.join(".config"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(windows)]
    #[test]
    fn windows_uses_program_data_and_the_roaming_app_data() {
        let system = system_dir();
        assert!(system.ends_with(r"ProgramData\mfa-doctor"), "{}", system.display());
        let user = user_config_home(None).unwrap();
        assert!(user.is_absolute() && user.ends_with(r"AppData\Roaming"), "{}", user.display());
    }

    #[cfg(target_os = "macos")]
    #[test]
    fn macos_uses_application_support() {
        assert_eq!(system_dir(), PathBuf::from("/Library/Application Support/mfa-doctor"));
        let user = user_config_home(Some("/Users/ana".into()));
        assert_eq!(user, Some(PathBuf::from("/Users/ana/Library/Application Support")));
    }

    #[cfg(not(any(windows, target_os = "macos")))]
    #[test]
    fn unix_uses_etc_and_dot_config() {
        assert_eq!(system_dir(), PathBuf::from("/etc/mfa-doctor"));
        assert_eq!(user_config_home(Some("/h".into())), Some(PathBuf::from("/h/.config")));
        assert_eq!(user_config_home(None), None);
    }
}
