//! The TUI's state and its `update`: the only place state changes.

use crate::config::OrgConfig;
use crate::engine::{Answer, Session};
use crate::i18n::Localizer;
use crate::screen::{OptionAction, Screen};
use ratatui::layout::Rect;

use super::action::Action;
use super::layout::Plan;
use super::theme::Theme;
use super::view::Chrome;

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

    pub fn help_open(&self) -> bool {
        self.help_open
    }

    pub fn update(&mut self, action: Action) {
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
            Action::Resize { width, height } => {
                self.area = Rect::new(0, 0, width, height);
                self.scroll = self.plan().scroll;
            }
        }
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
