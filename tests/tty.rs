//! The real binary in a pseudo-terminal, read through a terminal emulator
//! (vt100): what a person sees at 80×24, typed at as a person types, and the
//! terminal given back as it was found on every way out.
//!
//! Unix only: it sends Unix signals (`kill`) and uses Unix permissions.

#![cfg(unix)]

mod support;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

/// Long enough for a loaded CI machine; a passing test never waits it out.
const TIMEOUT: Duration = Duration::from_secs(15);

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const BACKSPACE: &str = "\x7f";
const CTRL_C: &str = "\x03";

/// What leaving the full screen must write: alternate screen off, cursor
/// shown, mouse reporting (normal and SGR) off.
const RESTORES: [&str; 4] = ["\x1b[?1049l", "\x1b[?25h", "\x1b[?1000l", "\x1b[?1006l"];

struct Tty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    raw: Vec<u8>,
    _sandbox: TempDir,
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a size above zero")
}

fn size(rows: u16, cols: u16) -> PtySize {
    PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }
}

/// The program under test: this build's, or another build of it (CI runs
/// these tests on the binary releases ship, too).
fn binary() -> std::ffi::OsString {
    std::env::var_os("MFA_DOCTOR_UNDER_TEST").unwrap_or_else(|| env!("CARGO_BIN_EXE_mfa-doctor").into())
}

impl Tty {
    /// Starts the binary at 80×24 with a clean environment plus `env`.
    fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        let pair = native_pty_system().openpty(size(24, 80)).expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(binary());
        command.args(args);
        command.env_clear();
        let (sandbox, vars) = support::sandbox();
        for (name, value) in vars.iter().map(|(n, v)| (n.as_str(), v.as_str())).chain([("TERM", "xterm")]) {
            command.env(name, value);
        }
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pair.slave.spawn_command(command).expect("the binary starts");
        // Only the child holds the terminal's other end, so reading ends
        // when it exits.
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let (sender, output) = mpsc::channel();
        thread::spawn(move || {
            let mut buffer = [0; 8192];
            while let Ok(n @ 1..) = reader.read(&mut buffer) {
                if sender.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let writer = pair.master.take_writer().expect("a writer");
        Self {
            master: pair.master,
            writer,
            child,
            output,
            parser: vt100::Parser::new(nonzero(24), nonzero(80), 0),
            raw: Vec::new(),
            _sandbox: sandbox,
        }
    }

    fn take(&mut self, bytes: Vec<u8>) {
        self.parser.process(&bytes);
        self.raw.extend(bytes);
    }

    /// Reads output until `done` holds for the screen; fails after TIMEOUT
    /// showing what was on the screen.
    fn wait_until(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) -> String {
        let deadline = Instant::now() + TIMEOUT;
        while !done(self.parser.screen()) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.take(bytes),
                Err(RecvTimeoutError::Timeout) => panic!("timed out waiting for {what}:\n{}", self.screen()),
                Err(RecvTimeoutError::Disconnected) => panic!("exited before {what}:\n{}", self.screen()),
            }
        }
        self.screen()
    }

    /// Waits until the screen shows every one of `texts`: a frame can
    /// arrive in pieces, so all that a test looks at must be there.
    fn wait_for(&mut self, texts: &[&str]) -> String {
        let what = format!("{texts:?}");
        self.wait_until(&what, |screen| texts.iter().all(|t| screen.contents().contains(t)))
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("keys are sent");
        self.writer.flush().expect("keys are sent");
    }

    fn resize(&mut self, rows: u16, cols: u16) {
        self.master.resize(size(rows, cols)).expect("the terminal resizes");
        self.parser.set_size(nonzero(rows), nonzero(cols));
    }

