//! The full-screen terminal interface, in The Elm Architecture: terminal
//! events become [`Action`]s, [`App::update`] changes state, and the view
//! (`impl Widget for &App`) only draws.

mod action;
mod agent;
mod app;
pub mod case_store;
mod clipboard;
#[cfg(windows)]
mod console_events;
mod help;
mod hints;
mod layout;
mod question;
mod search;
#[cfg(unix)]
mod signals;
#[cfg(unix)]
mod suspend;
mod terminal;
mod text_field;
mod theme;
mod view;

use std::io;
use std::time::{Duration, Instant};

use ratatui::buffer::Buffer;
use ratatui::crossterm::event;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

pub use action::{Action, Mode, from_event};
pub use app::{App, Effect};
pub use clipboard::CopiedTo;
pub(crate) use help::keys as help_keys;

use crate::diagnostic::io_error::IoFailure;
use crate::report::SavedTicket;
use clipboard::Clipboard;
use terminal::BufferedTerminal;
pub use terminal::restore;
pub use theme::{Palette, Theme};
pub use view::render_clock;

/// Runs the TUI until the person quits, and returns the app with how the
/// terminal fared. The terminal is restored on every way out: normal
/// return, error, panic (the hook calls [`restore`]), or a terminating
/// signal; the case is kept for each of them (see [`case_store`]).
pub fn run(mut app: App) -> (App, io::Result<()>) {
    // Before the terminal is set up: a signal from then on gives it back.
    #[cfg(unix)]
    if let Err(e) = signals::watch() {
        return (app, Err(e));
    }
    let (mut terminal, guard) = match terminal::init() {
        Ok(initialized) => initialized,
        Err(e) => return (app, Err(e)),
    };
    let result = event_loop(&mut terminal, &mut app);
    drop(guard);
    (app, result)
}

/// How the case fared as the program ends.
pub enum Closing {
    /// Nothing to tell.
    Quiet,
    /// "Saved: …", to tell once the terminal is restored.
    Saved(String),
    /// It could not be saved: why, and the case as text to copy instead.
    Failed { why: String, before: String, text: String },
}

/// Saves the case one last time when it has a ticket directory (over its
/// own files once it has some), after the terminal is restored.
pub fn close(app: &App) -> Closing {
    match case_store::finish(app.case_to_keep()) {
        Some(Ok(saved)) => Closing::Saved(app.save_line(&Ok(saved))),
        Some(Err(error)) => Closing::Failed {
            why: app.save_line(&Err(IoFailure::from(error))),
            before: app.not_saved_line(),
            text: app.ticket_text(),
        },
        None => app
            .saved_to()
            .map_or(Closing::Quiet, |saved: &SavedTicket| Closing::Saved(app.save_line(&Ok(saved.clone())))),
    }
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

/// Draws, waits for an event, updates, carries out what the update asks
/// for. Idle means blocked in `read`: no work is done between keys, except
/// the once-a-second clock in agent mode.
fn event_loop(terminal: &mut BufferedTerminal, app: &mut App) -> io::Result<()> {
    let started = Instant::now();
    // crossterm hooks the resize signal on its first poll: do that now, so
    // a resize before the first key is not lost.
    event::poll(Duration::ZERO)?;
    let size = terminal.size()?;
    app.update(Action::Resize { width: size.width, height: size.height });
    let mut keeper = case_store::Keeper::default();
    keeper.after(app, false);
    let mut clipboard = Clipboard::default();
    // The last frame drawn whole, and whether only the clock changed since:
    // kept only where a clock ticks (agent mode). A copy of the screen is
    // as large as the screen, and a start has no memory to spare.
    let mut last_frame: Option<Buffer> = None;
    let mut clock_only = false;
    while app.is_running() {
        #[cfg(unix)]
        if suspend::take_redraw() {
            // Back from a stop: what is on the screen is not the last frame.
            // (`resize` clears without asking the terminal where its cursor
            // is, as `clear` does: not every terminal answers.)
            let size = terminal.size()?;
            terminal.resize(Rect::new(0, 0, size.width, size.height))?;
            clock_only = false;
        }
        let drawn = terminal.draw(|frame| {
            let area = frame.area();
            let buffer = frame.buffer_mut();
            let unchanged = last_frame.as_ref().filter(|last| clock_only && last.area == area);
            let clock_drawn = unchanged.is_some_and(|last| {
                buffer.clone_from(last);
                view::render_clock(app, area, buffer)
            });
            if !clock_drawn {
                buffer.reset();
                app.render(area, buffer);
            }
        })?;
        if app.wants_ticks() {
            keep_frame(&mut last_frame, drawn.buffer);
        }
        let action = if app.wants_ticks() {
            let to_next_second = Duration::from_millis(1000 - u64::from(started.elapsed().subsec_millis()));
            if event::poll(to_next_second)? {
                from_event(&event::read()?, app.mode())
            } else {
                Some(Action::Tick(started.elapsed().as_secs()))
            }
        } else {
            from_event(&event::read()?, app.mode())
        };
        let Some(action) = action else { continue };
        clock_only = matches!(action, Action::Tick(_));
        let mut effect = app.update(action);
        while let Some(next) = effect.take() {
            effect = carry_out(next, app, &mut clipboard)?;
        }
        // What a signal or a panic would save from now on.
        keeper.after(app, clock_only);
    }
    Ok(())
}

/// Copies `drawn` into `kept`, in the memory `kept` already has.
fn keep_frame(kept: &mut Option<Buffer>, drawn: &Buffer) {
    match kept {
        Some(kept) => {
            kept.area = drawn.area;
            kept.content.clone_from(&drawn.content);
        }
        None => *kept = Some(drawn.clone()),
    }
}

/// Does what an update asked for and tells the app how it went.
fn carry_out(effect: Effect, app: &mut App, clipboard: &mut Clipboard) -> io::Result<Option<Effect>> {
    match effect {
        Effect::Save(job) => {
            let result = case_store::save(&job).map_err(IoFailure::from);
            Ok(app.update(Action::Saved(result)))
        }
        Effect::Copy(text) => {
            let copied = clipboard.copy(&text, &mut io::stdout())?;
            Ok(app.update(Action::Copied(copied)))
        }
        Effect::Suspend => {
            #[cfg(unix)]
            suspend::stop();
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_frame_is_the_frame_drawn_last_whatever_its_size() {
        let mut kept = None;
        let mut drawn = Buffer::empty(Rect::new(0, 0, 4, 2));
        drawn.set_string(0, 0, "ab", ratatui::style::Style::default());
        keep_frame(&mut kept, &drawn);
        assert_eq!(kept.as_ref(), Some(&drawn));
        let mut larger = Buffer::empty(Rect::new(0, 0, 6, 3));
        larger.set_string(1, 2, "cd", ratatui::style::Style::default());
        keep_frame(&mut kept, &larger);
        assert_eq!(kept.as_ref(), Some(&larger), "kept in its own memory, at the new size");
    }
}
