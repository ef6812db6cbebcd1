// Lectern: site search, the part every page loads. It shows the search buttons (hidden in the
// HTML, so that without JavaScript there is none), binds Ctrl+K / Cmd+K and "/" and loads the
// rest (search-engine.js, search-dialog.js, search.css, then the index) only when search is
// first opened.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  var loading = null;
  var opener = null;

  function load(tag, attrs) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement(tag);
      Object.keys(attrs).forEach(function (k) { el[k] = attrs[k]; });
      el.onload = resolve;
      el.onerror = function () { reject(new Error("could not load " + (attrs.src || attrs.href))); };
      document.head.appendChild(el);
    });
  }

  function open(from) {
    opener = from || document.activeElement;
    if (!loading) {
      var d = script.dataset;
      var engine = load("script", { src: d.engine, async: false });
      loading = Promise.all([
        load("link", { rel: "stylesheet", href: d.css }),
        engine,
        load("script", { src: d.dialog, async: false })
      ]).then(function () {
        return window.LecternSearchDialog(d.index);
      });
      loading.catch(function () { loading = null; });
    }
    loading.then(function (dialog) { dialog.show(opener); }, function (e) {
      window.alert("Search is unavailable: " + e.message);
    });
  }

  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  document.querySelectorAll("[data-search-open]").forEach(function (button) {
    button.hidden = false;
    var key = button.querySelector("kbd");
    if (key) key.textContent = mac ? "\u2318K" : "Ctrl K";
    button.addEventListener("click", function () { open(button); });
  });
  document.addEventListener("keydown", function (e) {
    var combo = (e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey;
    var slash = e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target);
    if (combo || slash) {
      e.preventDefault();
      open(document.activeElement);
    }
  });
})();
