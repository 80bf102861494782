// The README's three setup screenshots: `node tests/e2e/extension/screenshots.mjs` after
// `cargo xtask dist`. Each shows the chatscope help desk with Defuse's panel beside it
// (the two pages photographed, then set side by side), into docs/screenshots/extension-*.png.
import { rm } from "node:fs/promises";
import { join } from "node:path";

import { ROOT, buildHosts, extensionCopy, launchWithExtension, requireDist, serve } from "./env.mjs";
import { KITS, PanelPage, tabIdOf } from "./panel_page.mjs";

requireDist();
await buildHosts();
const server = await serve("chatscope");
const extension = await extensionCopy();
const { context, worker, id, close } = await launchWithExtension(extension);
try {
  const url = server.url + "/";
  const host = await context.newPage();
  await host.setViewportSize({ width: 860, height: 640 });
  await host.goto(url);
  const k = KITS.chatscope;
  await host.locator(k.composer).waitFor();
  const panel = await PanelPage.open(context, id, `?tab=${await tabIdOf(worker, url)}`);
  await panel.page.setViewportSize({ width: 380, height: 640 });
  await panel.waitState("new");

  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1240, height: 640 });
  async function shoot(name) {
    const [left, right] = [await host.screenshot(), await panel.page.screenshot()];
    const img = (b) => `<img src="data:image/png;base64,${b.toString("base64")}">`;
    await sheet.setContent(
      `<body style="margin:0;display:flex;background:#888;gap:0">${img(left)}${img(right)}</body>`,
    );
    await sheet.screenshot({ path: join(ROOT, "docs", "screenshots", `extension-${name}.png`) });
  }

  await shoot("1-set-up");
  await panel.page.click('[data-testid="panel-setup"]');
  await panel.page.locator('[data-testid="panel-wizard"]').waitFor();
  await host.locator(k.customer).first().click();
  await panel.page.locator('[data-testid="panel-picked"]').filter({ hasText: "customer" }).waitFor();
  await host.locator(k.agent).first().hover();
  await shoot("2-click");
  await host.locator(k.agent).first().click();
  await panel.page.locator('[data-testid="panel-picked"]').filter({ hasText: "agent" }).waitFor();
  await host.locator(k.composer).click();
  await panel.page.locator('[data-testid="panel-preview"]').waitFor();
  await shoot("3-confirm");
  console.log("docs/screenshots/extension-{1-set-up,2-click,3-confirm}.png");
} finally {
  await close();
  server.close();
  await rm(extension, { recursive: true, force: true });
}
