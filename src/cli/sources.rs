//! `mfa-doctor --where`: which flows, translations and organization settings
//! are in use, and the folders searched for them.

use std::io::{self, Write};
use std::process::ExitCode;

use super::Context;
use crate::lookup::{Dirs, Found, Origin, Resolved};
use crate::messages::setup;

pub fn run(context: &Context, resolved: &Resolved, dirs: &Dirs) -> ExitCode {
    let l10n = &context.program;
    let describe = |found: &Found| {
        let path = found.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
        let id = match found.origin {
            Origin::BuiltIn => return l10n.text(setup::WHERE_BUILT_IN),
            Origin::Flag => setup::WHERE_FROM_FLAG,
            Origin::User => setup::WHERE_FROM_USER,
            Origin::System => setup::WHERE_FROM_SYSTEM,
        };
        l10n.format(id, &[("path", path)])
    };
    let searched: Vec<String> = dirs.searched().iter().map(|d| d.display().to_string()).collect();
    let lines = [
        l10n.format(setup::WHERE_FLOWS, &[("source", describe(&resolved.flows))]),
        l10n.format(setup::WHERE_LOCALES, &[("source", describe(&resolved.locales))]),
        l10n.format(setup::WHERE_CONFIG, &[("source", describe(&resolved.config))]),
        l10n.format(setup::WHERE_SEARCHED, &[("dirs", searched.join(", "))]),
    ];
    let mut out = io::stdout().lock();
    // A reader that stops early (`| head -1`) is no failure.
    let _ = lines.iter().try_for_each(|line| writeln!(out, "{line}"));
    ExitCode::SUCCESS
}
