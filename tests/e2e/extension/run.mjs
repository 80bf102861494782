// End-to-end tests of the browser extension: `node tests/e2e/extension/run.mjs [filter]`.
//
// Needs dist/extension (`cargo xtask dist`). Builds the two help-desk host pages from
// third-party chat kits (tests/e2e/hosts/, bundled offline by esbuild into
// target/e2e-hosts/), serves each kit on its own 127.0.0.1 port (so each is its own
// origin) with a Content-Security-Policy that forbids WebAssembly, and runs every
// tests/e2e/extension/*.spec.mjs test in a fresh Chromium profile with the unpacked
// extension loaded (launchPersistentContext, headless, /usr/bin/chromium).
//
// One change to the extension under test: the copy loaded here grants itself
// http://127.0.0.1/* up front (manifest host_permissions). The shipped extension asks for
// a site when the agent sets it up (optional host permissions), and headless Chromium
// cannot answer that prompt: chrome.permissions.request never settles.
import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { registered } from "../harness.mjs";
import {
  KITS,
  ROOT,
  STATIC_HOSTS,
  buildHosts,
  extensionCopy,
  launchWithExtension,
  requireDist,
  serve,
  withTimeout,
} from "./env.mjs";

const SPECS = join(ROOT, "tests", "e2e", "extension");
const ARTIFACTS = join(ROOT, "tests", "e2e", "artifacts");
const TEST_TIMEOUT_MS = 60000;

requireDist();
const filter = process.argv[2] || "";
await buildHosts();
const servers = {};
for (const kit of [...KITS, ...STATIC_HOSTS]) servers[kit] = await serve(kit);
const extension = await extensionCopy();
const hosts = Object.fromEntries(Object.entries(servers).map(([k, s]) => [k, s.url + "/"]));
let passed = 0;
const failed = [];

try {
  const files = (await readdir(SPECS)).filter((f) => f.endsWith(".spec.mjs")).sort();
  for (const file of files) {
    registered.length = 0;
    await import(pathToFileURL(join(SPECS, file)).href);
    for (const t of registered.splice(0)) {
      const name = `extension/${file.replace(".spec.mjs", "")} › ${t.name}`;
      if (filter && !name.includes(filter)) continue;
      const { context, worker, id, close } = await launchWithExtension(extension);
      context.setDefaultTimeout(15000);
      const pageErrors = [];
      context.on("page", (p) => p.on("pageerror", (e) => pageErrors.push(`${p.url()}: ${e}`)));
      const started = Date.now();
      try {
        await withTimeout(t.fn({ context, worker, id, hosts, pageErrors }), TEST_TIMEOUT_MS, name);
        if (pageErrors.length) throw new Error(`uncaught error in a page: ${pageErrors.join(" | ")}`);
        passed++;
        console.log(`ok    ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed.push(name);
        console.log(`FAIL  ${name}\n      ${String((error && error.stack) || error).split("\n").join("\n      ")}`);
        await mkdir(ARTIFACTS, { recursive: true });
        let n = 0;
        for (const p of context.pages()) {
          const shot = join(ARTIFACTS, `${name.replace(/[^a-z0-9]+/gi, "_")}_${n++}.png`);
          await p.screenshot({ path: shot }).catch(() => {});
        }
      } finally {
        await close();
      }
    }
  }
} finally {
  for (const server of Object.values(servers)) server.close();
  await rm(extension, { recursive: true, force: true });
}

if (failed.length) console.log(`\nfailed:\n  ${failed.join("\n  ")}`);
console.log(`\nextension: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
