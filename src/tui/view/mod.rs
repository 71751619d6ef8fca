//! Drawing only: `&App` in, cells out. Nothing here changes state.

use std::cell::OnceCell;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

mod agent_panel;
mod overlays;

use super::action::{Action, Mode, keys_named};
use super::app::{App, Overlay};
use super::layout::{
    LineKind, MIN_HEIGHT, MIN_WIDTH, MoreAnswers, OPTION_PREFIX, Plan, page, split_agent_panel, too_small,
    window_frame,
};
use crate::i18n::Localizer;
use crate::messages::ui;
use crate::screen::ScreenKind;
use crate::wrap::{truncate, wrap};

/// The program's own words around the content, localized once: the main
/// screen's at start, the windows' when the first window opens (most
/// sessions open none, and a start then reads one locale file fewer).
pub struct Chrome {
    app_name: String,
    windows: OnceCell<Windows>,
    /// "Call {time}" needs the time: formatted when drawn.
    pub(super) l10n: Localizer,
}

/// The words of the windows over the screen: help, search, the agent
/// panel, the path so far, the case summary and the note check.
pub struct Windows {
    help_title: String,
    help_close: String,
    search_title: String,
    search_none: String,
    search_keys: String,
    pub(super) agent_caller: String,
    pub(super) agent_caller_empty: String,
    pub(super) agent_note: String,
    pub(super) agent_note_empty: String,
    pub(super) agent_keys: String,
    pub(super) agent_edit_keys: String,
    pub(super) agent_caller_keys: String,
    pub(super) agent_identity_no: String,
    quit_title: String,
    quit_body: String,
    identity_title: String,
    identity_body: String,
    identity_procedure: String,
    identity_other: String,
    identity_clear: String,
    identity_keys: String,
    prompt_keys: String,
    sources_title: String,
    sources_keys: String,
    path_title: String,
    path_keys: String,
    ticket_title: String,
    summary_title: String,
    ticket_keys: String,
    confirm_title: String,
    confirm_body: String,
}

/// A question asked in a small window over the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Quit with a case not saved?
    Quit,
    /// How was the caller's identity verified?
    Identity,
    /// Keep a note that looks like a code or a password?
    Confirm,
}

impl Windows {
    /// A question's title and text, its choices and keys included.
    pub fn question(&self, question: Question) -> (&str, String) {
        match question {
            Question::Quit => (&self.quit_title, self.quit_body.clone()),
            Question::Confirm => (&self.confirm_title, self.confirm_body.clone()),
            Question::Identity => (
                &self.identity_title,
                format!(
                    "{}\n\n{}\n{}\n{}\n\n{}",
                    self.identity_body,
                    self.identity_procedure,
                    self.identity_other,
                    self.identity_clear,
                    self.identity_keys
                ),
            ),
        }
    }

