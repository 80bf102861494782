// On markup full of generated class names (CSS-in-JS hashes, counters in ids), the setup
// builds its selectors from the stable attributes, and they read the thread right.
import { assert, assertEqual, test } from "../harness.mjs";
import { PanelPage, storedSites, tabIdOf } from "./panel_page.mjs";

const GENERATED = /css-|sc-|jsx-|e1fyw|kDBeAc|bKXQzE|m-10374|root-8f3a/;

test("setup avoids generated class names and ids", async ({ context, worker, id, hosts }) => {
  const host = await context.newPage();
  await host.goto(hosts.generated);
  const panel = await PanelPage.open(context, id, `?tab=${await tabIdOf(worker, hosts.generated)}`);
  await panel.waitState("new");
  await panel.page.click('[data-testid="panel-setup"]');
  const picked = panel.page.locator('[data-testid="panel-picked"]');
  await host.locator('[data-author-role="end-user"] [data-qa="message-body"]').first().click();
  await picked.filter({ hasText: "customer" }).waitFor();
  await host.locator('[data-author-role="agent"] [data-qa="message-body"]').click();
  await picked.filter({ hasText: "agent" }).waitFor();
  await host.locator('[data-qa="composer"]').click();
  await panel.page.locator('[data-testid="panel-preview"]').waitFor();
  const text = (t) => panel.page.locator(`[data-testid="${t}"]`).textContent();
  assertEqual(await text("preview-customers"), "2", "customer messages");
  assertEqual(await text("preview-agents"), "1", "agent messages");
  assertEqual(await text("preview-last"), "It is invoice 20931, from March.", "the last message, without the name");
  await panel.page.click('[data-testid="panel-save"]');
  await panel.waitState("following");

  const entry = (await storedSites(worker))[new URL(hosts.generated).origin];
  for (const [field, selector] of Object.entries(entry)) {
    assert(!GENERATED.test(selector), `${field} avoids generated names: ${selector}`);
  }
  await panel.waitCounts(2, 1);
});
