//! Hostile input that once took seconds (the December 2026 field trial):
//! each must stay well under 50 ms, whatever its size within the limits.
//!
//! `cargo bench --bench hostile`.

// A benchmark fails loudly, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use criterion::{Criterion, criterion_group, criterion_main};
use mfa_doctor::content::source::SourceFile;
use mfa_doctor::content::{self, Content, Sources};
use mfa_doctor::engine::Session;
use mfa_doctor::facts::{Date, Facts};
use mfa_doctor::flow::{FlowFile, build_catalog};
use mfa_doctor::plain::{Printer, walk};
use mfa_doctor::report::{self, Ticket};
use mfa_doctor::sanitize::terminal_safe;
use mfa_doctor::tui::case_store::Keeper;
use mfa_doctor::tui::{Action, App, Theme, render_clock};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// The answers that go once round a loop of the bundled flows, from
/// `cannot-disable`: "work account" → "it is required" → back to triage →
/// "More" → "Something else" → `cannot-disable` again.
const ROUND: [usize; 5] = [1, 2, 9, 9, 1];

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
        let file = dangling_links(chars);
        group.bench_function(format!("did-you-mean/1000 dangling {chars}-character links"), |b| {
            b.iter(|| {
                let mut diagnostics = Vec::new();
                build_catalog(&[FlowFile::read(black_box(file.clone()))], &mut diagnostics);
                diagnostics
            })
        });
    }
    group.finish();
}

fn bundled() -> Content {
    content::load(&Sources::default()).content.expect("bundled content is valid")
}

fn today() -> Facts {
    Facts::on(Date::parse("2026-12-01").unwrap())
}

/// The full-screen program in agent mode with a case of `steps` steps
/// round the loop from triage, resumed from its JSON ticket as `--agent --resume`
/// does, at 100×30; and the ticket's size.
fn resumed_case(steps: usize, tickets: &std::path::Path) -> (App, usize) {
    let content = bundled();
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let catalog = Arc::new(content.catalog);
    // From triage, as a resumed ticket replays it: "More" first.
    let mut session = Session::new(Arc::clone(&catalog), today());
    for answer in ROUND.iter().cycle().skip(2).take(steps) {
        session.choose(answer - 1).unwrap();
    }
    let json = Ticket::new(&session, &Default::default(), &l10n, UNIX_EPOCH).to_json();
    let file = SourceFile { path: "case.json".into(), text: json.clone() };
    let (session, notes) = report::resume(&file, catalog, today()).unwrap();
    let mut app = App::new(session, l10n, content.config, Theme::monochrome())
        .with_agent()
        .with_notes(notes)
        .with_ticket_dir(tickets.to_path_buf());
    app.update(Action::Resize { width: 100, height: 30 });
    (app, json.len())
}

/// What the event loop does for a key: update, keep the case for a signal
/// or a crash when it changed, draw.
fn key(app: &mut App, action: Action, keeper: &mut Keeper, buffer: &mut Buffer) {
    app.update(action);
    keeper.after(app, false);
    buffer.reset();
    (&*app).render(buffer.area, buffer);
}

/// The trial's long cases: a resumed 10 000-step case in agent mode
/// (about a second a key, and 90 % CPU while idle, when every frame titled
/// every step and the ticket looked for later visits at every step), and
/// `walk` with 20 000 answers (90 s when every screen listed the way).
fn long_cases(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    let tickets = tempfile::tempdir().unwrap();
    let (mut app, bytes) = resumed_case(10_000, tickets.path());
    eprintln!("a 10 000-step ticket: {bytes} bytes of JSON");
    let mut buffer = Buffer::empty(Rect::new(0, 0, 100, 30));
    group.bench_function("10000-step case/frame", |b| {
        b.iter(|| {
            buffer.reset();
            (&app).render(buffer.area, &mut buffer);
        })
    });
    let mut keeper = Keeper::default();
    group.bench_function("10000-step case/key", |b| {
        b.iter(|| {
            key(&mut app, Action::SelectNext, &mut keeper, &mut buffer);
            key(&mut app, Action::SelectPrevious, &mut keeper, &mut buffer);
        })
    });
    // Typing into the note changes the case: it is kept again each key
    // (here a letter, then a backspace).
    app.update(Action::EditNote);
    group.bench_function("10000-step case/key typed into the note", |b| {
        b.iter(|| {
            key(&mut app, Action::EditKey(KeyEvent::from(KeyCode::Char('x'))), &mut keeper, &mut buffer);
            key(&mut app, Action::EditKey(KeyEvent::from(KeyCode::Backspace)), &mut keeper, &mut buffer);
        })
    });
    app.update(Action::CloseOverlay);
    // The worst key: one whose change makes the kept copy of the case again
    // (every step in words), which typing does about once in a hundred.
    group.bench_function("10000-step case/the case kept again", |b| b.iter(|| app.case_to_keep()));
    // What the event loop does each second: the clock, over the last frame.
    let mut secs = 0;
    group.bench_function("10000-step case/clock tick", |b| {
        b.iter(|| {
            secs += 1;
            app.update(Action::Tick(secs));
            keeper.after(&app, true);
            assert!(render_clock(&app, buffer.area, &mut buffer));
        })
    });
    let content = bundled();
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let catalog = Arc::new(content.catalog);
    let start = catalog.find("cannot-disable#").unwrap();
    let printer = Printer::for_terminal(&l10n, &content.config);
    let answers: Vec<String> = ROUND.iter().cycle().take(20_000).map(usize::to_string).collect();
    group.sample_size(10);
    group.bench_function("walk/20000 answers", |b| {
        b.iter(|| {
            let mut session = Session::starting_at(Arc::clone(&catalog), today(), start);
            walk(&mut session, &printer, black_box(&answers), &mut std::io::sink()).unwrap();
            session.history().len()
        })
    });
    group.finish();
}

criterion_group!(benches, hostile, long_cases);
criterion_main!(benches);
