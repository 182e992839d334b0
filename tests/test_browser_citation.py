"""The cite control and the paragraph anchors in real Chromium, served under a sub-path.

Expected links and citations are computed from source/section-3.yaml and mkdocs.yml
(tests/test_citation.py), never copied from the page.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from conftest import ROOT, enable_instant_navigation
from edition.load import load_edition
from edition.model import Plain
from edition.transform import transform
from test_citation import citations, entry_key, mkdocs_config, page_url, paragraph_url, site_url, text_meta

META = text_meta()
READING = transform(load_edition(ROOT)).texts[0]
# A day whose month MLA abbreviates to four letters, so that the reader's date is seen to be used.
ACCESSED = date(2025, 9, 5)


def open_reading_page(context, base_url, fragment: str = ""):
    tab = context.new_page()
    tab.requested = []  # every request the page makes, to show that none leaves the site
    tab.on("request", lambda request: tab.requested.append(request.url))
    tab.clock.set_fixed_time(datetime(ACCESSED.year, ACCESSED.month, ACCESSED.day, 12, 0))
    tab.goto(base_url + f"{META['slug']}/{fragment}")
    tab.wait_for_load_state("networkidle")
    return tab


@pytest.fixture
def clipboard_context(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    origin = re.match(r"https?://[^/]+", base_url).group(0)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    yield context
    context.close()


def test_the_cite_control_copies_the_link_and_each_citation(clipboard_context, base_url):
    number = 7
    tab = open_reading_page(clipboard_context, base_url)
    toggle = tab.get_by_role("button", name=f"Cite paragraph {number}", exact=True)
    toggle.click()
    panel = tab.locator(f"#p{number} .cite-panel")
    assert panel.is_visible()

    expected = [("Link", paragraph_url(META, site_url(), number), [])]
    expected += [(c.style, c.plain, c.italics) for c in citations(META, site_url(), number, ACCESSED)]
    rows = panel.locator(".cite-row").filter(has=tab.locator(".cite-copy"))
    assert rows.count() == len(expected)
    for index, (style, text, italics) in enumerate(expected):
        row = rows.nth(index)
        assert row.locator(".cite-label").inner_text() == style
        shown = row.locator(".cite-text")
        assert shown.inner_text() == text, style
        assert shown.locator("i").all_inner_texts() == italics, style
        status = tab.locator(f"#p{number} .cite-status")
        tab.evaluate("navigator.clipboard.writeText('')")
        status.evaluate("element => { element.textContent = ''; }")  # the previous copy's message
        row.locator(".cite-copy").click()
        status.filter(has_text="Copied").wait_for()
        assert tab.evaluate("navigator.clipboard.readText()") == text, style
    assert all(url.startswith(base_url) for url in tab.requested), "a request to another host"


def fields_of_bibtex(entry: str) -> tuple[str, str, dict[str, str]]:
    match = re.fullmatch(r"@(\w+)\{([^,\s]+),\n((?:  \w+ = \{.*\},?\n)+)\}\n", entry)
    assert match, entry
    kind, key, body = match.groups()
    fields = dict(re.findall(r"^  (\w+) = \{(.*)\},?$", body, re.M))
    for value in fields.values():
        assert value.count("{") == value.count("}"), value
    return kind, key, fields


def test_the_bibtex_and_ris_downloads_parse(clipboard_context, base_url):
    tab = open_reading_page(clipboard_context, base_url)
    tab.get_by_role("button", name="Cite paragraph 3", exact=True).click()
    url = page_url(META, site_url())

    with tab.expect_download() as info:
        tab.locator("#p3").get_by_role("button", name="Download BibTeX").click()
    download = info.value
    assert download.suggested_filename == entry_key(META) + ".bib"
    kind, key, fields = fields_of_bibtex(open(download.path(), encoding="utf-8").read())
    assert (kind, key) == ("incollection", entry_key(META))
    assert {"author", "title", "booktitle", "year", "url", "urldate"} <= set(fields)
    given = META["author"].removeprefix(META["author_family"]).strip()
    assert fields["author"] == f"{META['author_family']}, {given}"  # "Last, First": BibTeX's own form
    assert fields["title"] == META["section_title"]
    assert fields["booktitle"] == mkdocs_config()["site_name"]
    assert (fields["year"], fields["date"]) == (META["date"][:4], META["date"])
    assert (fields["url"], fields["urldate"]) == (url, ACCESSED.isoformat())
    assert fields["chapter"] == META["section"]

    with tab.expect_download() as info:
        tab.locator("#p3").get_by_role("button", name="Download RIS").click()
    download = info.value
    assert download.suggested_filename == entry_key(META) + ".ris"
    lines = open(download.path(), encoding="utf-8", newline="").read().split("\r\n")
    assert lines.pop() == ""
    tags = [re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line) for line in lines]
    assert all(tags), lines
    pairs = [m.groups() for m in tags]
    assert pairs[0] == ("TY", "CHAP") and pairs[-1] == ("ER", "")
    record = dict(pairs[1:-1])
    assert len(record) == len(pairs) - 2, "a tag is repeated"
    assert record["AU"] == f"{META['author_family']}, {given}" and record["TI"] == META["section_title"]
    assert record["T2"] == mkdocs_config()["site_name"]
    assert (record["PY"], record["DA"]) == (META["date"][:4], META["date"].replace("-", "/"))
    assert (record["UR"], record["Y2"]) == (url, ACCESSED.strftime("%Y/%m/%d"))
    origin = re.match(r"https?://[^/]+", base_url).group(0)
    assert all(u.startswith((base_url, "blob:" + origin)) for u in tab.requested), "a request to another host"


def test_without_javascript_every_paragraph_number_is_a_working_link(browser, base_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(base_url + f"{META['slug']}/")
    assert tab.locator(".cite-toggle").count() == 0, "no dead control without JavaScript"
    numbers = tab.locator("p.numbered > a.paragraph-number")
    assert numbers.count() == len(READING.paragraphs)
    for paragraph in READING.paragraphs:
        tab.locator(f"#p{paragraph.number} > a.paragraph-number").click()
        assert tab.url.endswith(f"/edition/{META['slug']}/#p{paragraph.number}")
    context.close()


def test_the_cite_control_works_from_the_keyboard(page, base_url):
    number = 5
    page.goto(base_url + f"{META['slug']}/")
    page.wait_for_load_state("networkidle")
    page.locator(f"#p{number} > a.paragraph-number").focus()
    page.keyboard.press("Tab")
    toggle = page.get_by_role("button", name=f"Cite paragraph {number}", exact=True)
    assert toggle.evaluate("element => element === document.activeElement")
    assert toggle.get_attribute("aria-expanded") == "false"
    panel = page.locator(f"#p{number} .cite-panel")

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


def test_the_control_leaves_a_link_to_a_paragraph_in_view_on_a_phone(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = open_reading_page(context, base_url, "#p12")
    assert tab.locator("#p12 .cite-toggle").is_visible()
    box = tab.locator("#p12").bounding_box()
    header = tab.locator("header.md-header").bounding_box()
    assert header["y"] + header["height"] <= box["y"] + 1 and box["y"] < 844 / 2
    context.close()


def words_of_plain_text(number: int, count: int = 6) -> str:
    """Some words of a paragraph that lie in one stretch of unmarked text (no edit, term or note)."""
    paragraph = READING.paragraphs[number - 1]
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


def test_a_text_fragment_link_scrolls_to_its_passage(page, base_url):
    from urllib.parse import quote

    words = words_of_plain_text(15)
    page.goto(base_url + f"{META['slug']}/#:~:text={quote(words)}")
    page.wait_for_load_state("networkidle")
    assert wait_until_in_viewport(page, "p15"), f"the text fragment {words!r} did not scroll to ¶15"
    assert not in_viewport(page, "p1")
    page.goto(base_url + f"{META['slug']}/#p15")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("#p15") and wait_until_in_viewport(page, "p15")
    assert page.locator("#p15 .cite-toggle").count() == 1


def test_the_cite_control_survives_instant_navigation(page, base_url):
    """Material's instant navigation replaces the page without a reload; the control still comes.

    """
    enable_instant_navigation(page, base_url)
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.sameDocument = true")
    page.locator(f"article a[href$='/{META['slug']}/']").first.click()  # instant navigation makes hrefs absolute
    page.locator("#p12 .cite-toggle").wait_for()
    assert page.evaluate("window.sameDocument === true"), "the page was reloaded: no instant navigation"
    page.locator("#p12 .cite-toggle").click()
    link = page.locator("#p12 .cite-row").first.locator(".cite-text").inner_text()
    assert link == paragraph_url(META, site_url(), 12)

    page.locator("nav a[href$='/corrections/']").first.click()
    page.wait_for_url("**/corrections/")
    page.go_back()
    page.locator("#p12 .cite-toggle").wait_for()
    assert page.evaluate("window.sameDocument === true")
    for number in (1, 12, len(READING.paragraphs)):
        assert page.locator(f"#p{number} .cite-toggle").count() == 1
