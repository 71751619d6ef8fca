//! The command line: arguments, language, and which command runs. Each
//! command lives in its own module and gets a `Context`.

mod check;
mod clap_error;
mod crash;
mod export;
mod i18n;
mod install;
mod interactive;
pub mod output;
mod preview;
mod sources;
mod stats;
mod target;
mod walk;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::SystemTime;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use unic_langid::LanguageIdentifier;

use crate::content::Sources;
use crate::content::lookup::Layer;
use crate::content::lookup::{self, Dirs};
use crate::facts::Date;
use crate::i18n::{Locales, Localizer, parse_tag, requested_languages};
use crate::messages::{cli, setup};
use crate::tui::Palette;

/// Exit codes, documented in the README.
pub mod exit {
    use std::process::ExitCode;

    use crate::engine::{Outcome, Session};
    use crate::i18n::Localizer;
    use crate::messages::cli;

    pub(crate) const INVALID_CONTENT: u8 = 1;
    pub(crate) const USAGE: u8 = 2;
    /// The terminal, standard input or output, or a file a command writes.
    pub(crate) const TERMINAL: u8 = 3;
    /// The session ended on a helpdesk screen: a script can tell that a
    /// person must take over.
    pub(crate) const ESCALATED: u8 = 4;
    /// `walk` ran out of answers before an end: a script can tell its
    /// answers did not reach a solved or a helpdesk screen.
    pub(crate) const UNFINISHED: u8 = 5;

    /// How a session exits once the person quits or it runs out of input.
    pub fn ending(session: &Session) -> ExitCode {
        match session.outcome() {
            Some(Outcome::Escalated { .. }) => ExitCode::from(ESCALATED),
            _ => ExitCode::SUCCESS,
        }
    }

    /// The terminal, or standard input or output, failed. When the reader
    /// of the output stopped early (`| head`), that was its choice: nothing
    /// is said.
    pub(crate) fn terminal_failed(program: &Localizer, error: &std::io::Error) -> ExitCode {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            let detail = crate::diagnostic::io_error::describe(error, program);
            let text = program.format(cli::TERMINAL_FAILED, &[("detail", detail)]);
            let _ = super::output::write_err(&format!("{text}\n"));
        }
        ExitCode::from(TERMINAL)
    }
}

#[derive(Parser)]
#[command(name = "mfa-doctor", version)]
struct Cli {
    #[command(flatten)]
    start: Start,
    #[command(subcommand)]
    command: Option<Command>,
}

/// The command line of a start alone, without the commands: what most
/// starts give, parsed without building every command's arguments (a tenth
/// of a start's work). Anything else (a command, help, the version, a
/// mistake) is parsed as a [`Cli`].
#[derive(Parser)]
#[command(name = "mfa-doctor")]
struct StartOnly {
    #[command(flatten)]
    start: Start,
}

/// The options of a start; the `global` ones every command takes too.
#[derive(clap::Args)]
struct Start {
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<String>,
    #[arg(long, global = true, value_name = "DIR")]
    flows: Option<PathBuf>,
    #[arg(long, global = true, value_name = "DIR")]
    locales: Option<PathBuf>,
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[arg(long, global = true)]
    only_given: bool,
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    today: Option<String>,
    #[arg(long)]
    plain: bool,
    #[arg(long, value_name = "THEME")]
    theme: Option<Palette>,
    #[arg(long = "where")]
    show_where: bool,
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    case: interactive::CaseArgs,
}

#[derive(Subcommand)]
enum Command {
    Check(check::Args),
    Export {
        #[arg(long, value_enum, default_value_t = export::Format::Mermaid)]
        format: export::Format,
        flow: Option<String>,
    },
    Preview {
        #[arg(value_name = "FLOW[#NODE]")]
        target: String,
        #[arg(long, default_value = "80x24")]
        size: String,
        #[arg(long)]
        agent: bool,
    },
    I18n {
        #[command(subcommand)]
        command: i18n::Command,
    },
    Walk(walk::Args),
    Stats(stats::Args),
    Completions {
        shell: clap_complete::Shell,
    },
    Man,
}

