/* A search result for a paragraph leads to PAGE?p=N (overrides/hooks/search_paragraphs.py: a
 * location without "#" makes the paragraph a result of its own in Material's search). On such
 * a page, without a fragment of its own, the reader is taken to the paragraph's anchor, #pN:
 * the address bar then holds the citable address, and :target applies.
 */
(function () {
  "use strict";

  function toParagraph() {
    if (location.hash) return;
    var number = new URLSearchParams(location.search).get("p");
    if (!/^\d+$/.test(number || "") || !document.getElementById("p" + number)) return;
    location.replace("#p" + number);
  }

  window.edition.onPage(toParagraph);
})();
