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
#[cfg(doc)]
use super::super::layout::prompt_frame;
use super::super::layout::{framed, search_window};
use super::super::question::QuestionView;
use super::super::search::SearchBox;
use crate::messages::ui;
use crate::screen::path_titles;
use crate::wrap::truncate;

/// The search box in `frame`, over everything but the header: the query
/// on its line, then the results with the marker on the chosen one, then
/// the keys.
pub(super) fn search(app: &App, search: &SearchBox, frame: Rect, screen: Rect, buf: &mut Buffer) {
    let l10n = app.l10n();
    window(app, frame, &l10n.text(ui::SEARCH_TITLE), hints::SEARCH_WINDOW, buf);
    let (query, results) = search_window(screen, app.agent.is_some(), search.results.len(), search.selected);
    (&search.input).render(query, buf);
    let list = results.area();
    if search.results.is_empty() && !search.query().trim().is_empty() {
        let none = truncate(&l10n.text(ui::SEARCH_NONE), usize::from(list.width));
        Line::styled(none, app.theme.hint()).render(list, buf);
        return;
    }
    let shown = search.results.iter().skip(results.shown().start);
    for ((i, row), result) in results.rows().zip(shown) {
        let selected = i == search.selected;
        let marker = if selected { "›" } else { " " };
        let text = truncate(&format!("{marker} {}", result.label), usize::from(row.width));
        let style = if selected { app.theme.selected() } else { Style::new() };
        Line::styled(text, style).render(row, buf);
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
/// numbered so a digit picks one, in `frame` on a screen of `screen`.
pub(super) fn path(app: &App, selected: usize, frame: Rect, screen: Rect, buf: &mut Buffer) {
    let l10n = app.l10n();
    window(app, frame, &l10n.text(ui::PATH_TITLE), hints::PATH, buf);
    let session = app.session();
    let here = session.history().len();
    let list = app.path_list(screen, selected);
    let marked = |id: &str, title: String| l10n.format(id, &[("title", title)]);
    let titles = path_titles(session, l10n, list.shown());
    for ((i, row), title) in list.rows().zip(titles) {
        let text = match i.cmp(&here) {
            Ordering::Less => title,
            Ordering::Equal => marked(ui::PATH_HERE, title),
            Ordering::Greater => marked(ui::PATH_LATER, title),
        };
        let marker = if i == selected { "›" } else { " " };
        let style = match (i == selected, i > here) {
            (true, _) => app.theme.selected(),
            (false, true) => app.theme.hint(),
            (false, false) => Style::new(),
        };
        let line = truncate(&format!("{marker} {:>2}  {text}", i + 1), usize::from(row.width));
        Line::styled(line, style).render(row, buf);
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
pub(super) fn question(app: &App, view: &QuestionView, buf: &mut Buffer) {
    Clear.render(view.frame, buf);
    let mut block = framed().title(Line::styled(format!(" {} ", view.title), app.theme.urgent()));
    let below = view.lines.len().saturating_sub(view.scroll + view.page());
    if below > 0 {
        let more = app.l10n().format(ui::MORE_LINES_BELOW, &[("count", below)]);
        block = block.title_bottom(Line::styled(format!(" {more} "), app.theme.hint()).right_aligned());
    }
    block.render(view.frame, buf);
    for ((text, _), row) in view.rows() {
        Line::raw(text.as_str()).render(row, buf);
    }
}

/// A one-line field in a window across the middle of the screen
/// ([`prompt_frame`]).
pub(super) fn prompt(app: &App, prompt: &Prompt, frame: Rect, buf: &mut Buffer) {
    let inner = window(app, frame, &prompt.title, hints::PROMPT, buf);
    let [marker, field] = inner.layout(&Layout::horizontal([Constraint::Length(2), Constraint::Fill(1)]));
    Line::styled("› ", app.theme.selected()).render(marker, buf);
    (&prompt.input).render(field, buf);
}
