//! Synthetic content for the benchmarks: as many nodes as asked for, in
//! flows of [`FLOW_NODES`] nodes reached from a triage menu, with English
//! and Danish text for every message, written to a temporary directory the
//! way an organization would ship it (`--flows DIR --locales DIR`).
//!
//! Deterministic: the same size always gives the same files, so runs
//! compare.

// Each bench uses the part it needs.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use mfa_doctor::content::source;
use mfa_doctor::content::{self, Content, Sources};
use tempfile::TempDir;

/// Nodes per synthetic flow: a question, a chain of checks, a fix and an
/// escalation, like the bundled flows but longer.
pub const FLOW_NODES: usize = 100;
/// Options of a triage menu node that lead to flows; the last one leads
/// to the next menu node.
const MENU_FLOWS: usize = 8;

/// A written synthetic content set; the directory goes when it is dropped.
pub struct Synthetic {
    pub dir: TempDir,
    pub nodes: usize,
}

impl Synthetic {
    /// `nodes` nodes, counting the triage menu's (rounded up to whole
    /// flows).
    pub fn write(nodes: usize) -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let flows = nodes.div_ceil(FLOW_NODES);
        write_flows(&dir.path().join("flows"), flows);
        for (tag, words) in [("en", EN_WORDS), ("da", DA_WORDS)] {
            write_locale(&dir.path().join("locales").join(tag), tag, words, flows);
        }
        Self { dir, nodes }
    }

    pub fn sources(&self) -> Sources {
        Sources {
            flows: Some(self.dir.path().join("flows")),
            locales: Some(self.dir.path().join("locales")),
            config: None,
        }
    }

    /// Loaded and checked; panics on any error, so a bench never measures a
    /// refusal.
    pub fn content(&self) -> Content {
        let loaded = content::load(&self.sources());
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "synthetic content of {} nodes: {errors:#?}", self.nodes);
        loaded.content.expect("synthetic content is valid")
    }
}

fn write_flows(dir: &Path, flows: usize) {
    fs::create_dir_all(dir).expect("flows directory");
    fs::write(dir.join("triage.yaml"), triage_yaml(flows)).expect("triage written");
    for k in 0..flows {
        fs::write(dir.join(format!("{}.yaml", flow_id(k))), flow_yaml(k, flows)).expect("flow written");
    }
}

fn flow_id(k: usize) -> String {
    format!("syn-{k:06}")
}

fn menus(flows: usize) -> usize {
    flows.div_ceil(MENU_FLOWS).max(1)
}

/// A chain of menu questions, each offering eight flows and "more".
fn triage_yaml(flows: usize) -> String {
    let mut y = String::from("id: triage\ntitle: syn-triage-title\nstart: menu-0\nnodes:\n");
    let menus = menus(flows);
    for m in 0..menus {
        let _ = write!(y, "  menu-{m}:\n    question: syn-triage-menu-{m}\n    options:\n");
        for k in (m * MENU_FLOWS..(m + 1) * MENU_FLOWS).filter(|&k| k < flows) {
            let _ = write!(y, "      - label: syn-triage-menu-{m}-opt-{k}\n        next: {}#\n", flow_id(k));
        }
        if m + 1 < menus {
            let _ = write!(y, "      - label: syn-triage-more\n        next: menu-{}\n", m + 1);
        }
    }
    y
}

/// Checks in a flow: the rest are its question, fix and escalation.
const CHECKS: usize = FLOW_NODES - 3;

/// Checks in flow `k` of `flows`: the first flows have one less each, for
/// the triage menu's nodes, so a set of 10 000 nodes has 10 000 in all.
fn checks_in(k: usize, flows: usize) -> usize {
    CHECKS - usize::from(k < menus(flows))
}

fn flow_yaml(k: usize, flows: usize) -> String {
    let checks = checks_in(k, flows);
    let id = flow_id(k);
    let mut y = format!("id: {id}\ntitle: {id}-title\nstart: ask\nnodes:\n");
    let _ = write!(
        y,
        "  ask:\n    question: {id}-ask\n    options:\n      - label: {id}-ask-opt-first\n        next: check-1\n      \
         - label: {id}-ask-opt-middle\n        next: check-{}\n      - label: {id}-ask-opt-help\n        next: help\n",
        checks / 2
    );
    for i in 1..=checks {
        let unsolved = if i == checks { "help".to_string() } else { format!("check-{}", i + 1) };
        let _ = write!(
            y,
            "  check-{i}:\n    step: {id}-check-{i}\n    solved: fixed\n    unsolved: {unsolved}\n"
        );
    }
    let _ = write!(y, "  fixed:\n    fix: {id}-fixed\n  help:\n    escalate: {id}-help\n");
    y
}

