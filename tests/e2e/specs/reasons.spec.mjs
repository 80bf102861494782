// The reasons show the words that triggered them, as text.
import { assert, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

test("reasons quote the customer's own words", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  const text = "This is ridiculous, I'm cancelling my subscription and disputing the charge with my bank!!!";
  await sidebar.push("customer", text);
  await page.waitForFunction((t) => {
    const root = document.querySelector("defuse-sidebar").shadowRoot;
    const reasons = [...root.querySelectorAll('[data-testid="defuse-reason"]')];
    return reasons.length > 0 && reasons.some((r) => t.includes(r.querySelector("mark")?.textContent || "\u0000"));
  }, text);
  const marks = await page.locator('[data-testid="defuse-reason"] mark').allTextContents();
  assert(marks.length > 0, "at least one highlighted word");
  for (const m of marks) {
    assert(text.toLowerCase().includes(m.toLowerCase()), `highlight ${JSON.stringify(m)} is from the message`);
  }
});
