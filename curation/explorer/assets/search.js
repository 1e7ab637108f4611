// Full-text search over the prebuilt index (search-index.js: window.KOMPASS_INDEX). Query words
// are matched by their Snowball stems: a word that occurs in any report has its stem in the index
// (vocab); another matches the longest stem it begins with, else the stems beginning with it.
// Every word must match (AND). Filters: area, framework, year, kind. The URL (?q=...&area=...)
// holds the query, so a search can be linked to and opened from file://.
(function () {
  "use strict";
  var IX = window.KOMPASS_INDEX;
  var KIND_NAMES = ["styrka", "förbättringsområde", "fråga"];
  var KINDS = {strength: 0, improvement: 1, question: 2};
  var MAX_SHOWN = 200;
  var WORD = /[\p{L}\p{N}]+/gu;
  var textDocs = null;

  function words(text) { return (text.toLowerCase().match(WORD) || []); }

  function findStem(s) {
    var lo = 0, hi = IX.stems.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (IX.stems[mid] < s) lo = mid + 1; else hi = mid; }
    return lo;
  }

  function stemsOf(word) {
    var hit = IX.vocab[word];
    if (hit !== undefined) return Array.isArray(hit) ? hit : [hit];
    for (var k = word.length; k > 3; k--) {
      var i = findStem(word.slice(0, k));
      if (i < IX.stems.length && IX.stems[i] === word.slice(0, k)) return [i];
    }
    var out = [];
    for (var j = findStem(word); j < IX.stems.length && IX.stems[j].indexOf(word) === 0; j++) out.push(j);
    return out;
  }

  function textsOf(word) {
    var set = new Set();
    stemsOf(word).forEach(function (s) { IX.postings[s].forEach(function (t) { set.add(t); }); });
    return set;
  }

  function buildTextDocs() {
    textDocs = new Array(IX.texts.length);
    for (var d = 0; d < IX.docs.length; d++) {
      var t = IX.docs[d][3];
      (textDocs[t] || (textDocs[t] = [])).push(d);
    }
  }

  // The documents matching a query and filters, newest report first. Exposed for tests and the benchmark.
  function search(q, filters) {
    if (!textDocs) buildTextDocs();
    var ws = words(q || "");
    if (!ws.length) return [];
    var sets = ws.map(textsOf).sort(function (a, b) { return a.size - b.size; });
    var texts = [];
    sets[0].forEach(function (t) {
      for (var i = 1; i < sets.length; i++) if (!sets[i].has(t)) return;
      texts.push(t);
    });
    var area = filters.area ? +filters.area : null, year = filters.year ? +filters.year : null;
    var fw = filters.framework || null, kind = filters.kind in KINDS ? KINDS[filters.kind] : null;
    var out = [];
    texts.forEach(function (t) {
      (textDocs[t] || []).forEach(function (d) {
        var doc = IX.docs[d], rep = IX.reports[doc[0]];
        if ((area === null || doc[1] === area) && (kind === null || doc[2] === kind) &&
            (year === null || rep[2] === year) && (fw === null || rep[3] === fw)) out.push(d);
      });
    });
    out.sort(function (a, b) {
      var ra = IX.reports[IX.docs[a][0]], rb = IX.reports[IX.docs[b][0]];
      return rb[2] - ra[2] || (ra[1] < rb[1] ? -1 : ra[1] > rb[1] ? 1 : 0) || a - b;
    });
    return out;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function pdfHref(rep, page) {
    var base = rep[4];
    return page ? base + "#page=" + page : base;
  }

  function render(docs, q) {
    var list = document.getElementById("results");
    list.textContent = "";
    var stemSet = new Set();
    words(q).forEach(function (w) { stemsOf(w).forEach(function (s) { stemSet.add(IX.stems[s]); }); });
    docs.slice(0, MAX_SHOWN).forEach(function (d) {
      var doc = IX.docs[d], rep = IX.reports[doc[0]];
      var li = el("li", {"class": "hit", "data-code": rep[0], "data-year": String(rep[2])});
      var areaName = (IX.areas[rep[3]] || {})[String(doc[1])] || "";
      var p = el("p");
      var text = IX.texts[doc[3]];
      // highlight words whose stem matched (a word's stem is a prefix of it)
      text.split(/(\s+)/).forEach(function (part) {
        var w = (part.toLowerCase().match(WORD) || [""])[0];
        var hit = w && Array.from(stemSet).some(function (s) { return s.length > 2 && w.indexOf(s) === 0; });
        p.appendChild(hit ? el("mark", {}, part) : document.createTextNode(part));
      });
      if (doc[2] === 2) p.appendChild(document.createTextNode(" (" + doc[6] + " av " + doc[7] + " poäng)"));
      li.appendChild(p);
      var meta = el("p", {"class": "meta"});
      meta.appendChild(el("a", {href: rep[0] + "/index.html#r-" + rep[5]}, rep[1] + " " + rep[2]));
      meta.appendChild(document.createTextNode(" · " + KIND_NAMES[doc[2]] + (doc[5] ? " " + doc[5] : "") +
        " · område " + doc[1] + (areaName ? " " + areaName : "") + " · " + rep[3] + " · "));
      meta.appendChild(el("a", {href: pdfHref(rep, doc[4])}, doc[4] ? "rapporten s. " + doc[4] : "rapporten"));
      li.appendChild(meta);
      list.appendChild(li);
    });
    var status = document.getElementById("status");
    if (!words(q).length) status.textContent = "Skriv ett eller flera ord.";
    else if (!docs.length) status.textContent = "Inga träffar för " + q + ".";
    else status.textContent = docs.length + " träffar" + (docs.length > MAX_SHOWN ? ", de första " + MAX_SHOWN + " visas" : "") + ".";
  }

  var FIELDS = ["q", "area", "framework", "year", "kind"];

  function run(updateUrl) {
    var form = document.getElementById("search");
    var values = {};
    FIELDS.forEach(function (f) { values[f] = form.elements[f].value; });
    var t0 = performance.now();
    var docs = search(values.q, values);
    render(docs, values.q);
    window.KOMPASS_LAST_MS = performance.now() - t0;
    if (updateUrl) {
      var params = new URLSearchParams();
      FIELDS.forEach(function (f) { if (values[f]) params.set(f, values[f]); });
      try { history.replaceState(null, "", "?" + params.toString()); } catch (e) { /* file:// in some browsers */ }
    }
  }

  window.KOMPASS_SEARCH = search;
  if (!IX) {
    document.getElementById("status").textContent = "Sökindexet saknas.";
    return;
  }
  var form = document.getElementById("search");
  var params = new URLSearchParams(location.search);
  FIELDS.forEach(function (f) { if (params.has(f)) form.elements[f].value = params.get(f); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(true); });
  if (params.get("q")) run(false);
})();
