// The options page: export then import round-trips the saved sites; a malformed file is
// refused with the reason and changes nothing; an edit is saved; a delete removes.
import { assert, assertEqual, test } from "../harness.mjs";
import { seedSites, storedSites } from "./panel_page.mjs";

const SITES = {
  "https://desk.example.com": {
    messages: "#thread",
    message: ".msg",
    customer: ".from-customer",
    agent: ".from-agent",
    composer: "#composer",
  },
  "http://127.0.0.1:9999": {
    messages: "[data-cs-message-list]",
    customer: ".cs-message--incoming",
    agent: ".cs-message--outgoing",
    text: ".cs-message__html-content",
    composer: "[contenteditable]",
  },
};

/** JSON with sorted keys: storage hands objects back in its own key order. */
function canon(value) {
  if (!value || typeof value !== "object") return JSON.stringify(value);
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canon(value[k])}`).join(",")}}`;
}

async function openOptions(context, id) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  return page;
}

const status = (page) => page.locator('[data-testid="options-status"]');

test("export then import round-trips the sites", async ({ context, worker, id }) => {
  await seedSites(worker, SITES);
  const page = await openOptions(context, id);
  await page.locator('[data-testid="options-site"]').nth(1).waitFor();
  await page.click('[data-testid="options-export"]');
  const exported = await page.locator('[data-testid="options-export-text"]').inputValue();
  assertEqual(canon(JSON.parse(exported)), canon(SITES), "the export holds every site");

  for (let n = 2; n > 0; n--) {
    await page.locator('[data-testid="options-delete"]').first().click();
    await page.waitForFunction((left) => document.querySelectorAll('[data-testid="options-site"]').length === left, n - 1);
  }
  assertEqual(canon(await storedSites(worker)), "{}", "all deleted");

  await page.fill('[data-testid="options-import-text"]', exported);
  await page.click('[data-testid="options-import"]');
  await status(page).filter({ hasText: "Imported 2 sites" }).waitFor();
  assertEqual(canon(await storedSites(worker)), canon(SITES), "the import restores them");
});

test("a malformed import is refused with the reason and changes nothing", async ({ context, worker, id }) => {
  await seedSites(worker, SITES);
  const page = await openOptions(context, id);
  await page.locator('[data-testid="options-site"]').first().waitFor();
  const cases = [
    ["{not json", "not JSON"],
    ["[1, 2]", "expected an object"],
    ['{"desk.example.com": {"messages": "#t", "composer": "#c"}}', "is not an origin"],
    ['{"https://a.example": {"messages": "#t", "composer": "#c", "colour": "red"}}', 'unknown field "colour"'],
    ['{"https://a.example": {"messages": "#t[", "composer": "#c"}}', "https://a.example.messages"],
    ['{"https://a.example": {"messages": "#t"}}', '"composer" is required'],
    ['{"https://ok.example": {"messages": "#t", "composer": "#c"}, "https://a.example": {"messages": 3, "composer": "#c"}}', "must be a string"],
  ];
  for (const [text, reason] of cases) {
    await page.fill('[data-testid="options-import-text"]', text);
    await page.click('[data-testid="options-import"]');
    const said = await status(page).filter({ hasText: "Import refused" }).textContent();
    assert(said.includes(reason) && said.includes("Nothing was changed"), `${text} -> ${said}`);
    assertEqual(canon(await storedSites(worker)), canon(SITES), `storage unchanged by ${text}`);
    await page.evaluate(() => (document.querySelector('[data-testid="options-status"]').textContent = ""));
  }
});

test("an edited field is saved; a bad edit is refused", async ({ context, worker, id }) => {
  await seedSites(worker, SITES);
  const page = await openOptions(context, id);
  const site = page.locator('[data-testid="options-site"]', { hasText: "https://desk.example.com" });
  await site.locator('[data-testid="options-field-composer"]').fill("#reply-box");
  await site.locator('[data-testid="options-save"]').click();
  await status(page).filter({ hasText: "Saved" }).waitFor();
  assertEqual((await storedSites(worker))["https://desk.example.com"].composer, "#reply-box", "edit saved");

  await site.locator('[data-testid="options-field-messages"]').fill("#a[");
  await site.locator('[data-testid="options-save"]').click();
  await status(page).filter({ hasText: "Not saved" }).waitFor();
  assertEqual((await storedSites(worker))["https://desk.example.com"].messages, "#thread", "bad edit not saved");
});
