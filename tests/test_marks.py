"""The marks' popover layer (pages/assets/marks.js) as readers use it: touch, mouse, keyboard,
screen reader, instant navigation, the witness view and no JavaScript.

Every expectation comes from the data: the first mark of each kind in the first text that has
one, and the text its popover must show.
"""

from __future__ import annotations

import re

import pytest

from conftest import MARKUP, PHONE, READING, SUB_PATH, accessible_name, enable_instant_navigation, squashed
from edition.model import CONFIDENCE_MEANINGS, KIND_MEANINGS, Edit, NoteRef, TermLink
from edition.render import note_numbers
POPOVER = "#mark-popover"


def first(kind):
    """(text, paragraph number, segment) of the first mark of a kind in the edition."""
    for text in READING.texts:
        for paragraph in text.paragraphs:
            for segment in paragraph.segments:
                if isinstance(segment, kind) and not (kind is Edit and segment.correction.is_gap):
                    return text, paragraph.number, segment
    pytest.skip(f"no {kind.__name__} in the edition")


def words(text: str, n: int = 8) -> str:
    return " ".join(text.split()[:n])


def mark(kind):
    """The mark's page, its selector, the name a screen reader gives it, and texts its popover shows."""
    text, number, segment = first(kind)
    slug = text.text.slug
    if kind is Edit:
        c = segment.correction
        return slug, f"#c-{c.id}", f"correction: {c.reading}", [c.witnessed, meaning(c), c.reason]
    if kind is TermLink:
        t = segment.term
        return slug, f"#p{number} a.term[href$='#{t.id}']", segment.text, [t.term, MARKUP.definition_opening(t.definition)]
    note = segment.note
    label = f"Note {note_numbers(text)[note.id]}"
    return slug, f"a.footnote-ref[href='#fn:{note.id}']", label, [label, words(MARKUP.plain_text(note.body))]


def meaning(correction) -> str:
    """What a correction's panel says of its kind and confidence, in words."""
    return (f"Kind: {correction.kind} ({KIND_MEANINGS[correction.kind]}). "
            f"Confidence: {correction.confidence} ({CONFIDENCE_MEANINGS[correction.confidence]}).")


KINDS = {"correction": Edit, "term": TermLink, "note": NoteRef}


def all_layers(page) -> None:
    """The glossary terms are off by default (layers.js): these tests turn every layer on."""
    page.context.add_init_script(
        f"localStorage.setItem({SUB_PATH + '.edition.layers'!r}, JSON.stringify({{terms: true, edits: true}}))")


def assert_shows(page, expected: list[str]) -> None:
    """The popover is open and shows every part (the text's marks data may still be on its way)."""
    popover = page.locator(POPOVER)
    popover.wait_for(state="visible", timeout=5000)
    parts = [squashed(part) for part in expected]
    try:
        page.wait_for_function("parts => { const p = document.getElementById('mark-popover');"
                               " const shown = p ? p.innerText.split(/\\s+/).join(' ') : '';"
                               " return parts.every(part => shown.includes(part)); }", arg=parts, timeout=5000)
    except Exception:
        shown = squashed(popover.inner_text())
        assert [part for part in parts if part not in shown] == [], shown
        raise


def assert_inside_viewport(page) -> None:
    box = page.locator(POPOVER).bounding_box()
    viewport = page.viewport_size
    header = page.locator("header.md-header").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], box
    assert box["y"] >= header["y"] + header["height"] - 1 and box["y"] + box["height"] <= viewport["height"], box


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    tab = context.new_page()
    all_layers(tab)
    yield tab
    context.close()


