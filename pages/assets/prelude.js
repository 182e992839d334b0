/* What the page's scripts share, written once: listed first in mkdocs.yml's extra_javascript
 * and joined before the others (overrides/hooks/one_file_each.py), it defines window.edition:
 * - onPage(setUp): run setUp on every page, the first included. Material's instant navigation
 *   swaps pages without reloading and document$ emits for each; without it, once, when the
 *   page is ready.
 * - element(tag, className, text): a new element.
 * - replacementRuns(text, wrap): the text as nodes, each run of U+FFFD (the witness's mark of
 *   an unreadable character) given to wrap(run), which returns the node that frames it.
 * - placePanel(panel, rect): a panel that lives under <body> (never inside a paragraph, whose
 *   containment would clip it) put next to the box `rect` (a mark, a button), below it or
 *   above it, wholly inside the viewport and below the sticky header; a panel taller than the
 *   room scrolls inside.
 *   Placed again after a scroll (rememberPlace): on a phone the paragraphs near the screen are
 *   laid out as they come (content-visibility), and the browser keeps the text in view by
 *   scrolling, which would leave a panel placed a moment before beside the wrong line.
 * - tabStops(): the page's tab stops in order, to move focus between a mark and its panel.
 */
(function () {
  "use strict";

  var MARGIN = 8;  // px kept between a panel and the viewport's edges
  var edition = window.edition = window.edition || {};

  edition.onPage = function (setUp) {
    if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(setUp);
    else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
    else setUp();
  };

  edition.element = function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };

  edition.replacementRuns = function (text, wrap) {
    return text.split(/(\uFFFD+)/).filter(Boolean).map(function (part) {
      return part.charAt(0) === "\uFFFD" ? wrap(part) : document.createTextNode(part);
    });
  };

  function headerBottom() {
    var header = document.querySelector(".md-header");
    if (header && /sticky|fixed/.test(getComputedStyle(header).position)) {
      return Math.max(MARGIN, header.getBoundingClientRect().bottom + 4);
    }
    return MARGIN;
  }

  edition.placePanel = function (panel, rect) {
    if (panel.style.top && (rect.bottom < 0 || rect.top > window.innerHeight)) return;  // scrolled away: it goes with the text
    // Twice: a panel just attached has been seen to measure short the first time (its size
    // settles once it has a place), which put a tall one below a mark near the screen's foot.
    placeOnce(panel, rect);
    placeOnce(panel, rect);
  };

  function placeOnce(panel, rect) {
    var width = document.documentElement.clientWidth, height = window.innerHeight, top = headerBottom();
    panel.style.maxHeight = "";
    panel.style.left = panel.style.top = "0px";
    var below = height - MARGIN - (rect.bottom + 4), above = rect.top - 4 - top;
    var h = panel.offsetHeight, w = panel.offsetWidth;
    var down = h <= below || below >= above;
    var room = Math.max(down ? below : above, 48);
    var y;
    if (h > room && height - MARGIN - top >= h) {
      y = height - MARGIN - h;  // too tall for either side of the mark, not for the screen: over it
    } else {
      if (h > room) { panel.style.maxHeight = room + "px"; h = room; }
      y = down ? rect.bottom + 4 : rect.top - 4 - h;
    }
    y = Math.max(top, Math.min(y, height - MARGIN - h));
    var x = Math.max(MARGIN, Math.min(rect.left, width - MARGIN - w));
    // Absolute in the document (the panel is a child of <body>): it scrolls with the text.
    panel.style.left = Math.round(x + window.scrollX) + "px";
    panel.style.top = Math.round(y + window.scrollY) + "px";
  }

  // One listener for every panel: `place` is called, once a frame, while `isOpen` says so.
  var placers = [], frame = 0;
  edition.rememberPlace = function (isOpen, place) { placers.push([isOpen, place]); };
  window.addEventListener("scroll", function () {
    if (frame) return;
    frame = requestAnimationFrame(function () {
      frame = 0;
      placers.forEach(function (placer) { if (placer[0]()) placer[1](); });
    });
  }, { passive: true });

  var TABBABLE = "a[href], button, input, select, textarea, summary, [tabindex]";
  edition.tabStops = function () {
    return Array.prototype.filter.call(document.querySelectorAll(TABBABLE), function (node) {
      return node.tabIndex >= 0 && !node.disabled && node.getClientRects().length > 0 &&
             getComputedStyle(node).visibility !== "hidden";
    });
  };
})();
