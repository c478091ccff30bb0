//! Fuzz target `summarize_structured`: see `nutgraf_fuzz::targets::summarize_structured`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nutgraf_fuzz::targets::summarize_structured(data));