    fn new(l10n: &Localizer) -> Self {
        Self {
            help_title: l10n.text(ui::HELP_TITLE),
            help_close: l10n.text(ui::HELP_CLOSE),
            search_title: l10n.text(ui::SEARCH_TITLE),
            search_none: l10n.text(ui::SEARCH_NONE),
            search_keys: l10n.text(ui::SEARCH_KEYS),
            agent_caller: l10n.text(ui::AGENT_CALLER),
            agent_caller_empty: l10n.text(ui::AGENT_CALLER_EMPTY),
            agent_note: l10n.text(ui::AGENT_NOTE),
            agent_note_empty: l10n.text(ui::AGENT_NOTE_EMPTY),
            agent_keys: l10n.text(ui::AGENT_KEYS),
            agent_edit_keys: l10n.text(ui::AGENT_EDIT_KEYS),
            agent_caller_keys: l10n.text(ui::AGENT_CALLER_KEYS),
            agent_identity_no: l10n.text(ui::AGENT_IDENTITY_NO),
            quit_title: l10n.text(ui::QUIT_TITLE),
            quit_body: l10n.text(ui::QUIT_BODY),
            identity_title: l10n.text(ui::IDENTITY_TITLE),
            identity_body: l10n.text(ui::IDENTITY_BODY),
            identity_procedure: l10n.text(ui::IDENTITY_PROCEDURE),
            identity_other: l10n.text(ui::IDENTITY_OTHER),
            identity_clear: l10n.text(ui::IDENTITY_CLEAR),
            identity_keys: l10n.text(ui::IDENTITY_KEYS),
            prompt_keys: l10n.text(ui::PROMPT_KEYS),
            sources_title: l10n.text(ui::SOURCES_TITLE),
            sources_keys: l10n.text(ui::SOURCES_KEYS),
            path_title: l10n.text(ui::PATH_TITLE),
            path_keys: l10n.text(ui::PATH_KEYS),
            ticket_title: l10n.text(ui::TICKET_TITLE),
            summary_title: l10n.text(ui::SUMMARY_TITLE),
            ticket_keys: l10n.text(ui::TICKET_KEYS),
            confirm_title: l10n.text(ui::CONFIRM_TITLE),
            confirm_body: l10n.text(ui::CONFIRM_BODY),
        }
    }
}

impl Chrome {
    pub fn new(l10n: &Localizer) -> Self {
        Self { app_name: l10n.text(ui::APP_NAME), windows: OnceCell::new(), l10n: l10n.clone() }
    }

    /// The windows' words, worded the first time they are wanted. The app
    /// asks when a window opens, so drawing finds them ready.
    pub fn windows(&self) -> &Windows {
        self.windows.get_or_init(|| Windows::new(&self.l10n))
    }
}

/// A key hint on the screen's footer: its message, which is given the
/// key's name as `$key`, and the actions whose keys it names (read from
/// the binding table, so a hint can only name a key that does that).
struct Hint {
    id: &'static str,
    actions: &'static [Action],
}

const MOVE: Hint = Hint { id: ui::KEY_MOVE, actions: &[Action::SelectPrevious, Action::SelectNext] };
const SELECT: Hint = Hint { id: ui::KEY_SELECT, actions: &[Action::Activate] };
const BACK: Hint = Hint { id: ui::KEY_BACK, actions: &[Action::Back] };
const RESTART: Hint = Hint { id: ui::KEY_RESTART, actions: &[Action::Restart] };
const SEARCH: Hint = Hint { id: ui::KEY_SEARCH, actions: &[Action::OpenSearch] };
const TICKET: Hint = Hint { id: ui::KEY_TICKET, actions: &[Action::ShowTicket] };
const HELP: Hint = Hint { id: ui::KEY_HELP, actions: &[Action::ToggleHelp] };
const QUIT: Hint = Hint { id: ui::KEY_QUIT, actions: &[Action::Quit] };
/// Every hint but "choose" (digits are bound apart from the table).
#[cfg(test)]
const HINTS: [&Hint; 8] = [&MOVE, &SELECT, &BACK, &RESTART, &SEARCH, &TICKET, &HELP, &QUIT];

impl Hint {
    fn worded(&self, l10n: &Localizer) -> Option<String> {
        keys_named(Mode::Normal, self.actions).map(|key| l10n.format(self.id, &[("key", key)]))
    }
}

