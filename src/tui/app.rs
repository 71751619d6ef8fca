//! The TUI's state and its `update`: the only place state changes. What
//! needs the outside world (writing files, the clipboard) is returned as an
//! [`Effect`] for the event loop to carry out.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::rc::Rc;
use std::time::SystemTime;

use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Position, Rect};

use super::action::{Action, Mode};
use super::agent::{Agent, PanelField};
use super::case_store::{Keep, MARK};
use super::clipboard::CopiedTo;
use super::layout::{
    ListRows, Plan, Wrapped, path_list, search_window, split_agent_panel, window_frame, window_inner,
};
use super::question::{Question, QuestionView};
use super::search::SearchBox;
use super::text_field::{char_count, text_field, type_bounded};
use super::theme::Theme;
use super::{help, hints};
use crate::content::config::OrgConfig;
use crate::diagnostic::io_error::IoFailure;
use crate::engine::Session;
use crate::flow::NodeRef;
use crate::i18n::Localizer;
use crate::messages::ui;
use crate::report::{
    CaseNotes, Desk, HANDOVER_MAX_CHARS, LINE_MAX_CHARS, NOTE_MAX_CHARS, NOTES_MAX_CHARS, SaveJob,
    SavedTicket, Ticket, save_status, to_markdown, to_text,
};
use crate::sanitize::{one_line, pasted};
use crate::screen::{Audience, Screen, Section, node_title, person_summary};
use crate::search::{LazyIndex, Verdict};
use crate::wrap::wrap;

/// Something `update` wants done outside the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the case (over its own files once it has some); report back
    /// with [`Action::Saved`].
    Save(SaveJob),
    /// Put the text on the clipboard (the system's, else the terminal's);
    /// report back with [`Action::Copied`].
    Copy(String),
    /// Stop the process with the terminal given back, as Ctrl-Z does in a
    /// shell (Unix job control); the screen is drawn whole when it goes on.
    Suspend,
}

/// What a one-line prompt fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PromptFor {
    Identity,
    TicketNumber,
    Handover,
}

/// A one-line text field over the screen.
pub(crate) struct Prompt {
    pub(super) target: PromptFor,
    pub(super) title: String,
    pub(super) input: ratatui_textarea::TextArea<'static>,
}

impl PromptFor {
    fn max_chars(self) -> usize {
        match self {
            PromptFor::Identity | PromptFor::TicketNumber => LINE_MAX_CHARS,
            PromptFor::Handover => HANDOVER_MAX_CHARS,
        }
    }
}

/// Stands for `{ $identity-check }` when asking whether a text names it.
const IDENTITY_MARK: &str = "@@identity-check@@";

/// A window over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Overlay {
    None,
    /// The keys, wrapped to the window, and how far they are scrolled.
    Help {
        lines: Vec<String>,
        scroll: usize,
    },
    /// The path so far (and later answers kept), to revisit a step.
    Path {
        selected: usize,
    },
    /// The case summary as it stands, wrapped to the window (again when
    /// the terminal is resized), and how far it is scrolled: for an agent
    /// the ticket, for the person plain sentences ([`person_summary`]).
    Ticket {
        for_person: bool,
        text: String,
        lines: Vec<String>,
        scroll: usize,
    },
    /// Quit with a case that is not saved? (no ticket directory)
    QuitAsk,
    /// How was the caller's identity verified?
    Identity,
    /// The current step's sources, wrapped to the window, and the scroll.
    Sources {
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
    /// Where this case was saved last.
    saved: Option<SavedTicket>,
    /// The case as it was when it was last saved, and as it was when the
    /// save under way was asked for.
    saved_case: Option<String>,
    saving_case: Option<String>,
    /// Quit once the save under way succeeds (`s` in the quit question).
    quit_after_save: bool,
    pub(super) prompt: Option<Prompt>,
    /// How far the question window shown is scrolled.
    question_scroll: usize,
    desk: Desk,
    /// When this session began, by `clock`; and the call time the event
    /// loop counted.
    started: SystemTime,
    elapsed_secs: u64,
    /// The case began in an earlier session (`--resume`): its first start
    /// stays its `created`.
    resumed: bool,
    clock: fn() -> SystemTime,
    running: bool,
    /// The last known terminal size, for hit-testing clicks and paging.
    area: Rect,
    /// The screen's text wrapped to the main area of `area`: wrapped again
    /// by `update` when the screen or the size changes, never while drawing.
    wrapped: Rc<Wrapped>,
    /// That part of the organization's content was left out for errors,
    /// said on the screen the session opened at (see [`App::with_notice`]).
    notice: Option<(String, NodeRef)>,
}

