//! Where content comes from when no flag says: the person's own config
//! directory, then the organization's system directory, then the copies
//! built into the program. Flows, locales and config are looked up each on
//! their own, so an organization can ship only its `config.yaml`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::content::Sources;

/// The organization-wide directory, for administrators to fill.
pub const SYSTEM_DIR: &str = "/etc/mfa-doctor";
/// Replaces [`SYSTEM_DIR`] when set: for tests, and for installations that
/// keep it elsewhere.
pub const SYSTEM_DIR_VAR: &str = "MFA_DOCTOR_SYSTEM_DIR";
/// The directory's name under the user's config directory.
const APP_DIR: &str = "mfa-doctor";

/// What a source is, in a directory searched.
const FLOWS_DIR: &str = "flows";
const LOCALES_DIR: &str = "locales";
const CONFIG_FILE: &str = "config.yaml";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Flag,
    User,
    System,
    BuiltIn,
}

/// One source in use: its path (none when built in) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: Option<PathBuf>,
    pub origin: Origin,
}

/// The directories searched, first match wins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    /// `$XDG_CONFIG_HOME/mfa-doctor`, else `~/.config/mfa-doctor`; none
    /// without a home directory.
    pub user: Option<PathBuf>,
    pub system: PathBuf,
}

impl Dirs {
    /// The directories named by the environment, read through `var`.
    pub fn from_env(var: impl Fn(&str) -> Option<OsString>) -> Self {
        let absolute = |name: &str| var(name).map(PathBuf::from).filter(|p| p.is_absolute());
        // The XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored.
        let config_home = absolute("XDG_CONFIG_HOME").or_else(|| absolute("HOME").map(|h| h.join(".config")));
        let system =
            var(SYSTEM_DIR_VAR).filter(|v| !v.is_empty()).map_or_else(|| SYSTEM_DIR.into(), PathBuf::from);
        Self { user: config_home.map(|c| c.join(APP_DIR)), system }
    }

    /// The directories in search order.
    pub fn searched(&self) -> Vec<&Path> {
        self.in_order().map(|(dir, _)| dir).collect()
    }

    /// The directories in search order, each with what it is.
    fn in_order(&self) -> impl Iterator<Item = (&Path, Origin)> {
        let user = self.user.as_deref().map(|dir| (dir, Origin::User));
        user.into_iter().chain([(self.system.as_path(), Origin::System)])
    }
}

/// Every source in use, and where each came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub flows: Found,
    pub locales: Found,
    pub config: Found,
}

impl Resolved {
    pub fn sources(&self) -> Sources {
        Sources {
            flows: self.flows.path.clone(),
            locales: self.locales.path.clone(),
            config: self.config.path.clone(),
        }
    }
}

/// For each source, the flag if given, else the first directory in `dirs`
/// that has it, else the built-in copy.
pub fn resolve(flags: &Sources, dirs: &Dirs) -> Resolved {
    let find = |flag: &Option<PathBuf>, name: &str, is_dir: bool| {
        if let Some(path) = flag {
            return Found { path: Some(path.clone()), origin: Origin::Flag };
        }
        dirs.in_order()
            .map(|(dir, origin)| (dir.join(name), origin))
            .find(|(path, _)| if is_dir { path.is_dir() } else { path.is_file() })
            .map_or(Found { path: None, origin: Origin::BuiltIn }, |(path, origin)| Found {
                path: Some(path),
                origin,
            })
    };
    Resolved {
        flows: find(&flags.flows, FLOWS_DIR, true),
        locales: find(&flags.locales, LOCALES_DIR, true),
        config: find(&flags.config, CONFIG_FILE, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| OsString::from(v))
    }

    #[test]
    fn xdg_config_home_beats_home_and_must_be_absolute() {
        let dirs = Dirs::from_env(env(&[("XDG_CONFIG_HOME", "/x"), ("HOME", "/h")]));
        assert_eq!(dirs.user, Some(PathBuf::from("/x/mfa-doctor")));
        let dirs = Dirs::from_env(env(&[("XDG_CONFIG_HOME", "relative"), ("HOME", "/h")]));
        assert_eq!(dirs.user, Some(PathBuf::from("/h/.config/mfa-doctor")));
        assert_eq!(Dirs::from_env(env(&[])).user, None);
    }

    #[test]
    fn system_dir_defaults_to_etc_and_is_overridable() {
        assert_eq!(Dirs::from_env(env(&[])).system, PathBuf::from(SYSTEM_DIR));
        assert_eq!(Dirs::from_env(env(&[(SYSTEM_DIR_VAR, "/opt/m")])).system, PathBuf::from("/opt/m"));
    }

    #[test]
    fn flag_then_user_then_system_then_built_in() {
        let root = tempfile::tempdir().unwrap();
        let (user, system) = (root.path().join("user"), root.path().join("system"));
        std::fs::create_dir_all(user.join("locales")).unwrap();
        std::fs::create_dir_all(system.join("locales")).unwrap();
        std::fs::create_dir_all(system.join("flows")).unwrap();
        let dirs = Dirs { user: Some(user.clone()), system: system.clone() };
        let flag = PathBuf::from("/given/org.yaml");
        let resolved = resolve(&Sources { config: Some(flag.clone()), ..Sources::default() }, &dirs);
        assert_eq!(resolved.config, Found { path: Some(flag), origin: Origin::Flag });
        assert_eq!(resolved.locales, Found { path: Some(user.join("locales")), origin: Origin::User });
        assert_eq!(resolved.flows, Found { path: Some(system.join("flows")), origin: Origin::System });
        std::fs::write(system.join("config.yaml"), "{}").unwrap();
        let resolved = resolve(&Sources::default(), &Dirs { user: None, system: root.path().join("none") });
        assert_eq!(resolved.config, Found { path: None, origin: Origin::BuiltIn });
        let resolved = resolve(&Sources::default(), &dirs);
        assert_eq!(resolved.config.origin, Origin::System);
    }
}
