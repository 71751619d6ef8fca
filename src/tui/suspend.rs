//! Job control on Unix: Ctrl-Z, SIGTSTP and SIGCONT. In raw mode Ctrl-Z
//! reaches the program as a key, not as SIGTSTP, so the program stops
//! itself; another program may send SIGTSTP, or SIGSTOP, which cannot be
//! caught. Either way the terminal is given back before the process stops
//! (raw mode, alternate screen, mouse, paste off, cursor shown), so the
//! shell works, and taken again when it continues (`fg`), with the screen
//! drawn whole: the shell wrote over it meanwhile. Nothing of the case is
//! touched: the process only sleeps.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};

use signal_hook::consts::{SIGSTOP, SIGWINCH};
use signal_hook::low_level::raise;

use super::terminal;

/// Set when the process has continued: the next frame is drawn whole.
static REDRAW: AtomicBool = AtomicBool::new(false);

/// Stops the process with the terminal given back, and takes the
/// terminal again once it continues. No frame goes out in between: the
/// output lock is held throughout.
pub(super) fn stop() {
    let _out = io::stdout().lock();
    if terminal::lend() {
        // SIGSTOP, not SIGTSTP: the handler below would only call this
        // again; the shell sees a stopped job either way.
        let _ = raise(SIGSTOP);
        terminal::take_back();
        REDRAW.store(true, Ordering::SeqCst);
    }
}

/// Whether the screen must be drawn whole, once: the process continued
/// since it was last asked.
pub(super) fn take_redraw() -> bool {
    REDRAW.swap(false, Ordering::SeqCst)
}

/// The process continued (SIGCONT, after a stop of any kind): the
/// terminal is taken again and the screen drawn whole. The event loop
/// sleeps in crossterm's read, which wakes for keys and for SIGWINCH only:
/// raising SIGWINCH brings a resize event, and with it the frame.
pub(super) fn continued() {
    if terminal::take_back() {
        REDRAW.store(true, Ordering::SeqCst);
        let _ = raise(SIGWINCH);
    }
}
