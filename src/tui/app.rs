//! The TUI's state and its `update`: the only place state changes. What
//! needs the outside world (writing files, the clipboard) is returned as an
//! [`Effect`] for the event loop to carry out.

use std::path::PathBuf;
use std::rc::Rc;
use std::time::SystemTime;

use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;

use super::action::{Action, Mode};
use super::agent::{Agent, Field};
use super::layout::{Plan, Wrapped, split_agent_panel, window_inner};
use super::search::SearchBox;
use super::theme::Theme;
use super::view::Chrome;
use crate::config::OrgConfig;
use crate::engine::Session;
use crate::flow::NodeRef;
use crate::i18n::Localizer;
use crate::io_error::IoFailure;
use crate::messages::ui;
use crate::report::{CaseNotes, SavedTicket, Ticket, save_status, to_markdown};
use crate::sanitize::pasted;
use crate::screen::{Audience, Screen, node_title};
use crate::search::{LazyIndex, Verdict};
use crate::wrap::wrap;

/// Something `update` wants done outside the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the summary to new files in `dir`; report back with
    /// [`Action::Saved`].
    Save { dir: PathBuf, created: String, markdown: String, json: String },
    /// Put the text on the clipboard (OSC 52).
    Copy(String),
}

/// A window over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    /// The path so far (and later answers kept), to revisit a step.
    Path {
        selected: usize,
    },
    /// The case summary as it stands, wrapped to the window (again when
    /// the terminal is resized), and how far it is scrolled.
    Ticket {
        text: String,
        lines: Vec<String>,
        scroll: usize,
    },
}

pub struct App {
    session: Session,
    l10n: Localizer,
    config: OrgConfig,
    audience: Audience,
    pub(super) screen: Screen,
    pub(super) chrome: Chrome,
    pub(super) theme: Theme,
    pub(super) selected: usize,
    pub(super) scroll: usize,
    pub(super) overlay: Overlay,
    pub(super) search: Option<SearchBox>,
    index: Option<Rc<LazyIndex>>,
    pub(super) agent: Option<Agent>,
    pub(super) notes: CaseNotes,
    /// One line of feedback ("Saved: …") in place of the key hints.
    pub(super) status: Option<String>,
    ticket_dir: Option<PathBuf>,
    /// The end node a ticket was last saved for, so reaching it saves once.
    saved_at: Option<NodeRef>,
    clock: fn() -> SystemTime,
    running: bool,
    /// The last known terminal size, for hit-testing clicks and paging.
    area: Rect,
    /// The screen's text wrapped to the main area of `area`: wrapped again
    /// by `update` when the screen or the size changes, never while drawing.
    wrapped: Rc<Wrapped>,
}

impl App {
    pub fn new(session: Session, l10n: Localizer, config: OrgConfig, theme: Theme) -> Self {
        let screen = Screen::build(&session, &l10n, &config);
        let chrome = Chrome::new(&l10n);
        let area = Rect::new(0, 0, 80, 24);
        let wrapped = Rc::new(Wrapped::new(&screen, split_agent_panel(area, false).0.width));
        Self {
            session,
            l10n,
            config,
            audience: Audience::Person,
            screen,
            chrome,
            theme,
            selected: 0,
            scroll: 0,
            overlay: Overlay::None,
            search: None,
            index: None,
            agent: None,
            notes: CaseNotes::default(),
            status: None,
            ticket_dir: None,
            saved_at: None,
            clock: SystemTime::now,
            running: true,
            area,
            wrapped,
        }
    }

    /// The session begins with a search for `text` (`--start`): a node it
    /// names is opened, with the error message it quotes recorded; when
    /// topics are close, or nothing matches, the search window opens with
    /// the text typed, over the triage, to choose or type again.
    pub fn start_with_search(&mut self, text: &str) {
        let Some(index) = &self.index else { return };
        let catalog = self.session.catalog();
        match index.get(catalog).verdict(&pasted(text)) {
            Verdict::Found(hit) => {
                self.notes.note_search(hit.error_label.as_deref(), &self.l10n);
                self.go_to(hit.node);
            }
            Verdict::Choose(_) | Verdict::Nothing => {
                self.update(Action::OpenSearch);
                if let Some(search) = self.search.take() {
                    self.search = Some(search.with_query(text));
                }
                self.update_search(Action::Paste(String::new()));
            }
        }
    }

    /// Makes `/` open a search over this index, built at the first `/`.
    pub fn with_search(mut self, index: LazyIndex) -> Self {
        self.index = Some(Rc::new(index));
        self
    }

