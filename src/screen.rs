//! The words of one screen, in the person's language, for where the session
//! is now. Built once per change of state; every front end (TUI, preview,
//! line mode) draws from it, so they all say the same thing.

use crate::content::config::{Contact, OrgConfig};
use crate::engine::{Answer, ChoiceLabel, EngineError, Outcome, Session};
use crate::flow::{Catalog, NodeKind, NodeRef};
use crate::i18n::Localizer;
use crate::messages::ui;

/// A node's short title (its message's `.title`) in the localizer's
/// language: how breadcrumbs, lists and tickets name it.
pub(crate) fn node_title(l10n: &Localizer, catalog: &Catalog, at: NodeRef) -> String {
    l10n.attribute(&catalog.node(at).message, "title").unwrap_or_default()
}

/// What kind of node the screen shows; decides its marker and its options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenKind {
    Question,
    Step,
    Fix,
    Escalate { urgent: bool },
}

/// Who reads the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Audience {
    /// The person who cannot sign in.
    Person,
    /// A helpdesk agent guiding a caller.
    Agent,
}

/// What choosing an option does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionAction {
    Choose(usize),
    Restart,
}

impl OptionAction {
    /// Carries the option out on the session its screen was built from.
    pub fn apply(self, session: &mut Session) -> Result<(), EngineError> {
        match self {
            OptionAction::Choose(choice) => session.choose(choice),
            OptionAction::Restart => {
                session.restart();
                Ok(())
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionItem {
    pub label: String,
    pub action: OptionAction,
}

/// A block of body text, with a heading for the parts the screen adds
/// (contact details, what to have ready, what was tried).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: Option<String>,
    pub text: String,
}

/// How many places the person's path has: every node left behind, the
/// current one, and the answers stepped back over and kept beyond it.
pub fn path_len(session: &Session) -> usize {
    session.history().len() + 1 + session.future().count()
}

/// The short titles of the places `range` of the path (see [`path_len`]):
/// place `session.history().len()` is the current node. A view asks for
/// the few it shows, so a path of thousands of steps costs no more to
/// draw than one of three.
pub fn path_titles(session: &Session, l10n: &Localizer, range: std::ops::Range<usize>) -> Vec<String> {
    let history = session.history();
    let here = history.len();
    let at = |place: usize| match place.checked_sub(here) {
        None => history.get(place).map(|v| v.node),
        Some(0) => Some(session.current()),
        Some(later) => session.future().nth(later - 1).map(|v| v.node),
    };
    range.map_while(at).map(|node| node_title(l10n, session.catalog(), node)).collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub flow_title: String,
    pub progress: String,
    pub kind: ScreenKind,
    /// "Solved", "Helpdesk", "URGENT": said in words, never by colour alone.
    pub kind_label: Option<String>,
    pub title: String,
    /// The node's stable path (`flow#node`), shown to helpdesk agents.
    pub node_path: Option<String>,
    pub sections: Vec<Section>,
    /// The section a full screen keeps in view, if there is room: how to
    /// reach the helpdesk, on an escalation for the person.
    pub pinned: Option<usize>,
    pub options: Vec<OptionItem>,
}

/// What a screen asks, without its text: all a walk needs to answer it
/// and say what it chose (building the text, and every answer's words, of
/// each screen made a walk of 20 000 answers take half a second).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked<'a> {
    pub kind: ScreenKind,
    /// "Solved", "Helpdesk", "URGENT": said in words, never by colour alone.
    pub kind_label: Option<String>,
    pub title: String,
    pub offers: Vec<Offer<'a>>,
}

impl<'a> Asked<'a> {
    pub fn build(session: &'a Session, l10n: &Localizer) -> Self {
        let kind = match session.node().kind {
            NodeKind::Question { .. } => ScreenKind::Question,
            // A session never rests on a branch; were it shown, it would
            // be a step with nothing to do.
            NodeKind::Step { .. } | NodeKind::Branch { .. } => ScreenKind::Step,
            NodeKind::Fix => ScreenKind::Fix,
            NodeKind::Escalate { urgent } => ScreenKind::Escalate { urgent },
        };
        let kind_label = match kind {
            ScreenKind::Fix => Some(l10n.text(ui::KIND_FIX)),
            ScreenKind::Escalate { urgent: false } => Some(l10n.text(ui::KIND_ESCALATE)),
            ScreenKind::Escalate { urgent: true } => Some(l10n.text(ui::KIND_URGENT)),
            _ => None,
        };
        Asked {
            kind,
            kind_label,
            title: node_title(l10n, session.catalog(), session.current()),
            offers: offers(session),
        }
    }
}

/// An answer a screen offers, before it is put into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer<'a> {
    /// The session's choice of this number.
    Choice(usize, ChoiceLabel<'a>),
    /// At an end, where the session has no choices.
    StartOver,
}

impl Offer<'_> {
    /// The answer in words, with what choosing it does.
    pub fn item(self, l10n: &Localizer) -> OptionItem {
        match self {
            Offer::Choice(i, choice) => {
                let label = match choice {
                    ChoiceLabel::Message(id) => l10n.text(id),
                    ChoiceLabel::Solved => l10n.text(ui::ANSWER_SOLVED),
                    ChoiceLabel::Unsolved => l10n.text(ui::ANSWER_UNSOLVED),
                };
                OptionItem { label, action: OptionAction::Choose(i) }
            }
            Offer::StartOver => {
                OptionItem { label: l10n.text(ui::START_OVER), action: OptionAction::Restart }
            }
        }
    }
}

impl Screen {
    pub fn build(session: &Session, l10n: &Localizer, config: &OrgConfig) -> Self {
        Self::build_for(Audience::Person, session, l10n, config)
    }

