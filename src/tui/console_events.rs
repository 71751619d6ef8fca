//! Windows' way of ending a console program from outside: console control
//! events instead of signals. Closing the console window (CTRL_CLOSE), signing
//! out (CTRL_LOGOFF), shutting down (CTRL_SHUTDOWN) and Ctrl-Break reach
//! the program this way; Ctrl-C too where the console still processes it
//! (crossterm's raw mode turns that off, and Ctrl-C then arrives as a key
//! the app quits on). Each gives the terminal back and keeps the case, as
//! the Unix signals do in `terminal`.

use std::io::{self, Write};
use std::sync::Once;

use windows_sys::Win32::Foundation::{FALSE, STATUS_CONTROL_C_EXIT, TRUE};
use windows_sys::Win32::System::Console::SetConsoleCtrlHandler;
use windows_sys::core::BOOL;

/// Registers the handler, once for the life of the process (what it does
/// is right whether or not the screen is still taken).
pub(crate) fn watch() -> io::Result<()> {
    static WATCHING: Once = Once::new();
    let mut result = Ok(());
    WATCHING.call_once(|| {
        // SAFETY: `on_event` has the signature Windows calls and lives as
        // long as the program.
        if unsafe { SetConsoleCtrlHandler(Some(on_event), TRUE) } == FALSE {
            result = Err(io::Error::last_os_error());
        }
    });
    result
}

/// Windows runs this on a thread of its own, and ends the process as soon
/// as it returns from a close, sign-out or shutdown event (after 5 seconds
/// at most, however long it takes): so the work is done here, before
/// returning (the `ctrlc` crate returns at once and leaves the work to a
/// thread that a closing window does not wait for). It ends the
/// process itself, with the code a console program killed by Ctrl-C has.
unsafe extern "system" fn on_event(_event: u32) -> BOOL {
    // Held to the end, so no frame is drawn over the restored screen.
    let _lock = io::stdout().lock();
    super::restore();
    if let Some(line) = super::case_store::rescue(true) {
        // The console may be gone (a closed window): no panic.
        let _ = writeln!(io::stderr(), "{line}");
    }
    std::process::exit(STATUS_CONTROL_C_EXIT)
}
