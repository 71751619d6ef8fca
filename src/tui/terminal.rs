//! Setting the terminal up for the full screen (raw mode, the alternate
//! screen, mouse reporting, bracketed paste) and restoring it on every way
//! out, in ratatui's words `init` and `restore`: a
//! normal return, an error, a panic, and the signals that end a program
//! from outside (SIGTERM from a kill or a shutdown, SIGHUP when the window
//! closes, SIGINT and SIGQUIT sent by another program). Crossterm and
//! ratatui handle none of those signals, and a program killed in raw mode
//! leaves a shell that echoes nothing.

use std::io::{self, BufWriter, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// The terminal drawn through a buffer as large as a big frame: ratatui
/// flushes once per frame, so a frame leaves in one write instead of a lock
/// and a write per kilobyte (stdout's own buffer is line-sized).
pub(crate) type BufferedTerminal = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Bytes a full redraw of a 200×60 screen with colours takes, about.
const FRAME_BYTES: usize = 64 * 1024;

/// Whether the terminal is set up for the full screen now: restoring it
/// happens once, from whichever way out comes first.
static INITIALIZED: AtomicBool = AtomicBool::new(false);

/// Given back for a while (the process is stopped, Ctrl-Z): set up again
/// when it continues, unless the program ended meanwhile.
static LENT: AtomicBool = AtomicBool::new(false);

/// Restores the terminal when dropped.
pub(crate) struct RestoreOnDrop(());

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        restore();
    }
}

/// Sets the terminal up for the full screen. Keep [`RestoreOnDrop`] alive
/// as long as the screen is drawn.
pub(super) fn init() -> io::Result<(BufferedTerminal, RestoreOnDrop)> {
    #[cfg(windows)]
    super::console_events::watch()?;
    enable_raw_mode()?;
    INITIALIZED.store(true, Ordering::SeqCst);
    // From here on, a failure restores what was set up so far.
    let guard = RestoreOnDrop(());
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, EnableBracketedPaste)?;
    let terminal = Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(FRAME_BYTES, io::stdout())))?;
    Ok((terminal, guard))
}

/// Leaves the alternate screen, switches mouse reporting, bracketed paste
/// and raw mode off and shows the cursor, if the terminal is set up; safe
/// to call from anywhere, any number of times.
pub fn restore() {
    // The lock orders this with lending and taking back (another thread).
    let _out = io::stdout().lock();
    LENT.store(false, Ordering::SeqCst);
    if INITIALIZED.swap(false, Ordering::SeqCst) {
        leave_full_screen();
    }
}

/// Raw mode first: it has more effects than the screen switch.
fn leave_full_screen() {
    let _ = disable_raw_mode();
    let mut out = io::stdout().lock();
    let _ = execute!(out, DisableMouseCapture, DisableBracketedPaste, LeaveAlternateScreen, Show);
    let _ = out.flush();
}

/// Gives the terminal back for a while, as [`restore`] does, before the
/// process stops; false when it was not set up.
#[cfg(unix)]
pub(super) fn lend() -> bool {
    let _out = io::stdout().lock();
    let initialized = INITIALIZED.swap(false, Ordering::SeqCst);
    if initialized {
        leave_full_screen();
        LENT.store(true, Ordering::SeqCst);
    }
    initialized
}

/// Sets the terminal up again as the process continues: when it was lent,
/// and also when it was kept (a SIGSTOP, which cannot be caught, stopped
/// the process; the shell set its own modes meanwhile). Raw mode is set
/// anew, as crossterm skips a switch it thinks is done. The screen is
/// blank afterwards: it must be drawn whole. False when the terminal is
/// not the program's (not set up yet, or the program ended).
#[cfg(unix)]
pub(super) fn take_back() -> bool {
    let _out = io::stdout().lock();
    if !(LENT.swap(false, Ordering::SeqCst) || INITIALIZED.load(Ordering::SeqCst)) {
        return false;
    }
    INITIALIZED.store(true, Ordering::SeqCst);
    let _ = disable_raw_mode();
    let _ = enable_raw_mode();
    let mut out = io::stdout().lock();
    let _ = execute!(out, EnterAlternateScreen, EnableMouseCapture, EnableBracketedPaste);
    let _ = out.flush();
    true
}

/// Ends the process on a terminating signal: restores the terminal, keeps
/// the case when there is one to keep (and says where), and then ends as
/// that signal would have (so a parent sees "killed by SIGTERM").
#[cfg(unix)]
pub(super) fn end_by(signal: i32) -> ! {
    // Held to the end, so no frame is drawn over the restored screen.
    let _lock = io::stdout().lock();
    restore();
    if let Some(line) = super::case_store::rescue(true) {
        // The terminal may be gone (SIGHUP): no panic.
        let _ = writeln!(io::stderr(), "{line}");
    }
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    std::process::exit(128 + signal)
}
