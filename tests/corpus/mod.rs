//! Shared loader for tests that read the evaluation corpus beside the
//! repository (`../shared/corpus`, or `NUTGRAF_CORPUS`).
//!
//! A missing file fails the test under `CI=true` and is a loud skip
//! otherwise, so that developers without the corpus can still run the
//! suite while CI always checks it.

#![allow(dead_code)] // each test file uses part of the loader

use std::path::PathBuf;

/// The corpus root: `NUTGRAF_CORPUS`, else `../shared/corpus` next to the
/// repository.
pub fn root() -> PathBuf {
    std::env::var_os("NUTGRAF_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

/// Reads `relative` under the corpus root. `None` (after a loud message)
/// when it is missing outside CI; panics when it is missing under CI.
pub fn read(relative: &str) -> Option<String> {
    let path = root().join(relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("corpus file {} is missing under CI: {e}", path.display())
        }
        Err(e) => {
            eprintln!(
                "\n*** SKIPPED: corpus file {} not readable ({e}); set NUTGRAF_CORPUS ***\n",
                path.display()
            );
            None
        }
    }
}
