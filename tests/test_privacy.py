"""No request leaves the site's own origin: no web fonts, no CDN, no analytics."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from conftest import SLUGS, reading_text

# A page-level check: it runs for every text (tests/test_added_texts.py runs it on a copy with the test texts).
pytestmark = pytest.mark.page

PAGES = ["", *(f"{slug}/" for slug in SLUGS), "corrections/", "notes/", "glossary/", "about/", "how-to-cite/",
         "404.html", "no-such-page/"]


def search_word(slug: str) -> str:
    """A word a reader might search for on this text's page: the longest word of its first paragraph."""
    first = reading_text(slug).paragraphs[0].reading
    words = [w.strip(".,;:!?\"'()“”’") for w in first.split()]
    # A script written without spaces (Chinese): the longest run of letters.
    words = [w for w in words if w.isalpha()] or re.findall(r"[^\W\d_]+", first)
    return max(words, key=len)


def test_every_page_requests_only_its_own_origin(browser, base_url):
    own = urlsplit(base_url).netloc
    context = browser.new_context()
    requested: list[tuple[str, str]] = []
    context.on("request", lambda request: requested.append((page_name[0], request.url)))
    page = context.new_page()
    page_name = [""]
    for name in PAGES:
        page_name[0] = name or "home"
        page.goto(base_url + name)
        page.wait_for_load_state("networkidle")
        if name.rstrip("/") in SLUGS:
            # What a reader sets off: search (its index and worker), the palette, a tooltip.
            page.locator("input.md-search__input").click()
            page.keyboard.type(search_word(name.rstrip("/")))
            page.locator(".md-search-result__item").first.wait_for()
            page.keyboard.press("Escape")
            text = reading_text(name.rstrip("/"))
            if text.corrections or text.notes:  # a text with neither has no popover to open
                page.locator("p.numbered a.edit, a.footnote-ref").first.hover()  # a popover fetches the marks data
            page.locator("form[data-md-component=palette] label:visible").click()
            page.wait_for_load_state("networkidle")
    context.close()
    assert len({name for name, _ in requested}) == len(PAGES), "every page made requests"
    elsewhere = [(name, url) for name, url in requested
                 if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != own]
    assert elsewhere == []


def test_the_html_names_no_other_host(site_dir):
    """What a browser might fetch later (preconnect, prefetch, fonts) is in the HTML's link and script tags."""
    from bs4 import BeautifulSoup

    for html in sorted(site_dir.rglob("*.html")):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.select("link[href], script[src], img[src], iframe[src], source[src]"):
            address = tag.get("href") or tag.get("src")
            if tag.name == "link" and tag.get("rel") and set(tag["rel"]) <= {"canonical", "alternate"}:
                continue  # the published address, named for citation, never fetched
            assert not urlsplit(address).netloc, (str(html.relative_to(site_dir)), str(tag)[:120])
