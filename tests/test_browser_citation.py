"""The cite control and the paragraph anchors in real Chromium, served under a sub-path.

Every test runs for every text of the edition. Expected links and citations are computed
from the text's metadata and the edition's identity (tests/citeforms.py), never copied
from the page.
"""

from __future__ import annotations

import re

import pytest

from citeforms import citations, entry_key, paragraph_url
from conftest import EDITION, enable_instant_navigation, hover_at_rest, middle, reading_text
from edition.model import Plain
from test_citation import site_url

# A page-level check: it runs for every text (tests/test_added_texts.py runs it on a copy with the test texts).
pytestmark = pytest.mark.page

IDENTITY = EDITION.identity


def open_reading_page(context, base_url, slug: str, fragment: str = ""):
    tab = context.new_page()
    tab.requested = []  # every request the page makes, to show that none leaves the site
    tab.on("request", lambda request: tab.requested.append(request.url))
    tab.goto(base_url + f"{slug}/{fragment}")
    return tab


@pytest.fixture
def clipboard_context(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    origin = re.match(r"https?://[^/]+", base_url).group(0)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    yield context
    context.close()


def ask_for_the_control(tab, number: int) -> None:
    """What a reader does to cite a paragraph: turn to its number (the pointer on it)."""
    hover_at_rest(tab.locator(f"#p{number} > a.paragraph-number"))


def test_the_page_makes_no_control_until_a_reader_asks_for_one(browser, base_url, slug):
    """No work per paragraph at load (the cost of opening a page does not grow with the text): the
    button comes for the paragraph a reader turns to, by the pointer, the keyboard or its address."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = open_reading_page(context, base_url, slug)
    assert tab.locator(".cite-toggle").count() == 0
    number = middle(slug)
    tab.locator(f"#p{number} > a.paragraph-number").focus()
    assert tab.locator(".cite-toggle").count() == 0, "tabbing past a number adds no stop"
    tab.evaluate("() => addEventListener('hashchange', () => { window.hashChanged = true; }, {once: true})")
    tab.keyboard.press("Enter")  # its link followed: the paragraph chosen, its button focused
    # Once the address has changed and the focus has come (a task each): a pointer moving before
    # then is not what this asks.
    tab.wait_for_function("n => window.hashChanged && document.activeElement.matches(`#p${n} .cite-toggle`)",
                          arg=number, timeout=5000)
    assert tab.locator(".cite-toggle").count() == 1
    assert tab.locator(f"#p{number} .cite-toggle").get_attribute("aria-label") == f"Cite paragraph {number}"
    tab.evaluate("document.activeElement.blur()")  # the button keeps its place while it has the focus
    hover_at_rest(tab.locator("#p1"))  # in the margin on a wide screen: the pointer anywhere on the paragraph
    assert tab.locator("#p1 .cite-toggle").count() == 1
    context.close()


def test_the_cite_control_copies_the_link_and_each_citation(clipboard_context, base_url, slug):
    number, meta = middle(slug, 0.3), EDITION.text(slug).meta
    tab = open_reading_page(clipboard_context, base_url, slug)
    ask_for_the_control(tab, number)
    toggle = tab.get_by_role("button", name=f"Cite paragraph {number}", exact=True)
    toggle.click()
    panel = tab.locator("#cite-panel")  # one panel, under <body>: never clipped by its paragraph
    assert panel.is_visible()

    expected = [("Link", paragraph_url(meta, site_url(), number), [])]
    expected += [(c.style, c.plain, c.italics) for c in citations(meta, IDENTITY, site_url(), number)]
    rows = panel.locator(".cite-row").filter(has=tab.locator(".cite-copy"))
    assert rows.count() == len(expected)
    for index, (style, text, italics) in enumerate(expected):
        row = rows.nth(index)
        assert row.locator(".cite-label").inner_text() == style
        shown = row.locator(".cite-text")
        assert shown.inner_text() == text, style
        assert shown.locator("i").all_inner_texts() == italics, style
        status = panel.locator(".cite-status")
        tab.evaluate("navigator.clipboard.writeText('')")
        status.evaluate("element => { element.textContent = ''; }")  # the previous copy's message
        row.locator(".cite-copy").click()
        status.filter(has_text="Copied").wait_for()
        assert tab.evaluate("navigator.clipboard.readText()") == text, style
    assert all(url.startswith(base_url) for url in tab.requested), "a request to another host"


def test_the_panel_downloads_the_texts_reference_files(clipboard_context, base_url, site_dir, slug):
    """The panel links to the static BibTeX, RIS and CSL-JSON files (tests/test_reference_managers.py
    shows what Zotero makes of them), under the entry key's name."""
    meta, number = EDITION.text(slug).meta, min(3, middle(slug))
    tab = open_reading_page(clipboard_context, base_url, slug)
    ask_for_the_control(tab, number)
    tab.get_by_role("button", name=f"Cite paragraph {number}", exact=True).click()
    for label, suffix in (("BibTeX", "bib"), ("RIS", "ris"), ("CSL-JSON", "csl.json")):
        with tab.expect_download() as info:
            tab.locator("#cite-panel").get_by_role("link", name=f"Download {label}").click()
        download = info.value
        assert download.suggested_filename == f"{entry_key(meta)}.{suffix}"
        with open(download.path(), "rb") as downloaded:
            assert downloaded.read() == (site_dir / "downloads" / f"{slug}.{suffix}").read_bytes(), label
    assert all(u.startswith(base_url) for u in tab.requested), "a request to another host"


def test_without_javascript_every_paragraph_number_is_a_working_link(browser, base_url, slug):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(base_url + f"{slug}/")
    paragraphs = reading_text(slug).paragraphs
    assert tab.locator(".cite-toggle").count() == 0, "no dead control without JavaScript"
    numbers = tab.locator("p.numbered > a.paragraph-number")
    assert numbers.count() == len(paragraphs)
    for paragraph in paragraphs:
        tab.locator(f"#p{paragraph.number} > a.paragraph-number").click()
        assert tab.url.endswith(f"/edition/{slug}/#p{paragraph.number}")
    context.close()


def test_the_cite_control_works_from_the_keyboard(page, base_url, slug):
    number = middle(slug, 0.2)
    page.goto(base_url + f"{slug}/")
    page.locator(f"#p{number} > a.paragraph-number").focus()
    page.keyboard.press("Enter")  # the number's link: the paragraph chosen, its button focused
    toggle = page.get_by_role("button", name=f"Cite paragraph {number}", exact=True)
    page.wait_for_function("() => document.activeElement.matches('.cite-toggle')", timeout=3000)
    assert toggle.evaluate("element => element === document.activeElement")
    assert toggle.get_attribute("aria-expanded") == "false"
    panel = page.locator("#cite-panel")

    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and panel.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Copy link"
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not panel.is_visible()
    assert toggle.evaluate("element => element === document.activeElement"), "focus returns to the button"

    page.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "true" and panel.is_visible()
    page.keyboard.press("Escape")
    assert not panel.is_visible()


def test_the_control_leaves_a_link_to_a_paragraph_in_view_on_a_phone(browser, base_url, slug):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    number = middle(slug)
    tab = open_reading_page(context, base_url, slug, f"#p{number}")
    assert tab.locator(f"#p{number} .cite-toggle").is_visible()
    box = tab.locator(f"#p{number}").bounding_box()
    header = tab.locator("header.md-header").bounding_box()
    assert header["y"] + header["height"] <= box["y"] + 1 and box["y"] < 844 / 2
    context.close()


def words_of_plain_text(slug: str, number: int, count: int = 6) -> str:
    """Some words of a paragraph that lie in one stretch of unmarked text (no edit, term or note)."""
    paragraph = reading_text(slug).paragraphs[number - 1]
    longest = max((s.text for s in paragraph.segments if isinstance(s, Plain)), key=len)
    words = longest.split()
    return " ".join(words[1:count + 1])  # not the first word, which may be the end of a mark's word


IN_VIEWPORT = "id => { const r = document.getElementById(id).getBoundingClientRect(); " \
              "return r.bottom > 0 && r.top < innerHeight; }"


def in_viewport(tab, element_id: str) -> bool:
    return tab.evaluate(IN_VIEWPORT, element_id)


def wait_until_in_viewport(tab, element_id: str) -> bool:
    try:
        tab.wait_for_function(IN_VIEWPORT, arg=element_id, timeout=5000)
    except Exception:  # Playwright's TimeoutError: the assertion below says what failed
        return False
    return True


def test_a_text_fragment_link_scrolls_to_its_passage(page, base_url, slug):
    from urllib.parse import quote

    number = len(reading_text(slug).paragraphs) * 2 // 3 or 1
    words = words_of_plain_text(slug, number)
    page.goto(base_url + f"{slug}/#:~:text={quote(words)}")
    page.wait_for_load_state("networkidle")
    assert wait_until_in_viewport(page, f"p{number}"), f"the text fragment {words!r} did not scroll to ¶{number}"
    if number > 3:
        assert not in_viewport(page, "p1")
    page.goto(base_url + f"{slug}/#p{number}")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"#p{number}") and wait_until_in_viewport(page, f"p{number}")
    assert page.locator(f"#p{number} .cite-toggle").count() == 1


