// Runs before the loader: the test-only trap text (honoured on 127.0.0.1 only) is the text
// of a message the thread already shows, so Defuse traps while it first reads the thread.
window.DefuseSettings = { testTrapOn: "This message makes Defuse trap while it boots." };
window.__ready = 0;
window.addEventListener("defuse:ready", function () {
  window.__ready += 1;
});