    /// The screen as `audience` reads it: an agent gets the node's `.agent`
    /// text (what to say or ask; the person's text where there is none) and
    /// its path.
    pub(crate) fn build_for(
        audience: Audience,
        session: &Session,
        l10n: &Localizer,
        config: &OrgConfig,
    ) -> Self {
        let catalog = session.catalog();
        let node = session.node();
        let Asked { kind, kind_label, title, offers } = Asked::build(session, l10n);
        let body = match audience {
            Audience::Agent => {
                l10n.attribute(&node.message, "agent").unwrap_or_else(|| l10n.text(&node.message))
            }
            Audience::Person => l10n.text(&node.message),
        };
        let mut sections = vec![Section { heading: None, text: body }];
        let mut pinned = None;
        if let ScreenKind::Escalate { .. } = kind {
            // The contact comes first after the text.
            pinned = (audience == Audience::Person).then_some(sections.len());
            sections.extend(escalation_sections(audience, session, l10n, config));
        }
        Screen {
            flow_title: l10n.text(&catalog.flow_of(session.current()).title),
            progress: progress_text(session, l10n),
            kind,
            kind_label,
            title,
            node_path: (audience == Audience::Agent).then(|| catalog.path(session.current())),
            sections,
            pinned,
            options: offers.into_iter().map(|offer| offer.item(l10n)).collect(),
        }
    }
}

/// Where the person is, in one wording to the end: the step, counted from
/// the first screen (it goes up by one with every answer and never jumps);
/// in a known series of checks, also which check of how many.
fn progress_text(session: &Session, l10n: &Localizer) -> String {
    let progress = session.progress();
    let step = progress.steps_taken + 1;
    match progress.check {
        Some((current, total)) => {
            l10n.format(ui::PROGRESS_CHECK, &[("step", step), ("current", current), ("total", total)])
        }
        None => l10n.format(ui::PROGRESS_STEP, &[("step", step)]),
    }
}

fn offers(session: &Session) -> Vec<Offer<'_>> {
    let choices = session.choices();
    if choices.is_empty() {
        // No "Quit" option here: people pressing the digit of "No, that
        // didn't help" again and again must not lose this screen. Quitting
        // is one key away (q), as the footer says.
        return vec![Offer::StartOver];
    }
    choices.into_iter().enumerate().map(|(i, choice)| Offer::Choice(i, choice)).collect()
}

/// Every answer given on the way here, "title: answer", so the helpdesk
/// neither repeats a check nor asks again what the person already said.
fn so_far(session: &Session, l10n: &Localizer) -> Vec<String> {
    answers_given(session, l10n)
        .into_iter()
        .map(|(step, answer)| l10n.format(ui::TRIED_ITEM, &[("step", step), ("answer", answer)]))
        .collect()
}

/// Each step passed and the answer given there, in words.
fn answers_given(session: &Session, l10n: &Localizer) -> Vec<(String, String)> {
    let catalog = session.catalog();
    session
        .history()
        .iter()
        .filter_map(|visit| {
            let node = catalog.node(visit.node);
            let answer = match (visit.answer, &node.kind) {
                (Answer::Option(i), NodeKind::Question { options }) => l10n.text(&options.get(i)?.label),
                (Answer::Solved, _) => l10n.text(ui::ANSWER_SOLVED),
                (Answer::Unsolved, _) => l10n.text(ui::TRIED_UNSOLVED),
                _ => return None,
            };
            Some((node_title(l10n, catalog, visit.node), answer))
        })
        .collect()
}

