/* The marks' popover: one small popover that opens in place on a correction, a glossary term or
   a note number, by a tap, a click, the mouse resting on the mark, or keyboard focus.
   - Nothing is set up per mark: a few listeners on the document. A popover is built when it
     opens, from the page itself (the witnessed reading in the mark's <del>, the note at the foot
     of the page) and from the text's small JSON file named by <meta name="edition-marks">
     (each correction's kind, confidence and reason, each term's definition opening;
     overrides/partials/marks-data.html), fetched once, when the reader first turns to a mark;
     a popover opened before it arrives shows what the page has and is completed.
   - Without JavaScript every mark is a link to its list. With it, a plain click or tap opens the
     popover instead, and the popover's own link leads to the list; a click with a modifier (a new
     tab) is left to the browser.
   - One popover at a time, placed inside the viewport; opening it never scrolls or navigates.
     Escape, a tap elsewhere or focus moving on closes it; Escape gives focus back to the mark.
   - Keyboard: focus on a mark shows its popover; Enter moves focus into it (a long note then
     scrolls with the arrow keys, and its links come next in the tab order).
   - A mark's accessible name comes from marks.css ("Note 3"); while its popover is open the mark
     has aria-expanded="true", aria-controls and aria-describedby pointing at the popover.
   Marks of a layer the reader has turned off (layers.js) are plain text and are left alone. */
