//! The agent's panel: the call's clock, who is calling, the note on this
//! step, and the keys that reach them.

use std::cmp::Ordering;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};
use ratatui_textarea::TextArea;

use super::super::agent::{Agent, PanelField};
use super::super::app::App;
use super::super::hints;
use super::super::layout::framed;
use crate::messages::ui;
use crate::screen::path_titles;
use crate::wrap::{truncate, wrap};

/// Rows the caller and note fields need at least (headings included).
const FIELD_ROWS_MIN: u16 = 4;
/// The note's height when there is room for the path under it.
const NOTE_ROWS: u16 = 5;
/// Rows left under the caller for the identity line to be shown too (it,
/// the note's heading and one row of note).
const IDENTITY_ROWS_MIN: u16 = 3;
/// Rows the path list needs to be worth showing.
const PATH_ROWS_MIN: u16 = 4;

/// The panel's frame, the call's clock in its title.
fn frame(app: &App, agent: &Agent) -> Block<'static> {
    let call = app.l10n().format(ui::AGENT_CALL, &[("time", agent.clock())]);
    framed().title(Line::styled(format!(" {call} "), app.theme.title()))
}

/// The panel's top edge alone, where the clock is: what changes each
/// second, drawn without the rest.
pub(super) fn render_clock(app: &App, agent: &Agent, area: Rect, buf: &mut Buffer) {
    let edge = Rect { height: 1, ..area };
    let mut drawn = Buffer::empty(area);
    frame(app, agent).render(area, &mut drawn);
    for x in edge.left()..edge.right() {
        if let (Some(cell), Some(new)) = (buf.cell_mut((x, edge.y)), drawn.cell((x, edge.y))) {
            *cell = new.clone();
        }
    }
}

pub(super) fn render(app: &App, agent: &Agent, area: Rect, buf: &mut Buffer) {
    let l10n = app.l10n();
    let keys = hints::line(
        l10n,
        match agent.editing {
            Some(PanelField::Caller) => hints::AGENT_CALLER,
            Some(PanelField::Note) => hints::AGENT_NOTE,
            None => hints::AGENT,
        },
    );
    let block = frame(app, agent);
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    // The keys go at the bottom, wrapped, as long as they leave the fields
    // room.
    let keys = wrap(&keys, width);
    let keys_height = u16::try_from(keys.len()).unwrap_or(u16::MAX);
    let (fields, keys_area) = if inner.height >= keys_height + FIELD_ROWS_MIN {
        let fields = Rect { height: inner.height - keys_height, ..inner };
        (fields, Some(Rect { y: fields.bottom(), height: keys_height, ..inner }))
    } else {
        (inner, None)
    };
    if let Some(keys_area) = keys_area {
        let lines: Vec<Line> = keys.into_iter().map(|k| Line::styled(k, app.theme.hint())).collect();
        Paragraph::new(lines).render(keys_area, buf);
    }
    let mut rows = Rows { area: fields, next: 0 };
    rows.line(Line::styled(truncate(&l10n.text(ui::AGENT_CALLER), width), app.theme.heading()), buf);
    field(
        app,
        agent,
        PanelField::Caller,
        &agent.caller,
        &hints::AGENT_CALLER_EMPTY.worded(l10n).unwrap_or_default(),
        rows.take(1),
        buf,
    );
    let identity = match &app.notes.identity {
        Some(method) => {
            Line::raw(truncate(&l10n.format(ui::AGENT_IDENTITY_YES, &[("method", method.clone())]), width))
        }
        None => Line::styled(
            truncate(&hints::AGENT_IDENTITY_NO.worded(l10n).unwrap_or_default(), width),
            app.theme.urgent(),
        ),
    };
    // In a low panel the note comes first.
    if rows.remaining() >= IDENTITY_ROWS_MIN {
        rows.line(identity, buf);
    }
    rows.line(Line::styled(truncate(&l10n.text(ui::AGENT_NOTE), width), app.theme.heading()), buf);
    let room = rows.remaining();
    let note_rows = if room > PATH_ROWS_MIN + NOTE_ROWS { NOTE_ROWS } else { room };
    field(
        app,
        agent,
        PanelField::Note,
        &agent.note,
        &hints::AGENT_NOTE_EMPTY.worded(l10n).unwrap_or_default(),
        rows.take(note_rows),
        buf,
    );
    if rows.remaining() > 1 {
        rows.take(1);
        rows.line(Line::styled(truncate(&l10n.text(ui::PATH_TITLE), width), app.theme.heading()), buf);
        path_list(app, rows.rest(), buf);
    }
}

/// The steps so far, the current one marked, later answers kept dimmed;
/// the newest stay in view.
fn path_list(app: &App, area: Rect, buf: &mut Buffer) {
    let session = app.session();
    let here = session.history().len();
    let rows = usize::from(area.height);
    let skip = (here + 1).saturating_sub(rows);
    let width = usize::from(area.width);
    let titles = path_titles(session, app.l10n(), skip..skip + rows);
    let lines: Vec<Line> = (skip..)
        .zip(titles)
        .map(|(i, text)| {
            let (marker, style) = match i.cmp(&here) {
                Ordering::Less => (" ", Style::new()),
                Ordering::Equal => ("›", app.theme.title()),
                Ordering::Greater => (" ", app.theme.hint()),
            };
            Line::styled(truncate(&format!("{marker}{:>2} {text}", i + 1), width), style)
        })
        .collect();
    Paragraph::new(lines).render(area, buf);
}

/// A text field: its text, or a hint when empty and not being edited;
/// marked while it has the keyboard.
fn field(
    app: &App,
    agent: &Agent,
    which: PanelField,
    input: &TextArea<'_>,
    empty: &str,
    area: Rect,
    buf: &mut Buffer,
) {
    let editing = agent.editing == Some(which);
    let is_empty = input.lines().iter().all(|l| l.is_empty());
    if is_empty && !editing {
        Line::styled(truncate(empty, usize::from(area.width)), app.theme.hint()).render(area, buf);
    } else if editing {
        let marker_area = Rect { width: 2.min(area.width), ..area };
        Line::styled("› ", app.theme.selected()).render(marker_area, buf);
        let text_area = Rect { x: area.x + marker_area.width, width: area.width - marker_area.width, ..area };
        input.render(text_area, buf);
    } else {
        input.render(area, buf);
    }
}

/// Hands out the panel's rows from the top.
struct Rows {
    area: Rect,
    next: u16,
}

impl Rows {
    fn take(&mut self, height: u16) -> Rect {
        let y = self.area.y + self.next.min(self.area.height);
        let height = height.min(self.area.bottom().saturating_sub(y));
        self.next += height;
        Rect { y, height, ..self.area }
    }

    fn line(&mut self, line: Line<'_>, buf: &mut Buffer) {
        let area = self.take(1);
        line.render(area, buf);
    }

    fn rest(&mut self) -> Rect {
        self.take(self.area.height)
    }

    fn remaining(&self) -> u16 {
        self.area.height.saturating_sub(self.next)
    }
}
