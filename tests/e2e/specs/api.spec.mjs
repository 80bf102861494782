// The queued JS API: calls made before the wasm loads replay in order; events reach
// listeners and window; a bad config throws naming the field and shows a quiet error.
import { assert, assertEqual, test } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

test("queued calls replay and escalation events reach Defuse.on listeners", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  await sidebar.waitLevelAbove(0);
  const events = await page.evaluate(() => window.__events);
  assert(events.length >= 1, "the listener queued before load got an event");
  assertEqual(events[0].type, "escalationChanged", "event type");
  assert(events[0].level > 0 && typeof events[0].band === "string", `event ${JSON.stringify(events[0])}`);

  // off() stops delivery; window CustomEvents still fire.
  const counts = await page.evaluate(async () => {
    let viaOn = 0;
    let viaWindow = 0;
    const fn = () => viaOn++;
    Defuse.on("escalation", fn);
    window.addEventListener("defuse:escalation", () => viaWindow++);
    Defuse.pushMessage({ role: "customer", text: "THIS IS UNACCEPTABLE!!! I'm suing you." });
    const first = viaOn;
    Defuse.off("escalation", fn);
    Defuse.pushMessage({ role: "customer", text: "Useless. Absolutely useless, you idiots!!!" });
    return { first, after: viaOn, viaWindow };
  });
  assertEqual(counts.first, 1, "listener calls before off()");
  assertEqual(counts.after, 1, "listener calls after off()");
  assert(counts.viaWindow >= 1, "window got defuse:escalation");
});

test("a bad config throws an Error naming the field and shows a quiet error", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  const message = await page.evaluate(() => {
    try {
      Defuse.setConfig({ followUpMinutes: 0 });
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : "not an Error";
    }
  });
  assert(message && message.includes("followUpMinutes"), `error names the field: ${message}`);
  await sidebar.error.waitFor({ state: "visible" });
  assert((await sidebar.error.textContent()).includes("followUpMinutes"), "the sidebar says which field");
  const unknown = await page.evaluate(() => {
    try {
      Defuse.setConfig({ remedies: ["refund"], colour: "red" });
      return null;
    } catch (e) {
      return e.message;
    }
  });
  assert(unknown && unknown.includes("colour"), `unknown field named: ${unknown}`);
  const remedy = await page.evaluate(() => {
    try {
      Defuse.setConfig({ remedies: ["redelivery"] });
      return null;
    } catch (e) {
      return e.message;
    }
  });
  assert(
    remedy && remedy.includes("unknown remedy `redelivery`: use one of") && remedy.includes("{id, label, offer}"),
    `unknown remedy explained: ${remedy}`,
  );
  const ok = await page.evaluate(() => {
    Defuse.setConfig({ remedies: ["refund"], brand: "Acme" });
    Defuse.setConfig({
      remedies: [{ id: "redelivery", label: "Redelivery", offer: "send the parcel again tomorrow at no cost" }],
    });
    return true;
  });
  assert(ok, "a good config, and one with the site owner's own remedy, are accepted");
});

test("inserting a reply fires replyInserted with the text", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  await sidebar.reply(0).waitFor();
  const text = await sidebar.replyText(0);
  await sidebar.insert(0);
  await page.waitForFunction(() => window.__inserted);
  const detail = await page.evaluate(() => window.__inserted);
  assertEqual(detail.type, "replyInserted", "event type");
  assertEqual(detail.text, text, "inserted text");
  assert(typeof detail.technique === "string", "names the technique");
});

test("a bad message throws an Error naming the field; a page's own fields are kept out", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  const messages = await page.evaluate(() => {
    const attempt = (message) => {
      try {
        Defuse.pushMessage(message);
        return "accepted";
      } catch (e) {
        return e instanceof Error ? e.message : "not an Error";
      }
    };
    return {
      role: attempt({ role: "bot", text: "hello" }),
      text: attempt({ role: "customer", text: 5 }),
      at: attempt({ role: "customer", text: "hello", at: 1.5 }),
      missing: attempt({ text: "hello" }),
      own: attempt({ role: "customer", text: "Where is my order?", id: "m1", author: { name: "Dana" } }),
    };
  });
  assert(messages.role.includes("`role`") && messages.role.includes("customer"), messages.role);
  assert(messages.text.includes("`text`"), messages.text);
  assert(messages.at.includes("`at`"), messages.at);
  assert(messages.missing.includes("`role`"), messages.missing);
  assertEqual(messages.own, "accepted", "a page may keep its own fields on a message");
});
