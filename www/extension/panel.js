// The extension's panel page: the side panel, or a pop-out window opened as
// `panel.html?tab=<tabId>` that follows that one tab.
//
// The sidebar is the wasm (bootLinked), mounted into <main>. This file only does what
// needs chrome.* APIs: which tab to follow, injecting the content script, the runtime port,
// the saved sites, and the setup steps. Every rule about reading a thread or writing a
// composer lives in the wasm (readingRules, showThread, composerState, summarizeThread).
import init, { bootLinked, guard, readingRules, summarizeThread } from "./defuse_web.js";
import * as sites from "./sites.js";

const params = new URLSearchParams(location.search);
/** A pop-out follows this one tab; the side panel follows its window's active tab. */
const pinned = params.has("tab") ? Number(params.get("tab")) : null;

const $ = (id) => document.getElementById(id);
const ui = {
  status: document.querySelector('[data-testid="panel-status"]'),
  setup: $("setup"),
  allow: $("allow"),
  popout: $("popout"),
  wizard: $("wizard"),
  picked: $("picked"),
  preview: $("preview"),
  problem: $("problem"),
  save: $("save"),
  redo: $("redo"),
  cancel: $("cancel"),
};

let tab = null; // { id, origin } being followed
let port = null;
let generation = 0; // bumps on every follow(); stale async work checks it
let wizard = null; // { origin, entry } during setup

await init({ module_or_path: "defuse_web_bg.wasm" });

// Trap recovery, as the script tag's loader does it (crates/defuse-web/src/fatal.rs): a
// panic traps the wasm; this page then reloads, reads the tab's thread again and skips
// the text that trapped, with a quiet line. After MAX_RESTARTS traps it stays stopped.
// `defuse:trapOnForTest` (end-to-end tests) makes one exact text trap; only someone who
// can run code in this extension page can set it, never a message's text.
const MAX_RESTARTS = 3;
const RECOVERY = "defuse:recovery";
const recovery = JSON.parse(
  sessionStorage.getItem(RECOVERY) || '{"skip":[],"restarts":0,"coachOff":false}',
);
let dead = false;
guard(
  recovery.skip,
  (text, coaching) => {
    dead = true;
    // A trap in the draft coach turns the coach off in the reloaded panel, as the script
    // tag's loader does, instead of trapping again on the same draft.
    if (coaching === true) recovery.coachOff = true;
    else if (typeof text === "string" && !recovery.skip.includes(text)) recovery.skip.push(text);
    if (recovery.restarts >= MAX_RESTARTS) return;
    recovery.restarts += 1;
    sessionStorage.setItem(RECOVERY, JSON.stringify(recovery));
    setTimeout(() => location.reload(), 0);
  },
  sessionStorage.getItem("defuse:trapOnForTest") || undefined,
  recovery.coachOff === true,
);

const instance = bootLinked({ mount: "#defuse" }, (op) => {
  if (!port) throw new Error("the tab is not connected (reload it, or set it up)");
  port.postMessage({ type: "write", op });
});
// For the end-to-end tests: the panel's own instance (this is an extension page).
window.__defuse = instance;

const windowId = params.has("window")
  ? Number(params.get("window"))
  : (await chrome.windows.getCurrent()).id;

function status(text, state) {
  ui.status.textContent = text;
  document.body.dataset.state = state;
  ui.setup.hidden = state !== "new";
  ui.allow.hidden = state !== "allow";
  ui.popout.hidden = pinned !== null || !tab || !tab.origin;
}

async function currentTab() {
  if (pinned !== null) return chrome.tabs.get(pinned).catch(() => null);
  const [active] = await chrome.tabs.query({ active: true, windowId });
  return active || null;
}

function disconnect() {
  if (port) {
    const old = port;
    port = null;
    old.disconnect();
  }
}

/** Follows the tab the panel is for now (again, after a reload or a settings change). */
async function follow() {
  const mine = ++generation;
  const t = await currentTab();
  if (mine !== generation) return;
  if (!t) return status(pinned !== null ? "The tab this window followed was closed." : "No tab.", "idle");
  const origin = sites.originOf(t.url || "");
  if (!tab || tab.id !== t.id) instance.restart();
  tab = { id: t.id, origin };
  disconnect();
  if (!origin) return status("Open a help desk: Defuse reads web pages (http and https).", "idle");
  const entry = (await sites.load())[origin];
  if (mine !== generation) return;
  if (!entry) return status(`${origin} is not set up yet.`, "new");
  if (!(await chrome.permissions.contains({ origins: [origin + "/*"] }))) {
    return status(`Defuse needs your permission to read ${origin}.`, "allow");
  }
  let rules;
  try {
    rules = readingRules(entry);
  } catch (e) {
    return status(`The saved setup for ${origin} is not usable: ${e.message}`, "new");
  }
  if (!(await connect(t.id, mine))) return;
  port.postMessage({ type: "follow", rules });
  status(`Following ${origin}`, "following");
}