/// How a command ends: `Ok` with its own exit code when it ran to its end,
/// `Err` with the exit code of what stopped it, already told on stderr. A
/// command's body stops early with `?`; [`main`] turns both into the exit.
pub(crate) type CommandResult = Result<ExitCode, ExitCode>;

/// What every command needs: the program's own words, the languages asked
/// for, and where content comes from.
pub(crate) struct Context {
    /// Built-in messages, for diagnostics and errors even when the given
    /// locales are broken.
    pub program: Localizer,
    pub requested: Vec<LanguageIdentifier>,
    /// Every layer of content, built-in first.
    pub layers: Vec<Layer>,
    /// What the command line names (`i18n new` writes there).
    pub given: Sources,
    /// The day flows branch on: the clock's, or `--today` to see the advice
    /// people will get on another day.
    pub today: Date,
}

/// Parses the process's arguments and runs the command they name.
pub fn main() -> ExitCode {
    // Parsed without the localized help first: wording forty help texts
    // costs more than the rest of starting. Only when clap has something to
    // say (help, version, a mistake) is it said by the localized command.
    // Its mistakes are said in that language too, where they are worded.
    let early_program = || {
        let early_lang = lang_from_args(std::env::args()).and_then(|tag| parse_tag(&tag));
        program_localizer(&requested(early_lang.as_ref()))
    };
    let cli = match StartOnly::try_parse() {
        Ok(only) => Cli { start: only.start, command: None },
        Err(_) => {
            let matches = match Cli::command().try_get_matches() {
                Ok(matches) => matches,
                Err(_) => {
                    let program = early_program();
                    match localized_command(&program).try_get_matches() {
                        Ok(matches) => matches,
                        Err(e) => return clap_error::report(&e, &program),
                    }
                }
            };
            match Cli::from_arg_matches(&matches) {
                Ok(cli) => cli,
                Err(e) => return clap_error::report(&e, &early_program()),
            }
        }
    };
    let Cli { start: cli, command } = cli;
    let flag = match cli.lang.as_deref().map(|tag| (tag, parse_tag(tag))) {
        Some((tag, None)) => {
            let program = program_localizer(&requested(None));
            let told = output::tell(&program, &program.format(cli::BAD_LANG, &[("tag", tag.to_string())]));
            return told.map_or_else(|failed| failed, |()| ExitCode::from(exit::USAGE));
        }
        Some((_, lang)) => lang,
        None => None,
    };
    let dirs = Dirs::from_env(|name| std::env::var_os(name));
    let given = Sources { flows: cli.flows, locales: cli.locales, config: cli.config };
    let layers = lookup::layers(&given, &dirs, cli.only_given);
    let requested = match (cli.lang.as_deref(), flag.as_ref()) {
        (Some(tag), Some(lang)) => {
            let available = available_languages(&layers);
            let pseudo = crate::i18n::pseudo::Pseudo::from_tag(lang).is_some();
            if pseudo || available.iter().any(|a| a.language == lang.language) {
                requested(flag.as_ref())
            } else {
                // Not there: the language the environment asks for, said.
                let instead = requested(None);
                let program = program_localizer(&instead);
                let tags: Vec<String> = available.iter().map(ToString::to_string).collect();
                let args = [
                    ("tag", tag.to_string()),
                    ("language", program.text(cli::LANGUAGE_NAME)),
                    ("tags", tags.join(", ")),
                ];
                // Only a note: the program goes on in the language it says.
                let _ = output::write_err(&format!("{}\n", program.format(cli::LANG_FALLBACK, &args)));
                instead
            }
        }
        _ => requested(flag.as_ref()),
    };
    let today = match cli.today.as_deref().map(|text| (text, Date::parse(text))) {
        None => Date::of(SystemTime::now()),
        Some((_, Some(day))) => day,
        Some((text, None)) => {
            let program = program_localizer(&requested);
            let told = output::tell(&program, &program.format(cli::BAD_TODAY, &[("date", text.to_string())]));
            return told.map_or_else(|failed| failed, |()| ExitCode::from(exit::USAGE));
        }
    };
    let context = Context { program: program_localizer(&requested), requested, layers, given, today };
    crash::install(&context.program);
    if cli.show_where {
        return sources::run(&context, &dirs).unwrap_or_else(|stopped| stopped);
    }
    let result: CommandResult = match command {
        Some(Command::Check(args)) => check::run(&context, &args),
        Some(Command::Export { format, flow }) => export::run(&context, format, flow.as_deref()),
        Some(Command::Preview { target, size, agent }) => preview::run(&context, &target, &size, agent),
        Some(Command::I18n { command }) => i18n::run(&context, &command),
        Some(Command::Walk(args)) => walk::run(&context, args),
        Some(Command::Stats(args)) => stats::run(&context, &args),
        Some(Command::Completions { shell }) => Ok(install::completions(&context, shell)),
        Some(Command::Man) => Ok(install::man(&context)),
        None => interactive::run(
            &context,
            interactive::Display { plain: cli.plain, theme: cli.theme, case: cli.case, strict: cli.strict },
        ),
    };
    result.unwrap_or_else(|stopped| stopped)
}

