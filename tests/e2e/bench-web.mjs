// `cargo xtask bench-web`: runs www/bench.html in headless Chromium and prints its figures.
import { fileURLToPath } from "node:url";

import { launch } from "./browser.mjs";
import { startServer } from "./server.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const server = await startServer(ROOT);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/bench.html`);
  await page.waitForFunction(() => window.__benchResults, null, { timeout: 300000 });
  const results = await page.evaluate(() => window.__benchResults);
  console.log(await page.locator("#out").textContent());
  console.log(JSON.stringify(results, null, 2));
  if (results.error) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
