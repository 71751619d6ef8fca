//! Every `--theme` on every kind of screen: only the 16 ANSI colours, and
//! backgrounds only from the first eight (all the Linux console can show
//! behind text); high contrast has no dim grey; monochrome has no colour;
//! the marked answer stands out without colour in all of them.

use std::sync::Arc;

use mfa_doctor::content::{self, Sources};
use mfa_doctor::engine::Session;
use mfa_doctor::facts::{Date, Facts};
use mfa_doctor::tui::{Action, App, Palette, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::widgets::Widget;

const PALETTES: [Palette; 3] = [Palette::Default, Palette::HighContrast, Palette::Monochrome];

fn app(palette: Palette) -> App {
    let content = content::load(&Sources::default()).content.expect("bundled content is valid");
    let l10n = content.localizer(&["en".parse().unwrap()]);
    App::new(
        Session::new(Arc::new(content.catalog), today()),
        l10n,
        content.config,
        Theme::chosen(Some(palette)),
    )
}

/// Options chosen (0-based), then "No, that didn't help" until the end
/// when `to_the_end`.
fn screen(palette: Palette, choices: &[usize], to_the_end: bool) -> Buffer {
    let mut app = app(palette);
    for &choice in choices {
        app.update(Action::Choose(choice));
    }
    for _ in 0..50 {
        if !to_the_end || app.session().outcome().is_some() {
            break;
        }
        app.update(Action::Choose(1));
    }
    assert_eq!(app.session().outcome().is_some(), to_the_end, "{choices:?}");
    render(&app)
}

fn render(app: &App) -> Buffer {
    let area = Rect::new(0, 0, 80, 24);
    let mut buffer = Buffer::empty(area);
    app.render(area, &mut buffer);
    buffer
}

/// Triage, a step, a fix, an escalation, an urgent escalation, and help.
fn every_kind(palette: Palette) -> Vec<Buffer> {
    let mut help = app(palette);
    help.update(Action::ToggleHelp);
    vec![
        screen(palette, &[], false),
        screen(palette, &[1, 0], false),
        screen(palette, &[1, 0, 0], true),
        screen(palette, &[1, 0], true),
        screen(palette, &[3], true),
        render(&help),
    ]
}

fn is_ansi16(colour: Color) -> bool {
    use Color::*;
    matches!(
        colour,
        Reset
            | Black
            | Red
            | Green
            | Yellow
            | Blue
            | Magenta
            | Cyan
            | Gray
            | DarkGray
            | LightRed
            | LightGreen
            | LightYellow
            | LightBlue
            | LightMagenta
            | LightCyan
            | White
    )
}

fn is_console_background(colour: Color) -> bool {
    use Color::*;
    matches!(colour, Reset | Black | Red | Green | Yellow | Blue | Magenta | Cyan | Gray)
}

#[test]
fn only_colours_a_16_colour_linux_console_shows() {
    for palette in PALETTES {
        for buffer in every_kind(palette) {
            for cell in &buffer.content {
                assert!(is_ansi16(cell.fg), "{palette:?}: foreground {:?}", cell.fg);
                assert!(is_console_background(cell.bg), "{palette:?}: background {:?}", cell.bg);
            }
        }
    }
}

#[test]
fn high_contrast_has_no_dim_grey_text() {
    for buffer in every_kind(Palette::HighContrast) {
        for cell in &buffer.content {
            assert!(!matches!(cell.fg, Color::Gray | Color::DarkGray), "grey text {:?}", cell.symbol());
        }
    }
}

#[test]
fn monochrome_has_no_colour_at_all() {
    for buffer in every_kind(Palette::Monochrome) {
        assert!(buffer.content.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    }
}

#[test]
fn the_marked_answer_stands_out_without_colour() {
    for palette in PALETTES {
        let buffer = screen(palette, &[], false);
        let marked = (0..24u16).find(|&y| buffer[(0, y)].symbol() == "›").expect("a marker");
        assert!(buffer[(2, marked)].modifier.contains(Modifier::REVERSED), "{palette:?}");
        assert!(!buffer[(2, marked + 1)].modifier.contains(Modifier::REVERSED), "{palette:?}");
    }
}

/// The day sessions in these tests run on.
fn today() -> Facts {
    Facts::on(Date::parse("2026-12-01").expect("a day"))
}
