//! Search ranking, measured: what people type in their own words, pasted
//! error messages and error codes, in English and Danish
//! (`tests/fixtures/search/queries.tsv`), must land on the right topic, and
//! nonsense on nothing. The accuracy is printed (`cargo test --test search
//! -- --nocapture`) and must stay at or above the bars below.

mod bundled;

use bundled::content;

use mfa_doctor::content::Content;
use mfa_doctor::search::{SearchIndex, Verdict};

/// The bars the issue set: the best hit is the right topic this often, and
/// the right topic is among the first three topics this often.
const TOP_1: f64 = 0.90;
const TOP_3: f64 = 0.98;

const QUERIES: &str = include_str!("fixtures/search/queries.tsv");

/// The index a person with language `lang` searches (English is always
/// searched too).
fn index(content: &Content, lang: &str) -> SearchIndex {
    let own = content.localizer(&[lang.parse().unwrap()]);
    let english = content.localizer(&["en".parse().unwrap()]);
    SearchIndex::build(&content.catalog, &[&own, &english])
}

struct Query<'a> {
    lang: &'a str,
    text: &'a str,
    /// `flow` (any of its screens) or `flow#node`.
    expected: &'a str,
}

fn queries() -> Vec<Query<'static>> {
    QUERIES
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let mut columns = line.split('\t');
            let (Some(lang), Some(text), Some(expected)) = (columns.next(), columns.next(), columns.next())
            else {
                panic!("a query line has three columns: {line:?}");
            };
            Query { lang, text, expected }
        })
        .collect()
}

/// Whether a hit at `path` (`flow#node`) is the answer `expected` asks for.
fn answers(path: &str, expected: &str) -> bool {
    if expected.contains('#') { path == expected } else { path.split('#').next() == Some(expected) }
}

/// The first three topics (the best node of each flow) for a query.
fn top_topics(content: &Content, index: &SearchIndex, text: &str) -> Vec<String> {
    index.topics(text, 3).iter().map(|hit| content.catalog.path(hit.node)).collect()
}

#[test]
fn everyday_phrasings_pasted_messages_and_codes_find_their_topic() {
    let content = content();
    let indexes = [("en", index(&content, "en")), ("da", index(&content, "da"))];
    let mut misses = Vec::new();
    let mut report = Vec::new();
    let mut all = (0, 0, 0);
    for (lang, index) in &indexes {
        let (mut top1, mut top3, mut total) = (0, 0, 0);
        for query in queries().iter().filter(|q| q.lang == *lang) {
            total += 1;
            let topics = top_topics(&content, index, query.text);
            let first = topics.first().is_some_and(|t| answers(t, query.expected));
            let within = topics.iter().any(|t| answers(t, query.expected));
            top1 += usize::from(first);
            top3 += usize::from(within);
            if !first {
                misses.push(format!(
                    "{lang} {:?}: expected {}, got {topics:?}{}",
                    query.text,
                    query.expected,
                    if within { " (in the top 3)" } else { "" }
                ));
            }
        }
        let share = |n: usize| n as f64 / total.max(1) as f64 * 100.0;
        report.push(format!("{lang}: top-1 {:.1} %, top-3 {:.1} % of {total}", share(top1), share(top3)));
        all = (all.0 + top1, all.1 + top3, all.2 + total);
    }
    let (top1, top3, total) = all;
    let (top1, top3) = (top1 as f64 / total as f64, top3 as f64 / total as f64);
    eprintln!("{}\nmisses:\n{}", report.join("\n"), misses.join("\n"));
    assert!(total >= 80, "the data set has {total} queries; at least 80");
    assert!(top1 >= TOP_1 && top3 >= TOP_3, "{}\n{}", report.join("\n"), misses.join("\n"));
}

#[test]
fn each_language_has_half_the_queries() {
    let queries = queries();
    let english = queries.iter().filter(|q| q.lang == "en").count();
    let danish = queries.iter().filter(|q| q.lang == "da").count();
    assert!(english >= 40 && danish >= 40, "en {english}, da {danish}");
}

#[test]
fn a_quoted_message_or_a_code_is_found_outright_not_offered_as_a_choice() {
    let content = content();
    let index = index(&content, "da");
    for text in [
        "Du har nået vores grænse for koder til tekstbekræftelse",
        "Sorry, we're having trouble verifying your account",
        "AADSTS53003",
    ] {
        match index.verdict(text) {
            Verdict::Found(hit) => assert!(hit.quoted, "{text:?} found, but not as a quote"),
            other => panic!("{text:?}: {other:?}"),
        }
    }
}

#[test]
fn blank_queries_and_nonsense_find_nothing() {
    let content = content();
    let index = index(&content, "en");
    for text in ["   ", "zzqxj", "asdfgh", "qwerty uiop"] {
        assert_eq!(index.verdict(text), Verdict::Nothing, "{text:?}");
        assert!(index.search(text, 5).is_empty(), "{text:?}");
    }
}

#[test]
fn a_word_still_being_typed_finds_what_it_starts() {
    let content = content();
    let index = index(&content, "en");
    let best = |text: &str| index.search(text, 1).first().map(|h| content.catalog.path(h.node));
    assert!(best("passk").is_some_and(|p| p.starts_with("passkeys#")), "{:?}", best("passk"));
    // A misspelt word finds the word it was meant to be.
    assert!(
        best("pasword reset").is_some_and(|p| p.starts_with("forgot-password#")),
        "{:?}",
        best("pasword reset")
    );
}

/// Every error message triage quotes (an option marked `error_message`),
/// pasted as the screen shows it in English and in Danish, is found
/// outright at the screen that option leads to, and recorded as the error
/// seen.
#[test]
fn every_catalogued_error_message_finds_its_screen_in_english_and_danish() {
    use mfa_doctor::flow::NodeKind;
    let content = content();
    let catalog = &content.catalog;
    let mut checked = 0;
    let mut problems = Vec::new();
    for lang in ["en", "da"] {
        let index = index(&content, lang);
        let l10n = content.localizer(&[lang.parse().unwrap()]);
        for at in catalog.nodes() {
            let NodeKind::Question { options } = &catalog.node(at).kind else { continue };
            for option in options.iter().filter(|o| o.error_message) {
                let pasted = l10n.text(&option.label);
                checked += 1;
                match index.verdict(&pasted) {
                    Verdict::Found(hit) if hit.node == option.next && hit.error_label.is_some() => {}
                    other => problems.push(format!(
                        "{lang} {pasted:?}: expected {}, got {other:?}",
                        catalog.path(option.next)
                    )),
                }
            }
        }
    }
    assert!(checked >= 20, "only {checked} catalogued messages");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
