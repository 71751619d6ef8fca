//! `mfa-doctor --where`: every layer of content (built-in, organization,
//! your own, command line) with its place, what it adds or replaces, and
//! whether it is valid.

use std::process::ExitCode;

use super::{CommandResult, Context, output};
use crate::content::lookup::{Dirs, Layer, Origin, Place};
use crate::content::{self, LayerSummary, Part};
use crate::i18n::{Arg, Localizer};
use crate::messages::setup;

pub(super) fn run(context: &Context, dirs: &Dirs) -> CommandResult {
    let l10n = &context.program;
    let (summaries, opened) = content::summarize(&context.layers);
    let mut lines = Vec::new();
    for (index, (layer, summary)) in context.layers.iter().zip(&summaries).enumerate() {
        lines.push(heading(l10n, layer, summary));
        lines.extend(details(l10n, layer, summary).into_iter().map(|line| format!("    {line}")));
        let left_out: Vec<String> =
            opened.left_out.iter().filter(|p| p.layer() == index).map(|p| part_name(layer, p)).collect();
        if !left_out.is_empty() {
            let line = l10n.format(setup::WHERE_LEFT_OUT, &[("parts", left_out.join(", "))]);
            lines.push(format!("    {line}"));
        }
    }
    let searched: Vec<String> = dirs.searched().iter().rev().map(|d| d.display().to_string()).collect();
    lines.push(l10n.format(setup::WHERE_SEARCHED, &[("dirs", searched.join(", "))]));
    output::say(l10n, &lines.join("\n"))?;
    Ok(ExitCode::SUCCESS)
}

/// `Organization (/etc/mfa-doctor): valid`.
fn heading(l10n: &Localizer, layer: &Layer, summary: &LayerSummary) -> String {
    let path = layer.dir.as_ref().map(|d| d.display().to_string()).unwrap_or_default();
    let name = match layer.origin {
        Origin::BuiltIn => l10n.text(setup::WHERE_BUILT_IN),
        Origin::System => l10n.format(setup::WHERE_SYSTEM, &[("path", path)]),
        Origin::User => l10n.format(setup::WHERE_USER, &[("path", path)]),
        Origin::Flag => l10n.text(setup::WHERE_FLAG),
    };
    let state = if summary.errors > 0 {
        l10n.format(setup::WHERE_ERRORS, &[("errors", summary.errors)])
    } else if layer.is_empty() {
        l10n.text(setup::WHERE_EMPTY)
    } else {
        l10n.text(setup::WHERE_VALID)
    };
    l10n.format(setup::WHERE_LAYER, &[("layer", name), ("state", state)])
}

/// What the layer adds and replaces, a line each.
fn details(l10n: &Localizer, layer: &Layer, summary: &LayerSummary) -> Vec<String> {
    let list = |items: &[String]| items.join(", ");
    if layer.origin == Origin::BuiltIn {
        let args = [
            ("flows", Arg::number(summary.flows_added.len())),
            ("tags", Arg::Text(list(&summary.languages_added))),
        ];
        return vec![l10n.format(setup::WHERE_BUILT_IN_CONTENTS, &args)];
    }
    let mut lines = Vec::new();
    let mut say = |id: &str, name: &str, items: &[String]| {
        if !items.is_empty() {
            lines.push(l10n.format(id, &[(name, list(items))]));
        }
    };
    say(setup::WHERE_FLOWS_ADDED, "ids", &summary.flows_added);
    say(setup::WHERE_FLOWS_REPLACED, "ids", &summary.flows_replaced);
    say(setup::WHERE_LANGUAGES_ADDED, "tags", &summary.languages_added);
    for (tag, added, replaced) in &summary.messages {
        let args =
            [("tag", Arg::text(tag)), ("added", Arg::number(*added)), ("replaced", Arg::number(*replaced))];
        lines.push(l10n.format(setup::WHERE_MESSAGES, &args));
    }
    let mut say = |id: &str, name: &str, items: &[String]| {
        if !items.is_empty() {
            lines.push(l10n.format(id, &[(name, list(items))]));
        }
    };
    say(setup::WHERE_SETTINGS, "keys", &summary.config_keys);
    if let Some(config) = &layer.config {
        if summary.config_keys.is_empty() {
            lines.push(l10n.format(setup::WHERE_SETTINGS, &[("keys", config.display().to_string())]));
        }
    }
    lines
}

/// A part left out, by the path of what it is.
fn part_name(layer: &Layer, part: &Part) -> String {
    match part {
        Part::Flow { file, .. } => file.clone(),
        Part::Locale { tag, .. } => match &layer.locales {
            Some(Place::Path(dir)) => dir.join(tag).display().to_string(),
            _ => tag.clone(),
        },
        Part::Config { .. } => layer.config.as_ref().map(|c| c.display().to_string()).unwrap_or_default(),
    }
}
