/* The reading page's two views, and what a keyboard or screen-reader user needs of its tooltips.
 *
 * - A button in the header (beside the light/dark toggle, so it stays in reach while reading and
 *   moves nothing in the text when it appears) of every page with numbered paragraphs switches
 *   between the corrected reading (the default, and what shows without JavaScript) and the
 *   witness as received. The
 *   view is a class on <html> (views.css does the rest), so anchors and note numbers are the
 *   same in both. The choice is kept in localStorage through Material's __md_get/__md_set,
 *   scoped to the site; the <head> partial applies it before the page paints.
 * - In the witness, each U+FFFD is wrapped so that views.css can make it stand out.
 * - An edit whose hidden reading was searched for (?h=) is highlighted.
 * - Escape hides an open tooltip without moving focus (WCAG 1.4.13): Material's tooltips
 *   open on hover and focus but have no dismissal of their own.
 * - A note reference gets the note's text as its accessible description: Material's footnote
 *   tooltip is not announced.
 */
(function () {
  "use strict";

  var KEY = "edition.view";
  var WITNESS = "witness";
  var root = document.documentElement;
  var LABEL = "Show the witness as received";

  function storedView() {
    try {
      var value = window.__md_get ? window.__md_get(KEY) : JSON.parse(localStorage.getItem(KEY));
      return value === WITNESS ? WITNESS : "corrected";
    } catch (error) {
      return "corrected";
    }
  }

  function storeView(view) {
    try {
      if (window.__md_set) window.__md_set(KEY, view);
      else localStorage.setItem(KEY, JSON.stringify(view));
    } catch (error) { /* storage refused (private mode): the choice lasts for this page only */ }
  }

  function showView(view) {
    root.classList.toggle("witness-view", view === WITNESS);
    var switches = document.querySelectorAll(".view-switch");
    for (var i = 0; i < switches.length; i++) switches[i].setAttribute("aria-pressed", String(view === WITNESS));
  }

  function viewSwitch() {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "view-switch";
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

  function describeNoteReferences(article) {
    var refs = article.querySelectorAll("a.footnote-ref");
    var holder = null;
    for (var i = 0; i < refs.length; i++) {
      var ref = refs[i];
      if (ref.hasAttribute("aria-describedby")) continue;
      var note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
      if (!note) continue;
      var copy = note.cloneNode(true);
      var backrefs = copy.querySelectorAll(".footnote-backref");
      for (var j = 0; j < backrefs.length; j++) backrefs[j].remove();
      if (!holder) {
        holder = document.createElement("div");
        holder.hidden = true;
        article.appendChild(holder);
      }
      var description = document.createElement("span");
      description.id = "note-description-" + (i + 1);
      description.textContent = "Note " + ref.textContent.trim() + ": " + copy.textContent.replace(/\s+/g, " ").trim();
      holder.appendChild(description);
      ref.setAttribute("aria-describedby", description.id);
    }
  }

  // Material highlights the words of a search (?h=) only where they show: a hit in the reading
  // that is hidden in this view would leave no trace, so the whole edit is lit instead.
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
    if (existing && !reading) existing.remove();  // instant navigation to a page without text
    if (reading) {
      markReplacementCharacters(article);
      describeNoteReferences(article);
      markSearchHits(article);
      if (header && !existing) {
        header.insertBefore(viewSwitch(), header.querySelector("[data-md-component=palette]") ||
                            header.querySelector("[for=__search]"));
      }
    }
    showView(storedView());
    // The printed page gives each paragraph's address (views.css): the canonical one.
    var canonical = document.querySelector('link[rel="canonical"]');
    var address = canonical ? canonical.href : location.href.split("#")[0];
    root.style.setProperty("--edition-page-address", JSON.stringify(address));
  }

  // Escape hides the open tooltips; each shows again once Material has closed it (its trigger
  // lost hover and focus), so the next hover or focus opens it as usual.
  var reopen = new MutationObserver(function (records) {
    records.forEach(function (record) {
      var tooltip = record.target;
      if (!/--active\b/.test(tooltip.className)) tooltip.style.display = "";
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    var open = document.querySelectorAll(".md-tooltip2--active, .md-tooltip--active");
    for (var i = 0; i < open.length; i++) {
      open[i].style.display = "none";
      reopen.observe(open[i], { attributes: true, attributeFilter: ["class"] });
    }
  });

  // Material's document$ emits on the first load and after each instant navigation.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(setUp);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
