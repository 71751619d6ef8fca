//! The full-screen terminal interface, in The Elm Architecture: terminal
//! events become [`Action`]s, [`App::update`] changes state, and the view
//! (`impl Widget for &App`) only draws.

mod action;
mod app;
mod layout;
mod search;
mod theme;
mod view;

use std::io;

use ratatui::DefaultTerminal;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

pub use action::{Action, Mode, from_event};
pub use app::App;
pub use theme::Theme;

/// Runs the TUI until the person quits. The terminal is restored on every
/// way out: normal return, error, or panic.
pub fn run(mut app: App) -> io::Result<App> {
    let mut terminal = ratatui::init();
    let result = with_mouse(|| event_loop(&mut terminal, &mut app));
    ratatui::restore();
    result.map(|()| app)
}

/// Mouse reporting and bracketed paste on for `f`, and off again however
/// `f` ends. Ratatui's panic hook restores the screen but knows nothing of
/// either.
fn with_mouse(f: impl FnOnce() -> io::Result<()>) -> io::Result<()> {
    fn switch_off() {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    }
    struct Guard;
    impl Drop for Guard {
        fn drop(&mut self) {
            switch_off();
        }
    }
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        switch_off();
        previous_hook(info);
    }));
    execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    let _guard = Guard;
    f()
}

/// The screen as text, exactly as drawn at `width`×`height`: for previews,
/// reviews and tests. Trailing spaces are trimmed from each row.
pub fn render_to_string(app: &App, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    let mut buffer = Buffer::empty(area);
    app.render(area, &mut buffer);
    (0..height)
        .map(|y| {
            let row: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize { width: size.width, height: size.height });
    while app.is_running() {
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        if let Some(action) = from_event(&event::read()?, app.mode()) {
            app.update(action);
        }
    }
    Ok(())
}
