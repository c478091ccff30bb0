//! Fuzz target `furniture`: see `nutgraf_fuzz::targets::furniture`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nutgraf_fuzz::targets::furniture(data));
