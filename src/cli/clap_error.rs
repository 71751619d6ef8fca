//! clap's errors (an unknown argument, a wrong value, a missing one, …) in
//! the program's language, laid out as clap lays them out: what is wrong,
//! a tip when clap has one, the usage line and where to read more. Kinds
//! not worded here, and help and version, are clap's own.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::exit;
use crate::i18n::{Arg, Localizer};
use crate::messages::cli;

/// The help flag every command has (see `clap_words`).
const HELP_FLAG: &str = "--help";
/// Indent of the lines under the first, as clap's.
const TAB: &str = "  ";

/// Says what `error` is about and returns the exit code: a mistake worded
/// here on stderr with [`exit::USAGE`]; anything else (help and version
/// on stdout, other mistakes) as clap says it, with clap's exit code.
pub(super) fn report(error: &clap::Error, program: &Localizer) -> ExitCode {
    match localize(error, program) {
        Some(text) => match super::output::write_err(&text) {
            Ok(()) => ExitCode::from(exit::USAGE),
            Err(e) => super::output::failed(program, &e),
        },
        None => match error.print().and_then(|()| std::io::Write::flush(&mut std::io::stdout())) {
            Ok(()) => ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(exit::USAGE)),
            Err(e) => super::output::failed(program, &e),
        },
    }
}

/// The whole message for a mistake this module words, ending in a line
/// break; `None` for help, version, and the kinds left to clap.
pub(crate) fn localize(error: &clap::Error, program: &Localizer) -> Option<String> {
    let what = what(error, program)?;
    let tips = tips(error, program)?;
    let mut text = format!("{}: {what}", program.text("diag-error"));
    for (n, tip) in tips.iter().enumerate() {
        text.push_str(if n == 0 { "\n\n" } else { "\n" });
        text.push_str(TAB);
        text.push_str(tip);
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        // clap's usage starts with its own English title.
        let usage = usage.strip_prefix("Usage:").map_or(usage.as_str(), str::trim_start);
        text.push_str("\n\n");
        text.push_str(&program.format(cli::ERROR_USAGE, &[("usage", usage.to_string())]));
    }
    text.push_str("\n\n");
    text.push_str(&program.format(cli::ERROR_MORE, &[("help", HELP_FLAG.to_string())]));
    text.push('\n');
    Some(text)
}

/// The first line (and the list under it, if any): what is wrong.
fn what(error: &clap::Error, program: &Localizer) -> Option<String> {
    let say = |id: &str, args: &[(&str, &str)]| program.format(id, args);
    let list = |mut text: String, items: &[String]| {
        for item in items {
            text.push('\n');
            text.push_str(TAB);
            text.push_str(item);
        }
        text
    };
    let text = match error.kind() {
        ErrorKind::UnknownArgument => {
            say(cli::ERROR_UNKNOWN_ARGUMENT, &[("arg", string(error, ContextKind::InvalidArg)?)])
        }
        ErrorKind::InvalidValue => {
            let arg = string(error, ContextKind::InvalidArg)?;
            let value = string(error, ContextKind::InvalidValue)?;
            let mut text = if value.is_empty() {
                say(cli::ERROR_MISSING_VALUE, &[("arg", arg)])
            } else {
                say(cli::ERROR_INVALID_VALUE, &[("arg", arg), ("value", value)])
            };
            if let Some(values) = strings(error, ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                text.push('\n');
                text.push_str(TAB);
                text.push_str(&say(cli::ERROR_POSSIBLE_VALUES, &[("values", &values.join(", "))]));
            }
            text
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error, ContextKind::InvalidArg)?;
            list(program.format(cli::ERROR_MISSING_ARGUMENTS, &[("count", missing.len())]), missing)
        }
        ErrorKind::TooManyValues => {
            let arg = string(error, ContextKind::InvalidArg)?;
            let value = string(error, ContextKind::InvalidValue)?;
            say(cli::ERROR_UNEXPECTED_VALUE, &[("arg", arg), ("value", value)])
        }
        ErrorKind::InvalidSubcommand => {
            say(cli::ERROR_UNKNOWN_SUBCOMMAND, &[("name", string(error, ContextKind::InvalidSubcommand)?)])
        }
        ErrorKind::ArgumentConflict => {
            // A subcommand in conflict (no `InvalidArg`) is left to clap.
            let arg = string(error, ContextKind::InvalidArg)?;
            match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if prior == arg => {
                    say(cli::ERROR_REPEATED, &[("arg", arg)])
                }
                Some(ContextValue::String(prior)) => {
                    say(cli::ERROR_CONFLICT, &[("arg", arg), ("other", prior)])
                }
                Some(ContextValue::Strings(priors)) => {
                    list(say(cli::ERROR_CONFLICT_LIST, &[("arg", arg)]), priors)
                }
                _ => say(cli::ERROR_CONFLICT_OTHERS, &[("arg", arg)]),
            }
        }
        _ => return None,
    };
    Some(text)
}

