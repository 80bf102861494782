// Runs before the loader: the stub queue pattern. These calls are replayed in order once
// the wasm is ready.
window.__events = [];
window.Defuse = window.Defuse || [];
window.Defuse.push(["on", "escalation", function (e) { window.__events.push(e); }]);
window.Defuse.push(["message", { role: "customer", text: "My order is three weeks late and nobody answers!!" }]);
window.addEventListener("defuse:reply-inserted", function (e) {
  window.__inserted = e.detail;
});
