// Draws the page's Mermaid diagrams (loaded only on pages that have one, after mermaid.js).
// Each diagram's source stays in the page, shown as code until it is drawn; drawn again when
// the reader switches between light and dark.
(function () {
  "use strict";
  var blocks = document.querySelectorAll(".diagram[data-diagram='mermaid']");
  if (!blocks.length || !window.mermaid) {
    return;
  }
  var sources = Array.prototype.map.call(blocks, function (b) {
    return b.querySelector("code").textContent;
  });
  var scheme = window.matchMedia("(prefers-color-scheme: dark)");
  function dark() {
    var chosen = document.documentElement.dataset.theme;
    return chosen ? chosen === "dark" : scheme.matches;
  }
  var drawn = null;
  function draw() {
    var theme = dark() ? "dark" : "default";
    if (theme === drawn) {
      return;
    }
    drawn = theme;
    window.mermaid.initialize({ startOnLoad: false, theme: theme, securityLevel: "strict" });
    Array.prototype.forEach.call(blocks, function (block, i) {
      window.mermaid.render("lectern-diagram-" + i + "-" + theme, sources[i]).then(function (r) {
        block.innerHTML = r.svg;
        block.classList.add("diagram-drawn");
      }, function () {
        // A diagram Mermaid cannot read keeps showing its source.
      });
    });
  }
  draw();
  new MutationObserver(draw).observe(document.documentElement,
      { attributes: true, attributeFilter: ["data-theme"] });
  if (scheme.addEventListener) {
    scheme.addEventListener("change", draw);
  }
})();
