//! `mfa-doctor preview`: one screen as the TUI draws it, as plain text, for
//! reviewing a translation in context or diffing screens.

use std::process::ExitCode;
use std::sync::Arc;

use super::check::valid_content;
use super::{CommandResult, Context, exit, output, target};
use crate::engine::Session;
use crate::i18n::Localizer;
use crate::messages::{case, tools};
use crate::tui::{self, Action, App, Theme};

/// Screens smaller than this have no room for a single line of text;
/// larger ones are no terminal's.
const MIN_SIZE: (u16, u16) = (20, 6);
const MAX_SIZE: (u16, u16) = (500, 200);

/// `agent`: the screen as agent mode shows it (script, node id, panel).
pub(super) fn run(context: &Context, target: &str, size: &str, agent: bool) -> CommandResult {
    let program = &context.program;
    let Some((width, height)) = parse_size(size) else {
        let [min, max] = [MIN_SIZE, MAX_SIZE].map(|(w, h)| format!("{w}x{h}"));
        let args = [("size", size.to_string()), ("min", min), ("max", max)];
        output::tell(program, &program.format(tools::BAD_SIZE, &args))?;
        return Err(ExitCode::from(exit::USAGE));
    };
    let content = valid_content(context)?;
    let at = target::find_node(&content.catalog, target, program)?;
    let l10n = content.localizer(&context.requested);
    let session = Session::starting_at(Arc::new(content.catalog), content.config.facts(context.today), at);
    let mut app = App::new(session, l10n, content.config, Theme::monochrome());
    if agent {
        app = app.with_agent();
    }
    // The TUI's first event is the terminal's size.
    app.update(Action::Resize { width, height });
    output::say(program, &tui::render_to_string(&app, width, height))?;
    Ok(ExitCode::SUCCESS)
}

/// `80x24` → (80, 24), within the sizes a preview can have.
fn parse_size(size: &str) -> Option<(u16, u16)> {
    let (width, height) = size.split_once(['x', 'X', '×'])?;
    let (width, height) = (width.trim().parse().ok()?, height.trim().parse().ok()?);
    let fits = (MIN_SIZE.0..=MAX_SIZE.0).contains(&width) && (MIN_SIZE.1..=MAX_SIZE.1).contains(&height);
    fits.then_some((width, height))
}

/// `preview`'s own help, in the program's language.
pub(super) fn help(command: clap::Command, l10n: &Localizer) -> clap::Command {
    command
        .about(l10n.text(tools::PREVIEW))
        .mut_arg("target", |a| a.help(l10n.text(tools::PREVIEW_TARGET)))
        .mut_arg("size", |a| a.help(l10n.text(tools::PREVIEW_SIZE)))
        .mut_arg("agent", |a| a.help(l10n.text(case::AGENT)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_columns_by_rows_within_bounds() {
        assert_eq!(parse_size("80x24"), Some((80, 24)));
        assert_eq!(parse_size("120X40"), Some((120, 40)));
        assert_eq!(parse_size("80×24"), Some((80, 24)));
        assert_eq!(parse_size("80"), None);
        assert_eq!(parse_size("10x24"), None);
        assert_eq!(parse_size("80x9999"), None);
        assert_eq!(parse_size("-1x24"), None);
    }
}
