// Typesets the page's math with KaTeX (loaded only on pages that have math, after katex.js).
// Without JavaScript the TeX source stays readable as text.
(function () {
  "use strict";
  if (!window.katex) {
    return;
  }
  document.querySelectorAll(".math[data-math]").forEach(function (el) {
    try {
      window.katex.render(el.textContent, el, {
        displayMode: el.dataset.math === "display",
        throwOnError: false,
        output: "htmlAndMathml"
      });
    } catch (e) {
      // Leave the source as it is.
    }
  });
})();
