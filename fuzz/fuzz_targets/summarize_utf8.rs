//! Fuzz target `summarize_utf8`: see `nutgraf_fuzz::targets::summarize_utf8`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nutgraf_fuzz::targets::summarize_utf8(data));
