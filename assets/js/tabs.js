// Lectern content tabs. Without this script every panel shows under its own label heading; this
// turns each .tabs block into a tab list (WAI-ARIA tabs: arrow keys, Home, End), selects the
// same label in every tab set of the page, and remembers the reader's choices for the next page.
(function () {
  "use strict";
  var KEY = "lectern-tabs";
  var sets = [];

  function remembered() {
    try {
      var labels = JSON.parse(localStorage.getItem(KEY));
      return Array.isArray(labels) ? labels : [];
    } catch (e) { return []; }
  }

  function remember(label) {
    var labels = remembered().filter(function (l) { return l !== label; });
    labels.unshift(label);
    try { localStorage.setItem(KEY, JSON.stringify(labels.slice(0, 20))); } catch (e) { /* private mode */ }
  }

  function setUp(root) {
    var list = root.querySelector(":scope > .tab-list");
    var panels = Array.prototype.slice.call(root.querySelectorAll(":scope > .tab-panel"));
    if (!list || panels.length === 0) return null;
    var tabs = panels.map(function (panel, i) {
      var heading = panel.querySelector(":scope > .tab-label");
      var tab = document.createElement("button");
      tab.type = "button";
      tab.setAttribute("role", "tab");
      tab.id = panel.id + "-tab";
      tab.setAttribute("aria-controls", panel.id);
      if (heading) {
        heading.childNodes.forEach(function (n) { tab.appendChild(n.cloneNode(true)); });
        heading.hidden = true;
      } else {
        tab.textContent = panel.dataset.tabLabel;
      }
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      tab.addEventListener("click", function () { choose(panel.dataset.tabLabel, tab); });
      tab.addEventListener("keydown", function (event) {
        var to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: panels.length - 1 }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        var next = tabs[(to + panels.length) % panels.length];
        next.focus();
        next.click();
      });
      list.appendChild(tab);
      return tab;
    });
    list.hidden = false;
    var set = { panels: panels, tabs: tabs };
    set.select = function (label) {
      var index = panels.findIndex(function (p) { return p.dataset.tabLabel === label; });
      if (index < 0) return false;
      panels.forEach(function (panel, i) {
        panel.hidden = i !== index;
        tabs[i].setAttribute("aria-selected", String(i === index));
        tabs[i].tabIndex = i === index ? 0 : -1;
      });
      return true;
    };
    return set;
  }

  // Selects the label in every set that has it, keeping the clicked tab where the reader sees it.
  function choose(label, tab) {
    var before = tab.getBoundingClientRect().top;
    sets.forEach(function (set) { set.select(label); });
    window.scrollBy(0, tab.getBoundingClientRect().top - before);
    remember(label);
  }

  function initial(set, labels, target) {
    var owner = set.panels.find(function (p) { return target && p.contains(target); });
    if (owner) return owner.dataset.tabLabel;
    var known = labels.find(function (l) {
      return set.panels.some(function (p) { return p.dataset.tabLabel === l; });
    });
    if (known !== undefined) return known;
    var marked = set.panels.find(function (p) { return p.hasAttribute("data-tab-selected"); });
    return (marked || set.panels[0]).dataset.tabLabel;
  }

  function hashTarget() {
    try { return location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch (e) { return null; /* bad escape */ }
  }

  // A link to something inside a hidden panel (from the table of contents, say) opens that panel.
  function reveal() {
    var target = hashTarget();
    if (!target) return;
    sets.forEach(function (set) {
      var owner = set.panels.find(function (p) { return p.contains(target); });
      if (owner && owner.hidden) {
        set.select(owner.dataset.tabLabel);
        target.scrollIntoView();
      }
    });
  }

  function start() {
    var labels = remembered();
    var target = hashTarget();
    document.querySelectorAll(".tabs").forEach(function (root) {
      var set = setUp(root);
      if (set) sets.push(set);
    });
    sets.forEach(function (set) { set.select(initial(set, labels, target)); });
    if (target) target.scrollIntoView();
    window.addEventListener("hashchange", reveal);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
