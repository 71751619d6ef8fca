//! The default command: the full-screen troubleshooter.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use super::check::print_diagnostics;
use super::{Context, exit};
use crate::content;
use crate::engine::Session;
use crate::i18n::source_locale;
use crate::messages::cli;
use crate::search::SearchIndex;
use crate::tui::{self, App, Theme};

pub fn run(context: &Context) -> ExitCode {
    let program = &context.program;
    let loaded = content::load(&context.sources);
    let Some(content) = loaded.content else {
        print_diagnostics(&loaded, program, &mut std::io::stderr());
        eprintln!("{}", program.text(cli::CONTENT_INVALID));
        return ExitCode::from(exit::INVALID_CONTENT);
    };
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        eprintln!("{}", program.text(cli::NOT_A_TERMINAL));
        return ExitCode::from(exit::TERMINAL);
    }
    let l10n = content.localizer(&context.requested);
    let english = content.localizer(&[source_locale()]);
    let index = SearchIndex::build(&content.catalog, &[&l10n, &english]);
    let session = Session::new(Arc::new(content.catalog));
    let app = App::new(session, l10n, content.config, Theme::from_env()).with_search(index);
    match tui::run(app) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", program.format(cli::TERMINAL_FAILED, &[("detail", e.to_string())]));
            ExitCode::from(exit::TERMINAL)
        }
    }
}
