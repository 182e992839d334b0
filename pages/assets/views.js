/* The reading page's two views.
 * - A header button (beside the light/dark toggle: in reach while reading, and nothing in the
 *   text moves when it appears) on every page (the view in force is always shown) switches between the corrected
 *   reading (the default, also without JavaScript) and the witness as received: a class on
 *   <html>, so anchors and note numbers stay. The choice is kept with Material's __md_set; the
 *   <head> partial applies it before the first paint.
 * - U+FFFD in the witness is wrapped so that it stands out; an edit whose hidden reading was
 *   searched for (?h=) is lit, since Material highlights only visible text.
 * The marks' popovers, and what a screen reader hears of the marks, are marks.js's.
 */
(function () {
  "use strict";

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

  function showView(view) {
    root.classList.toggle("witness-view", view === WITNESS);
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
    var readings = article.querySelectorAll("a.edit del");
    for (var i = 0; i < readings.length; i++) {
      var text = readings[i].textContent;
      if (text.indexOf("\uFFFD") < 0 || readings[i].querySelector(".replacement-character")) continue;
      readings[i].textContent = "";
      text.split(/(\uFFFD+)/).forEach(function (part) {
        if (!part) return;
        if (part.charAt(0) !== "\uFFFD") {
          readings[i].appendChild(document.createTextNode(part));
          return;
        }
        var mark = document.createElement("span");
        mark.className = "replacement-character";
        mark.textContent = part;
        readings[i].appendChild(mark);
      });
    }
  }

  function markSearchHits(article) {
    var query = new URLSearchParams(location.search).get("h");
    if (!query) return;
    var words = query.toLowerCase().split(/[\s\-]+/).filter(Boolean);
    var edits = article.querySelectorAll("a.edit");
    for (var i = 0; i < edits.length; i++) {
      var readings = edits[i].querySelectorAll("del, ins");
      for (var j = 0; j < readings.length; j++) {
        var text = readings[j].textContent.toLowerCase();
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

  // Material's document$ emits on the first load and after each instant navigation.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(setUp);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