impl App {
    pub fn new(session: Session, l10n: Localizer, config: OrgConfig, theme: Theme) -> Self {
        let screen = Screen::build(&session, &l10n, &config);
        let area = Rect::new(0, 0, 80, 24);
        let wrapped = Rc::new(Wrapped::new(&screen, split_agent_panel(area, false).0.width));
        Self {
            session,
            l10n,
            config,
            audience: Audience::Person,
            screen,
            theme,
            selected: 0,
            scroll: 0,
            overlay: Overlay::None,
            search: None,
            index: None,
            agent: None,
            notes: CaseNotes { created: Some(stamp(SystemTime::now())), ..CaseNotes::default() },
            status: None,
            ticket_dir: None,
            saved_at: None,
            saved: None,
            saved_case: None,
            saving_case: None,
            quit_after_save: false,
            prompt: None,
            question_scroll: 0,
            desk: Desk::default(),
            started: SystemTime::now(),
            elapsed_secs: 0,
            resumed: false,
            clock: SystemTime::now,
            running: true,
            area,
            wrapped,
            notice: None,
        }
    }

    /// Says `notice` (one line, in the person's language) above the text
    /// of the screen shown now, and of that screen again whenever the
    /// person is back on it: that part of the organization's content has
    /// errors and is not used, and `mfa-doctor check` lists them. Set last,
    /// once `--start` or `--resume` has chosen where the session opens.
    pub fn with_notice(mut self, notice: String) -> Self {
        self.notice = Some((notice, self.session.current()));
        self.refresh(self.selected);
        self
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
                // As if the person opened search and pasted the text.
                self.update(Action::OpenSearch);
                self.update(Action::Paste(text.to_string()));
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
        let mut agent = Agent::new(&self.notes, &self.here());
        agent.elapsed_secs = self.notes.earlier_secs;
        self.agent = Some(agent);
        self.refresh(self.selected);
        self
    }

    /// Notes carried over from a resumed case: its caller, notes, first
    /// start and call time so far.
    pub fn with_notes(mut self, notes: CaseNotes) -> Self {
        let created = self.notes.created.take();
        self.notes = notes;
        if self.notes.created.is_none() {
            self.notes.created = created;
        } else {
            self.resumed = true;
        }
        let here = self.here();
        if let Some(agent) = &mut self.agent {
            *agent = Agent::new(&self.notes, &here);
            agent.elapsed_secs = self.notes.earlier_secs;
        }
        self.refresh(self.selected);
        self
    }

    /// Who works the case and where it goes next, for the ticket.
    pub(crate) fn with_desk(mut self, desk: Desk) -> Self {
        self.desk = desk;
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
        self.started = clock();
        if !self.resumed {
            self.notes.created = Some(stamp(clock()));
        }
        self
    }

    /// Whether `/` opens a search.
    pub(crate) fn can_search(&self) -> bool {
        self.index.is_some()
    }

    pub fn is_running(&self) -> bool {
        self.running
    }

