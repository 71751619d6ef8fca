//! Finding a node by what a person types: a symptom ("lost my phone", "sms
//! kommer ikke") or a pasted error message. Pure: built from the catalog and
//! the localizers. Short texts (titles, keywords, the options that lead to a
//! node) are ranked with a fuzzy matcher; body text, long and many, counts
//! only where it holds every typed word, which is far cheaper to test.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use crate::flow::{Catalog, NodeKind, NodeRef};
use crate::i18n::Localizer;

/// How much a match in each kind of text counts: short names people
/// recognise beat a word somewhere in a paragraph.
const TITLE_WEIGHT: u32 = 4;
const KEYWORDS_WEIGHT: u32 = 4;
const LEADING_LABEL_WEIGHT: u32 = 3;
const BODY_WEIGHT: u32 = 1;
/// Factor for a field that contains the whole query as typed, so a pasted
/// error message finds the node that quotes it.
const PHRASE_FACTOR: u32 = 3;
/// Matches scoring under the best one's score divided by this are dropped.
const WEAK_MATCH_DIVISOR: u32 = 6;
/// Further factor when a title or keyword is exactly the query.
const EXACT_FACTOR: u32 = 2;
/// Entries from which a search is shared between two cores: below it,
/// starting a thread costs more than it saves (10 000 nodes take about
/// 2.4 ms on one core, 1 000 about 0.16 ms).
const SPLIT_FROM: usize = 4_000;
/// Points per character of a typed word found in body text, about what the
/// fuzzy matcher gives a character matched in a row.
const WORD_POINTS: u32 = 16;

#[derive(Clone)]
struct Field {
    weight: u32,
    lower: String,
    /// The text for the fuzzy matcher; none for body text, which is only
    /// tested for the typed words.
    chars: Option<Utf32String>,
}

/// What a search looks for, prepared once per query.
struct Query<'a> {
    pattern: Pattern,
    /// The whole query, lower case: a field holding it is a phrase match.
    phrase: String,
    /// The typed words, lower case, for body text.
    words: Vec<&'a str>,
    /// One word and nothing else: body text that holds the word holds the
    /// phrase, and is not searched twice.
    one_word: bool,
    word_points: u32,
}

impl<'a> Query<'a> {
    fn new(query: &str, lower: &'a str) -> Self {
        let words: Vec<&str> = lower.split_whitespace().collect();
        let typed: usize = words.iter().map(|w| w.chars().count()).sum();
        Self {
            pattern: Pattern::new(query, CaseMatching::Ignore, Normalization::Smart, AtomKind::Fuzzy),
            phrase: lower.to_string(),
            word_points: u32::try_from(typed).unwrap_or(u32::MAX).saturating_mul(WORD_POINTS),
            one_word: words.len() == 1 && words.first() == Some(&lower),
            words,
        }
    }
}

impl Field {
    fn score(&self, query: &Query<'_>, matcher: &mut Matcher) -> Option<u32> {
        let phrase = query.phrase.as_str();
        let base = match &self.chars {
            Some(chars) => query.pattern.score(chars.slice(..), matcher)?,
            None => query.words.iter().all(|w| self.lower.contains(w)).then_some(query.word_points)?,
        };
        let body_holds_word = self.chars.is_none() && query.one_word;
        let factor = if self.lower == phrase && self.weight > BODY_WEIGHT {
            PHRASE_FACTOR * EXACT_FACTOR
        } else if body_holds_word || self.lower.contains(phrase) {
            PHRASE_FACTOR
        } else {
            1
        };
        Some(base.saturating_mul(self.weight).saturating_mul(factor))
    }
}

#[derive(Clone)]
struct Entry {
    node: NodeRef,
    /// Where a flow begins: preferred over its inner nodes on equal scores.
    is_start: bool,
    fields: Vec<Field>,
}

