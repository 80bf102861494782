// axe-core, the standard accessibility checker, finds no WCAG 2.1 A or AA violation in the
// sidebar (its shadow DOM included) in the light and dark themes, calm and hostile. It
// runs on the strict-CSP demo: axe is added as a same-origin script, which the policy
// allows.
import { assert, assertEqual, test } from "../harness.mjs";
import { DemoPage } from "../fixtures/demo_page.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const CALM = [
  ["customer", "Hi! Could you tell me how to change the email address on my account?"],
  ["agent", "Of course. Open Settings, then Account, and choose Change email."],
  ["customer", "Found it, thank you so much for the quick help."],
];

const HOSTILE = [
  ["customer", "My order is THREE WEEKS late and nobody answers my emails!!!"],
  ["agent", "As I said, it ships soon."],
  ["customer", "This is the third time I'm asking. You people are useless and incompetent."],
  ["customer", "I'm disputing the charge with my bank and posting about this on twitter!!!"],
];

/** The bands the hostile conversation may read. */
const HOT = ["hostile", "critical"];

/** One sidebar state: its theme, the conversation, and a draft for the coach. */
async function scan(page, base, { theme, messages, draft, band }) {
  await page.addInitScript((theme) => {
    window.DefuseSettings = { theme };
  }, theme);
  const sidebar = new SidebarPage(page);
  const demo = new DemoPage(page);
  await sidebar.open(`${base}/csp.html`);
  await page.evaluate(() => window.DefuseDemo.open("omar"));
  for (const [role, text] of messages) await demo.say(role, text);
  if (draft) {
    await demo.composer.fill(draft);
    await page.locator('[data-testid="defuse-coach"]').waitFor();
  }
  // `band` is one band or a list of them (the hostile conversation may read hostile or
  // critical as the level's calibration is refitted; both bands' colours are scanned alike).
  await page.waitForFunction(
    (bands) => {
      const host = document.querySelector("defuse-sidebar");
      const el = host && host.shadowRoot.querySelector('[data-testid="defuse-band"]');
      return el && bands.includes(el.textContent.trim().toLowerCase());
    },
    [].concat(band),
  );
  const dark = await sidebar.root.evaluate((el) => el.classList.contains("defuse--dark"));
  assertEqual(dark, theme === "dark", `the sidebar is in the ${theme} theme`);
  await check(page, base, `${theme}/${band}`);
  return sidebar;
}

/** Runs axe on the sidebar as it is now; fails listing every violation. */
async function check(page, base, what) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.addScriptTag({ url: `${base}/e2e-tools/axe.min.js` });
  }
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(
      { include: [["defuse-sidebar"]] },
      { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
    );
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`),
      })),
    };
  }, TAGS);
  const report = result.violations
    .map((v) => `${v.id} (${v.help}):\n        ${v.nodes.join("\n        ")}`)
    .join("\n      ");
  assertEqual(result.violations.length, 0, `axe violations in ${what}:\n      ${report}\n     `);
  assert(result.passes > 0, "axe checked something");
}

for (const theme of ["light", "dark"]) {
  test(`no WCAG 2.1 A/AA violation, ${theme} theme, calm`, async ({ page, base }) => {
    await scan(page, base, { theme, messages: CALM, band: "calm" });
  });
  test(`no WCAG 2.1 A/AA violation, ${theme} theme, hostile, with a coached draft`, async ({ page, base }) => {
    await scan(page, base, {
      theme,
      messages: HOSTILE,
      draft: "As I said, calm down. It ships soon.",
      band: HOT,
    });
  });
}

test("no WCAG 2.1 A/AA violation with the settings open, an error line, and collapsed", async ({ page, base }) => {
  const sidebar = await scan(page, base, { theme: "light", messages: HOSTILE, band: HOT });
  // A bad config shows the quiet error line with its dismiss button.
  await page.evaluate(() => {
    try {
      Defuse.setConfig({ followUpMinutes: 0 });
    } catch {
      // expected: the error names the field
    }
  });
  await sidebar.error.waitFor({ state: "visible" });
  await page.locator("defuse-sidebar button", { hasText: "Settings" }).click();
  await page.locator('[data-testid="defuse-settings"]').waitFor();
  await check(page, base, "light/settings open/error line");
  await sidebar.toggle.click();
  await page.locator('[data-testid="defuse-toggle"][aria-expanded="false"]').waitFor();
  await check(page, base, "light/collapsed");
});
