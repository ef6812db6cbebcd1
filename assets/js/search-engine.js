// Lectern search engine: reads the sharded index the build writes under search/ and ranks page
// sections for a query. No DOM: search-dialog.js shows the results, and the test suite runs this
// file as it is (in a JavaScript engine) for its stemmer and relevance tests. The index format is
// described in the README's search section; Java writes it (package dev.lectern.search).
(function (root) {
  "use strict";

  // ---- Words: split, normalise and stem exactly as the Java side (Words, Stemmer) does. ----

  // A map without inherited keys: words such as "constructor" are plain keys in it.
  function dict(from) {
    var map = Object.create(null);
    for (var k in from) map[k] = from[k];
    return map;
  }

  var WORD = /[\p{L}\p{N}]+/gu;
  var MARKS = /\p{M}/gu;
  var ASCII = /^[\x00-\x7f]*$/;

  function normalise(word) {
    var lower = word.toLowerCase();
    return ASCII.test(word) ? lower : lower.normalize("NFKD").replace(MARKS, "");
  }

  // Every word of text with its offsets, normalised: [{word, start, end}].
  function words(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      out.push({ word: normalise(m[0]), start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  // Snowball's English stemmer (Porter2) as Lucene ships it; see snowballstem.org for the
  // algorithm. A test compares it with the Java stemmer word for word.
  var Porter2 = (function () {
    var EXCEPTIONS = dict({
      skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl",
      gently: "gentl", ugly: "ugli", early: "earli", only: "onli", singly: "singl",
      sky: "sky", news: "news", howe: "howe", atlas: "atlas", cosmos: "cosmos", bias: "bias",
      andes: "andes"
    });
    var INVARIANT_AFTER_1A = dict({
      inning: 1, outing: 1, canning: 1, herring: 1, earring: 1, proceed: 1, exceed: 1, succeed: 1
    });
    var STEP2 = [
      ["ization", "ize"], ["ational", "ate"], ["fulness", "ful"], ["ousness", "ous"],
      ["iveness", "ive"], ["tional", "tion"], ["biliti", "ble"], ["lessli", "less"],
      ["entli", "ent"], ["ation", "ate"], ["alism", "al"], ["aliti", "al"], ["ousli", "ous"],
      ["iviti", "ive"], ["fulli", "ful"], ["enci", "ence"], ["anci", "ance"], ["abli", "able"],
      ["izer", "ize"], ["ator", "ate"], ["alli", "al"], ["bli", "ble"], ["ogi", "og"],
      ["li", ""]
    ];
    var STEP3 = [
      ["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"],
      ["ative", ""], ["ical", "ic"], ["ness", ""], ["ful", ""]
    ];
    var STEP4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate",
      "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"];
    var DOUBLES = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];

    function isVowel(c) { return "aeiouy".indexOf(c) >= 0; }

    // The longest of suffixes (sorted longest first) that w ends with, or null.
    function longest(w, suffixes) {
      for (var i = 0; i < suffixes.length; i++) {
        var s = typeof suffixes[i] === "string" ? suffixes[i] : suffixes[i][0];
        if (w.length >= s.length && w.slice(w.length - s.length) === s) return suffixes[i];
      }
      return null;
    }

    function endsWith(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }

    // The index after the first non-vowel that follows a vowel, from `from` on (or w.length).
    function region(w, from) {
      for (var i = from + 1; i < w.length; i++) {
        if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
      }
      return w.length;
    }

    // A short syllable ending at `end` (exclusive).
    function shortSyllable(w, end) {
      if (end >= 3 && !isVowel(w[end - 1]) && "wxY".indexOf(w[end - 1]) < 0 &&
          isVowel(w[end - 2]) && !isVowel(w[end - 3])) {
        return true;
      }
      return end === 2 && !isVowel(w[1]) && isVowel(w[0]);
    }

    function hasVowel(w, from, to) {
      for (var i = from; i < to; i++) if (isVowel(w[i])) return true;
      return false;
    }

    function step1a(w) {
      var apostrophe = longest(w, ["'s'", "'s", "'"]);
      if (apostrophe) w = w.slice(0, w.length - apostrophe.length);
      if (endsWith(w, "sses")) return w.slice(0, -2);
      if (endsWith(w, "ied") || endsWith(w, "ies")) {
        return w.slice(0, -3) + (w.length - 3 >= 2 ? "i" : "ie");
      }
      if (endsWith(w, "us") || endsWith(w, "ss")) return w;
      if (endsWith(w, "s") && w.length >= 2 && hasVowel(w, 0, w.length - 2)) return w.slice(0, -1);
      return w;
    }

    function step1b(w, p1) {
      var s = longest(w, ["eedly", "ingly", "edly", "eed", "ing", "ed"]);
      if (!s) return w;
      var at = w.length - s.length;
      if (s === "eed" || s === "eedly") return at >= p1 ? w.slice(0, at) + "ee" : w;
      if (!hasVowel(w, 0, at)) return w;
      w = w.slice(0, at);
      if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) return w + "e";
      if (longest(w, DOUBLES)) return w.slice(0, -1);
      if (w.length === p1 && shortSyllable(w, w.length)) return w + "e";
      return w;
    }

    function step1c(w) {
      var last = w[w.length - 1];
      if ((last === "y" || last === "Y") && w.length > 2 && !isVowel(w[w.length - 2])) {
        return w.slice(0, -1) + "i";
      }
      return w;
    }

    function step2(w, p1) {
      var rule = longest(w, STEP2);
      if (!rule) return w;
      var at = w.length - rule[0].length;
      if (at < p1) return w;
      if (rule[0] === "ogi") return w[at - 1] === "l" ? w.slice(0, at) + "og" : w;
      if (rule[0] === "li") return at > 0 && "cdeghkmnrt".indexOf(w[at - 1]) >= 0 ? w.slice(0, at) : w;
      return w.slice(0, at) + rule[1];
    }

    function step3(w, p1, p2) {
      var rule = longest(w, STEP3);
      if (!rule) return w;
      var at = w.length - rule[0].length;
      if (at < p1) return w;
      if (rule[0] === "ative" && at < p2) return w;
      return w.slice(0, at) + rule[1];
    }

    function step4(w, p2) {
      var s = longest(w, STEP4);
      if (!s) return w;
      var at = w.length - s.length;
      if (at < p2) return w;
      if (s === "ion") return at > 0 && (w[at - 1] === "s" || w[at - 1] === "t") ? w.slice(0, at) : w;
      return w.slice(0, at);
    }

    function step5(w, p1, p2) {
      var at = w.length - 1;
      if (w[at] === "e") {
        return at >= p2 || (at >= p1 && !shortSyllable(w, at)) ? w.slice(0, at) : w;
      }
      if (w[at] === "l" && at >= p2 && w[at - 1] === "l") return w.slice(0, at);
      return w;
    }

    return function stem(word) {
      if (EXCEPTIONS[word]) return EXCEPTIONS[word];
      if (word.length < 3) return word;
      var w = word[0] === "'" ? word.slice(1) : word;
      var yFound = false;
      var chars = w.split("");
      for (var i = 0; i < chars.length; i++) {
        if (chars[i] === "y" && (i === 0 || isVowel(chars[i - 1]))) {
          chars[i] = "Y";
          yFound = true;
        }
      }
      w = chars.join("");
      var p1 = /^(gener|commun|arsen)/.test(w) ? w.match(/^(gener|commun|arsen)/)[0].length
        : region(w, 0);
      var p2 = p1 < w.length ? region(w, p1) : w.length;
      w = step1a(w);
      if (!INVARIANT_AFTER_1A[w]) {
        w = step5(step4(step3(step2(step1c(step1b(w, p1)), p1), p1, p2), p2), p1, p2);
      }
      return yFound ? w.replace(/Y/g, "y") : w;
    };
  })();

  // ---- The index ----

  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS.charAt(d)] = d;

  // A string of numbers, each 5 bits a character, least significant first, 32 added to every
  // character but a number's last.
  function varints(s) {
    var out = [];
    var value = 0;
    var shift = 0;
    for (var i = 0; i < s.length; i++) {
      var c = DIGIT[s.charAt(i)];
      value += (c & 31) * Math.pow(2, shift);
      if (c & 32) {
        shift += 5;
      } else {
        out.push(value);
        value = 0;
        shift = 0;
      }
    }
    return out;
  }

  // Postings: doc-id gaps as varints, each followed by one character for the impact level.
  function postings(s, impacts) {
    var docs = [];
    var weights = [];
    var doc = 0;
    var value = 0;
    var shift = 0;
    for (var i = 0; i < s.length; i++) {
      var c = DIGIT[s.charAt(i)];
      value += (c & 31) * Math.pow(2, shift);
      if (c & 32) {
        shift += 5;
        continue;
      }
      doc += value;
      docs.push(doc);
      weights.push(impacts[DIGIT[s.charAt(++i)]]);
      value = 0;
      shift = 0;
    }
    return { docs: docs, weights: weights };
  }

  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev = [];
    var cur = [];
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1,
          prev[j - 1] + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
        if (cur[j] < best) best = cur[j];
      }
      if (best > max) return max + 1;
      prev = cur;
    }
    return prev[b.length];
  }

  // How a query word may match index terms, and how much each kind of match counts.
  var RULES = {
    prefixMinLength: 3,   // the last word matches as a prefix from three characters on
    prefixTerms: 10,      // at most this many completions, the most frequent first
    prefixWeight: 0.6,
    typoMinLength: 5,     // typos are forgiven in words of five characters or more,
    typoTwoMinLength: 8,  // two of them from eight
    typoTerms: 5,
    typoWeight: 0.45,
    kindOrder: { chapter: 0, section: 1, home: 2, tag: 3, role: 3 }
  };

  function Index(base, manifest, load) {
    this.base = base;
    this.m = manifest;
    this.load = load;
    this.files = dict({});
    this.values = dict({});
    this.decoded = dict({});
    this.stop = dict({});
    var self = this;
    manifest.stopWords.forEach(function (w) { self.stop[w] = true; });
    var min = manifest.impact.min;
    var ratio = manifest.impact.max / min;
    var levels = manifest.impact.levels;
    this.impacts = [];
    for (var q = 0; q < levels; q++) this.impacts.push(min * Math.pow(ratio, q / (levels - 1)));
    this.chunkFirsts = manifest.chunks.map(function (c) { return c[0]; });
  }

  // One file of the index, fetched once.
  Index.prototype.file = function (path) {
    if (!this.files[path]) {
      var self = this;
      this.files[path] = this.load(this.base + path).then(function (value) {
        self.values[path] = value;
        return value;
      }, function (e) {
        delete self.files[path];
        throw e;
      });
    }
    return this.files[path];
  };

  Index.prototype.pageTable = function () {
    var self = this;
    if (!this.pages) {
      this.pages = this.file(this.m.pageTable).then(function (t) {
        var counts = varints(t.docs);
        var docPage = new Int32Array(self.m.docs);
        var firstDoc = [];
        var doc = 0;
        counts.forEach(function (n, page) {
          firstDoc.push(doc);
          for (var i = 0; i < n; i++) docPage[doc++] = page;
        });
        return {
          docPage: docPage, firstDoc: firstDoc, section: varints(t.section),
          level: varints(t.level), kind: varints(t.kind)
        };
      });
    }
    return this.pages;
  };

  // The dictionary shard for a word: the longest shard key it starts with.
  Index.prototype.shardKey = function (word) {
    var chars = Array.from(word);
    for (var n = Math.min(chars.length, this.m.dictKeyLength); n > 0; n--) {
      var key = chars.slice(0, n).join("");
      if (Object.prototype.hasOwnProperty.call(this.m.dict, key)) return key;
    }
    return null;
  };

  Index.prototype.dictionary = function (word) {
    var key = this.shardKey(word);
    if (key === null) return Promise.resolve({ t: [], n: [] });
    return this.file(this.m.dict[key]);
  };

  // The candidate terms of one query word: [{term, df, weight}].
  Index.prototype.candidates = function (word, last) {
    var self = this;
    var stem = Porter2(word);
    var keys = [word, stem].map(function (w) { return self.shardKey(w); })
      .filter(function (k, i, all) { return k !== null && all.indexOf(k) === i; });
    return Promise.all(keys.map(function (k) { return self.file(self.m.dict[k]); }))
      .then(function (shards) {
      var found = dict({});
      function add(term, df, weight) {
        if (!found[term] || found[term].weight < weight) {
          found[term] = { term: term, df: df, weight: weight };
        }
      }
      var prefixes = [];
      var typos = [];
      var len = word.length;
      var maxTypos = len >= RULES.typoTwoMinLength ? 2 : len >= RULES.typoMinLength ? 1 : 0;
      shards.forEach(function (shard) {
        for (var i = 0; i < shard.t.length; i++) {
          var t = shard.t[i];
          if (t === stem || t === word) {
            add(t, shard.n[i], 1);
          } else if (last && len >= RULES.prefixMinLength &&
              (t.lastIndexOf(word, 0) === 0 || t.lastIndexOf(stem, 0) === 0)) {
            prefixes.push({ term: t, df: shard.n[i] });
          } else if (maxTypos && t.charAt(0) === stem.charAt(0)) {
            var dist = editDistance(stem, t, maxTypos);
            if (dist <= maxTypos) typos.push({ term: t, df: shard.n[i], dist: dist });
          }
        }
      });
      function byDf(a, b) { return b.df - a.df || (a.term < b.term ? -1 : 1); }
      prefixes.sort(byDf).slice(0, RULES.prefixTerms).forEach(function (p) {
        add(p.term, p.df, RULES.prefixWeight);
      });
      typos.sort(function (a, b) { return a.dist - b.dist || byDf(a, b); })
        .slice(0, RULES.typoTerms).forEach(function (p) {
          add(p.term, p.df, RULES.typoWeight / p.dist);
        });
      return Object.keys(found).map(function (t) { return found[t]; });
    });
  };

  Index.prototype.chunkOf = function (term) {
    var lo = 0;
    var hi = this.chunkFirsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (this.chunkFirsts[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return this.m.chunks[lo][1];
  };

  // The query's words: normalised, stop words and one-character words left out.
  Index.prototype.queryWords = function (query) {
    var self = this;
    return words(query).map(function (w) { return w.word; }).filter(function (w) {
      return Array.from(w).length > 1 && !self.stop[w];
    });
  };

  // Ranks pages for a query: {words, terms, pages: [{page, kind, section, level, docs,
  // matched, score}], total}. Pages matching every word come first, then those matching fewer.
  Index.prototype.rank = function (query) {
    var self = this;
    var qwords = this.queryWords(query);
    var typing = !/\s$/.test(query);
    if (!qwords.length) return Promise.resolve({ words: [], terms: [], pages: [], total: 0 });
    return Promise.all([this.pageTable()].concat(qwords.map(function (w, i) {
      return self.candidates(w, typing && i === qwords.length - 1);
    }))).then(function (all) {
      var table = all[0];
      var perWord = all.slice(1);
      var chunks = dict({});
      perWord.forEach(function (cands) {
        cands.forEach(function (c) { chunks[self.chunkOf(c.term)] = true; });
      });
      return Promise.all(Object.keys(chunks).map(function (f) { return self.file(f); }))
        .then(function () {
          return self.score(qwords, perWord, table);
        });
    });
  };

  // A term's postings, decoded once: {docs: Int32Array, weights: Float32Array}.
  Index.prototype.postingsOf = function (term) {
    if (!this.decoded[term]) {
      var chunk = this.values[this.chunkOf(term)];
      if (!chunk) return { docs: [], weights: [] };
      var encoded = Object.prototype.hasOwnProperty.call(chunk, term) ? chunk[term] : "";
      var p = postings(encoded, this.impacts);
      this.decoded[term] = { docs: Int32Array.from(p.docs), weights: Float32Array.from(p.weights) };
    }
    return this.decoded[term];
  };

  // Scores every document: per query word the best of its terms' scores, summed over the words,
  // and how many words it matched; then every page by its best document. Typed arrays, as a
  // common word of a large site has tens of thousands of documents.
  Index.prototype.score = function (qwords, perWord, table) {
    var n = this.m.docs;
    var total = new Float64Array(n);
    var matched = new Uint8Array(n);
    var word = new Float64Array(n);
    var touched = [];
    var terms = [];
    for (var w = 0; w < perWord.length; w++) {
      var seen = [];
      for (var c = 0; c < perWord[w].length; c++) {
        var cand = perWord[w][c];
        terms.push(cand.term);
        var p = this.postingsOf(cand.term);
        var factor = Math.log(1 + (n - cand.df + 0.5) / (cand.df + 0.5)) * cand.weight;
        for (var i = 0; i < p.docs.length; i++) {
          var doc = p.docs[i];
          var s = factor * p.weights[i];
          if (word[doc] === 0) seen.push(doc);
          if (s > word[doc]) word[doc] = s;
        }
      }
      for (var k = 0; k < seen.length; k++) {
        var d = seen[k];
        if (!matched[d]) touched.push(d);
        matched[d]++;
        total[d] += word[d];
        word[d] = 0;
      }
    }
    var best = new Map();
    for (var t = 0; t < touched.length; t++) {
      var doc2 = touched[t];
      var page = table.docPage[doc2];
      var e = best.get(page);
      if (!e) {
        best.set(page, { page: page, matched: matched[doc2], score: total[doc2] });
      } else if (matched[doc2] > e.matched || matched[doc2] === e.matched && total[doc2] > e.score) {
        e.matched = matched[doc2];
        e.score = total[doc2];
      }
    }
    var list = Array.from(best.values());
    var kinds = this.m.kinds;
    list.forEach(function (e) {
      e.kind = kinds[table.kind[e.page]];
      e.section = table.section[e.page];
      e.level = table.level[e.page];
    });
    list.sort(function (a, b) {
      return b.matched - a.matched || b.score - a.score ||
        RULES.kindOrder[a.kind] - RULES.kindOrder[b.kind] || a.page - b.page;
    });
    var docsOf = function (page) {
      var first = table.firstDoc[page];
      var docs = [];
      for (var d = first; d < n && table.docPage[d] === page; d++) {
        if (matched[d]) docs.push({ doc: d, index: d - first, matched: matched[d], score: total[d] });
      }
      return docs.sort(function (a, b) {
        return b.matched - a.matched || b.score - a.score || a.doc - b.doc;
      });
    };
    return { words: qwords, terms: terms, pages: list, total: list.length, docsOf: docsOf };
  };

  // A page's entry in the directory: {record, title, url}.
  Index.prototype.head = function (page) {
    var size = this.m.directory.size;
    return this.file(this.m.directory.files[Math.floor(page / size)]).then(function (entries) {
      var e = entries[page % size];
      return { record: e[0], title: e[1], url: e[2] };
    });
  };

  // The record of a page: per document its fragment, heading and excerpt source.
  Index.prototype.record = function (head) {
    return this.file(this.m.records + head.record + ".json");
  };

  // Ranks the pages for a query and describes the first `limit` of them that pass `filter`
  // (optional: page entry → boolean). Resolves to {words, terms, total, facets, results}.
  // Without `sections` (false while the reader is typing) a result has its page's title and URL
  // only, from the directory; with it, each result also has its best sections with excerpts,
  // which cost a record per page.
  Index.prototype.search = function (query, limit, filter, sections) {
    var self = this;
    var withSections = sections !== false;
    return this.rank(query).then(function (ranked) {
      var facets = { sections: {}, levels: {} };
      ranked.pages.forEach(function (p) {
        facets.sections[p.section] = (facets.sections[p.section] || 0) + 1;
        facets.levels[p.level] = (facets.levels[p.level] || 0) + 1;
      });
      var shown = ranked.pages.filter(function (p) { return !filter || filter(p); });
      var top = shown.slice(0, limit || 10);
      return Promise.all(top.map(function (p) {
        return self.head(p.page).then(function (head) {
          return withSections ? self.record(head).then(function (rec) { return [head, rec]; })
            : [head, null];
        });
      })).then(function (described) {
        return {
          words: ranked.words, terms: ranked.terms, total: shown.length, facets: facets,
          results: top.map(function (p, i) {
            return self.result(p, ranked.docsOf(p.page), described[i][0], described[i][1], ranked);
          })
        };
      });
    });
  };

  // One result: the page, and with its record (rec, or null) its best three sections. It links
  // to the page when every query word is in the title, else to its best section.
  Index.prototype.result = function (p, pageDocs, head, rec, ranked) {
    var docs = [];
    var url = head.url;
    if (rec) {
      var matches = matcher(ranked.terms, ranked.words);
      var titleWords = words(head.title).map(function (w) { return w.word; });
      var inTitle = ranked.words.every(function (w) {
        return titleWords.some(function (t) { return matches(t); }) &&
          titleWords.some(function (t) { return Porter2(t) === Porter2(w) || t.lastIndexOf(w, 0) === 0; });
      });
      docs = pageDocs.slice(0, 3).map(function (d) {
        var r = rec.d[d.index];
        return {
          url: head.url + (r[0] ? "#" + r[0] : ""), heading: r[1],
          excerpt: excerpt(r[2], matches, 160), score: d.score, matched: d.matched
        };
      });
      if (!inTitle && docs.length) url = docs[0].url;
    }
    return {
      page: p.page, title: head.title, url: url,
      section: this.m.sections[p.section] || "", level: this.m.levels[p.level] || "",
      kind: p.kind, score: p.score, matched: p.matched, docs: docs
    };
  };

  // A test for normalised words that match the query: by stem, or as a typed prefix.
  function matcher(terms, qwords) {
    var stems = dict({});
    terms.forEach(function (t) { stems[t] = true; });
    qwords.forEach(function (w) { stems[Porter2(w)] = true; });
    var prefix = qwords.length ? qwords[qwords.length - 1] : "";
    return function (word) {
      return stems[Porter2(word)] === true ||
        (prefix.length >= RULES.prefixMinLength && word.lastIndexOf(prefix, 0) === 0);
    };
  }

  // Up to about `max` characters of text around its first matching word, as segments
  // [{text, mark}] with the matching words marked.
  function excerpt(text, matches, max) {
    var all = words(text);
    var hits = all.filter(function (w) { return matches(w.word); });
    var start = 0;
    if (hits.length && hits[0].end > max) {
      start = hits[0].start - Math.floor(max / 3);
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < hits[0].start ? space + 1 : hits[0].start;
    }
    var end = Math.min(text.length, start + max);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      if (cut > start + max / 2) end = cut;
    }
    var segments = [];
    var at = start;
    hits.forEach(function (h) {
      if (h.start < start || h.end > end) return;
      if (h.start > at) segments.push({ text: text.slice(at, h.start), mark: false });
      segments.push({ text: text.slice(h.start, h.end), mark: true });
      at = h.end;
    });
    if (at < end) segments.push({ text: text.slice(at, end), mark: false });
    if (start > 0) segments.unshift({ text: "\u2026", mark: false });
    if (end < text.length) segments.push({ text: "\u2026", mark: false });
    return segments;
  }

  function fetchJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status + " for " + url);
      return r.json();
    });
  }

  // Opens the index whose manifest is at manifestUrl. load(url) → Promise of parsed JSON
  // (default: fetch).
  function open(manifestUrl, load) {
    load = load || fetchJson;
    var base = manifestUrl.slice(0, manifestUrl.lastIndexOf("/") + 1);
    return load(manifestUrl).then(function (manifest) {
      if (manifest.version !== 3) throw new Error("unknown search index version " + manifest.version);
      return new Index(base, manifest, load);
    });
  }

  root.LecternSearch = {
    open: open, stem: Porter2, words: words, normalise: normalise, excerpt: excerpt,
    editDistance: editDistance, rules: RULES
  };
})(typeof window !== "undefined" ? window : globalThis);
