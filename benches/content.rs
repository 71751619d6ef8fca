//! Loading and checking content: the bundled flows and locales, building
//! the Fluent bundles, and synthetic sets of 100 to 100 000 nodes read from
//! disk as an organization's `--flows`/`--locales` would be.
//!
//! `cargo bench --bench content`; one size: `cargo bench --bench content -- 10000`.

// A benchmark fails loudly, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use mfa_doctor::content::lookup::{self, Dirs};
use mfa_doctor::content::source;
use mfa_doctor::content::{self, Sources};
use mfa_doctor::i18n::{Locales, source_locale};
use support::Synthetic;

const SIZES: [usize; 4] = [100, 1_000, 10_000, 100_000];

fn bundled(c: &mut Criterion) {
    let mut group = c.benchmark_group("bundled");
    // What `check` and the tests do: everything read, parsed and checked.
    group.bench_function("load+validate", |b| b.iter(|| content::load(black_box(&Sources::default()))));
    // What starting the program does.
    group.bench_function("open", |b| b.iter(|| content::open(black_box(&Sources::default()))));
    // ... where an organization has added a flow, its text, German and a
    // config (the layer scripts/bench-startup --organization deploys).
    let organization =
        Dirs { user: None, system: Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/organization") };
    let layers = lookup::layers(&Sources::default(), &organization, false);
    group.bench_function("open with an organization's layer", |b| {
        b.iter(|| {
            let opened = content::open_layers(black_box(&layers));
            assert!(opened.left_out.is_empty(), "{:?}", opened.diagnostics);
            opened
        })
    });
    group.bench_function("bundles/all locales", |b| {
        b.iter(|| {
            let mut ignored = Vec::new();
            Locales::load(source::locale_files(None, &mut ignored), &mut ignored)
        })
    });
    let english = [source_locale()];
    let danish = ["da".parse().unwrap()];
    for (name, requested) in [("en", &english), ("da", &danish)] {
        // A first screen's worth of words from a fresh start: in a new
        // thread each time, as the bundled bundles are kept per thread.
        group.bench_function(format!("bundles/first screen {name}"), |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| {
                        let requested = requested.to_vec();
                        std::thread::spawn(move || {
                            let start = Instant::now();
                            let content = content::open(&Sources::default()).content.unwrap();
                            let l10n = content.localizer(&requested);
                            black_box((l10n.text("triage-problem"), l10n.text("ui-key-quit")));
                            start.elapsed()
                        })
                        .join()
                        .unwrap()
                    })
                    .sum()
            })
        });
    }
    group.finish();
}

fn synthetic(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthetic load+validate");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    // Sizes over the loader's limit on nodes are refused, not measured.
    for nodes in SIZES.into_iter().filter(|&n| n <= mfa_doctor::flow::MAX_NODES) {
        group.throughput(Throughput::Elements(nodes as u64));
        group.measurement_time(Duration::from_secs(if nodes >= 100_000 { 20 } else { 5 }));
        // Written only when this size is measured (criterion runs the
        // closure only for benchmarks the filter selects).
        group.bench_with_input(BenchmarkId::from_parameter(nodes), &nodes, |b, &nodes| {
            let set = Synthetic::write(nodes);
            set.content();
            let sources = set.sources();
            b.iter(|| content::load(&sources))
        });
    }
    group.finish();
}

criterion_group!(benches, bundled, synthetic);
criterion_main!(benches);