/// clap's tips, each on a line of its own; `None` when clap gives one not
/// worded here, so the error is left to clap rather than said in two
/// languages.
fn tips(error: &clap::Error, program: &Localizer) -> Option<Vec<String>> {
    let similar = |id: &str, names: &[String]| {
        let quoted: Vec<String> = names.iter().map(|name| format!("'{name}'")).collect();
        program.format(id, &[("count", Arg::number(names.len())), ("names", Arg::text(quoted.join(", ")))])
    };
    let mut tips = Vec::new();
    for (kind, id) in [
        (ContextKind::SuggestedSubcommand, cli::ERROR_SIMILAR_SUBCOMMAND),
        (ContextKind::SuggestedArg, cli::ERROR_SIMILAR_ARGUMENT),
        (ContextKind::SuggestedValue, cli::ERROR_SIMILAR_VALUE),
    ] {
        if let Some(names) = strings(error, kind).filter(|n| !n.is_empty()) {
            tips.push(similar(id, names));
        }
    }
    if let Some(ContextValue::StyledStrs(others)) = error.get(ContextKind::Suggested) {
        for tip in others {
            tips.push(free_tip(&tip.to_string(), program, &similar)?);
        }
    }
    Some(tips)
}

/// The tips clap writes out in English, recognized by their wording.
fn free_tip(tip: &str, program: &Localizer, similar: &dyn Fn(&str, &[String]) -> String) -> Option<String> {
    // "to pass '-x' as a value, use '-- -x'"
    if let Some((arg, instead)) = tip
        .strip_prefix("to pass '")
        .and_then(|rest| rest.strip_suffix('\'')?.split_once("' as a value, use '"))
    {
        let args = [("arg", arg.to_string()), ("instead", instead.to_string())];
        return Some(program.format(cli::ERROR_AS_VALUE, &args));
    }
    // "subcommand 'check' exists; to use it, remove the '--' before it"
    if let Some(name) = tip
        .strip_prefix("subcommand '")
        .and_then(|rest| rest.strip_suffix("' exists; to use it, remove the '--' before it"))
    {
        return Some(program.format(cli::ERROR_REMOVE_DASHES, &[("name", name.to_string())]));
    }
    // "'check --format' exists": an argument of another command.
    let name = tip.strip_prefix('\'')?.strip_suffix("' exists")?;
    (!name.contains('\'')).then(|| similar(cli::ERROR_SIMILAR_ARGUMENT, &[name.to_string()]))
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<&str> {
    match error.get(kind)? {
        ContextValue::String(text) => Some(text),
        _ => None,
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Option<&[String]> {
    match error.get(kind)? {
        ContextValue::String(text) => Some(std::slice::from_ref(text)),
        ContextValue::Strings(texts) => Some(texts),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{localized_command, program_localizer};
    use super::*;

    /// The error clap gives for `args`, and the program's words in `lang`.
    fn mistake(lang: &str, args: &[&str]) -> (clap::Error, Localizer) {
        let program = program_localizer(&[lang.parse().unwrap()]);
        let error = localized_command(&program)
            .try_get_matches_from(std::iter::once("mfa-doctor").chain(args.iter().copied()))
            .expect_err("a mistake");
        (error, program)
    }

    /// One command line for each kind of mistake the program words.
    const MISTAKES: &[&[&str]] = &[
        &["--bogus"],
        &["--flowz", "x"],
        &["--theme", "bogus"],
        &["--lang"],
        &["check", "--format"],
        &["chek"],
        &["bogus"],
        &["preview"],
        &["--resume", "a", "--start", "b"],
        &["--plain", "--plain"],
        &["completions", "nosh"],
        &["walk", "--answers", "1", "-x"],
        &["--format", "json"],
        &["--", "check"],
        &["--agent=x"],
    ];

    fn said(lang: &str, args: &[&str]) -> Option<String> {
        let (error, program) = mistake(lang, args);
        localize(&error, &program)
    }

    /// English reads as clap's own (without colour), so nothing changes for
    /// those who knew it, except that one missing argument is said in the
    /// singular (clap always says "arguments were").
    #[test]
    fn english_is_claps_own_wording() {
        for args in MISTAKES {
            let (error, program) = mistake("en", args);
            let ours = localize(&error, &program).unwrap_or_else(|| panic!("{args:?} is worded: {error}"));
            let claps = error.render().to_string();
            let claps =
                if *args == ["preview"] { claps.replace("arguments were", "argument was") } else { claps };
            assert_eq!(ours, claps, "{args:?}");
        }
    }

    #[test]
    fn danish_has_none_of_claps_english() {
        for args in MISTAKES {
            let text = said("da", args).unwrap_or_else(|| panic!("{args:?} is worded"));
            assert!(text.starts_with("fejl: "), "{text}");
            for english in [
                "error", "Usage", "For more", "tip: a", "similar", "found", "possible", "required", "cannot",
                "exists",
            ] {
                assert!(!text.contains(english), "{english:?} in {args:?}:\n{text}");
            }
        }
    }

    #[test]
    fn danish_names_what_is_wrong() {
        assert_eq!(
            said("da", &["--flowz", "x"]).unwrap(),
            "fejl: ukendt argument '--flowz'\n\n  tip: der findes et lignende argument: '--flows'\n\n\
             Brug: mfa-doctor --flows <DIR>\n\nPrøv '--help' for at få mere at vide.\n"
        );
        assert_eq!(
            said("da", &["preview"]).unwrap(),
            "fejl: dette påkrævede argument mangler:\n  <FLOW[#NODE]>\n\n\
             Brug: mfa-doctor preview <FLOW[#NODE]>\n\nPrøv '--help' for at få mere at vide.\n"
        );
        assert!(
            said("da", &["--resume", "a", "--start", "b"]).unwrap().starts_with(
                "fejl: argumentet '--resume <FILE>' kan ikke bruges sammen med '--start <TEXT>'\n"
            )
        );
        assert!(said("da", &["--lang"]).unwrap().starts_with("fejl: '--lang <TAG>' skal have en værdi\n"));
        assert!(said("da", &["chek"]).unwrap().starts_with(
            "fejl: ukendt kommando 'chek'\n\n  tip: der findes en lignende kommando: 'check'\n"
        ));
    }

    /// clap would print what was typed as it is; here it passes through
    /// the localizer, which makes it safe for the terminal.
    #[test]
    fn escape_sequences_typed_are_shown_inert() {
        let text = said("da", &["--\u{1b}[2J\u{1b}[31mred\u{7}"]).unwrap();
        assert!(!text.contains(['\u{1b}', '\u{7}']), "{text:?}");
        assert!(text.starts_with("fejl: ukendt argument '--red'\n"), "{text:?}");
    }

    #[test]
    fn help_and_version_are_left_to_clap() {
        assert_eq!(said("da", &["--help"]), None);
        assert_eq!(said("da", &["--version"]), None);
        assert_eq!(said("da", &["i18n"]), None);
    }
}
