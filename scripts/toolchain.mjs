// Where the Rust tools installed by `cargo install` live. Node built-ins
// only: scripts/setup.mjs uses it before node_modules exists.
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The path of a cargo-installed binary (`$CARGO_HOME/bin/NAME`), or NAME to find it on PATH. */
export function cargoBin(name) {
  const home = process.env.CARGO_HOME || join(process.env.HOME || "", ".cargo");
  const inHome = join(home, "bin", name);
  return existsSync(inHome) ? inHome : name;
}
