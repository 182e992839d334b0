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
   - One popover at a time: one element under <body>, never inside a paragraph (whose paint
     containment on a phone would clip it), placed at the mark inside the viewport; opening it
     never scrolls or navigates.
     Escape, a tap elsewhere or focus moving on closes it; Escape gives focus back to the mark.
   - Keyboard: focus on a mark shows its popover; Enter moves focus into it (a long note then
     scrolls with the arrow keys, and its links come next in the tab order; Tab past the last
     goes on to what follows the mark, Shift+Tab from the popover back to the mark).
   - Each panel says what the kind and the confidence of a correction mean, and in the witness
     view what the edition reads.
   - A mark's accessible name: "Note 3" (its aria-label), "correction: country" (marks.css);
     while its popover is open the mark
     has aria-expanded="true", aria-controls and aria-describedby pointing at the popover.
   Marks of a layer the reader has turned off (layers.js) are plain text and are left alone. */
(function () {
  "use strict";

  var MARKS = "a.edit[href], a.term[href], a.footnote-ref[href]";
  var ID = "mark-popover";
  var HOVER_OPEN = 120, HOVER_CLOSE = 300;  // ms: passing over a mark opens nothing
  var edition = window.edition, element = edition.element;

  var popover = null, current = null, pinned = false, timer = 0;
  var pointerMark = null;  // the mark a pointer went down on: its click, not its focus, decides
  var returning = false;   // focus given back by Escape does not reopen the popover
  var store = {};  // the marks data by address: null while it is on its way

  function markOf(node) {
    var mark = node && node.closest ? node.closest(MARKS) : null;
    if (!mark || !mark.closest(".md-content")) return null;
    return getComputedStyle(mark).display === "contents" ? null : mark;  // a layer turned off
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
    if (!meta) return { corrections: {}, terms: {}, meanings: {} };
    var url = new URL(meta.getAttribute("content"), location.href).href;
    if (!(url in store)) {
      store[url] = null;
      fetch(url).then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { store[url] = data; refresh(); }, function () { delete store[url]; });
    }
    return store[url] || { corrections: {}, terms: {}, meanings: {} };
  }

  // U+FFFD as the witness has it, framed as in the witness view (views.css).
  function witnessText(text) {
    var span = element("span", "mark-popover__witness");
    span.append.apply(span, edition.replacementRuns(text, function (run) {
      return element("span", "replacement-character", run);
    }));
    return span;
  }

  // A reading quoted from the text keeps the text's language and direction (its paragraph's lang
  // and dir), isolated among the popover's words, which are the edition's.
  function quoted(node, mark) {
    var text = mark.closest("[lang]");
    if (text && text.closest(".md-content")) {
      node.lang = text.lang;
      node.dir = text.dir === "rtl" ? "rtl" : "auto";
    }
    return node;
  }

  function more(href, text) {
    var link = element("a", "mark-popover__more", text);
    link.href = href;
    return line("", "").appendChild(link).parentNode;
  }

  // The content of each kind of popover: [label, nodes] ----------------------------------

  // "ocr (a misreading by the character recognition)": a value with its meaning, from the marks data.
  function meaning(value, meanings) {
    return value + (meanings && meanings[value] ? " (" + meanings[value] + ")" : "");
  }

  // In the witness view the page shows what the witness reads: the popover says what the edition reads.
  function correction(mark) {
    var data = marksData(), entry = data.corrections[target(mark)] || {}, meanings = data.meanings || {};
    var witnessed = mark.getAttribute("data-witness"), nodes = [];
    var reading = mark.querySelector("ins"), shown = reading ? reading.textContent.trim() : "";
    var witnessView = document.documentElement.classList.contains("witness-view");
    var head = line("mark-popover__head", "");
    if (witnessed !== null && witnessView) {
      head.append("The edition reads ", quoted(element("span", "mark-popover__reading", shown), mark));
    } else if (witnessed !== null) {
      head.append("The witness reads ", quoted(witnessText(witnessed), mark));
    } else {
      head.textContent = "A gap in the witness: text is missing here" + (!entry.supplement ? "." :
        witnessView ? "; the edition supplies " + shown + ", a conjectural supplement, not the text."
                    : "; the words in brackets are a conjectural supplement, not the text.");
    }
    nodes.push(head);
    if (entry.kind) {
      nodes.push(line("mark-popover__meta", "Kind: " + meaning(entry.kind, meanings.kinds) +
                      ". Confidence: " + meaning(entry.confidence, meanings.confidences) + "."));
    }
    if (entry.reason) nodes.push(referring("mark-popover__text", entry.reason));
    nodes.push(more(mark.href, "In the list of corrections"));
    return ["Correction", nodes];
  }

  function term(mark) {
    var entry = marksData().terms[target(mark)];
    var headword = entry ? entry.term : mark.textContent, head = line("mark-popover__head", headword);
    // A headword that is the marked word quotes the text: in its language.
    if (headword.toLowerCase() === mark.textContent.toLowerCase()) quoted(head, mark);
    var nodes = [head];
    if (entry) nodes.push(referring("mark-popover__text", entry.text));
    nodes.push(more(mark.href, "Glossary entry"));
    return ["Glossary: " + (entry ? entry.term : mark.textContent), nodes];
  }

  function note(mark) {
    var label = "Note " + (mark.getAttribute("data-note") || mark.textContent.trim());
    var item = document.getElementById(target(mark));
    var nodes = [line("mark-popover__head", label)];
    if (item) {
      Array.prototype.forEach.call(item.children, function (child) {
        var copy = child.cloneNode(true);
        copy.querySelectorAll(".footnote-backref, [id]").forEach(function (node) {
          if (node.classList.contains("footnote-backref")) node.remove(); else node.removeAttribute("id");
        });
        var block = line("mark-popover__text", "");
        while (copy.firstChild) block.appendChild(copy.firstChild);
        nodes.push(block);
      });
    }
    nodes.push(more(mark.href, "Among the notes at the foot of the page"));
    return [label, nodes];
  }

  // Opening, placing, closing -----------------------------------------------------------

  function place(mark) {
    edition.placePanel(popover, mark.getClientRects()[0] || mark.getBoundingClientRect());
  }

  edition.rememberPlace(function () { return !!(current && current.isConnected && popover.isConnected); },
                        function () { place(current); });

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
      popover = element("div", "mark-popover edition-panel md-typeset");
      popover.id = ID;
      popover.setAttribute("role", "dialog");
      popover.tabIndex = -1;
    }
    popover.setAttribute("aria-label", made[0]);
    popover.replaceChildren.apply(popover, made[1]);
    reachable(false);
    // Under <body>, outside every paragraph: no paragraph's containment or overflow clips it.
    if (popover.parentNode !== document.body) document.body.appendChild(popover);
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

  // The popover is not beside its mark in the document: Tab from its last stop goes on to what
  // follows the mark, Shift+Tab from its first back to the mark.
  function tabOut(event) {
    var stops = edition.tabStops(), inside = stops.filter(function (node) { return popover.contains(node); });
    var focused = document.activeElement, mark = current;
    var last = !inside.length || focused === inside[inside.length - 1] || (focused === popover && !inside.length);
    var first = focused === popover || focused === inside[0];
    if (event.shiftKey ? !first : !last) return;
    event.preventDefault();
    if (event.shiftKey) { focusMark(mark); return; }
    var outside = stops.filter(function (node) { return !popover.contains(node); });
    var next = outside[outside.indexOf(mark) + 1];
    close();
    if (next) next.focus(); else focusMark(mark);
  }

  document.addEventListener("keydown", function (event) {
    if (current && event.key === "Tab" && popover.contains(document.activeElement)) { tabOut(event); return; }
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
