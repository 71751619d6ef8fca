//! The command line: arguments, language, and which command runs. Each
//! command lives in its own module and gets a [`Context`].

mod check;
mod interactive;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use unic_langid::LanguageIdentifier;

use crate::content::Sources;
use crate::i18n::{Locales, Localizer, parse_tag, requested_languages};
use crate::messages::cli;
use crate::source;

/// Exit codes, documented in the README.
pub mod exit {
    pub const INVALID_CONTENT: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const TERMINAL: u8 = 3;
}

#[derive(Parser)]
#[command(name = "mfa-doctor", version)]
struct Cli {
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<String>,
    #[arg(long, global = true, value_name = "DIR")]
    flows: Option<PathBuf>,
    #[arg(long, global = true, value_name = "DIR")]
    locales: Option<PathBuf>,
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    Check,
}

/// What every command needs: the program's own words, the languages asked
/// for, and where content comes from.
pub struct Context {
    /// Built-in messages, for diagnostics and errors even when the given
    /// locales are broken.
    pub program: Localizer,
    pub requested: Vec<LanguageIdentifier>,
    pub sources: Sources,
}

/// Parses the process's arguments and runs the command they name.
pub fn main() -> ExitCode {
    let early_lang = lang_from_args(std::env::args()).and_then(|tag| parse_tag(&tag));
    let program = program_localizer(&requested(early_lang.as_ref()));
    let matches = localized_command(&program).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let flag = match cli.lang.as_deref().map(|tag| (tag, parse_tag(tag))) {
        Some((tag, None)) => {
            eprintln!("{}", program.format(cli::BAD_LANG, &[("tag", tag.to_string())]));
            return ExitCode::from(exit::USAGE);
        }
        Some((_, lang)) => lang,
        None => None,
    };
    let requested = requested(flag.as_ref());
    let context = Context {
        program: program_localizer(&requested),
        requested,
        sources: Sources { flows: cli.flows, locales: cli.locales, config: cli.config },
    };
    match cli.command {
        Some(Command::Check) => check::run(&context),
        None => interactive::run(&context),
    }
}

fn requested(flag: Option<&LanguageIdentifier>) -> Vec<LanguageIdentifier> {
    requested_languages(flag, |name| std::env::var(name).ok(), sys_locale::get_locale())
}

fn program_localizer(requested: &[LanguageIdentifier]) -> Localizer {
    Locales::load(source::locale_files(None, &mut Vec::new()), &mut Vec::new()).localizer(requested)
}

/// `--lang` before clap has run, so `--help` is in the asked-for language.
fn lang_from_args(args: impl Iterator<Item = String>) -> Option<String> {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            return args.next();
        }
        if let Some(tag) = arg.strip_prefix("--lang=") {
            return Some(tag.to_string());
        }
    }
    None
}

fn localized_command(l10n: &Localizer) -> clap::Command {
    Cli::command()
        .about(l10n.text(cli::ABOUT))
        .mut_arg("lang", |a| a.help(l10n.text(cli::LANG)))
        .mut_arg("flows", |a| a.help(l10n.text(cli::FLOWS)))
        .mut_arg("locales", |a| a.help(l10n.text(cli::LOCALES)))
        .mut_arg("config", |a| a.help(l10n.text(cli::CONFIG)))
        .mut_subcommand("check", |c| c.about(l10n.text(cli::CHECK)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter().map(|s| s.to_string()).collect::<Vec<_>>().into_iter()
    }

    #[test]
    fn finds_lang_before_parsing() {
        assert_eq!(lang_from_args(args(&["x", "--lang", "da", "check"])).as_deref(), Some("da"));
        assert_eq!(lang_from_args(args(&["x", "check", "--lang=da"])).as_deref(), Some("da"));
        assert_eq!(lang_from_args(args(&["x"])), None);
    }

    #[test]
    fn every_argument_has_localized_help() {
        let program = program_localizer(&["da".parse().unwrap()]);
        let command = localized_command(&program);
        for arg in command.get_arguments().filter(|a| !matches!(a.get_id().as_str(), "help" | "version")) {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            assert!(!help.is_empty() && !help.starts_with("cli-"), "{}: {help:?}", arg.get_id());
        }
    }
}
