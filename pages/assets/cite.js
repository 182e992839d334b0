/* The cite control: next to a paragraph number, a button that opens a panel with the link to
   the paragraph, the citation in the project's form and in Chicago, MLA and APA (each copyable),
   and the text's BibTeX, RIS and CSL-JSON files to download.

   Everything comes from the page's JSON block #edition-citation (overrides/partials/
   citation-meta.html), written from the model by edition/references.py: this file only fills
   in the paragraph. Nothing is set up per paragraph: a few listeners on the document make a
   paragraph's button when a reader turns to that paragraph (keyboard focus on its number, a
   pointer or a tap on its number, anywhere on the paragraph where the button sits in the margin,
   the address naming it, #pN), and its panel when the button is pressed. A page of any length
   costs the same to open. Without JavaScript there is no dead button: the paragraph number is a
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

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

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

  function fill(panel, data, number) {
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
  }

  function close(toggle, returnFocus) {
    toggle.setAttribute("aria-expanded", "false");
    toggle.nextElementSibling.hidden = true;
    if (returnFocus) toggle.focus();
  }

  function openToggles() { return document.querySelectorAll(".cite-toggle[aria-expanded='true']"); }

  function data() {
    var block = document.getElementById("edition-citation");  // the new page's after instant navigation
    return block ? JSON.parse(block.textContent) : null;
  }

  // The paragraph's button, made the first time a reader turns to the paragraph.
  function toggleOf(paragraph) {
    var number = paragraph && paragraph.querySelector(":scope > a.paragraph-number");
    if (!number || !document.getElementById("edition-citation")) return null;
    var next = number.nextElementSibling;
    if (next && next.classList.contains("cite-toggle")) return next;
    var n = paragraph.id.slice(1);
    var toggle = element("button", "cite-toggle");
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-label", "Cite paragraph " + n);
    var panel = element("span", "cite-panel");
    panel.setAttribute("role", "group");
    panel.setAttribute("aria-label", "Citation of paragraph " + n);
    panel.hidden = true;
    number.after(toggle, panel);
    return toggle;
  }

  var PARAGRAPH = ".md-content p.numbered[id^='p']";
  function paragraphOf(node) { return node && node.closest ? node.closest(PARAGRAPH) : null; }
  function numberOf(node) { return node && node.closest ? node.closest(PARAGRAPH + " > a.paragraph-number") : null; }

  // Where the button sits in the margin (a wide screen, cite.css) it appears when the pointer
  // enters the paragraph; where it sits in the line, only for the number, so that the text under
  // a finger or a pointer never moves.
  var inMargin = window.matchMedia("(min-width: 60em)");
  document.addEventListener("pointerover", function (event) {
    var paragraph = inMargin.matches ? paragraphOf(event.target) : paragraphOf(numberOf(event.target));
    if (paragraph) toggleOf(paragraph);
  }, { passive: true });
  // Focus on a number makes its button, which comes next in the tab order.
  document.addEventListener("focusin", function (event) {
    var number = numberOf(event.target);
    if (number) toggleOf(number.parentElement);
  });

  function targeted() {
    var match = /^#p\d+$/.exec(location.hash);
    var paragraph = match && document.getElementById(match[0].slice(1));
    if (paragraph && paragraph.matches(PARAGRAPH)) toggleOf(paragraph);
  }
  window.addEventListener("hashchange", targeted);

  function press(toggle) {
    var opening = toggle.getAttribute("aria-expanded") !== "true";
    openToggles().forEach(function (other) { close(other, false); });
    var citation = opening && data();
    if (citation) {
      fill(toggle.nextElementSibling, citation, toggle.parentElement.id.slice(1));
      toggle.setAttribute("aria-expanded", "true");
      toggle.nextElementSibling.hidden = false;
    }
  }

  // Escape closes the open panel and gives focus back to its button; a click elsewhere closes it.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    openToggles().forEach(function (toggle) {
      var panel = toggle.nextElementSibling;
      close(toggle, toggle === document.activeElement || panel.contains(document.activeElement));
    });
  });
  // Focus leaving the control closes it: the panel never covers what the reader tabs to next.
  document.addEventListener("focusout", function (event) {
    var to = event.relatedTarget;
    if (!to) return;  // focus went nowhere (a click on the text): the click closes it
    openToggles().forEach(function (toggle) {
      var panel = toggle.nextElementSibling;
      var from = toggle === event.target || panel.contains(event.target);
      if (from && toggle !== to && !panel.contains(to)) close(toggle, false);
    });
  });
  // A press on a button opens its panel (and closes any other); a click elsewhere closes it.
  document.addEventListener("click", function (event) {
    var pressed = event.target.closest && event.target.closest(".cite-toggle");
    if (pressed) { press(pressed); return; }
    openToggles().forEach(function (toggle) {
      if (!toggle.nextElementSibling.contains(event.target)) close(toggle, false);
    });
  });

  // A page opened at #pN shows that paragraph's button. Material's instant navigation swaps the
  // page without reloading: document$ emits on every page, the first included. Without it, the
  // page is ready at DOMContentLoaded.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(targeted);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", targeted);
  } else {
    targeted();
  }
})();
