"""The reader's layers and the keyboard's way through a text (pages/assets/layers.js): glossary
terms and correction marks turned on and off, kept, applied before the first paint and out of
the tab order when off; the tab stops from "Skip to content" to ¶3; go to a paragraph; the cite
panel closing when focus leaves it and confirming where the reader looks; WCAG 2.2 AA by axe.

Expectations come from the data: the texts, their paragraphs and their marks.
"""

from __future__ import annotations

import base64
import hashlib

import pytest

from conftest import PHONE, READING, SUB_PATH, reading_text, rendered_text
from edition.model import Edit, TermLink
from edition.witness import one_line

# A text that has what the single-text tests below need (a second paragraph, a correction of a
# word), whatever texts the edition holds and in whatever order.
TEXT = next((t for t in READING.texts if len(t.paragraphs) > 1 and any(not c.is_gap for c in t.corrections)),
            READING.texts[0])
SLUG = TEXT.text.slug
MAX_TAB_STOPS = 12  # from "Skip to content" to the third paragraph's number, default layers
DESKTOP = {"width": 1280, "height": 900}
STORAGE = SUB_PATH + ".edition.layers"


def focused(page) -> str:
    return page.evaluate("""() => { const e = document.activeElement;
        return e.matches('a.edit') ? 'edit' : e.matches('a.term') ? 'term' : e.matches('a.footnote-ref') ? 'note'
             : e.matches('a.paragraph-number') ? 'number:' + e.closest('p').id : e.tagName; }""")


def tab_through(page, start: str, paragraph: int) -> list[str]:
    """Every stop from `start` to the end of the paragraph."""
    page.focus(start)
    stops = []
    for _ in range(200):
        page.keyboard.press("Tab")
        if not page.evaluate(f"!!document.activeElement.closest('#p{paragraph}')"):
            return stops
        stops.append(focused(page))
    raise AssertionError("Tab never left the paragraph")


def open_panel(page):
    page.locator("button.layers-switch").click()
    panel = page.locator(".layers-panel")
    panel.wait_for(state="visible")
    return panel


def marked_paragraph(text):
    """The first paragraph with both a correction and a glossary term, else with either, else ¶1."""
    def has(paragraph, kind):
        return any(isinstance(s, kind) for s in paragraph.segments)
    for wanted in ((Edit, TermLink), (Edit,), (TermLink,), ()):
        for paragraph in text.paragraphs:
            if all(has(paragraph, kind) for kind in wanted):
                return paragraph


# The layers -----------------------------------------------------------------------------


def test_by_default_corrections_are_marked_and_glossary_terms_are_plain_text(page, base_url, slug):
    paragraph = marked_paragraph(reading_text(slug))
    number = paragraph.number
    page.goto(base_url + f"{slug}/")
    stops = tab_through(page, f"#p{number} a.paragraph-number", number)
    edits = sum(isinstance(s, Edit) for s in paragraph.segments)
    assert stops.count("edit") == edits and "term" not in stops
    if not any(isinstance(s, TermLink) for s in paragraph.segments):
        return
    term = page.locator(f"#p{number} a.term").first
    assert term.evaluate("e => getComputedStyle(e).textDecorationLine") == "none"
    # Plain text to the pointer too: a click on it does not leave the page.
    url = page.url
    term.click(force=True)
    assert page.url == url and page.locator("#mark-popover").count() == 0


def test_the_toggles_change_the_marks_and_the_tab_order_and_the_choice_is_kept(page, base_url, slug):
    paragraph = marked_paragraph(reading_text(slug))
    number = paragraph.number
    page.goto(base_url + f"{slug}/")
    panel = open_panel(page)
    terms, edits = panel.get_by_label("Glossary terms"), panel.get_by_label("Corrections")
    assert not terms.is_checked() and edits.is_checked()
    terms.check()
    edits.uncheck()
    page.keyboard.press("Escape")
    stops = tab_through(page, f"#p{number} a.paragraph-number", number)
    terms = sum(isinstance(s, TermLink) for s in paragraph.segments)
    assert stops.count("term") == terms and "edit" not in stops
    # Off, a correction reads as its reading, unmarked.
    for correction in (s.correction for s in paragraph.segments if isinstance(s, Edit)):
        mark = page.locator(f"#c-{correction.id}")
        assert mark.inner_text() == correction.shown.strip()
        assert mark.evaluate("e => getComputedStyle(e).display") == "contents"
    # Kept across a reload, and on <html> before the body is parsed (no flash of marks).
    # The probe is an inline script: the page's Content-Security-Policy is given its hash, as for the theme's own.
    probe = "window.atBody = document.documentElement.className"
    allowed = "'sha256-" + base64.b64encode(hashlib.sha256(probe.encode()).digest()).decode() + "'"
    page.route(f"**/{slug}/", lambda route: route.fulfill(
        response=(response := route.fetch()),
        body=response.text().replace("script-src 'self'", f"script-src 'self' {allowed}", 1)
        .replace("<body", f"<script>{probe}</script><body", 1)))
    page.reload()
    at_body = page.evaluate("window.atBody")
    assert "hide-edits" in at_body and "hide-terms" not in at_body
    panel = open_panel(page)
    assert panel.get_by_label("Glossary terms").is_checked() and not panel.get_by_label("Corrections").is_checked()


