//! Where content comes from, in layers: the copies built into the program,
//! then the organization's system directory, then the person's own config
//! directory, then the command line. Each layer adds to or replaces parts
//! of the ones below (see `content`); flows, locales and config are looked
//! for each on their own, so an organization can ship only its
//! `config.yaml`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::content::Sources;
use crate::places::{self, APP_DIR};

/// Replaces the organization-wide directory ([`places::system_dir`]) when
/// set: for tests, and for installations that keep it elsewhere.
pub(crate) const SYSTEM_DIR_VAR: &str = "MFA_DOCTOR_SYSTEM_DIR";

/// What a source is, in a directory searched.
const FLOWS_DIR: &str = "flows";
const LOCALES_DIR: &str = "locales";
const CONFIG_FILE: &str = "config.yaml";

/// Where a layer comes from, lowest first: each later one is laid over the
/// ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    BuiltIn,
    System,
    User,
    Flag,
}

/// Where one kind of content of a layer is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The copies built into the program.
    Embedded,
    Path(PathBuf),
}

/// One layer of content: flows, locales and config, each where present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    pub origin: Origin,
    /// The folder searched (system and user layers), shown by `--where`.
    pub dir: Option<PathBuf>,
    pub flows: Option<Place>,
    pub locales: Option<Place>,
    pub config: Option<PathBuf>,
}

impl Layer {
    /// Whether the layer holds anything to read.
    pub fn is_empty(&self) -> bool {
        self.flows.is_none() && self.locales.is_none() && self.config.is_none()
    }

    fn built_in() -> Self {
        Self {
            origin: Origin::BuiltIn,
            dir: None,
            flows: Some(Place::Embedded),
            locales: Some(Place::Embedded),
            config: None,
        }
    }

    /// What the folder `dir` holds.
    fn in_dir(dir: &Path, origin: Origin) -> Self {
        let (flows, locales, config) = (dir.join(FLOWS_DIR), dir.join(LOCALES_DIR), dir.join(CONFIG_FILE));
        Self {
            origin,
            dir: Some(dir.to_path_buf()),
            flows: flows.is_dir().then_some(Place::Path(flows)),
            locales: locales.is_dir().then_some(Place::Path(locales)),
            // Anything there is read (and a directory or a pipe reported).
            config: config.exists().then_some(config),
        }
    }

    fn from_flags(flags: &Sources) -> Self {
        Self {
            origin: Origin::Flag,
            dir: None,
            flows: flags.flows.clone().map(Place::Path),
            locales: flags.locales.clone().map(Place::Path),
            config: flags.config.clone(),
        }
    }
}

/// The folders searched for layers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    /// `$XDG_CONFIG_HOME/mfa-doctor`, else the platform's place
    /// (`~/.config/mfa-doctor` on Linux, `places::user_config_home`);
    /// none without a home directory.
    pub user: Option<PathBuf>,
    pub system: PathBuf,
}

impl Dirs {
    /// The directories named by the environment, read through `var`.
    pub(crate) fn from_env(var: impl Fn(&str) -> Option<OsString>) -> Self {
        let absolute = |name: &str| var(name).map(PathBuf::from).filter(|p| p.is_absolute());
        // The XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored.
        // Set, it wins on macOS and Windows too: whoever sets it there
        // means it (git does the same), and tests rely on it.
        let config_home = absolute("XDG_CONFIG_HOME").or_else(|| places::user_config_home(absolute("HOME")));
        let system =
            var(SYSTEM_DIR_VAR).filter(|v| !v.is_empty()).map_or_else(places::system_dir, PathBuf::from);
        Self { user: config_home.map(|c| c.join(APP_DIR)), system }
    }

    /// The directories searched, the most personal first.
    pub(crate) fn searched(&self) -> Vec<&Path> {
        self.in_order().map(|(dir, _)| dir).collect()
    }

    /// The directories in search order, each with what it is.
    fn in_order(&self) -> impl DoubleEndedIterator<Item = (&Path, Origin)> {
        let user = self.user.as_deref().map(|dir| (dir, Origin::User));
        user.into_iter().chain([(self.system.as_path(), Origin::System)])
    }
}

