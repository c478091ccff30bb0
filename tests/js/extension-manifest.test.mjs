// The browser extension's manifest (www/extension/manifest.json, and the copy
// `npm run build` writes to dist/extension/ with the package's version): the
// permissions are exactly activeTab, scripting and contextMenus; no host
// permissions, no way for pages or other extensions in, no remote code, no
// network; and the zip holds exactly the unpacked extension.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { EXTENSION_DIR, EXTENSION_ZIP } from "../../scripts/bookmarklet.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
const built = join(dist, EXTENSION_DIR);
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const source = readJson(join(root, "www", "extension", "manifest.json"));

/** What the extension may do, checked on the source and on the built manifest. */
function checkPermissions(manifest, label) {
  assert.equal(manifest.manifest_version, 3, label);
  assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "contextMenus", "scripting"], `${label}: permissions`);
  for (const key of [
    "host_permissions",
    "optional_permissions",
    "optional_host_permissions",
    "content_scripts",
    "web_accessible_resources",
    "externally_connectable",
    "update_url",
  ]) {
    assert.equal(manifest[key], undefined, `${label}: ${key}`);
  }
  // Only the extension's own code, the wasm allowed to compile, nothing fetched from elsewhere.
  const csp = manifest.content_security_policy.extension_pages;
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives["default-src"], ["'self'"], `${label}: default-src`);
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"], `${label}: script-src`);
  assert.deepEqual(Object.keys(directives).sort(), ["default-src", "object-src", "script-src"], `${label}: CSP directives`);
  assert.doesNotMatch(csp, /https?:|\*|'unsafe-eval'|'unsafe-inline'/, `${label}: CSP`);
  // The button and its shortcut; one background file for both browsers.
  assert.equal(manifest.background.service_worker, "background.js", label);
  assert.deepEqual(manifest.background.scripts, ["background.js"], `${label}: Firefox's background`);
  assert.ok(manifest.commands._execute_action.suggested_key.default, `${label}: shortcut`);
  assert.match(manifest.browser_specific_settings.gecko.id, /^[\w.-]+@[\w.-]+$/, `${label}: Firefox id`);
}

/** Every file under `dir`, relative, with forward slashes. */
function files(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split("\\").join("/"))
    .sort();
}

test("the extension's manifest asks for activeTab, scripting and contextMenus only", () => {
  checkPermissions(source, "www/extension/manifest.json");
});

test("the built extension: same manifest with the package's version, every file it names, the zip", { skip: !existsSync(built) && "dist/extension/ not built (npm run build)" }, () => {
  const manifest = readJson(join(built, "manifest.json"));
  checkPermissions(manifest, "dist/extension/manifest.json");
  assert.equal(manifest.version, readJson(join(root, "package.json")).version);
  assert.deepEqual({ ...manifest, version: undefined }, { ...source, version: undefined }, "the build changes nothing but the version");
  const named = [
    manifest.background.service_worker,
    ...Object.values(manifest.icons),
    ...Object.values(manifest.action.default_icon),
  ];
  const present = files(built);
  for (const f of named) assert.ok(present.includes(f), `manifest names ${f}, missing`);
  // What background.js injects and loads, and nothing else besides the manifest and icons.
  assert.deepEqual(
    present.filter((f) => !f.startsWith("icons/")),
    ["background.js", "content.js", "manifest.json", "nutgraf_bg.wasm"],
  );
  const zip = unzipSync(readFileSync(join(dist, EXTENSION_ZIP)));
  assert.deepEqual(Object.keys(zip).sort(), present, "the zip holds the unpacked extension");
  for (const f of present) assert.ok(Buffer.from(zip[f]).equals(readFileSync(join(built, f))), `${f} differs in the zip`);
});
