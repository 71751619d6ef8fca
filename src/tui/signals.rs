//! The one thread that takes the signals the full screen cares about: job
//! control (SIGTSTP, SIGCONT: [`super::suspend`]) and the signals that end
//! a program from outside ([`super::terminal::end_by`]). One thread and one
//! wake-up pipe for all of them: a thread each cost a start a tenth of a
//! millisecond. Registered once and kept: signal-hook cannot restore the
//! default actions afterwards, and what the thread does is right whether
//! or not the screen is still set up.

use std::io;
use std::sync::Once;

use signal_hook::consts::{SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2};

use super::{suspend, terminal};

/// SIGHUP is also how a closed window or a dropped SSH connection ends the
/// program; SIGUSR1, SIGUSR2 and SIGALRM end a program that does not
/// expect them, so they are taken like SIGTERM (SIGPIPE is ignored: a
/// write to a closed pipe fails instead).
const WATCHED: [i32; 9] = [SIGTSTP, SIGCONT, SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM];

pub(super) fn watch() -> io::Result<()> {
    static WATCHING: Once = Once::new();
    let mut result = Ok(());
    WATCHING.call_once(|| {
        result = signal_hook::iterator::Signals::new(WATCHED).and_then(|mut signals| {
            std::thread::Builder::new().name("signals".into()).spawn(move || {
                for signal in signals.forever() {
                    match signal {
                        SIGTSTP => suspend::stop(),
                        SIGCONT => suspend::continued(),
                        _ => terminal::end_by(signal),
                    }
                }
            })?;
            Ok(())
        });
    });
    result
}
