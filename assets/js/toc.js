// Lectern: the chapter's table of contents. It is collapsed on narrow screens (the article comes
// first) and shown beside the article on wide ones (by CSS, so nothing shifts; the script opens it
// too, for browsers without ::details-content), and marks the section being read.
(function () {
  "use strict";
  var toc = document.querySelector(".toc");
  if (!toc) return;
  var wide = window.matchMedia("(min-width: 80rem)");
  function fit() { if (wide.matches) toc.open = true; }
  fit();
  wide.addEventListener("change", fit);

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
  }
  window.addEventListener("scroll", function () {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(update);
    }
  }, { passive: true });
  update();
})();
