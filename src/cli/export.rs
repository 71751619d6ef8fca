//! `mfa-doctor export`: the decision tree as a Mermaid or DOT diagram.

use std::process::ExitCode;

use clap::ValueEnum;

use super::check::valid_content;
use super::{CommandResult, Context, output, target};
use crate::diagram::{Diagram, dot, mermaid};
use crate::i18n::Localizer;
use crate::messages::tools;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Mermaid,
    Dot,
}

pub(super) fn run(context: &Context, format: Format, flow: Option<&str>) -> CommandResult {
    let content = valid_content(context)?;
    if let Some(id) = flow {
        target::find_flow(&content.catalog, id, &context.program)?;
    }
    let l10n = content.localizer(&context.requested);
    let only: Vec<&str> = flow.into_iter().collect();
    let diagram = Diagram::build(&content.catalog, &only, &l10n, &context.program);
    let text = match format {
        Format::Mermaid => mermaid(&diagram),
        Format::Dot => dot(&diagram),
    };
    output::write_out(&text).map_err(|e| output::failed(&context.program, &e))?;
    Ok(ExitCode::SUCCESS)
}

/// `export`'s own help, in the program's language.
pub(super) fn help(command: clap::Command, l10n: &Localizer) -> clap::Command {
    command
        .about(l10n.text(tools::EXPORT))
        .mut_arg("format", |a| a.help(l10n.text(tools::EXPORT_FORMAT)))
        .mut_arg("flow", |a| a.help(l10n.text(tools::EXPORT_FLOW)))
}
