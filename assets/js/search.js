// Lectern: site search. The header's search button (and Ctrl+K, Cmd+K or "/") opens a search
// panel; the index and the search library (MiniSearch, vendored) are fetched only when the reader
// first opens it; results show as they type. Keys: ArrowDown moves from the box into the results,
// ArrowUp/ArrowDown between them, Escape back to the box, and from an empty box closes the panel.
(function () {
  "use strict";
  var box = document.querySelector(".site-search");
  if (!box) return;
  var input = box.querySelector("input");
  var list = box.querySelector(".search-results");
  var status = box.querySelector(".search-status");
  var MAX = 10;
  var engine = null;
  var loading = null;
  var pending = Promise.resolve();
  var opener = null;
  var mac = /Mac|iPhone|iPad/.test(navigator.platform || "");

  function openBox() {
    if (!box.hidden) return;
    opener = document.activeElement;
    box.hidden = false;
    input.focus();
    input.select();
    if (input.value.trim()) list.hidden = false;
  }

  function closeBox() {
    if (box.hidden) return;
    box.hidden = true;
    list.hidden = true;
    if (opener && opener.focus) opener.focus();
  }

  document.querySelectorAll("[data-search-open]").forEach(function (trigger) {
    var kbd = trigger.querySelector("kbd");
    if (kbd) kbd.textContent = mac ? "\u2318K" : "Ctrl K";
    trigger.hidden = false;
    trigger.addEventListener("click", openBox);
  });
  document.addEventListener("keydown", function (e) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable;
    if ((e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      openBox();
    } else if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      openBox();
    }
  });

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(s);
    });
  }

  function build(data) {
    var stop = new Set(data.stopWords);
    var at = {};
    data.fields.forEach(function (f, i) { at[f] = i; });
    engine = new window.MiniSearch({
      fields: ["page", "heading", "questions", "description", "terms"],
      storeFields: ["url", "page", "heading", "excerpt"],
      tokenize: function (text) { return text.split(/[^\p{L}\p{N}]+/u); },
      processTerm: function (term) {
        term = term.toLowerCase();
        return term.length > 1 && !stop.has(term) ? term : null;
      },
      searchOptions: {
        boost: { page: 3, heading: 2.5, questions: 2, description: 1.5 },
        prefix: function (term, i, terms) { return i === terms.length - 1; },
        fuzzy: function (term) { return term.length > 4 ? 0.2 : false; },
        combineWith: "AND"
      }
    });
    engine.addAll(data.entries.map(function (row, id) {
      var doc = { id: id };
      Object.keys(at).forEach(function (f) { doc[f] = row[at[f]]; });
      return doc;
    }));
  }

  function load() {
    if (!loading) {
      loading = Promise.all([
        loadScript(box.dataset.library),
        fetch(box.dataset.index).then(function (r) {
          if (!r.ok) throw new Error("search index: HTTP " + r.status);
          return r.json();
        })
      ]).then(function (done) { build(done[1]); }).catch(function (e) {
        loading = null;
        status.textContent = "Search is unavailable: " + e.message;
        status.classList.remove("visually-hidden");
        throw e;
      });
    }
    return loading;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function link(r) {
    var a = element("a");
    a.href = r.url;
    a.appendChild(element("span", "search-heading", r.heading || r.page));
    if (r.excerpt) a.appendChild(element("span", "search-excerpt", r.excerpt));
    var li = element("li");
    li.appendChild(a);
    return li;
  }

  // Results grouped by page, pages in the order of their best result.
  function show(results, query) {
    list.textContent = "";
    var groups = {};
    results.slice(0, MAX).forEach(function (r) {
      var group = groups[r.page];
      if (!group) {
        var li = element("li", "search-group");
        li.appendChild(element("span", "search-page", r.page));
        group = groups[r.page] = element("ol");
        li.appendChild(group);
        list.appendChild(li);
      }
      group.appendChild(link(r));
    });
    list.hidden = !query;
    if (!query) {
      status.textContent = "";
    } else if (!results.length) {
      list.appendChild(element("li", "search-empty", "No results for “" + query + "”"));
      status.textContent = "No results";
    } else {
      var shown = Math.min(results.length, MAX);
      status.textContent = shown + (shown === 1 ? " result" : " results") +
        ", press the down arrow to reach them";
    }
  }

  function search() {
    var query = input.value.trim();
    if (!query) { show([], ""); return; }
    pending = load().then(function () {
      if (input.value.trim() !== query) return;
      var results = engine.search(query);
      if (!results.length) results = engine.search(query, { combineWith: "OR" });
      show(results, query);
    }).catch(function () { /* reported in the status line by load() */ });
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  input.addEventListener("focus", function () { load().catch(function () {}); });
  input.addEventListener("input", search);
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length) {
      e.preventDefault();
      links()[0].focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (input.value) {
        input.value = "";
        show([], "");
      } else {
        closeBox();
      }
    } else if (e.key === "Enter") {
      // Enter opens the best result, once the results for what was typed are in.
      e.preventDefault();
      pending.then(function () {
        if (links().length) window.location.href = links()[0].href;
      });
    }
  });
  list.addEventListener("keydown", function (e) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i < all.length - 1) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      (i > 0 ? all[i - 1] : input).focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  document.addEventListener("click", function (e) {
    if (!box.contains(e.target) && !e.target.closest("[data-search-open]")) closeBox();
  });
  input.addEventListener("focus", function () { if (input.value.trim()) list.hidden = false; });
})();