/// The keys that do something on this screen, most useful first: choose
/// (by digit); on the first screen search (back and start over do nothing
/// there), else back, start over, search, summary; then moving and
/// selecting, which the digits do too; help and quit always.
fn screen_hints(app: &App) -> (Vec<String>, Vec<String>) {
    let l10n = &app.chrome.l10n;
    let options = app.screen.options.len();
    let mut useful = Vec::new();
    let last = options.min(9);
    if last > 0 {
        let digits = if last == 1 { "1".to_string() } else { format!("1-{last}") };
        useful.push(l10n.format(ui::KEY_CHOOSE, &[("key", digits)]));
    }
    let mut hints: Vec<&Hint> = Vec::new();
    if app.session().is_at_start() {
        hints.extend(app.can_search().then_some(&SEARCH));
    } else {
        hints.extend([&BACK, &RESTART]);
        hints.extend(app.can_search().then_some(&SEARCH));
        hints.push(&TICKET);
    }
    if options > 1 {
        hints.push(&MOVE);
    }
    if options > 0 {
        hints.push(&SELECT);
    }
    useful.extend(hints.into_iter().filter_map(|h| h.worded(l10n)));
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
        shown.iter().map(|h| h.width()).sum::<usize>() + SEPARATOR.len() * shown.len().saturating_sub(1)
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
        let area = page(area, agent);
        if let Some(search) = &self.search {
            overlays::search(self, search, below_header, buf);
        } else if let Some(prompt) = &self.prompt {
            overlays::prompt(self, prompt, area, buf);
        } else if let Some(question) = self.question() {
            overlays::question(self, question, buf);
        } else {
            match &self.overlay {
                Overlay::None => {}
                Overlay::Help { lines, scroll } => {
                    let words = self.chrome.windows();
                    overlays::scrolled(
                        self,
                        &words.help_title,
                        &words.help_close,
                        lines,
                        *scroll,
                        below_header,
                        buf,
                    )
                }
                Overlay::Path { selected } => overlays::path(self, *selected, below_header, buf),
                Overlay::Ticket { for_person, lines, scroll, .. } => {
                    overlays::ticket(self, *for_person, lines, *scroll, below_header, buf)
                }
                Overlay::Sources { lines, scroll } => {
                    let words = self.chrome.windows();
                    overlays::scrolled(
                        self,
                        &words.sources_title,
                        &words.sources_keys,
                        lines,
                        *scroll,
                        below_header,
                        buf,
                    )
                }
                Overlay::QuitAsk | Overlay::Identity => {}
            }
        }
    }
}

/// One sentence, wrapped, that says how big the window must be.
fn render_too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let args = [
        ("min-width", usize::from(MIN_WIDTH)),
        ("min-height", usize::from(MIN_HEIGHT)),
        ("width", usize::from(area.width)),
        ("height", usize::from(area.height)),
    ];
    let text = app.chrome.l10n.format(ui::TOO_SMALL, &args);
    let lines: Vec<Line> = wrap(&text, usize::from(area.width)).into_iter().map(Line::raw).collect();
    Paragraph::new(lines).render(area, buf);
}

/// The helpdesk's contact, kept in view under the body.
fn render_pinned(app: &App, plan: &Plan, buf: &mut Buffer) {
    let (Some(area), Some((heading, lines))) = (plan.pinned, plan.pinned_lines()) else { return };
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .title(Line::styled(format!(" {heading} "), app.theme.heading()));
    let lines: Vec<Line> = lines.iter().map(|l| Line::raw(l.as_str())).collect();
    Paragraph::new(lines).block(block).render(area, buf);
}

fn render_header(app: &App, plan: &Plan, buf: &mut Buffer) {
    let width = usize::from(plan.header.width);
    let screen = &app.screen;
    let right = format!("{} ", screen.progress);
    let left_room = width.saturating_sub(right.width() + 1);
    let left = truncate(&format!(" {} · {}", app.chrome.app_name, screen.flow_title), left_room);
    let gap = width.saturating_sub(left.width() + right.width());
    let text =
        if left_room == 0 { truncate(&left, width) } else { format!("{left}{}{right}", " ".repeat(gap)) };
    Line::styled(text, app.theme.header()).render(plan.header, buf);

    // On the first screen the trail would only repeat the title.
    if let Some(area) = plan.breadcrumb.filter(|_| screen.breadcrumb.len() > 1) {
        let line = breadcrumb(&screen.breadcrumb, usize::from(area.width).saturating_sub(1));
        Line::styled(format!(" {line}"), app.theme.breadcrumb()).render(area, buf);
    }
}

