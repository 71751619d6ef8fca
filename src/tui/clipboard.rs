//! Copying the case summary: to the system clipboard where there is one
//! (X11 or XWayland on Linux, macOS, Windows, through `arboard`), else by
//! asking the terminal to do it (OSC 52, which also works over SSH and in
//! tmux when allowed). The app is told which, and says so.

use std::io::{self, Write};

use crossterm::QueueableCommand;
use crossterm::clipboard::CopyToClipboard;

/// Where a copy went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopiedTo {
    /// The system clipboard.
    System,
    /// The terminal was asked (OSC 52); whether it did is the terminal's
    /// setting.
    Terminal,
}

/// The system clipboard, opened at the first copy and kept open while the
/// program runs: on X11 the text lives in the process that copied it, so
/// closing it at once would take the copy away. Once it cannot be opened
/// (no display, a terminal over SSH) it is not tried again.
#[derive(Default)]
pub(crate) struct Clipboard {
    system: Option<arboard::Clipboard>,
    unavailable: bool,
}

impl Clipboard {
    /// Copies `text`: to the system clipboard when it takes it, else
    /// through `terminal` (OSC 52). Only a failing terminal is an error.
    pub(super) fn copy(&mut self, text: &str, terminal: &mut dyn Write) -> io::Result<CopiedTo> {
        if self.copy_to_system(text) {
            return Ok(CopiedTo::System);
        }
        terminal.queue(CopyToClipboard::to_clipboard_from(text))?;
        terminal.flush()?;
        Ok(CopiedTo::Terminal)
    }

    fn copy_to_system(&mut self, text: &str) -> bool {
        if self.unavailable {
            return false;
        }
        // Over SSH a display the program sees is the remote machine's, not
        // the one the person sits at; their terminal is.
        if remote_session(|name| std::env::var_os(name).is_some()) {
            self.unavailable = true;
            return false;
        }
        if self.system.is_none() {
            match arboard::Clipboard::new() {
                Ok(clipboard) => self.system = Some(clipboard),
                Err(_) => {
                    self.unavailable = true;
                    return false;
                }
            }
        }
        self.system.as_mut().is_some_and(|clipboard| clipboard.set_text(text).is_ok())
    }
}

/// Whether the program runs in an SSH session (by the variables sshd
/// sets); `is_set` reads the environment.
fn remote_session(is_set: impl Fn(&str) -> bool) -> bool {
    ["SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"].into_iter().any(is_set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_system_clipboard_the_terminal_is_asked() {
        let mut clipboard = Clipboard { system: None, unavailable: true };
        let mut terminal = Vec::new();
        assert_eq!(clipboard.copy("hi", &mut terminal).unwrap(), CopiedTo::Terminal);
        // OSC 52, the clipboard ("c"), base64 of the text, ended by ST.
        assert_eq!(terminal, b"\x1b]52;c;aGk=\x1b\\");
    }

    /// Windows always has a clipboard (under Wine too): the copy goes there,
    /// not to the terminal.
    #[cfg(windows)]
    #[test]
    fn on_windows_the_system_clipboard_takes_the_copy() {
        if remote_session(|name| std::env::var_os(name).is_some()) {
            return; // Over SSH the terminal is asked, as tested above.
        }
        let mut clipboard = Clipboard::default();
        let mut terminal = Vec::new();
        assert_eq!(clipboard.copy("Løst: genstart telefonen", &mut terminal).unwrap(), CopiedTo::System);
        assert!(terminal.is_empty());
        assert_eq!(arboard::Clipboard::new().unwrap().get_text().unwrap(), "Løst: genstart telefonen");
    }

    #[test]
    fn a_failing_terminal_is_an_error_not_a_panic() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::from(io::ErrorKind::StorageFull))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut clipboard = Clipboard { system: None, unavailable: true };
        assert!(clipboard.copy("hi", &mut Full).is_err());
    }

    #[test]
    fn ssh_sessions_use_the_terminal() {
        assert!(remote_session(|name| name == "SSH_CONNECTION"));
        assert!(remote_session(|name| name == "SSH_TTY"));
        assert!(!remote_session(|_| false));
    }
}
