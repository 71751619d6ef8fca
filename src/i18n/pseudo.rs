//! Pseudo-locales, made from English at run time with no files on disk:
//! `en-XA` (accented and about 40 % longer) and `ar-XB` (mirrored, as
//! right-to-left text would read). Text the program did not take from a
//! locale stays plain English and stands out; text cut off by a too-narrow
//! layout loses its visible end.
//!
//! The transforms run on the text of each pattern only (fluent-bundle's
//! transform hook), so placeables — variables, organization values — stay
//! intact.

use std::borrow::Cow;

use unic_langid::LanguageIdentifier;

/// A pseudo-locale: which transform, under which tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pseudo {
    /// `en-XA`, the Android and Chromium tag for accented English.
    Accented,
    /// `ar-XB`, the Android and Chromium tag for mirrored English.
    Mirrored,
}

impl Pseudo {
    pub(crate) const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::Mirrored];

    pub(crate) fn tag(self) -> &'static str {
        match self {
            Pseudo::Accented => "en-XA",
            Pseudo::Mirrored => "ar-XB",
        }
    }

    /// The pseudo-locale `lang` names exactly, if any: a region of English
    /// must never pick one by accident.
    pub(crate) fn from_tag(lang: &LanguageIdentifier) -> Option<Self> {
        Self::ALL.into_iter().find(|p| lang.to_string().eq_ignore_ascii_case(p.tag()))
    }

    pub(crate) fn transform(self) -> fn(&str) -> Cow<'_, str> {
        match self {
            Pseudo::Accented => accented,
            Pseudo::Mirrored => mirrored,
        }
    }
}

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// Look-alikes one terminal cell wide, so widths stay comparable.
const ACCENTED: &str = "áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
/// Upside-down look-alikes, as fluent-pseudo's "flipped" strategy.
const FLIPPED: &str = "ɐqɔpǝɟƃɥıɾʞʅɯuodbɹsʇnʌʍxʎz∀ԐↃᗡƎℲ⅁HIſӼ⅂WNOԀÒᴚS⊥∩ɅMX⅄Z";

fn look_alike(c: char, table: &str) -> char {
    PLAIN.chars().position(|p| p == c).and_then(|i| table.chars().nth(i)).unwrap_or(c)
}

/// Every letter accented; vowels doubled, and every word of three letters
/// or more one letter longer: English grows by about 40 %, roughly what
/// German or Finnish need.
pub(crate) fn accented(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut word = 0;
    let mut last = None;
    let end_word = |out: &mut String, word: usize, last: Option<char>| {
        if let Some(last) = last.filter(|_| word >= 3) {
            out.push(look_alike(last, ACCENTED));
        }
    };
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            let accented = look_alike(c, ACCENTED);
            out.push(accented);
            if "aeiouAEIOU".contains(c) {
                out.push(accented);
            }
            word += 1;
            last = Some(c);
        } else {
            end_word(&mut out, word, last);
            word = 0;
            last = None;
            out.push(c);
        }
    }
    end_word(&mut out, word, last);
    Cow::Owned(out)
}

/// Every line reversed, letters upside down: text that reads from the
/// right, to show where a layout assumes left-to-right.
pub fn mirrored(text: &str) -> Cow<'_, str> {
    let lines: Vec<String> =
        text.split('\n').map(|line| line.chars().rev().map(|c| look_alike(c, FLIPPED)).collect()).collect();
    Cow::Owned(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_text_is_about_forty_percent_longer() {
        assert_eq!(accented("Hello, it works"), "Ĥééļļööö, îîţ ŵööŕķšš");
        let english =
            "Calls and texts need mobile signal, and app notifications need an internet connection.";
        let grown = accented(english).chars().count() as f64 / english.chars().count() as f64;
        assert!((1.3..1.5).contains(&grown), "{grown}");
    }

    #[test]
    fn mirrored_text_reads_from_the_right_line_by_line() {
        assert_eq!(mirrored("Yes, ok\n• Go"), "ʞo ,sǝ⅄\no⅁ •");
    }

    #[test]
    fn tables_map_every_letter_to_one_character() {
        assert_eq!(ACCENTED.chars().count(), PLAIN.len());
        assert_eq!(FLIPPED.chars().count(), PLAIN.len());
    }

    #[test]
    fn only_the_exact_tags_are_pseudo() {
        assert_eq!(Pseudo::from_tag(&"en-XA".parse().unwrap()), Some(Pseudo::Accented));
        assert_eq!(Pseudo::from_tag(&"ar-XB".parse().unwrap()), Some(Pseudo::Mirrored));
        assert_eq!(Pseudo::from_tag(&"en".parse().unwrap()), None);
        assert_eq!(Pseudo::from_tag(&"en-US".parse().unwrap()), None);
    }
}