/// Every layer, lowest first: built-in < system < user < command line.
/// The system and user layers are listed even when their folder holds
/// nothing (`--where` says so). With `only_given`, each kind of content the
/// command line gives is read from there alone: no other layer's flows
/// when `--flows` is given, and so on (an author's way to see a folder on
/// its own).
pub fn layers(flags: &Sources, dirs: &Dirs, only_given: bool) -> Vec<Layer> {
    let mut layers = vec![Layer::built_in()];
    layers.extend(dirs.in_order().rev().map(|(dir, origin)| Layer::in_dir(dir, origin)));
    let given = Layer::from_flags(flags);
    if only_given {
        for layer in &mut layers {
            if given.flows.is_some() {
                layer.flows = None;
            }
            if given.locales.is_some() {
                layer.locales = None;
            }
            if given.config.is_some() {
                layer.config = None;
            }
        }
    }
    if !given.is_empty() {
        layers.push(given);
    }
    layers
}

/// The built-in content with the kinds `sources` gives replaced by them:
/// what the tools and the tests load when handed folders directly.
pub fn given_only(sources: &Sources) -> Vec<Layer> {
    let mut layers = vec![Layer::built_in()];
    let given = Layer::from_flags(sources);
    if let Some(built_in) = layers.first_mut() {
        if given.flows.is_some() {
            built_in.flows = None;
        }
        if given.locales.is_some() {
            built_in.locales = None;
        }
    }
    if !given.is_empty() {
        layers.push(given);
    }
    layers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| OsString::from(v))
    }

    #[cfg(not(any(windows, target_os = "macos")))]
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
        assert_eq!(Dirs::from_env(env(&[])).system, places::system_dir());
        assert_eq!(Dirs::from_env(env(&[(SYSTEM_DIR_VAR, "/opt/m")])).system, PathBuf::from("/opt/m"));
    }

    #[test]
    fn built_in_then_system_then_user_then_the_command_line() {
        let root = tempfile::tempdir().unwrap();
        let (user, system) = (root.path().join("user"), root.path().join("system"));
        std::fs::create_dir_all(user.join("locales")).unwrap();
        std::fs::create_dir_all(system.join("locales")).unwrap();
        std::fs::create_dir_all(system.join("flows")).unwrap();
        std::fs::write(system.join("config.yaml"), "{}").unwrap();
        let dirs = Dirs { user: Some(user.clone()), system: system.clone() };
        let flag = PathBuf::from("/given/org.yaml");
        let flags = Sources { config: Some(flag.clone()), ..Sources::default() };
        let layers = layers(&flags, &dirs, false);
        let origins: Vec<Origin> = layers.iter().map(|l| l.origin).collect();
        assert_eq!(origins, [Origin::BuiltIn, Origin::System, Origin::User, Origin::Flag]);
        assert_eq!(layers[1].flows, Some(Place::Path(system.join("flows"))));
        assert_eq!(layers[1].config, Some(system.join("config.yaml")));
        assert_eq!((layers[2].flows.as_ref(), layers[2].config.as_ref()), (None, None));
        assert_eq!(layers[2].locales, Some(Place::Path(user.join("locales"))));
        assert_eq!(layers[3].config, Some(flag));
    }

    #[test]
    fn only_given_reads_each_kind_given_from_the_command_line_alone() {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("flows")).unwrap();
        std::fs::create_dir_all(root.path().join("locales")).unwrap();
        let dirs = Dirs { user: None, system: root.path().to_path_buf() };
        let flags = Sources { flows: Some("/mine".into()), ..Sources::default() };
        let layers = layers(&flags, &dirs, true);
        assert!(layers.iter().filter(|l| l.origin != Origin::Flag).all(|l| l.flows.is_none()));
        assert_eq!(layers[0].locales, Some(Place::Embedded));
        assert!(layers[1].locales.is_some(), "kinds not given stay layered");
    }
}