    /// The session's language, for the view's words.
    pub(super) fn l10n(&self) -> &Localizer {
        &self.l10n
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
    pub(crate) fn wants_ticks(&self) -> bool {
        self.agent.is_some()
    }

    /// The case summary as it stands now, with what is being typed.
    pub fn ticket(&self) -> Ticket {
        let now = (self.clock)();
        let counted = now.duration_since(self.started).map_or(0, |d| d.as_secs());
        let elapsed = self.elapsed_secs.max(counted);
        Ticket::for_desk(&self.session, &self.case_notes(), &self.l10n, now, elapsed, &self.desk)
    }

    /// The summary in Markdown, in the session's language.
    pub fn ticket_markdown(&self) -> String {
        to_markdown(&self.ticket(), &self.l10n)
    }

    /// The case so far in plain sentences, for the person.
    pub fn person_summary(&self) -> String {
        person_summary(&self.session, &self.l10n, &self.config, self.notes.error_message.as_deref())
    }

    /// The summary as plain text, in the session's language.
    pub fn ticket_text(&self) -> String {
        to_text(&self.ticket(), &self.l10n)
    }

    /// The notes with whatever is being typed right now.
    fn case_notes(&self) -> CaseNotes {
        match &self.agent {
            Some(agent) if agent.editing.is_some() => agent.with_typing(&self.notes),
            _ => self.notes.clone(),
        }
    }

    /// Whether there is a case to lose: a path taken, or anything typed.
    fn has_case(&self) -> bool {
        !self.session.is_at_start() || self.case_notes().has_content()
    }

    /// The case as it stands, to compare with what was saved.
    fn fingerprint(&self) -> String {
        let mut notes = self.case_notes();
        notes.earlier_secs = 0;
        let path: Vec<String> = self.session.history().iter().map(|v| format!("{v:?}")).collect();
        format!("{}|{}|{}", serde_json::to_string(&notes).unwrap_or_default(), path.join(","), self.here())
    }

    /// The case's path and notes (with what is being typed), hashed: when
    /// this changes, the case kept for a signal or a crash is made again.
    /// Hashing the path is a copy's work; making the case words every step.
    /// The call time is not in it: it changes every second.
    pub fn case_stamp(&self) -> u64 {
        let mut hasher = std::hash::DefaultHasher::new();
        self.session.history().hash(&mut hasher);
        self.session.current().hash(&mut hasher);
        self.case_notes().hash(&mut hasher);
        hasher.finish()
    }

    /// The case to save if the program ends now, with the lines that say
    /// how it went: with a ticket directory and a case to lose, else none.
    pub fn case_to_keep(&self) -> Option<Keep> {
        if self.ticket_dir.is_none() || !self.has_case() {
            return None;
        }
        let dir = self.ticket_dir();
        Some(Keep {
            job: self.save_job(),
            saved_line: self.l10n.format(ui::STATUS_SAVED, &[("path", MARK.to_string())]),
            failed_line: self.l10n.format(
                ui::STATUS_SAVE_FAILED,
                &[
                    ("dir", std::path::absolute(&dir).unwrap_or(dir).display().to_string()),
                    ("detail", MARK.into()),
                ],
            ),
        })
    }

    /// Where the case was saved last during the session (by `s` or at an
    /// end), to tell once the terminal is restored.
    pub(crate) fn saved_to(&self) -> Option<&SavedTicket> {
        self.saved.as_ref()
    }

    /// "Saved: …" or why not, in the session's language.
    pub(crate) fn save_line(&self, result: &Result<SavedTicket, IoFailure>) -> String {
        save_status(&self.l10n, &self.ticket_dir(), result)
    }

    /// Said before the case's text when it could not be saved at the end.
    pub(crate) fn not_saved_line(&self) -> String {
        self.l10n.text(ui::EXIT_NOT_SAVED)
    }

    /// Which keys apply now.
    pub fn mode(&self) -> Mode {
        let agent = self.agent.as_ref();
        if self.search.is_some() {
            Mode::Search
        } else if self.prompt.is_some() {
            Mode::Prompt
        } else if agent.is_some_and(|a| a.confirming) {
            Mode::Confirm
        } else if agent.is_some_and(|a| a.editing.is_some()) {
            Mode::Edit
        } else {
            match self.overlay {
                Overlay::None => Mode::Normal,
                Overlay::Help { .. } => Mode::Help,
                Overlay::Path { .. } => Mode::Path,
                Overlay::Ticket { .. } => Mode::Ticket,
                Overlay::QuitAsk => Mode::QuitAsk,
                Overlay::Identity => Mode::Identity,
                Overlay::Sources { .. } => Mode::Sources,
            }
        }
    }

    pub fn update(&mut self, action: Action) -> Option<Effect> {
        let before = self.mode();
        let effect = self.handle(action);
        if self.mode() != before {
            self.question_scroll = 0;
        }
        effect
    }

    fn handle(&mut self, action: Action) -> Option<Effect> {
        // "Saved: …" and "copied" stay in the summary's window while it is
        // open.
        let keeps_status = matches!(
            action,
            Action::Tick(_) | Action::Resize { .. } | Action::Saved(_) | Action::Copied(_) | Action::Suspend
        );
        if !keeps_status && self.mode() != Mode::Ticket {
            self.status = None;
        }
        match (self.mode(), action) {
            (_, Action::Resize { width, height }) => self.resize(width, height),
            (_, Action::Suspend) => return Some(Effect::Suspend),
            (_, Action::Tick(secs)) => {
                self.elapsed_secs = secs;
                let earlier = self.notes.earlier_secs;
                if let Some(agent) = &mut self.agent {
                    agent.elapsed_secs = earlier.saturating_add(secs);
                }
            }
            (_, Action::Saved(result)) => self.saved(result),
            (_, Action::Copied(to)) => {
                let said = match to {
                    CopiedTo::System => ui::STATUS_COPIED_SYSTEM,
                    CopiedTo::Terminal => ui::STATUS_COPIED,
                };
                self.status = Some(self.l10n.text(said));
            }
            (
                Mode::QuitAsk | Mode::Identity | Mode::Confirm,
                action @ (Action::ScrollDown | Action::ScrollUp | Action::PageDown | Action::PageUp),
            ) => self.scroll_question(&action),
            (Mode::QuitAsk | Mode::Identity | Mode::Confirm, Action::Click { column, row }) => {
                let clicked = self.question_view(self.area).and_then(|view| view.clicked(column, row));
                if let Some(action) = clicked {
                    return self.handle(action);
                }
            }
            (Mode::QuitAsk, Action::Quit) => self.running = false,
            (Mode::QuitAsk, Action::SaveTicket) => {
                self.quit_after_save = true;
                return Some(self.save_effect());
            }
            (Mode::QuitAsk, _) => self.overlay = Overlay::None,
            (_, Action::Quit) => self.quit(),
            (Mode::Search, action) => self.update_search(action),
            (Mode::Prompt, action) => self.update_prompt(action),
            (Mode::Confirm, action) => self.update_confirm(action),
            (Mode::Edit, action) => self.update_edit(action),
            (Mode::Path, action) => self.update_path(action),
            (Mode::Identity, action) => self.update_identity(action),
            (Mode::Sources, action) => self.update_sources(action),
            (Mode::Ticket, action) => return self.update_ticket(action),
            (Mode::Help, action) => self.update_help(action),
            (Mode::Normal, action) => return self.update_normal(action),
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
            Action::BackOrQuit if self.session.is_at_start() => self.quit(),
            Action::BackOrQuit => self.back(),
            Action::Forward if self.session.forward() => self.refresh(0),
            Action::Restart => {
                self.session.restart();
                self.refresh(0);
            }
            Action::ToggleHelp => self.show_help(),
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
                let for_person = self.agent.is_none();
                let text = if for_person { self.person_summary() } else { self.ticket_markdown() };
                let lines = wrap(&text, usize::from(window_inner(self.area, self.agent.is_some()).width));
                self.overlay = Overlay::Ticket { for_person, text, lines, scroll: 0 };
            }
            Action::SaveTicket => return Some(self.save_effect()),
            Action::CopyTicket => return Some(self.copy_effect()),
            Action::EditCaller => self.start_editing(PanelField::Caller),
            Action::EditNote => self.start_editing(PanelField::Note),
            Action::Identity if self.agent.is_some() => self.overlay = Overlay::Identity,
            Action::ShowSources if self.agent.is_some() => self.show_sources(),
            Action::EditTicketNumber => self.open_prompt(PromptFor::TicketNumber),
            Action::EditHandover => self.open_prompt(PromptFor::Handover),
            _ => {}
        }
        None
    }

