// The strict-CSP page works with no violation: the header and the meta tag both say
// default-src 'self'; script-src 'self' 'wasm-unsafe-eval'.
import { assert, assertEqual, test } from "../harness.mjs";
import { DemoPage } from "../fixtures/demo_page.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

test("the strict-CSP demo works with no CSP violation", async ({ page, base }) => {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const consoleCsp = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  const response = await page.goto(`${base}/csp.html`);
  assertEqual(
    response.headers()["content-security-policy"],
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
    "CSP header",
  );
  const sidebar = new SidebarPage(page);
  await sidebar.ready();
  const demo = new DemoPage(page);
  await demo.playScript();
  await sidebar.waitLevelAbove(30);
  await sidebar.reply(0).waitFor();
  const reply = await sidebar.replyText(0);
  await sidebar.insert(0);
  await page.waitForFunction((r) => document.getElementById("composer").value === r, reply);
  // Exercise the rest of the UI that could set styles: collapse and expand.
  await sidebar.toggle.click();
  await sidebar.toggle.click();
  await sidebar.root.waitFor({ state: "visible" });
  const violations = await page.evaluate(() => window.__csp);
  assertEqual(violations.length, 0, `CSP violations: ${violations.join("; ")}`);
  assert(consoleCsp.length === 0, `CSP console errors: ${consoleCsp.join("; ")}`);
});
