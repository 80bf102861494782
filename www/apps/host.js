/*
 * Defuse help-desk app host: what the Chatwoot, Zendesk and Front apps share in JS.
 *
 * The reading and the writing rules live in the wasm (crates/defuse-web/src/hosted.rs and
 * hosts.rs, the apps' own build with `--features apps`). This file only gives the wasm the
 * app's host object, as the `host` setting:
 *
 *   var deliver = DefuseHost.start(name, {write, undo})
 *     name     "chatwoot" | "zendesk" | "front"
 *     write    function (text, mode): put a reply in the help desk's composer through its
 *              SDK; mode "insert" (at the cursor, keeping the agent's draft) or "replace"
 *              (the agent chose to replace the draft). Left out: the cards offer Copy.
 *     undo     function (): undo the latest write if the help desk allows it; true if it
 *              will. Left out: no Undo button.
 *     deliver  call it with what the help desk's SDK returned (plain data); the wasm reads
 *              it. The latest is kept and handed to a fresh wasm instance too (the loader
 *              restarts one after an internal error).
 *   DefuseHost.shown()   what the wasm shows for the conversation on screen,
 *                        {key, starts, messages: [{role, text}], draft} (tests and
 *                        support); starts counts the conversations begun
 */
(function () {
  "use strict";

  var last; // the latest delivery
  var subscriber = null; // the live wasm instance's reader
  var shown = null;

  function start(name, hooks) {
    var host = {
      name: name,
      subscribe: function (deliver) {
        subscriber = deliver;
        if (last !== undefined) deliver(last);
      },
      seen: function (state) {
        shown = state;
      },
    };
    if (hooks && hooks.write) host.write = hooks.write;
    if (hooks && hooks.undo) host.undo = hooks.undo;
    // App pages run in a narrow help-desk panel: the sidebar fills it, open.
    var merged = { dock: "right", collapsed: false };
    var own = window.DefuseSettings || {};
    for (var k in own) merged[k] = own[k];
    merged.host = host;
    window.DefuseSettings = merged;
    return function deliver(data) {
      last = data;
      if (subscriber) subscriber(data);
    };
  }

  window.DefuseHost = {
    start: start,
    shown: function () {
      return shown;
    },
  };
})();
