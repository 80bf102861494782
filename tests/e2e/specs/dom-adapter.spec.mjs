// The DOM adapter never counts a message twice (re-renders, virtualized lists, with and
// without ids), survives the host replacing its subtree, and rebuilds on an edit.
import { assertEqual, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

async function counts(page, expected, what) {
  await page
    .waitForFunction((e) => {
      const c = window.Defuse.__adapterCountsForTest();
      return c && c.customer === e.customer && c.agent === e.agent && c.rebuilds === e.rebuilds;
    }, expected, { timeout: 5000 })
    .catch(() => {});
  const got = await page.evaluate(() => window.Defuse.__adapterCountsForTest());
  assertEqual(JSON.stringify(got), JSON.stringify(expected), what);
}

async function add(page, messages) {
  await page.evaluate((ms) => ms.forEach(([r, t]) => window.host.add(r, t)), messages);
}

const THREE = [
  ["customer", "My order 1182 has not arrived."],
  ["agent", "Sorry to hear that, let me check."],
  ["customer", "It was due last Monday."],
];

for (const pageName of ["virtual", "fingerprint"]) {
  const label = pageName === "virtual" ? "with ids" : "without ids";

  test(`re-renders never double count (${label})`, async ({ page, base }) => {
    await new SidebarPage(page).open(`${base}/e2e/${pageName}.html`);
    await add(page, THREE);
    await counts(page, { customer: 2, agent: 1, rebuilds: 0 }, "after three messages");
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) window.host.rerender();
    });
    // A sentinel proves the re-renders were processed before we look.
    await add(page, [["customer", "Hello??"]]);
    await counts(page, { customer: 3, agent: 1, rebuilds: 0 }, "after re-renders and one more");
  });

  test(`a virtualized window counts each message once (${label})`, async ({ page, base }) => {
    await new SidebarPage(page).open(`${base}/e2e/${pageName}.html`);
    await page.evaluate(() => window.host.window(0, 4));
    const messages = [];
    for (let i = 1; i <= 12; i++) {
      messages.push([i % 3 === 0 ? "agent" : "customer", `Message number ${i} about my order`]);
    }
    await add(page, messages);
    for (const start of [2, 4, 6, 8, 5, 0, 8]) {
      await page.evaluate((s) => window.host.window(s, 4), start);
    }
    await add(page, [["customer", "Anyone?"]]);
    await page.evaluate(() => window.host.window(9, 4));
    await counts(page, { customer: 9, agent: 4, rebuilds: 0 }, "every message once");
  });

  test(`survives the host replacing its whole subtree (${label})`, async ({ page, base }) => {
    await new SidebarPage(page).open(`${base}/e2e/${pageName}.html`);
    await add(page, THREE);
    await counts(page, { customer: 2, agent: 1, rebuilds: 0 }, "before replacing");
    await page.evaluate(() => window.host.replaceAll());
    await page.evaluate(() => window.host.replaceAll());
    await add(page, [["customer", "Still waiting."]]);
    await counts(page, { customer: 3, agent: 1, rebuilds: 0 }, "the new list is followed");
  });

  test(`an edited message rebuilds the conversation (${label})`, async ({ page, base }) => {
    await new SidebarPage(page).open(`${base}/e2e/${pageName}.html`);
    await add(page, THREE);
    await counts(page, { customer: 2, agent: 1, rebuilds: 0 }, "before the edit");
    await page.evaluate(() => window.host.edit(2, "It was due last Monday!!! Unacceptable."));
    await counts(page, { customer: 2, agent: 1, rebuilds: 1 }, "rebuilt, not added");
  });
}
