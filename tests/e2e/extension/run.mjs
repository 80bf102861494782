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
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { build } from "esbuild";
import { chromium } from "playwright-core";

import { CHROMIUM } from "../browser.mjs";
import { registered } from "../harness.mjs";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SPECS = join(ROOT, "tests", "e2e", "extension");
const HOSTS = join(ROOT, "tests", "e2e", "hosts");
const BUILT = join(ROOT, "target", "e2e-hosts");
const ARTIFACTS = join(ROOT, "tests", "e2e", "artifacts");
const KITS = ["chatscope", "rce"];
const TEST_TIMEOUT_MS = 60000;
/** No 'wasm-unsafe-eval': WebAssembly cannot be compiled in these pages. */
export const NO_WASM_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

if (!existsSync(join(ROOT, "dist", "extension", "manifest.json"))) {
  console.error("dist/extension is missing: run `cargo xtask dist` first");
  process.exit(2);
}

async function buildHosts() {
  for (const kit of KITS) {
    await build({
      entryPoints: [join(HOSTS, kit, "app.jsx")],
      bundle: true,
      outfile: join(BUILT, kit, "app.js"),
      jsx: "automatic",
      define: { "process.env.NODE_ENV": '"production"' },
      loader: { ".woff": "empty", ".woff2": "empty", ".ttf": "empty", ".svg": "dataurl", ".png": "dataurl" },
      logLevel: "error",
    });
  }
}

const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

function serve(kit) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url || "/").split(/[?#]/)[0]).replace(/^\/+/, "") || "index.html";
    const dir = path === "index.html" ? join(HOSTS, kit) : join(BUILT, kit);
    const file = normalize(join(dir, path));
    try {
      if (!file.startsWith(dir + sep)) throw new Error("outside");
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": MIME[extname(file)] || "application/octet-stream",
        "Content-Security-Policy": NO_WASM_CSP,
        "Cache-Control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

/** The extension as built, granted the test servers' origin up front (see above). */
async function extensionCopy() {
  const dir = await mkdtemp(join(tmpdir(), "defuse-ext-"));
  await cp(join(ROOT, "dist", "extension"), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const filter = process.argv[2] || "";
await buildHosts();
const servers = {};
for (const kit of KITS) servers[kit] = await serve(kit);
const extension = await extensionCopy();
let passed = 0;
const failed = [];

try {
  const files = (await import("node:fs/promises").then((fs) => fs.readdir(SPECS)))
    .filter((f) => f.endsWith(".spec.mjs"))
    .sort();
  for (const file of files) {
    registered.length = 0;
    await import(pathToFileURL(join(SPECS, file)).href);
    for (const t of registered.splice(0)) {
      const name = `extension/${file.replace(".spec.mjs", "")} › ${t.name}`;
      if (filter && !name.includes(filter)) continue;
      const profile = await mkdtemp(join(tmpdir(), "defuse-profile-"));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1280, height: 800 },
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          `--disable-extensions-except=${extension}`,
          `--load-extension=${extension}`,
        ],
      });
      context.setDefaultTimeout(15000);
      const pageErrors = [];
      context.on("page", (p) => p.on("pageerror", (e) => pageErrors.push(`${p.url()}: ${e}`)));
      const started = Date.now();
      try {
        let [worker] = context.serviceWorkers();
        if (!worker) worker = await context.waitForEvent("serviceworker");
        const id = new URL(worker.url()).host;
        const hosts = Object.fromEntries(KITS.map((k) => [k, servers[k].url + "/"]));
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
        await context.close();
        await rm(profile, { recursive: true, force: true });
      }
    }
  }
} finally {
  for (const kit of KITS) servers[kit].close();
  await rm(extension, { recursive: true, force: true });
}

if (failed.length) console.log(`\nfailed:\n  ${failed.join("\n  ")}`);
console.log(`\nextension: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
