// `cargo xtask screenshots`: the demo in three states -> docs/screenshots/{calm,escalating,hostile}.png.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { launch } from "./browser.mjs";
import { startServer } from "./server.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUT = join(ROOT, "docs", "screenshots");

// [file, conversation, scripted angry lines to play, the bands it should show]
const STATES = [
  ["calm", "omar", 0, (band) => band === "calm"],
  ["escalating", "dana", 1, (band) => band === "tense" || band === "heated"],
  ["hostile", "dana", 5, (band) => band === "hostile" || band === "critical"],
];

await mkdir(OUT, { recursive: true });
const server = await startServer(ROOT);
const browser = await launch();
try {
  for (const [name, who, lines, wanted] of STATES) {
    const context = await browser.newContext({
      viewport: { width: 1360, height: 820 },
      colorScheme: "light",
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.Defuse && window.Defuse.ready);
    await page.evaluate(() => window.Defuse.ready);
    await page.locator('[data-testid="defuse-sidebar"]').waitFor();
    await page.evaluate(([who, n]) => {
      window.DefuseDemo.open(who);
      window.DefuseDemo.script.slice(0, n).forEach((m) => window.DefuseDemo.say(m.role, m.text));
    }, [who, lines]);
    await page.waitForFunction(() => {
      const root = document.querySelector("defuse-sidebar").shadowRoot;
      return root.querySelector('[data-testid="defuse-reply"]') || root.querySelector('[data-testid="defuse-band"]');
    });
    const band = (await page.locator('[data-testid="defuse-band"]').textContent()).trim();
    if (!wanted(band)) console.warn(`warning: ${name} screenshot shows band ${band}`);
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${file} (band: ${band})`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
