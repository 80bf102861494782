// A trap (a panic inside the wasm) costs one message, not the session: the loader starts a
// fresh instance, rebuilds the conversation, skips the message that trapped with a quiet
// line, and a second copy of that message does not trap again. The trap is forced with the
// test-only `testTrapOn` setting (honoured on loopback hosts only).
import { assert, assertEqual, test } from "../harness.mjs";
import { DemoPage } from "../fixtures/demo_page.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

const TRAP = "Test message that makes Defuse trap";

/** Sets the trap text before the page's scripts run, and counts fatal errors. */
async function armTrap(page) {
  await page.addInitScript((text) => {
    window.DefuseSettings = Object.assign({}, window.DefuseSettings, { testTrapOn: text });
    window.__fatal = 0;
    window.addEventListener("defuse:error", (e) => {
      if (e.detail && e.detail.fatal) window.__fatal += 1;
    });
  }, TRAP);
}

async function fatalCount(page) {
  return page.evaluate(() => window.__fatal);
}

/** Waits until the sidebar (one instance of it) shows the skipped-message line. */
async function waitRecovered(page, sidebar) {
  await sidebar.error.waitFor({ state: "visible" });
  assert((await sidebar.error.textContent()).includes("One message could not be read"),
    `the quiet line, got ${await sidebar.error.textContent()}`);
  assertEqual(await page.locator("defuse-sidebar").count(), 1, "one sidebar on the page");
  assertEqual(await sidebar.fatal.count(), 1, "the fresh sidebar has its own fatal line");
  assertEqual((await sidebar.fatal.textContent()).trim(), "", "and it is empty");
}

test("a trap mid-conversation costs one message and the gauge keeps working", async ({ page, base }) => {
  await armTrap(page);
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  await sidebar.waitLevelAbove(0); // the page's queued angry message
  await sidebar.push("customer", "I have asked THREE times already and I'm calling my bank to charge this back!!!");
  const before = await sidebar.waitLevelAbove(0);
  const band = await sidebar.band();
  const events = await page.evaluate(() => window.__events.length);

  const returned = await page.evaluate((text) => {
    Defuse.pushMessage({ role: "customer", text });
    return "returned normally";
  }, TRAP);
  assertEqual(returned, "returned normally", "the trap did not throw into the host");
  await waitRecovered(page, sidebar);
  assertEqual(await fatalCount(page), 1, "one trap");
  // The conversation was rebuilt from the pushed messages: same level, same band, and the
  // page's escalation listener did not hear the rebuild.
  assertEqual(await sidebar.level(), before, "level after the rebuild");
  assertEqual(await sidebar.band(), band, "band after the rebuild");
  assertEqual(await page.evaluate(() => window.__events.length), events, "no replayed events");

  // The same text again is skipped, not a second trap.
  await sidebar.push("customer", TRAP);
  await sidebar.push("customer", "Fine, but I want a full refund today or I'm posting a review everywhere.");
  // A later message still counts: its words are the reasons now.
  await page.waitForFunction(() => {
    const root = document.querySelector("defuse-sidebar").shadowRoot;
    return [...root.querySelectorAll('[data-testid="defuse-reason"]')]
      .some((r) => r.textContent.includes("posting a review everywhere"));
  });
  assertEqual(await fatalCount(page), 1, "the same message did not trap twice");

  // The host page never noticed.
  await page.click("#host-button");
  await page.waitForFunction(() => document.getElementById("host-count").textContent === "1");
});

for (const [name, path] of [["", "/"], [" (strict CSP)", "/csp.html"]]) {
test(`a trap on a message read from the host's thread is skipped after a rebuild${name}`, async (ctx) => {
  const { page, base, pageErrors } = ctx;
  // The DOM adapter's observer calls into the wasm directly, so its trap reaches the page
  // as one uncaught RuntimeError; anything else fails the test below.
  ctx.allowPageErrors = true;
  await armTrap(page);
  const sidebar = new SidebarPage(page);
  const demo = new DemoPage(page);
  await sidebar.open(`${base}${path}`);
  await demo.playScript();
  const before = await sidebar.waitLevelAbove(0);
  await demo.say("customer", TRAP);
  await waitRecovered(page, sidebar);
  assertEqual(await sidebar.level(), before, "the thread was read again, minus the trap");
  await demo.say("customer", "This is a JOKE. I'm cancelling and telling everyone on twitter!!!");
  await page.waitForFunction(() => {
    const root = document.querySelector("defuse-sidebar").shadowRoot;
    return [...root.querySelectorAll('[data-testid="defuse-reason"]')]
      .some((r) => r.textContent.includes("telling everyone on twitter"));
  });
  assertEqual(await fatalCount(page), 1, "one trap");
  const unexpected = pageErrors.filter((e) => !/RuntimeError: unreachable/.test(e));
  assertEqual(unexpected.join(" | "), "", "no page error but the trap itself");
});
}

