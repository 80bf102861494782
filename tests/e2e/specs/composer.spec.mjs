// Inserting a reply into each composer kind keeps the agent's draft (insert at the cursor;
// replace only when chosen), and undo restores the draft exactly.
import { assert, assertEqual, test } from "../harness.mjs";
import { ComposerPage } from "../fixtures/composer_page.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

const KINDS = [
  ["textarea", "/e2e/api.html"],
  ["input", "/e2e/input.html"],
  ["contenteditable", "/e2e/editable.html"],
  ["React-controlled input", "/e2e/react.html"],
];

const ANGRY = "My package is two weeks late and nobody has answered my emails. This is ridiculous!";
const normal = (s) => s.replace(/\u00a0/g, " ").replace(/\n$/, "");

async function setUp(page, url) {
  const sidebar = new SidebarPage(page);
  const composer = new ComposerPage(page);
  await sidebar.open(url);
  await sidebar.push("customer", ANGRY);
  await sidebar.reply(0).waitFor();
  return { sidebar, composer, reply: await sidebar.replyText(0) };
}

/** For the React imitation: a re-render must not lose what Defuse wrote. */
async function rerenderIfReact(page, kind, composer) {
  if (!kind.startsWith("React")) return;
  await page.click("#rerender");
  const [state, draft] = [await page.evaluate(() => window.__reactState()), await composer.draft()];
  assertEqual(draft, state, "React state follows the composer after a re-render");
}

for (const [kind, path] of KINDS) {
  test(`${kind}: insert keeps the draft, replace only when chosen, undo restores`, async ({ page, base }) => {
    const { sidebar, composer, reply } = await setUp(page, base + path);
    const draft = "Hi Dana,";
    await composer.type(draft);

    await sidebar.insert(0, "insert");
    let now = await composer.waitDraft((d) => normal(d).includes(reply), "after insert");
    assertEqual(normal(now), `${draft} ${reply}`, "draft kept, reply after the cursor");
    await rerenderIfReact(page, kind, composer);

    await sidebar.undo();
    now = await composer.waitDraft((d) => !normal(d).includes(reply), "after undo");
    assertEqual(normal(now), draft, "undo restores the draft exactly");
    await rerenderIfReact(page, kind, composer);

    await sidebar.insert(0, "replace");
    now = await composer.waitDraft((d) => normal(d).includes(reply), "after replace");
    assertEqual(normal(now), reply, "replace takes the whole draft");
    await rerenderIfReact(page, kind, composer);

    await sidebar.undo();
    now = await composer.waitDraft((d) => !normal(d).includes(reply), "after undoing replace");
    assertEqual(normal(now), draft, "undo brings the replaced draft back");
  });
}

test("textarea: insert goes at the cursor, in the middle of a draft", async ({ page, base }) => {
  const { sidebar, composer, reply } = await setUp(page, `${base}/e2e/api.html`);
  await composer.type("Hello there");
  await composer.caretAt(5);
  await sidebar.insert(0, "insert");
  const now = await composer.waitDraft((d) => d.includes(reply), "after insert");
  assertEqual(now, `Hello ${reply} there`, "reply at the cursor, draft around it");
});

test("empty composer: insert writes the reply without asking", async ({ page, base }) => {
  const { sidebar, composer, reply } = await setUp(page, `${base}/e2e/input.html`);
  await sidebar.insert(0);
  const now = await composer.waitDraft((d) => d.length > 0, "after insert");
  assertEqual(now, reply, "the reply is the draft");
  assert(!(await sidebar.reply(0).locator('[data-testid="defuse-replace"]').count()), "no choice asked");
});
