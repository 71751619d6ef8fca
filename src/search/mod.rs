//! Finding a node by what a person types: a symptom in their own words ("I'm
//! on holiday in Spain and can't sign in", "koden bliver ikke godtaget"), a
//! pasted error message or an error code. Pure: built from the catalog and
//! the localizers.
//!
//! Words are ranked by relevance (BM25, over each node's title, keywords, the
//! answers that lead to it and its text, weighted in that order), after
//! stemming and dropping each language's common words (`analyzer`), so
//! any of the typed words count, not all of them. A word found nowhere is
//! looked for as the start of a word (still being typed) or as a typo. A
//! pasted error message, or an error code, that the content quotes wins
//! outright over words that only describe a symptom.

mod analyzer;

use std::collections::HashMap;

pub(crate) use analyzer::Analyzer;
use analyzer::{is_code, words};

use crate::flow::{Catalog, NodeKind, NodeRef, TRIAGE};
use crate::i18n::Localizer;

/// How much a word counts in each kind of text: short names people
/// recognise beat a word somewhere in a paragraph.
const TITLE_WEIGHT: f32 = 4.0;
const KEYWORDS_WEIGHT: f32 = 4.0;
const LEADING_LABEL_WEIGHT: f32 = 3.0;
const BODY_WEIGHT: f32 = 1.0;
/// BM25's usual constants: how soon repeating a word stops counting more,
/// and how much a long text is discounted.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// What a word counts for when only the start of it was typed, or only
/// something close to it.
const PREFIX_FACTOR: f32 = 0.7;
const TYPO_FACTOR: f32 = 0.5;
/// Words a prefix may stand for, at most: one letter would match them all.
const MAX_PREFIX_TERMS: usize = 40;
/// Quoting an error message, or naming a code, the content knows: far above
/// anything words alone can score.
const QUOTE_SCORE: f32 = 1_000.0;
const CODE_SCORE: f32 = 500.0;
/// Under this, a match is a coincidence, not an answer.
const FLOOR: f32 = 1.0;
/// A fix or a helpdesk screen answers a symptom less well than the checks
/// before it: a person searching should land where the help starts.
const END_FACTOR: f32 = 0.5;
/// Matches scoring under the best one's score divided by this are dropped.
const WEAK_MATCH_DIVISOR: f32 = 5.0;
/// A second topic this close to the best is a real alternative: the person
/// chooses between them rather than the program guessing.
const CLOSE: f32 = 0.8;
/// Alternatives offered when two topics are close.
pub(crate) const CHOICES: usize = 3;
/// Words a keyword must have to be matched as a quoted message (an error
/// message the content quotes): a shorter one is an everyday phrase
/// ("can't sign in"), which counts for more than its words apart, but does
/// not decide alone. An option that quotes an error message is a quote
/// however short.
const QUOTE_MIN_WORDS: usize = 5;
/// Words of a phrase worth matching whole.
const PHRASE_MIN_WORDS: usize = 2;
/// What a keyword phrase the query holds whole adds.
const PHRASE_SCORE: f32 = 4.0;
/// Share of a quote's words a pasted text must hold (in any order) to count
/// as the same message with a word or two changed.
const QUOTE_OVERLAP: f32 = 0.85;

/// One result: a node and how well it matched (higher is better).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub node: NodeRef,
    pub score: f32,
    /// A quoted error message or a code matched: the text says which node.
    pub quoted: bool,
    /// The message id of the option that quotes the error message the text
    /// holds, exactly as the sign-in screen shows it: the error the person
    /// saw, for the ticket.
    pub error_label: Option<String>,
}

/// What a search concludes.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// One node answers it.
    Found(Hit),
    /// Two or more topics are about as likely: let the person choose (the
    /// best node of each, best first, at most `CHOICES`).
    Choose(Vec<Hit>),
    Nothing,
}

struct Entry {
    node: NodeRef,
    /// Where a flow begins: preferred over its inner nodes on equal scores.
    is_start: bool,
    /// A fix or an escalation.
    is_end: bool,
}

