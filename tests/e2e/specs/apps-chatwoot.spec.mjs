// The Chatwoot dashboard app (dist/chatwoot/) in a 300 px iframe, its parent speaking
// Chatwoot's protocol (tests/e2e/pages/apps-chatwoot.js): appContext JSON strings,
// answered to the app's fetch-info polling.
import { assert, assertEqual, test } from "../harness.mjs";
import { AppFrame } from "../fixtures/app_frame.mjs";

const BANDS_AT_LEAST_HOSTILE = ["hostile", "critical"];

async function open(page, base) {
  await page.goto(`${base}/e2e/apps-chatwoot.html`);
  const app = new AppFrame(page);
  await app.waitLevel("(l) => l >= 60", "an angry conversation reaches hostile");
  return app;
}

test("an angry conversation reaches hostile; notes, activity and templates are never read", async ({ page, base }) => {
  const app = await open(page, base);
  assert(BANDS_AT_LEAST_HOSTILE.includes(await app.band()), `band ${await app.band()}`);
  const shown = await app.shown();
  assertEqual(shown.key, "4021", "conversation key");
  assertEqual(
    JSON.stringify(shown.messages.map((m) => [m.role, m.text.slice(0, 12)])),
    JSON.stringify([
      ["customer", "Where is my "],
      ["agent", "Hi, I'm look"],
      ["customer", "THIS IS RIDI"],
      ["customer", "I'm done wit"],
    ]),
    "only customer and agent messages, private note and types 2/3 skipped",
  );
  const box = await app.element.boundingBox();
  assertEqual(Math.round(box.width), 300, "iframe width");
  const sidebar = await app.frame.locator('[data-testid="defuse-sidebar"]').boundingBox();
  assert(sidebar && sidebar.width <= 300, `the sidebar fits the 300 px iframe (${sidebar && sidebar.width})`);
});

test("a new message updates the level; a new conversation id starts again", async ({ page, base }) => {
  const app = await open(page, base);
  const before = await app.level();
  await page.evaluate(() => {
    const c = window.chatwoot;
    c.conversation.messages.push(c.message(8, 0, "You know what, forget it. You are all liars and thieves!!! I'll see you in court"));
  });
  await app.waitLevel(`(l) => l !== ${before}`, "the level moves after a new message");
  assertEqual((await app.shown()).messages.length, 5, "one message appended");

  await page.evaluate(() => {
    const c = window.chatwoot;
    c.conversation = { id: 4022, messages: [c.message(1, 0, "Hi! Quick question about my invoice, thanks :)")] };
  });
  await app.waitLevel("(l) => l < 40", "the new conversation is calm");
  const shown = await app.shown();
  assertEqual(shown.key, "4022", "new conversation key");
  assertEqual(shown.messages.length, 1, "the old conversation is gone");
});

