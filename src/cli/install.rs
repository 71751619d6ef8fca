//! What packagers install beside the binary, generated from the command
//! line's own definition so it never goes stale: shell completions and the
//! man page.

use std::io::{self, Write};
use std::process::ExitCode;

use clap_complete::Shell;

use super::{Context, available_languages, localized_command};
use crate::content;
use crate::messages::{setup, ui};

/// The name completions are installed for.
const BIN_NAME: &str = "mfa-doctor";

/// A completion script that also offers the flow ids (and `flow#node`)
/// of the content found now, built-in and installed, for `walk`, `export`
/// and `preview`, and the language tags for `--lang`.
pub(super) fn completions(context: &Context, shell: Shell) -> ExitCode {
    let content = content::open_layers(&context.layers).content;
    let (flows, nodes): (Vec<String>, Vec<String>) = match &content {
        Some(content) => {
            let catalog = &content.catalog;
            (
                catalog.flows().iter().map(|f| f.id.to_string()).collect(),
                catalog.nodes().map(|n| catalog.path(n)).collect(),
            )
        }
        None => Default::default(),
    };
    let languages: Vec<String> =
        available_languages(&context.layers).iter().map(ToString::to_string).collect();
    let values = |list: &[String]| clap::builder::PossibleValuesParser::new(list.to_vec());
    let targets: Vec<String> = flows.iter().chain(&nodes).cloned().collect();
    let mut command = localized_command(&context.program)
        .mut_arg("lang", |a| a.value_parser(values(&languages)))
        .mut_subcommand("walk", |c| c.mut_arg("flow", |a| a.value_parser(values(&flows))))
        .mut_subcommand("export", |c| c.mut_arg("flow", |a| a.value_parser(values(&flows))))
        .mut_subcommand("preview", |c| c.mut_arg("target", |a| a.value_parser(values(&targets))));
    // The generators panic when a write fails; a buffer cannot fail.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, BIN_NAME, &mut script);
    // clap's bash script names a subcommand's case differently from where
    // it sets it when the program's name has a hyphen: made to agree, so
    // subcommands complete at all.
    if shell == Shell::Bash {
        let bin = BIN_NAME.replace('-', "__");
        let wrong = format!("{}__subcmd__", BIN_NAME.replace('-', "__subcmd__"));
        script = String::from_utf8_lossy(&script).replace(&wrong, &format!("{bin}__subcmd__")).into_bytes();
    }
    // clap's fish script completes no positional argument: added here.
    if shell == Shell::Fish {
        for (sub, list) in [("walk", &flows), ("export", &flows), ("preview", &targets)] {
            let line = format!(
                "complete -c {BIN_NAME} -n \"__fish_{}_using_subcommand {sub}\" -f -a \"{}\"\n",
                BIN_NAME.replace('-', "_"),
                list.join(" ")
            );
            script.extend_from_slice(line.as_bytes());
        }
    }
    print(context, &script)
}

/// The manual page: clap's name, synopsis, description and options, then
/// the commands (all on this one page: there are no sub-pages), exit
/// status, environment, files and keys, in the language asked for.
pub(super) fn man(context: &Context) -> ExitCode {
    let l10n = &context.program;
    let command = localized_command(l10n);
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    let rendered = man
        .render_title(&mut page)
        .and_then(|()| man.render_name_section(&mut page))
        .and_then(|()| man.render_synopsis_section(&mut page))
        .and_then(|()| man.render_description_section(&mut page))
        .and_then(|()| man.render_options_section(&mut page));
    if let Err(e) = rendered {
        return super::output::failed(l10n, &e);
    }
    let mut text = String::from_utf8_lossy(&page).into_owned();
    let commands: Vec<(String, String)> = command
        .get_subcommands()
        .map(|sub| {
            let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
            (format!("{BIN_NAME} {}", sub.get_name()), about)
        })
        .collect();
    text.push_str(&section(&l10n.text(setup::MAN_COMMANDS), &commands));
    for (heading, body) in [
        (setup::MAN_EXIT_HEADING, setup::MAN_EXIT),
        (setup::MAN_ENVIRONMENT_HEADING, setup::MAN_ENVIRONMENT),
        (setup::MAN_FILES_HEADING, setup::MAN_FILES),
    ] {
        text.push_str(&section(&l10n.text(heading), &entries(&l10n.text(body))));
    }
    // The keys as the help lists them, from the same key bindings.
    let mut keys = crate::tui::help_keys(l10n);
    keys.extend(entries(&l10n.text(ui::HELP_NOTES)));
    text.push_str(&section(&l10n.text(setup::MAN_KEYS_HEADING), &keys));
    let mut version = Vec::new();
    if let Err(e) = man.render_version_section(&mut version) {
        return super::output::failed(l10n, &e);
    }
    text.push_str(&String::from_utf8_lossy(&version));
    print(context, text.as_bytes())
}

/// A list's lines as (term, what it means): split at the first run of
/// three or more spaces (a term may hold words, as in "mfa-doctor-*.txt,
/// .md, .json"); a line without one is a paragraph of its own.
fn entries(body: &str) -> Vec<(String, String)> {
    body.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let line = line.trim();
            match line.split_once("   ") {
                Some((term, text)) => (term.trim().to_string(), text.trim().to_string()),
                None => (String::new(), line.to_string()),
            }
        })
        .collect()
}

/// A man page section of tagged paragraphs, in troff.
fn section(heading: &str, entries: &[(String, String)]) -> String {
    let mut out = format!(".SH {}\n", roff(heading));
    for (term, text) in entries {
        if term.is_empty() {
            out.push_str(&format!(".PP\n{}\n", roff(text)));
        } else {
            out.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", roff(term), roff(text)));
        }
    }
    out
}

/// Text made safe for troff: backslashes and hyphens escaped, and a line
/// that would start with a control character guarded.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) { format!("\\&{escaped}") } else { escaped }
}

fn print(context: &Context, bytes: &[u8]) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => super::output::failed(&context.program, &e),
    }
}