(function () {
  "use strict";

  var MARKS = "a.edit[href], a.term[href], a.footnote-ref[href]";
  var ID = "mark-popover";
  var HOVER_OPEN = 120, HOVER_CLOSE = 300;  // ms: passing over a mark opens nothing
  var MARGIN = 8;  // px kept between the popover and the viewport's edges

  var popover = null, current = null, pinned = false, timer = 0;
  var pointerMark = null;  // the mark a pointer went down on: its click, not its focus, decides
  var returning = false;   // focus given back by Escape does not reopen the popover
  var store = {};  // the marks data by address: null while it is on its way

  function markOf(node) {
    var mark = node && node.closest ? node.closest(MARKS) : null;
    if (!mark || !mark.closest(".md-content")) return null;
    return getComputedStyle(mark).display === "contents" ? null : mark;  // a layer turned off
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function line(className, text) { return element("span", "mark-popover__line " + className, text); }

  // Text from the marks data: a string, or parts where each {p, label} is a paragraph
  // reference (edition/crossrefs.py), a link to that paragraph of this page.
  function referring(className, parts) {
    if (typeof parts === "string") return line(className, parts);
    var node = line(className, "");
    parts.forEach(function (part) {
      if (typeof part === "string") return node.appendChild(document.createTextNode(part));
      var link = element("a", "cross-reference", part.label);
      link.href = "#p" + part.p;
      node.appendChild(link);
    });
    return node;
  }

  function target(mark) { return decodeURIComponent(mark.hash.slice(1)); }

  function marksData() {
    var meta = document.querySelector("meta[name='edition-marks']");  // the new page's after instant navigation
    if (!meta) return { corrections: {}, terms: {} };
    var url = new URL(meta.getAttribute("content"), location.href).href;
    if (!(url in store)) {
      store[url] = null;
      fetch(url).then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { store[url] = data; refresh(); }, function () { delete store[url]; });
    }
    return store[url] || { corrections: {}, terms: {} };
  }

  // U+FFFD as the witness has it, framed as in the witness view (views.css).
  function witnessText(text) {
    var span = element("span", "mark-popover__witness");
    text.split(/(\uFFFD+)/).forEach(function (part) {
      if (!part) return;
      span.appendChild(part.charAt(0) === "\uFFFD" ? element("span", "replacement-character", part)
                                                   : document.createTextNode(part));
    });
    return span;
  }

  function more(href, text) {
    var link = element("a", "mark-popover__more", text);
    link.href = href;
    return line("", "").appendChild(link).parentNode;
  }

  // The content of each kind of popover: [label, nodes] ----------------------------------

  function correction(mark) {
    var entry = marksData().corrections[target(mark)] || {};
    var witnessed = mark.querySelector("del"), nodes = [];
    if (witnessed) {
      var reads = line("mark-popover__head", "The witness reads ");
      reads.appendChild(witnessText(witnessed.textContent));
      nodes.push(reads);
    } else {
      nodes.push(line("mark-popover__head", "A gap in the witness: text is missing here" +
                      (entry.supplement ? "; the words in brackets are a conjectural supplement, not the text." : ".")));
    }
    if (entry.kind) nodes.push(line("mark-popover__meta", entry.kind + ", " + entry.confidence));
    if (entry.reason) nodes.push(referring("mark-popover__text", entry.reason));
    nodes.push(more(mark.href, "In the list of corrections"));
    return ["Correction", nodes];
  }

  function term(mark) {
    var entry = marksData().terms[target(mark)];
    var nodes = [line("mark-popover__head", entry ? entry.term : mark.textContent)];
    if (entry) nodes.push(referring("mark-popover__text", entry.text));
    nodes.push(more(mark.href, "Glossary entry"));
    return ["Glossary: " + (entry ? entry.term : mark.textContent), nodes];
  }

  function note(mark) {
    var label = "Note " + mark.textContent.trim();
    var item = document.getElementById(target(mark));
    var nodes = [line("mark-popover__head", label)];
    if (item) {
      Array.prototype.forEach.call(item.children, function (child) {
        var copy = child.cloneNode(true);
        copy.querySelectorAll(".footnote-backref, [id]").forEach(function (node) {
          if (node.classList.contains("footnote-backref")) node.remove(); else node.removeAttribute("id");
        });
        var block = line("mark-popover__text", "");  // phrasing content: the popover sits in a <p>
        while (copy.firstChild) block.appendChild(copy.firstChild);
        nodes.push(block);
      });
    }
    nodes.push(more(mark.href, "Among the notes at the foot of the page"));
    return [label, nodes];
  }

  // Opening, placing, closing -----------------------------------------------------------

  function place(mark) {
    var width = document.documentElement.clientWidth, height = window.innerHeight;
    var top = MARGIN, header = document.querySelector(".md-header");
    if (header && /sticky|fixed/.test(getComputedStyle(header).position)) {
      top = Math.max(top, header.getBoundingClientRect().bottom + 4);
    }
    var rect = mark.getClientRects()[0] || mark.getBoundingClientRect();
    popover.style.maxHeight = "";
    popover.style.left = popover.style.top = "0px";
    var below = height - MARGIN - (rect.bottom + 4), above = rect.top - 4 - top;
    var h = popover.offsetHeight, w = popover.offsetWidth;
    var down = h <= below || below >= above;
    var room = Math.max(down ? below : above, 48);
    if (h > room) { popover.style.maxHeight = room + "px"; h = room; }
    var y = down ? rect.bottom + 4 : rect.top - 4 - h;
    var x = Math.max(MARGIN, Math.min(rect.left, width - MARGIN - w));
    var box = popover.offsetParent ? popover.offsetParent.getBoundingClientRect() : { left: 0, top: 0 };
    popover.style.left = Math.round(x - box.left) + "px";
    popover.style.top = Math.round(y - box.top) + "px";
  }

  function content(mark) {
    return mark.classList.contains("edit") ? correction(mark)
         : mark.classList.contains("term") ? term(mark) : note(mark);
  }

  // The data arrived while a popover was open: complete it, unless the reader is inside it.
  function refresh() {
    if (!current || !current.isConnected) return;
    var focused = document.activeElement;
    if (popover.contains(focused) && focused !== popover) return;
    var made = content(current);
    popover.replaceChildren.apply(popover, made[1]);
    reachable(focused === popover);
    place(current);
  }

  function open(mark, pin) {
    clearTimeout(timer);
    if (current && !current.isConnected) current = null;  // the page was swapped (instant navigation)
    if (current === mark) { pinned = pinned || pin; return; }
    close();
    var made = content(mark);
    if (!popover) {
      popover = element("span", "mark-popover edition-panel");
      popover.id = ID;
      popover.setAttribute("role", "dialog");
      popover.tabIndex = -1;
    }
    popover.setAttribute("aria-label", made[0]);
    popover.replaceChildren.apply(popover, made[1]);
    reachable(false);
    // Right after the mark (after a note number's <sup>): next in the tab order, and positioned
    // against the paragraph, so it scrolls with the text.
    (mark.parentElement.tagName === "SUP" ? mark.parentElement : mark).after(popover);
    place(mark);
    mark.setAttribute("aria-expanded", "true");
    mark.setAttribute("aria-controls", ID);
    mark.setAttribute("aria-describedby", ID);
    current = mark;
    pinned = pin;
  }

  function close() {
    clearTimeout(timer);
    if (!current) return;
    current.setAttribute("aria-expanded", "false");
    current.removeAttribute("aria-describedby");
    popover.remove();
    current = null;
    pinned = false;
  }

  // A popover shown on focus or hover adds no tab stop; Enter on its mark makes its links reachable.
  function reachable(on) {
    popover.querySelectorAll("a[href]").forEach(function (link) {
      if (on) link.removeAttribute("tabindex"); else link.tabIndex = -1;
    });
  }

  function focusMark(mark) {
    returning = true;
    try { mark.focus({ preventScroll: true }); } finally { returning = false; }
  }

  // The listeners: all on the document ---------------------------------------------------

  document.addEventListener("pointerdown", function (event) {
    var mark = markOf(event.target);
    pointerMark = mark;
    if (mark) marksData();  // on its way before the click
    if (current && mark !== current && !popover.contains(event.target)) close();  // a tap elsewhere
  }, true);

  // Capture, and kept from the page's other listeners: Material's instant navigation would
  // otherwise follow the link.
  document.addEventListener("click", function (event) {
    var mark = markOf(event.target);
    pointerMark = null;
    if (!mark || event.defaultPrevented || event.button !== 0 ||
        event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();  // in place: no navigation, no scroll
    event.stopPropagation();
    var keyboard = event.detail === 0;  // Enter on the focused mark
    if (current === mark && pinned && !keyboard) { close(); return; }
    open(mark, true);
    if (keyboard) {
      reachable(true);
      popover.focus({ preventScroll: true });
    }
  }, true);

  document.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark) {
      if (!returning && mark !== pointerMark) open(mark, false);
      return;
    }
    if (current && !popover.contains(event.target)) close();  // focus moved on
  });

  document.addEventListener("focusout", function (event) {  // focus left for nothing: a blur
    if (current && !pinned && !event.relatedTarget &&
        (event.target === current || popover.contains(event.target))) close();
  });

  document.addEventListener("keydown", function (event) {
    if (!current || (event.key !== "Escape" && event.key !== "Esc")) return;
    var mark = current, inside = popover.contains(document.activeElement) || document.activeElement === mark;
    close();
    if (inside) focusMark(mark);
  });

  // Hover (a mouse only: a touch is a tap): opens after a moment, closes once the pointer has
  // left both the mark and the popover, so the popover can be reached and read (WCAG 1.4.13).
  document.addEventListener("pointerover", function (event) {
    if (event.pointerType !== "mouse") return;
    var mark = markOf(event.target);
    if (mark) {
      clearTimeout(timer);
      marksData();
      if (mark !== current && !pinned) timer = setTimeout(function () { open(mark, false); }, HOVER_OPEN);
    } else if (current && popover.contains(event.target)) {
      clearTimeout(timer);
    }
  });

  document.addEventListener("pointerout", function (event) {
    if (event.pointerType !== "mouse") return;
    var to = event.relatedTarget;
    if (current && to && (current.contains(to) || popover.contains(to))) return;
    if (!current) { if (markOf(event.target)) clearTimeout(timer); return; }
    if (pinned || !(current.contains(event.target) || popover.contains(event.target))) return;
    clearTimeout(timer);
    timer = setTimeout(function () {
      var focused = document.activeElement;
      if (!pinned && focused !== current && !popover.contains(focused)) close();
    }, HOVER_CLOSE);
  });
})();