def test_the_layers_and_the_witness_view_work_together(page, base_url, slug):
    page.goto(base_url + f"{slug}/")
    page.click("button.view-switch")
    open_panel(page).get_by_label("Corrections").uncheck()
    assert page.evaluate("document.documentElement.classList.contains('witness-view')")
    for correction in (c for c in reading_text(slug).corrections if not c.is_gap):
        # the witness still shows as received
        assert rendered_text(page, f"#c-{correction.id}") == " ".join(one_line(correction.witnessed).split()), correction.id


# Tab stops and going to a paragraph ------------------------------------------------------


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_skip_to_content_then_at_most_twelve_tab_stops_to_the_third_paragraph(browser, base_url, viewport, slug):
    target = min(3, len(reading_text(slug).paragraphs))  # ¶3, or the last of a shorter text
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    page.keyboard.press("Tab")
    assert "Skip to content" in page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    stops = []
    while focused(page) != f"number:p{target}":
        page.keyboard.press("Tab")
        stops.append(focused(page))
        assert len(stops) <= MAX_TAB_STOPS, stops
    context.close()


def test_go_to_a_paragraph_by_its_number(browser, base_url, slug):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    last = len(reading_text(slug).paragraphs)
    panel = open_panel(page)
    panel.get_by_label("Go to paragraph").fill(str(last + 1))
    page.keyboard.press("Enter")
    assert f"1 to {last}" in panel.locator("[role=status]").inner_text()
    panel.get_by_label("Go to paragraph").fill(str(last))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{slug}/#p{last}")
    assert focused(page) == f"number:p{last}"
    page.wait_for_function("id => { const r = document.getElementById(id).getBoundingClientRect(); "
                           "return r.top >= 0 && r.top < innerHeight; }", arg=f"p{last}")
    assert not panel.is_visible()
    page.keyboard.press("Tab")  # the keyboard goes on from there
    assert page.evaluate(f"!!document.activeElement.closest('#p{last}')")
    context.close()


def test_the_panel_closes_on_escape_and_gives_focus_back(page, base_url):
    page.goto(base_url + f"{SLUG}/")
    open_panel(page).get_by_label("Corrections").focus()
    page.keyboard.press("Escape")
    assert not page.locator(".layers-panel").is_visible()
    assert page.evaluate("document.activeElement.matches('button.layers-switch')")
    assert page.get_attribute("button.layers-switch", "aria-expanded") == "false"


# The cite panel --------------------------------------------------------------------------


def test_the_cite_panel_closes_when_focus_leaves_it(page, base_url):
    page.goto(base_url + f"{SLUG}/")
    page.locator("#p1 > a.paragraph-number").hover()  # the button comes for the paragraph turned to
    page.locator("#p1 .cite-toggle").click()
    panel = page.locator("#cite-panel")
    panel.wait_for(state="visible")
    for _ in range(50):  # through the panel and out of it, as a keyboard user goes on reading
        page.keyboard.press("Tab")
        if not page.evaluate("!!document.activeElement.closest('#cite-panel, #p1 .cite-toggle')"):
            break
    else:
        raise AssertionError("Tab never left the cite panel")
    assert not panel.is_visible()
    assert page.get_attribute("#p1 .cite-toggle", "aria-expanded") == "false"


def test_the_cite_confirmation_shows_where_the_reader_is_looking_on_a_phone(browser, base_url):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + f"{SLUG}/")
    page.locator("#p2 > a.paragraph-number").tap()  # the number's link (#p2) brings its cite button
    page.locator("#p2 .cite-toggle").tap()
    copy = page.locator("#cite-panel .cite-copy").first
    copy.tap()
    status = page.locator("#cite-panel .cite-status")
    status.wait_for(state="visible")
    page.wait_for_function("() => /Copied|Selected/.test(document.querySelector('#cite-panel .cite-status').textContent)")
    box, button = status.bounding_box(), copy.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"], box
    assert abs(box["y"] - (button["y"] + button["height"])) < 120, "next to the button just used"
    context.close()


# WCAG 2.2 AA -----------------------------------------------------------------------------


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PAGES = ["", *[f"{t.text.slug}/" for t in READING.texts], "corrections/", "notes/", "glossary/", "about/",
         "how-to-cite/", "404.html"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_wcag22aa_on_every_page(browser, base_url, viewport, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}}
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    found = {}
    for name in PAGES:
        page.goto(base_url + name)
        violations = axe.run(page, options=options).response["violations"]
        if page.locator("p.numbered").count():  # the witness view, with every layer on
            page.evaluate(f"localStorage.setItem({STORAGE!r}, JSON.stringify({{terms: true, edits: true}}))")
            page.reload()
            page.click("button.view-switch")
            violations += axe.run(page, options=options).response["violations"]
            page.click("button.view-switch")
            page.evaluate(f"localStorage.removeItem({STORAGE!r})")
        found[name or "home"] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    context.close()
    assert found == {name or "home": [] for name in PAGES}


def test_the_dark_schemes_correction_underline_has_3_to_1_contrast(browser, base_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(base_url + f"{SLUG}/")
    correction = next(c for c in TEXT.corrections if not c.is_gap)
    line, background = page.locator(f"#c-{correction.id}").evaluate(
        "e => [getComputedStyle(e).textDecorationColor, getComputedStyle(document.body).backgroundColor]")
    context.close()
    assert contrast(line, background) >= 3, (line, background)


def contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        values = [float(v) for v in colour[colour.index("(") + 1:-1].replace("/", ",").split(",")[:3]]
        linear = [v / 255 / 12.92 if v / 255 <= 0.04045 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in values]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
