/*
 * Defuse as a Zendesk Support ticket sidebar app (dist/zendesk/, zipped as
 * dist/defuse-zendesk.zip). Talks to Zendesk only through the ZAF SDK (zaf_sdk.js, from
 * the zendesk_app_framework_sdk npm package, shipped in the app: no script from another
 * host). The SDK itself accepts messages only from the parent window and the Zendesk
 * origin it was opened with.
 *
 * Reads `ticket.conversation` on load and on `ticket.conversation.changed`: authors with
 * role "end-user" are the customer, agents and admins the agent; internal notes (channel
 * "internal", or `public: false`) and authors of any other role (system messages) are
 * skipped. Message content may be HTML: its text is read from an inert document
 * (DefuseApp.text), never rendered. A new ticket id is a new conversation.
 *
 * Writes with `ticket.editor.insert` (at the agent's cursor, keeping the draft; the reply
 * escaped, since the editor reads HTML), and sizes
 * the iframe with `resize`. The app's `config` setting, if set, is the playbook config.
 */
(function () {
  "use strict";

  var HEIGHT = "560px";
  var AGENTS = { agent: 1, admin: 1 };

  DefuseApp.setup({ write: "event" });

  var client = window.ZAFClient && window.ZAFClient.init();
  if (!client) {
    console.warn("Defuse: not opened by Zendesk (no origin and app_guid in the URL)");
    return;
  }

  function messagesOf(conversation) {
    var out = [];
    (Array.isArray(conversation) ? conversation : []).forEach(function (c, i) {
      if (!c || !c.author || !c.message) return;
      var channel = c.channel && c.channel.name;
      if (channel === "internal" || c.public === false || c.message.public === false) return;
      var role = c.author.role === "end-user" ? "customer" : AGENTS[c.author.role] ? "agent" : null;
      var text = DefuseApp.text(c.message.content);
      if (!role || !text) return;
      var at = Date.parse(c.timestamp);
      out.push({ id: c.id !== undefined ? c.id : i + ":" + c.timestamp, role: role, text: text, at: isNaN(at) ? undefined : at });
    });
    return out;
  }

  // The editor takes HTML: the reply (which may quote the customer) goes in as text.
  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
  }

  function read() {
    return client.get(["ticket.id", "ticket.conversation"]).then(function (data) {
      DefuseApp.show(data["ticket.id"], messagesOf(data["ticket.conversation"]));
    }).catch(function (error) {
      console.warn("Defuse: could not read the ticket", error);
    });
  }

  client.on("app.registered", function (data) {
    client.invoke("resize", { width: "100%", height: HEIGHT });
    var config = data && data.metadata && data.metadata.settings && data.metadata.settings.config;
    if (typeof config === "string" && config.trim()) {
      try {
        window.Defuse.push(["config", config]);
      } catch (error) {
        // The sidebar's error line already names the field.
      }
    }
    read();
  });
  client.on("ticket.conversation.changed", read);

  window.addEventListener("defuse:reply-inserted", function (event) {
    var text = event.detail && event.detail.text;
    if (typeof text === "string" && text) {
      client.invoke("ticket.editor.insert", escapeHtml(text)).catch(function (error) {
        console.warn("Defuse: Zendesk refused the reply", error);
      });
    }
  });
})();
