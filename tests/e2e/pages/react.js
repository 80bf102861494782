// A vanilla imitation of React's controlled input. React tracks the value it last saw via
// an own `value` property on the element; an `input` event whose value equals the tracked
// one is ignored, and every render writes the state back. So `el.value = x` from outside is
// lost on the next render; writing through the prototype's native setter and firing
// `input` is what makes the state follow.
(function () {
  var input = document.getElementById("composer");
  var output = document.getElementById("state");
  var native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value");
  var state = "";
  var tracked = "";
  Object.defineProperty(input, "value", {
    configurable: true,
    get: function () { return native.get.call(this); },
    set: function (v) { tracked = String(v); native.set.call(this, v); },
  });
  function render() {
    if (input.value !== state) input.value = state;
    output.textContent = state;
  }
  input.addEventListener("input", function () {
    var v = native.get.call(input);
    if (v === tracked) return; // React: "value did not change", no onChange
    tracked = v;
    state = v;
    render();
  });
  document.getElementById("rerender").addEventListener("click", render);
  window.__reactState = function () { return state; };
  render();
})();
