/*
 * Defuse loader: the one file a page includes.
 *
 *   <script src="/dist/defuse.js" async
 *           data-dock="right" data-collapsed="false" data-theme="auto"
 *           data-messages="#thread" data-message=".msg"
 *           data-customer=".from-customer" data-agent=".from-agent"
 *           data-composer="#composer" data-config='{"remedies":["refund"]}'></script>
 *
 * Settings come from the script tag's data- attributes and from `window.DefuseSettings`
 * (an object set before this script runs); where both give a setting, DefuseSettings wins.
 * See defuse.d.ts for every setting and the API.
 *
 * The API is usable before the wasm has loaded (the Intercom/Crisp stub pattern): a page
 * may set `window.Defuse = window.Defuse || []` and `Defuse.push(["message", {...}])`
 * before this file runs; the queue is replayed in order once Defuse is ready. After this
 * file runs, `Defuse.pushMessage(...)`, `Defuse.reset()`, `Defuse.setConfig(...)`,
 * `Defuse.on(...)`, `Defuse.off(...)` and `Defuse.push([...])` all work; calls made
 * before the wasm is ready are queued the same way.
 *
 * This file only loads and forwards: every behaviour lives in the wasm (defuse-web).
 * The one exception is recovery: if the wasm traps (a panic), this file starts a fresh
 * instance and rebuilds the conversation, skipping the message that trapped (see
 * "Trap recovery" below). It loads the bindgen glue and the wasm from the folder it was
 * itself loaded from, makes no other request, and uses no eval, inline script or inline
 * style (strict CSP works).
 */
