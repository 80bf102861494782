/*
 * The demo help desk's own behaviour (it knows nothing about Defuse: Defuse follows the
 * thread and the composer through the selectors on its script tag). No inline scripts or
 * styles anywhere, so the same file runs under the strict CSP of csp.html.
 */
(function () {
  "use strict";

  var CUSTOMERS = {
    dana: {
      name: "Dana Whitfield",
      sub: "Order #48213 · desk lamp",
      history: [
        ["customer", "Hi there, I ordered a desk lamp two weeks ago and it still hasn't shown up."],
      ],
    },
    omar: {
      name: "Omar Haddad",
      sub: "Login problem",
      history: [
        ["customer", "Hello! I can't log in since the update, it says my password is wrong."],
        ["agent", "Hi Omar, sorry about that. Could you tell me which browser you're using?"],
        ["customer", "Chrome on my laptop. Thanks for getting back so fast!"],
      ],
    },
    lena: {
      name: "Lena Fischer",
      sub: "Billing question",
      history: [
        ["customer", "Quick question: why was I charged twice this month?"],
      ],
    },
  };

  // The scripted escalation the Replay button plays, with the delay before each line (ms).
  var ANGRY = [
    [900, "customer", "The tracking page hasn't changed in 9 days."],
    [1300, "customer", "I already asked about this yesterday and nobody got back to me."],
    [1300, "customer", "Where is my order??? This is ridiculous."],
    [1500, "customer", "If it isn't here by Friday I want a full refund, and I'm leaving a review about this."],
    [1500, "customer", "Honestly, you people are useless. I'm disputing the charge with my bank."],
  ];

  var thread, composer, current = "dana", nextId = 1, replayTimer = null;

  function bubble(role, text, name) {
    var msg = document.createElement("div");
    msg.className = "msg " + (role === "customer" ? "from-customer" : "from-agent");
    msg.setAttribute("data-message-id", "m" + nextId++);
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = name;
    var body = document.createElement("p");
    body.className = "text";
    body.textContent = text; // host text is text too: never innerHTML
    var time = document.createElement("time");
    time.className = "time";
    time.textContent = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    msg.append(who, body, time);
    return msg;
  }

  function say(role, text) {
    var c = CUSTOMERS[current];
    thread.append(bubble(role, text, role === "customer" ? c.name : "You"));
    thread.scrollTop = thread.scrollHeight;
  }

  function open(key) {
    stopReplay();
    current = key;
    var c = CUSTOMERS[key];
    document.getElementById("chat-title").textContent = c.name;
    document.getElementById("chat-sub").textContent = "Live chat · " + c.sub;
    document.querySelectorAll(".customer").forEach(function (b) {
      b.classList.toggle("active", b.getAttribute("data-customer") === key);
    });
    // A real help desk re-renders the whole thread when you switch conversations.
    var fresh = thread.cloneNode(false);
    thread.replaceWith(fresh);
    thread = fresh;
    c.history.forEach(function (m) {
      say(m[0], m[1]);
    });
  }

  function stopReplay() {
    if (replayTimer !== null) {
      clearTimeout(replayTimer);
      replayTimer = null;
    }
  }

  function replay(speed) {
    stopReplay();
    open("dana");
    var i = 0;
    (function next() {
      if (i >= ANGRY.length) {
        replayTimer = null;
        return;
      }
      var step = ANGRY[i++];
      replayTimer = setTimeout(function () {
        say(step[1], step[2]);
        next();
      }, step[0] * (speed || 1));
    })();
  }

  function send() {
    var text = composer.value.trim();
    if (!text) return;
    say("agent", text);
    composer.value = "";
    composer.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function init() {
    thread = document.getElementById("thread");
    composer = document.getElementById("composer");
    document.getElementById("composer-form").addEventListener("submit", function (e) {
      e.preventDefault();
      send();
    });
    composer.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        send();
      }
    });
    document.getElementById("replay").addEventListener("click", function () {
      replay(1);
    });
    document.getElementById("clear").addEventListener("click", function () {
      stopReplay();
      var fresh = thread.cloneNode(false);
      thread.replaceWith(fresh);
      thread = fresh;
    });
    document.getElementById("customers").addEventListener("click", function (e) {
      var button = e.target.closest(".customer");
      if (button) open(button.getAttribute("data-customer"));
    });
    open("dana");
  }

  // For the screenshot script and the e2e tests: drive the demo without timers.
  window.DefuseDemo = {
    say: say,
    open: open,
    replay: replay,
    script: ANGRY.map(function (s) {
      return { role: s[1], text: s[2] };
    }),
  };

  init();
})();
