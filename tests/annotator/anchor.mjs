// Anchors Web Annotations with Apache Annotator (@apache-annotator/dom, the W3C selectors' reference
// implementation) in the documents they target, parsed by jsdom: an HTML page (a FragmentSelector
// naming an element by id, refined by a TextQuoteSelector and a TextPositionSelector within it)
// or a plain-text file (the two selectors over the whole text).
// stdin: {"documents": {url: {"type": "html"|"text", "content": "..."}}, "annotations": [...]}
// stdout: for each annotation and each target, {"id", "source", "quote": [texts of every match],
//   "position": text at the position, "expected": the quote's exact} (or "error").
import fs from "node:fs";
import { JSDOM } from "jsdom";
import { createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } from "@apache-annotator/dom";

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const windows = {};

function scopeOf(source, fragment) {
  const document = input.documents[source];
  if (!document) throw new Error(`no document for ${source}`);
  if (!windows[source]) {
    windows[source] = document.type === "html"
      ? new JSDOM(document.content).window
      : new JSDOM("<!DOCTYPE html><pre></pre>").window;
    if (document.type !== "html") windows[source].document.querySelector("pre").textContent = document.content;
  }
  // The matchers use the DOM's globals (Node, NodeFilter, Range) as a browser has them.
  for (const name of ["Node", "NodeFilter", "Range", "Text"]) globalThis[name] = windows[source][name];
  const { document: dom } = windows[source];
  const element = fragment === null ? dom.querySelector("pre") : dom.getElementById(fragment);
  if (!element) throw new Error(`no element #${fragment} in ${source}`);
  const range = dom.createRange();
  range.selectNodeContents(element);
  return range;
}

// Positions are counted in code points (the Web Annotation model); Apache Annotator counts UTF-16 units.
function utf16(range, codePoint) {
  return Array.from(range.toString()).slice(0, codePoint).join("").length;
}

async function anchor(target) {
  let selectors = target.selector;
  let fragment = null;
  if (!Array.isArray(selectors) && selectors.type === "FragmentSelector") {
    fragment = selectors.value;
    selectors = selectors.refinedBy;
  }
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  const position = selectors.find((s) => s.type === "TextPositionSelector");
  const scope = scopeOf(target.source, fragment);
  const quoted = [];
  for await (const match of createTextQuoteSelectorMatcher(quote)(scope)) quoted.push(match.toString());
  const at = { type: "TextPositionSelector", start: utf16(scope, position.start), end: utf16(scope, position.end) };
  let positioned = null;
  for await (const match of createTextPositionSelectorMatcher(at)(scope)) positioned = match.toString();
  return { source: target.source, quote: quoted, position: positioned, expected: quote.exact };
}

const results = [];
for (const annotation of input.annotations) {
  for (const target of [].concat(annotation.target)) {
    try {
      results.push({ id: annotation.id, ...(await anchor(target)) });
    } catch (error) {
      results.push({ id: annotation.id, source: target.source, error: String(error) });
    }
  }
}
process.stdout.write(JSON.stringify(results));
