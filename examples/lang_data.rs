//! Writes the entity data compiled into this build, one blob per language,
//! for the builds that load it on demand (the page, the bookmarklet, the
//! extension): `cargo run --example lang_data --features ner-shipped -- DIR`
//! writes `DIR/<code>.txt` for each language of `ner-shipped` (German,
//! Chinese, Japanese; `scripts/build.mjs` runs it into `dist/lang/`). The
//! blobs are made from the compiled-in statics themselves, so regenerated
//! models and lists flow through. The format: `nutgraf::load_language`.

use std::path::PathBuf;
use std::process::ExitCode;

/// Every language that has entity data.
const CODES: [&str; 5] = ["de", "no", "fi", "zh", "ja"];

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: lang_data DIR (writes DIR/<code>.txt per compiled-in language)");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("lang_data: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for code in CODES {
        let Some(blob) = nutgraf::language_data(code) else {
            continue;
        };
        let path = dir.join(format!("{code}.txt"));
        if let Err(e) = std::fs::write(&path, blob) {
            eprintln!("lang_data: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}
