// Formats CSL-JSON items with CSL styles by citeproc-js, the processor Zotero uses.
// stdin: {"locale": path, "jobs": [{"style": path, "items": [CSL-JSON], "cites": [{"id", "locator", "label"}]}]}
// stdout: for each job, {"text": {"bibliography": [...], "citation": "..."}, "html": {...}}.
"use strict";
const fs = require("fs");
const CSL = require("citeproc");

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const locale = fs.readFileSync(input.locale, "utf8");
const results = input.jobs.map((job) => {
  const items = Object.fromEntries(job.items.map((item) => [item.id, item]));
  const sys = { retrieveLocale: () => locale, retrieveItem: (id) => items[id] };
  const style = fs.readFileSync(job.style, "utf8");
  const result = {};
  const engine = new CSL.Engine(sys, style, "en-US");  // one per style: parsing a style is the slow part
  engine.updateItems(Object.keys(items));
  for (const format of ["text", "html"]) {
    engine.setOutputFormat(format);
    const bibliography = engine.makeBibliography();
    const citation = engine.previewCitationCluster(
      { citationItems: job.cites, properties: { noteIndex: 1 } }, [], [], format);
    result[format] = { bibliography: bibliography ? bibliography[1].map((e) => e.trim()) : [], citation };
  }
  return result;
});
process.stdout.write(JSON.stringify(results));
