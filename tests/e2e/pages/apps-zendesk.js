// Plays Zendesk's side of the ZAF SDK protocol for apps-zendesk.spec.mjs. The SDK posts
// JSON strings to its parent: {key: "iframe.handshake"}, {key: "iframe.on:<event>"}, and
// {id, request: "get" | "invoke", params}; Zendesk answers {key: "zaf.app.registered",
// message: {context, metadata}}, {id, result} and events {key: "zaf.<event>", message}.
(function () {
  "use strict";
  var app = document.getElementById("app");
  var editor = document.getElementById("editor"); // the agent's draft: ticket.comment.text
  var foreignOrigin = location.origin.replace("127.0.0.1", "localhost");
  var start = Date.now() - 3600 * 1000;
  var GUID = "0f7a3c1e-defu-se00-test-000000000001";

  function comment(n, role, html, extra) {
    var c = {
      author: { id: role === "end-user" ? 11 : 22, name: role === "end-user" ? "Robin" : "Sam", role: role, avatar: "" },
      channel: { name: "email" },
      message: { content: html, contentType: "text/html", attachments: [] },
      timestamp: new Date(start + n * 60000).toISOString(),
    };
    for (var k in extra || {}) c[k] = extra[k];
    return c;
  }

  var zendesk = (window.zendesk = {
    ticketId: 311,
    comment: comment,
    conversation: [
      comment(1, "end-user", "<p>My order <b>#5512</b> still hasn't arrived.</p><p>It was due last Monday.</p>"),
      comment(2, "agent", "<p>Sorry about that, I'm checking with the courier now.</p>"),
      comment(3, "agent", "<p>Internal: customer is furious, idiot courier lost it AGAIN</p>", { channel: { name: "internal" } }),
      comment(4, "system", "<p>Ticket escalated: this is RIDICULOUS, useless, pathetic</p>"),
      comment(4, "admin", "<p>Note: refund the idiot and close this PATHETIC ticket</p>", { public: false }),
      comment(5, "end-user", "<div>THIS IS RIDICULOUS!!! Third time I'm asking and nobody answers.<br>Useless company, I want my money back NOW</div><blockquote>On Monday Sam wrote: thanks for your patience</blockquote>"),
      comment(6, "end-user", "<p>I'm done with you people. Absolutely pathetic, I'm reporting you</p><img src=\"/e2e/never-loaded.png\" onerror=\"window.parent.__pwned = true\">"),
    ],
    gets: 0,
    inserts: [],
    sets: [],
    resizes: [],
    subscribed: [],
    send: function (message) {
      app.contentWindow.postMessage(JSON.stringify(message), location.origin);
    },
    changed: function () {
      zendesk.send({ key: "zaf.ticket.conversation.changed", message: zendesk.conversation });
    },
    // The agent types in the editor.
    type: function (html) {
      editor.innerHTML += html;
      zendesk.send({ key: "zaf.comment.text.changed", message: editor.innerHTML });
    },
  });

  function answer(request) {
    if (request.request === "get") {
      zendesk.gets++;
      var result = {};
      request.params.forEach(function (path) {
        if (path === "ticket.id") result[path] = zendesk.ticketId;
        else if (path === "ticket.comment.text") result[path] = editor.innerHTML;
        else if (path === "ticket.conversation") result[path] = zendesk.conversation;
        else result.errors = { [path]: { message: "not supported", name: "NotFound" } };
      });
      return result;
    }
    if (request.request === "set") {
      Object.keys(request.params).forEach(function (path) {
        zendesk.sets.push([path, request.params[path]]);
        if (path === "ticket.comment.text") editor.innerHTML = request.params[path];
      });
      return {};
    }
    if (request.request === "invoke") {
      Object.keys(request.params).forEach(function (name) {
        var args = request.params[name];
        if (name === "resize") zendesk.resizes.push(args[0]);
        if (name === "ticket.editor.insert") {
          zendesk.inserts.push(args[0]);
          // What the editor would show: the HTML as the editor reads it.
          editor.innerHTML += args[0];
        }
      });
      return {};
    }
    return {};
  }

  window.addEventListener("message", function (event) {
    if (event.source !== app.contentWindow || typeof event.data !== "string") return;
    var data = JSON.parse(event.data);
    if (data.key === "iframe.handshake") {
      zendesk.send({
        key: "zaf.app.registered",
        message: {
          context: { location: "ticket_sidebar", instanceGuid: GUID, product: "support", ticketId: zendesk.ticketId },
          metadata: { appId: 0, installationId: 1, name: "Defuse", settings: { config: "" } },
        },
      });
    } else if (typeof data.key === "string" && data.key.indexOf("iframe.on:") === 0) {
      zendesk.subscribed.push(data.key.slice("iframe.on:".length));
    } else if (data.id) {
      zendesk.send({ id: data.id, result: answer(data) });
    }
  });
  document.getElementById("ticket-id").textContent = String(zendesk.ticketId);
  app.src = "/dist/zendesk/assets/iframe.html?origin=" + encodeURIComponent(location.origin) + "&app_guid=" + GUID;
  document.getElementById("foreign").src = foreignOrigin + "/e2e/apps-foreign.html";
})();
