// Lectern: the dark-theme toggle. The page follows the system preference until the reader
// chooses; the choice is kept in localStorage and applied before paint by a line in <head>.
(function () {
  "use strict";
  var root = document.documentElement;
  var button = document.querySelector(".theme-toggle");
  if (!button) return;
  var media = window.matchMedia("(prefers-color-scheme: dark)");

  function dark() {
    return root.dataset.theme ? root.dataset.theme === "dark" : media.matches;
  }

  function show() {
    button.setAttribute("aria-pressed", dark() ? "true" : "false");
  }

  button.style.visibility = "visible";
  show();
  button.addEventListener("click", function () {
    var next = dark() ? "light" : "dark";
    root.dataset.theme = next;
    try { localStorage.setItem("lectern-theme", next); } catch (e) { /* private mode */ }
    show();
  });
  media.addEventListener("change", show);
})();
