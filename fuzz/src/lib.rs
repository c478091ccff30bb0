//! Fuzz targets of nutgraf and the invariants they check.
//!
//! Every target takes the fuzzer's bytes, runs one part of the core and
//! panics when an invariant of the result does not hold ([`checks`]), not
//! only when the core itself panics. The same functions run on the stable
//! toolchain in `cargo test` (`tests/fuzz_seeds.rs` replays `seeds/`), so
//! the seed corpus and every finding stay checked without a fuzzer.

pub mod checks;
pub mod targets;