    /// Helpdesk agent mode: `.agent` texts, node ids, caller, notes, clock.
    pub fn with_agent(mut self) -> Self {
        self.audience = Audience::Agent;
        self.agent = Some(Agent::new(&self.notes, &self.here()));
        // The agent panel is always open.
        self.chrome.windows();
        self.refresh(self.selected);
        self
    }

    /// Notes carried over from a resumed case.
    pub fn with_notes(mut self, notes: CaseNotes) -> Self {
        self.notes = notes;
        let here = self.here();
        if let Some(agent) = &mut self.agent {
            *agent = Agent::new(&self.notes, &here);
        }
        self
    }

    /// Saves the summary here on `s`, and by itself at every end.
    pub fn with_ticket_dir(mut self, dir: PathBuf) -> Self {
        self.ticket_dir = Some(dir);
        self
    }

    /// The clock tickets are stamped with (fixed in tests).
    pub fn with_clock(mut self, clock: fn() -> SystemTime) -> Self {
        self.clock = clock;
        self
    }

    pub fn is_running(&self) -> bool {
        self.running
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn notes(&self) -> &CaseNotes {
        &self.notes
    }

    /// Whether the event loop should send [`Action::Tick`] every second.
    pub fn wants_ticks(&self) -> bool {
        self.agent.is_some()
    }

    /// The case summary as it stands now.
    pub fn ticket(&self) -> Ticket {
        Ticket::new(&self.session, &self.notes, &self.l10n, (self.clock)())
    }

    /// The summary in Markdown, in the session's language.
    pub fn ticket_markdown(&self) -> String {
        to_markdown(&self.ticket(), &self.l10n)
    }

    /// Which keys apply now.
    pub fn mode(&self) -> Mode {
        let agent = self.agent.as_ref();
        if self.search.is_some() {
            Mode::Search
        } else if agent.is_some_and(|a| a.confirming) {
            Mode::Confirm
        } else if agent.is_some_and(|a| a.editing.is_some()) {
            Mode::Edit
        } else {
            match self.overlay {
                Overlay::None => Mode::Normal,
                Overlay::Help => Mode::Help,
                Overlay::Path { .. } => Mode::Path,
                Overlay::Ticket { .. } => Mode::Ticket,
            }
        }
    }

    pub fn update(&mut self, action: Action) -> Option<Effect> {
        let effect = self.handle(action);
        // A window this opened has its words before it is drawn.
        if self.mode() != Mode::Normal {
            self.chrome.windows();
        }
        effect
    }

    fn handle(&mut self, action: Action) -> Option<Effect> {
        if !matches!(action, Action::Tick(_) | Action::Resize { .. } | Action::Saved(_)) {
            self.status = None;
        }
        match (self.mode(), action) {
            (_, Action::Quit) => self.running = false,
            (_, Action::Resize { width, height }) => self.resize(width, height),
            (_, Action::Tick(secs)) => {
                if let Some(agent) = &mut self.agent {
                    agent.elapsed_secs = secs;
                }
            }
            (_, Action::Saved(result)) => self.saved(result),
            (Mode::Search, action) => self.update_search(action),
            (Mode::Confirm, action) => self.update_confirm(action),
            (Mode::Edit, action) => self.update_edit(action),
            (Mode::Path, action) => self.update_path(action),
            (Mode::Ticket, action) => return self.update_ticket(action),
            (Mode::Help | Mode::Normal, action) => return self.update_normal(action),
        }
        None
    }

    fn update_normal(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Choose(index) if index < self.screen.options.len() => return self.activate(index),
            Action::SelectNext => {
                self.selected = (self.selected + 1).min(self.screen.options.len().saturating_sub(1))
            }
            Action::SelectPrevious => self.selected = self.selected.saturating_sub(1),
            Action::Activate => return self.activate(self.selected),
            Action::Back => self.back(),
            Action::BackOrQuit if self.session.is_at_start() => self.running = false,
            Action::BackOrQuit => self.back(),
            Action::Forward if self.session.forward() => self.refresh(0),
            Action::Restart => {
                self.session.restart();
                self.refresh(0);
            }
            Action::ToggleHelp if self.overlay == Overlay::Help => self.overlay = Overlay::None,
            Action::ToggleHelp => self.overlay = Overlay::Help,
            Action::CloseOverlay | Action::Click { .. } if self.overlay != Overlay::None => {
                self.overlay = Overlay::None
            }
            Action::ScrollDown => self.scroll_by(1),
            Action::ScrollUp => self.scroll_by(-1),
            Action::PageDown => self.scroll_by(self.plan().page() as isize),
            Action::PageUp => self.scroll_by(-(self.plan().page() as isize)),
            Action::Click { column, row } => {
                if let Some(index) = self.plan().option_at(column, row) {
                    return self.activate(index);
                }
            }
            Action::OpenSearch => {
                if let Some(index) = &self.index {
                    index.get(self.session.catalog());
                    self.search = Some(SearchBox::new(self.l10n.text(ui::SEARCH_PLACEHOLDER)));
                }
            }
            Action::ShowPath => self.overlay = Overlay::Path { selected: self.session.history().len() },
            Action::ShowTicket => {
                let text = self.ticket_markdown();
                let lines = wrap(&text, usize::from(window_inner(self.area).width));
                self.overlay = Overlay::Ticket { text, lines, scroll: 0 };
            }
            Action::SaveTicket => return Some(self.save_effect()),
            Action::CopyTicket => return Some(self.copy_effect()),
            Action::EditCaller => self.start_editing(Field::Caller),
            Action::EditNote => self.start_editing(Field::Note),
            _ => {}
        }
        None
    }

