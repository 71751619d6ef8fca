//! CLDR plural categories: which variants a plural selector needs in a
//! language.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// Every CLDR plural category, in CLDR order.
pub(crate) const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Whether a variant key names a plural category.
pub(crate) fn is_category(key: &str) -> bool {
    CATEGORIES.contains(&key)
}

/// The categories `lang` uses for counting, in CLDR order; `None` when CLDR
/// has no rules for it. The rules only say which category a number is in,
/// so enough numbers are tried to meet each category the language has.
pub(super) fn categories(lang: &LanguageIdentifier) -> Option<Vec<&'static str>> {
    let language_only = LanguageIdentifier::from_parts(lang.language, None, None, &[]);
    let rules = PluralRules::create(lang.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(language_only, PluralRuleType::CARDINAL))
        .ok()?;
    let integers = (0..=1000u64).chain([10_000, 100_000, 1_000_000]).map(|n| rules.select(n));
    let decimals = ["0.1", "0.5", "1.5", "2.5", "3.5", "5.5", "10.5", "100.5"].map(|n| rules.select(n));
    let mut found = [false; CATEGORIES.len()];
    for category in integers.chain(decimals).flatten() {
        let index = match category {
            PluralCategory::ZERO => 0,
            PluralCategory::ONE => 1,
            PluralCategory::TWO => 2,
            PluralCategory::FEW => 3,
            PluralCategory::MANY => 4,
            PluralCategory::OTHER => 5,
        };
        if let Some(found) = found.get_mut(index) {
            *found = true;
        }
    }
    Some(CATEGORIES.iter().zip(found).filter(|(_, found)| *found).map(|(name, _)| *name).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(tag: &str) -> Option<Vec<&'static str>> {
        categories(&tag.parse().unwrap())
    }

    #[test]
    fn languages_have_their_cldr_categories() {
        assert_eq!(of("en").unwrap(), ["one", "other"]);
        assert_eq!(of("da-DK").unwrap(), ["one", "other"]);
        assert_eq!(of("pl").unwrap(), ["one", "few", "many", "other"]);
        assert_eq!(of("ar").unwrap(), CATEGORIES);
        assert_eq!(of("ja").unwrap(), ["other"]);
        assert_eq!(of("xx"), None);
    }
}
