//! Windows drawn over the screen: help, search, the path so far, the case
//! summary, and the question whether to keep a flagged note.

use std::cmp::Ordering;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::super::app::{App, Prompt};
use super::super::hints::{self, Hint};
use super::super::layout::framed;
#[cfg(doc)]
use super::super::layout::prompt_frame;
use super::super::question::Question;
use super::super::search::SearchBox;
use crate::messages::ui;
use crate::screen::path_titles;
use crate::wrap::truncate;

/// The search box over everything but the header: the query, then the
/// results with the marker on the chosen one, then the keys.
pub(super) fn search(app: &App, search: &SearchBox, area: Rect, buf: &mut Buffer) {
    let l10n = app.l10n();
    let inner = window(app, area, &l10n.text(ui::SEARCH_TITLE), hints::SEARCH_WINDOW, buf);
    if inner.height == 0 {
        return;
    }
    (&search.input).render(Rect { height: 1, ..inner }, buf);
    let list = Rect { y: inner.y + 1, height: inner.height.saturating_sub(1), ..inner };
    let width = usize::from(list.width);
    if search.results.is_empty() && !search.query().trim().is_empty() {
        Line::styled(truncate(&l10n.text(ui::SEARCH_NONE), width), app.theme.hint()).render(list, buf);
        return;
    }
    let rows = usize::from(list.height);
    let skip = (search.selected + 1).saturating_sub(rows);
    for (row, (i, result)) in search.results.iter().enumerate().skip(skip).take(rows).enumerate() {
        let area = Rect { y: list.y + u16::try_from(row).unwrap_or(u16::MAX), height: 1, ..list };
        let selected = i == search.selected;
        let text = truncate(&format!("{} {}", if selected { "›" } else { " " }, result.label), width);
        let style = if selected { app.theme.selected() } else { ratatui::style::Style::new() };
        Line::styled(text, style).render(area, buf);
    }
}

/// A bordered window titled `title` with the `keys` hints along its
/// bottom edge; returns the inside.
fn window(app: &App, area: Rect, title: &str, keys: &[Hint], buf: &mut Buffer) -> Rect {
    let keys = hints::line(app.l10n(), keys);
    Clear.render(area, buf);
    let block = framed()
        .title(Line::styled(format!(" {title} "), app.theme.title()))
        .title_bottom(Line::styled(format!(" {keys} "), app.theme.hint()).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// Every node passed, the current one, and the answers kept beyond it,
/// numbered so a digit picks one.
pub(super) fn path(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let l10n = app.l10n();
    let inner = window(app, area, &l10n.text(ui::PATH_TITLE), hints::PATH, buf);
    let session = app.session();
    let here = session.history().len();
    let width = usize::from(inner.width);
    let visible = usize::from(inner.height);
    let skip = (selected + 1).saturating_sub(visible);
    let marked = |id: &str, title: String| l10n.format(id, &[("title", title)]);
    let titles = path_titles(session, l10n, skip..skip + visible);
    let rows = (skip..).zip(titles).map(|(i, title)| match i.cmp(&here) {
        Ordering::Less => (i, title),
        Ordering::Equal => (i, marked(ui::PATH_HERE, title)),
        Ordering::Greater => (i, marked(ui::PATH_LATER, title)),
    });
    for (row, (i, text)) in rows.enumerate() {
        let marker = if i == selected { "›" } else { " " };
        let style = match (i == selected, i > here) {
            (true, _) => app.theme.selected(),
            (false, true) => app.theme.hint(),
            (false, false) => Style::new(),
        };
        let line = truncate(&format!("{marker} {:>2}  {text}", i + 1), width);
        let y = inner.y + u16::try_from(row).unwrap_or(u16::MAX);
        Line::styled(line, style).render(Rect { y, height: 1, ..inner }, buf);
    }
}

/// The case summary as it stands, scrollable; what saving or copying it
/// did is said along its bottom edge, in place of the keys.
pub(super) fn ticket(
    app: &App,
    for_person: bool,
    lines: &[String],
    scroll: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let title = app.l10n().text(if for_person { ui::SUMMARY_TITLE } else { ui::TICKET_TITLE });
    match &app.status {
        None => scrolled(app, &title, hints::TICKET_WINDOW, lines, scroll, area, buf),
        Some(status) if area.height > 0 => {
            scrolled(app, &title, &[], lines, scroll, area, buf);
            let edge =
                Rect { x: area.x + 1, y: area.bottom() - 1, width: area.width.saturating_sub(2), height: 1 };
            Line::styled(truncate(&format!(" {status} "), usize::from(edge.width)), app.theme.title())
                .render(edge, buf);
        }
        Some(_) => {}
    }
}

/// A window of lines wrapped beforehand, scrolled by `scroll`.
pub(crate) fn scrolled(
    app: &App,
    title: &str,
    keys: &[Hint],
    lines: &[String],
    scroll: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let inner = window(app, area, title, keys, buf);
    let shown: Vec<Line> = lines.iter().skip(scroll).map(|l| Line::raw(l.as_str())).collect();
    Paragraph::new(shown).render(inner, buf);
    // Cut off: said on the bottom edge, on the left.
    if scroll + usize::from(inner.height) < lines.len() && area.height > 0 {
        let below = lines.len() - scroll - usize::from(inner.height);
        let text = app.l10n().format(ui::MORE_LINES_BELOW, &[("count", below)]);
        let edge =
            Rect { x: area.x + 1, y: area.bottom() - 1, width: area.width.saturating_sub(2), height: 1 };
        let width = usize::from(edge.width.saturating_sub(2)).min(text.chars().count() + 2);
        Line::styled(truncate(&format!(" {text} "), width), app.theme.hint()).render(edge, buf);
    }
}

/// A question in a small window in the middle, its title marked, scrolled
/// when its text does not fit (and then saying how much more there is).
pub(super) fn question(app: &App, question: Question, buf: &mut Buffer) {
    let (title, body) = question.worded(app.l10n());
    let (popup, lines, scroll) = app.question_view(&body);
    Clear.render(popup, buf);
    let mut block = framed().title(Line::styled(format!(" {title} "), app.theme.urgent()));
    let shown = usize::from(popup.height.saturating_sub(2));
    if scroll + shown < lines.len() {
        let more = app.l10n().format(ui::MORE_LINES_BELOW, &[("count", lines.len() - scroll - shown)]);
        block = block.title_bottom(Line::styled(format!(" {more} "), app.theme.hint()).right_aligned());
    }
    let text: Vec<Line> = lines.into_iter().skip(scroll).map(Line::raw).collect();
    Paragraph::new(text).block(block).render(popup, buf);
}

/// A one-line field in a window across the middle of the screen
/// ([`prompt_frame`]).
pub(super) fn prompt(app: &App, prompt: &Prompt, frame: Rect, buf: &mut Buffer) {
    let inner = window(app, frame, &prompt.title, hints::PROMPT, buf);
    let [marker, field] = inner.layout(&Layout::horizontal([Constraint::Length(2), Constraint::Fill(1)]));
    Line::styled("› ", app.theme.selected()).render(marker, buf);
    (&prompt.input).render(field, buf);
}
