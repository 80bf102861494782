// Writing the help desk's composer from the panel never loses the agent's draft: replace
// then undo brings the draft back exactly (React's state too), and a write planned from a
// draft the agent has since changed is refused with a reason instead of overwriting it.
import { assertEqual, test } from "../harness.mjs";
import { ENTRIES, KITS, PanelPage, seedSites, tabIdOf } from "./panel_page.mjs";

const normal = (s) => s.replace(/\u00a0/g, " ").replace(/\s+$/, "");

async function open(context, worker, id, hosts, kit) {
  await seedSites(worker, { [new URL(hosts[kit]).origin]: ENTRIES[kit] });
  const host = await context.newPage();
  await host.goto(hosts[kit]);
  await host.locator(KITS[kit].composer).waitFor();
  const panel = await PanelPage.open(context, id, `?tab=${await tabIdOf(worker, hosts[kit])}`);
  await panel.waitState("following");
  await panel.sidebar.reply(0).waitFor();
  await host.locator(KITS[kit].composer).click();
  await host.keyboard.type("Hi Dana, one moment");
  await host.waitForFunction(() => window.hostDraft().includes("one moment"));
  await panel.waitDraftKnown();
  return { host, panel };
}

for (const kit of Object.keys(KITS)) {
  test(`${kit}: replace then undo restores the draft exactly`, async ({ context, worker, id, hosts }) => {
    const { host, panel } = await open(context, worker, id, hosts, kit);
    const reply = await panel.sidebar.replyText(0);
    // The draft is not empty: the card asks whether to insert or replace.
    await panel.sidebar.reply(0).locator('[data-testid="defuse-insert"]').click();
    await panel.sidebar.reply(0).locator('[data-testid="defuse-replace"]').click();
    await host.waitForFunction((r) => window.hostDraft().includes(r), reply);
    assertEqual(normal(await host.evaluate(() => window.hostDraft())), reply, "replace takes the whole draft");
    await panel.sidebar.undo();
    await host.waitForFunction((r) => !window.hostDraft().includes(r), reply);
    assertEqual(normal(await host.evaluate(() => window.hostDraft())), "Hi Dana, one moment", "undo brings it back");
  });

  test(`${kit}: a write planned from an outdated draft is refused, not applied`, async ({ context, worker, id, hosts }) => {
    const { host, panel } = await open(context, worker, id, hosts, kit);
    // The panel believes the draft is something the agent no longer has.
    const stale = KITS[kit].editable
      ? { kind: "editable", text: "old text", content: "old text" }
      : { kind: "value", value: "old text", start: 8, end: 8 };
    await panel.page.evaluate((s) => window.__defuse.composerState(s), stale);
    await panel.sidebar.reply(0).locator('[data-testid="defuse-insert"]').click();
    await panel.sidebar.reply(0).locator('[data-testid="defuse-insert"]').click();
    await panel.sidebar.error.filter({ hasText: "draft changed" }).waitFor();
    assertEqual(normal(await host.evaluate(() => window.hostDraft())), "Hi Dana, one moment", "draft untouched");
  });
}