/// The keyword list as one field (a query may pick words from several), and
/// each keyword on its own, so one that equals the query stands out.
fn add_keywords(add: &mut impl FnMut(u32, Option<String>), keywords: Option<String>) {
    for keyword in keywords.iter().flat_map(|k| k.split(',')) {
        add(KEYWORDS_WEIGHT, Some(keyword.trim().to_string()));
    }
    add(KEYWORDS_WEIGHT, keywords);
}

/// One result: a node and how well it matched (higher is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub node: NodeRef,
    pub score: u32,
}

pub struct SearchIndex {
    entries: Vec<Entry>,
    /// The last query and the entries it matched. Typing on only narrows a
    /// query (every match of "code n" is a match of "code "), so the next
    /// keystroke need only look at those.
    last: RefCell<Option<(String, Vec<usize>)>>,
    /// Cores this process may use: a long search is split between two.
    cores: usize,
    /// Kept between searches, as each holds a scratch area of over 100 KiB;
    /// one for each half of a split search.
    matchers: [Mutex<Matcher>; 2],
}

impl SearchIndex {
    /// Indexes every node's title, keywords and text, and the labels of the
    /// options that lead to it, in each of `languages` (the person's own
    /// first, then English, so a pasted English error is still found). A
    /// language given twice (English for an English speaker) is indexed
    /// once: the same words again would only double the work.
    pub fn build(catalog: &Catalog, languages: &[&Localizer]) -> Self {
        let mut distinct: Vec<&Localizer> = Vec::new();
        for l10n in languages {
            if !distinct.iter().any(|seen| seen.language() == l10n.language()) {
                distinct.push(l10n);
            }
        }
        let mut leading_labels: HashMap<NodeRef, Vec<&str>> = HashMap::new();
        for at in catalog.nodes() {
            if let NodeKind::Question { options } = &catalog.node(at).kind {
                for option in options {
                    leading_labels.entry(option.next).or_default().push(&option.label);
                }
            }
        }
        let entries = catalog
            .nodes()
            .map(|at| {
                let node = catalog.node(at);
                let flow = catalog.flow_of(at);
                let is_start = catalog.start_of_flow_of(at) == at;
                let mut fields = Vec::new();
                for l10n in &distinct {
                    let mut add = |weight, text: Option<String>| {
                        if let Some(text) = text.filter(|t| !t.is_empty()) {
                            let chars = (weight != BODY_WEIGHT).then(|| Utf32String::from(text.as_str()));
                            fields.push(Field { weight, lower: text.to_lowercase(), chars });
                        }
                    };
                    add(TITLE_WEIGHT, l10n.attribute(&node.message, "title"));
                    add_keywords(&mut add, l10n.attribute(&node.message, "keywords"));
                    add(BODY_WEIGHT, Some(l10n.text(&node.message)));
                    if is_start {
                        add(TITLE_WEIGHT, Some(l10n.text(&flow.title)));
                        add_keywords(&mut add, l10n.attribute(&flow.title, "keywords"));
                    }
                    for label in leading_labels.get(&at).into_iter().flatten() {
                        add(LEADING_LABEL_WEIGHT, Some(l10n.text(label)));
                    }
                }
                Entry { node: at, is_start, fields }
            })
            .collect();
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let matchers = [(); 2].map(|()| Mutex::new(Matcher::new(Config::DEFAULT)));
        Self { entries, last: RefCell::new(None), cores, matchers }
    }