/// One language's words, indexed.
struct LanguageIndex {
    analyzer: Analyzer,
    /// Term → the entries holding it, with its weighted count there.
    postings: HashMap<String, Vec<(usize, f32)>>,
    /// Weighted number of terms of each entry.
    lengths: Vec<f32>,
    /// Codes each entry names: one that names many is a list of them, and
    /// a code typed counts for less there than where it is the topic.
    codes: Vec<usize>,
    average_length: f32,
    /// Every term, sorted: for words typed in part or misspelt.
    vocabulary: Vec<String>,
    /// Error messages the content quotes, with the entry each leads to.
    quotes: Vec<Quote>,
    /// Word → the quotes holding it: a query looks only at quotes that
    /// share a word with it.
    quotes_by_word: HashMap<String, Vec<usize>>,
    /// Keyword phrases of a few words.
    phrases: Vec<Phrase>,
    /// First word → the phrases starting with it.
    phrases_by_first: HashMap<String, Vec<usize>>,
}

/// An error message the content quotes.
struct Quote {
    entry: usize,
    /// Its words in lower case.
    words: Vec<String>,
    /// The same, joined and padded with spaces, to look for in a text.
    text: String,
    /// The option label that quotes it, where an option does.
    label: Option<String>,
}

/// A keyword phrase of a few words, padded with spaces as [`Quote::text`].
struct Phrase {
    entry: usize,
    text: String,
}

/// Words joined as quotes and phrases are looked for: ` a b c `.
fn padded(words: &[String]) -> String {
    format!(" {} ", words.join(" "))
}

/// How one entry matched in one language.
#[derive(Default)]
struct Scored {
    score: f32,
    quoted: bool,
    error_label: Option<String>,
}

pub struct SearchIndex {
    entries: Vec<Entry>,
    languages: Vec<LanguageIndex>,
}

impl SearchIndex {
    /// Indexes every node's title, keywords and text, and the labels of the
    /// options that lead to it, in each of `languages` (the person's own
    /// first, then English, so a pasted English error is still found). A
    /// language given twice (English for an English speaker) is indexed
    /// once.
    pub fn build(catalog: &Catalog, languages: &[&Localizer]) -> Self {
        let mut distinct: Vec<&Localizer> = Vec::new();
        for l10n in languages {
            if !distinct.iter().any(|seen| seen.language() == l10n.language()) {
                distinct.push(l10n);
            }
        }
        let mut leading: HashMap<NodeRef, Vec<(&str, bool)>> = HashMap::new();
        for at in catalog.nodes() {
            if let NodeKind::Question { options } = &catalog.node(at).kind {
                for option in options {
                    leading.entry(option.next).or_default().push((&option.label, option.error_message));
                }
            }
        }
        // A branch is never shown, so never a result; triage's menus are
        // what a person sees without searching, never an answer.
        let answers: Vec<NodeRef> = catalog
            .nodes()
            .filter(|&at| !matches!(catalog.node(at).kind, NodeKind::Branch { .. }))
            .filter(|&at| catalog.flow_of(at).id != TRIAGE)
            .collect();
        let entries = answers
            .iter()
            .map(|&at| Entry {
                node: at,
                is_start: begins_its_flow(catalog, at),
                is_end: catalog.node(at).is_terminal(),
            })
            .collect::<Vec<_>>();
        let languages =
            distinct.iter().map(|l10n| LanguageIndex::build(catalog, &entries, &leading, l10n)).collect();
        Self { entries, languages }
    }

