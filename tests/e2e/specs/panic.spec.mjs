// A panic inside Defuse shows a quiet error in the sidebar; the host page keeps working
// and later API calls are ignored with a warning instead of throwing into the host.
import { assert, assertEqual, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

test("a panic stays quiet and the host page keeps working", async ({ page, base }) => {
  const warnings = [];
  page.on("console", (m) => {
    if (m.type() === "warning") warnings.push(m.text());
  });
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  const returned = await page.evaluate(() => {
    Defuse.__panicForTest();
    return "returned normally";
  });
  assertEqual(returned, "returned normally", "the panic did not throw into the host");
  await sidebar.fatal.waitFor({ state: "visible" });
  assert((await sidebar.fatal.textContent()).includes("internal error"), "quiet error text");

  await page.click("#host-button");
  await page.waitForFunction(() => document.getElementById("host-count").textContent === "1");

  const after = await page.evaluate(() => {
    Defuse.pushMessage({ role: "customer", text: "still there?" });
    Defuse.reset();
    return "ok";
  });
  assertEqual(after, "ok", "API calls after a panic do not throw");
  assert(warnings.some((w) => w.includes("Defuse")), "a console warning says Defuse stopped");
});