/// The bundled locale's own files (the program's words) plus one file per
/// synthetic flow.
fn write_locale(dir: &Path, tag: &str, words: &[&str], flows: usize) {
    fs::create_dir_all(dir).expect("locale directory");
    let bundled_flows: Vec<String> = source::flow_files(None, &mut Vec::new())
        .into_iter()
        .filter_map(|f| Some(f.path.rsplit('/').next()?.split('.').next()?.to_string()))
        .collect();
    let (_, files) = source::locale_files(None, &mut Vec::new())
        .into_iter()
        .find(|(t, _)| t == tag)
        .expect("a bundled locale");
    for file in files {
        let name = file.path.rsplit('/').next().expect("a file name");
        let stem = name.split('.').next().unwrap_or_default();
        if !bundled_flows.iter().any(|f| f == stem) {
            fs::write(dir.join(name), &file.text).expect("program messages written");
        }
    }
    let mut text = Text::new(words, 1);
    fs::write(dir.join("syn-triage.ftl"), triage_ftl(&mut text, flows)).expect("triage text written");
    for k in 0..flows {
        let mut text = Text::new(words, k as u64 + 2);
        fs::write(dir.join(format!("{}.ftl", flow_id(k))), flow_ftl(&mut text, k, flows))
            .expect("text written");
    }
}

fn triage_ftl(text: &mut Text, flows: usize) -> String {
    let mut f = format!("syn-triage-title = {}\nsyn-triage-more = {}\n", text.words(3), text.words(2));
    for m in 0..menus(flows) {
        let _ = write!(f, "syn-triage-menu-{m} = {}\n    .title = {}\n", text.words(12), text.words(3));
        for k in (m * MENU_FLOWS..(m + 1) * MENU_FLOWS).filter(|&k| k < flows) {
            let _ = writeln!(f, "syn-triage-menu-{m}-opt-{k} = {}", text.words(5));
        }
    }
    f
}

fn flow_ftl(text: &mut Text, k: usize, flows: usize) -> String {
    let id = flow_id(k);
    let mut f = format!("{id}-title = {}\n    .keywords = {}\n", text.words(4), text.words(5));
    let _ = write!(f, "{id}-ask = {}\n    .title = {}\n", text.words(15), text.words(3));
    for opt in ["first", "middle", "help"] {
        let _ = writeln!(f, "{id}-ask-opt-{opt} = {}", text.words(5));
    }
    for i in 1..=checks_in(k, flows) {
        let _ = write!(f, "{id}-check-{i} = {}\n    .title = {}\n", text.words(20), text.words(3));
    }
    let _ = write!(f, "{id}-fixed = {}\n    .title = {}\n", text.words(10), text.words(2));
    let _ = write!(f, "{id}-help = {}\n    .title = {}\n", text.words(12), text.words(2));
    f
}

/// Words picked by a small linear congruential generator: varied enough
/// that fuzzy search does real work, the same on every run.
struct Text<'a> {
    words: &'a [&'a str],
    state: u64,
}

impl<'a> Text<'a> {
    fn new(words: &'a [&'a str], seed: u64) -> Self {
        Self { words, state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) }
    }

    fn words(&mut self, n: usize) -> String {
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            self.state =
                self.state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            out.push(self.words[(self.state >> 33) as usize % self.words.len()]);
        }
        out.join(" ")
    }
}

const EN_WORDS: &[&str] = &[
    "phone",
    "code",
    "text",
    "message",
    "app",
    "authenticator",
    "sign",
    "in",
    "account",
    "verify",
    "verification",
    "call",
    "number",
    "network",
    "signal",
    "restart",
    "settings",
    "notification",
    "approve",
    "request",
    "lost",
    "stolen",
    "new",
    "device",
    "time",
    "clock",
    "sync",
    "helpdesk",
    "password",
    "error",
    "limit",
    "blocked",
    "roaming",
    "abroad",
    "wifi",
    "battery",
    "update",
    "install",
    "remove",
    "add",
    "method",
    "security",
    "info",
    "page",
    "browser",
    "work",
    "school",
    "the",
    "your",
    "and",
    "try",
    "again",
    "check",
    "open",
    "tap",
    "wait",
    "minutes",
    "arrives",
    "never",
    "rejected",
];

const DA_WORDS: &[&str] = &[
    "telefon",
    "kode",
    "sms",
    "besked",
    "app",
    "godkendelse",
    "log",
    "ind",
    "konto",
    "bekræft",
    "opkald",
    "nummer",
    "netværk",
    "signal",
    "genstart",
    "indstillinger",
    "notifikation",
    "godkend",
    "anmodning",
    "mistet",
    "stjålet",
    "ny",
    "enhed",
    "tid",
    "ur",
    "synkroniser",
    "it-support",
    "adgangskode",
    "fejl",
    "grænse",
    "blokeret",
    "udlandet",
    "wifi",
    "batteri",
    "opdater",
    "installer",
    "fjern",
    "tilføj",
    "metode",
    "sikkerhed",
    "side",
    "browser",
    "arbejde",
    "skole",
    "din",
    "og",
    "prøv",
    "igen",
    "tjek",
    "åbn",
    "tryk",
    "vent",
    "minutter",
    "kommer",
    "aldrig",
    "afvist",
];