test("a thread that traps Defuse while it boots: the restart reads the rest and announces ready once", async (ctx) => {
  const { page, base, pageErrors } = ctx;
  ctx.allowPageErrors = true; // checked below: only the trap itself
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/trap-at-boot.html`);
  await waitRecovered(page, sidebar);
  const counts = await page.evaluate(() => Defuse.__adapterCountsForTest());
  assertEqual(counts.customer, 3, "the adapter read all three messages (one of them skipped)");
  await page.waitForFunction(() => {
    const root = document.querySelector("defuse-sidebar").shadowRoot;
    return [...root.querySelectorAll('[data-testid="defuse-reason"]')]
      .some((r) => r.textContent.includes("disputing the charge"));
  });
  assertEqual(await page.evaluate(() => window.__ready), 1, "defuse:ready once");
  await page.click("#host-button");
  await page.waitForFunction(() => document.getElementById("host-count").textContent === "1");
  const unexpected = pageErrors.filter((e) => !/RuntimeError: unreachable/.test(e));
  assertEqual(unexpected.join(" | "), "", "no page error but the trap itself");
});

test("a trap in the draft coach turns the coach off, not Defuse", async (ctx) => {
  const { page, base, pageErrors } = ctx;
  // The coach runs from a timer the wasm set, so its trap reaches the page as one uncaught
  // RuntimeError; anything else fails the test below.
  ctx.allowPageErrors = true;
  await armTrap(page);
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  const level = await sidebar.waitLevelAbove(0);
  await page.locator("#composer").fill(TRAP); // coached 150 ms after the last keystroke
  // The fresh sidebar replaces the trapped one (whose fatal line is not empty).
  await page.waitForFunction(() => {
    const hosts = document.querySelectorAll("defuse-sidebar");
    return window.__fatal === 1 && hosts.length === 1 &&
      hosts[0].shadowRoot.querySelector('[data-testid="defuse-fatal"]').textContent === "" &&
      hosts[0].shadowRoot.querySelector('[data-testid="defuse-level"]');
  });
  assertEqual(await sidebar.level(), level, "the conversation was rebuilt");
  // Typing on does not trap again: the coach is off, and says so.
  await page.locator("#composer").fill(`${TRAP} again`);
  await sidebar.error.waitFor({ state: "visible" });
  assert((await sidebar.error.textContent()).includes("draft coach stopped"),
    `the quiet line, got ${await sidebar.error.textContent()}`);
  assertEqual(await page.locator('[data-testid="defuse-coach-flag"]').count(), 0, "no coaching");
  await sidebar.push("customer", "Fine, but I want a full refund today or I'm posting a review everywhere.");
  await page.waitForFunction(() => {
    const root = document.querySelector("defuse-sidebar").shadowRoot;
    return [...root.querySelectorAll('[data-testid="defuse-reason"]')]
      .some((r) => r.textContent.includes("posting a review everywhere"));
  });
  assertEqual(await fatalCount(page), 1, "one trap");
  const unexpected = pageErrors.filter((e) => !/RuntimeError: unreachable/.test(e));
  assertEqual(unexpected.join(" | "), "", "no page error but the trap itself");
});

test("repeated traps stop after three restarts instead of looping", async ({ page, base }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.open(`${base}/e2e/api.html`);
  for (let i = 1; i <= 3; i++) {
    await page.evaluate(() => Defuse.__panicForTest());
    // Restarted: the fresh sidebar is up and answers again.
    await page.waitForFunction(
      () => document.querySelectorAll("defuse-sidebar").length === 1 &&
        document.querySelector("defuse-sidebar").shadowRoot
          .querySelector('[data-testid="defuse-fatal"]').textContent === "",
    );
    await sidebar.root.waitFor();
  }
  await page.evaluate(() => Defuse.__panicForTest());
  await sidebar.fatal.waitFor({ state: "visible" });
  assert((await sidebar.fatal.textContent()).includes("internal error"), "stopped for good");
  const after = await page.evaluate(() => {
    Defuse.pushMessage({ role: "customer", text: "still there?" });
    return "ok";
  });
  assertEqual(after, "ok", "API calls after the last trap do not throw");
});
