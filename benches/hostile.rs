//! Hostile input that once took seconds (the December 2026 field trial):
//! each must stay well under 50 ms, whatever its size within the limits.
//!
//! `cargo bench --bench hostile`.

// A benchmark fails loudly, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use mfa_doctor::content::source::SourceFile;
use mfa_doctor::flow::{FlowFile, build_catalog};
use mfa_doctor::sanitize::terminal_safe;

/// One flow of 500 steps whose `solved` and `unsolved` both name a node
/// that does not exist: 1000 dangling links of `chars` characters, each
/// close to every node's id (which has as many).
fn dangling_links(chars: usize) -> SourceFile {
    let name = |letter: char, i: usize| format!("{letter}{i:0>width$}", width = chars - 1);
    let mut text = format!("id: triage\ntitle: t\nstart: {}\nnodes:\n", name('n', 0));
    for i in 0..500 {
        let (node, solved, unsolved) = (name('n', i), name('m', 2 * i), name('m', 2 * i + 1));
        text.push_str(&format!("  {node}:\n    step: s\n    solved: {solved}\n    unsolved: {unsolved}\n"));
    }
    SourceFile { path: "triage.yaml".into(), text }
}

fn hostile(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    // A locale message, `helpdesk.name` or a resumed note of 80 000 tabs
    // on one line: 5.5 s when each tab measured its line again.
    let tabs = format!("a{}b", "\t".repeat(80_000));
    group.bench_function("sanitize/80000 tabs on one line", |b| b.iter(|| terminal_safe(black_box(&tabs))));
    // 10.6 s at every start when each dangling link was compared with
    // every node: at the longest id allowed (64) "did you mean" runs out of
    // budget; at the trial's 99 characters the links are not names at all.
    for chars in [64, 99] {
        let files = [FlowFile::Read(dangling_links(chars))];
        group.bench_function(format!("did-you-mean/1000 dangling {chars}-character links"), |b| {
            b.iter(|| {
                let mut diagnostics = Vec::new();
                build_catalog(black_box(&files), &mut diagnostics);
                diagnostics
            })
        });
    }
    group.finish();
}

criterion_group!(benches, hostile);
criterion_main!(benches);