    /// While the search box is open, keys edit the query and pick a result;
    /// Enter goes to it.
    fn update_search(&mut self, action: Action) {
        let (Some(search), Some(index)) = (self.search.as_mut(), self.index.as_ref()) else { return };
        match action {
            Action::EditKey(key) => search.key(key),
            Action::Paste(text) => search.paste(&text),
            Action::SelectNext => return search.select_next(),
            Action::SelectPrevious => return search.select_previous(),
            Action::Activate => {
                if let Some(found) = search.chosen().cloned() {
                    self.search = None;
                    self.notes.note_search(found.error_label.as_deref(), &self.l10n);
                    self.go_to(found.node);
                }
                return;
            }
            Action::CloseOverlay | Action::Click { .. } => {
                self.search = None;
                return;
            }
            _ => return,
        }
        let (l10n, session) = (&self.l10n, &self.session);
        search.refresh(index.get(session.catalog()), |node| {
            let catalog = session.catalog();
            let title = node_title(l10n, catalog, node);
            let flow = l10n.text(&catalog.flow_of(node).title);
            format!("{flow} › {title}")
        });
    }

    fn update_edit(&mut self, action: Action) {
        let Some(agent) = &mut self.agent else { return };
        match action {
            Action::EditKey(key) if key.code == KeyCode::Enter && agent.editing == Some(Field::Caller) => {
                agent.finish_editing(&mut self.notes);
            }
            Action::EditKey(key) => agent.key(key),
            Action::Paste(text) => agent.paste(&text),
            Action::CloseOverlay => {
                agent.finish_editing(&mut self.notes);
            }
            _ => {}
        }
    }

    /// A note that looks like a code or password: `y` keeps it, anything
    /// else goes back to editing it.
    fn update_confirm(&mut self, action: Action) {
        let Some(agent) = &mut self.agent else { return };
        match action {
            Action::Confirm => agent.finish_editing(&mut self.notes),
            _ => agent.reconsider(),
        }
    }

    fn update_path(&mut self, action: Action) {
        let Overlay::Path { selected } = &mut self.overlay else { return };
        let last = self.session.history().len() + self.session.future().count();
        match action {
            Action::SelectNext => *selected = (*selected + 1).min(last),
            Action::SelectPrevious => *selected = selected.saturating_sub(1),
            Action::Choose(index) => *selected = index.min(last),
            Action::Activate => {
                let target = *selected;
                self.overlay = Overlay::None;
                self.revisit(target);
            }
            Action::CloseOverlay | Action::ShowPath | Action::Click { .. } => self.overlay = Overlay::None,
            _ => {}
        }
    }

    fn update_ticket(&mut self, action: Action) -> Option<Effect> {
        let Overlay::Ticket { lines, scroll, .. } = &mut self.overlay else { return None };
        let page = usize::from(window_inner(self.area).height).max(1);
        let last = lines.len().saturating_sub(page);
        match action {
            Action::SelectNext | Action::ScrollDown => *scroll = (*scroll + 1).min(last),
            Action::SelectPrevious | Action::ScrollUp => *scroll = scroll.saturating_sub(1),
            Action::PageDown => *scroll = (*scroll + page).min(last),
            Action::PageUp => *scroll = scroll.saturating_sub(page),
            Action::SaveTicket => return Some(self.save_effect()),
            Action::CopyTicket => return Some(self.copy_effect()),
            _ => self.overlay = Overlay::None,
        }
        None
    }

