// A message that crashes the wasm costs that message, not the session: the panel page
// reloads, reads the tab's thread again, skips that one text with a quiet line, and goes
// on following the tab (the same recovery as the script tag's, crates/defuse-web/src/fatal.rs).
import { assert, test } from "../harness.mjs";
import { ENTRIES, KITS, PanelPage, seedSites, tabIdOf } from "./panel_page.mjs";

const TRAP = "This exact message makes the test build trap.";

test("a trap in the panel skips one message and keeps following", async ({ context, worker, id, hosts, pageErrors }) => {
  await seedSites(worker, { [new URL(hosts.rce).origin]: ENTRIES.rce });
  const host = await context.newPage();
  await host.goto(hosts.rce);
  await host.locator(KITS.rce.composer).waitFor();
  const panel = await PanelPage.open(context, id, `?tab=${await tabIdOf(worker, hosts.rce)}`);
  await panel.page.evaluate((t) => sessionStorage.setItem("defuse:trapOnForTest", t), TRAP);
  await panel.page.reload();
  await panel.ready();
  await panel.waitState("following");
  await panel.waitCounts(2, 1);

  const reloaded = panel.page.waitForEvent("load");
  await host.evaluate((t) => window.hostCustomerSays(t), TRAP);
  await reloaded;
  await panel.ready();
  await panel.waitState("following");
  await panel.sidebar.error.filter({ hasText: "could not be read" }).waitFor();
  await host.evaluate(() => window.hostCustomerSays("Where is my lamp?! This is taking forever!!!"));
  await panel.page.waitForFunction(() => window.__defuse.adapterCountsForTest().customer === 4);
  assert((await panel.sidebar.level()) > 0, "the gauge reads the conversation again");
  // The trap itself surfaces as an uncaught RuntimeError in the panel page: expected here.
  const others = pageErrors.filter((e) => !/RuntimeError|unreachable/.test(e));
  pageErrors.length = 0;
  assert(others.length === 0, `no other errors: ${others.join(" | ")}`);
});

test("a trap in the draft coach turns the panel's coach off, not Defuse", async ({ context, worker, id, hosts, pageErrors }) => {
  await seedSites(worker, { [new URL(hosts.rce).origin]: ENTRIES.rce });
  const host = await context.newPage();
  await host.goto(hosts.rce);
  await host.locator(KITS.rce.composer).waitFor();
  const panel = await PanelPage.open(context, id, `?tab=${await tabIdOf(worker, hosts.rce)}`);
  await panel.page.evaluate((t) => sessionStorage.setItem("defuse:trapOnForTest", t), TRAP);
  await panel.page.reload();
  await panel.ready();
  await panel.waitState("following");
  await panel.waitCounts(2, 1);

  // The agent's draft is the trapping text: the coach traps, the panel reloads once.
  const reloaded = panel.page.waitForEvent("load");
  await host.locator(KITS.rce.composer).click();
  await host.keyboard.type(TRAP);
  await reloaded;
  await panel.ready();
  await panel.waitState("following");
  await panel.waitCounts(2, 1);
  // Typing on does not trap again: the reloaded panel left the coach off and says so.
  await host.keyboard.type(" again");
  await panel.sidebar.error.filter({ hasText: "draft coach stopped" }).waitFor();
  const restarts = await panel.page.evaluate(
    () => JSON.parse(sessionStorage.getItem("defuse:recovery")).restarts,
  );
  assert(restarts === 1, `one reload, not a loop (restarts ${restarts})`);
  await host.evaluate(() => window.hostCustomerSays("Where is my lamp?! This is taking forever!!!"));
  await panel.page.waitForFunction(() => window.__defuse.adapterCountsForTest().customer === 3);
  assert((await panel.sidebar.level()) > 0, "the gauge still reads the conversation");
  const others = pageErrors.filter((e) => !/RuntimeError|unreachable/.test(e));
  pageErrors.length = 0;
  assert(others.length === 0, `no other errors: ${others.join(" | ")}`);
});