test("Chatwoot cannot write: reply cards say Copy, the reply reaches the clipboard", async ({ page, base, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const app = await open(page, base);
  const card = app.replies.first();
  await card.waitFor();
  assertEqual(await card.locator('[data-testid="defuse-insert"]').count(), 0, "no Insert button");
  const copy = card.locator('[data-testid="defuse-copy"]');
  assertEqual((await copy.textContent()).trim(), "Copy", "the button says Copy");
  const text = (await card.locator(".defuse-reply-text").textContent()).trim();
  await copy.click();
  await app.frame.locator('[data-testid="defuse-copy"]', { hasText: "Copied" }).first().waitFor();
  const clipboard = await (await app.window()).evaluate(() => navigator.clipboard.readText());
  assertEqual(clipboard, text, "clipboard holds the reply");
});

test("a message from another origin changes nothing", async ({ page, base }) => {
  const app = await open(page, base);
  const level = await app.level();
  const starts = (await app.shown()).starts;
  const fetches = await page.evaluate(() => window.chatwoot.fetches);
  const foreign = page.frame({ url: /apps-foreign\.html/ });
  await foreign.evaluate(() => {
    const fake = {
      event: "appContext",
      data: { conversation: { id: 9999, messages: [{ id: 1, content: "Thanks so much, all sorted!", message_type: 0, private: false, created_at: 1 }] } },
    };
    window.parent.frames[0].postMessage(JSON.stringify(fake), "*");
  });
  // Two more rounds of the real parent's answers: the fake, posted before them, was seen.
  await page.waitForFunction((n) => window.chatwoot.fetches >= n + 2, fetches, { timeout: 15000 });
  const shown = await app.shown();
  assertEqual(shown.key, "4021", "still the parent's conversation");
  assertEqual(shown.starts, starts, "no conversation was started in between");
  assertEqual(await app.level(), level, "level unchanged");
});

test("after an internal error the fresh instance follows Chatwoot again", async ({ page, base }) => {
  const app = await open(page, base);
  const level = await app.level();
  const frame = await app.window();
  // The old sidebar shows the level until the restart replaces it: mark it, so the wait
  // below sees the fresh instance and not the old one in the moment before the restart.
  await frame.evaluate(() => {
    document.querySelector("defuse-sidebar").__e2eBeforePanic = true;
    window.Defuse.__panicForTest();
  });
  await frame.waitForFunction(() => {
    const hosts = document.querySelectorAll("defuse-sidebar");
    const level = hosts.length === 1 && !hosts[0].__e2eBeforePanic &&
      hosts[0].shadowRoot.querySelector('[data-testid="defuse-level"]');
    return level && Number(level.textContent) >= 60;
  }, null, { timeout: 15000 });
  assertEqual(await app.level(), level, "same conversation, same level");
  await page.evaluate(() => {
    const c = window.chatwoot;
    c.conversation = { id: 4023, messages: [c.message(1, 0, "Hi! Quick question about my invoice, thanks :)")] };
  });
  await app.waitLevel("(l) => l < 40", "the fresh instance reads the next conversation");
  assertEqual((await app.shown()).key, "4023", "new conversation key");
});

test("a same-origin window that is not the parent changes nothing", async ({ page, base }) => {
  const app = await open(page, base);
  const { starts } = await app.shown();
  const fetches = await page.evaluate(() => window.chatwoot.fetches);
  await page.evaluate(() => {
    // An iframe of the parent's own origin: right origin, wrong window.
    const sibling = document.body.appendChild(document.createElement("iframe"));
    const fake = {
      event: "appContext",
      data: { conversation: { id: 9999, messages: [{ id: 1, content: "Thanks so much, all sorted!", message_type: 0, private: false, created_at: 1 }] } },
    };
    // about:blank shares the parent's origin; a script of its own makes it the sender.
    const script = sibling.contentDocument.createElement("script");
    script.textContent = `parent.document.getElementById("app").contentWindow.postMessage(${JSON.stringify(JSON.stringify(fake))}, "*");`;
    sibling.contentDocument.body.appendChild(script);
  });
  await page.waitForFunction((n) => window.chatwoot.fetches >= n + 2, fetches, { timeout: 15000 });
  const shown = await app.shown();
  assertEqual(shown.key, "4021", "still the parent's conversation");
  assertEqual(shown.starts, starts, "no conversation was started in between");
});

test("the parent window under another origin than ?origin= is never read", async ({ page, base }) => {
  const other = base.replace("127.0.0.1", "localhost");
  await page.goto(`${base}/e2e/apps-chatwoot.html?appOrigin=${encodeURIComponent(other)}`);
  const app = new AppFrame(page);
  await page.waitForFunction(() => {
    const w = document.getElementById("app").contentWindow;
    return w && w.Defuse && w.Defuse.ready && w.document.querySelector("defuse-sidebar");
  });
  const frame = await app.window();
  await frame.evaluate(() => window.Defuse.ready);
  // Count what reaches the app's window, after the wasm's own listener has seen it.
  await frame.evaluate(() => {
    window.__received = 0;
    window.addEventListener("message", () => window.__received++);
  });
  await page.evaluate(() => {
    window.chatwoot.send();
    window.chatwoot.send();
  });
  await frame.waitForFunction(() => window.__received >= 2);
  assertEqual(await frame.evaluate(() => window.DefuseHost.shown()), null, "nothing was read");
  assertEqual(await page.evaluate(() => window.chatwoot.fetches), 0, "its fetch-info never reached this parent");
});
