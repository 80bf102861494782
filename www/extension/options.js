// The options page: lists the saved sites, edits and deletes them, exports them as one
// JSON file and imports such a file (checked whole first: a bad file changes nothing).
import * as sites from "./sites.js";

const $ = (id) => document.getElementById(id);

function say(text, error) {
  $("status").textContent = text;
  $("status").className = error ? "error" : "";
}

async function render() {
  const all = await sites.load();
  const list = $("sites");
  list.replaceChildren();
  const origins = Object.keys(all).sort();
  $("empty").hidden = origins.length > 0;
  for (const origin of origins) {
    const node = $("site").content.firstElementChild.cloneNode(true);
    node.dataset.origin = origin;
    node.querySelector("legend").textContent = origin;
    const fields = node.querySelector(".fields");
    for (const name of sites.FIELDS) {
      const label = document.createElement("label");
      label.textContent = name;
      const input = document.createElement("input");
      input.name = name;
      input.value = all[origin][name] || "";
      input.setAttribute("data-testid", `options-field-${name}`);
      label.htmlFor = input.id = `${origin}-${name}`;
      fields.append(label, input);
    }
    node.querySelector(".save").addEventListener("click", async () => {
      const entry = {};
      for (const input of fields.querySelectorAll("input")) entry[input.name] = input.value.trim();
      try {
        const current = await sites.load();
        current[origin] = sites.checkEntry(origin, entry);
        await sites.save(current);
        say(`Saved ${origin}.`);
      } catch (e) {
        say(`Not saved: ${e.message}`, true);
      }
    });
    node.querySelector(".delete").addEventListener("click", async () => {
      const current = await sites.load();
      delete current[origin];
      await sites.save(current);
      say(`Deleted ${origin}.`);
    });
    list.append(node);
  }
}

$("export").addEventListener("click", async () => {
  const text = sites.serialize(await sites.load());
  $("export-text").value = text;
  const link = $("download");
  if (link.href) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  link.hidden = false;
  say("Exported: download the file or copy the text.");
});

$("import-file").addEventListener("change", async (event) => {
  const file = event.target.files && event.target.files[0];
  if (file) $("import-text").value = await file.text();
});

$("import").addEventListener("click", async () => {
  let incoming;
  try {
    incoming = sites.parse($("import-text").value);
  } catch (e) {
    say(`Import refused: ${e.message}. Nothing was changed.`, true);
    return;
  }
  const current = await sites.load();
  await sites.save({ ...current, ...incoming });
  const n = Object.keys(incoming).length;
  say(`Imported ${n} site${n === 1 ? "" : "s"}.`);
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && sites.KEY in changes) render();
});

render();
