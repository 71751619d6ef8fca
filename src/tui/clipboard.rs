//! Copying the case summary: to the system clipboard where there is one
//! (X11 or XWayland on Linux, macOS, Windows, through `arboard`), else by
//! asking the terminal to do it (OSC 52, which also works over SSH and in
//! tmux when allowed). The app is told which, and says so.

use std::io::{self, Write};

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
pub struct Clipboard {
    system: Option<arboard::Clipboard>,
    unavailable: bool,
}

impl Clipboard {
    /// Copies `text`: to the system clipboard when it takes it, else
    /// through `terminal` (OSC 52). Only a failing terminal is an error.
    pub fn copy(&mut self, text: &str, terminal: &mut dyn Write) -> io::Result<CopiedTo> {
        if self.copy_to_system(text) {
            return Ok(CopiedTo::System);
        }
        terminal.write_all(osc52(text).as_bytes())?;
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

/// The escape sequence that asks the terminal to put `text` on the
/// clipboard (OSC 52), which also works over SSH.
pub(super) fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Standard base64 with padding; a dozen lines, not worth a dependency.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            let sextet = (n >> (18 - 6 * i)) & 63;
            let digit = ALPHABET.get(sextet as usize).map_or('=', |&b| char::from(b));
            out.push(if i <= chunk.len() { digit } else { '=' });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64("Løst".as_bytes()), "TMO4c3Q=");
    }

    #[test]
    fn osc52_wraps_the_text() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }

    #[test]
    fn without_a_system_clipboard_the_terminal_is_asked() {
        let mut clipboard = Clipboard { system: None, unavailable: true };
        let mut terminal = Vec::new();
        assert_eq!(clipboard.copy("hi", &mut terminal).unwrap(), CopiedTo::Terminal);
        assert_eq!(terminal, b"\x1b]52;c;aGk=\x07");
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
