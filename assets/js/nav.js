// Lectern: the navigation. On narrow screens "Menu" opens the sidebar as a modal drawer (focus
// kept inside, Escape or the close button closes it, focus goes back to "Menu"); on wide ones the
// sidebar scrolls its current chapter into view. Also opens the FAQ question a link points at,
// lets the keyboard scroll wide tables, and prints collapsed answers open.
(function () {
  "use strict";
  var drawer = document.getElementById("nav-drawer");
  var button = document.querySelector(".menu-button");
  var closer = drawer && drawer.querySelector(".drawer-close");
  var backdrop = null;
  var outside = [];

  // What Tab can reach in the drawer: not the links of collapsed groups (a closed <details> may
  // only hide them with content-visibility, so they still have boxes).
  function focusables() {
    return Array.prototype.filter.call(drawer.querySelectorAll("a[href], button, summary"),
      function (el) {
        for (var p = el.parentElement; p && p !== drawer; p = p.parentElement) {
          if (p.tagName === "DETAILS" && !p.open && el.parentElement !== p) return false;
        }
        return true;
      });
  }

  function open() {
    drawer.classList.add("is-open");
    drawer.setAttribute("role", "dialog");
    drawer.setAttribute("aria-modal", "true");
    drawer.setAttribute("aria-label", "Menu");
    button.setAttribute("aria-expanded", "true");
    backdrop = document.createElement("div");
    backdrop.className = "drawer-backdrop";
    backdrop.addEventListener("click", close);
    document.body.appendChild(backdrop);
    document.body.classList.add("drawer-open");
    // Everything but the drawer is out of reach, for the keyboard and for screen readers.
    outside = Array.prototype.filter.call(document.body.children, function (el) {
      return el !== drawer.parentElement && el !== backdrop && !el.inert;
    });
    drawer.parentElement.querySelectorAll(":scope > *").forEach(function (el) {
      if (el !== drawer && !el.inert) outside.push(el);
    });
    outside.forEach(function (el) { el.inert = true; });
    var current = drawer.querySelector("[aria-current='page']");
    (current || closer).focus();
    if (current) current.scrollIntoView({ block: "center" });
  }

  function close() {
    if (!drawer.classList.contains("is-open")) return;
    drawer.classList.remove("is-open");
    ["role", "aria-modal", "aria-label"].forEach(function (a) { drawer.removeAttribute(a); });
    button.setAttribute("aria-expanded", "false");
    outside.forEach(function (el) { el.inert = false; });
    outside = [];
    if (backdrop) backdrop.remove();
    document.body.classList.remove("drawer-open");
    button.focus();
  }

  if (drawer && button && closer) {
    button.addEventListener("click", open);
    closer.addEventListener("click", close);
    drawer.addEventListener("keydown", function (e) {
      if (!drawer.classList.contains("is-open")) return;
      if (e.key === "Escape") {
        e.preventDefault();
        close();
      } else if (e.key === "Tab") {
        var all = focusables();
        var first = all[0];
        var last = all[all.length - 1];
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    });
    // Following a link inside the page closes the drawer; widening the window does too.
    drawer.addEventListener("click", function (e) {
      if (e.target.closest("a[href]")) close();
    });
    window.matchMedia("(min-width: 64rem)").addEventListener("change", function (m) {
      if (m.matches) close();
    });
  }

  // Work that reads the layout waits for the first paint, so it never lengthens the page's
  // first task (it would force a layout of the whole page).
  function afterPaint(work) {
    window.requestAnimationFrame(function () { setTimeout(work, 0); });
  }

  // The sidebar keeps its own scroll position: show the current chapter without moving the page.
  afterPaint(function () {
    var nav = drawer;
    var here = nav && nav.querySelector("[aria-current='page']");
    if (here && nav.scrollHeight > nav.clientHeight) {
      var top = here.getBoundingClientRect().top - nav.getBoundingClientRect().top;
      if (top < 0 || top + here.offsetHeight > nav.clientHeight) {
        nav.scrollTop += top - nav.clientHeight / 3;
      }
    }
  });

  // A link to a question of an FAQ opens it.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    var details = target && target.closest("details");
    if (details && !details.open) {
      details.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // Tables wider than the article scroll sideways; the keyboard needs a way in.
  afterPaint(function () {
    document.querySelectorAll(".content table").forEach(function (table) {
      if (table.scrollWidth > table.clientWidth + 1) {
        table.tabIndex = 0;
      }
    });
  });

  // Paper has no disclosure widgets: print every answer open, then restore.
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"),
      function (d) { return !d.closest(".nav-drawer, .page-bar"); });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();
