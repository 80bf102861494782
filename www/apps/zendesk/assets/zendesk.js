/*
 * Defuse as a Zendesk Support ticket sidebar app (dist/zendesk/, zipped as
 * dist/defuse-zendesk.zip). Talks to Zendesk only through the ZAF SDK (zaf_sdk.js, from
 * the zendesk_app_framework_sdk npm package, shipped in the app: no script from another
 * host). The SDK itself accepts messages only from the parent window and the Zendesk
 * origin it was opened with.
 *
 * This file makes the SDK calls and hands their results to the wasm as they are
 * (DefuseHost, host.js); the wasm reads them (crates/defuse-web/src/hosts.rs: who is the
 * customer, internal notes and system lines skipped, HTML read as text without ever being
 * parsed into a document, a new ticket id is a new conversation).
 *
 * Reads `ticket.id`, `ticket.conversation` and the agent's draft `ticket.comment.text` on
 * load and on `ticket.conversation.changed`, and the draft alone on `comment.text.changed`.
 * Writes the reply escaped (the editor reads HTML): Insert with `ticket.editor.insert` (at
 * the agent's cursor, keeping the draft), Replace, only when the agent chose it, by setting
 * `ticket.comment.text`. Undo puts the draft back as it was before the write, unless the
 * agent changed it since. Sizes the iframe with `resize`. The app's `config` setting, if
 * set, is the playbook config.
 */
(function () {
  "use strict";

  var HEIGHT = "560px";
  var DRAFT = "ticket.comment.text";
  var client = window.ZAFClient && window.ZAFClient.init();
  var undoable = null; // {before, after}: the draft around the latest write

  var deliver = DefuseHost.start("zendesk", client ? { write: write, undo: undo } : {});
  if (!client) {
    console.warn("Defuse: not opened by Zendesk (no origin and app_guid in the URL)");
    return;
  }

  function warn(what) {
    return function (error) {
      console.warn("Defuse: " + what, error);
    };
  }

  // The editor takes HTML: the reply (which may quote the customer) goes in as text.
  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
  }

  function draft() {
    return client.get(DRAFT).then(function (data) {
      return data[DRAFT] || "";
    });
  }

  var ticket = null; // the latest delivery

  function read() {
    return client.get(["ticket.id", "ticket.conversation", DRAFT]).then(function (data) {
      ticket = { ticket: data["ticket.id"], conversation: data["ticket.conversation"], draft: data[DRAFT] };
      deliver(ticket);
    }).catch(warn("could not read the ticket"));
  }

  // The agent typing: only the draft is read again.
  function readDraft() {
    if (!ticket) return read();
    return draft().then(function (text) {
      ticket = { ticket: ticket.ticket, conversation: ticket.conversation, draft: text };
      deliver(ticket);
    }).catch(warn("could not read the draft"));
  }

  function write(text, mode) {
    var html = escapeHtml(text);
    var before;
    undoable = null;
    return draft().then(function (current) {
      before = current;
      return mode === "replace" ? client.set(DRAFT, html) : client.invoke("ticket.editor.insert", html);
    }).then(draft).then(function (after) {
      undoable = { before: before, after: after };
      return read();
    }).catch(warn("Zendesk refused the reply"));
  }

  function undo() {
    var last = undoable;
    undoable = null;
    if (!last) return false;
    draft().then(function (current) {
      if (current !== last.after) return console.warn("Defuse: the draft changed since the insert; not undone");
      return client.set(DRAFT, last.before).then(read);
    }).catch(warn("could not undo"));
    return true;
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
  client.on("comment.text.changed", readDraft);
})();