def test_the_cite_control_survives_instant_navigation(page, base_url, slug):
    """Material's instant navigation replaces the page without a reload; the control still comes,
    for every paragraph a reader turns to."""
    meta, number = EDITION.text(slug).meta, middle(slug)
    enable_instant_navigation(page, base_url)
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.sameDocument = true")
    page.locator(f"article a[href$='/{slug}/']").first.click()  # instant navigation makes hrefs absolute
    page.locator(f"#p{number}").wait_for()
    ask_for_the_control(page, number)
    page.locator(f"#p{number} .cite-toggle").wait_for()
    assert page.evaluate("window.sameDocument === true"), "the page was reloaded: no instant navigation"
    page.locator(f"#p{number} .cite-toggle").click()
    link = page.locator("#cite-panel .cite-row").first.locator(".cite-text").inner_text()
    assert link == paragraph_url(meta, site_url(), number)

    page.locator("nav a[href$='/corrections/']").first.click()
    page.wait_for_url("**/corrections/")
    page.go_back()
    page.locator(f"#p{number}").wait_for()
    assert page.evaluate("window.sameDocument === true")
    for n in (1, number, len(reading_text(slug).paragraphs)):
        ask_for_the_control(page, n)
        assert page.locator(f"#p{n} .cite-toggle").count() == 1
