// Site-owner settings from window.DefuseSettings: a bad setting or config never stops the
// sidebar from mounting; the defaults are used and the error line names what was wrong.
import { assert, assertEqual, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

async function openCase(page, base, name) {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/settings.html?case=${name}`);
  return sidebar;
}

test("a config object with a bad field mounts with defaults and names the field", async ({ page, base }) => {
  const sidebar = await openCase(page, base, "bad-config-object");
  await sidebar.error.waitFor({ state: "visible" });
  const text = await sidebar.error.textContent();
  assert(text.includes("followUpMinutes"), `error line names the field: ${text}`);
  const errors = await page.evaluate(() => window.__errors);
  assert(errors.some((e) => e.message.includes("followUpMinutes") && e.fatal === false), JSON.stringify(errors));
  await sidebar.push("customer", "My order is three weeks late!!");
  assert((await sidebar.waitLevelAbove(0)) > 0, "the sidebar works with the default config");
});

test("config JSON text that does not parse is reported, not thrown", async ({ page, base }) => {
  const sidebar = await openCase(page, base, "bad-config-text");
  await sidebar.error.waitFor({ state: "visible" });
  const text = await sidebar.error.textContent();
  assert(text.includes("not a JSON object"), `error line says the JSON is broken: ${text}`);
});

test("a setting of the wrong type is named and the sidebar still mounts", async ({ page, base }) => {
  const sidebar = await openCase(page, base, "bad-setting");
  await sidebar.error.waitFor({ state: "visible" });
  const text = await sidebar.error.textContent();
  assert(
    text.includes("setting `dock`: invalid type: floating point `5.0`, expected a string"),
    `error line names the setting and what it was: ${text}`,
  );
  const docked = await page.evaluate(() => document.querySelector("defuse-sidebar").getAttribute("data-dock"));
  assertEqual(docked, "right", "the default dock is used");
});

test("a number with a fraction is said as given", async ({ page, base }) => {
  const sidebar = await openCase(page, base, "fractions");
  await sidebar.error.waitFor({ state: "visible" });
  const errors = await page.evaluate(() => window.__errors.map((e) => e.message));
  assertEqual(errors.length, 2, `one defuse:error event per problem: ${JSON.stringify(errors)}`);
  const both = errors.join("\n");
  assert(both.includes("`dock`: invalid type: floating point `5.5`, expected a string"), both);
  assert(both.includes("followUpMinutes") && both.includes("floating point `2.5`"), both);
});

test("text of the wrong type is quoted as serde says it", async ({ page, base }) => {
  const sidebar = await openCase(page, base, "quoted-text");
  await sidebar.error.waitFor({ state: "visible" });
  const errors = await page.evaluate(() => window.__errors.map((e) => e.message));
  assertEqual(errors.length, 1, `one defuse:error event: ${JSON.stringify(errors)}`);
  // serde's words with Rust's `{:?}` of the text: quotes, backslashes and line breaks
  // escaped, a printable letter as is, an invisible one as `\u{...}`, `'` as is.
  const expected = "`followUpMinutes`: invalid type: string \"it's \\\"x\\\"\\n\u00e9\\u{200b}\\\\\", expected";
  assert(errors[0].includes(expected), `${errors[0]}\nshould include\n${expected}`);
});

test("every problem is named, not just the last", async ({ page, base }) => {
  const sidebar = await openCase(page, base, "two-problems");
  await sidebar.error.waitFor({ state: "visible" });
  const text = await sidebar.error.textContent();
  assert(text.includes("dock") && text.includes("tone"), `both named: ${text}`);
  const errors = await page.evaluate(() => window.__errors);
  assertEqual(errors.length, 2, `one defuse:error event per problem: ${JSON.stringify(errors)}`);
});

test("each bad setting is named in turn and the good ones still apply", async ({ page, base }) => {
  const sidebar = await openCase(page, base, "bad-and-good-settings");
  await sidebar.error.waitFor({ state: "visible" });
  const errors = await page.evaluate(() => window.__errors.map((e) => e.message));
  assertEqual(errors.length, 2, `one defuse:error event per bad setting: ${JSON.stringify(errors)}`);
  assert(errors[0].includes("`theme`") && errors[0].includes("expected a string"), errors[0]);
  assert(errors[1].includes("`write`") && errors[1].includes("unknown variant `clipboard`"), errors[1]);
  const docked = await page.evaluate(() => document.querySelector("defuse-sidebar").getAttribute("data-dock"));
  assertEqual(docked, "left", "the good dock setting applies");
});

test("a good config object applies without an error", async ({ page, base }) => {
  const sidebar = await openCase(page, base, "good-config-object");
  await sidebar.push("customer", "You charged me twice and nobody answers. Refund me NOW or I cancel!!!");
  await sidebar.waitLevelAbove(0);
  assertEqual(await sidebar.error.count(), 0, "no error line");
  const errors = await page.evaluate(() => window.__errors);
  assertEqual(errors.length, 0, `no defuse:error events: ${JSON.stringify(errors)}`);
});
