//! Drawing only: `&App` in, cells out. Nothing here changes state.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

mod agent_panel;
mod overlays;

use super::action::Mode;
use super::app::{App, Overlay};
use super::hints::{self, BACK, HELP, Hint, MOVE, QUIT, RESTART, SEARCH, SELECT, TICKET};
use super::layout::{
    LineKind, MIN_HEIGHT, MIN_WIDTH, MoreAnswers, OPTION_PREFIX, Plan, framed, prompt_frame,
    split_agent_panel, too_small, window_frame,
};
use crate::messages::ui;
use crate::screen::{ScreenKind, path_titles};
use crate::width::width as cells;
use crate::wrap::{truncate, wrap};

/// The keys that do something on this screen, most useful first: choose
/// (by digit); on the first screen search (back and start over do nothing
/// there), else back, start over, search, summary; then moving and
/// selecting, which the digits do too; help and quit always.
fn screen_hints(app: &App) -> (Vec<String>, Vec<String>) {
    let l10n = app.l10n();
    let options = app.screen.options.len();
    let mut useful = Vec::new();
    let last = options.min(9);
    if last > 0 {
        let digits = if last == 1 { "1".to_string() } else { format!("1-{last}") };
        useful.push(l10n.format(ui::KEY_CHOOSE, &[("key", digits)]));
    }
    let mut picked: Vec<&Hint> = Vec::new();
    if app.session().is_at_start() {
        picked.extend(app.can_search().then_some(&SEARCH));
    } else {
        picked.extend([&BACK, &RESTART]);
        picked.extend(app.can_search().then_some(&SEARCH));
        picked.push(&TICKET);
    }
    if options > 1 {
        picked.push(&MOVE);
    }
    if options > 0 {
        picked.push(&SELECT);
    }
    useful.extend(picked.into_iter().filter_map(|h| h.worded(l10n)));
    let always = [&HELP, &QUIT].into_iter().filter_map(|h| h.worded(l10n)).collect();
    (useful, always)
}

/// The hints that fit in `width`: help and quit always, the others in
/// their order as long as they fit, before help and quit.
fn footer(app: &App, width: usize) -> String {
    const SEPARATOR: &str = "  ";
    let (useful, always) = screen_hints(app);
    let room = width.saturating_sub(1);
    let used = |shown: &[String]| {
        shown.iter().map(|h| cells(h)).sum::<usize>() + SEPARATOR.len() * shown.len().saturating_sub(1)
    };
    let mut shown: Vec<String> = Vec::new();
    for hint in useful {
        let mut trial = shown.clone();
        trial.push(hint);
        let with_always: Vec<String> = trial.iter().chain(&always).cloned().collect();
        if used(&with_always) > room {
            break;
        }
        shown = trial;
    }
    shown.extend(always);
    format!(" {}", shown.join(SEPARATOR))
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        if too_small(area) {
            return render_too_small(self, area, buf);
        }
        let agent = self.agent.is_some();
        let (main, panel) = split_agent_panel(area, agent);
        let plan = self.plan_for(main);
        render_header(self, &plan, buf);
        render_body(self, &plan, buf);
        render_pinned(self, &plan, buf);
        render_options(self, &plan, buf);
        let width = usize::from(plan.footer.width);
        let footer = match &self.status {
            Some(status) => Line::styled(truncate(&format!(" {status}"), width), self.theme.title()),
            None => Line::styled(truncate(&footer(self, width), width), self.theme.hint()),
        };
        footer.render(plan.footer, buf);
        if let (Some(agent), Some(panel)) = (&self.agent, panel) {
            agent_panel::render(self, agent, panel, buf);
        }
        let below_header = window_frame(area, agent);
        if let Some(search) = &self.search {
            overlays::search(self, search, below_header, area, buf);
        } else if let Some(prompt) = &self.prompt {
            overlays::prompt(self, prompt, prompt_frame(area, agent), buf);
        } else if let Some(question) = self.question_view(area) {
            overlays::question(self, &question, buf);
        } else {
            match &self.overlay {
                Overlay::None => {}
                Overlay::Help { lines, scroll } => {
                    let title = self.l10n().text(ui::HELP_TITLE);
                    overlays::scrolled(self, &title, hints::HELP_WINDOW, lines, *scroll, below_header, buf)
                }
                Overlay::Path { selected } => overlays::path(self, *selected, below_header, area, buf),
                Overlay::Ticket { for_person, lines, scroll, .. } => {
                    overlays::ticket(self, *for_person, lines, *scroll, below_header, buf)
                }
                Overlay::Sources { lines, scroll } => {
                    let title = self.l10n().text(ui::SOURCES_TITLE);
                    overlays::scrolled(self, &title, hints::SOURCES, lines, *scroll, below_header, buf)
                }
                Overlay::QuitAsk | Overlay::Identity => {}
            }
        }
    }
}

