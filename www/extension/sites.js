// The agent's saved sites: chrome.storage.local["defuse:sites"] =
//   { "<origin>": { messages, message, customer, agent, text, composer } }
// with the script tag's data- attribute names and meanings (www/EMBED.md). Shared by the
// panel (setup saves an entry) and the options page (list, edit, delete, export, import).

export const KEY = "defuse:sites";
export const FIELDS = ["messages", "message", "customer", "agent", "text", "composer"];
/** Fields an entry cannot do without. */
export const REQUIRED = ["messages", "composer"];

export async function load() {
  const got = await chrome.storage.local.get(KEY);
  return got[KEY] && typeof got[KEY] === "object" ? got[KEY] : {};
}

export async function save(sites) {
  await chrome.storage.local.set({ [KEY]: sites });
}

/** The origin a site entry is keyed by, or null for pages Defuse does not work on. */
export function originOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

/** Checks one entry; returns it cleaned (empty fields dropped) or throws naming the field. */
export function checkEntry(origin, entry) {
  if (originOf(origin) !== origin) {
    throw new Error(`${JSON.stringify(origin)} is not an origin (like "https://desk.example.com")`);
  }
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
    throw new Error(`${origin}: the entry must be an object`);
  }
  const clean = {};
  for (const [key, value] of Object.entries(entry)) {
    if (!FIELDS.includes(key)) {
      throw new Error(`${origin}: unknown field "${key}" (known: ${FIELDS.join(", ")})`);
    }
    if (value === null || value === "") continue;
    if (typeof value !== "string") throw new Error(`${origin}.${key}: must be a string`);
    try {
      document.createDocumentFragment().querySelector(value);
    } catch {
      throw new Error(`${origin}.${key}: ${JSON.stringify(value)} is not a CSS selector`);
    }
    clean[key] = value;
  }
  for (const key of REQUIRED) {
    if (!clean[key]) throw new Error(`${origin}: "${key}" is required`);
  }
  return clean;
}

/** Parses an exported file: every entry checked, or an Error saying what is wrong. */
export function parse(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${e.message}`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    throw new Error("expected an object of { origin: entry }");
  }
  const sites = {};
  for (const [origin, entry] of Object.entries(data)) sites[origin] = checkEntry(origin, entry);
  return sites;
}

/** The export file's text. */
export function serialize(sites) {
  return JSON.stringify(sites, null, 2) + "\n";
}
