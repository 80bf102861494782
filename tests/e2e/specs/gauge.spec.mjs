// Pushed (JS API) and DOM-observed messages move the gauge.
import { assert, test } from "../harness.mjs";
import { DemoPage } from "../fixtures/demo_page.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

test("messages pushed through the API move the gauge", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  // The page queued one angry message before the loader ran.
  const queued = await sidebar.waitLevelAbove(0);
  await sidebar.push("customer", "This is RIDICULOUS. You people are useless and I'm calling my bank to charge this back!!!");
  await sidebar.push("customer", "I want a refund NOW or I'm posting a review everywhere.");
  const after = await sidebar.waitLevelAbove(queued);
  assert(after > queued, `level rose from ${queued} to ${after}`);
  assert((await sidebar.band()) !== "calm", "band left calm");
});

test("messages observed in the host's DOM move the gauge", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  const demo = new DemoPage(page);
  await sidebar.open(`${base}/`);
  const before = await sidebar.level();
  await demo.playScript();
  const after = await sidebar.waitLevelAbove(before);
  assert(after >= 40, `the scripted angry conversation is at least heated, got ${after}`);
  assert(!["calm", "tense"].includes(await sidebar.band()), "band is heated or worse");
});
