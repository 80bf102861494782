// Shared by the test pages: a host button that must keep working whatever Defuse does.
document.getElementById("host-button").addEventListener("click", function () {
  var count = document.getElementById("host-count");
  count.textContent = String(Number(count.textContent) + 1);
});