/// The agent's clock alone over `buf`, which holds the last frame drawn
/// whole: all a second changes. False when that is not enough (no clock
/// shown, or a window over the panel), and the frame must be drawn whole.
pub fn render_clock(app: &App, area: Rect, buf: &mut Buffer) -> bool {
    let (Some(agent), Mode::Normal | Mode::Edit) = (&app.agent, app.mode()) else { return false };
    if too_small(area) {
        return false;
    }
    let (_, Some(panel)) = split_agent_panel(area, true) else { return false };
    agent_panel::render_clock(app, agent, panel, buf);
    true
}

/// One sentence, wrapped, that says how big the window must be.
fn render_too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let args = [
        ("min-width", usize::from(MIN_WIDTH)),
        ("min-height", usize::from(MIN_HEIGHT)),
        ("width", usize::from(area.width)),
        ("height", usize::from(area.height)),
    ];
    let text = app.l10n().format(ui::TOO_SMALL, &args);
    let lines: Vec<Line> = wrap(&text, usize::from(area.width)).into_iter().map(Line::raw).collect();
    Paragraph::new(lines).render(area, buf);
}

/// The helpdesk's contact, kept in view under the body.
fn render_pinned(app: &App, plan: &Plan, buf: &mut Buffer) {
    let (Some(area), Some((heading, lines))) = (plan.pinned, plan.pinned_lines()) else { return };
    let block = framed().title(Line::styled(format!(" {heading} "), app.theme.heading()));
    let lines: Vec<Line> = lines.iter().map(|l| Line::raw(l.as_str())).collect();
    Paragraph::new(lines).block(block).render(area, buf);
}

fn render_header(app: &App, plan: &Plan, buf: &mut Buffer) {
    let width = usize::from(plan.header.width);
    let screen = &app.screen;
    let right = format!("{} ", screen.progress);
    let left_room = width.saturating_sub(cells(&right) + 1);
    let left = truncate(&format!(" {} · {}", app.l10n().text(ui::APP_NAME), screen.flow_title), left_room);
    let gap = width.saturating_sub(cells(&left) + cells(&right));
    let text =
        if left_room == 0 { truncate(&left, width) } else { format!("{left}{}{right}", " ".repeat(gap)) };
    Line::styled(text, app.theme.header()).render(plan.header, buf);

    // On the first screen the trail would only repeat the title.
    if let Some(area) = plan.breadcrumb.filter(|_| !app.session().is_at_start()) {
        let line = breadcrumb(app, usize::from(area.width).saturating_sub(1));
        Line::styled(format!(" {line}"), app.theme.breadcrumb()).render(area, buf);
    }
}

/// The titles of the way here, ending with this screen's, joined by " › ",
/// oldest dropped first (shown as "…") to fit. Titles are looked up from
/// the newest back only as far as the line has room: a few, however long
/// the way.
fn breadcrumb(app: &App, width: usize) -> String {
    const SEPARATOR: &str = " › ";
    const ELLIPSIS: &str = "…";
    let session = app.session();
    let here = session.history().len();
    let mut newest_first: Vec<String> = Vec::new();
    let mut used = 0;
    // How many of the newest titles fit; all of them need no "…".
    let mut fitting = 0;
    for place in (0..=here).rev() {
        let title = path_titles(session, app.l10n(), place..place + 1).pop().unwrap_or_default();
        used += cells(&title) + if newest_first.is_empty() { 0 } else { cells(SEPARATOR) };
        newest_first.push(title);
        let dropped = if place > 0 { cells(ELLIPSIS) + cells(SEPARATOR) } else { 0 };
        if used > width {
            break;
        }
        if used + dropped <= width {
            fitting = newest_first.len();
        }
    }
    if fitting == 0 {
        return truncate(newest_first.first().map_or("", String::as_str), width);
    }
    let mut shown: Vec<&str> = newest_first.iter().take(fitting).rev().map(String::as_str).collect();
    if fitting <= here {
        shown.insert(0, ELLIPSIS);
    }
    shown.join(SEPARATOR)
}

fn render_body(app: &App, plan: &Plan, buf: &mut Buffer) {
    let screen = &app.screen;
    let theme = &app.theme;
    let mut block = framed().title(Line::styled(format!(" {} ", screen.title), theme.title()));
    if let Some(path) = &screen.node_path {
        block = block.title_bottom(Line::styled(format!(" {path} "), theme.hint()));
    }
    if let Some(label) = &screen.kind_label {
        let style = match screen.kind {
            ScreenKind::Escalate { urgent: true } => theme.urgent(),
            ScreenKind::Escalate { urgent: false } => theme.escalate(),
            _ => theme.fix(),
        };
        block = block.title_top(Line::styled(format!(" {label} "), style).alignment(Alignment::Right));
    }
    if plan.scroll < plan.max_scroll {
        let count = plan.max_scroll - plan.scroll;
        let more = app.l10n().format(ui::MORE_BELOW, &[("count", count)]);
        block = block.title_bottom(Line::styled(format!(" {more} "), theme.hint()).right_aligned());
    }
    let lines: Vec<Line> = plan
        .body_lines()
        .iter()
        .skip(plan.scroll)
        .map(|(text, kind)| match kind {
            LineKind::Heading => Line::styled(text.as_str(), theme.heading()),
            LineKind::Text => Line::raw(text.as_str()),
        })
        .collect();
    Paragraph::new(lines).block(block).render(plan.body, buf);
}