    /// Quitting: with a ticket directory the case is saved on the way out
    /// (by the event loop, once the terminal is restored); without one, a
    /// case not saved is not dropped without asking.
    fn quit(&mut self) {
        if let Some(agent) = &mut self.agent {
            agent.stop_editing(&mut self.notes);
        }
        let unsaved = self.notes.has_content() && self.saved_case.as_ref() != Some(&self.fingerprint());
        if self.ticket_dir.is_none() && unsaved {
            self.overlay = Overlay::QuitAsk;
        } else {
            self.running = false;
        }
    }

    /// The sources of the step shown, one per line, wrapped to the window.
    fn show_sources(&mut self) {
        let sources = self.session.catalog().sources(self.session.current());
        let text = if sources.is_empty() {
            self.l10n.text(ui::SOURCES_NONE)
        } else {
            let item = |url: &str, checked: String| {
                self.l10n.format(ui::SOURCES_ITEM, &[("url", one_line(url)), ("checked", checked)])
            };
            sources.iter().map(|s| item(&s.url, s.checked.to_string())).collect::<Vec<_>>().join("\n")
        };
        let lines = wrap(&text, usize::from(window_inner(self.area, self.agent.is_some()).width));
        self.overlay = Overlay::Sources { lines, scroll: 0 };
    }

