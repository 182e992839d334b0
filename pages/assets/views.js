/* The reading page's two views.
 * - A header button (beside the light/dark toggle: in reach while reading, and nothing in the
 *   text moves when it appears) on every page (the view in force is always shown) switches between the corrected
 *   reading (the default, also without JavaScript) and the witness as received: a class on
 *   <html>, so anchors and note numbers stay. The choice is kept with Material's __md_set; the
 *   <head> partial applies it before the first paint.
 * - U+FFFD in the witness is framed so that it stands out: the witnessed reading is the edit's
 *   attribute (data-witness), shown by CSS, and one with U+FFFD is shown in parts, each an empty
 *   element with its part as an attribute, so the paragraph's text stays its reading text;
 *   an edit whose hidden reading was
 *   searched for (?h=) is lit, since Material highlights only visible text.
 * The marks' popovers, and what a screen reader hears of the marks, are marks.js's.
 */
(function () {
  "use strict";

  var edition = window.edition;
  var KEY = "edition.view";
  var WITNESS = "witness";
  var root = document.documentElement;
  var LABEL = "Show the witness as received";

  // __md_get/__md_set: Material's localStorage helpers, scoped to the site (<head> partial).
  function storedView() {
    try {
      return window.__md_get(KEY) === WITNESS ? WITNESS : "corrected";
    } catch (error) {  // storage refused (private mode): the default view
      return "corrected";
    }
  }

  function storeView(view) {
    window.__md_set(KEY, view);  // a refusal is caught inside: the choice lasts for this page
  }

  // In the witness view a correction shows its witnessed reading, which CSS generates from the
  // mark's attribute (the paragraph's text stays the reading text): the mark is named by it.
  function nameMarks(witness) {
    document.querySelectorAll(".md-content a.edit[data-witness]").forEach(function (edit) {
      if (witness) edit.setAttribute("aria-label", "correction: " + edit.getAttribute("data-witness"));
      else edit.removeAttribute("aria-label");
    });
  }

  function showView(view) {
    root.classList.toggle("witness-view", view === WITNESS);
    nameMarks(view === WITNESS);
    var switches = document.querySelectorAll(".view-switch");
    for (var i = 0; i < switches.length; i++) switches[i].setAttribute("aria-pressed", String(view === WITNESS));
  }

  function viewSwitch() {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "view-switch header-switch";
    button.setAttribute("aria-label", LABEL);
    button.textContent = "Witness";
    button.addEventListener("click", function () {
      var view = button.getAttribute("aria-pressed") === "true" ? "corrected" : WITNESS;
      storeView(view);
      showView(view);
    });
    return button;
  }

  function markReplacementCharacters(article) {
    article.querySelectorAll("a.edit[data-witness]:not(.in-parts)").forEach(function (edit) {
      var text = edit.getAttribute("data-witness");
      if (text.indexOf("\uFFFD") < 0) return;
      var parts = edition.replacementRuns(text, function (run) {
        var framed = edition.element("span", "witness-part replacement-character");
        framed.setAttribute("data-witness", run);
        return framed;
      }).map(function (node) {
        if (node.nodeType !== Node.TEXT_NODE) return node;
        var part = edition.element("span", "witness-part");
        part.setAttribute("data-witness", node.data);
        return part;
      });
      edit.append.apply(edit, parts);
      edit.classList.add("in-parts");
    });
  }

  function markSearchHits(article) {
    var query = new URLSearchParams(location.search).get("h");
    if (!query) return;
    var words = query.toLowerCase().split(/[\s\-]+/).filter(Boolean);
    var edits = article.querySelectorAll("a.edit");
    for (var i = 0; i < edits.length; i++) {
      var readings = [edits[i].getAttribute("data-witness") || ""].concat(
        Array.prototype.map.call(edits[i].querySelectorAll("ins"), function (ins) { return ins.textContent; }));
      for (var j = 0; j < readings.length; j++) {
        var text = readings[j].toLowerCase();
        if (words.some(function (word) { return text.indexOf(word) === 0; })) edits[i].classList.add("search-hit");
      }
    }
  }

  function setUp() {
    var article = document.querySelector(".md-content article") || document.querySelector("article");
    var header = document.querySelector(".md-header__inner");
    var existing = document.querySelector(".view-switch");
    var reading = article && article.querySelector("p.numbered");
    if (reading) {
      markReplacementCharacters(article);
      markSearchHits(article);
    }
    // On every page, so that the view in force is always visible and can be changed anywhere.
    if (header && !existing) {
      header.insertBefore(viewSwitch(), header.querySelector("[data-md-component=palette]") ||
                          header.querySelector("[for=__search]"));
    }
    showView(storedView());
    // The header's key link (header.html) outlives instant navigation: this page's key, or the home page's.
    var keyLink = document.querySelector(".md-header a.key-link");
    if (keyLink) keyLink.setAttribute("href", article && article.querySelector("#key")
      ? "#key" : new URL(".#key", window.__md_scope || location.href).href);
  }

  edition.onPage(setUp);
})();
