// A panic inside Defuse never reaches the host page: the call that panicked returns
// normally, the host page keeps working, and the loader restarts Defuse with the same
// conversation (trap.spec.mjs covers a panic on a message and repeated panics).
import { assertEqual, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

test("a panic stays quiet, the host page keeps working and Defuse comes back", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  const level = await sidebar.waitLevelAbove(0); // the page's queued angry message
  const returned = await page.evaluate(() => {
    Defuse.__panicForTest();
    return "returned normally";
  });
  assertEqual(returned, "returned normally", "the panic did not throw into the host");

  await page.click("#host-button");
  await page.waitForFunction(() => document.getElementById("host-count").textContent === "1");

  // Calls made while Defuse restarts wait for the fresh instance instead of throwing.
  const after = await page.evaluate(() => {
    Defuse.reset();
    Defuse.pushMessage({ role: "customer", text: "My order is three weeks late and nobody answers!!" });
    return "ok";
  });
  assertEqual(after, "ok", "API calls during the restart do not throw");
  // The trapped sidebar shows its fatal line until the fresh one replaces it.
  await page.waitForFunction(() => {
    const hosts = document.querySelectorAll("defuse-sidebar");
    return hosts.length === 1 &&
      hosts[0].shadowRoot.querySelector('[data-testid="defuse-fatal"]').textContent === "";
  });
  await sidebar.root.waitFor();
  assertEqual(await sidebar.waitLevelAbove(0), level, "same message, same level after the restart");
  assertEqual(await sidebar.error.count(), 0, "no message was skipped");
});
