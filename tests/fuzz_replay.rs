//! The fuzz targets on stable, in every `cargo test`: each seed of
//! `fuzz/seeds/<target>/` and each input the fuzzer ever found a fault
//! with (`fuzz/regressions/<target>/`, kept once fixed) is run through the
//! same function the target calls; then random mutations of the seeds.
//! cargo-fuzz itself needs nightly: see README.md, "Fuzzing".

use std::path::Path;

use mfa_doctor::fuzz;
use proptest::prelude::*;

/// A fuzz target: what it is called, and the function it runs.
type Target = (&'static str, fn(&[u8]));

const TARGETS: [Target; 4] =
    [("flow", fuzz::flow), ("ftl", fuzz::ftl), ("config", fuzz::config), ("ticket", fuzz::ticket)];

fn inputs(kind: &str, target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(kind).join(target);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.map(|e| e.expect("a directory entry").path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths.iter().map(|path| std::fs::read(path).expect("a readable input")).collect()
}

#[test]
fn every_seed_and_every_input_once_found_faulty_is_handled() {
    for (target, run) in TARGETS {
        let seeds = inputs("seeds", target);
        assert!(!seeds.is_empty(), "no seeds for {target}");
        for input in seeds.iter().chain(&inputs("regressions", target)) {
            run(input);
        }
    }
}

/// A seed with bytes changed, inserted, removed or repeated: close enough
/// to real content that the parsers get past the first line.
fn mutated(target: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let seeds = inputs("seeds", target);
    let edits = proptest::collection::vec((any::<usize>(), 0..4u8, any::<u8>(), 1..64usize), 1..12);
    (0..seeds.len(), edits).prop_map(move |(seed, edits)| {
        let mut bytes = seeds[seed].clone();
        for (at, kind, byte, len) in edits {
            let at = at % (bytes.len() + 1);
            match kind {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                2 => drop(bytes.drain(at..(at + len).min(bytes.len()))),
                _ => {
                    let piece: Vec<u8> = bytes[at..(at + len).min(bytes.len())].to_vec();
                    for _ in 0..len {
                        bytes.splice(at..at, piece.iter().copied());
                    }
                }
            }
        }
        bytes
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn mutated_flows_never_panic(bytes in mutated("flow")) {
        fuzz::flow(&bytes);
    }

    #[test]
    fn mutated_locales_never_panic(bytes in mutated("ftl")) {
        fuzz::ftl(&bytes);
    }

    #[test]
    fn mutated_configs_never_panic(bytes in mutated("config")) {
        fuzz::config(&bytes);
    }

    #[test]
    fn mutated_tickets_never_panic(bytes in mutated("ticket")) {
        fuzz::ticket(&bytes);
    }
}