    /// Reads to the end of the output and returns the exit code.
    fn finish(&mut self) -> u32 {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.take(bytes),
                Err(RecvTimeoutError::Disconnected) => break,
                Err(RecvTimeoutError::Timeout) => panic!("still running:\n{}", self.screen()),
            }
        }
        self.child.wait().expect("the exit status").exit_code()
    }

    /// Sends the keys that should end the program, and checks that it
    /// ended and gave the terminal back; returns the exit code.
    fn quit_with(&mut self, keys: &str) -> u32 {
        self.send(keys);
        let code = self.finish();
        self.assert_restored();
        code
    }

    /// The terminal is as it was before the program started.
    fn assert_restored(&self) {
        let raw = String::from_utf8_lossy(&self.raw);
        for sequence in RESTORES {
            let after_start = raw.rfind(sequence).zip(raw.find("\x1b[?1049h")).is_some_and(|(l, h)| l > h);
            assert!(after_start, "{sequence:?} not written after entering the alternate screen");
        }
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        // A failed test must not leave the program running.
        let _ = self.child.kill();
    }
}

#[test]
fn english_choose_by_digit_go_back_and_quit_with_q() {
    let mut tty = Tty::start(&[], &[]);
    tty.wait_for(&["What is going wrong?", "› 1  I don't have my phone with me", "q quit"]);
    tty.send("2");
    tty.wait_for(&["The verification code doesn't arrive", "┌ What do you see?", "3  No error"]);
    tty.send(BACKSPACE);
    tty.wait_for(&["┌ What is going wrong?", "› 2  The code"]);
    assert_eq!(tty.quit_with("q"), 0);
}

#[test]
fn danish_by_flag_choose_by_arrows_and_enter_and_quit_with_ctrl_c() {
    let mut tty = Tty::start(&["--lang", "da"], &[]);
    tty.wait_for(&["┌ Hvad går der galt?", "q afslut"]);
    for _ in 0..6 {
        tty.send(DOWN);
    }
    let marked = tty.wait_for(&["› 7  Jeg får en fejlmeddelelse"]);
    assert!(!marked.contains("› 1"), "one marker only:\n{marked}");
    tty.send(ENTER);
    tty.wait_for(&["┌ Hvilken fejlmeddelelse?", "Hvad går der galt? › Hvilken fejlmeddelelse?"]);
    assert_eq!(tty.quit_with(CTRL_C), 0);
}

#[test]
fn danish_from_lang_in_the_environment() {
    let mut tty = Tty::start(&[], &[("LANG", "da_DK.UTF-8")]);
    tty.wait_for(&["┌ Hvad går der galt?", "1  Jeg har ikke min telefon med", "q afslut"]);
    assert_eq!(tty.quit_with("q"), 0);
}

#[test]
fn resizing_redraws_at_the_new_size() {
    let mut tty = Tty::start(&[], &[]);
    // The header fills the width, its progress one column from the edge.
    let header = |screen: &vt100::Screen| {
        screen.contents().lines().next().unwrap_or_default().trim_end().chars().count()
    };
    let option = "› 2  The code, call or app notification never arrives";
    tty.wait_until("the header at 80 columns", |s| header(s) == 79 && s.contents().contains("q quit"));
    // A key handled proves the program reads events, so it also hears of
    // resizes: one before its first read would be lost.
    tty.send(DOWN);
    tty.wait_until("the marker on answer 2", |s| s.contents().contains(option));
    tty.resize(30, 100);
    tty.wait_until("the header at 100 columns", |s| header(s) == 99 && s.contents().contains(option));
    tty.resize(12, 40);
    tty.wait_until("the header at 40 columns", |s| header(s) == 39 && s.contents().contains("› 2"));
    assert_eq!(tty.quit_with("q"), 0);
}

#[test]
fn ending_at_the_helpdesk_exits_4() {
    let mut tty = Tty::start(&[], &[]);
    tty.wait_for(&["What is going wrong?", "9  Something else"]);
    // The limit message, still nothing after waiting, and none of the
    // checks that follow helps (no step on this way depends on the date).
    tty.send("2");
    tty.wait_for(&["┌ What do you see?", "3  No error"]);
    tty.send("1");
    tty.wait_for(&["┌ Use the app or wait a few minutes", "2  No, that didn't help"]);
    tty.send("2");
    tty.wait_for(&["┌ After waiting", "2  The message is gone"]);
    tty.send("2");
    for check in 1..=5 {
        tty.wait_for(&[&format!("Step {} · check {check} of 5", check + 4), "2  No, that didn't help"]);
        tty.send("2");
    }
    tty.wait_for(&["Helpdesk", "1  Start over"]);
    assert_eq!(tty.quit_with("q"), 4);
}

