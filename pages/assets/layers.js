/* The reader's choice of layers, and a way to a paragraph by its number.
   A "Marks" button in the header, beside the Witness view button, opens a small panel:
   - two checkboxes turn the glossary terms and the correction marks on and off. A layer that is
     off is a class on <html> (hide-terms, hide-edits): its marks read as plain text, and CSS
     (layers.css) takes them out of the tab order and out of reach of the pointer, so nothing is
     done per mark. The choice is kept with Material's __md_set and put on <html> by the <head>
     partial before the first paint (overrides/partials/javascripts/base.html), which also holds
     the default: corrections on, glossary terms off (a clean page, and few tab stops);
   - "Go to paragraph": the number's paragraph comes into view and its number takes the focus,
     so Tab goes on from there.
   Without JavaScript there is no panel, and every mark is a link, as it always was. */
(function () {
  "use strict";

  var KEY = "edition.layers";
  var root = document.documentElement;
  var LAYERS = [["terms", "Glossary terms"], ["edits", "Corrections"]];
  var counter = 0;
  var SVG = "http://www.w3.org/2000/svg";
  // Material Design Icons' "layers" (Apache 2.0), the icon beside the word and alone on a phone.
  var LAYERS_ICON = "M12,16L19.36,10.27L21,9L12,2L3,9L4.63,10.27M12,18.54L4.62,12.81L3,14.07L12,21.07L21,14.07L19.37,12.8L12,18.54Z";

  function shown(layer) { return !root.classList.contains("hide-" + layer); }

  function show(layer, on) {
    root.classList.toggle("hide-" + layer, !on);
    var state = {};
    LAYERS.forEach(function (l) { state[l[0]] = shown(l[0]); });
    window.__md_set(KEY, state);  // a refusal is caught inside: the choice lasts for this page
  }

  var element = window.edition.element;

  function paragraphs() { return document.querySelectorAll(".md-content p.numbered[id^='p']"); }

  function goTo(number, status) {
    var paragraph = document.getElementById("p" + number);
    var count = paragraphs().length;
    if (!/^\d+$/.test(number) || !paragraph || !paragraph.classList.contains("numbered")) {
      status.textContent = "There is no paragraph " + (number || "without a number") +
                           ": the paragraphs are numbered 1 to " + count + ".";
      return false;
    }
    location.hash = "p" + number;  // an address to come back to, as a click on the number gives
    var link = paragraph.querySelector("a.paragraph-number");
    if (link) link.focus({ preventScroll: true });
    return true;
  }

  function panel(id) {
    var box = element("div", "layers-panel edition-panel");
    box.id = id;
    box.hidden = true;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Marks and paragraphs");
    LAYERS.forEach(function (layer) {
      var label = element("label", "layers-option");
      var input = element("input");
      input.type = "checkbox";
      input.checked = shown(layer[0]);
      input.setAttribute("data-layer", layer[0]);
      label.append(input, document.createTextNode(" " + layer[1]));
      box.append(label);
    });
    var form = element("form", "layers-goto");
    var field = element("input");
    field.type = "text";
    field.inputMode = "numeric";
    field.pattern = "[0-9]*";
    field.id = id + "-paragraph";
    field.autocomplete = "off";
    field.size = 4;
    var label = element("label", "", "Go to paragraph");
    label.htmlFor = field.id;
    var go = element("button", "", "Go");
    go.type = "submit";
    var status = element("span", "layers-status");
    status.setAttribute("role", "status");
    form.append(label, field, go);
    box.append(form, status);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (goTo(field.value.trim(), status)) close(box, false);
    });
    box.addEventListener("change", function (event) {
      var layer = event.target.getAttribute("data-layer");
      if (layer) show(layer, event.target.checked);
    });
    return box;
  }

  function close(box, returnFocus) {
    var button = document.querySelector("[aria-controls='" + box.id + "']");
    box.hidden = true;
    if (button) {
      button.setAttribute("aria-expanded", "false");
      if (returnFocus) button.focus();
    }
  }

  function control() {
    var wrap = element("span", "layers");
    var button = element("button", "layers-switch header-switch");
    var icon = document.createElementNS(SVG, "svg"), path = document.createElementNS(SVG, "path");
    icon.setAttribute("viewBox", "0 0 24 24");
    icon.setAttribute("aria-hidden", "true");
    icon.setAttribute("class", "layers-icon");
    path.setAttribute("d", LAYERS_ICON);
    icon.append(path);
    button.append(icon, element("span", "layers-word", "Marks"));  // the word on a wide screen
    var id = "layers-panel-" + (++counter);
    button.type = "button";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", id);
    button.setAttribute("aria-label", "Marks shown, and go to a paragraph");
    var box = null;
    button.addEventListener("click", function () {
      if (!box) { box = panel(id); wrap.append(box); }
      var opening = box.hidden;
      if (!opening) { close(box, false); return; }
      box.querySelectorAll("[data-layer]").forEach(function (input) {
        input.checked = shown(input.getAttribute("data-layer"));
      });
      box.querySelector(".layers-status").textContent = "";
      box.hidden = false;
      button.setAttribute("aria-expanded", "true");
    });
    wrap.append(button);
    return wrap;
  }

  function openPanels() { return document.querySelectorAll(".layers-panel:not([hidden])"); }

  // Escape, a click elsewhere or focus moving elsewhere closes the panel.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    openPanels().forEach(function (box) { close(box, box.parentNode.contains(document.activeElement)); });
  });
  document.addEventListener("click", function (event) {
    openPanels().forEach(function (box) { if (!box.parentNode.contains(event.target)) close(box, false); });
  });
  document.addEventListener("focusout", function (event) {
    var to = event.relatedTarget;
    if (!to) return;
    openPanels().forEach(function (box) {
      if (box.parentNode.contains(event.target) && !box.parentNode.contains(to)) close(box, false);
    });
  });

  function setUp() {
    var header = document.querySelector(".md-header__inner");
    var existing = document.querySelector(".md-header .layers");
    var reading = paragraphs().length > 0;
    if (existing && !reading) existing.remove();  // instant navigation to a page without text
    if (!reading || existing || !header) return;
    header.insertBefore(control(), header.querySelector("[data-md-component=palette]") ||
                                   header.querySelector("[for=__search]"));
  }

  window.edition.onPage(setUp);
})();
