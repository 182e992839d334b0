/* Search's worker: Material's own (lunr), with phrases and short snippets.

   The page starts this file (a theme file: overrides/assets/...) instead of Material's
   worker (overrides/partials/javascripts/base.html), naming Material's in the address
   (?material=...); it loads Material's, which does the searching, and changes only the
   query on its way in and the results on their way out:

   - A quoted phrase ("masters of their destiny"), and a run of Han or Kana characters
     (天下归心; the index makes each such character a word, overrides/hooks/search_paragraphs.py),
     must occur as written: Material looks up the words (any of them), and a result is kept
     only if its title, text or witness holds every phrase (case, runs of white space and
     the forms of quotation marks aside).
   - A verse text's line breaks (the index keeps them, search_paragraphs.py) are <br> in the snippet.
   - Each result's text becomes a snippet: a short stretch of the reading, centred on the
     phrase or on the first highlighted word, with "…" where it is cut; a witnessed reading
     (<sub> in the index) is shown, as "(witness: …)", only where the match is in it; a match
     that is only in the witness paragraph shows the witness, so labelled.
   - A paragraph's snippet is marked with its text's language and direction (the index entry's
     `lang` and `dir`, overrides/hooks/search_paragraphs.py); its label stays the page's.

   Everything else (ranking, grouping, highlighting on the page) is Material's. */
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2, RESULT = 3;          // Material's message types
  var WINDOW = 90;                               // characters either side of the match
  // The same characters as CJK in overrides/hooks/search_paragraphs.py.
  var CJK = "\\u3005\\u3007\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}";
  var CJK_RUN = new RegExp("[" + CJK + "]+", "gu");

  var material = new URL(new URL(location.href).searchParams.get("material") || "", location.href);
  if (material.origin !== location.origin) throw new Error("search worker: Material's worker must be on this site");

  var docs = new Map();                          // location -> {title, text, witness} as plain text
  var pending = [];                              // the phrases of each query, in the order asked

  // Text from the index (escaped HTML with a few tags) as characters with their marks.
  function characters(html) {
    var chars = [], marked = false, sub = false;
    var token = /<(\/?)(\w+)[^>]*>|&(#x[0-9a-f]+|#\d+|\w+);|[^<&]+|[<&]/gi, match;
    while ((match = token.exec(html))) {
      if (match[2]) {
        var name = match[2].toLowerCase();
        if (name === "mark") marked = !match[1];
        else if (name === "sub") {
          sub = !match[1];
          if (match[1]) chars.push({ end: true });
        } else if (/^(p|li|pre|br|h\d)$/.test(name) && chars.length) chars.push({ c: " " });
        continue;
      }
      var text = match[3] ? entity(match[3]) : match[0];
      for (var ch of text) if (ch !== "\u200b") chars.push({ c: ch, mark: marked, sub: sub });
    }
    return chars;
  }

  function entity(name) {
    var named = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };
    if (name[0] !== "#") return named[name.toLowerCase()] || "&" + name + ";";
    return String.fromCodePoint(parseInt(name.slice(1).replace(/^x/i, ""), /^#x/i.test(name) ? 16 : 10));
  }

  // The reading as shown: each witnessed reading (<sub>) left out, or, where the match is
  // in it, given as " (witness: …)".
  function shown(chars) {
    var out = [], run = [];
    chars.forEach(function (item) {
      if (item.end) {
        if (run.some(function (r) { return r.mark; }))
          out.push.apply(out, plain(" (witness: ").concat(run, plain(")")));
        run = [];
      } else if (item.sub) run.push(item);
      else out.push(item);
    });
    return out;
  }

  function plain(text) { return Array.from(text, function (c) { return { c: c }; }); }

  // Text folded for comparison, with the index in the original of each folded character.
  function folded(chars) {
    var text = "", at = [];
    chars.forEach(function (item, i) {
      var c = item.c;
      if (/\s/.test(c)) { if (text && text[text.length - 1] !== " ") { text += " "; at.push(i); } return; }
      c = c.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, "\"").toLowerCase();
      for (var k = 0; k < c.length; k++) { text += c[k]; at.push(i); }
    });
    return { text: text, at: at };
  }

  function fold(text) { return folded(plain(text)).text.trim(); }

  function find(chars, phrase) {
    var f = folded(chars), index = f.text.indexOf(phrase);
    return index < 0 ? null : [f.at[index], f.at[index + phrase.length - 1] + 1];
  }

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  // A stretch of `chars` around [start, end), cut at spaces, as HTML with its marks.
  function snippet(chars, start, end, marks) {
    var from = Math.max(0, start - WINDOW), to = Math.min(chars.length, end + WINDOW);
    while (from > 0 && from < start && !/\s/.test(chars[from - 1].c)) from++;
    while (to < chars.length && to > end && !/\s/.test(chars[to].c)) to--;
    var html = from > 0 ? "… " : "", open = false, lineStart = false;
    for (var i = from; i < to; i++) {
      var mark = marks ? marks(i) : chars[i].mark;
      if (mark !== open) { html += mark ? "<mark>" : "</mark>"; open = mark; }
      // A line break is a verse text's own (the index keeps it only there): its lines stay lines,
      // the next line's indentation kept.
      var c = chars[i].c;
      if (c === "\n") { html += "<br>"; lineStart = true; continue; }
      lineStart = lineStart && c === " ";
      html += lineStart ? "\u00a0" : escape(c);
    }
    if (open) html += "</mark>";
    return html.trim() + (to < chars.length ? " …" : "");
  }

  function phrasesOf(query) {
    var phrases = [];
    var rest = query.replace(/["“”„]([^"“”„]+)["“”„]?/g, function (_, phrase) {
      phrases.push(fold(phrase));
      return " " + phrase + " ";
    });
    rest = rest.replace(CJK_RUN, function (run) {
      if (Array.from(run).length > 1) phrases.push(fold(run));
      return " " + Array.from(run).join(" ") + " ";
    });
    return { phrases: phrases.filter(Boolean), query: rest.replace(/\s+/g, " ").trim() };
  }

  // The result's text as a snippet; null when it does not hold every phrase.
  function refine(item, phrases) {
    var doc = docs.get(item.location);
    var text = shown(characters(item.text || "")), witness = characters(item.witness || "");
    var title = doc ? doc.title : "";
    if (phrases.length) {
      var hits = phrases.map(function (p) { return find(text, p); });
      if (hits.every(Boolean)) {
        var span = hits[0];
        var inside = function (i) { return hits.some(function (h) { return i >= h[0] && i < h[1]; }); };
        return snippet(text, span[0], span[1], inside);
      }
      var whits = phrases.map(function (p) { return find(witness, p); });
      if (whits.every(Boolean)) {
        var inWitness = function (i) { return whits.some(function (h) { return i >= h[0] && i < h[1]; }); };
        return "Witness: " + snippet(witness, whits[0][0], whits[0][1], inWitness);
      }
      if (phrases.every(function (p) { return title.indexOf(p) >= 0; })) return snippet(text, 0, 0);
      return null;
    }
    var first = text.findIndex(function (c) { return c.mark; });
    if (first < 0 && witness.some(function (c) { return c.mark; })) {
      var w = witness.findIndex(function (c) { return c.mark; });
      return "Witness: " + snippet(witness, w, w + 1);
    }
    return snippet(text, Math.max(first, 0), Math.max(first, 0) + 1);
  }

  // A snippet of a text as an element in its language (and direction); "Witness: " stays outside.
  var LANGUAGE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/, DIRECTION = /^(rtl|ltr)$/;
  function inLanguage(text, doc) {
    if (!text || !doc || !LANGUAGE.test(doc.lang || "")) return text;
    var label = text.indexOf("Witness: ") === 0 ? "Witness: " : "";
    return label + '<span lang="' + doc.lang + '"' + (DIRECTION.test(doc.dir || "") ? ' dir="' + doc.dir + '"' : "") +
      ">" + text.slice(label.length) + "</span>";
  }

  function results(data, phrases) {
    var groups = [];
    (data.items || []).forEach(function (group) {
      var kept = [], any = false;
      group.forEach(function (item) {
        var text = inLanguage(refine(item, phrases), docs.get(item.location));
        var article = item.location.indexOf("#") < 0;
        if (text !== null) any = true;
        if (text !== null || article) kept.push(Object.assign({}, item, { text: text === null ? "" : text }));
      });
      if (any) groups.push(kept);
    });
    return Object.assign({}, data, { items: groups });
  }

  addEventListener("message", function (event) {
    var message = event.data;
    // Only messages of the shape Material 9 sends are touched; any other worker passes unchanged.
    if (message && message.type === SETUP && message.data && Array.isArray(message.data.docs)) {
      message.data.docs.forEach(function (doc) {
        docs.set(doc.location, { title: fold(characters(doc.title || "").map(function (c) { return c.c; }).join("")),
                                 lang: doc.lang, dir: doc.dir });
      });
    } else if (message && message.type === QUERY && typeof message.data === "string") {
      var asked = phrasesOf(String(message.data));
      pending.push(asked.phrases);
      message.data = asked.query;                // what Material looks up: the words
    }
  });

  var post = self.postMessage.bind(self);
  self.postMessage = function (message) {
    if (message && message.type === RESULT && message.data && Array.isArray(message.data.items))
      message = { type: RESULT, data: results(message.data, pending.shift() || []) };
    post(message);
  };

  // Material loads its language files relative to its own address.
  var load = self.importScripts.bind(self);
  self.importScripts = function () {
    return load.apply(self, Array.from(arguments, function (url) { return new URL(url, material).href; }));
  };
  importScripts(material.href);
})();
