/*
 * Defuse as a Front plugin (dist/front/). Talks to Front only through
 * @frontapp/plugin-sdk (front_sdk.js, the package's own UMD build from npm, shipped in the
 * plugin). The SDK hands Front a MessageChannel port at its handshake and listens on that
 * port alone, so a message posted to this window by anyone else is never read.
 *
 * This file makes the SDK calls and hands their results to the wasm (DefuseHost,
 * host.js), which reads them (crates/defuse-web/src/hosts.rs: inbound is the customer,
 * outbound the agent, a message without content skipped, HTML read as text without ever
 * being parsed into a document, another conversation starts again). It follows
 * `contextUpdates`: a single conversation is read with `listMessages()` (every page) and
 * its draft with `fetchDraft`, on each update and every few seconds while visible.
 * Comments (the team's internal notes) are never listed. No conversation, or several
 * selected, empties the sidebar.
 *
 * Writes on the conversation's draft: Insert with `updateDraft(id, {updateMode:
 * "insert"})` (the agent's draft is kept), Replace, only when the agent chose it, with
 * `updateMode: "replace"`, or `createDraft` replying to the latest message when there is
 * no draft yet. Undo puts the draft back as it was, unless the agent changed it since.
 */
(function () {
  "use strict";

  var POLL_MS = 5000;
  var MAX_PAGES = 20;
  var Front = window.Front;
  var context = null;
  var latest = null; // the newest message id, for a new draft's replyOptions
  var undoable = null; // {id, before, after}: the draft around the latest write

  var deliver = DefuseHost.start("front", Front && Front.contextUpdates ? { write: write, undo: undo } : {});
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

  function fetchDraft(ctx, id) {
    if (!id || !ctx.fetchDraft) return Promise.resolve(undefined);
    return ctx.fetchDraft(id).then(function (draft) {
      return draft && draft.content;
    }, function () {
      return undefined;
    });
  }

  // Dates cross into the wasm as ms since the epoch (the SDK gives Date objects).
  function plain(m) {
    var at = m && new Date(m.date).getTime();
    return { id: m.id, status: m.status, date: isNaN(at) ? undefined : at, content: m.content };
  }

  function read() {
    var ctx = context;
    if (!ctx || ctx.type !== "singleConversation" || !ctx.conversation) {
      deliver({});
      return;
    }
    Promise.all([listAll(ctx), fetchDraft(ctx, ctx.conversation.draftId)]).then(function (got) {
      if (ctx !== context) return; // the agent moved on while we read
      var messages = got[0].filter(Boolean).map(plain);
      var newest = null;
      messages.forEach(function (m) {
        if (!newest || (m.date || 0) >= (newest.date || 0)) newest = m;
      });
      latest = newest ? newest.id : null;
      deliver({ conversation: ctx.conversation.id, messages: messages, draft: got[1] });
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

  function write(text, mode) {
    var ctx = context;
    if (!ctx || ctx.type !== "singleConversation") throw new Error("no conversation open");
    var content = { body: text, type: "text" };
    var draftId = ctx.conversation.draftId;
    undoable = null;
    var written;
    if (draftId) {
      written = fetchDraft(ctx, draftId).then(function (before) {
        var update = { updateMode: mode === "replace" ? "replace" : "insert", content: content };
        return ctx.updateDraft(draftId, update).then(function () {
          return { id: draftId, before: before };
        });
      });
    } else {
      var template = { content: content };
      if (latest) template.replyOptions = { type: "reply", originalMessageId: latest };
      written = ctx.createDraft(template).then(function (draft) {
        return { id: draft && draft.id, before: { body: "", type: "text" } };
      });
    }
    return written.then(function (done) {
      return fetchDraft(ctx, done.id).then(function (after) {
        if (done.id && after) undoable = { id: done.id, before: done.before, after: after.body, ctx: ctx };
      });
    }).catch(function (error) {
      console.warn("Defuse: Front refused the reply", error);
    });
  }

  function undo() {
    var last = undoable;
    undoable = null;
    if (!last || !last.before) return false;
    var ctx = context || last.ctx; // a context update may have replaced the one written in
    fetchDraft(ctx, last.id).then(function (current) {
      if (!current || current.body !== last.after) {
        return console.warn("Defuse: the draft changed since the insert; not undone");
      }
      return ctx.updateDraft(last.id, { updateMode: "replace", content: last.before });
    }).catch(function (error) {
      console.warn("Defuse: could not undo", error);
    });
    return true;
  }
})();