    fn open_prompt(&mut self, target: PromptFor) {
        if self.agent.is_none() {
            return;
        }
        let (title, value) = match target {
            PromptFor::Identity => (self.l10n.text(ui::PROMPT_IDENTITY), String::new()),
            PromptFor::TicketNumber => {
                (self.l10n.text(ui::PROMPT_TICKET_NUMBER), self.notes.ticket_number.clone())
            }
            PromptFor::Handover => {
                let group = self.config.message_variables(&self.l10n);
                let group = group.into_iter().find(|(name, _)| name == "assignment-group").map(|(_, v)| v);
                let title =
                    self.l10n.format(ui::PROMPT_HANDOVER, &[("assignment-group", group.unwrap_or_default())]);
                (title, self.notes.handover.clone())
            }
        };
        let mut input = text_field(vec![value]);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        self.overlay = Overlay::None;
        self.prompt = Some(Prompt { target, title, input });
    }

    /// Keys typed into a prompt; Enter keeps the line, Esc drops it.
    fn update_prompt(&mut self, action: Action) {
        let Some(prompt) = &mut self.prompt else { return };
        let max = prompt.target.max_chars();
        match action {
            Action::EditKey(key) if !type_bounded(&mut prompt.input, key, max) => {
                self.status = Some(self.l10n.format(ui::STATUS_NOTE_FULL, &[("max", max.to_string())]));
            }
            Action::Paste(text) => {
                let left = max.saturating_sub(char_count(&prompt.input));
                prompt.input.insert_str(one_line(&pasted(&text)).chars().take(left).collect::<String>());
            }
            Action::Activate => {
                let value = one_line(&prompt.input.lines().join(" "));
                let target = prompt.target;
                self.prompt = None;
                match target {
                    PromptFor::Identity if value.is_empty() => {}
                    PromptFor::Identity => self.notes.identity = Some(value),
                    PromptFor::TicketNumber => self.notes.ticket_number = value,
                    PromptFor::Handover => self.notes.handover = value,
                }
                self.refresh(self.selected);
            }
            Action::CloseOverlay | Action::Click { .. } => self.prompt = None,
            _ => {}
        }
    }

