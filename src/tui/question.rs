//! The questions asked in a small window over the screen, and their words:
//! the model scrolls a question's text, the view draws it, and both word it
//! here.

use super::hints::{self, Hint};
use crate::i18n::Localizer;
use crate::messages::ui;

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

impl Question {
    /// The question's title and its text, its choices and keys included.
    pub(super) fn worded(self, l10n: &Localizer) -> (String, String) {
        let with_choices =
            |body: &str, choices: &[Hint]| format!("{body}\n\n{}", hints::choices(l10n, choices).join("\n"));
        match self {
            Question::Quit => {
                (l10n.text(ui::QUIT_TITLE), with_choices(&l10n.text(ui::QUIT_BODY), hints::QUIT_CHOICES))
            }
            Question::Confirm => (
                l10n.text(ui::CONFIRM_TITLE),
                with_choices(&l10n.text(ui::CONFIRM_BODY), hints::CONFIRM_CHOICES),
            ),
            Question::Identity => {
                let body = with_choices(&l10n.text(ui::IDENTITY_BODY), hints::IDENTITY_CHOICES);
                let keys = hints::line(l10n, hints::IDENTITY);
                (l10n.text(ui::IDENTITY_TITLE), format!("{body}\n\n{keys}"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locales;

    /// The choices' keys come from the binding tables, in a column.
    #[test]
    fn a_question_lists_its_choices_with_their_keys_in_a_column() {
        let locales = Locales::built_in();
        let l10n = locales.localizer(&["en".parse().unwrap()]);
        let (_, quit) = Question::Quit.worded(&l10n);
        assert!(
            quit.ends_with(
                "\n\ns    save here, then quit\nq    quit without saving\nEsc  go on with the case"
            ),
            "{quit}"
        );
        let (_, confirm) = Question::Confirm.worded(&l10n);
        assert!(confirm.ends_with("\n\ny  keep it anyway\nn  edit it"), "{confirm}");
        let (_, identity) = Question::Identity.worded(&l10n);
        assert!(
            identity.contains(
                "\n2  Verified another way (type how)\n0  Not verified\n\n1 2 0 choose · Esc close"
            )
        );
    }
}
