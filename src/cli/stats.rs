//! `mfa-doctor stats DIR`: what a folder of saved tickets says together,
//! for people (in their language, with the flows' and steps' titles) or as
//! CSV or JSON for a spreadsheet or a script. The counting is the report
//! module's ([`Stats`]); here the folder is read and the result written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use super::{CommandResult, Context, exit, output};
use crate::content::{self, Content};
use crate::i18n::{Arg, Localizer};
use crate::messages::stats as msg;
use crate::report::{self, FlowStats, MAX_TICKETS, NodeCount, Stats, clock};
use crate::sanitize::one_line;
use crate::screen::node_title;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Csv,
    Json,
}

#[derive(clap::Args)]
pub(crate) struct Args {
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub(super) fn run(context: &Context, args: &Args) -> CommandResult {
    let max_files = MAX_TICKETS;
    let program = &context.program;
    let folder = match report::read_folder(&args.dir, max_files) {
        Ok(folder) => folder,
        Err(e) => {
            let detail = crate::diagnostic::io_error::describe(&e, program);
            let dir = args.dir.display().to_string();
            output::tell(program, &program.format(msg::DIR_FAILED, &[("dir", dir), ("detail", detail)]))?;
            return Err(ExitCode::from(exit::USAGE));
        }
    };
    let mut notes = Vec::new();
    for diagnostic in &folder.unreadable {
        let place = diagnostic.location.to_string();
        let reason = diagnostic.message(program);
        notes.push(program.format(msg::SKIPPED, &[("place", place), ("reason", reason)]));
    }
    if !folder.unreadable.is_empty() {
        notes.push(program.format(msg::SKIPPED_SUMMARY, &[("count", Arg::number(folder.unreadable.len()))]));
    }
    if folder.not_read > 0 {
        let args = [("max", Arg::number(max_files)), ("left", Arg::number(folder.not_read))];
        notes.push(program.format(msg::TOO_MANY, &args));
    }
    for note in &notes {
        output::tell(program, &one_line(note))?;
    }
    let stats = Stats::of(&folder);
    let shown = match args.format {
        Format::Text => {
            // Titles in the reader's language, from the content as it is
            // now; ids alone when it cannot be had.
            let content = content::open_layers(&context.layers).content;
            let l10n = content.as_ref().map(|c| c.localizer(&context.requested));
            let titles = content.as_ref().zip(l10n.as_ref());
            to_text(&stats, &args.dir, program, titles)
        }
        Format::Csv => stats.to_csv(),
        Format::Json => format!("{}\n", stats.to_json()),
    };
    output::write_out(&shown).map_err(|e| output::failed(program, &e))?;
    Ok(ExitCode::SUCCESS)
}

/// `stats`' own help, in the program's language.
pub(super) fn help(command: clap::Command, l10n: &Localizer) -> clap::Command {
    command
        .about(l10n.text(msg::ABOUT))
        .mut_arg("dir", |a| a.help(l10n.text(msg::DIR)))
        .mut_arg("format", |a| a.help(l10n.text(msg::FORMAT)))
}

/// The figures for people: a summary line, then each flow with its counts,
/// median call time, and the steps that fixed and the screens that handed
/// cases to the helpdesk, most cases first.
fn to_text(stats: &Stats, dir: &Path, program: &Localizer, titles: Option<(&Content, &Localizer)>) -> String {
    let dir = one_line(&dir.display().to_string());
    if stats.tickets == 0 {
        return format!("{}\n", program.format(msg::NONE, &[("dir", dir)]));
    }
    let mut out = String::new();
    let mut line = |indent: usize, text: String| {
        out.push_str(&" ".repeat(indent));
        out.push_str(&text);
        out.push('\n');
    };
    let summary = [
        ("tickets", Arg::number(stats.tickets)),
        ("dir", Arg::Text(dir)),
        ("cases", Arg::number(stats.cases)),
    ];
    line(0, program.format(msg::SUMMARY, &summary));
    if stats.resaved > 0 {
        line(0, program.format(msg::RESAVED, &[("count", Arg::number(stats.resaved))]));
    }
    for flow in &stats.flows {
        line(0, String::new());
        line(0, flow_heading(flow, program, titles));
        let counts = [
            ("cases", flow.cases),
            ("fixed", flow.fixed),
            ("escalated", flow.escalated),
            ("urgent", flow.urgent),
            ("unfinished", flow.unfinished),
        ]
        .map(|(name, n)| (name, Arg::number(n)));
        line(2, program.format(msg::COUNTS, &counts));
        line(2, program.format(msg::MEDIAN, &[("time", clock(flow.median_call_secs))]));
        for (heading, list) in [(msg::FIXED_BY, &flow.fixed_by), (msg::ESCALATED_AT, &flow.escalated_at)] {
            if !list.is_empty() {
                line(2, program.text(heading));
                for count in list {
                    line(4, item(count, program, titles));
                }
            }
        }
    }
    out
}

fn flow_heading(flow: &FlowStats, program: &Localizer, titles: Option<(&Content, &Localizer)>) -> String {
    let Some(id) = &flow.flow else { return program.text(msg::NO_FLOW) };
    let title = titles.and_then(|(content, l10n)| {
        let flow = content.catalog.flows().iter().find(|f| &f.id == id)?;
        Some(one_line(&l10n.text(&flow.title))).filter(|t| !t.is_empty())
    });
    match title {
        Some(title) => program.format(msg::FLOW, &[("title", title), ("flow", id.clone())]),
        None => program.format(msg::FLOW_UNKNOWN, &[("flow", id.clone())]),
    }
}

fn item(count: &NodeCount, program: &Localizer, titles: Option<(&Content, &Localizer)>) -> String {
    let title = titles.and_then(|(content, l10n)| {
        let at = content.catalog.find(&count.node)?;
        Some(one_line(&node_title(l10n, &content.catalog, at))).filter(|t| !t.is_empty())
    });
    let (number, node) = (Arg::number(count.cases), Arg::text(count.node.clone()));
    match title {
        Some(title) => {
            program.format(msg::ITEM, &[("count", number), ("title", Arg::Text(title)), ("node", node)])
        }
        None => program.format(msg::ITEM_UNKNOWN, &[("count", number), ("node", node)]),
    }
}