/// Titles joined by " › ", oldest dropped first (shown as "…") to fit.
fn breadcrumb(titles: &[String], width: usize) -> String {
    const SEPARATOR: &str = " › ";
    for skip in 0..titles.len() {
        let shown = titles.get(skip..).unwrap_or_default().join(SEPARATOR);
        let line = if skip == 0 { shown } else { format!("…{SEPARATOR}{shown}") };
        if line.width() <= width {
            return line;
        }
    }
    truncate(titles.last().map_or("", String::as_str), width)
}

fn render_body(app: &App, plan: &Plan, buf: &mut Buffer) {
    let screen = &app.screen;
    let theme = &app.theme;
    let mut block = Block::bordered()
        .padding(Padding::horizontal(1))
        .title(Line::styled(format!(" {} ", screen.title), theme.title()));
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
        let more = app.chrome.l10n.format(ui::MORE_BELOW, &[("count", count)]);
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
                format!("{text}{}", " ".repeat(usize::from(area.width).saturating_sub(text.width())));
            Line::from(Span::styled(padded, app.theme.selected()))
        } else {
            Line::from(vec![Span::styled(prefix, app.theme.title()), Span::raw(row.text.as_str())])
        };
        line.render(area, buf);
    }
    if let Some((area, more)) = plan.more_answers {
        let text = match more {
            MoreAnswers::Below(count) => app.chrome.l10n.format(ui::MORE_ANSWERS_BELOW, &[("count", count)]),
            MoreAnswers::Above(count) => app.chrome.l10n.format(ui::MORE_ANSWERS_ABOVE, &[("count", count)]),
        };
        let width = usize::from(area.width);
        Line::styled(truncate(&format!("     {text}"), width), app.theme.hint()).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::i18n::Locales;
    use crate::tui::action::{from_event, key_for};

    /// Every hint names its key only through `$key`, in every bundled
    /// locale, and that key does the hint's action; the digits of "choose"
    /// choose.
    #[test]
    fn every_hint_names_a_key_bound_to_it_in_every_locale() {
        const MARK: &str = "@@KEY@@";
        let locales = Locales::built_in();
        let tags = locales.tags();
        assert!(tags.len() >= 2, "{tags:?}");
        let named_keys: Vec<String> =
            [KeyCode::Enter, KeyCode::Esc, KeyCode::Backspace, KeyCode::Up, KeyCode::Down, KeyCode::PageDown]
                .into_iter()
                .map(crate::tui::action::key_name)
                .collect();
        for tag in tags {
            let l10n = locales.localizer(std::slice::from_ref(&tag));
            for id in HINTS.iter().map(|h| h.id).chain([ui::KEY_CHOOSE]) {
                let worded = l10n.format(id, &[("key", MARK)]);
                assert_eq!(worded.matches(MARK).count(), 1, "{tag} {id}: {worded:?}");
                let rest = worded.replace(MARK, "");
                for word in rest.split_whitespace() {
                    let single = word.chars().count() == 1 && !word.chars().all(char::is_alphabetic);
                    let letter_key = word.chars().count() == 1;
                    assert!(!single && !letter_key, "{tag} {id} names a key of its own: {worded:?}");
                    assert!(!named_keys.iter().any(|k| k == word), "{tag} {id}: {worded:?}");
                }
            }
        }
        for hint in HINTS {
            for action in hint.actions {
                let code = key_for(Mode::Normal, action).expect("every hint's action has a key");
                let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
                assert_eq!(from_event(&event, Mode::Normal).as_ref(), Some(action));
            }
        }
        for digit in '1'..='9' {
            let event = Event::Key(KeyEvent::new(KeyCode::Char(digit), KeyModifiers::NONE));
            assert!(matches!(from_event(&event, Mode::Normal), Some(Action::Choose(_))));
        }
    }
}
