// Lectern: the search dialog, loaded by search.js on first use. A modal <dialog> with a search
// box; results grouped by page, the matching sections under each, query words marked in the
// excerpts; Up/Down move through them, Enter opens one, Escape closes and focus goes back where
// it was. Chips filter by section and level; recent searches show while the box is empty.
(function () {
  "use strict";
  // Results show at once by title; their sections and excerpts follow once the reader pauses
  // (for as long as Pagefind's interface waits before searching at all), as each page's
  // sections cost the fetch of its record, and pages typed past need not.
  var LIMIT = 10;
  var PAUSE_MS = 300;
  var RECENT_KEY = "lectern-search-recent";
  var RECENT_MAX = 6;
  var uid = 0;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "className") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }

  function marked(segments, className) {
    var span = el("span", { className: className });
    segments.forEach(function (s) {
      span.appendChild(s.mark ? el("mark", { text: s.text }) : document.createTextNode(s.text));
    });
    return span;
  }

  function recent() {
    try {
      var list = JSON.parse(localStorage.getItem(RECENT_KEY) || "[]");
      return Array.isArray(list) ? list.filter(function (q) { return typeof q === "string"; }) : [];
    } catch (e) {
      return [];
    }
  }

  function remember(query) {
    query = query.trim();
    if (!query) return;
    var list = recent().filter(function (q) { return q !== query; });
    list.unshift(query);
    try {
      localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX)));
    } catch (e) { /* private mode: nothing is kept */ }
  }

  function Dialog(indexUrl) {
    this.indexUrl = indexUrl;
    this.index = null;
    this.seq = 0;
    this.pending = Promise.resolve();
    this.complete = function () { return Promise.resolve(); };
    this.filters = { section: {}, level: {} };
    this.build();
  }

  Dialog.prototype.build = function () {
    var self = this;
    var listId = "search-results-" + (++uid);
    this.input = el("input", {
      type: "search", className: "search-input", placeholder: "Search the guide",
      "aria-label": "Search", autocomplete: "off", spellcheck: "false", role: "combobox",
      "aria-expanded": "false", "aria-controls": listId, "aria-autocomplete": "list"
    });
    var close = el("button", { type: "button", className: "search-close", text: "Close" });
    this.chips = el("div", { className: "search-facets", role: "group", "aria-label": "Filter results" });
    this.chips.hidden = true;
    this.list = el("ul", { id: listId, className: "search-results", role: "listbox", "aria-label": "Results" });
    this.status = el("p", { className: "search-status", role: "status" });
    this.dialog = el("dialog", { className: "search-dialog", "aria-label": "Search" }, [
      el("div", { className: "search-bar" }, [this.input, close]),
      this.chips,
      this.list,
      this.status,
      el("p", { className: "search-help", "aria-hidden": "true",
        text: "\u2191 \u2193 to move \u00b7 Enter to open \u00b7 Esc to close" })
    ]);
    document.body.appendChild(this.dialog);
    close.addEventListener("click", function () { self.dialog.close(); });
    this.dialog.addEventListener("click", function (e) {
      if (e.target === self.dialog) self.dialog.close();
    });
    this.dialog.addEventListener("close", function () {
      if (self.opener && document.contains(self.opener)) self.opener.focus();
    });
    this.input.addEventListener("input", function () { self.search(); });
    this.input.addEventListener("keydown", function (e) { self.key(e); });
    this.list.addEventListener("click", function (e) {
      var option = e.target.closest("[role=option]");
      if (option && option.dataset.query !== undefined) {
        e.preventDefault();
        self.input.value = option.dataset.query;
        self.search();
        self.input.focus();
      } else if (option) {
        remember(self.input.value);
      }
    });
  };

  Dialog.prototype.show = function (opener) {
    this.opener = opener && opener !== document.body ? opener : null;
    if (!this.dialog.open) this.dialog.showModal();
    this.input.focus();
    this.input.select();
    if (!this.index) {
      var self = this;
      this.index = window.LecternSearch.open(this.indexUrl);
      this.index.then(function (index) { self.manifest = index.m; }, function (e) {
        self.index = null;
        self.status.textContent = "Search is unavailable: " + e.message;
      });
    }
    this.search();
  };

  Dialog.prototype.options = function () {
    return Array.prototype.slice.call(this.list.querySelectorAll("[role=option]"));
  };

  Dialog.prototype.activate = function (option) {
    this.options().forEach(function (o) { o.setAttribute("aria-selected", o === option ? "true" : "false"); });
    if (option) {
      this.input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  };

  Dialog.prototype.key = function (e) {
    var all = this.options();
    var at = all.findIndex(function (o) { return o.getAttribute("aria-selected") === "true"; });
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!all.length) return;
      var next = e.key === "ArrowDown" ? Math.min(all.length - 1, at + 1) : Math.max(0, at - 1);
      this.activate(all[next]);
    } else if (e.key === "Enter") {
      e.preventDefault();
      var self = this;
      // Enter opens the chosen result, or the best one, once the results for what was typed are
      // in with their sections (fetched now rather than after the pause).
      this.pending.then(function () { return self.complete(); }).then(function () {
        var options = self.options();
        var chosen = options.filter(function (o) { return o.getAttribute("aria-selected") === "true"; })[0] ||
          options[0];
        if (chosen) chosen.click();
      });
    }
  };

  Dialog.prototype.search = function () {
    var self = this;
    var query = this.input.value;
    var seq = ++this.seq;
    this.dialog.dataset.results = "pending";
    clearTimeout(this.more);
    this.complete = function () { return Promise.resolve(); };
    if (!query.trim()) {
      this.showRecent();
      this.pending = Promise.resolve();
      return;
    }
    if (!this.index) return;
    var filter = function (p) { return self.passes(p); };
    this.pending = this.index.then(function (index) {
      return index.search(query, LIMIT, filter, false).then(function (found) {
        if (seq !== self.seq) return;
        self.showResults(query, found);
        // data-results tells tests and tools whether sections are still on their way.
        if (!found.total) {
          self.dialog.dataset.results = "complete";
          return;
        }
        self.dialog.dataset.results = "partial";
        var sections = null;
        self.complete = function () {
          clearTimeout(self.more);
          if (!sections) {
            sections = index.search(query, LIMIT, filter, true).then(function (all) {
              if (seq !== self.seq) return;
              self.showResults(query, all);
              self.dialog.dataset.results = "complete";
            });
          }
          return sections;
        };
        self.more = setTimeout(self.complete, PAUSE_MS);
      });
    }).catch(function (e) {
      if (seq === self.seq) self.status.textContent = "Search failed: " + e.message;
    });
  };

  Dialog.prototype.passes = function (page) {
    var f = this.filters;
    var sections = Object.keys(f.section);
    var levels = Object.keys(f.level);
    return (!sections.length || f.section[page.section] === true) &&
      (!levels.length || f.level[page.level] === true);
  };

  Dialog.prototype.showRecent = function () {
    var list = recent();
    this.list.textContent = "";
    this.chips.hidden = true;
    this.activate(null);
    this.input.setAttribute("aria-expanded", list.length ? "true" : "false");
    if (!list.length) {
      this.status.textContent = "";
      return;
    }
    var group = el("ul", { role: "group", "aria-label": "Recent searches" });
    list.forEach(function (q) {
      group.appendChild(el("li", { role: "presentation" }, [
        el("a", { role: "option", id: "search-option-" + (++uid), href: "#", tabindex: "-1",
          "aria-selected": "false", className: "search-option search-recent", "data-query": q, text: q })
      ]));
    });
    this.list.appendChild(el("li", { role: "presentation", className: "search-group" }, [
      el("p", { className: "search-group-title", "aria-hidden": "true", text: "Recent searches" }), group
    ]));
    this.status.textContent = list.length + (list.length === 1 ? " recent search" : " recent searches");
  };

  Dialog.prototype.showResults = function (query, found) {
    var self = this;
    // The chosen option stays chosen when the results are redrawn (its page's sections come in).
    var chosen = this.list.querySelector("[aria-selected=true]");
    var chosenKey = chosen ? chosen.dataset.key : null;
    var chosenPage = chosen ? chosen.dataset.page : null;
    this.list.textContent = "";
    this.activate(null);
    found.results.forEach(function (r) {
      var group = el("ul", { role: "group", "aria-label": r.title });
      var meta = [r.section, r.level, r.kind === "tag" ? "Tag" : r.kind === "role" ? "Study plan" : ""]
        .filter(Boolean).join(" \u00b7 ");
      var first = r.docs[0];
      group.appendChild(self.option(r.page, "", r.url, [
        el("span", { className: "search-title", text: r.title }),
        meta ? el("span", { className: "search-meta", text: meta }) : null,
        first && first.excerpt.length ? marked(first.excerpt, "search-excerpt") : null
      ]));
      r.docs.forEach(function (d) {
        if (!d.heading || d.url === r.url) return;
        group.appendChild(self.option(r.page, d.url, d.url, [
          el("span", { className: "search-heading", text: d.heading }),
          d.excerpt.length ? marked(d.excerpt, "search-excerpt") : null
        ], "search-section"));
      });
      self.list.appendChild(el("li", { role: "presentation", className: "search-group" }, [group]));
    });
    this.showChips(found.facets);
    if (chosenKey !== null) {
      var options = this.options();
      this.activate(options.filter(function (o) { return o.dataset.key === chosenKey; })[0] ||
        options.filter(function (o) { return o.dataset.key === chosenPage + " "; })[0] || null);
    }
    var n = found.total;
    this.input.setAttribute("aria-expanded", n ? "true" : "false");
    if (!n) {
      this.list.appendChild(el("li", { role: "presentation", className: "search-empty",
        text: "No results for \u201c" + query.trim() + "\u201d" }));
      this.status.textContent = "No results";
    } else {
      this.status.textContent = n + (n === 1 ? " page found" : " pages found") +
        (n > found.results.length ? ", the first " + found.results.length + " shown" : "");
    }
  };

  // An option of page `page`: the page itself (section "") or one of its sections.
  Dialog.prototype.option = function (page, section, href, children, className) {
    return el("li", { role: "presentation" }, [
      el("a", { role: "option", id: "search-option-" + (++uid), href: href, tabindex: "-1",
        "aria-selected": "false", className: "search-option " + (className || "search-page"),
        "data-page": String(page), "data-key": page + " " + section },
      children)
    ]);
  };

  // Chips for the sections and levels among the results, the largest first.
  Dialog.prototype.showChips = function (facets) {
    var self = this;
    this.chips.textContent = "";
    var chips = [];
    [["section", facets.sections], ["level", facets.levels]].forEach(function (kind) {
      Object.keys(kind[1]).filter(function (k) { return k !== "0"; })
        .sort(function (a, b) { return kind[1][b] - kind[1][a] || a - b; })
        .slice(0, 6).forEach(function (k) {
          chips.push(self.chip(kind[0], Number(k), kind[1][k]));
        });
    });
    Object.keys(this.filters).forEach(function (kind) {
      Object.keys(self.filters[kind]).forEach(function (k) {
        if (!chips.some(function (c) { return c.dataset.kind === kind && c.dataset.value === k; })) {
          chips.push(self.chip(kind, Number(k), 0));
        }
      });
    });
    chips.forEach(function (c) { self.chips.appendChild(c); });
    this.chips.hidden = chips.length < 2 && !Object.keys(this.filters.section).length &&
      !Object.keys(this.filters.level).length;
  };

  Dialog.prototype.chip = function (kind, value, count) {
    var self = this;
    var label = this.label(kind, value);
    var on = this.filters[kind][value] === true;
    var button = el("button", { type: "button", className: "search-chip", "aria-pressed": on ? "true" : "false",
      "data-kind": kind, "data-value": String(value), text: label + (count ? " " + count : "") });
    button.addEventListener("click", function () {
      if (self.filters[kind][value]) delete self.filters[kind][value];
      else self.filters[kind][value] = true;
      self.search();
      self.input.focus();
    });
    return button;
  };

  Dialog.prototype.label = function (kind, value) {
    return this.manifest ? (kind === "section" ? this.manifest.sections : this.manifest.levels)[value] : "";
  };

  window.LecternSearchDialog = function (indexUrl) {
    return new Dialog(indexUrl);
  };
})();
