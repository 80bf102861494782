/*
 * Defuse help-desk app bridge: what the Chatwoot, Zendesk and Front apps share.
 *
 * Each app reads its help desk's conversation through that help desk's own protocol and
 * hands it here as a plain list; this file turns the list into calls on the public JS API
 * (www/EMBED.md: Defuse.push(["message", ...]), Defuse.reset()). The sidebar and the
 * analysis are the script tag's own (the same defuse.js, glue and wasm): nothing is
 * analysed here.
 *
 *   DefuseApp.show(key, messages)   key: the conversation's id; messages, oldest first:
 *                                   [{id, role: "customer" | "agent", text, at (ms)}]
 *   DefuseApp.text(html)            the text of an HTML message, without rendering it
 *   DefuseApp.setup(settings)       DefuseSettings for an app page (before defuse.js)
 *   DefuseApp.shown()               what was pushed for the conversation on screen,
 *                                   {key, starts, messages: [{role, text}]}, starts counting
 *                                   the conversations begun (for tests and support)
 *
 * show() pushes only what is new: the same conversation with more messages appends them; a
 * new key (the agent opened another conversation), or a message edited or removed, starts
 * the conversation again from the list.
 */
(function () {
  "use strict";

  var shown = { key: null, ids: [], texts: [], roles: [] };
  var starts = 0; // conversations started (or started again) so far

  function api() {
    window.Defuse = window.Defuse || [];
    return window.Defuse;
  }

  function show(key, messages) {
    key = String(key);
    var same = key === shown.key && shown.ids.length <= messages.length;
    for (var i = 0; same && i < shown.ids.length; i++) {
      same = shown.ids[i] === String(messages[i].id) && shown.texts[i] === messages[i].text;
    }
    var from = same ? shown.ids.length : 0;
    if (!same) {
      if (shown.key !== null) api().push(["reset"]);
      shown = { key: key, ids: [], texts: [], roles: [] };
      starts++;
    }
    for (var j = from; j < messages.length; j++) {
      var m = messages[j];
      shown.ids.push(String(m.id));
      shown.texts.push(m.text);
      shown.roles.push(m.role);
      var message = { role: m.role, text: m.text };
      if (typeof m.at === "number" && isFinite(m.at)) message.at = m.at;
      api().push(["message", message]);
    }
  }

  // Elements whose text is not the message: code, styles, quoted history of an email.
  var SKIP = { SCRIPT: 1, STYLE: 1, TEMPLATE: 1, NOSCRIPT: 1, HEAD: 1, BLOCKQUOTE: 1 };
  var BLOCK = /^(P|DIV|LI|TR|H[1-6]|PRE|UL|OL|TABLE|SECTION|ARTICLE)$/;

  // The HTML is parsed into an inert document (DOMParser: no scripts run, nothing loads,
  // nothing joins our page) and only its text nodes are read.
  function text(html) {
    if (typeof html !== "string") return "";
    if (html.indexOf("<") < 0 && html.indexOf("&") < 0) return html.trim();
    var doc = new DOMParser().parseFromString(html, "text/html");
    var out = [];
    (function walk(node) {
      for (var child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          out.push(child.data);
        } else if (child.nodeType === 1) {
          var name = child.nodeName.toUpperCase();
          if (SKIP[name] || /(^|\s)(gmail_quote|front-quote)(\s|$)/.test(child.className || "")) continue;
          if (name === "BR") {
            out.push("\n");
            continue;
          }
          var block = BLOCK.test(name);
          if (block) out.push("\n");
          walk(child);
          if (block) out.push("\n");
        }
      }
    })(doc.body || doc);
    return out.join("").replace(/[ \t\u00a0]+/g, " ").replace(/ ?\n[\n ]*/g, "\n").trim();
  }

  // App pages run in a narrow help-desk panel: the sidebar fills it, open, on the right.
  function setup(settings) {
    var merged = { dock: "right", collapsed: false };
    var own = window.DefuseSettings || {};
    for (var k in settings) merged[k] = settings[k];
    for (var o in own) merged[o] = own[o];
    window.DefuseSettings = merged;
  }

  function current() {
    return {
      key: shown.key,
      starts: starts,
      messages: shown.texts.map(function (t, i) {
        return { role: shown.roles[i], text: t };
      }),
    };
  }

  window.DefuseApp = { show: show, text: text, setup: setup, shown: current };
})();
