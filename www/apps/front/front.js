/*
 * Defuse as a Front plugin (dist/front/). Talks to Front only through
 * @frontapp/plugin-sdk (front_sdk.js, the package's own UMD build from npm, shipped in the
 * plugin). The SDK hands Front a MessageChannel port at its handshake and listens on that
 * port alone, so a message posted to this window by anyone else is never read.
 *
 * Follows `contextUpdates`: a single conversation is read with `listMessages()` (every
 * page), on each update and every few seconds while visible. Inbound messages are the
 * customer, outbound the agent; comments (the team's internal notes) are never listed,
 * and a message without content is skipped. HTML bodies are read as text from an inert
 * document (DefuseApp.text), never rendered. No conversation, or several selected, empties
 * the sidebar.
 *
 * Writes with `updateDraft(id, {updateMode: "insert"})` on the conversation's draft (the
 * agent's draft is kept), or `createDraft` replying to the latest message when there is no
 * draft yet.
 */
(function () {
  "use strict";

  var POLL_MS = 5000;
  var MAX_PAGES = 20;
  var Front = window.Front;
  var context = null;
  var latest = null; // the newest message id, for a new draft's replyOptions

  DefuseApp.setup({ write: "event" });

  if (!Front || !Front.contextUpdates) {
    console.warn("Defuse: the Front plugin SDK did not load");
    return;
  }

  function listAll(ctx) {
    var all = [];
    function page(token, n) {
      return ctx.listMessages(token).then(function (list) {
        all = all.concat((list && list.results) || []);
        if (list && list.nextPageToken && n < MAX_PAGES) return page(list.nextPageToken, n + 1);
        return all;
      });
    }
    return page(undefined, 1);
  }

  function messagesOf(list) {
    var out = [];
    list.forEach(function (m) {
      if (!m || !m.content || typeof m.content.body !== "string") return;
      var role = m.status === "inbound" ? "customer" : m.status === "outbound" ? "agent" : null;
      var text = m.content.type === "html" ? DefuseApp.text(m.content.body) : m.content.body.trim();
      if (!role || !text) return;
      var at = m.date instanceof Date ? m.date.getTime() : typeof m.date === "number" ? m.date : Date.parse(m.date);
      out.push({ id: m.id, role: role, text: text, at: isNaN(at) ? undefined : at });
    });
    out.sort(function (a, b) {
      return (a.at || 0) - (b.at || 0);
    });
    return out;
  }

  function read() {
    var ctx = context;
    if (!ctx || ctx.type !== "singleConversation" || !ctx.conversation) {
      DefuseApp.show("none", []);
      return;
    }
    listAll(ctx).then(function (list) {
      if (ctx !== context) return; // the agent moved on while we read
      var messages = messagesOf(list);
      latest = messages.length ? messages[messages.length - 1].id : null;
      DefuseApp.show(ctx.conversation.id, messages);
    }).catch(function (error) {
      console.warn("Defuse: could not list the messages", error);
    });
  }

  Front.contextUpdates.subscribe(function (ctx) {
    context = ctx;
    read();
  });
  setInterval(function () {
    if (document.visibilityState === "visible") read();
  }, POLL_MS);

  function write(text) {
    var ctx = context;
    if (!ctx || ctx.type !== "singleConversation") return Promise.reject(new Error("no conversation open"));
    var content = { body: text, type: "text" };
    var draftId = ctx.conversation.draftId;
    if (draftId) return ctx.updateDraft(draftId, { updateMode: "insert", content: content });
    var template = { content: content };
    if (latest) template.replyOptions = { type: "reply", originalMessageId: latest };
    return ctx.createDraft(template);
  }

  window.addEventListener("defuse:reply-inserted", function (event) {
    var text = event.detail && event.detail.text;
    if (typeof text === "string" && text) {
      write(text).catch(function (error) {
        console.warn("Defuse: Front refused the reply", error);
      });
    }
  });
})();
