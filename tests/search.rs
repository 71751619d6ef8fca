//! Search ranking: what people type, and pasted error messages, find the
//! node that answers them first, in Danish and in English.

mod bundled;

use bundled::content;

use mfa_doctor::content::Content;
use mfa_doctor::search::SearchIndex;

/// The index a person with language `lang` searches (English is always
/// searched too).
fn index(content: &Content, lang: &str) -> SearchIndex {
    let own = content.localizer(&[lang.parse().unwrap()]);
    let english = content.localizer(&["en".parse().unwrap()]);
    SearchIndex::build(&content.catalog, &[&own, &english])
}

/// The path of the best match for `query`.
fn best(content: &Content, index: &SearchIndex, lang: &str, query: &str) -> String {
    let hits = index.search(query, 5);
    let shown: Vec<String> =
        hits.iter().map(|h| format!("{} ({})", content.catalog.path(h.node), h.score)).collect();
    eprintln!("{lang} {query:?}: {shown:?}");
    hits.first().map(|h| content.catalog.path(h.node)).unwrap_or_default()
}

const CASES: &[(&str, &str, &str)] = &[
    ("en", "You've hit our limit on verification calls", "code-not-arriving#limit-reached"),
    ("en", "You've hit our limit on text verification codes", "code-not-arriving#limit-reached"),
    ("en", "Sorry, we're having trouble verifying your account", "code-not-arriving#trouble-verifying"),
    ("da", "Du har nået vores grænse for bekræftelsesopkald", "code-not-arriving#limit-reached"),
    ("da", "Du har nået vores grænse for koder til tekstbekræftelse", "code-not-arriving#limit-reached"),
    (
        "da",
        "Vi beklager, men vi har problemer med at bekræfte din konto",
        "code-not-arriving#trouble-verifying",
    ),
    // A Danish agent pasting the English error still finds it.
    ("da", "Sorry, we're having trouble verifying your account", "code-not-arriving#trouble-verifying"),
    ("en", "lost my phone", "lost-phone#other"),
    ("da", "mistet telefon", "lost-phone#other"),
    ("en", "phone stolen", "lost-phone#other"),
    ("da", "sms kommer ikke", "code-not-arriving#what-happens"),
    ("en", "no code", "code-not-arriving#what-happens"),
    ("en", "abroad", "roaming#method"),
    ("da", "udlandet", "roaming#method"),
    ("en", "forgot my phone at home", "no-device#link"),
    ("en", "app password", "app-passwords#retype"),
    ("en", "new phone", "new-phone#method"),
    ("en", "new number", "new-number#can-sign-in"),
    ("en", "didn't sign in approve", "unexpected-approval#situation"),
    ("en", "turn off two-step", "cannot-disable#account"),
    ("en", "wrong code", "code-rejected#right-account"),
    ("da", "for mange forsøg", "locked-out-attempts#who"),
];

#[test]
fn each_query_ranks_its_node_first() {
    let content = content();
    let indexes = [("en", index(&content, "en")), ("da", index(&content, "da"))];
    let misses: Vec<String> = CASES
        .iter()
        .filter_map(|(lang, query, expected)| {
            let (_, index) = indexes.iter().find(|(l, _)| l == lang)?;
            let got = best(&content, index, lang, query);
            (got != *expected).then(|| format!("{lang} {query:?}: expected {expected}, got {got}"))
        })
        .collect();
    assert!(misses.is_empty(), "{misses:#?}");
}

#[test]
fn blank_queries_find_nothing_and_nonsense_finds_little() {
    let content = content();
    let english = content.localizer(&["en".parse().unwrap()]);
    let index = SearchIndex::build(&content.catalog, &[&english]);
    assert!(index.search("   ", 5).is_empty());
    assert!(index.search("zzqxj", 5).is_empty());
}

#[test]
fn typing_on_narrows_to_the_same_results_as_searching_afresh() {
    let content = content();
    let typed = index(&content, "da");
    for phrase in ["sms kommer ikke", "lost my phone", "You've hit our limit", "abroad", "new phone"] {
        let prefixes = phrase.char_indices().map(|(i, c)| &phrase[..i + c.len_utf8()]);
        // Typed forward, then one character taken back.
        let steps: Vec<&str> = prefixes.chain([&phrase[..phrase.len() - 1]]).collect();
        for query in steps {
            let fresh = index(&content, "da").search(query, 20);
            assert_eq!(typed.search(query, 20), fresh, "{query:?}");
        }
    }
}
