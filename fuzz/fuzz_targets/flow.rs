//! Fuzz target: see `mfa_doctor::fuzz::flow`.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| mfa_doctor::fuzz::flow(bytes));
