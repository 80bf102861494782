// Plays Chatwoot's side of the dashboard-app protocol for apps-chatwoot.spec.mjs: posts
// the app an appContext JSON string on load and on every fetch-info request. The test
// changes window.chatwoot.conversation and counts window.chatwoot.fetches.
(function () {
  "use strict";
  var app = document.getElementById("app");
  var foreignOrigin = location.origin.replace("127.0.0.1", "localhost");
  var seconds = Math.floor(Date.now() / 1000) - 600;

  function message(id, type, content, extra) {
    var m = { id: id, content: content, message_type: type, private: false, created_at: seconds + id * 20, content_type: "text" };
    for (var k in extra || {}) m[k] = extra[k];
    return m;
  }

  window.chatwoot = {
    fetches: 0,
    message: message,
    conversation: {
      id: 4021,
      messages: [
        message(1, 0, "Where is my order? It was supposed to arrive a week ago."),
        message(2, 1, "Hi, I'm looking into it now."),
        message(3, 2, "Conversation was assigned to Sam"),
        message(4, 1, "This customer is a nightmare, ignore the tone", { private: true }),
        message(5, 0, "THIS IS RIDICULOUS!!! Third time I'm asking and nobody answers. Useless company, I want my money back NOW"),
        message(6, 3, "Please rate this conversation: terrible or awful?"),
        message(7, 0, "I'm done with you people. Absolutely pathetic, I'm reporting you"),
      ],
    },
    send: function () {
      document.getElementById("conversation-id").textContent = String(window.chatwoot.conversation.id);
      var payload = { event: "appContext", data: { conversation: window.chatwoot.conversation, contact: { id: 7, name: "Robin" }, currentAgent: { id: 1, name: "Sam" } } };
      app.contentWindow.postMessage(JSON.stringify(payload), location.origin);
    },
  };

  window.addEventListener("message", function (event) {
    if (event.source === app.contentWindow && event.data === "chatwoot-dashboard-app:fetch-info") {
      window.chatwoot.fetches++;
      window.chatwoot.send();
    }
  });
  app.addEventListener("load", function () {
    window.chatwoot.send();
  });
  // ?appOrigin= configures the app for another Chatwoot (the origin test).
  var configured = new URLSearchParams(location.search).get("appOrigin") || location.origin;
  app.src = "/dist/chatwoot/index.html?origin=" + encodeURIComponent(configured);
  document.getElementById("foreign").src = foreignOrigin + "/e2e/apps-foreign.html";
})();
