"""Shared fixtures: a built site, served over HTTP under a sub-path, and a real Chromium.

Browser tests need Debian's chromium. On a developer's laptop without it they are
skipped with the reason printed; under CI (CI=true) a missing browser is a failure.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from edition.load import load_edition
from edition.transform import transform

ROOT = Path(__file__).resolve().parent.parent

# The edition the page-level tests check: every text in source/, each with its own expectations.
EDITION = load_edition(ROOT)
READING = transform(EDITION)
SLUGS = [text.slug for text in EDITION.texts]


def reading_text(slug: str):
    """The transformed text (paragraphs of segments) with this slug."""
    return next(t for t in READING.texts if t.text.slug == slug)


def pytest_generate_tests(metafunc):
    """A test that takes `slug` runs once for every text of the edition."""
    if "slug" in metafunc.fixturenames:
        metafunc.parametrize("slug", SLUGS)
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SUB_PATH = "/edition/"


def run_cli(*args: str, root: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    """build_site.py as a user runs it."""
    return subprocess.run([sys.executable, str(ROOT / "build_site.py"), *args, "--root", str(root)],
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The real edition, built once for the session."""
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


@pytest.fixture(scope="session")
def base_url(site_dir, tmp_path_factory) -> str:
    """The site served as GitHub Pages serves a project site: under a sub-path."""
    www = tmp_path_factory.mktemp("www")
    shutil.copytree(site_dir, www / SUB_PATH.strip("/"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(www)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        reason = f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI must install it")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


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
        root.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
        shutil.copytree(ROOT / "overrides", root / "overrides", dirs_exist_ok=True)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        for meta in (root / "source").glob("*.yaml"):
            if meta.with_suffix(".txt").exists() and "sha256:" not in meta.read_text(encoding="utf-8"):
                record_witness_hash(meta)
        (root / "pages").mkdir(exist_ok=True)
        return root
    return make


def record_witness_hash(meta: Path) -> None:
    """Record the hash of the text in its metadata, `sha256: <hash>`, as an editor does."""
    digest = hashlib.sha256(meta.with_suffix(".txt").read_bytes()).hexdigest()
    content = re.sub(r"^sha256:.*\n?", "", meta.read_text(encoding="utf-8"), flags=re.MULTILINE)
    meta.write_text(content.rstrip("\n") + f"\nsha256: {digest}\n", encoding="utf-8")


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
