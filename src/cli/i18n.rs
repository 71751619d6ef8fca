//! `mfa-doctor i18n`: how far each language is (`status`), and a new
//! language to translate (`new`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use super::{CommandResult, Context, exit, output};
use crate::content::source;
use crate::diagnostic::io_error;
use crate::i18n::{Arg, Locales, Localizer, SOURCE_LOCALE, parse_tag, source_locale};
use crate::messages::{cli, tools};
use crate::translation::compare;
use crate::translation::scaffold::scaffold;
use crate::width::width as display_width;

#[derive(Debug, Clone, Subcommand)]
pub(super) enum Command {
    Status,
    New { tag: String },
}

/// Where `i18n new` writes without `--locales`: the layout of this
/// repository, and what `--locales locales` then reads.
const DEFAULT_DIR: &str = "locales";

pub(super) fn run(context: &Context, command: &Command) -> CommandResult {
    match command {
        Command::Status => status(context),
        Command::New { tag } => new(context, tag),
    }
}

/// `i18n`'s own help, in the program's language.
pub(super) fn help(command: clap::Command, l10n: &Localizer) -> clap::Command {
    command
        .about(l10n.text(tools::I18N))
        .mut_subcommand("status", |c| c.about(l10n.text(tools::I18N_STATUS)))
        .mut_subcommand("new", |c| {
            c.about(l10n.text(tools::I18N_NEW)).mut_arg("tag", |a| a.help(l10n.text(tools::I18N_NEW_TAG)))
        })
}

/// The locales in `dir` (the built-in ones for `None`), with any problem
/// reading them on stderr (`check` says more).
fn load_locales(context: &Context, dir: Option<&Path>) -> Result<Locales, ExitCode> {
    let mut diagnostics = Vec::new();
    let files = source::locale_files(dir, &mut diagnostics);
    let locales = Locales::load(files, &mut diagnostics);
    let place = dir.map_or_else(|| DEFAULT_DIR.into(), |d| d.display().to_string());
    diagnostics.extend(locales.missing_source(&place));
    for diagnostic in diagnostics.iter().filter(|d| d.is_error()) {
        output::tell(&context.program, &diagnostic.render(&context.program))?;
    }
    Ok(locales)
}

/// The locales of every layer laid over each other, as a session sees
/// them, with any problem reading them on stderr.
fn layered_locales(context: &Context) -> Result<Locales, ExitCode> {
    let mut diagnostics = Vec::new();
    let locales = crate::content::locales(&context.layers, &mut diagnostics);
    diagnostics.extend(locales.missing_source(DEFAULT_DIR));
    for diagnostic in diagnostics.iter().filter(|d| d.is_error()) {
        output::tell(&context.program, &diagnostic.render(&context.program))?;
    }
    Ok(locales)
}

fn status(context: &Context) -> CommandResult {
    let program = &context.program;
    let locales = layered_locales(context)?;
    if locales.source().is_none() {
        return Err(ExitCode::from(exit::INVALID_CONTENT));
    }
    let headings = [
        tools::STATUS_LOCALE,
        tools::STATUS_TRANSLATED,
        tools::STATUS_UNTRANSLATED,
        tools::STATUS_MISSING,
        tools::STATUS_OBSOLETE,
        tools::STATUS_COMPLETE,
    ]
    .map(|id| program.text(id));
    let rows = compare::status(&locales).into_iter().map(|s| {
        let percent = program.format(tools::STATUS_PERCENT, &[("percent", s.percent().to_string())]);
        [
            s.tag,
            s.translated.to_string(),
            s.untranslated.to_string(),
            s.missing.to_string(),
            s.obsolete.to_string(),
            percent,
        ]
    });
    let text = table(std::iter::once(headings).chain(rows).collect());
    output::write_out(&text).map_err(|e| output::failed(program, &e))?;
    Ok(ExitCode::SUCCESS)
}

/// Columns two spaces apart, the first left-aligned, numbers right-aligned.
fn table<const N: usize>(rows: Vec<[String; N]>) -> String {
    let mut widths = [0; N];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(display_width(cell));
        }
    }
    let mut out = String::new();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (cell, width))| {
                let pad = " ".repeat(width - display_width(cell));
                if c == 0 { format!("{cell}{pad}") } else { format!("{pad}{cell}") }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

fn new(context: &Context, tag: &str) -> CommandResult {
    let program = &context.program;
    let Some(lang) = parse_tag(tag) else {
        output::tell(program, &program.format(cli::BAD_LANG, &[("tag", tag)]))?;
        return Err(ExitCode::from(exit::USAGE));
    };
    let tag = lang.to_string();
    if lang == source_locale() {
        output::tell(program, &program.format(tools::NEW_IS_SOURCE, &[("tag", tag)]))?;
        return Err(ExitCode::from(exit::USAGE));
    }
    let dir = context.given.locales.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_DIR));
    let target = dir.join(&tag);
    if target.exists() {
        output::tell(program, &program.format(tools::NEW_EXISTS, &[("dir", target.display().to_string())]))?;
        return Err(ExitCode::from(exit::USAGE));
    }
    // English from beside the new locale, or the built-in English, which
    // is then copied there: `--locales` replaces the built-in locales.
    let english_dir = dir.join(SOURCE_LOCALE);
    let copy_english = !english_dir.exists();
    let locales = load_locales(context, Some(dir.as_path()).filter(|_| !copy_english))?;
    let Some(english) = locales.source() else { return Err(ExitCode::from(exit::INVALID_CONTENT)) };
    let files = scaffold(&english.files, |path| {
        program.format(tools::SCAFFOLD_HEADER, &[("tag", tag.clone()), ("source", path.into())])
    });
    let written =
        write_files(&target, files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).and_then(|()| {
            match copy_english {
                true => write_files(
                    &english_dir,
                    english.files.iter().map(|f| (source::file_name(&f.path), f.text.as_str())),
                ),
                false => Ok(()),
            }
        });
    if let Err((path, error)) = written {
        let args = [("path", path.display().to_string()), ("detail", io_error::describe(&error, program))];
        output::tell(program, &program.format(tools::NEW_WRITE_FAILED, &args))?;
        return Err(ExitCode::from(exit::TERMINAL));
    }
    if copy_english {
        let copied = program.format(tools::NEW_SOURCE_COPIED, &[("dir", english_dir.display().to_string())]);
        output::say(program, &copied)?;
    }
    let args = [
        ("dir", Arg::text(target.display().to_string())),
        ("files", Arg::number(files.len())),
        ("messages", Arg::number(files.iter().map(|f| f.entries).sum::<usize>())),
        ("locales", Arg::text(dir.display().to_string())),
        ("tag", Arg::Text(tag)),
    ];
    output::say(program, &program.format(tools::NEW_DONE, &args))?;
    Ok(ExitCode::SUCCESS)
}

/// `(name, text)` files into `dir`, made if need be; on failure, the path
/// that could not be written and why.
fn write_files<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<(), (PathBuf, std::io::Error)> {
    std::fs::create_dir_all(dir).map_err(|e| (dir.to_path_buf(), e))?;
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| (path, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_by_display_width() {
        let rows = vec![
            ["Sprog".to_string(), "Færdig".to_string()],
            ["da".to_string(), "100 %".to_string()],
            ["xx".to_string(), "7 %".to_string()],
        ];
        assert_eq!(table(rows), "Sprog  Færdig\nda      100 %\nxx        7 %\n");
    }
}
