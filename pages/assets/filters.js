/* The Corrections list narrowed by kind and confidence (and by text, when there are several).
 * Without JavaScript the whole list shows; the controls are made from the list itself, so
 * they offer only the kinds, confidences and texts it has. One listener, on the document.
 * The list's tables are those whose first cell holds a correction's anchor (render.py); the
 * kind's and the confidence's columns are found by the table's own header ("Kind", "Confidence"),
 * so a column added or moved in render.py needs nothing here.
 */
(function () {
  "use strict";

  var ROWS = "table tbody tr:has(> td:first-child > a[id])";

  function tableOf(row) { return row.closest("table"); }

  // A row's cell under the header `name`.
  function cell(row, name) {
    var table = tableOf(row), header = table.tHead && table.tHead.rows[0];
    var index = header ? Array.prototype.findIndex.call(header.cells, function (th) {
      return th.textContent.trim() === name;
    }) : -1;
    return index >= 0 ? row.cells[index].textContent.trim() : "";
  }

  // The text a table belongs to: the section heading (h2) before it.
  function textOf(table) {
    var node = table.closest(".md-typeset__scrollwrap") || table;
    while (node && node.previousElementSibling) {
      node = node.previousElementSibling;
      if (node.tagName === "H2") return node;
    }
    return null;
  }

  function select(name, label, values) {
    // The label names the control exactly ("Kind", not "Kind All"): a label beside it, not around it.
    var wrapper = document.createElement("div");
    var caption = document.createElement("label");
    caption.textContent = label;
    caption.htmlFor = "corrections-filter-" + name;
    wrapper.appendChild(caption);
    var control = document.createElement("select");
    control.name = name;
    control.id = caption.htmlFor;
    [["", "All"]].concat(values).forEach(function (value) {
      var option = document.createElement("option");
      option.value = value[0];
      option.textContent = value[1];
      control.appendChild(option);
    });
    wrapper.appendChild(control);
    return wrapper;
  }

  function distinct(rows, column) {
    var seen = [];
    rows.forEach(function (row) {
      var value = cell(row, column);
      if (seen.indexOf(value) < 0) seen.push(value);
    });
    return seen.map(function (value) { return [value, value]; });
  }

  function apply(form) {
    var article = form.closest("article");
    var rows = Array.prototype.slice.call(article.querySelectorAll(ROWS));
    var kind = form.elements.kind.value, confidence = form.elements.confidence.value;
    var text = form.elements.text ? form.elements.text.value : "";
    var shown = 0;
    rows.forEach(function (row) {
      var heading = textOf(tableOf(row));
      var match = (!kind || cell(row, "Kind") === kind) &&
                  (!confidence || cell(row, "Confidence") === confidence) &&
                  (!text || (heading && heading.id === text));
      row.hidden = !match;
      if (match) shown++;
    });
    form.querySelector("output").textContent = shown + " of " + rows.length + " corrections shown";
  }

  function setUp() {
    var article = document.querySelector(".md-content article") || document.querySelector("article");
    if (!article || article.querySelector(".corrections-filter")) return;
    var rows = Array.prototype.slice.call(article.querySelectorAll(ROWS));
    if (!rows.length) return;
    var form = document.createElement("form");
    form.className = "corrections-filter";
    form.setAttribute("aria-label", "Filter the corrections");
    var tables = [];
    rows.forEach(function (row) { if (tables.indexOf(tableOf(row)) < 0) tables.push(tableOf(row)); });
    if (tables.length > 1) {
      form.appendChild(select("text", "Text", tables.map(function (table) {
        var heading = textOf(table);
        return [heading ? heading.id : "", heading ? heading.textContent.replace(/\s*¶\s*$/, "").trim() : ""];
      })));
    }
    form.appendChild(select("kind", "Kind", distinct(rows, "Kind")));
    form.appendChild(select("confidence", "Confidence", distinct(rows, "Confidence")));
    var output = document.createElement("output");
    output.setAttribute("role", "status");
    output.setAttribute("aria-live", "polite");
    form.appendChild(output);
    var intro = article.querySelector("h1 + p") || article.querySelector("h1");
    intro.insertAdjacentElement("afterend", form);
    apply(form);
  }

  document.addEventListener("submit", function (event) {
    if (event.target.matches && event.target.matches("form.corrections-filter")) event.preventDefault();
  });
  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form.corrections-filter");
    if (form) apply(form);
  });

  window.edition.onPage(setUp);
})();