    /// The best `limit` nodes for `query`, best first; nothing for a blank
    /// query or one that matches only by coincidence.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = query.trim_start();
        if query.trim().is_empty() {
            return Vec::new();
        }
        // Still typing the last word, unless a space follows it.
        let typing = !query.ends_with(char::is_whitespace);
        let mut best: HashMap<usize, Scored> = HashMap::new();
        for language in &self.languages {
            for (entry, mut scored) in language.score(query, typing) {
                if self.entries.get(entry).is_some_and(|e| e.is_end) && !scored.quoted {
                    scored.score *= END_FACTOR;
                }
                let slot = best.entry(entry).or_default();
                if scored.score > slot.score {
                    scored.quoted |= slot.quoted;
                    scored.error_label = scored.error_label.or(slot.error_label.take());
                    *slot = scored;
                }
            }
        }
        let mut hits: Vec<(Hit, bool)> = best
            .into_iter()
            .filter(|(_, scored)| scored.score >= FLOOR)
            .filter_map(|(i, Scored { score, quoted, error_label })| {
                let entry = self.entries.get(i)?;
                Some((Hit { node: entry.node, score, quoted, error_label }, entry.is_start))
            })
            .collect();
        // Ties: flow starts first, then catalog order, so results do not
        // jump around as you type.
        hits.sort_by(|(a, a_start), (b, b_start)| {
            b.score.total_cmp(&a.score).then(b_start.cmp(a_start)).then(a.node.cmp(&b.node))
        });
        let floor = hits.first().map_or(0.0, |(best, _)| best.score / WEAK_MATCH_DIVISOR);
        let mut hits: Vec<Hit> =
            hits.into_iter().map(|(hit, _)| hit).filter(|hit| hit.score >= floor).collect();
        hits.truncate(limit);
        hits
    }

    /// The best node of each topic (flow), best first, at most `limit`:
    /// a list to choose from shows each topic once.
    pub fn topics(&self, query: &str, limit: usize) -> Vec<Hit> {
        let mut topics: Vec<Hit> = Vec::new();
        for hit in self.search(query, usize::MAX) {
            if topics.len() == limit {
                break;
            }
            if !topics.iter().any(|t| t.node.flow_index() == hit.node.flow_index()) {
                topics.push(hit);
            }
        }
        topics
    }

    /// Whether `query` names one node, a few close topics, or nothing.
    pub fn verdict(&self, query: &str) -> Verdict {
        let topics = self.topics(query, CHOICES);
        let Some(best) = topics.first().cloned() else { return Verdict::Nothing };
        if best.quoted {
            return Verdict::Found(best);
        }
        let close: Vec<Hit> = topics.into_iter().filter(|hit| hit.score >= best.score * CLOSE).collect();
        if close.len() > 1 { Verdict::Choose(close) } else { Verdict::Found(best) }
    }
}

