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
 * It loads the bindgen glue and the wasm from the folder it was itself loaded from, makes
 * no other request, and uses no eval, inline script or inline style (strict CSP works).
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

  var instance = null;
  var dead = false;
  var pending = Array.isArray(existing) ? existing.slice() : [];
  var listeners = [];
  var resolveReady;
  var ready = new Promise(function (resolve) {
    resolveReady = resolve;
  });

  function warn(what, error) {
    console.warn("Defuse: " + what, error === undefined ? "" : error);
  }

  // A panic inside Defuse dispatches defuse:error with fatal: true; from then on every
  // call is ignored with a warning instead of reaching the broken instance.
  window.addEventListener(EVENTS.error, function (event) {
    if (event.detail && event.detail.fatal) {
      dead = true;
    }
  });

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
    try {
      return instance[method].apply(instance, args);
    } catch (error) {
      // A trap (panic) is the instance's fault: the host page must not see it. Errors the
      // wasm throws on purpose (a bad config naming its field) are the caller's to handle.
      if (dead || error instanceof WebAssembly.RuntimeError) {
        dead = true;
        warn("stopped after an internal error; ignoring " + method + "()", error);
        return undefined;
      }
      throw error;
    }
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
      fn(event.detail);
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
    /** Test-only: panics inside the wasm, to check that a panic stays quiet. */
    __panicForTest: function () {
      return invoke("panicForTest", []);
    },
    /** Test-only: what the DOM adapter has pushed, {customer, agent, rebuilds}. */
    __adapterCountsForTest: function () {
      return invoke("adapterCountsForTest", []);
    },
    /** Benchmark-only: runs the core analysis over `texts` `iterations` times; returns ms. */
    __benchAnalyze: function (texts, iterations) {
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
    instance = glue.boot(settings());
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
    window.dispatchEvent(new CustomEvent(EVENTS.ready));
    resolveReady();
  }

  // The sidebar mounts into <body>: an async script can run before the parser reaches it.
  var bodyReady = new Promise(function (resolve) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", resolve, { once: true });
    } else {
      resolve();
    }
  });

  import(base + "defuse_web.js")
    .then(function (glue) {
      return glue.default({ module_or_path: base + "defuse_web_bg.wasm" }).then(function () {
        return bodyReady;
      }).then(function () {
        start(glue);
      });
    })
    .catch(function (error) {
      dead = true;
      warn("could not start:", error);
    });
})();
