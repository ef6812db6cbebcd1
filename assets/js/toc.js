// Lectern: "On this page". Beside the article on wide screens (opened by CSS, and here for
// browsers without ::details-content), a dropdown in the sticky bar on narrower ones. Marks the
// section being read, keeps that entry in view inside the list, and names it in the dropdown.
(function () {
  "use strict";
  var toc = document.querySelector(".toc");
  if (!toc) return;
  var summary = toc.querySelector("summary");
  var list = toc.querySelector(".toc-nav");
  var label = toc.querySelector(".toc-current");
  var wide = window.matchMedia("(min-width: 80rem)");
  function fit() {
    toc.open = wide.matches;
    summary.tabIndex = wide.matches ? -1 : 0;
  }
  fit();
  wide.addEventListener("change", fit);

  // The dropdown closes on a choice, on Escape and on a click elsewhere.
  function closeMenu(refocus) {
    if (wide.matches || !toc.open) return;
    toc.open = false;
    if (refocus) summary.focus();
  }
  list.addEventListener("click", function (e) { if (e.target.closest("a")) closeMenu(false); });
  toc.addEventListener("keydown", function (e) { if (e.key === "Escape") closeMenu(true); });
  document.addEventListener("click", function (e) { if (!toc.contains(e.target)) closeMenu(false); });

  var links = {};
  toc.querySelectorAll("a[href^='#']").forEach(function (a) {
    links[decodeURIComponent(a.getAttribute("href").slice(1))] = a;
  });
  var headings = Array.prototype.filter.call(
    document.querySelectorAll(".content h2[id], .content h3[id]"),
    function (h) { return links[h.id]; });
  if (!headings.length) return;
  var current = null;
  var pending = false;

  // Scrolls the list itself (never the page) so the marked entry stays visible.
  function reveal(a) {
    var box = wide.matches ? toc : list;
    if (box.scrollHeight <= box.clientHeight) return;
    var top = a.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (top < 40 || top + a.offsetHeight > box.clientHeight - 40) {
      box.scrollTop += top - box.clientHeight / 3;
    }
  }

  function update() {
    pending = false;
    // The current section is the last heading above the top third of the viewport.
    var line = window.innerHeight / 3;
    var id = headings[0].id;
    headings.forEach(function (h) { if (h.getBoundingClientRect().top <= line) id = h.id; });
    if (current === id) return;
    if (current) links[current].removeAttribute("aria-current");
    current = id;
    links[id].setAttribute("aria-current", "location");
    if (label) label.textContent = links[id].textContent;
    reveal(links[id]);
  }
  window.addEventListener("scroll", function () {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(update);
    }
  }, { passive: true });
  // The first marking reads the layout: after the first paint, not during the page's first task.
  pending = true;
  window.requestAnimationFrame(update);
})();