/// The languages there are translations for: the built-in ones and a
/// folder per language in each layer's locales.
fn available_languages(layers: &[Layer]) -> Vec<LanguageIdentifier> {
    let mut tags = Locales::built_in_tags();
    for layer in layers {
        let Some(lookup::Place::Path(dir)) = &layer.locales else { continue };
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        for entry in entries.flatten().filter(|e| e.path().is_dir()) {
            if let Some(tag) = entry.file_name().to_str().and_then(parse_tag) {
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
        }
    }
    tags
}

fn requested(flag: Option<&LanguageIdentifier>) -> Vec<LanguageIdentifier> {
    requested_languages(flag, |name| std::env::var(name).ok(), sys_locale::get_locale())
}

fn program_localizer(requested: &[LanguageIdentifier]) -> Localizer {
    Locales::built_in().localizer(requested)
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
    let command = Cli::command();
    // What people type, also on Windows (clap would take the file's name,
    // `mfa-doctor.exe`, for usage lines).
    let name = command.get_name().to_string();
    let command = interactive::help(command.bin_name(name), l10n)
        .about(l10n.text(cli::ABOUT))
        .mut_arg("lang", |a| a.help(l10n.text(cli::LANG)))
        .mut_arg("flows", |a| a.help(l10n.text(cli::FLOWS)))
        .mut_arg("locales", |a| a.help(l10n.text(cli::LOCALES)))
        .mut_arg("config", |a| a.help(l10n.text(cli::CONFIG)))
        .mut_arg("today", |a| a.help(l10n.text(cli::TODAY)))
        .mut_arg("plain", |a| a.help(l10n.text(setup::PLAIN)))
        .mut_arg("theme", |a| a.help(l10n.text(setup::THEME)))
        .mut_arg("show_where", |a| a.help(l10n.text(setup::WHERE)))
        .mut_arg("only_given", |a| a.help(l10n.text(setup::ONLY_GIVEN)))
        .mut_arg("strict", |a| a.help(l10n.text(setup::STRICT)))
        .mut_subcommand("walk", |c| {
            c.about(l10n.text(setup::WALK))
                .mut_arg("flow", |a| a.help(l10n.text(setup::WALK_FLOW)))
                .mut_arg("answers", |a| a.help(l10n.text(setup::WALK_ANSWERS)))
        })
        .mut_subcommand("completions", |c| {
            c.about(l10n.text(setup::COMPLETIONS))
                .mut_arg("shell", |a| a.help(l10n.text(setup::COMPLETIONS_SHELL)))
        })
        .mut_subcommand("man", |c| c.about(l10n.text(setup::MAN)))
        .mut_subcommand("check", |c| check::help(c, l10n))
        .mut_subcommand("export", |c| export::help(c, l10n))
        .mut_subcommand("preview", |c| preview::help(c, l10n))
        .mut_subcommand("i18n", |c| i18n::help(c, l10n))
        .mut_subcommand("stats", |c| stats::help(c, l10n));
    clap_words(command, l10n, true)
}

/// clap's own words (usage line, section headings, the help and version
/// flags, "possible values") in the program's language, on `command` and
/// every subcommand below it. The values and defaults clap would list are
/// named in each argument's own help text instead.
fn clap_words(command: clap::Command, l10n: &Localizer, top: bool) -> clap::Command {
    use clap::{Arg, ArgAction};
    let (options, arguments) = (l10n.text(cli::HEADING_OPTIONS), l10n.text(cli::HEADING_ARGUMENTS));
    let mut command = command
        .help_template(l10n.text(cli::HELP_TEMPLATE))
        .subcommand_help_heading(l10n.text(cli::HEADING_COMMANDS))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .mut_args(|arg| {
            let heading = if arg.is_positional() { &arguments } else { &options };
            let takes_values = arg.get_action().takes_values();
            arg.help_heading(heading.clone())
                .hide_possible_values(takes_values)
                .hide_default_value(takes_values)
        })
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(l10n.text(cli::HELP))
                .help_heading(options.clone()),
        );
    if top {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(l10n.text(cli::VERSION))
                .help_heading(options),
        );
    }
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        command = command.mut_subcommand(name, |c| clap_words(c, l10n, false));
    }
    command
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
    fn walk_completions_and_man_have_localized_help() {
        let program = program_localizer(&["da".parse().unwrap()]);
        let command = localized_command(&program);
        for name in ["walk", "completions", "man"] {
            let sub = command.find_subcommand(name).expect("the subcommand exists");
            let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
            assert!(!about.is_empty() && !about.starts_with("cli-"), "{name}: {about:?}");
            for arg in sub.get_arguments().filter(|a| a.get_id() != "help") {
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                assert!(!help.is_empty() && !help.starts_with("cli-"), "{name} {}: {help:?}", arg.get_id());
            }
        }
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

    #[test]
    fn every_subcommand_and_its_arguments_have_localized_help() {
        fn visit(command: &clap::Command, path: &str) {
            for sub in command.get_subcommands() {
                let path = format!("{path} {}", sub.get_name());
                let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
                // A message id, shown when a message is missing, has no space.
                assert!(about.contains(' '), "{path}: {about:?}");
                for arg in sub.get_arguments().filter(|a| !a.is_global_set()) {
                    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                    assert!(help.contains(' '), "{path} {}: {help:?}", arg.get_id());
                }
                visit(sub, &path);
            }
        }
        visit(&localized_command(&program_localizer(&["da".parse().unwrap()])), "mfa-doctor");
    }

    #[test]
    fn danish_help_has_none_of_claps_english() {
        let mut command = localized_command(&program_localizer(&["da".parse().unwrap()]));
        command.build();
        let mut pages = vec![command.render_help().to_string()];
        for sub in command.get_subcommands_mut() {
            pages.push(sub.render_help().to_string());
        }
        for page in &pages {
            for english in
                ["Usage:", "Options:", "Commands:", "Arguments:", "Print help", "possible values", "[default"]
            {
                assert!(!page.contains(english), "{english:?} in:\n{page}");
            }
        }
        assert!(
            pages[0].contains("Brug: mfa-doctor") && pages[0].contains("Vis denne hjælp"),
            "{}",
            pages[0]
        );
    }
}
