// Runs before the loader: sets window.DefuseSettings from the page's query string, so one
// page covers every settings case the spec needs (?case=...).
(function () {
  var cases = {
    // A config object (not JSON text) with a field the playbook rejects.
    "bad-config-object": { config: { remedies: ["refund"], followUpMinutes: 0 } },
    // JSON text that is not JSON.
    "bad-config-text": { config: "{\"remedies\": [\"refund\"" },
    // A setting of the wrong type: the sidebar still mounts, docked where it defaults.
    "bad-setting": { dock: 5 },
    // Two problems at once: both are named.
    "two-problems": { dock: 5, config: { tone: "grumpy" } },
    // Two bad settings between good ones: each bad one is named, the good ones apply.
    "bad-and-good-settings": { theme: 5, dock: "left", write: "clipboard" },
    // Numbers with a fraction where text or a whole number belongs: said as given.
    "fractions": { dock: 5.5, config: { followUpMinutes: 2.5 } },
    // Text where a number belongs: quoted and escaped as Rust's `{:?}` writes it.
    "quoted-text": { config: { followUpMinutes: "it's \"x\"\n\u00e9\u200b\\" } },
    // A good object config: remedies the replies may offer.
    "good-config-object": { config: { brand: "Acme", remedies: ["credit"] } },
  };
  var name = new URLSearchParams(location.search).get("case");
  window.DefuseSettings = cases[name] || {};
  window.__errors = [];
  window.addEventListener("defuse:error", function (e) {
    window.__errors.push(e.detail);
  });
})();
