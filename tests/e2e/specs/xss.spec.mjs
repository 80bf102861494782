// Customer text with HTML and script payloads renders as text and runs nothing, whether it
// arrives through the API or through the DOM adapter.
import { assert, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

const PAYLOAD =
  'You are useless!!! <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=1</script> I want a refund';

async function checkInert(page, requests) {
  const found = await page.evaluate(() => {
    const root = document.querySelector("defuse-sidebar").shadowRoot;
    return {
      pwned: window.__pwned,
      elements: root.querySelectorAll("img, script, iframe, object").length,
      text: root.textContent,
    };
  });
  assert(found.pwned === undefined, "window.__pwned stays undefined");
  assert(found.elements === 0, `no img/script elements in the sidebar, found ${found.elements}`);
  assert(!requests.some((u) => new URL(u).pathname === "/x"), "the <img src=x> was never requested");
  return found.text;
}

test("payloads pushed through the API render as text", async ({ page, base }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  await sidebar.push("customer", PAYLOAD);
  await sidebar.push("customer", "<b>bold?</b> " + PAYLOAD);
  await page.waitForFunction(() => {
    const root = document.querySelector("defuse-sidebar").shadowRoot;
    return root.querySelectorAll('[data-testid="defuse-reason"]').length > 0;
  });
  await sidebar.reply(0).waitFor();
  await checkInert(page, requests);
  // Inserting a reply that may mirror the payload still writes text only.
  await sidebar.insert(0);
  await checkInert(page, requests);
});

test("payloads observed in the host's DOM render as text", async ({ page, base }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/fingerprint.html`);
  await page.evaluate((p) => window.host.add("customer", p), PAYLOAD);
  await page.waitForFunction(() => {
    const c = window.Defuse.__adapterCountsForTest();
    return c && c.customer === 1;
  });
  await page.waitForFunction(() => {
    const root = document.querySelector("defuse-sidebar").shadowRoot;
    return root.querySelectorAll('[data-testid="defuse-reason"]').length > 0;
  });
  await checkInert(page, requests);
});
