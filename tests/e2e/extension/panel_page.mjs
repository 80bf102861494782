// Page objects for the extension tests: the panel page (side panel or pop-out) and the
// help-desk host pages built from the chat kits.
import { assertEqual } from "../harness.mjs";
import { SidebarPage } from "../fixtures/sidebar_page.mjs";

/** What an agent clicks in each kit's page during setup, and its composer. */
export const KITS = {
  chatscope: {
    customer: ".cs-message--incoming .cs-message__html-content",
    agent: ".cs-message--outgoing .cs-message__html-content",
    composer: ".cs-message-input__content-editor",
    editable: true,
  },
  rce: {
    customer: ".rce-mbox:not(.rce-mbox-right) .rce-mbox-text",
    agent: ".rce-mbox-right .rce-mbox-text",
    composer: "input.rce-input",
    editable: false,
  },
};

/** Entries for the two kits as a team lead would write them (what the setup derives). */
export const ENTRIES = {
  chatscope: {
    messages: "div[data-cs-message-list]",
    message: "section[data-cs-message]",
    customer: ".cs-message--incoming",
    agent: ".cs-message--outgoing",
    text: "div.cs-message__html-content",
    composer: "div.cs-message-input__content-editor",
  },
  rce: {
    messages: "div.rce-mlist",
    message: "div.rce-container-mbox",
    customer: ".left",
    agent: ".right",
    text: "div.rce-mbox-text",
    composer: "input.rce-input",
  },
};

export class PanelPage {
  constructor(page) {
    this.page = page;
    this.sidebar = new SidebarPage(page);
    this.statusEl = page.locator('[data-testid="panel-status"]');
  }

  /** Opens panel.html (`query` as "?tab=N" for a pop-out) as a tab. */
  static async open(context, id, query = "") {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/panel.html${query}`);
    const panel = new PanelPage(page);
    await panel.ready();
    return panel;
  }

  async ready() {
    await this.page.waitForFunction(() => window.__defuse && document.body.dataset.state);
    await this.sidebar.root.waitFor();
  }

  async waitState(state) {
    await this.page.waitForFunction((s) => document.body.dataset.state === s, state);
  }

  /** Waits until the panel has heard of a non-empty draft (the coach gives a verdict). */
  async waitDraftKnown() {
    await this.page.locator('[data-testid="defuse-verdict"]').waitFor();
  }

  async status() {
    return (await this.statusEl.textContent()).trim();
  }

  /** What the feed has pushed: {customer, agent, rebuilds}. */
  async counts() {
    return this.page.evaluate(() => window.__defuse.adapterCountsForTest());
  }

  /** Waits until the counts are exactly {customer, agent}. */
  async waitCounts(customer, agent) {
    await this.page.waitForFunction(
      ([c, a]) => {
        const n = window.__defuse.adapterCountsForTest();
        return n && n.customer === c && n.agent === a;
      },
      [customer, agent],
    );
  }

  /** Sets up `host` (a kit page) by clicking, checks the preview, saves. */
  async setUp(host, kit) {
    const k = KITS[kit];
    await this.page.click('[data-testid="panel-setup"]');
    await this.page.locator('[data-testid="panel-wizard"]').waitFor();
    const picked = this.page.locator('[data-testid="panel-picked"]');
    await host.locator(k.customer).first().click();
    await picked.filter({ hasText: "customer" }).waitFor();
    await host.locator(k.agent).first().click();
    await picked.filter({ hasText: "agent" }).waitFor();
    await host.locator(k.composer).click();
    await this.page.locator('[data-testid="panel-preview"]').waitFor();
    const text = (id) => this.page.locator(`[data-testid="${id}"]`).textContent();
    const preview = {
      customers: Number(await text("preview-customers")),
      agents: Number(await text("preview-agents")),
      composer: await text("preview-composer"),
      lastRole: await text("preview-last-role"),
      last: await text("preview-last"),
    };
    await this.page.click('[data-testid="panel-save"]');
    await this.waitState("following");
    return preview;
  }
}

/** The id of the tab showing `url`. */
export async function tabIdOf(worker, url) {
  const id = await worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  assertEqual(typeof id, "number", `a tab shows ${url}`);
  return id;
}

/** Saves site entries straight into storage (for tests about something other than setup). */
export async function seedSites(worker, sites) {
  await worker.evaluate((s) => chrome.storage.local.set({ "defuse:sites": s }), sites);
}

export async function storedSites(worker) {
  return worker.evaluate(async () => (await chrome.storage.local.get("defuse:sites"))["defuse:sites"] || {});
}

/** Whether this page may compile WebAssembly (the hosts' CSP must forbid it). */
export async function canCompileWasm(page) {
  return page.evaluate(() =>
    WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
      () => true,
      () => false,
    ),
  );
}

/**
 * Opens the real side panel (chrome.sidePanel.open needs a user gesture: a click on a
 * button put into an extension page) and returns a handle that evaluates in it. Playwright
 * does not list side panels as pages, so the handle talks CDP to its target directly.
 */
export async function openSidePanel(context, id) {
  const opener = await context.newPage();
  await opener.goto(`chrome-extension://${id}/options.html`);
  await opener.evaluate(() => {
    const button = document.createElement("button");
    button.id = "test-open-side-panel";
    button.textContent = "Open the side panel";
    button.addEventListener("click", async () => {
      chrome.sidePanel.open({ windowId: (await chrome.windows.getCurrent()).id });
    });
    document.body.prepend(button);
  });
  await opener.click("#test-open-side-panel");
  const cdp = await context.newCDPSession(opener);
  let target = null;
  for (let tries = 0; !target && tries < 200; tries++) {
    const { targetInfos } = await cdp.send("Target.getTargets");
    target = targetInfos.find((t) => t.url === `chrome-extension://${id}/panel.html`);
  }
  if (!target) throw new Error("the side panel did not open");
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: false });
  const pending = new Map();
  let next = 1;
  cdp.on("Target.receivedMessageFromTarget", (event) => {
    const message = JSON.parse(event.message);
    const resolve = pending.get(message.id);
    if (resolve) {
      pending.delete(message.id);
      resolve(message);
    }
  });
  const evaluate = (expression) =>
    new Promise((resolve, reject) => {
      const mid = next++;
      pending.set(mid, (m) => {
        const r = m.result;
        if (m.error || (r && r.exceptionDetails)) reject(new Error(JSON.stringify(m.error || r.exceptionDetails)));
        else resolve(r.result.value);
      });
      cdp.send("Target.sendMessageToTarget", {
        sessionId,
        message: JSON.stringify({
          id: mid,
          method: "Runtime.evaluate",
          params: { expression, returnByValue: true, awaitPromise: true },
        }),
      });
    });
  return {
    evaluate,
    /** Resolves once `condition` (an expression) is truthy in the side panel. */
    waitFor: (condition) =>
      evaluate(`new Promise((resolve) => { const check = () => (${condition}) ? resolve(true) : setTimeout(check, 50); check(); })`),
  };
}