# Touch -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_tap_opens_the_mark_in_place_and_a_tap_elsewhere_closes_it(phone, base_url, kind):
    slug, selector, _, expected = mark(KINDS[kind])
    phone.goto(base_url + f"{slug}/")
    target = phone.locator(selector).first
    # In the middle of the screen, as a reader holds the text.
    target.evaluate("e => window.scrollTo(0, e.getBoundingClientRect().top + scrollY - innerHeight / 2)")
    url, scroll = phone.url, phone.evaluate("scrollY")
    target.tap()
    assert_shows(phone, expected)
    assert_inside_viewport(phone)
    assert phone.url == url and phone.evaluate("scrollY") == scroll, "the page neither navigates nor scrolls"
    assert phone.locator(POPOVER).count() == 1
    assert target.get_attribute("aria-expanded") == "true"
    # A tap on the text elsewhere closes it.
    phone.touchscreen.tap(PHONE["width"] // 2, 120)
    phone.locator(POPOVER).wait_for(state="detached", timeout=2000)
    assert target.get_attribute("aria-expanded") == "false"
    assert phone.url == url


def test_one_popover_at_a_time_and_a_second_tap_on_the_mark_closes_it(phone, base_url):
    slug, selector, _, expected = mark(Edit)
    _, note_selector, _, note_expected = mark(NoteRef)
    phone.goto(base_url + f"{slug}/")
    phone.locator(selector).focus()  # keyboard focus opens it too
    assert_shows(phone, expected)
    phone.locator(note_selector).focus()
    assert_shows(phone, note_expected)
    assert phone.locator(POPOVER).count() == 1 and expected[-1] not in phone.locator(POPOVER).inner_text()
    phone.evaluate("document.activeElement.blur()")
    phone.locator(POPOVER).wait_for(state="detached", timeout=2000)
    phone.locator(note_selector).tap()
    assert_shows(phone, note_expected)
    phone.locator(note_selector).tap()
    phone.locator(POPOVER).wait_for(state="detached", timeout=2000)


def test_the_popovers_link_leads_to_the_list(phone, base_url):
    slug, selector, _, _ = mark(Edit)
    phone.goto(base_url + f"{slug}/")
    phone.locator(selector).tap()
    href = phone.locator(selector).get_attribute("href")
    phone.locator(POPOVER + " a.mark-popover__more").tap()
    phone.wait_for_url(re.compile(re.escape(href.split("/")[-1]) + "$"))
    assert "/corrections/" in phone.url


# Mouse -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_hover_opens_the_mark_and_the_popover_can_be_reached(page, base_url, kind):
    all_layers(page)
    slug, selector, _, expected = mark(KINDS[kind])
    page.goto(base_url + f"{slug}/")
    page.locator(selector).first.hover()
    assert_shows(page, expected)
    assert_inside_viewport(page)
    page.locator(POPOVER).hover()  # moving onto the popover keeps it open (WCAG 1.4.13)
    page.wait_for_timeout(500)
    assert page.locator(POPOVER).is_visible()
    page.mouse.move(1, 1)
    page.locator(POPOVER).wait_for(state="detached", timeout=2000)


def test_a_click_keeps_the_page_and_a_modified_click_is_left_to_the_browser(page, base_url):
    slug, selector, _, expected = mark(Edit)
    page.goto(base_url + f"{slug}/")
    url = page.url
    page.locator(selector).click()
    assert_shows(page, expected)
    assert page.url == url
    with page.context.expect_page() as opened:
        page.locator(selector).click(modifiers=["Control"])
    assert "/corrections/" in opened.value.url


# Keyboard --------------------------------------------------------------------------------


def test_tab_and_shift_tab_open_each_marks_popover_and_escape_returns_focus(page, base_url):
    all_layers(page)
    text, number, _ = first(Edit)
    paragraph = text.paragraphs[number - 1]
    slug = text.text.slug
    page.goto(base_url + f"{slug}/")
    shown = page.eval_on_selector_all(
        f"#p{number} a.edit, #p{number} a.term, #p{number} a.footnote-ref",
        "els => els.filter(e => getComputedStyle(e).display !== 'contents').map(e => e.getAttribute('href'))")
    assert len(shown) >= 2 or len([s for s in paragraph.segments if isinstance(s, Edit)]) < 2
    page.focus(f"#p{number} > a.paragraph-number")  # tabbing past a number adds no cite button stop
    labels = []
    for href in shown:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.getAttribute('href')") == href
        page.locator(POPOVER).wait_for(state="visible", timeout=2000)
        labels.append(page.get_attribute(POPOVER, "aria-label"))
        assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == shown[-2] if len(shown) > 1 else True
    assert page.get_attribute(POPOVER, "aria-label") == (labels[-2] if len(labels) > 1 else labels[-1])
    page.keyboard.press("Escape")
    page.locator(POPOVER).wait_for(state="detached", timeout=2000)
    focused = shown[-2] if len(shown) > 1 else shown[-1]
    assert page.evaluate("document.activeElement.getAttribute('href')") == focused
    # Enter moves into the popover; Escape comes back to the mark.
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'mark-popover'")
    assert page.url.endswith(f"/{slug}/")
    page.keyboard.press("Escape")
    page.locator(POPOVER).wait_for(state="detached", timeout=2000)
    assert page.evaluate("document.activeElement.getAttribute('href')") == focused


def test_a_long_note_scrolls_from_the_keyboard(browser, base_url):
    text, _, _ = first(NoteRef)
    context = browser.new_context(viewport={"width": 390, "height": 400})
    page = context.new_page()
    page.goto(base_url + f"{text.text.slug}/")
    # The longest note of its text, in a short window: longer than the room it has.
    longest = max((n for n in text.notes), key=lambda n: len(n.body))
    ref = page.locator(f"a.footnote-ref[href='#fn:{longest.id}']")
    ref.evaluate("e => window.scrollTo(0, e.getBoundingClientRect().top + scrollY - innerHeight / 2)")
    ref.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'mark-popover'")
    popover = page.locator(POPOVER)
    if popover.evaluate("e => e.scrollHeight > e.clientHeight"):
        page.keyboard.press("ArrowDown")
        page.keyboard.press("PageDown")
        page.wait_for_function("() => document.getElementById('mark-popover').scrollTop > 0")
    assert_inside_viewport(page)
    context.close()


# Screen reader ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_marks_name_survives_opening_and_closing_it(page, base_url, kind):
    all_layers(page)
    slug, selector, name, expected = mark(KINDS[kind])
    page.goto(base_url + f"{slug}/")
    selector = page.locator(selector).first.evaluate("e => e.id ? '#' + CSS.escape(e.id) : null") or selector
    assert accessible_name(page, selector) == name
    for _ in range(2):  # a first and a second visit
        page.focus(selector)
        assert_shows(page, expected)
        assert accessible_name(page, selector) == name
        assert page.get_attribute(selector, "aria-controls") == "mark-popover"
        page.keyboard.press("Escape")
        page.locator(POPOVER).wait_for(state="detached", timeout=2000)
        assert accessible_name(page, selector) == name
        page.evaluate("document.activeElement.blur()")
        page.reload()


def test_the_popover_describes_its_mark_while_open(page, base_url):
    slug, selector, _, expected = mark(Edit)
    page.goto(base_url + f"{slug}/")
    page.focus(selector)
    assert_shows(page, expected)
    assert page.get_attribute(selector, "aria-describedby") == "mark-popover"
    assert page.get_attribute(POPOVER, "role") == "dialog" and page.get_attribute(POPOVER, "aria-label")


# Instant navigation, witness view, no JavaScript -----------------------------------------


@pytest.mark.parametrize("instant", [False, True], ids=["reload", "instant"])
def test_popovers_work_after_navigation(page, base_url, instant):
    all_layers(page)
    slug, selector, _, expected = mark(Edit)
    _, term_selector, _, term_expected = mark(TermLink)
    if instant:
        enable_instant_navigation(page, base_url)
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.sameDocument = true")
    page.locator(f"article a[href$='{slug}/']").first.click()
    page.locator(selector).click()
    assert_shows(page, expected)
    page.locator("nav a[href$='/notes/']").first.click()
    page.wait_for_url("**/notes/")
    page.go_back()
    # Once the page is back (instant navigation fetches it and swaps it in), by focus, not a
    # click: Material restores the scroll position after the swap, which can move the mark from
    # under a click aimed a moment before.
    page.wait_for_url(f"**/{slug}/")
    page.wait_for_load_state("networkidle")
    term = page.locator(term_selector).first
    term.wait_for()
    page.wait_for_load_state("networkidle")
    # Under a heavy load the swap has been seen to land after the focus (the popover then went
    # with the old content), or Material's restored scroll to leave the term not yet laid out:
    # bring it into view and focus again, up to five times, before judging.
    for _ in range(5):
        # The swap is done when the term found stays in the page for a second.
        for _ in range(10):
            found = term.element_handle()
            page.wait_for_timeout(1000)
            if found.evaluate("e => e.isConnected"):
                break
        try:
            term.scroll_into_view_if_needed(timeout=3000)
            term.focus(timeout=3000)
        except Exception:
            continue
        try:
            page.locator(POPOVER).wait_for(state="visible", timeout=3000)
            break
        except Exception:
            page.evaluate("document.activeElement && document.activeElement.blur()")
            page.wait_for_load_state("networkidle")
    assert_shows(page, term_expected)
    assert page.evaluate("window.sameDocument === true") == instant
    page.unroute_all(behavior="ignoreErrors")  # a page fetch still on its way must not outlive the test


def test_in_the_witness_view_a_correction_says_what_the_edition_reads(page, base_url):
    """The witness view shows the witnessed reading in place: its panel gives the edition's."""
    slug, selector, _, expected = mark(Edit)
    correction = first(Edit)[2].correction
    page.goto(base_url + f"{slug}/")
    page.click("button.view-switch")
    page.locator(selector).click()
    assert_shows(page, [f"The edition reads {correction.reading}", *expected[1:]])
    assert "The witness reads" not in page.locator(POPOVER).inner_text()
    assert page.url.endswith(f"/{slug}/")


def test_font_size_of_the_popover_is_at_least_14px(phone, base_url):
    slug, selector, _, expected = mark(NoteRef)
    phone.goto(base_url + f"{slug}/")
    phone.locator(selector).tap()
    assert_shows(phone, expected)
    sizes = phone.eval_on_selector_all(POPOVER + ", " + POPOVER + " *",
                                       "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert min(sizes) >= 14, sizes


@pytest.mark.parametrize("kind, list_page", [("correction", "corrections"), ("term", "glossary"), ("note", None)])
def test_without_javascript_every_mark_is_a_link_to_its_list(browser, base_url, kind, list_page):
    slug, selector, _, _ = mark(KINDS[kind])
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    link = page.locator(selector).first
    href = link.get_attribute("href")
    fragment = href.split("#")[1]
    link.click()
    page.wait_for_url(re.compile(re.escape("#" + fragment) + "$"))
    if list_page:
        assert f"/{list_page}/" in page.url
    assert page.locator(f"[id='{fragment}']").is_visible()
    context.close()