#[test]
fn colours_are_the_16_ansi_ones_and_no_color_turns_them_off() {
    let cells = |tty: &Tty| {
        let screen = tty.parser.screen();
        let (rows, cols) = screen.size();
        let mut colours = Vec::new();
        for row in 0..rows.get() {
            for col in 0..cols.get() {
                if let Some(cell) = screen.cell(row, col) {
                    colours.extend([cell.fgcolor(), cell.bgcolor()]);
                }
            }
        }
        colours
    };
    for theme in [&[][..], &["--theme", "high-contrast"]] {
        let mut tty = Tty::start(theme, &[]);
        tty.wait_for(&["What is going wrong?", "q quit"]);
        for colour in cells(&tty) {
            let ansi16 = matches!(colour, vt100::Color::Default | vt100::Color::Idx(0..=15));
            assert!(ansi16, "{theme:?}: {colour:?} is not one of the 16 ANSI colours");
        }
        tty.quit_with("q");
    }
    let mut tty = Tty::start(&[], &[("NO_COLOR", "1")]);
    tty.wait_for(&["What is going wrong?", "q quit"]);
    assert!(cells(&tty).iter().all(|c| *c == vt100::Color::Default), "a colour despite NO_COLOR");
    let header = tty.parser.screen().cell(0, 2).expect("a header cell");
    assert!(header.inverse(), "without colour the header is in reverse video");
    tty.quit_with("q");
}

#[test]
fn a_dumb_terminal_gets_line_mode_without_escape_sequences() {
    let mut tty = Tty::start(&[], &[("TERM", "dumb")]);
    tty.wait_for(&["Type the number of your answer"]);
    tty.send("6\r");
    tty.wait_for(&["Look for another method", "Type the number of your answer, or ? for help: 6"]);
    tty.send("q\r");
    assert_eq!(tty.finish(), 0);
    let raw = String::from_utf8_lossy(&tty.raw);
    assert!(!raw.contains('\x1b'), "escape sequence in line mode: {raw:?}");
}

#[test]
fn a_screen_reader_run_of_plain_and_its_summary_has_no_markup_and_no_node_id() {
    for (lang, steps) in [("en", "What you have done so far:"), ("da", "Det har du gjort indtil nu:")] {
        let mut tty = Tty::start(&["--plain", "--lang", lang], &[]);
        tty.wait_for(&["1. "]);
        // The limit message, then the summary (a path that does not depend
        // on the date).
        tty.send("2\r");
        tty.wait_for(&["3. "]);
        tty.send("1\r");
        tty.wait_for(&["2. "]);
        tty.send("t\r");
        tty.wait_for(&[steps]);
        tty.send("q\r");
        assert_eq!(tty.finish(), 0);
        let raw = String::from_utf8_lossy(&tty.raw).into_owned();
        assert!(!raw.contains('\x1b'), "escape sequence in line mode: {raw:?}");
        for mark in ["**", "`", "](", "triage#", "code-not-arriving#"] {
            assert!(!raw.contains(mark), "{mark:?} read out in {lang}:\n{raw}");
        }
    }
}

/// Sends `signal` (a name `kill` knows) to the program.
fn kill(tty: &Tty, signal: &str) {
    let pid = tty.child.process_id().expect("the program's process id");
    let status = std::process::Command::new("kill").args([&format!("-{signal}"), &pid.to_string()]).status();
    assert!(status.expect("kill runs").success());
}

