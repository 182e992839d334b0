// Runs the Schematron rules that TEI embeds in a RELAX NG schema (tei_all.rng: `sch:ns` and
// `pattern` elements in the ISO Schematron namespace) on XML files, with node-schematron.
// argv: the .rng file, then the files to check. stdout: {file: [{role, message}, ...]} (a failed
// assert or a fired report each; an empty list is a clean file).
import fs from "node:fs";
import { Schema } from "node-schematron";
import { parseXmlDocument, serializeToWellFormedString } from "slimdom";

const SCH = "http://purl.oclc.org/dsdl/schematron";
const [rng, ...files] = process.argv.slice(2);
const grammar = parseXmlDocument(fs.readFileSync(rng, "utf8"));
const parts = [];
const prefixes = new Set();
for (const element of grammar.getElementsByTagNameNS(SCH, "*")) {
  if (element.localName === "ns" && !prefixes.has(element.getAttribute("prefix"))) {
    prefixes.add(element.getAttribute("prefix"));
    parts.push(serializeToWellFormedString(element));
  } else if (element.localName === "pattern") {
    // XSLT's current() (the rule's context node in the xslt2 binding) is not an XPath function,
    // and fontoxpath has none: bound once as a variable, it means the same (TEI's rules on l and
    // lg, spanTo, moduleRef and prefixDef use it).
    for (const test of element.getElementsByTagNameNS(SCH, "*")) {
      const expression = test.getAttribute("test");
      if (expression && expression.includes("current()")) {
        test.setAttribute("test", `let $current := . return (${expression.replaceAll("current()", "$current")})`);
      }
    }
    parts.push(serializeToWellFormedString(element));
  }
}
const schema = Schema.fromString(`<schema xmlns="${SCH}" queryBinding="xslt2">${parts.join("\n")}</schema>`);
const results = {};
for (const file of files) {
  results[file] = schema.validateString(fs.readFileSync(file, "utf8")).map((r) => ({
    role: r.isReport ? "report" : "assert",
    message: r.message.replace(/\s+/g, " ").trim(),
  }));
}
process.stdout.write(JSON.stringify({ patterns: parts.length - prefixes.size, results }));
