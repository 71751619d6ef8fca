//! What the tests of the authoring and translation tools share: locale
//! files copied where a test may change them, and the real binary run with
//! nothing from the machine.

// Each test crate uses the part it needs.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::support;

pub fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path as an argument (temporary directories have UTF-8 names).
pub fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Every file of `from` into `to`, made if need be.
pub fn copy_ftl(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}

/// `mfa-doctor` with these arguments, in the sandbox's environment.
pub fn run(args: &[&str]) -> Output {
    let (_home, vars) = support::sandbox();
    Command::new(env!("CARGO_BIN_EXE_mfa-doctor")).env_clear().envs(vars).args(args).output().unwrap()
}