#[test]
fn termination_signals_give_the_terminal_back() {
    for signal in ["TERM", "HUP", "INT", "QUIT", "USR1", "USR2", "ALRM"] {
        let mut tty = Tty::start(&["--agent"], &[]);
        tty.wait_for(&["What is going wrong?", "q quit"]);
        kill(&tty, signal);
        tty.finish();
        tty.assert_restored();
        let raw = String::from_utf8_lossy(&tty.raw);
        assert!(raw.rfind("\x1b[?2004l") > raw.find("\x1b[?2004h"), "{signal}: bracketed paste left on");
    }
}

/// SIGPIPE is ignored (a write to a closed pipe fails instead): sent to
/// the full-screen program, it ends nothing, and quitting afterwards gives
/// the terminal back as ever.
#[test]
fn sigpipe_ends_nothing() {
    let mut tty = Tty::start(&[], &[]);
    tty.wait_for(&["What is going wrong?", "q quit"]);
    kill(&tty, "PIPE");
    std::thread::sleep(std::time::Duration::from_millis(200));
    tty.send("q");
    assert_eq!(tty.finish(), 0, "quit by q, not ended by the signal");
    tty.assert_restored();
}

/// Whether the terminal is in raw mode: no line editing, no echo. Read
/// from the program's side of the pseudo-terminal, which shares its modes
/// with ours.
#[cfg(target_os = "linux")]
fn raw_mode(tty: &Tty) -> bool {
    let fd = tty.master.as_raw_fd().expect("the terminal's descriptor");
    // SAFETY: a zeroed termios is a valid value to be filled in, and the
    // descriptor is open for as long as `tty` lives.
    let mut modes: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(fd, &mut modes) }, 0, "the terminal's modes");
    modes.c_lflag & (libc::ICANON | libc::ECHO) == 0
}

/// The program's state as the kernel reports it: 'T' when stopped.
#[cfg(target_os = "linux")]
fn process_state(tty: &Tty) -> char {
    let pid = tty.child.process_id().expect("the program's process id");
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the process's status");
    // The state follows the command's name, which is in parentheses.
    stat.rsplit_once(") ").and_then(|(_, rest)| rest.chars().next()).unwrap_or('?')
}

/// Ctrl-Z (a key in raw mode) and SIGTSTP from another program stop the
/// program with the terminal given back: raw mode off, alternate screen
/// left, cursor shown, mouse off, the shell's screen as it was. SIGCONT
/// (what `fg` sends) takes the terminal again and draws the whole screen,
/// with the case as it was.
#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_and_sigtstp_stop_with_the_terminal_given_back_and_fg_redraws_it_all() {
    for way in ["Ctrl-Z", "TSTP"] {
        let mut tty = Tty::start(&["--agent"], &[]);
        tty.resize(30, 100);
        tty.wait_for(&["What is going wrong?", "c caller"]);
        tty.send("c");
        tty.wait_for(&["Esc done · Enter on to the note"]);
        tty.send("jane@contoso.example");
        tty.send(ESC);
        tty.wait_for(&["jane@contoso.example", "c caller"]);
        assert!(raw_mode(&tty), "{way}: raw mode while running");
        let before_stop = tty.raw.len();
        match way {
            "Ctrl-Z" => tty.send("\x1a"),
            signal => kill(&tty, signal),
        }
        tty.wait_until("the shell's screen", |s| !s.alternate_screen() && !s.hide_cursor());
        let deadline = Instant::now() + TIMEOUT;
        while process_state(&tty) != 'T' {
            assert!(Instant::now() < deadline, "{way}: not stopped");
            thread::sleep(Duration::from_millis(20));
        }
        let given_back = String::from_utf8_lossy(&tty.raw[before_stop..]).into_owned();
        for sequence in RESTORES.iter().chain(&["\x1b[?2004l"]) {
            assert!(given_back.contains(sequence), "{way}: {sequence:?} not written before stopping");
        }
        assert_eq!(tty.parser.screen().mouse_protocol_mode(), vt100::MouseProtocolMode::None, "{way}");
        assert!(!raw_mode(&tty), "{way}: still in raw mode while stopped");

        let before_fg = tty.raw.len();
        kill(&tty, "CONT");
        tty.wait_until("the screen again", |s| {
            s.alternate_screen()
                && s.contents().contains("jane@contoso.example")
                && s.contents().contains("c caller")
        });
        // Drawn whole, not as changes to a screen that is no longer there.
        let redrawn = String::from_utf8_lossy(&tty.raw[before_fg..]).into_owned();
        for text in ["What is going wrong?", "jane@contoso.example", "Call "] {
            assert!(redrawn.contains(text), "{way}: {text:?} not drawn again");
        }
        assert!(raw_mode(&tty), "{way}: raw mode again");
        assert_ne!(tty.parser.screen().mouse_protocol_mode(), vt100::MouseProtocolMode::None, "{way}");
        // Keys work as before.
        tty.send("2");
        tty.wait_for(&["┌ What do you see?", "jane@contoso.example"]);
        tty.send("q");
        tty.wait_for(&["Quit without saving?"]);
        assert_eq!(tty.quit_with("q"), 0, "{way}");
    }
}