impl LanguageIndex {
    fn build(
        catalog: &Catalog,
        entries: &[Entry],
        leading: &HashMap<NodeRef, Vec<(&str, bool)>>,
        l10n: &Localizer,
    ) -> Self {
        let analyzer = Analyzer::for_language(l10n);
        let mut postings: HashMap<String, Vec<(usize, f32)>> = HashMap::new();
        let mut lengths = Vec::with_capacity(entries.len());
        let mut codes = Vec::with_capacity(entries.len());
        let mut quotes = Vec::new();
        let mut phrases = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let node = catalog.node(entry.node);
            let mut counts: HashMap<String, f32> = HashMap::new();
            let mut length = 0.0;
            let mut add = |weight: f32, text: &str| {
                for term in analyzer.terms(text) {
                    *counts.entry(term).or_default() += weight;
                    length += weight;
                }
            };
            let keywords = |id: &str| l10n.attribute(id, "keywords").unwrap_or_default();
            add(TITLE_WEIGHT, &l10n.attribute(&node.message, "title").unwrap_or_default());
            let own_keywords = keywords(&node.message);
            add(KEYWORDS_WEIGHT, &own_keywords);
            add(BODY_WEIGHT, &l10n.text(&node.message));
            let mut keyword_list = own_keywords.clone();
            let mut quoted: Vec<(Vec<String>, Option<String>)> = Vec::new();
            if entry.is_start {
                let flow = catalog.flow_of(entry.node);
                add(TITLE_WEIGHT, &l10n.text(&flow.title));
                let flow_keywords = keywords(&flow.title);
                add(KEYWORDS_WEIGHT, &flow_keywords);
                keyword_list = format!("{keyword_list},{flow_keywords}");
            }
            for keyword in keyword_list.split(',').map(lower_words) {
                match keyword.len() {
                    n if n >= QUOTE_MIN_WORDS => quoted.push((keyword, None)),
                    n if n >= PHRASE_MIN_WORDS => phrases.push(Phrase { entry: i, text: padded(&keyword) }),
                    _ => {}
                }
            }
            for (label, error_message) in leading.get(&entry.node).into_iter().flatten() {
                let text = l10n.text(label);
                add(LEADING_LABEL_WEIGHT, &text);
                if *error_message {
                    quoted.push((lower_words(&text), Some(label.to_string())));
                }
            }
            lengths.push(length);
            codes.push(counts.keys().filter(|t| is_code(t)).count());
            for (term, count) in counts {
                postings.entry(term).or_default().push((i, count));
            }
            quotes.extend(
                quoted
                    .into_iter()
                    // An option quoting a message is one however short (a code).
                    .filter(|(words, label)| label.is_some() || words.len() >= PHRASE_MIN_WORDS)
                    .map(|(words, label)| Quote { entry: i, text: padded(&words), words, label }),
            );
        }
        let average_length = (lengths.iter().sum::<f32>() / lengths.len().max(1) as f32).max(1.0);
        let mut vocabulary: Vec<String> = postings.keys().cloned().collect();
        vocabulary.sort();
        let mut quotes_by_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (q, quote) in quotes.iter().enumerate() {
            for word in &quote.words {
                let list = quotes_by_word.entry(word.clone()).or_default();
                if list.last() != Some(&q) {
                    list.push(q);
                }
            }
        }
        let mut phrases_by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (p, phrase) in phrases.iter().enumerate() {
            if let Some(first) = phrase.text.split_whitespace().next() {
                phrases_by_first.entry(first.to_string()).or_default().push(p);
            }
        }
        Self {
            analyzer,
            postings,
            lengths,
            codes,
            average_length,
            vocabulary,
            quotes,
            quotes_by_word,
            phrases,
            phrases_by_first,
        }
    }

    /// Every entry that matches, and how.
    fn score(&self, query: &str, typing: bool) -> Vec<(usize, Scored)> {
        let terms = self.analyzer.terms(query);
        let mut scores: HashMap<usize, Scored> = HashMap::new();
        let last = terms.len().saturating_sub(1);
        // One slot per entry, and the entries touched: a term's best match
        // in each entry, without hashing every posting.
        let mut best_for_term = vec![0.0_f32; self.lengths.len()];
        let mut touched: Vec<usize> = Vec::new();
        for (position, term) in terms.iter().enumerate() {
            for (candidate, factor) in self.candidates(term, typing && position == last) {
                let Some(list) = self.postings.get(candidate) else { continue };
                let idf = self.idf(list.len());
                for &(entry, count) in list {
                    let length = self.lengths.get(entry).copied().unwrap_or(self.average_length);
                    let norm = 1.0 - B + B * length / self.average_length;
                    let weight = idf * count * (K1 + 1.0) / (count + K1 * norm) * factor;
                    if let Some(slot) = best_for_term.get_mut(entry) {
                        if *slot == 0.0 {
                            touched.push(entry);
                        }
                        *slot = slot.max(weight);
                    }
                }
            }
            let code = is_code(term) && self.postings.contains_key(term);
            for entry in touched.drain(..) {
                let weight = best_for_term.get_mut(entry).map(std::mem::take).unwrap_or_default();
                let slot = scores.entry(entry).or_default();
                let named = self.codes.get(entry).copied().unwrap_or(1).max(1) as f32;
                slot.score += weight + if code { CODE_SCORE / named } else { 0.0 };
                slot.quoted |= code;
            }
        }
        for (quote, coverage) in self.quotes_in(query) {
            let slot = scores.entry(quote.entry).or_default();
            slot.score += QUOTE_SCORE * coverage;
            slot.quoted = true;
            if slot.error_label.is_none() && coverage >= 1.0 {
                slot.error_label = quote.label.clone();
            }
        }
        let words = lower_words(query);
        let typed = padded(&words);
        let mut phrased: Vec<usize> = Vec::new();
        let starting = words.iter().filter_map(|w| self.phrases_by_first.get(w)).flatten();
        for phrase in starting.filter_map(|&p| self.phrases.get(p)) {
            if !phrased.contains(&phrase.entry) && typed.contains(&phrase.text) {
                phrased.push(phrase.entry);
                scores.entry(phrase.entry).or_default().score += PHRASE_SCORE;
            }
        }
        scores.into_iter().collect()
    }

    /// Terms a typed term may stand for, with how much each counts: itself
    /// when known; else, for the word being typed, words it starts; else
    /// words one or two letters away.
    fn candidates<'a>(&'a self, term: &'a str, typing: bool) -> Vec<(&'a str, f32)> {
        if self.postings.contains_key(term) {
            return vec![(term, 1.0)];
        }
        if is_code(term) {
            return Vec::new();
        }
        if typing {
            let from = self.vocabulary.partition_point(|t| t.as_str() < term);
            let started: Vec<(&str, f32)> = self
                .vocabulary
                .get(from..)
                .unwrap_or_default()
                .iter()
                .take_while(|t| t.starts_with(term))
                .take(MAX_PREFIX_TERMS)
                .map(|t| (t.as_str(), PREFIX_FACTOR))
                .collect();
            if !started.is_empty() {
                return started;
            }
        }
        let length = term.chars().count();
        let allowed = match length {
            0..=3 => return Vec::new(),
            4..=6 => 1,
            _ => 2,
        };
        let first = term.chars().next();
        self.vocabulary
            .iter()
            .filter(|t| t.chars().next() == first && t.chars().count().abs_diff(length) <= allowed)
            .filter(|t| strsim::damerau_levenshtein(term, t) <= allowed)
            .map(|t| (t.as_str(), TYPO_FACTOR))
            .collect()
    }

    fn idf(&self, holding: usize) -> f32 {
        let n = self.lengths.len() as f32;
        let df = holding as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Quoted messages `query` holds or is part of, with how much of the
    /// message it covers, the best for each entry.
    fn quotes_in(&self, query: &str) -> Vec<(&Quote, f32)> {
        let typed = lower_words(query);
        if typed.is_empty() {
            return Vec::new();
        }
        let typed_text = padded(&typed);
        let mut sharing: Vec<usize> =
            typed.iter().filter_map(|w| self.quotes_by_word.get(w)).flatten().copied().collect();
        sharing.sort_unstable();
        sharing.dedup();
        let mut found: Vec<(&Quote, f32)> = Vec::new();
        for q in sharing.into_iter().filter_map(|q| self.quotes.get(q)) {
            let quote = &q.words;
            let coverage = if typed_text.contains(&q.text) {
                1.0
            } else if typed.len() >= PHRASE_MIN_WORDS && q.text.contains(&typed_text) {
                typed.len() as f32 / quote.len() as f32
            } else {
                let held = quote.iter().filter(|w| typed.contains(w)).count() as f32 / quote.len() as f32;
                if held >= QUOTE_OVERLAP { held } else { 0.0 }
            };
            // Half a message is a quote; two words of a long one are not.
            if coverage >= 0.5 {
                match found.iter_mut().find(|(other, _)| other.entry == q.entry) {
                    Some(slot) if slot.1 < coverage => *slot = (q, coverage),
                    Some(_) => {}
                    None => found.push((q, coverage)),
                }
            }
        }
        found
    }
}