    /// 1: the organization's procedure; 2: another way, typed; 0: not
    /// verified.
    fn update_identity(&mut self, action: Action) {
        self.overlay = Overlay::None;
        match action {
            Action::Choose(0) => {
                let procedure = self.config.agent.identity_check.as_deref().map(one_line);
                let named = procedure.unwrap_or_else(|| self.l10n.text(ui::IDENTITY_PROCEDURE_NAME));
                self.notes.identity = Some(named.chars().take(LINE_MAX_CHARS).collect());
            }
            Action::Choose(1) => return self.open_prompt(PromptFor::Identity),
            Action::Clear => self.notes.identity = None,
            _ => return,
        }
        self.refresh(self.selected);
    }

    fn update_sources(&mut self, action: Action) {
        let page = self.window_rows();
        let Overlay::Sources { lines, scroll } = &mut self.overlay else { return };
        if !scroll_window(lines.len(), scroll, page, &action) {
            self.overlay = Overlay::None;
        }
    }

    /// Help scrolls; any other key closes it.
    fn update_help(&mut self, action: Action) {
        let page = self.window_rows();
        let Overlay::Help { lines, scroll } = &mut self.overlay else { return };
        if !scroll_window(lines.len(), scroll, page, &action) {
            self.overlay = Overlay::None;
        }
    }

    /// The keys, in a window that scrolls.
    fn show_help(&mut self) {
        let lines = help::lines(&self.l10n, usize::from(window_inner(self.area, self.agent.is_some()).width));
        self.overlay = Overlay::Help { lines, scroll: 0 };
    }

    /// The question asked in a window now, if any.
    pub(super) fn question(&self) -> Option<Question> {
        match self.mode() {
            Mode::QuitAsk => Some(Question::Quit),
            Mode::Identity => Some(Question::Identity),
            Mode::Confirm => Some(Question::Confirm),
            _ => None,
        }
    }

    /// The question asked now as its window shows it on a screen of `area`.
    pub(super) fn question_view(&self, area: Rect) -> Option<QuestionView> {
        let question = self.question()?;
        Some(QuestionView::new(question, &self.l10n, area, self.agent.is_some(), self.question_scroll))
    }

    fn scroll_question(&mut self, action: &Action) {
        let Some(view) = self.question_view(self.area) else { return };
        self.question_scroll = view.scroll;
        scroll_window(view.lines.len(), &mut self.question_scroll, view.page().max(1), action);
    }

    /// Whether a cell is outside the windows over everything but the
    /// header (path, search): a click there closes them, as Esc does, for
    /// the person clicked away from them.
    fn outside_window(&self, column: u16, row: u16) -> bool {
        !window_frame(self.area, self.agent.is_some()).contains(Position::new(column, row))
    }

    /// Rows a window over the screen shows at once.
    fn window_rows(&self) -> usize {
        usize::from(window_inner(self.area, self.agent.is_some()).height).max(1)
    }

