//! `mfa-doctor walk FLOW --answers 2,1,solved`: a flow walked with the
//! answers given, printed as a transcript.

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::sync::Arc;

use super::check::valid_content;
use super::{CommandResult, Context, exit, output, target};
use crate::diagnostic::io_error;
use crate::engine::Session;
use crate::flow::TRIAGE;
use crate::i18n::{Arg, ArgValue, Localizer};
use crate::messages::plain;
use crate::plain::{Printer, WalkError, walk};

/// Standard input is read no further than this, the limit of every file
/// read: half a million answers.
const MAX_STDIN_BYTES: u64 = crate::content::source::MAX_FILE_BYTES as u64;
/// `--answers` takes this to read the answers from standard input.
const FROM_STDIN: &str = "-";

#[derive(clap::Args)]
pub(crate) struct Args {
    #[arg(value_name = "FLOW")]
    flow: Option<String>,
    #[arg(long, value_name = "ANSWERS", value_delimiter = ',')]
    answers: Vec<String>,
}

pub(super) fn run(context: &Context, args: Args) -> CommandResult {
    let content = valid_content(context)?;
    let l10n = content.localizer(&context.requested);
    let flow = args.flow.as_deref().unwrap_or(TRIAGE);
    let start = target::find_node(&content.catalog, flow, &context.program)?;
    let answers = match answers(args.answers) {
        Ok(Some(answers)) => answers,
        Ok(None) => {
            return Err(usage(&l10n, plain::WALK_TOO_LONG, &[("max", Arg::number(MAX_STDIN_BYTES / 1024))]));
        }
        Err(e) => {
            return Err(usage(&l10n, plain::WALK_READ_FAILED, &[("detail", io_error::describe(&e, &l10n))]));
        }
    };
    let printer = Printer::for_terminal(&l10n, &content.config);
    let mut session =
        Session::starting_at(Arc::new(content.catalog), content.config.facts(context.today), start);
    let mut out = io::stdout().lock();
    let result = walk(&mut session, &printer, &answers, &mut out);
    // The transcript so far goes out before the error that ends it.
    let flushed = out.flush();
    result.map_err(|error| stopped(context, &l10n, error))?;
    flushed.map_err(|e| output::failed(&context.program, &e))?;
    if session.outcome().is_none() {
        let title = crate::screen::node_title(&l10n, session.catalog(), session.current());
        output::tell(&context.program, &l10n.format(plain::WALK_UNFINISHED, &[("title", title)]))?;
        return Ok(ExitCode::from(exit::UNFINISHED));
    }
    Ok(exit::ending(&session))
}

/// Why a walk stopped, told on stderr: the output failed, or an answer
/// did not fit its screen or came after the end.
fn stopped(context: &Context, l10n: &Localizer, error: WalkError) -> ExitCode {
    match error {
        WalkError::Write(e) => output::failed(&context.program, &e),
        WalkError::BadAnswer { position, count, answer, title, step, options } => {
            let kind = if step { "step" } else { "other" };
            let args = [
                ("position", Arg::number(position)),
                ("count", Arg::number(count)),
                ("answer", Arg::Text(answer)),
                ("title", Arg::Text(title)),
                ("kind", Arg::text(kind)),
                ("last", Arg::number(options)),
            ];
            usage(l10n, plain::WALK_BAD_ANSWER, &args)
        }
        WalkError::AfterEnd { position, count, answer, title } => {
            let args = [
                ("position", Arg::number(position)),
                ("count", Arg::number(count)),
                ("answer", Arg::Text(answer)),
                ("title", Arg::Text(title)),
            ];
            usage(l10n, plain::WALK_AFTER_END, &args)
        }
    }
}

fn usage<V: ArgValue>(l10n: &Localizer, id: &str, args: &[(&str, V)]) -> ExitCode {
    match output::tell(l10n, &l10n.format(id, args)) {
        Ok(()) => ExitCode::from(exit::USAGE),
        Err(failed) => failed,
    }
}

/// The answers in order, without blanks; `-` alone reads them from
/// standard input, separated by commas, spaces or line breaks. None when
/// standard input holds more than [`MAX_STDIN_BYTES`]: refused, rather
/// than walked with the answers cut off.
fn answers(given: Vec<String>) -> io::Result<Option<Vec<String>>> {
    let given = if given == [FROM_STDIN] {
        let mut text = String::new();
        io::stdin().lock().take(MAX_STDIN_BYTES + 1).read_to_string(&mut text)?;
        if text.len() as u64 > MAX_STDIN_BYTES {
            return Ok(None);
        }
        text.split([',', ' ', '\t', '\r', '\n']).map(str::to_string).collect()
    } else {
        given
    };
    Ok(Some(given.into_iter().map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect()))
}
