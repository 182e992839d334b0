"""The output gate: every file the build made, checked as a last step before it replaces the site.

Each entry is judged alone when it is read (edition/safety.py), but a page is made of many
entries, the theme and the configuration; what they make together is judged here, on the
built files themselves:

- HTML pages and the EPUBs' XHTML: no `<script>` but the site's own (a file of the site, an
  inline script whose SHA-256 the page's Content-Security-Policy lists, or a JSON data block
  that parses), no event-handler attribute (`on…`), no `<base>`, frame, object or embed, no
  `<meta http-equiv>` but the policy; every URL in `href`, `src`, `srcset`, `action`,
  `formaction`, `xlink:href`, `poster`, `data` is http, https, mailto or a path of the site;
  nothing fetched from another host; every id once;
- XML (the TEI, the EPUBs' parts, the sitemap, SVG): well-formed XML 1.0, ids once;
- JSON (the edition, its schema, the Web Annotations, CSL-JSON, the marks data, the search
  index): parses, without NaN or Infinity;
- BibTeX, RIS and plain text: UTF-8 holding no control character;
- stylesheets: no `url()` or `@import` of another host.

A finding names the built file and, in a page, the id of the element it is in or after, which
`origins` maps to the entry that wrote it (a note, a correction, a term): the build then fails
at the entry's line where that can be known, else at the built file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import xml.parsers.expat
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from .problems import Origin, Problem, short

SCHEMES = frozenset({"http", "https", "mailto"})
URL_ATTRIBUTES = frozenset({"href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data",
                            "background", "ping", "manifest", "cite"})
# Attributes a browser fetches from at once (a link's href only for these relations).
FETCHED = frozenset({"src", "srcset", "poster", "data", "background", "manifest"})
FETCHED_LINKS = frozenset({"stylesheet", "icon", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch",
                           "manifest", "apple-touch-icon", "mask-icon", "prerender"})
REFUSED_ELEMENTS = frozenset({"base", "iframe", "frame", "frameset", "object", "embed", "applet", "portal"})
DATA_SCRIPTS = frozenset({"application/json", "application/ld+json"})
JS_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_URL_NOISE = re.compile(r"[\t\n\r]")
_LEADING = re.compile(r"^[\x00-\x20]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])\s*((?:[a-zA-Z][a-zA-Z0-9+.\-]*:)?//[^'")\s]*)""")
_POLICY_SCRIPTS = re.compile(r"script-src\s([^;]*)")


@dataclass(frozen=True)
class Finding:
    file: str          # relative to the site; an EPUB's part as downloads/x.epub!EPUB/part.xhtml
    reason: str
    near: str = ""     # the id of the element the finding is in or after, in a page


def script_digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def url_problem(value: str, own_host: str, fetched: bool) -> str:
    """Why a URL may not stand in the site ("" if it may)."""
    url = _LEADING.sub("", _URL_NOISE.sub("", value))
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() not in SCHEMES:
        return f"has the scheme {short(scheme.group(1).lower())} ({short(value, 80)})"
    if scheme or url.startswith("//"):
        host = urlsplit(url if scheme else "https:" + url).hostname or ""
        if fetched and host != own_host:
            return f"fetches from another host ({short(value, 80)})"
        if not scheme:
            return f"has an address without a scheme ({short(value, 80)})"
    return ""


class _Page(HTMLParser):
    """One HTML or XHTML document's findings, as the parser meets its elements."""

    def __init__(self, name: str, own_host: str):
        super().__init__(convert_charrefs=True)
        self.name, self.own_host = name, own_host
        self.findings: list[Finding] = []
        self.ids: set[str] = set()
        self.near = ""
        self.allowed_scripts: set[str] = set()
        self.script: tuple[str, list[str]] | None = None  # an open inline script: its type and text

    def find(self, reason: str) -> None:
        self.findings.append(Finding(self.name, reason, self.near))

    def handle_starttag(self, tag, attrs):
        attributes = {name.lower(): value or "" for name, value in attrs}
        if "id" in attributes:
            id = attributes["id"]
            if id in self.ids:
                self.find(f"the id {short(id)} is given twice")
            self.ids.add(id)
            self.near = id
        if tag in REFUSED_ELEMENTS:
            self.find(f"a <{tag}> element")
        if tag == "meta" and "http-equiv" in attributes:
            if attributes["http-equiv"].lower() == "content-security-policy":
                found = _POLICY_SCRIPTS.search(attributes.get("content", ""))
                self.allowed_scripts |= set(found.group(1).split()) if found else set()
            else:
                self.find(f"a <meta http-equiv={short(attributes['http-equiv'])}>")
        for name, value in attributes.items():
            if name.startswith("on"):
                self.find(f"an event-handler attribute {short(name)} on <{tag}>")
            elif name in URL_ATTRIBUTES:
                rel = set(attributes.get("rel", "").lower().split())
                fetched = name in FETCHED or (tag == "link" and name == "href" and bool(rel & FETCHED_LINKS))
                urls = [part.strip().split(" ")[0] for part in value.split(",")] if name == "srcset" else [value]
                for url in urls:
                    reason = url_problem(url, self.own_host, fetched)
                    if reason:
                        self.find(f"an <{tag} {name}> that {reason}")
        if tag == "script":
            kind = attributes.get("type", "").lower().strip()
            if "src" not in attributes:
                self.script = (kind, [])
            elif kind not in JS_TYPES:
                self.find(f"a <script> of type {short(kind)} with a src")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.handle_endtag(tag)

    def handle_data(self, data):
        if self.script is not None:
            self.script[1].append(data)

    def handle_endtag(self, tag):
        if tag != "script" or self.script is None:
            return
        kind, parts = self.script
        self.script = None
        text = "".join(parts)
        if kind in DATA_SCRIPTS:
            try:
                _strict_json(text)
            except ValueError as error:
                self.find(f"a JSON data block that does not parse ({short(str(error), 80)})")
        elif kind in JS_TYPES:
            if script_digest(text) not in self.allowed_scripts:
                self.find(f"an inline script that is not the site's own (its hash is not in the page's "
                          f"Content-Security-Policy): {short(' '.join(text.split()), 80)}")
        else:
            self.find(f"a <script> of type {short(kind)}")


