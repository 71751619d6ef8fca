//! Fuzz target: see `mfa_doctor::fuzz::config`.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| mfa_doctor::fuzz::config(bytes));
