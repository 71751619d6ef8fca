//! Command line: parse, load, hand over. Wiring only.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use mfa_doctor::content::{self, Loaded, Sources};
use mfa_doctor::engine::Session;
use mfa_doctor::i18n::{Locales, Localizer, parse_tag, requested_languages};
use mfa_doctor::messages::cli;
use mfa_doctor::source;
use mfa_doctor::tui::{self, App, Theme};
use unic_langid::LanguageIdentifier;

/// Exit codes (documented in the README).
const EXIT_INVALID_CONTENT: u8 = 1;
const EXIT_USAGE: u8 = 2;
const EXIT_TERMINAL: u8 = 3;

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

fn main() -> ExitCode {
    let early_lang = lang_from_args(std::env::args()).and_then(|tag| parse_tag(&tag));
    let program = program_localizer(early_lang.as_ref());
    let matches = localized_command(&program).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let flag = match cli.lang.as_deref().map(|tag| (tag, parse_tag(tag))) {
        Some((tag, None)) => {
            eprintln!("{}", program.format(cli::BAD_LANG, &[("tag", tag.to_string())]));
            return ExitCode::from(EXIT_USAGE);
        }
        Some((_, Some(lang))) => Some(lang),
        None => None,
    };
    let requested =
        requested_languages(flag.as_ref(), |name| std::env::var(name).ok(), sys_locale::get_locale());
    let program = program_localizer(requested.first());
    let sources = Sources { flows: cli.flows, locales: cli.locales, config: cli.config };
    let loaded = content::load(&sources);
    match cli.command {
        Some(Command::Check) => check(&loaded, &program),
        None => run_tui(loaded, &program, &requested),
    }
}

/// Prints every problem and a summary; non-zero when there are errors.
fn check(loaded: &Loaded, program: &Localizer) -> ExitCode {
    print_diagnostics(loaded, program, &mut std::io::stdout());
    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = loaded.diagnostics.len() - errors;
    println!(
        "{}",
        program.format(
            cli::CHECK_SUMMARY,
            &[("errors", errors.to_string()), ("warnings", warnings.to_string())]
        )
    );
    if errors > 0 { ExitCode::from(EXIT_INVALID_CONTENT) } else { ExitCode::SUCCESS }
}

fn run_tui(loaded: Loaded, program: &Localizer, requested: &[LanguageIdentifier]) -> ExitCode {
    let Some(content) = loaded.content else {
        print_diagnostics(&loaded, program, &mut std::io::stderr());
        eprintln!("{}", program.text(cli::CONTENT_INVALID));
        return ExitCode::from(EXIT_INVALID_CONTENT);
    };
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        eprintln!("{}", program.text(cli::NOT_A_TERMINAL));
        return ExitCode::from(EXIT_TERMINAL);
    }
    let l10n = content.locales.localizer(requested);
    let l10n = l10n.clone().with_globals(content.config.message_variables(&l10n));
    let session = Session::new(Arc::new(content.catalog));
    let app = App::new(session, l10n, content.config, Theme::from_env());
    match tui::run(app) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", program.format(cli::TERMINAL_FAILED, &[("detail", e.to_string())]));
            ExitCode::from(EXIT_TERMINAL)
        }
    }
}

/// Every problem, one per paragraph, to `out`: stdout for `check` (its
/// result), stderr when a start is refused.
fn print_diagnostics(loaded: &Loaded, program: &Localizer, out: &mut dyn Write) {
    for diagnostic in &loaded.diagnostics {
        let _ = writeln!(out, "{}", diagnostic.render(program));
    }
}

/// The program's own messages (help, diagnostics) always come from the
/// built-in locales, so they can be shown even when given content is broken.
fn program_localizer(lang: Option<&LanguageIdentifier>) -> Localizer {
    let requested = lang.cloned().map_or_else(
        || requested_languages(None, |name| std::env::var(name).ok(), sys_locale::get_locale()),
        |l| vec![l],
    );
    Locales::load(source::locale_files(None, &mut Vec::new()), &mut Vec::new()).localizer(&requested)
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
