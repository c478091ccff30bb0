#!/usr/bin/env node
// Size report of the wasm: raw and gzip (-9) of pkg/nutgraf_bg.wasm, the budgets
// (bookmarklet, page, entities), and a breakdown by crate/module.
//
//   node scripts/wasm_size.mjs            read pkg/ and target/ as they are
//   node scripts/wasm_size.mjs --build    run scripts/build.mjs first
//   options: --json (machine-readable), --top N (largest functions too),
//            --wasm FILE (instead of pkg/nutgraf_bg.wasm), --linked FILE (instead
//            of the linker's output in target/ or $CARGO_TARGET_DIR),
//            --by crate (crates only, no nutgraf modules / std parts),
//            --after-opt (attribute the code after wasm-opt: it inlines most of
//            the pipeline into the export shims, so names say less)
//
// How the breakdown is made (it is an ESTIMATE; removal experiments are the
// ground truth, see README):
//   1. The linker's output (target/wasm32-unknown-unknown/wasm/nutgraf.wasm,
//      which has a name section) goes through wasm-bindgen as in
//      scripts/build.mjs; that module, before wasm-opt, is what is measured
//      (its data is the shipped data: wasm-opt keeps every address and drops
//      only runs of zeros, which is checked against pkg/nutgraf_bg.wasm; its
//      code is somewhat larger than the shipped code, which wasm-opt -Oz shrinks).
//   2. Every function body is attributed by its (demangled) name: the crate,
//      or for nutgraf, std and rust-stemmers a finer part. Generic functions
//      count for the crate that defines them (`Map<I,F>::fold` is `core` even
//      when the closure is ours), and inlined code counts for its caller.
//   3. Data is attributed by references: addresses in the data segment that
//      code uses (`i32.const`, load/store offsets) or that data holds (4-byte
//      pointers, e.g. `&[&str]` tables) start a region, which runs to the next
//      referenced address and belongs to whoever refers to it (through tables,
//      transitively). Regions used by several parts are "shared data".
//   4. gzip per part: "alone" is the gzip of that part's bytes by themselves;
//      "marginal" is gzip(module) minus gzip(module with that part's bytes cut
//      out). Neither adds up to the total exactly (gzip is not additive).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { BUDGET_GZIP_BYTES, BUNDLE_NAME } from "./bookmarklet.mjs";
import { cargoBin } from "./toolchain.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------- wasm parsing

