//! Fuzz target `entities`: see `nutgraf_fuzz::targets::entities`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nutgraf_fuzz::targets::entities(data));
