//! The TUI's state and its `update`: the only place state changes.

use std::rc::Rc;

use ratatui::layout::Rect;

use super::action::{Action, Mode};
use super::layout::Plan;
use super::search::SearchBox;
use super::theme::Theme;
use super::view::Chrome;
use crate::config::OrgConfig;
use crate::engine::{Answer, Session};
use crate::flow::NodeRef;
use crate::i18n::Localizer;
use crate::messages::ui;
use crate::screen::{OptionAction, Screen};
use crate::search::SearchIndex;

pub struct App {
    session: Session,
    l10n: Localizer,
    config: OrgConfig,
    pub(super) screen: Screen,
    pub(super) chrome: Chrome,
    pub(super) theme: Theme,
    pub(super) selected: usize,
    pub(super) scroll: usize,
    pub(super) help_open: bool,
    /// The search overlay, while open.
    pub(super) search: Option<SearchBox>,
    index: Option<Rc<SearchIndex>>,
    running: bool,
    /// The last known terminal size, for hit-testing clicks and paging.
    area: Rect,
}

impl App {
    pub fn new(session: Session, l10n: Localizer, config: OrgConfig, theme: Theme) -> Self {
        let screen = Screen::build(&session, &l10n, &config);
        let chrome = Chrome::new(&l10n);
        Self {
            session,
            l10n,
            config,
            screen,
            chrome,
            theme,
            selected: 0,
            scroll: 0,
            help_open: false,
            search: None,
            index: None,
            running: true,
            area: Rect::new(0, 0, 80, 24),
        }
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

    /// Makes `/` open a search over this index.
    pub fn with_search(mut self, index: SearchIndex) -> Self {
        self.index = Some(Rc::new(index));
        self
    }

    /// Which keys apply now.
    pub fn mode(&self) -> Mode {
        match (&self.search, self.help_open) {
            (Some(_), _) => Mode::Search,
            (None, true) => Mode::Help,
            (None, false) => Mode::Normal,
        }
    }

    pub fn update(&mut self, action: Action) {
        if self.search.is_some() {
            self.update_search(action);
            return;
        }
        match action {
            Action::Choose(index) if index < self.screen.options.len() => self.activate(index),
            Action::Choose(_) => {}
            Action::SelectNext => {
                self.selected = (self.selected + 1).min(self.screen.options.len().saturating_sub(1))
            }
            Action::SelectPrevious => self.selected = self.selected.saturating_sub(1),
            Action::Activate => self.activate(self.selected),
            Action::Back => self.back(),
            Action::BackOrQuit if self.session.is_at_start() => self.running = false,
            Action::BackOrQuit => self.back(),
            Action::Restart => {
                self.session.restart();
                self.refresh(0);
            }
            Action::ToggleHelp => self.help_open = !self.help_open,
            Action::CloseHelp => self.help_open = false,
            Action::Quit => self.running = false,
            Action::ScrollDown => self.scroll_by(1),
            Action::ScrollUp => self.scroll_by(-1),
            Action::PageDown => self.scroll_by(self.plan().page() as isize),
            Action::PageUp => self.scroll_by(-(self.plan().page() as isize)),
            Action::Click { .. } if self.help_open => self.help_open = false,
            Action::Click { column, row } => {
                if let Some(index) = self.plan().option_at(column, row) {
                    self.activate(index);
                }
            }
            Action::OpenSearch => {
                if self.index.is_some() {
                    self.search = Some(SearchBox::new(self.l10n.text(ui::SEARCH_PLACEHOLDER)));
                }
            }
            Action::Resize { width, height } => self.resize(width, height),
            Action::CloseSearch | Action::SearchKey(_) | Action::Paste(_) => {}
        }
    }

    /// While the search box is open, keys edit the query and pick a result;
    /// Enter goes to it.
    fn update_search(&mut self, action: Action) {
        let (Some(search), Some(index)) = (self.search.as_mut(), self.index.as_ref()) else { return };
        match action {
            Action::SearchKey(key) => search.key(key),
            Action::Paste(text) => search.paste(&text),
            Action::SelectNext => return search.select_next(),
            Action::SelectPrevious => return search.select_previous(),
            Action::Activate => {
                if let Some(node) = search.chosen() {
                    self.search = None;
                    self.go_to(node);
                }
                return;
            }
            Action::CloseSearch | Action::Click { .. } => {
                self.search = None;
                return;
            }
            Action::Quit => return self.running = false,
            Action::Resize { width, height } => return self.resize(width, height),
            _ => return,
        }
        let (l10n, session) = (&self.l10n, &self.session);
        search.refresh(index, |node| {
            let catalog = session.catalog();
            let title = l10n.attribute(&catalog.node(node).message, "title").unwrap_or_default();
            let flow = l10n.text(&catalog.flow_of(node).title);
            format!("{flow} › {title}")
        });
    }

    /// Jumps there; Back returns to where the person was.
    fn go_to(&mut self, node: NodeRef) {
        if node != self.session.current() {
            self.session.jump(node);
        }
        self.refresh(0);
    }

    fn resize(&mut self, width: u16, height: u16) {
        self.area = Rect::new(0, 0, width, height);
        self.scroll = self.plan().scroll;
    }

    fn activate(&mut self, index: usize) {
        let Some(option) = self.screen.options.get(index) else { return };
        match option.action {
            OptionAction::Choose(choice) => {
                if self.session.choose(choice).is_ok() {
                    self.refresh(0);
                }
            }
            OptionAction::Restart => {
                self.session.restart();
                self.refresh(0);
            }
        }
    }

    /// Goes back with the answer given there selected, so a second look
    /// costs one key.
    fn back(&mut self) {
        let previous = self.session.history().last().map(|v| v.answer);
        if self.session.back() {
            let selected = match previous {
                Some(Answer::Option(i)) => i,
                Some(Answer::Unsolved) => 1,
                _ => 0,
            };
            self.refresh(selected);
        }
    }

    fn refresh(&mut self, selected: usize) {
        self.screen = Screen::build(&self.session, &self.l10n, &self.config);
        self.selected = selected.min(self.screen.options.len().saturating_sub(1));
        self.scroll = 0;
    }

    fn scroll_by(&mut self, delta: isize) {
        let max = self.plan().max_scroll;
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }

    fn plan(&self) -> Plan {
        Plan::new(&self.screen, self.selected, self.scroll, self.area)
    }
}
