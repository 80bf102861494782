// What the extension's end-to-end runs need (run.mjs, screenshots.mjs): the kit host pages
// built and served with a CSP that forbids WebAssembly, the extension copy, a browser.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";
import { chromium } from "playwright-core";

import { CHROMIUM } from "../browser.mjs";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const HOSTS = join(ROOT, "tests", "e2e", "hosts");
const BUILT = join(ROOT, "target", "e2e-hosts");
export const KITS = ["chatscope", "rce"];
/** Host pages that are plain HTML, served as they are. */
export const STATIC_HOSTS = ["generated"];
/** No 'wasm-unsafe-eval': WebAssembly cannot be compiled in these pages. */
export const NO_WASM_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/** Stops with a hint when dist/extension has not been built. */
export function requireDist() {
  if (!existsSync(join(ROOT, "dist", "extension", "manifest.json"))) {
    console.error("dist/extension is missing: run `cargo xtask dist` first");
    process.exit(2);
  }
}

export async function buildHosts() {
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

export function serve(kit) {
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
export async function extensionCopy() {
  const dir = await mkdtemp(join(tmpdir(), "defuse-ext-"));
  await cp(join(ROOT, "dist", "extension"), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

/** A fresh profile with the extension loaded; resolves to { context, worker, id, close }. */
export async function launchWithExtension(extension) {
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
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent("serviceworker");
  const id = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { context, worker, id, close };
}

export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