/** Injects the content script (it ignores a second injection) and opens the port. */
async function connect(tabId, mine) {
  try {
    await chrome.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
  } catch (e) {
    if (mine === generation) status(`Cannot read this tab: ${e.message}`, "idle");
    return false;
  }
  if (mine !== generation) return false;
  const p = chrome.tabs.connect(tabId, { name: "defuse" });
  port = p;
  p.onMessage.addListener(onMessage);
  p.onDisconnect.addListener(() => {
    if (port === p) port = null; // the page went away; onUpdated follows it again
  });
  return true;
}

function onMessage(message) {
  if (dead) return; // a trapped instance; the page is reloading
  switch (message.type) {
    case "thread":
      return instance.showThread(message.thread);
    case "composer":
      return instance.composerState(message.state);
    case "failed":
      return instance.writeFailed(message.reason);
    case "picked":
      return picked(message);
    case "derived":
      return derived(message);
    case "preview":
      return previewed(message);
  }
}

// ---- setup ----------------------------------------------------------------------------

function step(name) {
  for (const li of ui.wizard.querySelectorAll("li")) {
    const order = ["customer", "agent", "composer", "confirm"];
    li.className =
      li.dataset.step === name ? "now" : order.indexOf(li.dataset.step) < order.indexOf(name) ? "done" : "";
  }
}

function startPicking() {
  ui.wizard.hidden = false;
  ui.preview.hidden = true;
  ui.save.hidden = true;
  ui.problem.textContent = "";
  ui.picked.textContent = "";
  step("customer");
  port.postMessage({ type: "pick", what: "customer" });
}

function picked({ what, text }) {
  if (!wizard) return;
  ui.picked.textContent = `Picked (${what}): ${text || "(no text)"}`;
  const next = { customer: "agent", agent: "composer" }[what];
  if (next) {
    step(next);
    port.postMessage({ type: "pick", what: next });
  }
}

function derived({ entry, problems }) {
  if (!wizard) return;
  step("confirm");
  if (problems.length) {
    ui.problem.textContent = `Could not set up from those clicks: ${problems.join("; ")}. Redo, and click the text of each message.`;
    return;
  }
  let rules;
  try {
    rules = readingRules(entry);
  } catch (e) {
    ui.problem.textContent = `Could not set up from those clicks: ${e.message}`;
    return;
  }
  wizard.entry = entry;
  port.postMessage({ type: "preview", rules });
}

function previewed({ thread, composer }) {
  if (!wizard || !wizard.entry) return;
  const summary = summarizeThread(thread);
  const set = (id, text) => (document.querySelector(`[data-testid="${id}"]`).textContent = text);
  set("preview-customers", String(summary.customers));
  set("preview-agents", String(summary.agents));
  set("preview-composer", composer ? "found" : "not found");
  set("preview-last-role", summary.last ? summary.last.role : "none");
  set("preview-last", summary.last ? summary.last.text : "");
  ui.preview.hidden = false;
  const problems = [];
  if (!summary.customers) problems.push("no customer messages");
  if (!summary.agents) problems.push("no agent messages");
  if (!composer) problems.push("no composer");
  ui.problem.textContent = problems.length ? `Something is off: ${problems.join(", ")}. Redo?` : "";
  ui.save.hidden = problems.length > 0;
}

function endWizard() {
  wizard = null;
  ui.wizard.hidden = true;
  if (port) port.postMessage({ type: "stop" });
}

ui.setup.addEventListener("click", () => {
  if (!tab || !tab.origin) return;
  const { id, origin } = tab;
  // Ask first, inside the click: a permission request needs the user's gesture.
  chrome.permissions.request({ origins: [origin + "/*"] }).then(async (granted) => {
    if (!granted) return status(`Defuse was not allowed to read ${origin}.`, "new");
    const mine = ++generation;
    disconnect();
    if (!(await connect(id, mine))) return;
    wizard = { origin };
    status(`Setting up ${origin}`, "setup");
    startPicking();
  });
});

ui.allow.addEventListener("click", () => {
  if (!tab || !tab.origin) return;
  chrome.permissions.request({ origins: [tab.origin + "/*"] }).then(() => follow());
});

ui.redo.addEventListener("click", () => {
  if (wizard && port) {
    wizard.entry = null;
    startPicking();
  }
});

ui.cancel.addEventListener("click", () => {
  endWizard();
  follow();
});

ui.save.addEventListener("click", async () => {
  if (!wizard || !wizard.entry) return;
  const { origin, entry } = wizard;
  const all = await sites.load();
  all[origin] = sites.checkEntry(origin, entry);
  endWizard();
  await sites.save(all); // storage.onChanged follows the tab with the new entry
});

ui.popout.addEventListener("click", () => {
  if (!tab) return;
  chrome.windows.create({
    url: chrome.runtime.getURL(`panel.html?tab=${tab.id}`),
    type: "popup",
    width: 400,
    height: 760,
  });
});

// ---- what to follow -----------------------------------------------------------------------

chrome.tabs.onActivated.addListener((info) => {
  if (pinned === null && info.windowId === windowId && !wizard) follow();
});
chrome.tabs.onUpdated.addListener((id, info) => {
  if (tab && id === tab.id && (info.status === "complete" || info.url) && !wizard) follow();
});
chrome.tabs.onRemoved.addListener((id) => {
  if (tab && id === tab.id) follow();
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && sites.KEY in changes && !wizard) follow();
});
chrome.permissions.onAdded.addListener(() => !wizard && follow());

follow();