def _strict_json(text: str) -> object:
    def refuse(constant: str) -> object:
        raise ValueError(f"{constant} is not JSON")
    return json.loads(text, parse_constant=refuse)


def _xml_findings(name: str, data: bytes, own_host: str) -> list[Finding]:
    """Well-formed XML 1.0; an XHTML document is also judged as a page."""
    parser = xml.parsers.expat.ParserCreate()
    ids: set[str] = set()
    findings: list[Finding] = []

    def start(tag, attributes):
        for key in ("xml:id", "id"):
            if key in attributes:
                if attributes[key] in ids:
                    findings.append(Finding(name, f"the id {short(attributes[key])} is given twice", attributes[key]))
                ids.add(attributes[key])

    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as error:
        return [Finding(name, f"is not well-formed XML: {xml.parsers.expat.ErrorString(error.code)} at line "
                        f"{error.lineno}")]
    if name.endswith((".xhtml", ".html", ".svg")):
        page = _Page(name, own_host)
        page.allowed_scripts = set()
        page.feed(data.decode("utf-8"))
        page.close()
        findings += [f for f in page.findings if "id " not in f.reason or "twice" not in f.reason]
    return findings


def _text_findings(name: str, data: bytes) -> list[Finding]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return [Finding(name, f"is not UTF-8 (byte {error.start})")]
    control = _CONTROL.search(text)
    return [Finding(name, f"holds the control character U+{ord(control.group()):04X}")] if control else []


def check_file(name: str, data: bytes, own_host: str) -> list[Finding]:
    """The findings in one built file (`name` relative to the site)."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix == "html":
        page = _Page(name, own_host)
        text = data.decode("utf-8", errors="replace")
        page.feed(text)
        page.close()
        return page.findings
    if suffix in ("xml", "xhtml", "opf", "ncx", "svg"):
        return _xml_findings(name, data, own_host)
    if suffix in ("json", "jsonld"):
        try:
            _strict_json(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            return [Finding(name, f"is not valid JSON: {short(str(error), 100)}")]
        return []
    if suffix in ("bib", "ris", "txt"):
        return _text_findings(name, data)
    if suffix == "css":
        return [Finding(name, f"fetches from another host: {short(url, 80)}")
                for url in _CSS_URL.findall(data.decode("utf-8", errors="replace"))
                if (urlsplit(url if ":" in url.split("//")[0] else "https:" + url).hostname or "") != own_host]
    if suffix == "epub":
        return _epub_findings(name, data, own_host)
    return []


def _epub_findings(name: str, data: bytes, own_host: str) -> list[Finding]:
    import io

    findings = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for entry in archive.infolist():
            if entry.filename.endswith((".xhtml", ".html", ".opf", ".ncx", ".xml", ".svg")):
                findings += check_file(f"{name}!{entry.filename}", archive.read(entry), own_host)
    return findings


def check_site(site: Path, site_url: str) -> list[Finding]:
    """Every finding in every file of a built site, in the order of their paths."""
    own_host = urlsplit(site_url).hostname or ""
    findings = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        findings += check_file(path.relative_to(site).as_posix(), path.read_bytes(), own_host)
    return findings


def as_problems(findings: list[Finding], origins: dict[tuple[str, str], Origin], site_name: str) -> list[Problem]:
    """Each finding at the entry that wrote it where `origins` knows it, else at the built file."""
    problems = []
    for finding in findings:
        origin = origins.get((finding.file, finding.near)) or origins.get((finding.file, "*"))
        where = origin or Origin(f"{site_name}/{finding.file}", 1, "built file")
        problems.append(Problem(where, f"the built page holds, at this entry, {finding.reason}" if origin else
                                f"holds {finding.reason}"))
    return list(dict.fromkeys(problems))


def entry_origins(edition) -> dict[tuple[str, str], Origin]:
    """Where each entry's anchors are in the built site, with the entry's origin."""
    origins: dict[tuple[str, str], Origin] = {}
    for note in edition.notes:
        for anchor in (f"fn:{note.id}", f"fnref:{note.id}"):
            origins[(f"{note.text}/index.html", anchor)] = note.origin
        origins[("notes/index.html", note.id)] = note.origin
    for correction in edition.corrections:
        origins[(f"{correction.text}/index.html", f"c-{correction.id}")] = correction.origin
        origins[("corrections/index.html", correction.id)] = correction.origin
    for term in edition.terms:
        origins[("glossary/index.html", term.id)] = term.origin
    return origins


def page_origins(static_dir: Path) -> dict[tuple[str, str], Origin]:
    """Each hand-written page's place in the built site, with its file: a finding anywhere in it is the page's."""
    return {(("index.html" if path.stem == "index" else f"{path.stem}/index.html"), "*"):
            Origin(f"{static_dir.name}/{path.name}", 1, "page") for path in sorted(static_dir.glob("*.md"))}