// ---- a case is never lost ----

const ESC: &str = "\x1b";

/// The call time the agent panel shows ("Call 02:05"), in seconds.
fn call_secs(screen: &str) -> Option<u64> {
    let at = screen.find("Call ")? + "Call ".len();
    let clock: String = screen.get(at..)?.chars().take_while(|c| c.is_ascii_digit() || *c == ':').collect();
    clock.split(':').try_fold(0, |secs, part| Some(secs * 60 + part.parse::<u64>().ok()?))
}

/// The one case saved in `dir`, as JSON.
fn saved_case(dir: &std::path::Path) -> (std::path::PathBuf, serde_json::Value) {
    let mut jsons: Vec<_> = std::fs::read_dir(dir)
        .expect("the ticket folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(jsons.len(), 1, "one case, saved once: {jsons:?}");
    let path = jsons.remove(0);
    for ext in ["txt", "md"] {
        assert!(path.with_extension(ext).exists(), "the .{ext} beside {path:?}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("the file").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "readable by the agent alone");
    }
    let json = serde_json::from_str(&std::fs::read_to_string(&path).expect("the ticket")).expect("JSON");
    (path, json)
}

/// An agent on a call with `--ticket-dir`: (on screen 1, or one answer
/// in) the caller typed, Enter on to the note, the note typed, Esc done;
/// two seconds on the clock; then `way_out`. The case must be saved, said
/// after the terminal is given back, and reopen with `--resume` exactly.
fn a_case_survives(way_out: &str, one_answer_in: bool) {
    let tickets = tempfile::tempdir().expect("a ticket folder");
    let dir = tickets.path().display().to_string();
    let mut tty = Tty::start(&["--agent", "--ticket-dir", &dir], &[]);
    // Wide enough for the agent panel at the side, with its keys.
    tty.resize(30, 100);
    tty.wait_for(&["What is going wrong?", "c caller"]);
    if one_answer_in {
        tty.send("2");
        tty.wait_for(&["┌ What do you see?"]);
    }
    tty.send("c");
    tty.wait_for(&["Esc done · Enter on to the note"]);
    tty.send("jane@contoso.example");
    tty.send(ENTER);
    tty.wait_for(&["Esc done · Enter new line"]);
    tty.send("restarted twice");
    tty.send(ESC);
    tty.wait_for(&["jane@contoso.example", "restarted twice", "c caller"]);
    tty.wait_until("two seconds on the clock", |s| call_secs(&s.contents()).is_some_and(|t| t >= 2));
    match way_out {
        "HUP" | "TERM" => {
            kill(&tty, way_out);
            tty.finish();
            tty.assert_restored();
        }
        keys => assert_eq!(tty.quit_with(keys), 0, "{keys:?}"),
    }
    let told = tty.screen();
    assert!(told.contains("Saved: ") && told.contains("mfa-doctor-"), "{way_out:?}: where it went:\n{told}");

    let (path, json) = saved_case(tickets.path());
    assert_eq!(json["caller"], "jane@contoso.example", "{way_out:?}");
    let node = if one_answer_in { "code-not-arriving#" } else { "triage#problem" };
    let current = json["current"]["node"].as_str().unwrap_or_default();
    assert!(current.starts_with(node), "{way_out:?}: {current}");
    assert_eq!(json["note"], "restarted twice", "{way_out:?}");
    assert!(json["duration_secs"].as_u64().is_some_and(|t| t >= 2), "{way_out:?}: {json}");
    let created = json["created"].clone();

    // The next agent reopens it: same caller, note, step, and the clock
    // goes on from where it stopped.
    let file = path.display().to_string();
    let mut again = Tty::start(&["--agent", "--resume", &file], &[]);
    again.resize(30, 100);
    let title = if one_answer_in { "┌ What do you see?" } else { "┌ What is going wrong?" };
    let screen = again.wait_for(&["jane@contoso.example", "restarted twice", title]);
    assert!(call_secs(&screen).is_some_and(|t| t >= 2), "the call time goes on:\n{screen}");
    // Nowhere to save this time: quitting asks first.
    again.send("q");
    again.wait_for(&["Quit without saving?"]);
    assert_eq!(again.quit_with("q"), 0);
    assert_eq!(saved_case(tickets.path()).1["created"], created, "nothing saved by the second run");
}

#[test]
fn q_with_a_ticket_dir_saves_the_case() {
    a_case_survives("q", true);
}

#[test]
fn esc_on_the_first_screen_after_enter_in_the_caller_field_saves_the_case() {
    a_case_survives(ESC, false);
}

#[test]
fn ctrl_c_saves_the_case() {
    a_case_survives(CTRL_C, true);
}

#[test]
fn sighup_from_a_closed_window_or_ssh_drop_saves_the_case() {
    a_case_survives("HUP", true);
}

#[test]
fn sigterm_saves_the_case() {
    a_case_survives("TERM", true);
}

#[test]
fn saving_twice_and_quitting_leaves_one_case() {
    let tickets = tempfile::tempdir().expect("a ticket folder");
    let dir = tickets.path().display().to_string();
    let mut tty = Tty::start(&["--agent", "--ticket-dir", &dir], &[]);
    // Wide enough for the agent panel at the side, with its keys.
    tty.resize(30, 100);
    tty.wait_for(&["What is going wrong?", "c caller"]);
    tty.send("2");
    tty.wait_for(&["┌ What do you see?"]);
    for _ in 0..3 {
        tty.send("s");
        tty.wait_for(&["Saved: "]);
        tty.send("k");
        tty.wait_until("the status line cleared", |s| !s.contents().contains("Saved: "));
    }
    tty.send("1");
    tty.wait_for(&["┌ Use the app or wait a few minutes"]);
    assert_eq!(tty.quit_with("q"), 0);
    let (_, json) = saved_case(tickets.path());
    assert_eq!(json["steps"].as_array().map(Vec::len), Some(2), "the last save has the last step");
}

/// With no display (the sandbox has no DISPLAY, as over SSH or on a
/// server), `y` in the summary asks the terminal to copy (OSC 52), says
/// so, and nothing fails.
#[test]
fn copying_without_a_system_clipboard_goes_through_the_terminal() {
    let mut tty = Tty::start(&["--agent"], &[]);
    tty.resize(30, 100);
    tty.wait_for(&["What is going wrong?"]);
    tty.send("t");
    tty.wait_for(&["Case summary"]);
    tty.send("y");
    tty.wait_for(&["(OSC 52)"]);
    let raw = String::from_utf8_lossy(&tty.raw).into_owned();
    let copied =
        raw.split("\x1b]52;c;").nth(1).and_then(|rest| rest.split("\x1b\\").next()).unwrap_or_default();
    assert!(!copied.is_empty() && copied.bytes().all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)));
    tty.send("\x1b");
    tty.wait_for(&["What is going wrong?"]);
    assert_eq!(tty.quit_with("q"), 0);
}
