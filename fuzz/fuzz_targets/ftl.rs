//! Fuzz target: see `mfa_doctor::fuzz::ftl`.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| mfa_doctor::fuzz::ftl(bytes));
