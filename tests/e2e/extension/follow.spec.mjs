// Which tab the panel reads: a pop-out (`panel.html?tab=N`) stays on its tab whatever is
// active; the side panel follows the active tab (the real side panel, reached over CDP,
// and panel.html?window=W, the same code with the window given, which Playwright can
// drive), and a conversation switch inside the help desk rebuilds.
import { assert, assertEqual, test } from "../harness.mjs";
import { ENTRIES, KITS, PanelPage, openSidePanel, seedSites, tabIdOf } from "./panel_page.mjs";

/** Both kits set up, as a colleague's exported file would have it. */
async function seedBoth(worker, hosts) {
  const sites = {};
  for (const kit of Object.keys(KITS)) sites[new URL(hosts[kit]).origin] = ENTRIES[kit];
  await seedSites(worker, sites);
}

async function openHosts(context, hosts) {
  const pages = {};
  for (const kit of Object.keys(KITS)) {
    pages[kit] = await context.newPage();
    await pages[kit].goto(hosts[kit]);
    await pages[kit].locator(KITS[kit].composer).waitFor();
  }
  return pages;
}

test("pop-out follows its own tab, whichever tab is active", async ({ context, worker, id, hosts }) => {
  await seedBoth(worker, hosts);
  const pages = await openHosts(context, hosts);
  const chatscope = await tabIdOf(worker, hosts.chatscope);
  const popout = await PanelPage.open(context, id, `?tab=${chatscope}`);
  await popout.waitState("following");
  assert((await popout.status()).includes(new URL(hosts.chatscope).origin), "follows the chatscope tab");
  await popout.waitCounts(2, 1);

  await pages.rce.bringToFront();
  await worker.evaluate((t) => chrome.tabs.update(t, { active: true }), await tabIdOf(worker, hosts.rce));
  await pages.rce.evaluate(() => window.hostCustomerSays("This message is in the other tab."));
  await pages.chatscope.evaluate(() => window.hostCustomerSays("Still waiting on my lamp!!!"));
  await popout.waitCounts(3, 1);
  assert((await popout.status()).includes(new URL(hosts.chatscope).origin), "still the chatscope tab");
});

test("side panel follows the active tab and the conversation shown in it", async ({ context, worker, id, hosts }) => {
  await seedBoth(worker, hosts);
  const pages = await openHosts(context, hosts);
  const [chatscope, rce] = [await tabIdOf(worker, hosts.chatscope), await tabIdOf(worker, hosts.rce)];
  const windowId = await worker.evaluate(async (t) => (await chrome.tabs.get(t)).windowId, chatscope);
  // The panel in a window of its own, following the help desks' window as a side panel does.
  const opened = context.waitForEvent("page");
  await worker.evaluate(
    ([url]) => chrome.windows.create({ url, type: "popup" }),
    [`chrome-extension://${id}/panel.html?window=${windowId}`],
  );
  const panel = new PanelPage(await opened);
  await panel.ready();

  const activate = (tab) => worker.evaluate((t) => chrome.tabs.update(t, { active: true }), tab);
  await activate(chatscope);
  await panel.page.waitForFunction((o) => document.body.dataset.state === "following" &&
    document.querySelector('[data-testid="panel-status"]').textContent.includes(o), new URL(hosts.chatscope).origin);
  await panel.waitCounts(2, 1);

  await activate(rce);
  await panel.page.waitForFunction((o) => document.body.dataset.state === "following" &&
    document.querySelector('[data-testid="panel-status"]').textContent.includes(o), new URL(hosts.rce).origin);
  await panel.waitCounts(2, 1);
  await pages.rce.evaluate(() => window.hostCustomerSays("Any news on my lamp?"));
  await panel.waitCounts(3, 1);

  // Another conversation in the same help desk: the thread is rebuilt from what it shows.
  await pages.rce.getByRole("button", { name: "Lee" }).click();
  await panel.waitCounts(1, 1);
  assertEqual((await panel.counts()).rebuilds, 1, "one rebuild for the switch");
});

test("the real side panel follows the active tab", async ({ context, worker, id, hosts }) => {
  await seedBoth(worker, hosts);
  await openHosts(context, hosts);
  const side = await openSidePanel(context, id);
  const activate = (tab) => worker.evaluate((t) => chrome.tabs.update(t, { active: true }), tab);
  const following = (origin) =>
    `document.body.dataset.state === "following" && document.querySelector('[data-testid="panel-status"]').textContent.includes(${JSON.stringify(origin)})`;
  const counts = (c, a) =>
    `(() => { const n = window.__defuse.adapterCountsForTest(); return n && n.customer === ${c} && n.agent === ${a}; })()`;

  await activate(await tabIdOf(worker, hosts.rce));
  await side.waitFor(following(new URL(hosts.rce).origin));
  await side.waitFor(counts(2, 1));
  await activate(await tabIdOf(worker, hosts.chatscope));
  await side.waitFor(following(new URL(hosts.chatscope).origin));
  await side.waitFor(counts(2, 1));
  const level = await side.evaluate(
    `document.querySelector("defuse-sidebar").shadowRoot.querySelector('[data-testid="defuse-level"]').textContent`,
  );
  assert(/^\d+$/.test(level.trim()), `the sidebar shows a level: ${level}`);
});
