//! What a person types at a screen in line mode, or lists in a walk: the
//! number of an answer, a word such as "yes" at a check, or a one-letter shortcut.

use crate::engine::{ChoiceLabel, Session};
use crate::i18n::Localizer;
use crate::messages::plain;

/// Line mode's one-letter shortcuts: the same letters as the full-screen
/// view's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shortcut {
    Back,
    Restart,
    Help,
    /// Print the case summary as it stands.
    Summary,
    Quit,
}

const SHORTCUTS: &[(&str, Shortcut)] = &[
    ("b", Shortcut::Back),
    ("r", Shortcut::Restart),
    ("?", Shortcut::Help),
    ("t", Shortcut::Summary),
    ("q", Shortcut::Quit),
];

/// The answers of a check that words can name. The fixed words are the same
/// in every language, so scripts work whatever the language; each locale
/// adds its own (yes/no, ja/nej) in the message named beside them.
const STEP_WORDS: &[(ChoiceLabel<'static>, &str, &str)] = &[
    (ChoiceLabel::Solved, "solved", plain::WORDS_SOLVED),
    (ChoiceLabel::Unsolved, "unsolved", plain::WORDS_UNSOLVED),
];

/// Starts a search, as `/` does in the full-screen view: `/lost my phone`.
const SEARCH: char = '/';

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Typed {
    /// An option of the screen, 0-based.
    Answer(usize),
    Shortcut(Shortcut),
    /// What to search for.
    Search(String),
    /// An empty line.
    Nothing,
    Unknown,
}

/// Every word that answers a check, in lower case, in one language.
pub(crate) struct StepWords {
    words: Vec<(String, ChoiceLabel<'static>)>,
}

impl StepWords {
    pub(super) fn new(l10n: &Localizer) -> Self {
        let mut words = Vec::new();
        for (label, fixed, id) in STEP_WORDS {
            words.push((fixed.to_string(), *label));
            let localized = l10n.text(id);
            words.extend(
                localized
                    .split(',')
                    .map(str::trim)
                    .filter(|w| !w.is_empty())
                    .map(|w| (w.to_lowercase(), *label)),
            );
        }
        Self { words }
    }

    /// Which of the `options` answers the screen of `session` offers
    /// `token` names: its number, or at a check a word for one of them.
    pub(super) fn answer(&self, token: &str, session: &Session, options: usize) -> Option<usize> {
        let token = token.trim();
        if let Ok(number) = token.parse::<usize>() {
            return (1..=options).contains(&number).then(|| number - 1);
        }
        let token = token.to_lowercase();
        let label = self.words.iter().find(|(word, _)| *word == token).map(|(_, label)| *label)?;
        session.choices().iter().position(|choice| *choice == label)
    }

    /// A line typed in line mode.
    pub(super) fn parse(&self, line: &str, session: &Session, options: usize) -> Typed {
        let line = line.trim();
        if line.is_empty() {
            return Typed::Nothing;
        }
        if let Some((_, shortcut)) = SHORTCUTS.iter().find(|(key, _)| line.eq_ignore_ascii_case(key)) {
            return Typed::Shortcut(*shortcut);
        }
        if let Some(query) = line.strip_prefix(SEARCH) {
            return Typed::Search(query.trim().to_string());
        }
        self.answer(line, session, options).map_or(Typed::Unknown, Typed::Answer)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::content::{self, Sources};
    use crate::facts::{Date, Facts};
    use crate::flow::NodeKind;
    use crate::screen::Asked;

    /// A session at triage and one at a check, with how many answers each
    /// screen offers.
    fn at_question_and_step(lang: &str) -> (StepWords, [(Session, usize); 2]) {
        let content = content::load(&Sources::default()).content.expect("bundled content is valid");
        let l10n = content.localizer(&[lang.parse().unwrap()]);
        let triage = Session::new(Arc::new(content.catalog), Facts::on(Date::parse("2026-12-01").unwrap()));
        let mut step = triage.clone();
        let catalog = triage.catalog();
        let first_step = catalog.nodes().find(|&at| matches!(catalog.node(at).kind, NodeKind::Step { .. }));
        step.jump(first_step.expect("the bundled flows have steps"));
        let screens = [triage, step].map(|s| {
            let offered = Asked::build(&s, &l10n).offers.len();
            (s, offered)
        });
        (StepWords::new(&l10n), screens)
    }

    #[test]
    fn a_slash_searches_for_the_rest_of_the_line() {
        let (words, [(session, screen), _]) = at_question_and_step("en");
        assert_eq!(words.parse(" /lost my phone ", &session, screen), Typed::Search("lost my phone".into()));
        assert_eq!(words.parse("/", &session, screen), Typed::Search(String::new()));
    }

    #[test]
    fn numbers_are_1_based_and_bounded_by_the_screen() {
        let (words, [(session, screen), _]) = at_question_and_step("en");
        assert_eq!(words.answer(" 9 ", &session, screen), Some(8));
        assert_eq!(words.answer("0", &session, screen), None);
        assert_eq!(words.answer("10", &session, screen), None);
    }

    #[test]
    fn words_answer_only_checks_in_any_case() {
        let (words, [(question, question_screen), (step, step_screen)]) = at_question_and_step("da");
        assert_eq!(step_screen, 2, "a check: solved or not");
        for (word, index) in [("NEJ", 1), ("ja", 0), ("solved", 0), ("Unsolved", 1)] {
            assert_eq!(words.answer(word, &step, step_screen), Some(index), "{word}");
        }
        assert_eq!(words.answer("yes", &step, step_screen), None, "English words in Danish");
        assert_eq!(words.answer("solved", &question, question_screen), None);
    }

    #[test]
    fn shortcuts_are_the_full_screen_keys() {
        let (words, [(session, screen), _]) = at_question_and_step("en");
        assert_eq!(words.parse("Q\n", &session, screen), Typed::Shortcut(Shortcut::Quit));
        assert_eq!(words.parse("b", &session, screen), Typed::Shortcut(Shortcut::Back));
        assert_eq!(words.parse("  \n", &session, screen), Typed::Nothing);
        assert_eq!(words.parse("quit", &session, screen), Typed::Unknown);
    }
}