(function () {
  "use strict";

  var existing = window.Defuse;
  if (existing && existing.__loaded) {
    return; // included twice: the first copy is in charge
  }

  var script =
    document.currentScript || document.querySelector('script[src*="defuse.js"]');
  var base = new URL(".", script ? script.src : document.baseURI).href;

  // API events -> the DOM CustomEvents the wasm dispatches on window.
  var EVENTS = {
    escalation: "defuse:escalation",
    replyInserted: "defuse:reply-inserted",
    ready: "defuse:ready",
    error: "defuse:error",
  };
  // Queue command names -> API methods.
  var COMMANDS = {
    message: "pushMessage",
    pushMessage: "pushMessage",
    reset: "reset",
    config: "setConfig",
    setConfig: "setConfig",
    on: "on",
    off: "off",
  };

  var instance = null; // the live wasm instance; null while (re)starting
  var dead = false; // gave up: every call is ignored with a warning
  var pending = Array.isArray(existing) ? existing.slice() : [];
  var listeners = [];
  var resolveReady;
  var ready = new Promise(function (resolve) {
    resolveReady = resolve;
  });

  // Trap recovery (see crates/defuse-web/src/fatal.rs). A panic traps the wasm; the
  // instance is then thrown away and a fresh one started, which rebuilds the conversation
  // from what we kept here (messages pushed through this API since the last reset, the
  // last config; the DOM adapter re-reads the page's thread by itself) and skips every text
  // that trapped before, with a quiet line in the sidebar. A trap in the draft coach turns
  // the coach off instead. A text never traps twice, and after MAX_RESTARTS traps, whatever
  // their cause, Defuse stays stopped.
  var MAX_RESTARTS = 3;
  var restarts = 0;
  var restartScheduled = false;
  var skip = []; // texts that trapped an instance
  var coachOff = false; // the draft coach trapped an instance: fresh ones leave it off
  var journal = []; // messages pushed since the last reset, with `at` filled in
  var config = null; // [config] once setConfig succeeded
  var host = null; // the live instance's <defuse-sidebar> element
  var replaying = false; // Defuse.on listeners stay quiet while a conversation is rebuilt
  var announced = false; // defuse:ready has been dispatched

  function warn(what, error) {
    console.warn("Defuse: " + what, error === undefined ? "" : error);
  }

  function skipText(text) {
    if (typeof text === "string" && skip.indexOf(text) < 0) skip.push(text);
  }

  // Called by the wasm's panic hook, before it traps, with the text it was reading and
  // whether it was coaching the agent's draft.
  function onTrap(text, coaching) {
    skipText(text);
    if (coaching === true) coachOff = true;
    trapped();
  }

  function trapped() {
    instance = null; // calls made from now on wait for the fresh instance
    if (!restartScheduled && !dead) {
      restartScheduled = true;
      setTimeout(restart, 0); // after the trap has unwound the current call
    }
  }

  // The end-to-end tests force a trap on one text (the page's `testTrapOn` setting).
  // Honoured on loopback hosts only; a message's text can never turn it on.
  function trapOnForTest(merged) {
    var text = merged.testTrapOn;
    var loopback = /^(127\.0\.0\.1|localhost|\[::1\])$/.test(location.hostname);
    return typeof text === "string" && loopback ? text : undefined;
  }

  // A message as it will be replayed: the time it was pushed is kept, so a rebuilt
  // conversation has the same waits and bursts as the first.
  function stamp(message) {
    if (!message || typeof message !== "object" || Array.isArray(message) ||
        (message.at !== undefined && message.at !== null)) {
      return message;
    }
    var copy = {};
    for (var key in message) copy[key] = message[key];
    copy.at = Date.now();
    return copy;
  }

  function invoke(method, args) {
    if (dead) {
      warn("stopped after an internal error; ignoring " + method + "()");
      return undefined;
    }
    if (!instance) {
      pending.push(function () {
        return invoke(method, args);
      });
      return undefined;
    }
    var entry;
    if (method === "pushMessage") {
      args = [stamp(args[0])];
      entry = args[0];
      journal.push(entry); // kept even if it traps: the rebuild then skips it visibly
    }
    var result;
    try {
      result = instance[method].apply(instance, args);
    } catch (error) {
      // A trap (panic) is the instance's fault: the host page must not see it. Errors the
      // wasm throws on purpose (a bad config naming its field) are the caller's to handle.
      if (!instance || error instanceof WebAssembly.RuntimeError) {
        if (entry) skipText(entry.text); // a trap the hook did not see (stack overflow)
        trapped();
        return undefined;
      }
      if (entry) journal.splice(journal.lastIndexOf(entry), 1);
      throw error;
    }
    if (method === "reset") journal = [];
    if (method === "setConfig") config = [args[0]];
    return result;
  }

  // Boots an instance from `glue` (a loaded copy of the bindgen module). The instance may
  // trap while booting (the DOM adapter reads the page's thread at once); its sidebar is
  // still the live one until a restart replaces it.
  function boot(glue) {
    var merged = settings();
    glue.guard(skip.slice(), onTrap, trapOnForTest(merged), coachOff);
    var before = [].slice.call(document.querySelectorAll("defuse-sidebar"));
    try {
      instance = glue.boot(merged);
    } finally {
      var added = [].slice.call(document.querySelectorAll("defuse-sidebar")).filter(function (el) {
        return before.indexOf(el) < 0;
      });
      if (added.length) host = added[0];
    }
  }

  // boot(), telling a trap (false: a restart is already scheduled) from a real failure.
  function mount(glue) {
    try {
      boot(glue);
      return true;
    } catch (error) {
      if (restartScheduled || error instanceof WebAssembly.RuntimeError) {
        trapped();
        return false;
      }
      throw error;
    }
  }

  // defuse:ready and Defuse.ready, once: after the first instance that booted cleanly.
  function announce() {
    if (!announced) {
      announced = true;
      window.dispatchEvent(new CustomEvent(EVENTS.ready));
      resolveReady();
    }
  }

  // Runs the calls queued while no instance was live.
  function flush() {
    var queued = pending;
    pending = [];
    queued.forEach(function (item) {
      try {
        // The page's own stub queue holds [command, ...args]; calls made on this API
        // before the wasm was ready are held as functions.
        if (typeof item === "function") item();
        else command(item);
      } catch (error) {
        // Nobody is left to catch it: the wasm has already shown it in the sidebar.
        warn("a queued call failed:", error);
      }
    });
  }

  function restart() {
    restartScheduled = false;
    if (restarts >= MAX_RESTARTS) {
      dead = true;
      pending = [];
      warn("stopped after repeated internal errors; reload the page to restart Defuse");
      return;
    }
    restarts += 1;
    // A second copy of the glue module (the query makes it a new module) owns a new wasm
    // instance; the trapped one is left alone and its sidebar taken off the page.
    load("?restart=" + restarts)
      .then(function (glue) {
        var old = host;
        var booted = mount(glue);
        if (old && old !== host && old.parentNode) old.parentNode.removeChild(old);
        if (!booted) return;
        var messages = journal;
        journal = [];
        replaying = true;
        try {
          if (config) invoke("setConfig", config);
          var i = 0;
          while (i < messages.length && instance) {
            invoke("pushMessage", [messages[i++]]);
          }
          // Trapped again (on another text): the next instance replays the rest too.
          journal = journal.concat(messages.slice(i));
        } finally {
          replaying = false;
        }
        if (instance) {
          flush();
          announce();
        }
      })
      .catch(function (error) {
        dead = true;
        warn("could not restart after an internal error:", error);
      });
  }

  function load(query) {
    return import(base + "defuse_web.js" + query).then(function (glue) {
      return glue.default({ module_or_path: base + "defuse_web_bg.wasm" }).then(function () {
        return glue;
      });
    });
  }

  function on(name, fn) {
    var type = EVENTS[name];
    if (!type) {
      throw new Error("Defuse.on: unknown event " + JSON.stringify(name) +
        "; known: " + Object.keys(EVENTS).join(", "));
    }
    if (typeof fn !== "function") {
      throw new Error("Defuse.on: the listener must be a function");
    }
    var wrapper = function (event) {
      if (!replaying) fn(event.detail);
    };
    listeners.push({ name: name, fn: fn, wrapper: wrapper });
    window.addEventListener(type, wrapper);
  }

  function off(name, fn) {
    listeners = listeners.filter(function (l) {
      if (l.name === name && (fn === undefined || l.fn === fn)) {
        window.removeEventListener(EVENTS[name], l.wrapper);
        return false;
      }
      return true;
    });
  }

  function command(item) {
    if (!Array.isArray(item) || !COMMANDS[item[0]]) {
      throw new Error("Defuse.push: expected [command, ...args] with command one of " +
        Object.keys(COMMANDS).join(", "));
    }
    return api[COMMANDS[item[0]]].apply(api, item.slice(1));
  }

  var api = {
    __loaded: true,
    /** Resolves once the sidebar is mounted and the queue has been replayed. */
    ready: ready,
    push: command,
    pushMessage: function (message) {
      return invoke("pushMessage", [message]);
    },
    reset: function () {
      return invoke("reset", []);
    },
    setConfig: function (config) {
      return invoke("setConfig", [config]);
    },
    on: on,
    off: off,
    /** Test-only: panics inside the wasm, to check that a panic stays quiet and recovers. */
    __panicForTest: function () {
      return invoke("panicForTest", []);
    },
    /** Test-only: what the DOM adapter has pushed, {customer, agent, rebuilds}. */
    __adapterCountsForTest: function () {
      return invoke("adapterCountsForTest", []);
    },
    /** Benchmark-only: runs the core analysis over `texts` `iterations` times; returns ms.
     * Only the bench page's build (dist/bench/, `cargo xtask bench-web`) has it. */
    __benchAnalyze: function (texts, iterations) {
      if (instance && !instance.benchAnalyze) {
        throw new Error("Defuse.__benchAnalyze: only in the benchmark build (dist/bench/)");
      }
      return invoke("benchAnalyze", [texts, iterations]);
    },
  };
  window.Defuse = api;

  function settings() {
    var merged = {};
    var data = script ? script.dataset : {};
    var globals = window.DefuseSettings || {};
    var key;
    for (key in data) merged[key] = data[key];
    for (key in globals) merged[key] = globals[key];
    // The wasm takes strings and booleans; data- attributes are always strings.
    if ("collapsed" in merged) {
      merged.collapsed = merged.collapsed === true || merged.collapsed === "true";
    }
    return merged;
  }

  function start(glue) {
    if (!mount(glue)) return; // trapped while booting: the restart finishes the start
    flush();
    announce();
  }

  // The sidebar mounts into <body>: an async script can run before the parser reaches it.
  var bodyReady = new Promise(function (resolve) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", resolve, { once: true });
    } else {
      resolve();
    }
  });

  load("")
    .then(function (glue) {
      return bodyReady.then(function () {
        start(glue);
      });
    })
    .catch(function (error) {
      dead = true;
      warn("could not start:", error);
    });
})();
