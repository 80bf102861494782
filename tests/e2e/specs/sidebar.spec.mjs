// The sidebar appears: one script tag mounts it in an open shadow root at the end of body.
import { assert, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

test("appears on the demo page in an open shadow root, docked right", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/`);
  const host = await page.evaluate(() => {
    const el = document.querySelector("defuse-sidebar");
    return {
      last: document.body.lastElementChild === el,
      mode: el.shadowRoot && el.shadowRoot.mode,
      sheets: el.shadowRoot.adoptedStyleSheets.length,
    };
  });
  assert(host.last, "the host element is the last child of <body>");
  assert(host.mode === "open", `shadow root is open, got ${host.mode}`);
  assert(host.sheets >= 2, "styles are adopted stylesheets");
  await sidebar.root.waitFor({ state: "visible" });
  const box = await sidebar.root.boundingBox();
  assert(box.width >= 240 && box.height >= 300, `readable size, got ${JSON.stringify(box)}`);
  assert(Math.abs(box.x + box.width - 1280) <= 2, `docked to the right edge, got ${JSON.stringify(box)}`);
  const level = await sidebar.level();
  assert(level >= 0 && level <= 100, `a level 0-100, got ${level}`);
});
