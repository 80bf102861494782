/*
 * Defuse as a Chatwoot dashboard app (dist/chatwoot/). Chatwoot has no SDK: it posts the
 * app's iframe a JSON string {event: "appContext", data: {conversation, contact,
 * currentAgent}} when the app loads and whenever the app posts
 * "chatwoot-dashboard-app:fetch-info" to its parent, which this app does every few seconds
 * while it is visible, to see new messages.
 *
 * Trust: a message is read only when it comes from the parent window AND from the origin
 * the site owner put in the app's URL (`index.html?origin=https://chat.example.com`);
 * without that parameter nothing is read. Anything else is ignored.
 *
 * Messages: message_type 0 is the customer, 1 the agent; 2 (activity) and 3 (template) are
 * skipped, and so are private notes (`private: true`: the agents' own words, never analysed
 * or quoted). created_at is in seconds. A new conversation id is a new conversation.
 *
 * Chatwoot gives dashboard apps no way to write, so the reply cards offer Copy only.
 */
(function () {
  "use strict";

  var POLL_MS = 3000;
  var FETCH = "chatwoot-dashboard-app:fetch-info";
  var origin = configuredOrigin();

  DefuseApp.setup({ write: "copy" });

  function configuredOrigin() {
    var raw = new URLSearchParams(location.search).get("origin");
    if (!raw) {
      console.warn("Defuse: add ?origin=<your Chatwoot URL> to the app's URL; until then nothing is read");
      return null;
    }
    try {
      return new URL(raw).origin;
    } catch (e) {
      console.warn("Defuse: ?origin= is not a URL: " + raw);
      return null;
    }
  }

  function messagesOf(conversation) {
    var list = Array.isArray(conversation.messages) ? conversation.messages.slice() : [];
    list.sort(function (a, b) {
      return (a.created_at - b.created_at) || (a.id - b.id);
    });
    var out = [];
    list.forEach(function (m) {
      if (!m || m.private === true || typeof m.content !== "string") return;
      var role = m.message_type === 0 ? "customer" : m.message_type === 1 ? "agent" : null;
      var text = m.content.trim();
      if (!role || !text) return;
      var at = typeof m.created_at === "number" ? m.created_at * 1000 : undefined;
      out.push({ id: m.id, role: role, text: text, at: at });
    });
    return out;
  }

  window.addEventListener("message", function (event) {
    if (!origin || event.source !== window.parent || event.origin !== origin) return;
    if (typeof event.data !== "string") return;
    var payload;
    try {
      payload = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (!payload || payload.event !== "appContext" || !payload.data) return;
    var conversation = payload.data.conversation;
    if (!conversation || conversation.id === undefined || conversation.id === null) return;
    DefuseApp.show(conversation.id, messagesOf(conversation));
  });

  function fetchInfo() {
    if (origin && window.parent !== window && document.visibilityState === "visible") {
      window.parent.postMessage(FETCH, origin);
    }
  }
  fetchInfo();
  setInterval(fetchInfo, POLL_MS);
  document.addEventListener("visibilitychange", fetchInfo);
})();
