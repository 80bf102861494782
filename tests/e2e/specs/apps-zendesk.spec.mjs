// The Zendesk ticket sidebar app (dist/zendesk/) running the real ZAF SDK from npm, in a
// 300 px iframe; the parent page (tests/e2e/pages/apps-zendesk.js) answers the SDK's
// postMessage protocol as the SDK's own source expects.
import { assert, assertEqual, test } from "../harness.mjs";
import { AppFrame } from "../fixtures/app_frame.mjs";

async function open(page, base) {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${base}/e2e/apps-zendesk.html`);
  const app = new AppFrame(page);
  await app.waitLevel("(l) => l >= 60", "an angry ticket reaches hostile");
  return { app, requests };
}

test("an angry ticket reaches hostile; internal notes and system messages are never read; HTML is read as text", async ({ page, base }) => {
  const { app, requests } = await open(page, base);
  assert(["hostile", "critical"].includes(await app.band()), `band ${await app.band()}`);
  const shown = await app.shown();
  assertEqual(shown.key, "311", "ticket id is the conversation");
  assertEqual(
    JSON.stringify(shown.messages.map((m) => m.role)),
    JSON.stringify(["customer", "agent", "customer", "customer"]),
    "roles: end-user is the customer, agent the agent; the note and the system line skipped",
  );
  assertEqual(shown.messages[0].text, "My order #5512 still hasn't arrived.\nIt was due last Monday.", "text of the HTML");
  assert(!shown.messages[2].text.includes("thanks for your patience"), "quoted history left out");
  assert(shown.messages[2].text.includes("\nUseless company"), "a <br> is a line break");
  assert(!(await page.evaluate(() => window.__pwned)), "no handler in a message ever ran");
  assert(!requests.some((u) => u.includes("never-loaded")), "nothing a message points at was loaded");
  const z = await page.evaluate(() => window.zendesk);
  assert(z.subscribed.includes("ticket.conversation.changed"), `subscribed: ${z.subscribed}`);
  assertEqual(JSON.stringify(z.resizes[0]), JSON.stringify({ width: "100%", height: "560px" }), "resize");
  const box = await app.frame.locator('[data-testid="defuse-sidebar"]').boundingBox();
  assert(box && box.width <= 300, `the sidebar fits the 300 px iframe (${box && box.width})`);
});

test("ticket.conversation.changed brings a new message; another ticket starts again", async ({ page, base }) => {
  const { app } = await open(page, base);
  const before = await app.level();
  await page.evaluate(() => {
    const z = window.zendesk;
    z.conversation.push(z.comment(7, "end-user", "<p>You are all liars and thieves!!! I'll see you in court</p>"));
    z.changed();
  });
  await app.waitLevel(`(l) => l !== ${before}`, "the level moves after a new message");
  assertEqual((await app.shown()).messages.length, 5, "one message appended");
  await page.evaluate(() => {
    const z = window.zendesk;
    z.ticketId = 312;
    z.conversation = [z.comment(1, "end-user", "<p>Hi! Could you resend my invoice? Thanks :)</p>")];
    z.changed();
  });
  await app.waitLevel("(l) => l < 40", "the other ticket is calm");
  const shown = await app.shown();
  assertEqual(shown.key, "312", "new ticket");
  assertEqual(shown.messages.length, 1, "the old ticket is gone");
});

test("Insert hands the reply to ticket.editor.insert, escaped; Undo puts the empty draft back", async ({ page, base }) => {
  const { app } = await open(page, base);
  const card = app.replies.first();
  await card.waitFor();
  const text = (await card.locator(".defuse-reply-text").textContent()).trim();
  await card.locator('[data-testid="defuse-insert"]').click();
  await page.waitForFunction(() => window.zendesk.inserts.length === 1);
  const inserted = await page.evaluate(() => window.zendesk.inserts[0]);
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  assertEqual(inserted, escaped, "the reply, as text");
  assertEqual((await page.locator("#editor").textContent()).trim(), text, "the editor shows the reply");
  // The draft after the write is known once the app has read it back.
  await app.waitShown("(s) => s.draft.length > 0");
  await app.frame.locator('[data-testid="defuse-undo"]').click();
  await page.waitForFunction(() => window.zendesk.sets.length === 1);
  assertEqual(JSON.stringify(await page.evaluate(() => window.zendesk.sets[0])), JSON.stringify(["ticket.comment.text", ""]), "undo sets the draft back");
  assertEqual((await page.locator("#editor").textContent()).trim(), "", "the editor is empty again");
});

test("with a draft, the card asks: Insert keeps the agent's draft, Replace (chosen) sets ticket.comment.text", async ({ page, base }) => {
  const { app } = await open(page, base);
  await page.evaluate(() => window.zendesk.type("<p>Hello Robin,</p>"));
  await app.waitShown("(s) => s.draft === 'Hello Robin,'");
  const first = app.replies.nth(0);
  const one = (await first.locator(".defuse-reply-text").textContent()).trim();
  await first.locator('[data-testid="defuse-insert"]').click();
  await first.locator(".defuse-ask").waitFor();
  assertEqual(await page.evaluate(() => window.zendesk.inserts.length), 0, "nothing written before the agent chooses");
  await first.locator('[data-testid="defuse-insert"]').click();
  await page.waitForFunction(() => window.zendesk.inserts.length === 1);
  const editor = (await page.locator("#editor").textContent()).trim();
  assert(editor.startsWith("Hello Robin,") && editor.endsWith(one), `insert keeps the draft: ${editor}`);
  assertEqual(await page.evaluate(() => window.zendesk.sets.length), 0, "insert never sets the draft");

  await app.waitShown(`(s) => s.draft.endsWith(${JSON.stringify(one.slice(-12))})`);
  const second = app.replies.nth(1);
  const two = (await second.locator(".defuse-reply-text").textContent()).trim();
  await app.press(second.locator('[data-testid="defuse-insert"]'));
  await app.press(second.locator('[data-testid="defuse-replace"]'));
  await page.waitForFunction(() => window.zendesk.sets.length === 1);
  assertEqual(await page.evaluate(() => window.zendesk.sets[0][0]), "ticket.comment.text", "replace sets the comment");
  assertEqual((await page.locator("#editor").textContent()).trim(), two, "the draft is the reply alone");
  assertEqual(await page.evaluate(() => window.zendesk.inserts.length), 1, "replace does not insert");
});

test("a message from another origin changes nothing", async ({ page, base }) => {
  const { app } = await open(page, base);
  const { starts } = await app.shown();
  const gets = await page.evaluate(() => window.zendesk.gets);
  const foreign = page.frame({ url: /apps-foreign\.html/ });
  await foreign.evaluate(() => {
    const fake = { key: "zaf.ticket.conversation.changed", message: [] };
    window.parent.frames[0].postMessage(JSON.stringify(fake), "*");
    window.parent.frames[0].postMessage(JSON.stringify({ key: "zaf.app.registered", message: { context: {}, metadata: {} } }), "*");
  });
  // Two real changes after it: each makes exactly one read.
  for (const n of [7, 8]) {
    await page.evaluate((n) => {
      const z = window.zendesk;
      z.conversation.push(z.comment(n, "end-user", `<p>Still waiting. Message ${n}.</p>`));
      z.changed();
    }, n);
    const frame = await app.window();
    await frame.waitForFunction((len) => window.DefuseHost.shown().messages.length === len, n - 2);
  }
  assertEqual(await page.evaluate(() => window.zendesk.gets), gets + 2, "only the parent's changes were read");
  assertEqual((await app.shown()).starts, starts, "no conversation was started in between");
});

test("after an internal error the fresh instance reads the ticket again and still writes", async ({ page, base }) => {
  const { app } = await open(page, base);
  const level = await app.level();
  const frame = await app.window();
  // The old sidebar shows the level until the restart replaces it: mark it, so the wait
  // below sees the fresh instance and not the old one in the moment before the restart.
  await frame.evaluate(() => {
    document.querySelector("defuse-sidebar").__e2eBeforePanic = true;
    window.Defuse.__panicForTest();
  });
  // host.js hands the fresh instance the latest delivery: no new read from Zendesk needed.
  await frame.waitForFunction(() => {
    const hosts = document.querySelectorAll("defuse-sidebar");
    const level = hosts.length === 1 && !hosts[0].__e2eBeforePanic &&
      hosts[0].shadowRoot.querySelector('[data-testid="defuse-level"]');
    return level && Number(level.textContent) >= 60;
  });
  assertEqual(await app.level(), level, "same ticket, same level");
  assertEqual((await app.shown()).messages.length, 4, "the same four messages");
  const card = app.replies.first();
  await card.locator('[data-testid="defuse-insert"]').click();
  await page.waitForFunction(() => window.zendesk.inserts.length === 1);
});
