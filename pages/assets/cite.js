/* The cite control: next to each paragraph number, a button that opens a panel with the
   link to the paragraph, the citation in four forms (each copyable), and BibTeX and RIS
   entries for the text to download.

   Everything said about the work comes from the page's JSON block #edition-citation
   (overrides/partials/citation-meta.html); this file holds only the rules of the citation
   styles. The control is made here, so a reader without JavaScript sees no dead button:
   the paragraph number stays a plain link to #pN. pages/how-to-cite.md shows these forms,
   and tests/test_browser_citation.py checks them against the text's metadata. */
(function () {
  "use strict";

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];
  var MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
                    "Nov.", "Dec."];

  // Dates: a work's date may be a year, a year and month, or a full date ---------------------

  function isoParts(iso) {
    var parts = iso.split("-").map(Number);
    return { year: parts[0], month: parts.length > 1 ? parts[1] - 1 : null, day: parts.length > 2 ? parts[2] : null };
  }

  function today() {  // the reader's own date: the day the reader consulted the page
    var now = new Date();
    return { year: now.getFullYear(), month: now.getMonth(), day: now.getDate() };
  }

  function monthDayYear(d) {
    if (d.month === null) return String(d.year);
    return MONTHS[d.month] + (d.day === null ? "" : " " + d.day + ",") + " " + d.year;
  }
  function dayMonthYear(d) {
    return (d.day === null ? "" : d.day + " ") + (d.month === null ? "" : MONTHS[d.month] + " ") + d.year;
  }
  function mlaDate(d) {
    return (d.day === null ? "" : d.day + " ") + (d.month === null ? "" : MLA_MONTHS[d.month] + " ") + d.year;
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function isoDate(d) {
    return d.year + (d.month === null ? "" : "-" + pad(d.month + 1) + (d.day === null ? "" : "-" + pad(d.day)));
  }

  // Citations: lists of parts, a string or {em: string} for a title set in italics -------

  // "Title." with the period inside the quotation marks, unless the title has its own mark.
  function quotedTitle(title) { return "\u201c" + title + (/[.?!]$/.test(title) ? "" : ".") + "\u201d"; }
  function sentence(text) { return /[.?!]$/.test(text) ? text : text + "."; }
  function capitalised(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

  // The author as a bibliography lists it: inverted only where the family name comes last.
  function listedName(t) { return t.name_order === "given-first" ? t.author_filed : t.author; }

  function citations(data, number, accessed) {
    var t = data.text, url = data.page_url + "#p" + number, work = isoParts(t.date);
    var editors = data.edition.editors_display, edition = { em: data.edition.title };
    var label = t.part_label, of = label ? capitalised(label) + " of " : "";
    return [
      { style: "Canonical", parts: [
        t.author + ", ", { em: t.title }, " (" + dayMonthYear(work) + ")" + (label ? ", " + label : "") +
        (t.part_title ? ", \u201c" + t.part_title + "\u201d" : "") + ", \u00b6" + number + ", in: ", edition,
        ", ed. by " + editors + ", " + url + " (accessed " + dayMonthYear(accessed) + ")."] },
      { style: "Chicago", parts: [
        sentence(listedName(t)) + " " + (t.part_title ? quotedTitle(t.part_title) + " " : "") + of,
        { em: t.title }, ", " + monthDayYear(work) + ", \u00b6" + number + ". In ", edition,
        ", edited by " + editors + ". Accessed " + monthDayYear(accessed) + ". " + url + "."] },
      { style: "MLA", parts: [
        sentence(listedName(t)) + " " + (t.part_title ? quotedTitle(t.part_title) + " " : ""), { em: t.title },
        ", " + mlaDate(work) + (label ? ", " + label : "") + ", par. " + number + ". ", edition,
        ", edited by " + editors + ", " + url + ". Accessed " + mlaDate(accessed) + "."] },
      { style: "APA", parts: [
        sentence(listedName(t)) + " (n.d.). " + (t.part_title || t.title) + " (" + (label ? capitalised(label) + ", " : "") +
        "para. " + number + "). In " + capitalised(editors) + " (Eds.), ", edition,
        ". Retrieved " + monthDayYear(accessed) + ", from " + url + " (Original work published " + work.year + ")"] }
    ];
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

  function copy(parts, shown, status) {
    function copied() { status.textContent = "Copied."; }
    function byHand() {  // no clipboard access: select the text so the reader can copy it
      var range = document.createRange();
      range.selectNodeContents(shown);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      status.textContent = done ? "Copied." : "Selected: copy it with Ctrl+C or \u2318C.";
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
    var accessed = today(), status = element("span", "cite-status");
    status.setAttribute("role", "status");
    var link = data.page_url + "#p" + number;
    panel.replaceChildren(row("Link", [link], "Copy link", status));
    citations(data, number, accessed).forEach(function (c) {
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

  function addControl(number, data) {
    var paragraph = number.parentElement, n = paragraph.id.slice(1);
    var toggle = element("button", "cite-toggle");
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-label", "Cite paragraph " + n);
    var panel = element("span", "cite-panel");
    panel.setAttribute("role", "group");
    panel.setAttribute("aria-label", "Citation of paragraph " + n);
    panel.hidden = true;
    toggle.addEventListener("click", function () {
      var opening = toggle.getAttribute("aria-expanded") !== "true";
      openToggles().forEach(function (other) { close(other, false); });
      if (opening) {
        fill(panel, data, n);
        toggle.setAttribute("aria-expanded", "true");
        panel.hidden = false;
      }
    });
    number.after(toggle, panel);
  }

  function init() {
    var block = document.getElementById("edition-citation");
    if (!block) return;
    var data = JSON.parse(block.textContent);
    document.querySelectorAll("p.numbered[id] > a.paragraph-number").forEach(function (number) {
      var next = number.nextElementSibling;
      if (!(next && next.classList.contains("cite-toggle"))) addControl(number, data);
    });
  }

  // Escape closes the open panel and gives focus back to its button; a click elsewhere closes it.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    openToggles().forEach(function (toggle) {
      var panel = toggle.nextElementSibling;
      close(toggle, toggle === document.activeElement || panel.contains(document.activeElement));
    });
  });
  document.addEventListener("click", function (event) {
    openToggles().forEach(function (toggle) {
      if (!toggle.contains(event.target) && !toggle.nextElementSibling.contains(event.target)) close(toggle, false);
    });
  });

  // Material's instant navigation swaps the page without reloading: document$ emits on every
  // page, the first included. Without it, the page is ready at DOMContentLoaded.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
