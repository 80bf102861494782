// End-to-end runner: `node tests/e2e/run.mjs [name-filter]`.
//
// Serves the repo on 127.0.0.1 (a random free port), launches /usr/bin/chromium through
// playwright-core, runs every tests/e2e/specs/*.spec.mjs test in a fresh browser context,
// prints pass/fail per test and a closing "N passed, M failed" line, and exits non-zero if
// any failed. Needs dist/ (`cargo xtask dist`). A failing test leaves a screenshot in
// tests/e2e/artifacts/.
import { existsSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { launch } from "./browser.mjs";
import { registered } from "./harness.mjs";
import { startServer } from "./server.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SPECS = join(ROOT, "tests", "e2e", "specs");
const ARTIFACTS = join(ROOT, "tests", "e2e", "artifacts");
const TEST_TIMEOUT_MS = 30000;

if (!existsSync(join(ROOT, "dist", "defuse_web_bg.wasm"))) {
  console.error("dist/ is missing: run `cargo xtask dist` first");
  process.exit(2);
}

const filter = process.argv[2] || "";
const server = await startServer(ROOT);
const browser = await launch();
let passed = 0;
const failed = [];

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

try {
  const files = (await readdir(SPECS)).filter((f) => f.endsWith(".spec.mjs")).sort();
  for (const file of files) {
    registered.length = 0;
    await import(pathToFileURL(join(SPECS, file)).href);
    const tests = registered.splice(0);
    for (const t of tests) {
      const name = `${file.replace(".spec.mjs", "")} › ${t.name}`;
      if (filter && !name.includes(filter)) continue;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      context.setDefaultTimeout(10000);
      const page = await context.newPage();
      const pageErrors = [];
      page.on("pageerror", (e) => pageErrors.push(String(e)));
      const ctx = { page, context, base: server.url, pageErrors, allowPageErrors: false };
      const started = Date.now();
      try {
        await withTimeout(t.fn(ctx), TEST_TIMEOUT_MS, name);
        if (!ctx.allowPageErrors && pageErrors.length) {
          throw new Error(`uncaught error in the page: ${pageErrors.join(" | ")}`);
        }
        passed++;
        console.log(`ok    ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed.push(name);
        console.log(`FAIL  ${name}\n      ${String(error && error.stack || error).split("\n").join("\n      ")}`);
        await mkdir(ARTIFACTS, { recursive: true });
        const shot = join(ARTIFACTS, name.replace(/[^a-z0-9]+/gi, "_") + ".png");
        await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (failed.length) {
  console.log(`\nfailed:\n  ${failed.join("\n  ")}`);
}
console.log(`\ne2e: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
