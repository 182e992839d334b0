/* The cite control: next to a paragraph number, a button that opens a panel with the link to
   the paragraph, the citation in the project's form and in Chicago, MLA and APA (each copyable),
   and the text's BibTeX, RIS and CSL-JSON files to download.

   Everything comes from the page's JSON block #edition-citation (overrides/partials/
   citation-meta.html), written from the model by edition/references.py: this file only fills
   in the paragraph. Nothing is set up per paragraph: a few listeners on the document bring
   the button to a paragraph when a reader turns to it (a click, a tap or Enter on its number,
   the pointer anywhere on the paragraph where the button sits in the margin, the address
   naming it, #pN), and fill its panel when the button is pressed. A page of any length costs
   the same to open. There is one button, which moves to the paragraph turned to (a pointer
   passing over the text leaves no trail of buttons), and one panel, a child of <body> placed
   at the button inside the screen (never inside a paragraph, whose containment would clip it,
   and whose text stays its reading text); Tab goes from the button into the panel and from its
   end on to what follows the button. Tabbing past the numbers adds no stop; Enter on a number
   brings its button and gives it the focus. Without JavaScript there is no dead button: the paragraph number is a
   plain link to #pN, and the files are linked below the text. pages/how-to-cite.md shows these
   forms; tests/test_browser_citation.py checks them. */