    /// The best `limit` nodes for `query`, best first; nothing for a blank
    /// query.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = query.trim();
        if query.is_empty() {
            return Vec::new();
        }
        let lower = query.to_lowercase();
        let prepared = Query::new(query, &lower);
        let pool: Vec<usize> = match self.last.borrow().as_ref() {
            Some((before, matched)) if lower.starts_with(before.as_str()) => matched.clone(),
            _ => (0..self.entries.len()).collect(),
        };
        let scored = if pool.len() >= SPLIT_FROM && self.cores > 1 {
            // A new query over large content looks at every node: on two
            // cores, each looks at half.
            let (entries, (first, second)) = (&self.entries, pool.split_at(pool.len() / 2));
            let [mine, theirs] = &self.matchers;
            std::thread::scope(|scope| {
                let other = scope.spawn(|| matches(entries, second, &prepared, theirs));
                let mut scored = matches(entries, first, &prepared, mine);
                scored.extend(other.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
                scored
            })
        } else {
            matches(&self.entries, &pool, &prepared, &self.matchers[0])
        };
        *self.last.borrow_mut() = Some((lower.clone(), scored.iter().map(|(i, _)| *i).collect()));
        let mut hits: Vec<(Hit, bool)> = scored
            .into_iter()
            .filter_map(|(i, score)| self.entries.get(i).map(|e| (Hit { node: e.node, score }, e.is_start)))
            .collect();
        // Ties: flow starts first, then catalog order (the sort is stable),
        // so results do not jump around as you type.
        hits.sort_by(|(a, a_start), (b, b_start)| b.score.cmp(&a.score).then(b_start.cmp(a_start)));
        // Far weaker matches are letters scattered through a paragraph, not
        // answers: leave them out.
        let floor = hits.first().map_or(0, |(best, _)| best.score / WEAK_MATCH_DIVISOR);
        let mut hits: Vec<Hit> =
            hits.into_iter().map(|(hit, _)| hit).filter(|hit| hit.score >= floor).collect();
        hits.truncate(limit);
        hits
    }
}

/// The entries of `pool` that match `query`, with their scores, in pool
/// order.
fn matches(
    entries: &[Entry],
    pool: &[usize],
    query: &Query<'_>,
    matcher: &Mutex<Matcher>,
) -> Vec<(usize, u32)> {
    // Poisoned only if a search panicked; the scratch area holds nothing.
    let mut matcher = matcher.lock().unwrap_or_else(PoisonError::into_inner);
    pool.iter()
        .filter_map(|&i| {
            let entry = entries.get(i)?;
            let score = entry.fields.iter().filter_map(|field| field.score(query, &mut matcher)).max()?;
            Some((i, score))
        })
        .collect()
}

/// A search index built the first time it is wanted: most sessions never
/// search, and building it formats every node's words in two languages.
pub struct LazyIndex {
    languages: Vec<Localizer>,
    index: OnceCell<SearchIndex>,
}

impl LazyIndex {
    /// Will index in `languages`, as [`SearchIndex::build`] does.
    pub fn new(languages: Vec<Localizer>) -> Self {
        Self { languages, index: OnceCell::new() }
    }

    /// The index of `catalog`'s nodes, built now if it was not yet.
    pub fn get(&self, catalog: &Catalog) -> &SearchIndex {
        self.index.get_or_init(|| SearchIndex::build(catalog, &self.languages.iter().collect::<Vec<_>>()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, Sources};

    /// Shared between two cores or not, a search over large content finds
    /// the same nodes with the same scores in the same order.
    #[test]
    fn a_search_split_between_cores_finds_what_one_core_finds() {
        let content = content::open(&Sources::default()).content.expect("the bundled content");
        let danish = content.localizer(&["da".parse().expect("a tag")]);
        let english = content.localizer(&["en".parse().expect("a tag")]);
        let mut index = SearchIndex::build(&content.catalog, &[&danish, &english]);
        let copies = SPLIT_FROM / index.entries.len() + 1;
        index.entries = std::iter::repeat_n(index.entries.clone(), copies).flatten().collect();
        for query in ["c", "kode", "sms kommer ikke", "You've hit our limit"] {
            let mut found = Vec::new();
            for cores in [1, 2] {
                index.cores = cores;
                index.last.take();
                found.push(index.search(query, usize::MAX));
            }
            assert!(!found[0].is_empty(), "{query}");
            assert_eq!(found[0], found[1], "{query}");
        }
    }
}
