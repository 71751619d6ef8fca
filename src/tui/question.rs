//! The questions asked in a small window over the screen, and their words:
//! the model scrolls a question's text and hit-tests clicks on its
//! choices, the view draws it, and both word it and place it here.

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::hints::{self, Hint};
use super::layout::{framed, question_frame};
use crate::i18n::Localizer;
use crate::messages::ui;
use crate::wrap::wrap;

/// A question asked in a small window over the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Question {
    /// Quit with a case not saved?
    Quit,
    /// How was the caller's identity verified?
    Identity,
    /// Keep a note that looks like a code or a password?
    Confirm,
}

/// A line of a question's text, and the choice (what its key does) it is
/// part of, if it is one.
type Said = (String, Option<Action>);

impl Question {
    /// The question's title and its text, a paragraph at a time, its
    /// choices and keys included.
    fn worded(self, l10n: &Localizer) -> (String, Vec<Said>) {
        let with_choices = |body: &str, choices: &[Hint]| {
            let choices =
                hints::choices(l10n, choices).into_iter().map(|(text, action)| (text, Some(action)));
            [(body.to_string(), None), (String::new(), None)].into_iter().chain(choices).collect::<Vec<_>>()
        };
        match self {
            Question::Quit => {
                (l10n.text(ui::QUIT_TITLE), with_choices(&l10n.text(ui::QUIT_BODY), hints::QUIT_CHOICES))
            }
            Question::Confirm => (
                l10n.text(ui::CONFIRM_TITLE),
                with_choices(&l10n.text(ui::CONFIRM_BODY), hints::CONFIRM_CHOICES),
            ),
            Question::Identity => {
                let mut said = with_choices(&l10n.text(ui::IDENTITY_BODY), hints::IDENTITY_CHOICES);
                said.extend([(String::new(), None), (hints::line(l10n, hints::IDENTITY), None)]);
                (l10n.text(ui::IDENTITY_TITLE), said)
            }
        }
    }
}

/// A question as its window shows it: where the window goes, its title,
/// its text wrapped to it, and how far that is scrolled.
pub(super) struct QuestionView {
    pub frame: Rect,
    pub title: String,
    pub lines: Vec<Said>,
    pub scroll: usize,
}

impl QuestionView {
    /// `question` on a screen of `area`, scrolled by `scroll` but never
    /// past its last page.
    pub(super) fn new(question: Question, l10n: &Localizer, area: Rect, agent: bool, scroll: usize) -> Self {
        let (title, said) = question.worded(l10n);
        let (_, width) = question_frame(area, agent, 0);
        let lines: Vec<Said> = said
            .into_iter()
            .flat_map(|(text, choice)| wrap(&text, width).into_iter().map(move |line| (line, choice.clone())))
            .collect();
        let (frame, _) = question_frame(area, agent, lines.len());
        let mut view = Self { frame, title, lines, scroll: 0 };
        view.scroll = scroll.min(view.lines.len().saturating_sub(view.page()));
        view
    }

    /// Lines shown at once.
    pub(super) fn page(&self) -> usize {
        usize::from(framed().inner(self.frame).height)
    }

    /// The lines shown, each with its row.
    pub(super) fn rows(&self) -> impl Iterator<Item = (&Said, Rect)> {
        self.lines.iter().skip(self.scroll).zip(framed().inner(self.frame).rows())
    }

    /// What a click at a cell does: a choice's lines choose it; outside the
    /// window it closes, as Esc does (the safe way out of each question:
    /// go on with the case, leave the identity as it is, edit the note).
    /// Elsewhere in the window it does nothing.
    pub(super) fn clicked(&self, column: u16, row: u16) -> Option<Action> {
        let at = Position::new(column, row);
        if !self.frame.contains(at) {
            return Some(Action::CloseOverlay);
        }
        self.rows().find(|(_, rect)| rect.contains(at)).and_then(|((_, choice), _)| choice.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locales;

    fn text(question: Question, l10n: &Localizer) -> String {
        let (_, said) = question.worded(l10n);
        said.into_iter().map(|(text, _)| text).collect::<Vec<_>>().join("\n")
    }

    /// The choices' keys come from the binding tables, in a column.
    #[test]
    fn a_question_lists_its_choices_with_their_keys_in_a_column() {
        let locales = Locales::built_in();
        let l10n = locales.localizer(&["en".parse().unwrap()]);
        let quit = text(Question::Quit, &l10n);
        assert!(
            quit.ends_with(
                "\n\ns    save here, then quit\nq    quit without saving\nEsc  go on with the case"
            ),
            "{quit}"
        );
        let confirm = text(Question::Confirm, &l10n);
        assert!(confirm.ends_with("\n\ny  keep it anyway\nn  edit it"), "{confirm}");
        let identity = text(Question::Identity, &l10n);
        assert!(
            identity.contains(
                "\n2  Verified another way (type how)\n0  Not verified\n\n1 2 0 choose · Esc close"
            )
        );
    }

    /// Every line of a choice, wrapped, is clicked as its key is pressed;
    /// the question's text is not; outside the window is Esc.
    #[test]
    fn a_click_on_any_line_of_a_choice_chooses_it() {
        let locales = Locales::built_in();
        let l10n = locales.localizer(&["en".parse().unwrap()]);
        let view = QuestionView::new(Question::Identity, &l10n, Rect::new(0, 0, 34, 40), false, 0);
        let row_of = |start: &str| {
            let (_, rect) = view.rows().find(|((text, _), _)| text.starts_with(start)).expect(start);
            rect
        };
        let other = row_of("2  Verified another way");
        assert_eq!(view.clicked(other.x, other.y + 1), Some(Action::Choose(1)), "its second line");
        let not = row_of("0  Not verified");
        assert_eq!(view.clicked(not.right() - 1, not.y), Some(Action::Clear));
        let body = row_of("Verify who is calling");
        assert_eq!(view.clicked(body.x, body.y), None);
        assert_eq!(view.clicked(view.frame.x, view.frame.y), None, "its border");
        assert_eq!(view.clicked(0, 0), Some(Action::CloseOverlay));
    }
}
