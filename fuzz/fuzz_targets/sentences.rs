//! Fuzz target `sentences`: see `nutgraf_fuzz::targets::sentences`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nutgraf_fuzz::targets::sentences(data));
