//! How search reads a language: words split on anything that is not a
//! letter or a digit, lower-cased, common words dropped, and each reduced to
//! its stem (Snowball), so "rejected", "rejecting" and "rejects" meet. Each
//! locale chooses its stemmer and stop words in `locales/TAG/search.ftl`.

use std::collections::HashSet;

use rust_stemmers::{Algorithm, Stemmer};

use crate::i18n::Localizer;
use crate::messages::search;

/// Digits in a row from which a word is a code (AADSTS50076, 53003): codes
/// are matched as they are, never stemmed or guessed at.
const CODE_DIGITS: usize = 5;

pub(crate) struct Analyzer {
    stemmer: Option<Stemmer>,
    stop_words: HashSet<String>,
}

impl Analyzer {
    /// The analyzer `l10n`'s first language asks for; a language that names
    /// no stemmer or stop words is read word for word.
    pub(crate) fn for_language(l10n: &Localizer) -> Self {
        let stemmer =
            l10n.own_text(search::STEMMER).and_then(|name| algorithm(name.trim())).map(Stemmer::create);
        let stop_words = l10n
            .own_text(search::STOP_WORDS)
            .map(|list| words(&list).map(str::to_string).collect())
            .unwrap_or_default();
        Self { stemmer, stop_words }
    }

    /// The terms of `text`, in order: stems of the words that carry meaning,
    /// and codes whole (and an AADSTS code's number on its own too, since
    /// people type either).
    pub(crate) fn terms(&self, text: &str) -> Vec<String> {
        let lower = text.to_lowercase();
        let mut terms = Vec::new();
        for word in words(&lower) {
            if is_code(word) {
                terms.push(word.to_string());
                if let Some(number) = word.strip_prefix("aadsts") {
                    terms.push(number.to_string());
                }
                continue;
            }
            if self.stop_words.contains(word) || word.chars().count() < 2 {
                continue;
            }
            terms.push(self.stem(word));
        }
        terms
    }

    fn stem(&self, word: &str) -> String {
        match &self.stemmer {
            Some(stemmer) => stemmer.stem(word).into_owned(),
            None => word.to_string(),
        }
    }
}

/// Words of `text`: runs of letters and digits.
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// A word with enough digits to be an error code or a number to match as
/// it is.
pub(crate) fn is_code(word: &str) -> bool {
    word.chars().filter(char::is_ascii_digit).count() >= CODE_DIGITS
}

/// The Snowball algorithm a locale names, by its usual name.
fn algorithm(name: &str) -> Option<Algorithm> {
    Some(match name {
        "arabic" => Algorithm::Arabic,
        "danish" => Algorithm::Danish,
        "dutch" => Algorithm::Dutch,
        "english" => Algorithm::English,
        "finnish" => Algorithm::Finnish,
        "french" => Algorithm::French,
        "german" => Algorithm::German,
        "greek" => Algorithm::Greek,
        "hungarian" => Algorithm::Hungarian,
        "italian" => Algorithm::Italian,
        "norwegian" => Algorithm::Norwegian,
        "portuguese" => Algorithm::Portuguese,
        "romanian" => Algorithm::Romanian,
        "russian" => Algorithm::Russian,
        "spanish" => Algorithm::Spanish,
        "swedish" => Algorithm::Swedish,
        "tamil" => Algorithm::Tamil,
        "turkish" => Algorithm::Turkish,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyzer(stemmer: &str, stop: &[&str]) -> Analyzer {
        Analyzer {
            stemmer: algorithm(stemmer).map(Stemmer::create),
            stop_words: stop.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn forms_of_a_word_meet_and_common_words_do_not_count() {
        let en = analyzer("english", &["my", "is", "the"]);
        assert_eq!(
            en.terms("Outlook keeps REJECTING my password"),
            en.terms("outlook keep rejected password")
        );
        assert_eq!(en.terms("the code is wrong"), ["code", "wrong"]);
        let da = analyzer("danish", &["min", "er", "ikke"]);
        assert_eq!(da.terms("koden er ikke godtaget"), da.terms("kode godtages"));
    }

    #[test]
    fn codes_are_kept_whole_and_an_aadsts_code_also_as_its_number() {
        let en = analyzer("english", &[]);
        assert_eq!(en.terms("Error AADSTS50076: due to"), ["error", "aadsts50076", "50076", "due", "to"]);
        assert_eq!(en.terms("code 53003"), ["code", "53003"]);
    }

    #[test]
    fn an_unknown_stemmer_reads_words_as_they_are() {
        let none = analyzer("klingon", &[]);
        assert_eq!(none.terms("Rejected codes"), ["rejected", "codes"]);
    }
}