    /// While the search box is open, keys edit the query and pick a result;
    /// Enter goes to it.
    fn update_search(&mut self, action: Action) {
        if let Action::Click { column, row } = action {
            return self.click_search(column, row);
        }
        let (Some(search), Some(index)) = (self.search.as_mut(), self.index.as_ref()) else { return };
        match action {
            Action::EditKey(key) => search.key(key),
            Action::Paste(text) => search.paste(&text),
            Action::SelectNext => return search.select_next(),
            Action::SelectPrevious => return search.select_previous(),
            Action::Activate => {
                if let Some(chosen) = search.chosen().cloned() {
                    self.search = None;
                    self.notes.note_search(chosen.error_label.as_deref(), &self.l10n);
                    self.go_to(chosen.node);
                }
                return;
            }
            Action::CloseOverlay => {
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

    /// A click on a result goes there, as Enter on it does; outside the
    /// window it closes it.
    fn click_search(&mut self, column: u16, row: u16) {
        let Some(search) = &mut self.search else { return };
        let (_, results) =
            search_window(self.area, self.agent.is_some(), search.results.len(), search.selected);
        match results.at(column, row) {
            Some(clicked) => {
                search.selected = clicked;
                self.update_search(Action::Activate);
            }
            None if self.outside_window(column, row) => self.search = None,
            None => {}
        }
    }

    /// One rule for both fields, as the panel says: Esc is done, Enter
    /// goes to a new line; in the caller field, which is one line, that is
    /// the note below it.
    fn update_edit(&mut self, action: Action) {
        let here = self.here();
        let room = NOTE_MAX_CHARS.min(NOTES_MAX_CHARS.saturating_sub(self.notes.other_notes_chars(&here)));
        let Some(agent) = &mut self.agent else { return };
        let fits = match action {
            Action::EditKey(key)
                if key.code == KeyCode::Enter && agent.editing == Some(PanelField::Caller) =>
            {
                agent.finish_editing(&mut self.notes);
                agent.editing = Some(PanelField::Note);
                true
            }
            Action::EditKey(key) => agent.key(key, room),
            Action::Paste(text) => agent.paste(&text, room),
            Action::CloseOverlay => {
                agent.finish_editing(&mut self.notes);
                true
            }
            _ => true,
        };
        if !fits {
            let max = if agent.editing == Some(PanelField::Caller) { LINE_MAX_CHARS } else { room };
            self.status = Some(self.l10n.format(ui::STATUS_NOTE_FULL, &[("max", max.to_string())]));
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
        let last = self.path_len() - 1;
        let Overlay::Path { selected } = &mut self.overlay else { return };
        match action {
            Action::SelectNext => *selected = (*selected + 1).min(last),
            Action::SelectPrevious => *selected = selected.saturating_sub(1),
            Action::Choose(index) => *selected = index.min(last),
            Action::Activate => {
                let target = *selected;
                self.overlay = Overlay::None;
                self.revisit(target);
            }
            Action::Click { column, row } => {
                let marked = *selected;
                match self.path_list(self.area, marked).at(column, row) {
                    Some(step) => {
                        self.overlay = Overlay::None;
                        self.revisit(step);
                    }
                    None if self.outside_window(column, row) => self.overlay = Overlay::None,
                    None => {}
                }
            }
            Action::CloseOverlay | Action::ShowPath => self.overlay = Overlay::None,
            _ => {}
        }
    }

    /// Steps in the path window: those passed, this one, the answers kept.
    fn path_len(&self) -> usize {
        self.session.history().len() + 1 + self.session.future().count()
    }

    /// The path window's list on a screen of `area`, `selected` in view.
    pub(super) fn path_list(&self, area: Rect, selected: usize) -> ListRows {
        path_list(area, self.agent.is_some(), self.path_len(), selected)
    }

    fn update_ticket(&mut self, action: Action) -> Option<Effect> {
        let page = self.window_rows();
        let Overlay::Ticket { lines, scroll, .. } = &mut self.overlay else { return None };
        match action {
            Action::SaveTicket => return Some(self.save_effect()),
            Action::CopyTicket => return Some(self.copy_effect()),
            action if scroll_window(lines.len(), scroll, page, &action) => {}
            _ => {
                self.overlay = Overlay::None;
                self.status = None;
            }
        }
        None
    }

    fn start_editing(&mut self, field: PanelField) {
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

    fn save_effect(&mut self) -> Effect {
        self.saving_case = Some(self.fingerprint());
        Effect::Save(self.save_job())
    }

    fn save_job(&self) -> SaveJob {
        SaveJob::new(self.ticket_dir(), &self.ticket(), &self.l10n)
    }

    /// Where `s` saves: the directory given, else the current one.
    fn ticket_dir(&self) -> PathBuf {
        self.ticket_dir.clone().unwrap_or_else(|| PathBuf::from("."))
    }

    /// Copies what the summary window shows (the person's sentences, or
    /// the agent's ticket); from the screen, the ticket.
    fn copy_effect(&mut self) -> Effect {
        match &self.overlay {
            Overlay::Ticket { text, .. } => Effect::Copy(text.clone()),
            _ => Effect::Copy(self.ticket_markdown()),
        }
    }

    fn saved(&mut self, result: Result<SavedTicket, IoFailure>) {
        self.status = Some(save_status(&self.l10n, &self.ticket_dir(), &result));
        match result {
            Ok(saved) => {
                self.saved = Some(saved);
                self.saved_case = self.saving_case.take();
                if self.quit_after_save {
                    self.running = false;
                }
            }
            Err(_) => self.quit_after_save = false,
        }
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

    /// Whether the agent's text here tells them to verify the caller's
    /// identity (it names `{ $identity-check }`): it resets methods or
    /// issues a Temporary Access Pass.
    fn asks_identity(&self) -> bool {
        let message = &self.session.node().message;
        let args = [("identity-check", IDENTITY_MARK.to_string())];
        let text = self
            .l10n
            .attribute_with(message, "agent", &args)
            .unwrap_or_else(|| self.l10n.format(message, &args));
        text.contains(IDENTITY_MARK)
    }

    fn refresh(&mut self, selected: usize) {
        self.screen = Screen::build_for(self.audience, &self.session, &self.l10n, &self.config);
        if self.agent.is_some() && self.notes.identity.is_none() && self.asks_identity() {
            let warning = Section {
                heading: Some(self.l10n.text(ui::IDENTITY_WARNING_HEADING)),
                text: hints::IDENTITY_WARNING.worded(&self.l10n).unwrap_or_default(),
            };
            self.screen.sections.insert(0, warning);
            if let Some(pinned) = &mut self.screen.pinned {
                *pinned += 1;
            }
        }
        if let Some((notice, _)) = self.notice.as_ref().filter(|(_, at)| *at == self.session.current()) {
            // A blank line parts it from the screen's own text.
            self.screen.sections.insert(0, Section { heading: None, text: format!("{notice}\n") });
            if let Some(pinned) = &mut self.screen.pinned {
                *pinned += 1;
            }
        }
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
        if matches!(self.overlay, Overlay::Sources { .. }) {
            self.show_sources();
        }
        if matches!(self.overlay, Overlay::Help { .. }) {
            self.show_help();
        }
        if let Overlay::Ticket { text, lines, scroll, .. } = &mut self.overlay {
            let inner = window_inner(self.area, self.agent.is_some());
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

/// Scrolls a window of `len` lines showing `page` at once; false when the
/// action is not a scroll.
fn scroll_window(len: usize, scroll: &mut usize, page: usize, action: &Action) -> bool {
    let last = len.saturating_sub(page);
    match action {
        Action::SelectNext | Action::ScrollDown => *scroll = (*scroll + 1).min(last),
        Action::SelectPrevious | Action::ScrollUp => *scroll = scroll.saturating_sub(1),
        Action::PageDown => *scroll = (*scroll + page).min(last),
        Action::PageUp => *scroll = scroll.saturating_sub(page),
        _ => return false,
    }
    true
}

/// RFC 3339, UTC, to the second.
fn stamp(time: SystemTime) -> String {
    humantime::format_rfc3339_seconds(time).to_string()
}
