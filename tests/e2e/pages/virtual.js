// A host chat that re-renders its whole thread from data, like a framework would, and can
// be virtualized (only a window of rows in the DOM). virtual.html gives rows ids,
// fingerprint.html does not (Defuse must then key them by content).
(function () {
  var withIds = location.pathname.indexOf("virtual") >= 0;
  var messages = [];
  var view = { start: 0, size: Infinity };
  var app = document.getElementById("app");

  function row(m, i) {
    var el = document.createElement("div");
    el.className = "row " + m.role;
    if (withIds) el.setAttribute("data-message-id", "msg-" + m.id);
    var who = document.createElement("b");
    who.textContent = m.role === "customer" ? "Customer: " : "Agent: ";
    var body = document.createElement("span");
    body.className = "body";
    body.textContent = m.text;
    el.append(who, body);
    return el;
  }

  // Re-renders the list's rows (same list element).
  function render() {
    var list = document.getElementById("list");
    if (!list) {
      list = document.createElement("div");
      list.id = "list";
      app.append(list);
    }
    var rows = messages.slice(view.start, view.start + view.size).map(row);
    list.replaceChildren.apply(list, rows);
  }

  window.host = {
    add: function (role, text) {
      messages.push({ id: messages.length + 1, role: role, text: text });
      render();
    },
    edit: function (index, text) {
      messages[index].text = text;
      render();
    },
    rerender: render,
    window: function (start, size) {
      view = { start: start, size: size };
      render();
    },
    // Replaces the whole subtree, list element included.
    replaceAll: function () {
      var fresh = app.cloneNode(false);
      app.replaceWith(fresh);
      app = fresh;
      render();
    },
    count: function () { return messages.length; },
  };
})();
