//! `mfa-doctor preview` prints the very screen the TUI draws (through
//! ratatui's TestBackend) for a node; the pseudo-locales leave no English
//! letter on any screen, so hard-coded text would show.

mod bundled;
mod support;
mod tools_support;

use bundled::content as bundled;

use std::sync::Arc;

use mfa_doctor::content::config::DEFAULT_PASSWORD_RESET_URL;
use mfa_doctor::engine::Session;
use mfa_doctor::facts::{Date, Facts};
use mfa_doctor::i18n::pseudo::mirrored;
use mfa_doctor::tui::{Action, App, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The TUI at `path`, drawn on a TestBackend of `width`×`height` after the
/// terminal's first resize event, as the main loop does.
fn tui_screen(path: &str, lang: &str, width: u16, height: u16) -> String {
    let content = bundled();
    let at = content.catalog.find(path).expect("a node of the bundled flows");
    let l10n = content.localizer(&[lang.parse().unwrap()]);
    let session = Session::starting_at(Arc::new(content.catalog), today(), at);
    let mut app = App::new(session, l10n, content.config, Theme::monochrome());
    app.update(Action::Resize { width, height });
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| frame.render_widget(&app, frame.area())).unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect::<String>().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn preview(args: &[&str]) -> (String, String, Option<i32>) {
    let output = tools_support::run(&[&["preview"], args].concat());
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (text(output.stdout), text(output.stderr), output.status.code())
}

#[test]
fn preview_prints_what_the_tui_draws() {
    for (path, lang, width, height) in [
        ("code-not-arriving#signal", "en", 80, 24),
        ("roaming", "da", 100, 30),
        ("lost-phone#", "en", 60, 20),
        ("triage", "en-XA", 80, 24),
    ] {
        let size = format!("{width}x{height}");
        let (out, err, code) = preview(&[path, "--lang", lang, "--size", &size]);
        assert_eq!(code, Some(0), "{path}: {err}");
        assert_eq!(out, format!("{}\n", tui_screen(path, lang, width, height)), "{path} {lang} {size}");
    }
}

#[test]
fn the_default_size_is_80_by_24() {
    let (out, _, _) = preview(&["roaming#wifi"]);
    assert_eq!(out, format!("{}\n", tui_screen("roaming#wifi", "en", 80, 24)));
}

#[test]
fn wrong_names_and_sizes_are_usage_errors() {
    let (_, err, code) = preview(&["roaming#wfi"]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with(
            "error: flow 'roaming' has no node 'wfi' (did you mean 'roaming#wifi'?)\n  hint: its nodes are: "
        ),
        "{err}"
    );
    let (_, err, code) = preview(&["roaming", "--size", "80"]);
    assert_eq!(code, Some(2));
    assert_eq!(err, "'80' is not a screen size. Write COLUMNSxROWS, e.g. 80x24, from 20x6 to 500x200.\n");
}

#[test]
fn no_english_letter_survives_the_accented_pseudo_locale_on_any_screen() {
    let content = bundled();
    let paths: Vec<String> = content.catalog.nodes().map(|at| content.catalog.path(at)).collect();
    for path in paths {
        let screen = tui_screen(&path, "en-XA", 100, 40);
        // Organization values are placeables, which the pseudo-locales leave
        // as they are. All but one default to a locale's neutral wording (or
        // to digits); the password reset address defaults to Microsoft's
        // real one, so it is no program text left untranslated.
        let screen = screen.replace(DEFAULT_PASSWORD_RESET_URL, "");
        // The footer's key names come from the key bindings, the same in
        // every language ("Enter", "q"), passed into the hints as `$key`.
        let key_name = |word: &str| word.chars().count() == 1 || ["Enter", "Esc", "Space"].contains(&word);
        let (body, footer) = screen.rsplit_once('\n').unwrap_or((&screen, ""));
        let footer: Vec<&str> = footer.split_whitespace().filter(|w| !key_name(w)).collect();
        let screen = format!("{body}\n{}", footer.join(" "));
        let plain: String = screen.chars().filter(char::is_ascii_alphabetic).collect();
        assert!(plain.is_empty(), "{path}: English letters {plain:?} in\n{screen}");
    }
}

#[test]
fn the_mirrored_pseudo_locale_reads_from_the_right() {
    let screen = tui_screen("roaming#wifi", "ar-XB", 80, 24);
    let english = tui_screen("roaming#wifi", "en", 80, 24);
    assert!(english.contains("┌ Connect to Wi-Fi ─"), "{english}");
    assert!(screen.contains(&format!("┌ {} ─", mirrored("Connect to Wi-Fi"))), "{screen}");
}

#[test]
fn agent_preview_shows_the_script_the_node_id_and_the_panel() {
    let (out, err, code) = preview(&["code-not-arriving#signal", "--agent", "--size", "100x30"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("code-not-arriving#signal") && out.contains("Call 00:00"), "{out}");
    assert!(out.contains("Ask the caller"), "the .agent text, not the person's:\n{out}");
}

/// The day sessions in these tests run on.
fn today() -> Facts {
    Facts::on(Date::parse("2026-12-01").expect("a day"))
}
