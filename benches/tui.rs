//! What a key press costs inside the program: drawing a screen into a
//! buffer, a key and the redraw after it, and search as you type over the
//! bundled flows and over synthetic sets of 100 to 100 000 nodes.
//!
//! `cargo bench --bench tui`; one part: `cargo bench --bench tui -- search`.

// A benchmark fails loudly, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use mfa_doctor::content::{self, Content, Sources};
use mfa_doctor::engine::Session;
use mfa_doctor::facts::{Date, Facts};
use mfa_doctor::i18n::Localizer;
use mfa_doctor::search::{LazyIndex, SearchIndex};
use mfa_doctor::tui::{Action, App, Theme};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use support::Synthetic;

const SIZES: [usize; 4] = [100, 1_000, 10_000, 100_000];
/// What a person types, one keystroke at a time.
const TYPED: &str = "code never arrives";

fn bundled() -> Content {
    content::load(&Sources::default()).content.expect("bundled content is valid")
}

/// The app as the program starts it, in `lang`.
fn app(content: Content, lang: &str) -> App {
    let l10n = content.localizer(&[lang.parse().unwrap()]);
    let english = content.localizer(&["en".parse().unwrap()]);
    let index = LazyIndex::new(vec![l10n.clone(), english]);
    App::new(Session::new(Arc::new(content.catalog), today()), l10n, content.config, Theme::monochrome())
        .with_search(index)
}

fn draw(app: &App, buffer: &mut Buffer) {
    buffer.reset();
    app.render(buffer.area, buffer);
}

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("render");
    for (width, height) in [(80, 24), (200, 60)] {
        let mut app = app(bundled(), "en");
        app.update(Action::Resize { width, height });
        let mut buffer = Buffer::empty(Rect::new(0, 0, width, height));
        group.bench_function(format!("first screen {width}x{height}"), |b| {
            b.iter(|| draw(black_box(&app), &mut buffer))
        });
        group.bench_function(format!("key down + redraw {width}x{height}"), |b| {
            b.iter(|| {
                app.update(Action::SelectNext);
                draw(&app, &mut buffer);
                app.update(Action::SelectPrevious);
                draw(&app, &mut buffer);
            })
        });
        group.bench_function(format!("choose + redraw {width}x{height}"), |b| {
            b.iter(|| {
                app.update(Action::Choose(1));
                draw(&app, &mut buffer);
                app.update(Action::Back);
                draw(&app, &mut buffer);
            })
        });
    }
    group.finish();
}

/// Every prefix of [`TYPED`], as the index sees it keystroke by keystroke.
fn prefixes() -> Vec<&'static str> {
    TYPED.char_indices().map(|(i, c)| &TYPED[..i + c.len_utf8()]).collect()
}

/// A synthetic set of `nodes` nodes, with its words in Danish and English.
fn synthetic_da_en(nodes: usize) -> (Content, [Localizer; 2]) {
    let content = Synthetic::write(nodes).content();
    let languages = ["da", "en"].map(|tag| content.localizer(&[tag.parse().unwrap()]));
    (content, languages)
}

/// The search index of a synthetic set, in Danish and English.
fn synthetic_index(nodes: usize) -> SearchIndex {
    let (content, [danish, english]) = synthetic_da_en(nodes);
    SearchIndex::build(&content.catalog, &[&danish, &english])
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search per keystroke");
    group.throughput(Throughput::Elements(prefixes().len() as u64));
    let content = bundled();
    let english = content.localizer(&["en".parse().unwrap()]);
    let danish = content.localizer(&["da".parse().unwrap()]);
    let index = SearchIndex::build(&content.catalog, &[&danish, &english]);
    group.bench_function("bundled index", |b| {
        b.iter(|| prefixes().into_iter().map(|q| index.search(q, 20).len()).sum::<usize>())
    });
    // In the app: the key edits the query, the results are labelled, and
    // the screen is drawn again.
    let mut app = app(bundled(), "da");
    let mut buffer = Buffer::empty(Rect::new(0, 0, 80, 24));
    group.bench_function("bundled app", |b| {
        b.iter(|| {
            app.update(Action::OpenSearch);
            for c in TYPED.chars() {
                app.update(Action::EditKey(KeyEvent::from(KeyCode::Char(c))));
                draw(&app, &mut buffer);
            }
            app.update(Action::CloseOverlay);
        })
    });
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    // Sizes over the loader's limit on nodes are refused, not measured.
    for nodes in SIZES.into_iter().filter(|&n| n <= mfa_doctor::flow::MAX_NODES) {
        // Built only when this size is measured.
        group.bench_with_input(BenchmarkId::new("synthetic", nodes), &nodes, |b, &nodes| {
            let index = synthetic_index(nodes);
            b.iter(|| prefixes().into_iter().map(|q| index.search(q, 20).len()).sum::<usize>())
        });
    }
    group.finish();
    // The slowest keystroke: the first of a new query looks at every node.
    let mut group = c.benchmark_group("search first keystroke");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    for nodes in SIZES.into_iter().filter(|&n| n <= mfa_doctor::flow::MAX_NODES) {
        group.bench_with_input(BenchmarkId::new("synthetic", nodes), &nodes, |b, &nodes| {
            let index = synthetic_index(nodes);
            // "n" does not type on from "c": each is a first keystroke.
            b.iter(|| ["c", "n"].map(|q| index.search(q, 20).len()))
        });
    }
    group.finish();
}

fn search_index(c: &mut Criterion) {
    let mut group = c.benchmark_group("search index build");
    let content = bundled();
    let english = content.localizer(&["en".parse().unwrap()]);
    let danish = content.localizer(&["da".parse().unwrap()]);
    group.bench_function("bundled en", |b| b.iter(|| SearchIndex::build(&content.catalog, &[&english])));
    group.bench_function("bundled da+en", |b| {
        b.iter(|| SearchIndex::build(&content.catalog, &[&danish, &english]))
    });
    // What the first `/` waits for in an organization's large content.
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    for nodes in SIZES.into_iter().filter(|&n| n <= mfa_doctor::flow::MAX_NODES) {
        group.bench_with_input(BenchmarkId::new("synthetic da+en", nodes), &nodes, |b, &nodes| {
            let (content, [danish, english]) = synthetic_da_en(nodes);
            b.iter(|| SearchIndex::build(&content.catalog, &[&danish, &english]))
        });
    }
    group.finish();
}

criterion_group!(benches, render, search, search_index);
criterion_main!(benches);

/// The day sessions in these tests run on.
fn today() -> Facts {
    Facts::on(Date::parse("2026-12-01").expect("a day"))
}