(function () {
  "use strict";

  // The forms come written out in the page's data (edition/references.py: copy_forms), each a list
  // of [text, italic] parts in which "{paragraph}" stands for the paragraph's number: the styles'
  // rules live in one place, in Python, where How to cite and a CSL processor check them.
  function citations(data, number) {
    return data.forms.map(function (form) {
      return { style: form.style, parts: form.parts.map(function (part) {
        var text = part[0].split("{paragraph}").join(number);
        return part[1] ? { em: text } : text;
      }) };
    });
  }

  function plain(parts) {
    return parts.map(function (p) { return typeof p === "string" ? p : p.em; }).join("");
  }

  function html(parts) {
    return parts.map(function (p) {
      var node = document.createElement(typeof p === "string" ? "span" : "i");
      node.textContent = typeof p === "string" ? p : p.em;
      return typeof p === "string" ? node.innerHTML : node.outerHTML;
    }).join("");
  }

  // The text's reference files (BibTeX, RIS, CSL-JSON) are static files of the site, written by
  // the pipeline from the same model as the page (edition/references.py): the panel links to them.

  // Copying -----------------------------------------------------------------------------

  function reveal(node) {
    var box = node.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) node.scrollIntoView({ block: "nearest" });
  }

  function copy(parts, shown, status) {
    // The confirmation appears under the row just used, where the reader is looking (on a phone
    // the panel's foot can be below the screen).
    shown.parentNode.after(status);
    status.textContent = "";
    function copied() { status.textContent = "Copied."; reveal(status); }
    function byHand() {  // no clipboard access: select the text so the reader can copy it
      var range = document.createRange();
      range.selectNodeContents(shown);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      status.textContent = done ? "Copied." : "Selected: copy it with Ctrl+C or \u2318C.";
      reveal(status);
    }
    var clipboard = navigator.clipboard;
    if (clipboard && clipboard.write && window.ClipboardItem) {
      // Plain text and HTML, so that a word processor keeps the italics.
      clipboard.write([new ClipboardItem({
        "text/plain": new Blob([plain(parts)], { type: "text/plain" }),
        "text/html": new Blob([html(parts)], { type: "text/html" })
      })]).then(copied, byHand);
    } else if (clipboard && clipboard.writeText) {
      clipboard.writeText(plain(parts)).then(copied, byHand);
    } else {
      byHand();
    }
  }

  // The control -------------------------------------------------------------------------

  var edition = window.edition, element = edition.element;
  var toggle = null, panel = null;

  function row(label, parts, buttonText, status) {
    var line = element("span", "cite-row");
    var shown = element("span", "cite-text");
    shown.innerHTML = html(parts);
    var button = element("button", "cite-copy", buttonText);
    button.type = "button";
    button.addEventListener("click", function () { copy(parts, shown, status); });
    line.append(element("span", "cite-label", label), shown, button);
    return line;
  }

  function fill(data, number) {
    var status = element("span", "cite-status");
    status.setAttribute("role", "status");
    var link = data.page_url + "#p" + number;
    panel.replaceChildren(row("Link", [link], "Copy link", status));
    citations(data, number).forEach(function (c) {
      panel.append(row(c.style, c.parts, "Copy " + c.style, status));
    });
    var files = element("span", "cite-row cite-files");
    data.downloads.forEach(function (f) {
      var link = element("a", "cite-download", "Download " + f.label);
      link.href = data.base_url + "/" + f.path;
      link.type = f.type;
      link.download = data.csl.id + f.path.slice(f.path.indexOf("."));
      files.append(link);
    });
    files.prepend(element("span", "cite-label", "Entry for " + (data.text.part_label || "the text")));
    panel.append(files, status);
    panel.setAttribute("aria-label", "Citation of paragraph " + number);
  }

  function isOpen() { return !!(toggle && panel && !panel.hidden && toggle.isConnected); }

  function close(returnFocus) {
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    if (toggle) {
      toggle.setAttribute("aria-expanded", "false");
      if (returnFocus && toggle.isConnected) toggle.focus();
    }
  }

  function data() {
    var block = document.getElementById("edition-citation");  // the new page's after instant navigation
    return block ? JSON.parse(block.textContent) : null;
  }

  function numberOfParagraph(node) { return node.closest("p.numbered").id.slice(1); }

  // The button, moved to the paragraph a reader turns to (made the first time).
  function toggleOf(paragraph) {
    var number = paragraph && paragraph.querySelector(":scope > a.paragraph-number");
    if (!number || !document.getElementById("edition-citation")) return null;
    if (!toggle) {
      toggle = element("button", "cite-toggle");
      toggle.type = "button";
      toggle.setAttribute("aria-expanded", "false");
      toggle.setAttribute("aria-controls", "cite-panel");
    }
    if (number.nextElementSibling !== toggle) {
      if (toggle.contains(document.activeElement)) return toggle;  // not away from under the keyboard
      close(false);
      number.after(toggle);
      toggle.setAttribute("aria-label", "Cite paragraph " + paragraph.id.slice(1));
    }
    return toggle;
  }

  function makePanel() {
    if (!panel) {
      panel = element("div", "cite-panel edition-panel md-typeset");
      panel.id = "cite-panel";
      panel.setAttribute("role", "group");
      panel.hidden = true;
    }
    if (panel.parentNode !== document.body) document.body.appendChild(panel);
    return panel;
  }

  function place() {
    var paragraph = toggle.closest("p.numbered").getBoundingClientRect();
    var width = Math.min(paragraph.width, document.documentElement.clientWidth - 16);
    panel.style.width = width + "px";
    var box = toggle.getBoundingClientRect();
    edition.placePanel(panel, { left: paragraph.left, top: box.top, bottom: box.bottom });
  }

  edition.rememberPlace(isOpen, place);

  var PARAGRAPH = ".md-content p.numbered[id^='p']";
  function paragraphOf(node) { return node && node.closest ? node.closest(PARAGRAPH) : null; }
  function numberOf(node) { return node && node.closest ? node.closest(PARAGRAPH + " > a.paragraph-number") : null; }

  // Where the button sits in the margin (a wide screen, cite.css) it appears when the pointer
  // enters the paragraph; where it sits in the line, only for the number, so that the text under
  // a finger or a pointer never moves.
  var inMargin = window.matchMedia("(min-width: 76.25em)");
  document.addEventListener("pointerover", function (event) {
    if (isOpen()) return;  // the open panel's button stays where it is
    var paragraph = inMargin.matches ? paragraphOf(event.target) : paragraphOf(numberOf(event.target));
    if (paragraph) toggleOf(paragraph);
  }, { passive: true });
  // The keyboard: following a number's link (Enter) chooses its paragraph and puts the focus on
  // its button; tabbing past the numbers adds no stop (¶3 in a few).

  function targeted() {
    var match = /^#(p\d+)(?:\.\d+)?$/.exec(location.hash);  // #pN, or a verse line of it, #pN.L
    var paragraph = match && document.getElementById(match[1]);
    if (paragraph && paragraph.matches(PARAGRAPH)) toggleOf(paragraph);
  }
  window.addEventListener("hashchange", targeted);

  function press() {
    var opening = !isOpen();
    close(false);
    var citation = opening && data();
    if (citation) {
      makePanel();
      fill(citation, numberOfParagraph(toggle));
      toggle.setAttribute("aria-expanded", "true");
      panel.hidden = false;
      place();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (!isOpen()) return;
    var focused = document.activeElement;
    // Escape closes the panel and gives focus back to its button.
    if (event.key === "Escape" || event.key === "Esc") {
      close(focused === toggle || panel.contains(focused));
      return;
    }
    if (event.key !== "Tab") return;
    // The panel is not beside its button in the document: Tab leads from one to the other.
    var stops = edition.tabStops(), inside = stops.filter(function (node) { return panel.contains(node); });
    if (focused === toggle && !event.shiftKey && inside.length) {
      event.preventDefault();
      inside[0].focus();
    } else if (focused === inside[0] && event.shiftKey) {
      event.preventDefault();
      toggle.focus();
    } else if (focused === inside[inside.length - 1] && !event.shiftKey) {
      event.preventDefault();
      var outside = stops.filter(function (node) { return !panel.contains(node); });
      var next = outside[outside.indexOf(toggle) + 1];
      close(false);
      (next || toggle).focus();
    }
  });
  // Focus leaving the control closes it: the panel never covers what the reader tabs to next.
  document.addEventListener("focusout", function (event) {
    var to = event.relatedTarget;
    if (!to || !isOpen()) return;  // focus went nowhere (a click on the text): the click closes it
    var from = toggle === event.target || panel.contains(event.target);
    if (from && toggle !== to && !panel.contains(to)) close(false);
  });
  // A press on the button opens its panel; a click elsewhere closes it.
  document.addEventListener("click", function (event) {
    var pressed = event.target.closest && event.target.closest(".cite-toggle");
    if (pressed) { press(); return; }
    var number = numberOf(event.target);
    if (!number) return;
    // Its link followed, the paragraph is chosen: its button comes, and from the keyboard (Enter)
    // takes the focus, once the browser has moved to the address (which resets where Tab starts).
    var chosen = toggleOf(number.parentElement);
    if (chosen && event.detail === 0) setTimeout(function () { chosen.focus({ preventScroll: true }); }, 0);
    if (isOpen() && !panel.contains(event.target)) close(false);
  });

  // A page opened at #pN (or #pN.L) shows that paragraph's button; after instant navigation, the old
  // page's panel closes.
  edition.onPage(function () { close(false); targeted(); });
})();
