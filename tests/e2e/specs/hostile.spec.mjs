// A host stylesheet with `* { all: unset !important }` and huge z-indexes does not break
// the sidebar: it is visible, on top, readable and clickable.
import { assert, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

test("the sidebar stays usable under hostile CSS", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/hostile.html`);
  await sidebar.root.waitFor({ state: "visible" });
  const box = await sidebar.root.boundingBox();
  assert(box.width >= 240 && box.height >= 300, `readable size, got ${JSON.stringify(box)}`);
  const onTop = await page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y);
    return hit && hit.tagName.toLowerCase();
  }, { x: box.x + box.width / 2, y: box.y + 40 });
  assert(onTop === "defuse-sidebar", `the sidebar is on top, found ${onTop}`);
  const fontSize = await sidebar.levelEl.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert(fontSize >= 12, `level text is readable, ${fontSize}px`);

  await sidebar.push("customer", "This is the third time I'm asking. Where is my refund???");
  await sidebar.reply(0).waitFor();
  const reply = await sidebar.replyText(0);
  await sidebar.insert(0);
  await page.waitForFunction((r) => document.getElementById("composer").value === r, reply);
});
