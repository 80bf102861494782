// The Front plugin (dist/front/) running the real @frontapp/plugin-sdk from npm, in a
// 300 px iframe; the parent page (tests/e2e/pages/apps-front.js) answers the SDK over the
// MessagePort it hands over at the handshake, as the SDK's own source expects.
import { assert, assertEqual, test } from "../harness.mjs";
import { AppFrame } from "../fixtures/app_frame.mjs";

async function open(page, base) {
  await page.goto(`${base}/e2e/apps-front.html`);
  const app = new AppFrame(page);
  await app.waitLevel("(l) => l >= 60", "an angry conversation reaches hostile");
  return app;
}

test("an angry conversation reaches hostile; comments and empty messages are never read", async ({ page, base }) => {
  const app = await open(page, base);
  assert(["hostile", "critical"].includes(await app.band()), `band ${await app.band()}`);
  const shown = await app.shown();
  assertEqual(shown.key, "cnv_55", "conversation id");
  assertEqual(
    JSON.stringify(shown.messages.map((m) => m.role)),
    JSON.stringify(["customer", "agent", "customer", "customer"]),
    "inbound is the customer, outbound the agent; both pages read; the empty message skipped",
  );
  assertEqual(shown.messages[0].text, "Where is my order? It was due a week ago.", "HTML read as text");
  const calls = await page.evaluate(() => window.front.calls.map((c) => c.name));
  assert(calls.includes("listMessages"), `calls: ${calls}`);
  assert(!calls.includes("listComments"), "internal comments are never listed");
  const box = await app.frame.locator('[data-testid="defuse-sidebar"]').boundingBox();
  assert(box && box.width <= 300, `the sidebar fits the 300 px iframe (${box && box.width})`);
});

test("a context update with a new message moves the level; another conversation starts again", async ({ page, base }) => {
  const app = await open(page, base);
  const before = await app.level();
  await page.evaluate(() => {
    const f = window.front;
    f.messages.push(f.message(6, "inbound", "You are all liars and thieves!!! I'll see you in court"));
    f.update();
  });
  await app.waitLevel(`(l) => l !== ${before}`, "the level moves after a new message");
  assertEqual((await app.shown()).messages.length, 5, "one message appended");
  await page.evaluate(() => {
    const f = window.front;
    f.conversationId = "cnv_56";
    f.messages = [f.message(1, "inbound", "Hi! Could you resend my invoice? Thanks :)")];
    f.update();
  });
  await app.waitLevel("(l) => l < 40", "the other conversation is calm");
  const shown = await app.shown();
  assertEqual(shown.key, "cnv_56", "new conversation");
  assertEqual(shown.messages.length, 1, "the old conversation is gone");
});

test("Insert creates a reply draft, then inserts into it, keeping the agent's text", async ({ page, base }) => {
  const app = await open(page, base);
  const first = app.replies.nth(0);
  await first.waitFor();
  const one = (await first.locator(".defuse-reply-text").textContent()).trim();
  await first.locator('[data-testid="defuse-insert"]').click();
  await page.waitForFunction(() => window.front.calls.some((c) => c.name === "createDraft"));
  const created = await page.evaluate(() => window.front.calls.find((c) => c.name === "createDraft").args[0]);
  assertEqual(created.content.body, one, "draft body");
  assertEqual(created.content.type, "text", "draft as text");
  assertEqual(JSON.stringify(created.replyOptions), JSON.stringify({ type: "reply", originalMessageId: "msg_5" }), "a reply to the latest message");

  // Front reports the new draft; the agent types; the next Insert asks, then goes into that draft.
  await page.evaluate(() => {
    window.front.draft += " (agent typed this)";
    window.front.update();
  });
  await app.waitShown("(s) => s.draft.endsWith('(agent typed this)')");
  const second = app.replies.nth(1);
  const two = (await second.locator(".defuse-reply-text").textContent()).trim();
  await app.press(second.locator('[data-testid="defuse-insert"]'));
  await second.locator(".defuse-ask").waitFor();
  await app.press(second.locator('[data-testid="defuse-insert"]'));
  await page.waitForFunction(() => window.front.calls.some((c) => c.name === "updateDraft"));
  const update = await page.evaluate(() => window.front.calls.find((c) => c.name === "updateDraft").args);
  assertEqual(update[0], "dra_1", "the conversation's draft");
  assertEqual(update[1].updateMode, "insert", "insert keeps the draft");
  assertEqual(await page.evaluate(() => window.front.draft), `${one} (agent typed this)${two}`, "the agent's text kept");
});

test("Replace, when chosen, replaces the draft; Undo puts the agent's draft back", async ({ page, base }) => {
  const app = await open(page, base);
  await page.evaluate(() => {
    window.front.draftId = "dra_9";
    window.front.draft = "Hi Robin, about your order:";
    window.front.update();
  });
  await app.waitShown("(s) => s.draft === 'Hi Robin, about your order:'");
  const card = app.replies.nth(0);
  const text = (await card.locator(".defuse-reply-text").textContent()).trim();
  await card.locator('[data-testid="defuse-insert"]').click();
  await card.locator('[data-testid="defuse-replace"]').click();
  await page.waitForFunction(() => window.front.calls.some((c) => c.name === "updateDraft"));
  const update = await page.evaluate(() => window.front.calls.find((c) => c.name === "updateDraft").args);
  assertEqual(update[1].updateMode, "replace", "replace mode");
  assertEqual(await page.evaluate(() => window.front.draft), text, "the draft is the reply");
  // Undo once the app has read the written draft back.
  await page.waitForFunction(() => {
    const names = window.front.calls.map((c) => c.name);
    return names.lastIndexOf("fetchDraft") > names.indexOf("updateDraft");
  });
  await app.press(app.frame.locator('[data-testid="defuse-undo"]'));
  await page.waitForFunction(() => window.front.calls.filter((c) => c.name === "updateDraft").length === 2);
  assertEqual(await page.evaluate(() => window.front.draft), "Hi Robin, about your order:", "the agent's draft is back");
});

test("a message from another origin changes nothing", async ({ page, base }) => {
  const app = await open(page, base);
  const { starts } = await app.shown();
  const foreign = page.frame({ url: /apps-foreign\.html/ });
  await foreign.evaluate(() => {
    const fake = {
      type: "context_update",
      context: { id: "evil", type: "singleConversation", conversation: { id: "cnv_evil" }, functionArities: {} },
    };
    window.parent.frames[0].postMessage(fake, "*");
    window.parent.frames[0].postMessage("@frontapp/ui-sdk#WebViewBridge.handshake", "*");
  });
  await page.evaluate(() => {
    const f = window.front;
    f.messages.push(f.message(6, "inbound", "Still waiting."));
    f.update();
  });
  const frame = await app.window();
  await frame.waitForFunction(() => window.DefuseHost.shown().messages.length === 5);
  const shown = await app.shown();
  assertEqual(shown.key, "cnv_55", "still Front's conversation");
  assertEqual(shown.starts, starts, "no conversation was started in between");
});