/// The case so far for the person, in plain sentences: no node ids and no
/// markup, one thought a line, so a screen reader reads it as it is meant
/// (the helpdesk's ticket keeps the ids). The TUI's `t` and line mode's `t`
/// show it; an agent gets the ticket instead.
pub fn person_summary(
    session: &Session,
    l10n: &Localizer,
    config: &OrgConfig,
    error_seen: Option<&str>,
) -> String {
    let catalog = session.catalog();
    let here = session.current();
    let problem = l10n.text(&catalog.flow_of(here).title);
    let mut lines = vec![
        l10n.text(ui::SUMMARY_HEADING),
        String::new(),
        l10n.format(ui::SUMMARY_PROBLEM, &[("problem", problem)]),
        l10n.format(ui::SUMMARY_NOW, &[("step", node_title(l10n, catalog, here))]),
    ];
    if let Some(error) = error_seen {
        lines.push(l10n.format(ui::SUMMARY_ERROR, &[("error", error)]));
    }
    lines.push(l10n.text(match session.outcome() {
        Some(Outcome::Fixed) => ui::SUMMARY_FIXED,
        Some(Outcome::Escalated { urgent: false }) => ui::SUMMARY_ESCALATED,
        Some(Outcome::Escalated { urgent: true }) => ui::SUMMARY_URGENT,
        None => ui::SUMMARY_OPEN,
    }));
    lines.push(String::new());
    let given = answers_given(session, l10n);
    if given.is_empty() {
        lines.push(l10n.text(ui::SUMMARY_NONE));
    } else {
        lines.push(l10n.text(ui::SUMMARY_STEPS));
        lines.extend(given.into_iter().enumerate().map(|(i, (step, answer))| {
            l10n.format(
                ui::SUMMARY_ITEM,
                &[("number", (i + 1).to_string()), ("step", step), ("answer", answer)],
            )
        }));
    }
    if let Some(Outcome::Escalated { .. }) = session.outcome() {
        lines.push(String::new());
        lines.push(l10n.text(ui::CONTACT_HEADING));
        lines.push(contact_text(l10n, config));
    }
    lines.push(String::new());
    lines.push(l10n.text(ui::SUMMARY_NEVER_SECRETS));
    lines.join("\n")
}

/// How to reach the helpdesk, one way a line.
fn contact_text(l10n: &Localizer, config: &OrgConfig) -> String {
    let contacts = config.contacts();
    if contacts.is_empty() {
        return l10n.text(ui::CONTACT_UNSET);
    }
    contacts
        .iter()
        .map(|(kind, value)| {
            let id = match kind {
                Contact::Phone => ui::CONTACT_PHONE,
                Contact::Email => ui::CONTACT_EMAIL,
                Contact::Url => ui::CONTACT_URL,
                Contact::Hours => ui::CONTACT_HOURS,
            };
            l10n.format(id, &[("value", value.to_string())])
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Contact details, what to have ready (for an agent: what to record), and
/// what was already tried.
fn escalation_sections(
    audience: Audience,
    session: &Session,
    l10n: &Localizer,
    config: &OrgConfig,
) -> Vec<Section> {
    let (ready_heading, ready_items) = match audience {
        Audience::Person => (ui::READY_HEADING, ui::READY_ITEMS),
        Audience::Agent => (ui::READY_HEADING_AGENT, ui::READY_ITEMS_AGENT),
    };
    let contact_text = contact_text(l10n, config);
    let tried = so_far(session, l10n);
    let tried_text = if tried.is_empty() { l10n.text(ui::TRIED_NONE) } else { tried.join("\n") };
    // The agent is the helpdesk: what they do is hand over to second line,
    // not contact themselves.
    let contact = match audience {
        Audience::Person => Section { heading: Some(l10n.text(ui::CONTACT_HEADING)), text: contact_text },
        Audience::Agent => {
            Section { heading: Some(l10n.text(ui::HANDOVER_HEADING)), text: l10n.text(ui::HANDOVER_TEXT) }
        }
    };
    vec![
        contact,
        Section { heading: Some(l10n.text(ready_heading)), text: l10n.text(ready_items) },
        Section { heading: Some(l10n.text(ui::TRIED_HEADING)), text: tried_text },
    ]
}
