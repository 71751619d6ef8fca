//! The questions asked in a small window over the screen, and their words:
//! the model scrolls a question's text, the view draws it, and both word it
//! here.

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
        match self {
            Question::Quit => (l10n.text(ui::QUIT_TITLE), l10n.text(ui::QUIT_BODY)),
            Question::Confirm => (l10n.text(ui::CONFIRM_TITLE), l10n.text(ui::CONFIRM_BODY)),
            Question::Identity => {
                let lines =
                    [ui::IDENTITY_BODY, ui::IDENTITY_PROCEDURE, ui::IDENTITY_OTHER, ui::IDENTITY_CLEAR]
                        .map(|id| l10n.text(id));
                let [body, procedure, other, clear] = lines;
                let keys = super::hints::line(l10n, super::hints::IDENTITY);
                (l10n.text(ui::IDENTITY_TITLE), format!("{body}\n\n{procedure}\n{other}\n{clear}\n\n{keys}"))
            }
        }
    }
}