/// Whether a person can arrive at `at` as the first screen of its flow:
/// the flow's start, or where a branch at the start leads.
fn begins_its_flow(catalog: &Catalog, at: NodeRef) -> bool {
    let start = catalog.start_of_flow_of(at);
    let mut branches = vec![start];
    let mut seen = Vec::new();
    while let Some(node) = branches.pop() {
        if node == at {
            return true;
        }
        if seen.contains(&node) || !matches!(catalog.node(node).kind, NodeKind::Branch { .. }) {
            continue;
        }
        seen.push(node);
        branches.extend(catalog.successors(node).into_iter().filter(|n| n.flow_index() == at.flow_index()));
    }
    false
}

/// A text's words in lower case, for comparing quotes: punctuation and
/// quotation marks do not count.
fn lower_words(text: &str) -> Vec<String> {
    words(&text.to_lowercase()).map(str::to_string).collect()
}

/// A search index built the first time it is wanted: most sessions never
/// search, and building it formats every node's words in two languages.
pub struct LazyIndex {
    languages: Vec<Localizer>,
    index: std::cell::OnceCell<SearchIndex>,
}

impl LazyIndex {
    /// Will index in `languages`, as [`SearchIndex::build`] does.
    pub fn new(languages: Vec<Localizer>) -> Self {
        Self { languages, index: std::cell::OnceCell::new() }
    }

    /// The index of `catalog`'s nodes, built now if it was not yet.
    pub fn get(&self, catalog: &Catalog) -> &SearchIndex {
        self.index.get_or_init(|| SearchIndex::build(catalog, &self.languages.iter().collect::<Vec<_>>()))
    }
}
