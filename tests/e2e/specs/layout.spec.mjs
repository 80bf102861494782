// The script tag's two layouts: `data-mount` renders the sidebar inside the host's own
// element; `data-layout="push"` narrows the page instead of covering its edge. In both,
// nothing of the host's chat is under the sidebar.
import { assert, assertEqual, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

const box = (page, selector) => page.locator(selector).first().boundingBox();

test("data-mount renders inside the host's element, in its layout", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/mount.html`);
  const inSlot = await page.evaluate(() => document.querySelector("#slot > defuse-sidebar") !== null);
  assert(inSlot, "the sidebar's host element is a child of #slot");
  const [slot, panel, composer] = [await box(page, "#slot"), await box(page, '[data-testid="defuse-sidebar"]'), await box(page, "#composer")];
  assert(Math.abs(panel.x - slot.x) <= 2, `the sidebar starts where the slot starts (${panel.x}, ${slot.x})`);
  assert(panel.width <= slot.width + 1, `the sidebar fits the slot (${panel.width} <= ${slot.width})`);
  assert(composer.x + composer.width <= panel.x + 1, "the composer is not under the sidebar");
  // It still reads the thread.
  assertEqual((await page.evaluate(() => window.Defuse.__adapterCountsForTest())).customer, 1, "thread read");
});

test("data-mount that matches nothing falls back to the overlay and says so", async ({ page, base }) => {
  // The page as served, without its slot.
  await page.route("**/e2e/mount.html", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<aside id="slot" aria-label="Defuse"></aside>', "");
    await route.fulfill({ response, body });
  });
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/mount.html`);
  await sidebar.error.filter({ hasText: "mount" }).waitFor();
  const said = await sidebar.error.textContent();
  assert(said.includes('no element matches "#slot"'), `the reason is shown: ${said}`);
  const inBody = await page.evaluate(() => document.querySelector("body > defuse-sidebar") !== null);
  assert(inBody, "the sidebar is an overlay on <body>");
});

test('data-layout="push" narrows the page by the sidebar\'s width, also when folded', async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/push.html`);
  const margin = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).marginRight));
  await page.waitForFunction(() => parseFloat(getComputedStyle(document.documentElement).marginRight) > 0);
  const panel = await box(page, '[data-testid="defuse-sidebar"]');
  assertEqual(Math.round(await margin()), Math.round(panel.width), "margin = sidebar width");
  const composer = await box(page, "#composer");
  assert(composer.x + composer.width <= panel.x + 1, `the composer ends before the sidebar (${composer.x + composer.width} <= ${panel.x})`);

  await sidebar.toggle.click();
  await page.waitForFunction((w) => parseFloat(getComputedStyle(document.documentElement).marginRight) < w, panel.width);
  const folded = await margin();
  assert(folded > 0 && folded < panel.width, `folded, the page gets its room back but the tab still fits (${folded})`);
});
