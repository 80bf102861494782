// Plays Front's side of @frontapp/plugin-sdk for apps-front.spec.mjs. The SDK posts the
// handshake string to its parent with a MessagePort; Front answers on that port with
// {type: "context_update", context} (the context lists its functions in functionArities,
// the cancel token counted) and answers each {type: "function_call", id, name, args} with
// {type: "function_result", id, value}.
(function () {
  "use strict";
  var HANDSHAKE = "@frontapp/ui-sdk#WebViewBridge.handshake";
  var app = document.getElementById("app");
  var foreignOrigin = location.origin.replace("127.0.0.1", "localhost");
  var start = Date.now() - 3600 * 1000;
  var port = null;
  var contexts = 0;

  function message(n, status, body, type) {
    return {
      id: "msg_" + n,
      subject: "My order",
      date: new Date(start + n * 60000),
      status: status,
      from: { handle: status === "inbound" ? "robin@example.com" : "sam@acme.test", name: status === "inbound" ? "Robin" : "Sam" },
      replyTo: undefined,
      to: [],
      cc: undefined,
      bcc: undefined,
      content: body === undefined ? undefined : { body: body, type: type || "text", attachments: [] },
    };
  }

  var front = (window.front = {
    conversationId: "cnv_55",
    draftId: undefined,
    draft: "",
    message: message,
    messages: [
      message(1, "inbound", "<p>Where is my order? It was due a week ago.</p>", "html"),
      message(2, "outbound", "Hi Robin, I'm checking with the courier now."),
      message(3, "inbound", undefined),
      message(4, "inbound", "<div>THIS IS RIDICULOUS!!! Third time I'm asking and nobody answers.<br>Useless company, I want my money back NOW</div>", "html"),
      message(5, "inbound", "I'm done with you people. Absolutely pathetic, I'm reporting you"),
    ],
    comments: [{ id: "com_1", author: { name: "Sam" }, content: { body: "Customer is a nightmare, idiot courier", type: "text" } }],
    calls: [],
    update: function () {
      contexts++;
      document.getElementById("conversation-id").textContent = front.conversationId;
      port.postMessage({
        type: "context_update",
        context: {
          id: "ctx_" + contexts,
          type: "singleConversation",
          teammate: { id: "tea_1", name: "Sam" },
          conversation: { id: front.conversationId, type: "email", status: "open", subject: "My order", draftId: front.draftId },
          functionArities: { listMessages: 2, listComments: 2, createDraft: 2, updateDraft: 3, fetchDraft: 2 },
        },
      });
    },
  });

  function call(name, args) {
    if (name === "listMessages") {
      // Two pages: the SDK's paginated results.
      var half = Math.ceil(front.messages.length / 2);
      return args[0] === "page2"
        ? { results: front.messages.slice(half), nextPageToken: undefined }
        : { results: front.messages.slice(0, half), nextPageToken: "page2" };
    }
    if (name === "fetchDraft") {
      return args[0] === front.draftId ? { id: front.draftId, content: { body: front.draft, type: "text" } } : undefined;
    }
    if (name === "listComments") return { results: front.comments, nextPageToken: undefined };
    if (name === "createDraft") {
      front.draftId = "dra_1";
      front.draft = args[0].content.body;
      document.getElementById("draft").textContent = front.draft;
      return { id: front.draftId, content: args[0].content };
    }
    if (name === "updateDraft") {
      var update = args[1];
      front.draft = update.updateMode === "replace" ? update.content.body : front.draft + update.content.body;
      document.getElementById("draft").textContent = front.draft;
      return undefined;
    }
    throw new Error(name + " is not played by this page");
  }

  window.addEventListener("message", function (event) {
    if (event.source !== app.contentWindow || event.data !== HANDSHAKE || !event.ports[0]) return;
    port = event.ports[0];
    port.onmessage = function (e) {
      var m = e.data;
      if (m.type !== "function_call") return;
      front.calls.push({ name: m.name, args: m.args, contextId: m.contextId });
      try {
        port.postMessage({ type: "function_result", id: m.id, value: call(m.name, m.args) });
      } catch (error) {
        port.postMessage({ type: "function_error", id: m.id, error: String(error.message) });
      }
    };
    front.update();
  });
  app.src = "/dist/front/index.html";
  document.getElementById("foreign").src = foreignOrigin + "/e2e/apps-foreign.html";
})();