fn render_options(app: &App, plan: &Plan, buf: &mut Buffer) {
    let indent = " ".repeat(usize::from(OPTION_PREFIX));
    for row in &plan.option_rows {
        let selected = row.index == app.selected;
        let prefix = match (row.first, selected) {
            (true, true) => format!("› {}  ", row.index + 1),
            (true, false) => format!("  {}  ", row.index + 1),
            (false, _) => indent.clone(),
        };
        let area = Rect { y: row.y, height: 1, ..plan.options };
        let line = if selected {
            let text = format!("{prefix}{}", row.text);
            let padded =
                format!("{text}{}", " ".repeat(usize::from(area.width).saturating_sub(cells(&text))));
            Line::from(Span::styled(padded, app.theme.selected()))
        } else {
            Line::from(vec![Span::styled(prefix, app.theme.title()), Span::raw(row.text.as_str())])
        };
        line.render(area, buf);
    }
    if let Some((area, more)) = plan.more_answers {
        let text = match more {
            MoreAnswers::Below(count) => app.l10n().format(ui::MORE_ANSWERS_BELOW, &[("count", count)]),
            MoreAnswers::Above(count) => app.l10n().format(ui::MORE_ANSWERS_ABOVE, &[("count", count)]),
        };
        let width = usize::from(area.width);
        Line::styled(truncate(&format!("     {text}"), width), app.theme.hint()).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::Action;

    /// An agent on a call, `answers` chosen, the panel at the side.
    fn agent_on_a_call(answers: &[usize]) -> App {
        let content = crate::content::load(&crate::content::Sources::default()).content.expect("bundled");
        let l10n = content.localizer(&["en".parse().expect("a tag")]);
        let today = crate::facts::Facts::on(crate::facts::Date::parse("2026-12-01").expect("a day"));
        let session = crate::engine::Session::new(std::sync::Arc::new(content.catalog), today);
        let mut app = App::new(session, l10n, content.config, super::super::Theme::monochrome()).with_agent();
        app.update(Action::Resize { width: 100, height: 30 });
        for &answer in answers {
            app.update(Action::Choose(answer));
        }
        app
    }

    fn drawn(app: &App) -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 100, 30));
        app.render(buffer.area, &mut buffer);
        buffer
    }

    /// A second on the clock redraws the clock alone over the last frame,
    /// and that is exactly the whole frame drawn again; where a window
    /// covers the panel the frame is drawn whole.
    #[test]
    fn the_clock_alone_redraws_what_a_second_changes() {
        let mut app = agent_on_a_call(&[1, 2]);
        for secs in [1, 59, 60, 3599, 3600] {
            let mut last = drawn(&app);
            app.update(Action::Tick(secs));
            assert!(render_clock(&app, last.area, &mut last), "{secs}");
            assert_eq!(last, drawn(&app), "{secs} s");
        }
        let mut last = drawn(&app);
        app.update(Action::ShowPath);
        assert!(!render_clock(&app, last.area, &mut last), "a window over the panel");
        let mut small = Buffer::empty(Rect::new(0, 0, 30, 8));
        assert!(!render_clock(&agent_on_a_call(&[]), small.area, &mut small), "too small for a panel");
    }

    /// Round a loop of the bundled flows 400 times (2000 steps): the
    /// breadcrumb, the agent's path list and the path window show the
    /// newest steps, numbered as in the whole path.
    #[test]
    fn a_long_way_shows_its_newest_steps() {
        let round = [8, 8, 0, 0, 1];
        let answers: Vec<usize> = round.iter().copied().cycle().take(2000).collect();
        let mut app = agent_on_a_call(&answers);
        assert_eq!(app.session().history().len(), 2000);
        let screen = crate::tui::render_to_string(&app, 100, 30);
        let row = screen.lines().nth(1).unwrap_or_default();
        let crumbs = row.split('│').next().unwrap_or_default().trim_end();
        assert!(crumbs.starts_with(" … › ") && crumbs.ends_with("What is going wrong?"), "{crumbs:?}");
        assert!(screen.contains("›2001 What is going wrong?"), "the panel's path:\n{screen}");
        app.update(Action::ShowPath);
        let window = crate::tui::render_to_string(&app, 100, 30);
        assert!(window.contains("2001  What is going wrong?"), "the path window:\n{window}");
        app.update(Action::SelectPrevious);
        let window = crate::tui::render_to_string(&app, 100, 30);
        assert!(window.contains("› 2000  "), "{window}");
    }
}
