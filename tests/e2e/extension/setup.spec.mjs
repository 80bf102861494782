// On each kit's page (served with a CSP that forbids WebAssembly): set the page up by
// clicking, the thread is read, an angry message moves the gauge, a reply lands in the
// host's own composer (React's state follows), and the setup and the count survive a reload.
import { assert, assertEqual, test } from "../harness.mjs";
import { KITS, PanelPage, canCompileWasm, storedSites, tabIdOf } from "./panel_page.mjs";

const ANGRY =
  "This is RIDICULOUS!!! Ten days and no lamp. Refund me today or I'm disputing the charge and posting a review.";
const normal = (s) => s.replace(/\u00a0/g, " ").replace(/\s+$/, "");

for (const kit of Object.keys(KITS)) {
  test(`${kit}: set up by clicking, read, gauge, insert into the host's composer, reload`, async ({ context, worker, id, hosts }) => {
    const k = KITS[kit];
    // Every request any page makes: only the help desk's own files and the extension's.
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    const host = await context.newPage();
    await host.goto(hosts[kit]);
    await host.locator(k.composer).waitFor();
    assert(!(await canCompileWasm(host)), "the host page's CSP forbids WebAssembly");
    const origin = new URL(hosts[kit]).origin;

    const tab = await tabIdOf(worker, hosts[kit]);
    const panel = await PanelPage.open(context, id, `?tab=${tab}`);
    await panel.waitState("new");
    const preview = await panel.setUp(host, kit);
    assertEqual(preview.customers, 2, "customer messages the setup reads");
    assertEqual(preview.agents, 1, "agent messages the setup reads");
    assertEqual(preview.composer, "found", "the composer");
    assertEqual(preview.lastRole, "customer", "the last message's author");
    assertEqual(preview.last, "The order number is 4411.", "the last message");

    const entry = (await storedSites(worker))[origin];
    for (const field of ["messages", "message", "customer", "agent", "composer"]) {
      assert(entry && typeof entry[field] === "string" && entry[field], `saved entry has ${field}: ${JSON.stringify(entry)}`);
    }
    await panel.waitCounts(2, 1);

    const before = await panel.sidebar.level();
    await host.evaluate((text) => window.hostCustomerSays(text), ANGRY);
    await panel.waitCounts(3, 1);
    const after = await panel.sidebar.waitLevelAbove(before);
    assert(after > before, `the gauge moved: ${before} -> ${after}`);

    // The agent has started a reply; inserting keeps it and React's state follows.
    await host.locator(k.composer).click();
    await host.keyboard.type("Hi Dana,");
    await panel.sidebar.reply(0).waitFor();
    const reply = await panel.sidebar.replyText(0);
    await host.waitForFunction(() => window.hostDraft().includes("Hi Dana,"));
    // The panel must have heard of the draft before it plans the insert.
    await panel.waitDraftKnown();
    await panel.sidebar.insert(0, "insert");
    await host.waitForFunction((r) => window.hostDraft().includes(r), reply);
    const draft = normal(await host.evaluate(() => window.hostDraft()));
    assertEqual(draft, `Hi Dana, ${reply}`, "draft kept, reply after it, in React's state");
    const shown = normal(
      await host.locator(k.composer).evaluate((el) => (el.value !== undefined ? el.value : el.innerText)),
    );
    assertEqual(shown, draft, "the composer shows what React holds");

    // Reload: the setup is kept, and the thread is not counted twice.
    await host.reload();
    await host.locator(k.composer).waitFor();
    await panel.waitState("following");
    await host.evaluate(() => window.hostCustomerSays("Hello? Anyone there?"));
    await panel.page.waitForFunction(() => window.__defuse.adapterCountsForTest().customer === 4);
    const counts = await panel.counts();
    assertEqual(counts.agent, 1, "agent messages after the reload");
    assertEqual(counts.rebuilds, 0, "no rebuild after the reload");

    const own = [new URL(hosts[kit]).origin + "/", `chrome-extension://${id}/`];
    const elsewhere = requests.filter((u) => !own.some((o) => u.startsWith(o)) && !u.startsWith("data:"));
    assertEqual(JSON.stringify(elsewhere), "[]", "no request beyond the help desk's and the extension's own files");
    assert(requests.some((u) => u.endsWith("/defuse_web_bg.wasm")), "the panel loaded the wasm (seen)");
  });
}
