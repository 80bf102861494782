// The page makes no request beyond the page itself and Defuse's own files.
import { assert, test } from "../harness.mjs";
import { DemoPage } from "../fixtures/demo_page.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

const PAGE_FILES = ["/", "/demo.css", "/demo.js", "/favicon.svg"];
const DEFUSE_FILES = ["/dist/defuse.js", "/dist/defuse_web.js", "/dist/defuse_web_bg.wasm"];

test("only the page and Defuse's own files are requested", async ({ page, base }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const sidebar = new SidebarPage(page);
  const demo = new DemoPage(page);
  await sidebar.open(`${base}/`);
  await demo.playScript();
  await sidebar.waitLevelAbove(20);
  await sidebar.reply(0).waitFor();
  await sidebar.insert(0);
  await page.locator('[data-testid="defuse-copy"]').first().click();
  await demo.send.click();
  await sidebar.toggle.click();
  const allowed = new Set([...PAGE_FILES, ...DEFUSE_FILES]);
  const strays = requests.filter((u) => {
    const url = new URL(u);
    return url.origin !== base || !allowed.has(url.pathname);
  });
  assert(strays.length === 0, `unexpected requests: ${strays.join(", ")}`);
  for (const f of DEFUSE_FILES) {
    assert(requests.some((u) => new URL(u).pathname === f), `${f} was loaded`);
  }
});