function reader(buf, pos = 0) {
  const r = {
    pos,
    u8: () => buf[r.pos++],
    /** LEB128 digits: the unsigned value, how many bits were read, and the last byte. */
    leb() {
      let result = 0;
      let shift = 0;
      let byte;
      do {
        byte = buf[r.pos++];
        result += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return { result, shift, byte };
    },
    u32: () => r.leb().result,
    s64() {
      // Signed LEB128 (up to 64 bits); exact only up to 2^53, enough for addresses.
      const { result, shift, byte } = r.leb();
      return shift < 64 && byte & 0x40 ? result - 2 ** shift : result;
    },
    name() {
      const n = r.u32();
      const s = buf.toString("utf8", r.pos, r.pos + n);
      r.pos += n;
      return s;
    },
  };
  return r;
}

/** Sections, function bodies (file ranges), data segments and function names. */
function parseModule(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm module");
  const r = reader(buf, 8);
  const sections = [];
  const bodies = [];
  const segments = [];
  const names = new Map();
  let importedFuncs = 0;
  while (r.pos < buf.length) {
    const id = r.u8();
    const size = r.u32();
    const start = r.pos;
    const end = start + size;
    let name = "";
    if (id === 0) name = reader(buf, start).name();
    sections.push({ id, name, start, end, size });
    if (id === 2) {
      const s = reader(buf, start);
      for (let n = s.u32(); n > 0; n--) {
        s.name();
        s.name();
        const kind = s.u8();
        if (kind === 0) {
          s.u32();
          importedFuncs++;
        } else if (kind === 1) {
          s.u8();
          limits(s);
        } else if (kind === 2) limits(s);
        else if (kind === 3) s.pos += 2;
        else if (kind === 4) s.pos += 1 + (s.u32(), 0);
      }
    } else if (id === 10) {
      const s = reader(buf, start);
      let index = importedFuncs;
      for (let n = s.u32(); n > 0; n--) {
        const len = s.u32();
        bodies.push({ index: index++, start: s.pos, end: s.pos + len });
        s.pos += len;
      }
    } else if (id === 11) {
      const s = reader(buf, start);
      for (let n = s.u32(); n > 0; n--) {
        const kind = s.u32();
        let address = null;
        if (kind === 2) s.u32();
        if (kind === 0 || kind === 2) {
          const op = s.u8();
          if (op !== 0x41) throw new Error(`data segment offset: unsupported opcode 0x${op.toString(16)}`);
          address = s.s64() >>> 0;
          if (s.u8() !== 0x0b) throw new Error("data segment offset: expected end");
        }
        const len = s.u32();
        segments.push({ address, start: s.pos, end: s.pos + len });
        s.pos += len;
      }
    } else if (id === 0 && name === "name") {
      const s = reader(buf, start);
      s.name();
      while (s.pos < end) {
        const sub = s.u8();
        const len = s.u32();
        const next = s.pos + len;
        if (sub === 1) {
          for (let n = s.u32(); n > 0; n--) {
            const idx = s.u32();
            names.set(idx, s.name());
          }
        }
        s.pos = next;
      }
    }
    r.pos = end;
  }
  return { sections, bodies, segments, names, importedFuncs };
}

function limits(s) {
  const f = s.u8();
  s.u32();
  if (f & 1) s.u32();
}

const SINGLE_BYTE_TYPES = new Set([0x40, 0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f]);

/**
 * Calls `onAddress(value)` for every constant that may be a memory address in
 * a function body: `i32.const` values and load/store offsets.
 */
function scanBody(buf, body, onAddress) {
  const r = reader(buf, body.start);
  for (let groups = r.u32(); groups > 0; groups--) {
    r.u32();
    r.u8();
  }
  while (r.pos < body.end) {
    const op = r.u8();
    if (op === 0x02 || op === 0x03 || op === 0x04) {
      if (SINGLE_BYTE_TYPES.has(buf[r.pos])) r.pos++;
      else r.s64();
    } else if (op === 0x0c || op === 0x0d || op === 0x10 || op === 0x12) r.u32();
    else if (op === 0x0e) {
      for (let n = r.u32() + 1; n > 0; n--) r.u32();
    } else if (op === 0x11 || op === 0x13) {
      r.u32();
      r.u32();
    } else if (op === 0x1c) {
      for (let n = r.u32(); n > 0; n--) r.u8();
    } else if (op >= 0x20 && op <= 0x26) r.u32();
    else if (op >= 0x28 && op <= 0x3e) {
      const align = r.u32();
      if (align & 0x40) r.u32();
      onAddress(r.u32());
    } else if (op === 0x3f || op === 0x40) r.u8();
    else if (op === 0x41) onAddress(r.s64() >>> 0);
    else if (op === 0x42) r.s64();
    else if (op === 0x43) r.pos += 4;
    else if (op === 0x44) r.pos += 8;
    else if (op === 0xd0) r.u8();
    else if (op === 0xd2) r.u32();
    else if (op === 0xfc) {
      const sub = r.u32();
      if (sub === 8) {
        r.u32();
        r.u8();
      } else if (sub === 9 || sub === 13 || (sub >= 15 && sub <= 17)) r.u32();
      else if (sub === 10) r.pos += 2;
      else if (sub === 11) r.pos += 1;
      else if (sub === 12 || sub === 14) {
        r.u32();
        r.u32();
      } else if (sub > 17) throw new Error(`unknown 0xfc ${sub}`);
    } else if (op === 0xfd || op === 0xfe || op === 0xfb) {
      throw new Error(`unsupported opcode prefix 0x${op.toString(16)} (SIMD/threads/GC): update scanBody`);
    }
    // Every other opcode of the enabled features has no immediates.
  }
}

// ---------------------------------------------------------------- attribution

const STD = new Set(["core", "alloc", "std", "compiler_builtins", "dlmalloc", "hashbrown", "memchr", "rustc_demangle", "panic_abort", "adler2", "miniz_oxide", "gimli", "addr2line", "object"]);
const PRIMITIVES = /^(str|\[|&|\*|u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64|char|bool|\(|dyn )/;

/** The part of the module a function belongs to, from its name. */
function partOf(rawName, byCrate) {
  if (rawName === undefined) return "(unnamed functions)";
  // `<A as B>::f` and `<A>::f` belong to A; drop crate disambiguators `core[1a2b…]`.
  let name = rawName.replace(/\[[0-9a-f]{16}\]/g, "");
  while (name.startsWith("<")) name = name.slice(1);
  name = name.replace(/^(&mut |&|\*const |\*mut |dyn )+/, "");
  // `<T as alloc::string::ToString>::to_string`: a blanket impl, the trait's crate.
  const blanket = name.match(/^[A-Za-z0-9_]+(?:<[^>]*>)? as ([A-Za-z_][A-Za-z0-9_]*)::/);
  if (blanket) name = `${blanket[1]}::`;
  // Bare symbols: wasm-bindgen's export shims, libm and compiler builtins.
  if (/^[A-Za-z0-9_]+$/.test(name)) {
    if (["summarize", "languages", "version"].includes(name)) return byCrate ? "nutgraf" : "nutgraf::wasm";
    if (/^(__wbg|__wbindgen|__externref)/.test(name)) return "wasm-bindgen (runtime, glue)";
    if (/^(f?max|f?min|pow|log|exp|sqrt|floor|ceil|round|trunc|fabs|fmod|sin|cos|tan|cbrt|hypot)f?$|^(log|exp)(2|10|1p|m1)f?$/.test(name)) return byCrate ? "std" : "std: float formatting/parsing, libm";
    return byCrate ? "std" : "std: alloc/mem/builtins";
  }
  if (/^(summarize|languages|version)( |$)/.test(rawName)) return byCrate ? "nutgraf" : "nutgraf::wasm";
  if (/^(__wbg|__wbindgen|__externref|__wbg_)|-> Externref| shim$/.test(rawName) || /^wasm_bindgen/.test(name)) return "wasm-bindgen (runtime, glue)";
  if (/^js_sys/.test(name)) return "js-sys";
  if (/^(memcpy|memmove|memset|memcmp|bcmp|__rustc|__rust_|__rdl_|__rg_|__multi|__udiv|__umod|__div|__mod|__ashl|__lshr|__ashr|rust_begin_unwind|rust_panic|__main_void)/.test(name)) return byCrate ? "std" : "std: alloc/mem/builtins";
  if (PRIMITIVES.test(name)) return byCrate ? "std" : stdPart(name);
  const crate = (name.match(/^[A-Za-z_][A-Za-z0-9_]*/) || ["(other)"])[0];
  if (STD.has(crate)) return byCrate ? "std" : stdPart(name);
  if (byCrate) return crate.replace(/_/g, "-");
  if (crate === "nutgraf") {
    const m = name.match(/^nutgraf::([a-z_]+)(?:::([a-z_]+))?/);
    if (!m || /^[A-Z]/.test(m[1]) || m[2] === undefined) {
      // nutgraf::summarize_with, nutgraf::Language…: the crate root.
      if (m && ["entities", "rank", "clean", "keywords", "select", "text", "wasm", "options", "error", "result"].includes(m[1]) && m[2] === undefined) return `nutgraf::${m[1]}`;
      return "nutgraf (lib.rs: summarize, inlined pipeline)";
    }
    if (m[1] === "text") return `nutgraf::text::${/^[a-z_]+$/.test(m[2]) && !["Document", "Unit"].includes(m[2]) ? m[2] : "(mod)"}`;
    return `nutgraf::${m[1]}`;
  }
  if (crate === "rust_stemmers") {
    const m = name.match(/^rust_stemmers::snowball::algorithms::([a-z_]+)/);
    return m ? `rust-stemmers: ${m[1]}` : "rust-stemmers: (shared)";
  }
  return crate.replace(/_/g, "-");
}

function stdPart(name) {
  if (/flt2dec|dec2flt|fmt::float|float_to_|::f64|::f32|^f64|^f32|libm|pow|grisu|dragon/.test(name)) return "std: float formatting/parsing, libm";
  if (/^core::fmt|::fmt::|Formatter|Display|Debug|write_fmt|write_str|pad_integral/.test(name)) return "std: fmt";
  if (/^hashbrown|HashMap|HashSet|RawTable|hash::/.test(name)) return "std: hashbrown, hashing";
  if (/sort|slice::select|smallsort|quicksort|merge_sort|driftsort|heapsort/.test(name)) return "std: sort";
  if (/dlmalloc|alloc::alloc|__rust_alloc|__rdl|raw_vec|RawVec|finish_grow|handle_alloc_error/.test(name)) return "std: alloc/mem/builtins";
  if (/unicode|to_lowercase|to_uppercase|char::methods|conversions/.test(name)) return "std: unicode (case, properties)";
  if (/panic|unwrap_failed|expect_failed|slice_error_fail|index_out_of_bounds|str_index|slice_start_index|slice_end_index/.test(name)) return "std: panics, bounds checks";
  if (/^str|str::|pattern|memchr|String|string/.test(name)) return "std: str, String";
  if (/^(alloc|core)::(vec|collections|iter|slice)|Vec|Iterator|iter::/.test(name)) return "std: iterators, Vec, collections";
  return "std: other";
}

/** Attributes every code and data byte of `buf` (a wasm with a name section) to parts. */
function breakdown(buf, { byCrate = false } = {}) {
  const mod = parseModule(buf);
  const code = new Map();
  const dataRanges = new Map(); // part -> [[start,end] file ranges]
  const add = (map, part, range) => {
    if (!map.has(part)) map.set(part, []);
    map.get(part).push(range);
  };
  const segs = mod.segments.filter((s) => s.address !== null).sort((a, b) => a.address - b.address);
  const lo = segs.length ? segs[0].address : 0;
  const hi = segs.length ? segs.at(-1).address + (segs.at(-1).end - segs.at(-1).start) : 0;
  const inData = (a) => a >= lo && a < hi;
  const refs = new Map(); // address -> Set of referrers ("fn:part" or "data:address")
  const refer = (addr, who) => {
    if (!refs.has(addr)) refs.set(addr, new Set());
    refs.get(addr).add(who);
  };
  const functions = [];
  for (const body of mod.bodies) {
    const part = partOf(mod.names.get(body.index), byCrate);
    add(code, part, [body.start, body.end]);
    functions.push({ name: mod.names.get(body.index) || `func[${body.index}]`, part, size: body.end - body.start });
    // 0x110000.. are `Option<char>` niches (char::MAX + 1…), not addresses.
    scanBody(buf, body, (a) => inData(a) && (a < 0x110000 || a > 0x110003) && refer(a, `fn:${part}`));
  }
  // Pointers held by data (aligned 4-byte words).
  for (const seg of segs) {
    for (let off = (4 - (seg.address % 4)) % 4; seg.start + off + 4 <= seg.end; off += 4) {
      // Only fat pointers (`&str`, `&[T]`: address, then a length that fits) count;
      // a lone word in range is too often a table value (Unicode tables hold such numbers).
      if (seg.start + off + 8 > seg.end) break;
      const v = buf.readUInt32LE(seg.start + off);
      const len = buf.readUInt32LE(seg.start + off + 4);
      if (inData(v) && len > 0 && v + len <= hi) refer(v, `data:${seg.address + off}`);
    }
  }
  const starts = [...refs.keys()].sort((a, b) => a - b);
  const regionOf = (addr) => {
    let l = 0;
    let h = starts.length - 1;
    let found = -1;
    while (l <= h) {
      const m = (l + h) >> 1;
      if (starts[m] <= addr) {
        found = m;
        l = m + 1;
      } else h = m - 1;
    }
    return found;
  };
  const owners = new Map();
  const ownerOf = (i, seen = new Set()) => {
    if (i < 0) return new Set(["(unreferenced data)"]);
    if (owners.has(i)) return owners.get(i);
    if (seen.has(i)) return new Set();
    seen.add(i);
    const out = new Set();
    for (const who of refs.get(starts[i])) {
      if (who.startsWith("fn:")) out.add(who.slice(3));
      else for (const o of ownerOf(regionOf(Number(who.slice(5))), seen)) out.add(o);
    }
    seen.delete(i);
    if (seen.size === 0) owners.set(i, out);
    return out;
  };
  for (const seg of segs) {
    const segEnd = seg.address + (seg.end - seg.start);
    let addr = seg.address;
    while (addr < segEnd) {
      const i = regionOf(addr);
      const next = Math.min(segEnd, i + 1 < starts.length ? starts[i + 1] : segEnd);
      const o = [...ownerOf(i)];
      const part = o.length === 1 ? o[0] : o.length === 0 ? "(unreferenced data)" : "(shared data)";
      add(dataRanges, part, [seg.start + (addr - seg.address), seg.start + (next - seg.address)]);
      addr = next;
    }
  }
  for (const seg of mod.segments.filter((s) => s.address === null)) add(dataRanges, "(passive data)", [seg.start, seg.end]);
  return { mod, code, dataRanges, functions };
}

// ---------------------------------------------------------------- measuring

function bytesOf(buf, ranges) {
  return Buffer.concat(ranges.map(([s, e]) => buf.subarray(s, e)));
}

function withoutRanges(buf, ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const pieces = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (s > at) pieces.push(buf.subarray(at, s));
    at = Math.max(at, e);
  }
  pieces.push(buf.subarray(at));
  return Buffer.concat(pieces);
}

const rawOf = (ranges) => ranges.reduce((n, [s, e]) => n + e - s, 0);

function table(buf, bd) {
  const total = gz(buf);
  const parts = new Set([...bd.code.keys(), ...bd.dataRanges.keys()]);
  const rows = [];
  for (const part of parts) {
    const c = bd.code.get(part) || [];
    const d = bd.dataRanges.get(part) || [];
    rows.push({
      part,
      codeRaw: rawOf(c),
      dataRaw: rawOf(d),
      codeGzipAlone: c.length ? gz(bytesOf(buf, c)) : 0,
      dataGzipAlone: d.length ? gz(bytesOf(buf, d)) : 0,
      gzipMarginal: total - gz(withoutRanges(buf, [...c, ...d])),
    });
  }
  rows.sort((a, b) => b.gzipMarginal - a.gzipMarginal);
  return { total, rows };
}

/** Sums rows whose part starts with `prefix` into one group row (for the summary). */
function group(buf, bd, prefix) {
  const c = [];
  const d = [];
  for (const [p, r] of bd.code) if (p.startsWith(prefix)) c.push(...r);
  for (const [p, r] of bd.dataRanges) if (p.startsWith(prefix)) d.push(...r);
  return { part: `${prefix}* (all)`, codeRaw: rawOf(c), dataRaw: rawOf(d), codeGzipAlone: c.length ? gz(bytesOf(buf, c)) : 0, dataGzipAlone: d.length ? gz(bytesOf(buf, d)) : 0, gzipMarginal: gz(buf) - gz(withoutRanges(buf, [...c, ...d])) };
}

// ---------------------------------------------------------------- building

/** The shipped code, with names: the linker's output through wasm-bindgen and wasm-opt -g. */
async function namedBuild(linked, optimise) {
  const { WASM_OPT_ARGS } = await import("./build.mjs");
  const dir = mkdtempSync(join(tmpdir(), "nutgraf-size-"));
  try {
    execFileSync(cargoBin("wasm-bindgen"), ["--target", "web", "--out-dir", dir, "--out-name", "nutgraf", linked], { stdio: "inherit" });
    const file = join(dir, "nutgraf_bg.wasm");
    if (!optimise) return readFileSync(file);
    const args = WASM_OPT_ARGS.filter((a) => !a.startsWith("--strip"));
    execFileSync(join(root, "node_modules", ".bin", "wasm-opt"), [...args, "-g", file, "-o", file], { stdio: "inherit" });
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

if (flag("--build")) execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "inherit", cwd: root });

const shippedFile = option("--wasm", join(root, "pkg", "nutgraf_bg.wasm"));
if (!existsSync(shippedFile)) {
  console.error("pkg/nutgraf_bg.wasm is missing: run `node scripts/build.mjs` or pass --build");
  process.exit(1);
}
const shipped = readFileSync(shippedFile);
const targetDir = process.env.CARGO_TARGET_DIR || join(root, "target");
const linked = option("--linked", join(targetDir, "wasm32-unknown-unknown", "wasm", "nutgraf.wasm"));
const report = { wasm: { raw: shipped.length, gzip: gz(shipped) } };
const glue = join(root, "pkg", "nutgraf.js");
if (existsSync(glue)) report.glue = { raw: readFileSync(glue).length, gzip: gz(readFileSync(glue)) };

// Sections of the shipped module.
const shippedMod = parseModule(shipped);
const SECTION = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"];
report.sections = shippedMod.sections.map((s) => ({ section: s.id === 0 ? `custom "${s.name}"` : SECTION[s.id] || `#${s.id}`, raw: s.size, gzipAlone: gz(shipped.subarray(s.start, s.end)) }));

// Budgets, when the page has been built.
const dist = join(root, "dist");
if (existsSync(join(dist, "bookmarklet.js"))) {
  // The bookmarklet loads one file, its own size-optimised wasm inside (scripts/bookmarklet.mjs).
  report.bookmarklet = { total: gz(readFileSync(join(dist, BUNDLE_NAME))) };
}
if (existsSync(join(dist, "main.js"))) {
  try {
    const { pageSizes } = await import("./page.mjs");
    const p = pageSizes();
    report.page = { initial: p.initial, lazy: p.lazy, total: p.total };
  } catch (e) {
    report.page = { error: String(e.message || e) };
  }
}

let bd = null;
if (existsSync(linked)) {
  const named = await namedBuild(linked, flag("--after-opt"));
  const nm = parseModule(named);
  const size = (m, buf, id) => {
    const s = m.sections.find((x) => x.id === id);
    return s ? s.size : 0;
  };
  // wasm-opt keeps every data address and drops only runs of zeros: the non-zero data bytes must match.
  const nonZero = (m, buf) => m.segments.reduce((n, sg) => n + buf.subarray(sg.start, sg.end).reduce((k, b) => k + (b !== 0), 0), 0);
  report.namedBuildMatches = nonZero(nm, named) === nonZero(shippedMod, shipped);
  // Cut the name section out so that it does not count in the gzip figures.
  const nameSec = nm.sections.find((s) => s.id === 0 && s.name === "name");
  bd = breakdown(named, { byCrate: flag("--by") && option("--by") === "crate" });
  const cut = nameSec ? [[nameSec.start - 1 - lebLen(nameSec.size), nameSec.end]] : [];
  const body = withoutRanges(named, cut);
  // Code and data come before the name section, so cutting it out moves none of their ranges.
  const codeData = nm.sections.filter((s) => s.id === 10 || s.id === 11);
  if (nameSec && codeData.some((s) => s.end > nameSec.start)) throw new Error("name section before code/data: cannot cut it out");
  report.breakdown = table(body, bd);
  report.groups = ["nutgraf::entities", "rust-stemmers", "nutgraf", "std", "wasm-bindgen", "unicode-segmentation"].map((p) => group(body, bd, p));
  if (flag("--top")) report.top = bd.functions.sort((a, b) => b.size - a.size).slice(0, Number(option("--top", 20)));
} else {
  report.breakdown = null;
  report.note = `no ${linked}: build first for the breakdown (--build)`;
}

function lebLen(n) {
  let len = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

if (flag("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const out = console.log;
  out(`pkg/nutgraf_bg.wasm: ${kb(report.wasm.raw)} raw, ${kb(report.wasm.gzip)} gzip -9 (${report.wasm.gzip} B, measured)`);
  if (report.glue) out(`pkg/nutgraf.js:      ${kb(report.glue.raw)} raw, ${kb(report.glue.gzip)} gzip -9 (measured)`);
  if (report.bookmarklet) out(`bookmarklet loads:   ${kb(report.bookmarklet.total)} gzip (one bundle, its opt-level "z" wasm inside), budget ${kb(BUDGET_GZIP_BYTES)} (measured)`);
  if (report.page && !report.page.error) out(`page JS + wasm:      ${kb(report.page.initial)} gzip at start, ${kb(report.page.total)} with lazy chunks, budget at start 280.0 KB (measured)`);
  out("\nSections of the shipped wasm (gzip of each section alone):");
  for (const s of report.sections) out(`  ${s.section.padEnd(26)} ${String(s.raw).padStart(8)} B raw ${String(s.gzipAlone).padStart(8)} B gzip`);
  if (report.breakdown) {
    const { total, rows } = report.breakdown;
    out(`\nBreakdown (ESTIMATES; see the header of scripts/wasm_size.mjs). Module without names: ${kb(total)} gzip.`);
    if (!report.namedBuildMatches) out("  WARNING: the named rebuild's code/data sizes differ from pkg/ (the data differs: is target/ or pkg/ stale?)");
    out(`  ${"part".padEnd(46)} ${"code raw".padStart(9)} ${"data raw".padStart(9)} ${"code gz".padStart(8)} ${"data gz".padStart(8)} ${"marginal gz".padStart(11)}`);
    const line = (r) => out(`  ${r.part.slice(0, 46).padEnd(46)} ${String(r.codeRaw).padStart(9)} ${String(r.dataRaw).padStart(9)} ${String(r.codeGzipAlone).padStart(8)} ${String(r.dataGzipAlone).padStart(8)} ${String(r.gzipMarginal).padStart(11)}`);
    for (const r of rows) line(r);
    out("\n  Groups:");
    for (const r of report.groups.filter((g) => g.codeRaw + g.dataRaw > 0)) line(r);
    const ent = report.groups.find((g) => g.part.startsWith("nutgraf::entities"));
    if (ent.codeRaw + ent.dataRaw > 0) out(`\n  Entities (code + data, marginal, estimate): ${kb(ent.gzipMarginal)} gzip, budget 150.0 KB`);
    out("\n  'code gz'/'data gz': gzip of those bytes alone; 'marginal gz': gzip(module) - gzip(module without them).");
    out("  Removing a part from the source saves about its marginal figure, plus code only it reaches.");
  } else out(`\n${report.note}`);
  if (report.top) {
    out(`\nLargest functions (raw bytes, ${flag("--after-opt") ? "after" : "before"} wasm-opt):`);
    for (const f of report.top) out(`  ${String(f.size).padStart(7)}  ${f.part.padEnd(34)} ${f.name.slice(0, 100)}`);
  }
}
