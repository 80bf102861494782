/*
 * Defuse's content script, injected into a help-desk tab by the panel (chrome.scripting)
 * once the agent has set the site up or is setting it up. It is the panel's hands in the
 * tab and holds no rules of its own:
 *
 * - read: the thread, by the rules the wasm hands over (`readingRules`: selectors, id and
 *   time attributes). It sends what it sees, raw, on every change; the wasm in the panel
 *   decides the role, trims, skips, and tells new messages from re-renders (never double
 *   counting).
 * - write: the composer operations the wasm planned (port.rs): a value through the
 *   element's native setter plus an `input` event (so React-controlled fields follow), a
 *   text node in a contenteditable, or the contenteditable's children put back. Each
 *   write first checks the draft is still the one the plan was made from.
 * - pick: during setup, the element the agent clicks, and selectors derived for it.
 *
 * It sends nothing anywhere but the extension's own panel, over a runtime port.
 */
(function () {
  "use strict";
  if (window.__defuseContent) return;
  window.__defuseContent = true;

  var port = null;
  var rules = null; // {list, message, customer, agent, text, ids, time, composer, field}
  var observer = null;
  var lastThread = "";
  var lastComposer = "";
  var editableUndo = [];
  var picking = null;
  var picked = {};

  function post(message) {
    if (port) port.postMessage(message);
  }

  // ---- read -------------------------------------------------------------------------

  function marks(el, selector) {
    try {
      return el.matches(selector) || !!el.querySelector(selector);
    } catch (e) {
      return false;
    }
  }

  /** The visible thread, raw: [{customer, agent, text, id, at}], or null without a list. */
  function read(r) {
    var list;
    try {
      list = document.querySelector(r.list);
    } catch (e) {
      return null;
    }
    if (!list) return null;
    var out = [];
    var nodes = list.querySelectorAll(r.message);
    for (var i = 0; i < nodes.length; i++) {
      var el = nodes[i];
      var textEl = r.text ? el.querySelector(r.text) : el;
      if (!textEl) continue;
      var id = null;
      for (var j = 0; j < r.ids.length && !id; j++) id = el.getAttribute(r.ids[j]) || null;
      out.push({
        customer: marks(el, r.customer),
        agent: marks(el, r.agent),
        text: textEl.textContent || "",
        id: id,
        at: el.getAttribute(r.time),
      });
    }
    return out;
  }

  function sync() {
    if (!rules) return;
    var thread = read(rules);
    var key = JSON.stringify(thread);
    if (key !== lastThread) {
      lastThread = key;
      if (thread) post({ type: "thread", thread: thread });
    }
    var state = composerState();
    key = JSON.stringify(state);
    if (key !== lastComposer) {
      lastComposer = key;
      post({ type: "composer", state: state });
    }
  }

  // ---- write ------------------------------------------------------------------------

  function isValueField(el) {
    return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
  }

  /** The composer's editable element: the match itself, or a field inside it. */
  function field() {
    if (!rules || !rules.composer) return null;
    var found;
    try {
      found = document.querySelector(rules.composer);
    } catch (e) {
      return null;
    }
    if (!found) return null;
    if (isValueField(found) || found.isContentEditable) return found;
    var inner = found.querySelector(rules.field);
    return inner && (isValueField(inner) || inner.isContentEditable) ? inner : null;
  }

  function caretIn(el) {
    var selection = window.getSelection();
    if (!selection || !selection.rangeCount) return null;
    var range = selection.getRangeAt(0);
    if (!el.contains(range.commonAncestorContainer)) return null;
    var caret = range.cloneRange();
    caret.collapse(false);
    return caret;
  }

  function composerState() {
    var el = field();
    if (!el) return null;
    if (isValueField(el)) {
      var start = null;
      var end = null;
      try {
        start = el.selectionStart;
        end = el.selectionEnd;
      } catch (e) {
        // input types without a caret
      }
      return { kind: "value", value: el.value, start: start, end: end };
    }
    var state = { kind: "editable", text: el.innerText, content: el.textContent || "" };
    var caret = caretIn(el);
    if (caret) {
      var before = document.createRange();
      before.selectNodeContents(el);
      before.setEnd(caret.startContainer, caret.startOffset);
      var after = document.createRange();
      after.selectNodeContents(el);
      after.setStart(caret.endContainer, caret.endOffset);
      state.before = before.toString();
      state.after = after.toString();
    }
    return state;
  }

  function fireInput(el, inputType, data) {
    el.dispatchEvent(
      new InputEvent("input", { bubbles: true, inputType: inputType, data: data == null ? null : data }),
    );
  }

  var CHANGED = "The draft changed before the reply arrived; nothing was written. Try again.";

  /** Carries out one operation planned by the wasm (port.rs); an error string if refused. */
  function write(op) {
    var el = field();
    if (!el) return "No composer found in the help-desk tab: use Copy instead.";
    if (op.op === "value") {
      if (!isValueField(el) || el.value !== op.expect) return CHANGED;
      var proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      el.focus();
      Object.getOwnPropertyDescriptor(proto, "value").set.call(el, op.value);
      try {
        el.setSelectionRange(op.start, op.end);
      } catch (e) {
        // input types without a caret: the value is written
      }
      fireInput(el, op.inputType, op.data);
      return null;
    }
    if (op.op === "editable") {
      if (isValueField(el) || (el.textContent || "") !== op.expect) return CHANGED;
      var saved = Array.prototype.map.call(el.childNodes, function (n) {
        return n.cloneNode(true);
      });
      var node = document.createTextNode(op.text);
      var caret = op.mode === "caret" ? caretIn(el) : null;
      if (op.mode === "replace") el.replaceChildren(node);
      else if (caret) caret.insertNode(node);
      else el.appendChild(node);
      el.focus();
      var selection = window.getSelection();
      if (selection) selection.collapse(node, node.length);
      fireInput(el, op.inputType, op.data);
      editableUndo.push({ el: el, nodes: saved, after: el.textContent });
      return null;
    }
    if (op.op === "restore") {
      var record = editableUndo.pop();
      if (!record || record.el !== el || el.textContent !== record.after) {
        return "Nothing to undo: the draft has changed since the insert.";
      }
      el.replaceChildren.apply(el, record.nodes);
      el.focus();
      fireInput(el, "historyUndo", null);
      return null;
    }
    return "Unknown operation " + JSON.stringify(op.op);
  }

  // ---- pick (setup) -------------------------------------------------------------------

  var outline = null;

  function highlight(el) {
    if (!outline) {
      outline = document.createElement("div");
      outline.setAttribute("data-defuse-outline", "");
      var s = outline.style; // CSSOM: allowed under a strict style-src
      s.position = "fixed";
      s.pointerEvents = "none";
      s.zIndex = "2147483647";
      s.border = "2px solid #2557d6";
      s.background = "rgba(37, 87, 214, .12)";
      s.borderRadius = "3px";
    }
    if (!el) {
      outline.remove();
      return;
    }
    var box = el.getBoundingClientRect();
    outline.style.left = box.left + "px";
    outline.style.top = box.top + "px";
    outline.style.width = box.width + "px";
    outline.style.height = box.height + "px";
    document.documentElement.appendChild(outline);
  }

  function onOver(event) {
    if (picking && event.target instanceof Element) highlight(target(event.target));
  }

  function target(el) {
    if (picking === "composer") {
      var editable = el.closest("textarea, input, [contenteditable]:not([contenteditable=false])");
      if (editable) {
        // the outermost contenteditable is the composer
        var up = editable;
        while (up.parentElement && up.parentElement.isContentEditable) up = up.parentElement;
        return up;
      }
    }
    return el;
  }

  function swallow(event) {
    if (!picking) return;
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  }

  function onClick(event) {
    if (!picking) return;
    swallow(event);
    var what = picking;
    picking = null;
    highlight(null);
    picked[what] = target(event.target);
    post({ type: "picked", what: what, text: (picked[what].textContent || "").trim().slice(0, 140) });
    if (picked.customer && picked.agent && picked.composer && what === "composer") derive();
  }

  ["pointerdown", "mousedown", "mouseup", "pointerup"].forEach(function (type) {
    document.addEventListener(type, swallow, true);
  });
  document.addEventListener("click", onClick, true);
  document.addEventListener("mouseover", onOver, true);

  // ---- derive selectors -----------------------------------------------------------------

  /** Class names and values a build tool generated (hashes, counters): never used. */
  function generated(token) {
    return (
      /^(css|sc|jsx|emotion|svelte|styled|makeStyles|jss)[-_]/i.test(token) ||
      /^_/.test(token) ||
      /\d{3,}/.test(token) ||
      /[0-9a-f]{6,}/i.test(token) && /\d/.test(token) ||
      /^[a-zA-Z]{5,8}$/.test(token) && /[a-z][A-Z].*[A-Z]/.test(token) ||
      /^[a-z0-9]{5,}$/i.test(token) && /\d/.test(token) && /[a-z]/i.test(token) && !/[-_]/.test(token)
    );
  }

  function quote(value) {
    return '"' + value.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
  }

  var ATTRIBUTES = /^(data-[\w-]+|aria-label|aria-labelledby|role|name|itemprop|itemtype)$/;

  /**
   * Stable tokens of one element, best first: its id, data- attributes (with their value,
   * and by name alone), role and name, classes, then aria- labels (often a person's name,
   * or words that change with the language).
   */
  function tokens(el) {
    var out = [];
    if (el.id && !generated(el.id)) out.push({ kind: "id", rank: 0, sel: "#" + CSS.escape(el.id) });
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      if (!ATTRIBUTES.test(a.name) || a.name === "data-defuse-outline" || generated(a.name)) continue;
      var rank = a.name.indexOf("data-") === 0 ? 1 : a.name.indexOf("aria-") === 0 ? 4 : 2;
      if (a.value && a.value.length < 60 && !generated(a.value)) {
        out.push({ kind: "attr", name: a.name, rank: rank, sel: "[" + a.name + "=" + quote(a.value) + "]" });
      }
      if (rank === 1) out.push({ kind: "attr-name", name: a.name, rank: rank, sel: "[" + a.name + "]" });
    }
    el.classList.forEach(function (c) {
      if (!generated(c)) out.push({ kind: "class", rank: 3, sel: "." + CSS.escape(c) });
    });
    // A stable sort: the rank first, the element's own order within a rank.
    return out
      .map(function (t, n) {
        t.n = n;
        return t;
      })
      .sort(function (x, y) {
        return x.rank - y.rank || x.n - y.n;
      });
  }

  function unique(sel, el) {
    try {
      var all = document.querySelectorAll(sel);
      return all.length === 1 && all[0] === el;
    } catch (e) {
      return false;
    }
  }

  /** A selector that matches `el` alone in the document, from its stable tokens. */
  function selectorFor(el, depth) {
    var tag = el.tagName.toLowerCase();
    var own = tokens(el).map(function (t) {
      return t.kind === "id" ? t.sel : tag + t.sel;
    });
    own.push(tag);
    for (var i = 0; i < own.length; i++) if (unique(own[i], el)) return own[i];
    if ((depth || 0) < 4 && el.parentElement && el.parentElement !== document.documentElement) {
      var parent = selectorFor(el.parentElement, (depth || 0) + 1);
      if (parent) {
        for (i = 0; i < own.length; i++) if (unique(parent + " > " + own[i], el)) return parent + " > " + own[i];
      }
    }
    return null;
  }

  function ancestors(el) {
    var out = [];
    for (var n = el; n; n = n.parentElement) out.push(n);
    return out; // el first, <html> last
  }

  /** The selector both elements share (same tag and a common stable token), or null. */
  function shared(a, b) {
    if (a.tagName !== b.tagName) return null;
    var tb = tokens(b).map(function (t) {
      return t.sel;
    });
    var common = tokens(a).filter(function (t) {
      return t.kind !== "id" && tb.indexOf(t.sel) >= 0;
    });
    return common.length ? a.tagName.toLowerCase() + common[0].sel : null;
  }

  /**
   * A token on `a` that `b` lacks: the role mark. aria-label and name come last: they
   * usually carry a person's name, which differs from one conversation to the next.
   */
  function distinct(a, b) {
    var tb = tokens(b).map(function (t) {
      return t.sel;
    });
    var own = tokens(a).filter(function (t) {
      return t.kind !== "id" && tb.indexOf(t.sel) < 0;
    });
    var named = function (t) {
      return /^(aria-|name$)/.test(t.name || "") ? 1 : 0;
    };
    own.sort(function (x, y) {
      return named(x) - named(y);
    });
    return own.length ? own[0].sel : null;
  }

  function derive() {
    var c = picked.customer;
    var a = picked.agent;
    var problems = [];
    var up = ancestors(c);
    var list = ancestors(a).find(function (n) {
      return up.indexOf(n) >= 0;
    });
    // From the list down: the first level where both paths share a shape is the message.
    var cPath = up.slice(0, up.indexOf(list)).reverse();
    var aPath = ancestors(a).slice(0, ancestors(a).indexOf(list)).reverse();
    var message = null;
    var cMsg = null;
    var aMsg = null;
    for (var i = 0; i < Math.min(cPath.length, aPath.length) && !message; i++) {
      message = shared(cPath[i], aPath[i]);
      if (message) {
        cMsg = cPath[i];
        aMsg = aPath[i];
      }
    }
    if (!message && cPath.length && aPath.length && cPath[0].tagName === aPath[0].tagName) {
      cMsg = cPath[0];
      aMsg = aPath[0];
      message = ":scope > " + cMsg.tagName.toLowerCase();
    }
    var entry = { messages: selectorFor(list) };
    if (!entry.messages) problems.push("could not name the message list");
    if (!message) problems.push("the two messages have nothing in common to read them by");
    if (!entry.messages || !message) return report(entry, problems);
    entry.message = message;
    // The role marks: on the message, else on an element inside it on the clicked path.
    var cDown = cPath.slice(cPath.indexOf(cMsg));
    var aDown = aPath.slice(aPath.indexOf(aMsg));
    for (i = 0; i < Math.min(cDown.length, aDown.length) && !(entry.customer && entry.agent); i++) {
      var cm = distinct(cDown[i], aDown[i]);
      var am = distinct(aDown[i], cDown[i]);
      if (cm && am) {
        entry.customer = cm;
        entry.agent = am;
      }
    }
    if (!entry.customer) problems.push("could not tell customer and agent messages apart");
    // The text: the clicked element, if both clicks landed on the same kind of element.
    if (c !== cMsg) {
      for (var t = c; t && t !== cMsg; t = t.parentElement) {
        var twin = aDown.find(function (n) {
          return n !== aMsg && shared(t, n);
        });
        if (twin) {
          entry.text = shared(t, twin);
          break;
        }
      }
    }
    var composer = picked.composer;
    entry.composer = selectorFor(composer);
    if (!entry.composer) problems.push("could not name the composer");
    report(entry, problems);
  }

  function report(entry, problems) {
    post({ type: "derived", entry: entry, problems: problems });
  }

  // ---- the port ---------------------------------------------------------------------

  chrome.runtime.onConnect.addListener(function (p) {
    if (p.name !== "defuse") return;
    if (port) port.disconnect();
    port = p;
    p.onDisconnect.addListener(function () {
      if (port === p) {
        port = null;
        picking = null;
        highlight(null);
      }
    });
    p.onMessage.addListener(function (message) {
      if (message.type === "follow") {
        rules = message.rules;
        lastThread = "";
        lastComposer = "";
        if (!observer) {
          observer = new MutationObserver(sync);
          observer.observe(document.documentElement, {
            childList: true,
            subtree: true,
            characterData: true,
          });
          ["input", "selectionchange", "keyup", "focusin", "mouseup"].forEach(function (type) {
            document.addEventListener(type, sync, true);
          });
        }
        sync();
      } else if (message.type === "preview") {
        // What the derived entry reads, raw: the panel's wasm counts it for the agent.
        var saved = rules;
        rules = message.rules;
        var hasComposer = !!field();
        rules = saved;
        post({ type: "preview", thread: read(message.rules) || [], composer: hasComposer });
      } else if (message.type === "pick") {
        if (message.what === "customer") picked = {};
        picking = message.what;
      } else if (message.type === "stop") {
        picking = null;
        highlight(null);
      } else if (message.type === "write") {
        var failed = write(message.op);
        if (failed) post({ type: "failed", reason: failed });
        sync();
      }
    });
  });
})();