    fn start_editing(&mut self, field: Field) {
        if let Some(agent) = &mut self.agent {
            agent.editing = Some(field);
        }
    }

    /// Moves to the `index`th node of the path: back into history (later
    /// answers kept) or forward along answers kept.
    fn revisit(&mut self, index: usize) {
        let now = self.session.history().len();
        if index < now {
            self.session.revisit(index);
        } else {
            for _ in now..index {
                self.session.forward();
            }
        }
        self.refresh(0);
    }

    fn activate(&mut self, index: usize) -> Option<Effect> {
        let option = self.screen.options.get(index)?;
        if option.action.apply(&mut self.session).is_ok() {
            self.refresh(0);
        }
        self.auto_save()
    }

    /// With a ticket directory, reaching a fix or an escalation saves the
    /// summary once.
    fn auto_save(&mut self) -> Option<Effect> {
        let here = self.session.current();
        let at_end = self.session.outcome().is_some();
        if self.ticket_dir.is_none() || !at_end || self.saved_at == Some(here) {
            return None;
        }
        self.saved_at = Some(here);
        Some(self.save_effect())
    }

    fn save_effect(&self) -> Effect {
        let ticket = self.ticket();
        Effect::Save {
            dir: self.ticket_dir(),
            created: ticket.created.clone(),
            markdown: to_markdown(&ticket, &self.l10n),
            json: ticket.to_json(),
        }
    }

    /// Where `s` saves: the directory given, else the current one.
    fn ticket_dir(&self) -> PathBuf {
        self.ticket_dir.clone().unwrap_or_else(|| PathBuf::from("."))
    }

    fn copy_effect(&mut self) -> Effect {
        self.status = Some(self.l10n.text(ui::STATUS_COPIED));
        Effect::Copy(self.ticket_markdown())
    }

    fn saved(&mut self, result: Result<SavedTicket, IoFailure>) {
        self.status = Some(save_status(&self.l10n, &self.ticket_dir(), &result));
    }

    /// Goes back with the answer given there selected, so a second look
    /// costs one key.
    fn back(&mut self) {
        let previous = self.session.history().last().and_then(|v| v.answer.choice_index());
        if self.session.back() {
            self.refresh(previous.unwrap_or(0));
        }
    }

    /// Jumps there; Back returns to where the person was.
    fn go_to(&mut self, node: NodeRef) {
        if node != self.session.current() {
            self.session.jump(node);
        }
        self.refresh(0);
    }

    fn here(&self) -> String {
        self.session.catalog().path(self.session.current())
    }

    fn refresh(&mut self, selected: usize) {
        self.screen = Screen::build_for(self.audience, &self.session, &self.l10n, &self.config);
        self.rewrap();
        self.selected = selected.min(self.screen.options.len().saturating_sub(1));
        self.scroll = 0;
        let here = self.here();
        if let Some(agent) = &mut self.agent {
            agent.show_note_for(&self.notes, &here);
        }
    }

    fn resize(&mut self, width: u16, height: u16) {
        self.area = Rect::new(0, 0, width, height);
        if split_agent_panel(self.area, self.agent.is_some()).0.width != self.wrapped.width {
            self.rewrap();
        }
        self.scroll = self.plan().scroll;
        if let Overlay::Ticket { text, lines, scroll } = &mut self.overlay {
            let inner = window_inner(self.area);
            *lines = wrap(text, usize::from(inner.width));
            *scroll = (*scroll).min(lines.len().saturating_sub(usize::from(inner.height)));
        }
    }

    fn scroll_by(&mut self, delta: isize) {
        let max = self.plan().max_scroll;
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }

    fn plan(&self) -> Plan {
        let (main, _) = split_agent_panel(self.area, self.agent.is_some());
        self.plan_for(main)
    }

    /// Wraps the screen's text to the main area of the window.
    fn rewrap(&mut self) {
        let (main, _) = split_agent_panel(self.area, self.agent.is_some());
        self.wrapped = Rc::new(Wrapped::new(&self.screen, main.width));
    }

    /// The layout of the screen in `main`. Only a drawing at another size
    /// than the window's (a preview, a test) wraps the text here.
    pub(super) fn plan_for(&self, main: Rect) -> Plan {
        let wrapped = if self.wrapped.width == main.width {
            Rc::clone(&self.wrapped)
        } else {
            Rc::new(Wrapped::new(&self.screen, main.width))
        };
        Plan::new(wrapped, self.selected, self.scroll, main)
    }
}
