// Lectern: the colour theme switch. Three radios: follow the system, light, dark. The choice is
// kept in localStorage and applied before the first paint by a line in <head>; the switch's look
// follows <html data-theme> from that first paint, and this keeps the radios' state in step.
(function () {
  "use strict";
  var KEY = "lectern-theme";
  var root = document.documentElement;
  var radios = document.querySelectorAll(".theme-switch input");

  function current() {
    return root.dataset.theme === "light" || root.dataset.theme === "dark" ? root.dataset.theme : "system";
  }

  function show() {
    var value = current();
    radios.forEach(function (r) { r.checked = r.value === value; });
  }

  radios.forEach(function (radio) {
    radio.addEventListener("change", function () {
      if (!radio.checked) return;
      if (radio.value === "system") {
        delete root.dataset.theme;
      } else {
        root.dataset.theme = radio.value;
      }
      try {
        if (radio.value === "system") localStorage.removeItem(KEY); else localStorage.setItem(KEY, radio.value);
      } catch (e) { /* private mode: the choice lasts for this page only */ }
    });
  });
  // Another tab changed the theme.
  window.addEventListener("storage", function (e) {
    if (e.key !== KEY) return;
    if (e.newValue === "light" || e.newValue === "dark") root.dataset.theme = e.newValue; else delete root.dataset.theme;
    show();
  });
  // Back/forward cache and form restoration may bring back stale radio states.
  window.addEventListener("pageshow", show);
  show();
})();
