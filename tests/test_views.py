"""The reading page's two views (pages/assets/views.js), search by both readings, dark mode."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT, enable_instant_navigation
from edition.load import load_edition

# A page-level check (tests/test_new_text.py runs it on a copy with another text).
pytestmark = pytest.mark.page

EDITION = load_edition(ROOT)
CORRECTIONS = [c for c in EDITION.corrections if c.text == "section-3"]
WORD = re.compile(r"[A-Za-z]+")
SWITCH = "button.view-switch"


def visible_text(page, selector: str) -> str:
    return page.locator(selector).inner_text()


# The two views -------------------------------------------------------------------------


def test_the_corrected_reading_shows_by_default_and_the_switch_is_a_labelled_button(page, base_url):
    page.goto(base_url + "section-3/")
    button = page.get_by_role("button", name="Show the witness as received")
    assert button.get_attribute("aria-pressed") == "false"
    # In the header, beside the light/dark toggle: in view wherever the reader is in the text.
    assert page.locator("header .view-switch").is_visible()
    page.locator("#p12").scroll_into_view_if_needed()
    assert button.is_visible()
    for correction in CORRECTIONS:
        assert visible_text(page, f"#c-{correction.id}") == correction.shown.strip(), correction.id


def test_the_witness_view_shows_every_witnessed_reading_in_place_and_hides_supplements(page, base_url):
    page.goto(base_url + "section-3/")
    ids = "els => els.map(e => e.id)"
    anchors = page.eval_on_selector_all("[id]", ids)
    notes = page.eval_on_selector_all("a.footnote-ref", "els => els.map(e => e.textContent)")
    page.get_by_role("button", name="Show the witness as received").click()
    assert page.get_attribute(SWITCH, "aria-pressed") == "true"
    assert "witness-view" in page.get_attribute("html", "class")
    for correction in CORRECTIONS:
        mark = page.locator(f"#c-{correction.id}")
        if correction.is_gap:  # a framed marker, not the supplement (tests/test_reader.py)
            assert correction.shown.strip() not in mark.inner_text(), correction.id
            continue
        assert mark.inner_text() == correction.witnessed, correction.id
        witnessed = mark.locator("del")
        assert witnessed.is_visible() and not mark.locator("ins").is_visible()
        # Marked: a tint behind the witnessed reading, not only the link's underline.
        assert witnessed.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    # Paragraph by paragraph, what shows is the witness (numbers and note references aside).
    page.add_style_tag(content=".paragraph-number, sup[id^='fnref'], .cite-toggle { display: none !important }")
    for paragraph in EDITION.text("section-3").paragraphs:
        shown = page.locator(f"#p{paragraph.number}").inner_text()
        assert shown.split() == paragraph.text.split(), paragraph.number
    # Anchors and note numbers are the same in both views.
    assert page.eval_on_selector_all("[id]", ids) == anchors
    assert page.eval_on_selector_all("a.footnote-ref", "els => els.map(e => e.textContent)") == notes


def test_replacement_characters_show_as_they_are_and_stand_out(page, base_url):
    damaged = [c for c in CORRECTIONS if "\ufffd" in c.witnessed]
    assert damaged, "the witness has U+FFFD characters"
    page.goto(base_url + "section-3/")
    page.click(SWITCH)
    for correction in damaged:
        marks = page.locator(f"#c-{correction.id} .replacement-character")
        assert "".join(marks.all_inner_texts()) == "".join(ch for ch in correction.witnessed if ch == "\ufffd")
        assert marks.first.is_visible()
        assert marks.first.evaluate("e => getComputedStyle(e).borderTopStyle") == "dashed"


def test_the_choice_persists_across_reloads_and_pages(page, base_url):
    page.goto(base_url + "section-3/")
    page.click(SWITCH)
    page.reload()
    assert page.get_attribute(SWITCH, "aria-pressed") == "true"
    assert "witness-view" in page.get_attribute("html", "class")
    page.goto(base_url + "notes/")
    assert "witness-view" in page.get_attribute("html", "class")
    assert page.get_attribute(SWITCH, "aria-pressed") == "true", "the view in force shows on every page"
    page.goto(base_url + "section-3/")
    page.click(SWITCH)
    page.reload()
    assert page.get_attribute(SWITCH, "aria-pressed") == "false"
    assert "witness-view" not in page.get_attribute("html", "class")


def test_the_switch_works_from_the_keyboard(page, base_url):
    page.goto(base_url + "section-3/")
    page.focus(SWITCH)
    page.keyboard.press("Enter")
    assert page.get_attribute(SWITCH, "aria-pressed") == "true"
    page.keyboard.press("Space")
    assert page.get_attribute(SWITCH, "aria-pressed") == "false"


def test_without_javascript_the_corrected_reading_shows(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "section-3/")
    assert page.locator(".view-switch").count() == 0
    correction = next(c for c in CORRECTIONS if c.witnessed and WORD.fullmatch(c.witnessed))
    assert page.locator(f"#c-{correction.id}").inner_text() == correction.reading
    context.close()


# Search --------------------------------------------------------------------------------


def index_words(html_text: str, separator: str) -> set[str]:
    """The words lunr makes of an index entry: tags removed, split on the configured separator,
    punctuation trimmed from each end (lunr.trimmer)."""
    text = re.sub(r"<[^>]+>", " ", html_text)
    return {re.sub(r"^\W+|\W+$", "", word).lower() for word in re.split(separator, text) if word}


@pytest.fixture(scope="module")
def search_index(site_dir):
    return json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_the_index_has_both_readings_of_every_correction_in_its_paragraphs_entry(search_index):
    separator = search_index["config"]["separator"]
    entries = {paragraph_anchor(doc["location"]): doc for doc in search_index["docs"]}
    words = [c for c in CORRECTIONS if WORD.fullmatch(c.witnessed) and WORD.fullmatch(c.reading)]
    assert words, "the edition corrects misread words"
    for correction in words:
        entry = entries.get(f"section-3/#p{correction.paragraph}")
        assert entry is not None, f"no index entry for ¶{correction.paragraph}"
        assert entry["title"] == f"¶{correction.paragraph}"
        found = index_words(entry["text"], separator)
        assert correction.witnessed.lower() in found, correction.id
        assert correction.reading.lower() in found, correction.id


def paragraph_anchor(location: str) -> str:
    """A paragraph's entry is located at `PAGE?p=N` (its own result; see the search hook)."""
    return re.sub(r"\?p=(\d+)$", r"#p\1", location)


def test_every_paragraph_has_one_index_entry(search_index):
    text = EDITION.text("section-3")
    located = [doc["location"] for doc in search_index["docs"] if doc["location"].startswith("section-3/?p=")]
    assert located == [f"section-3/?p={p.number}" for p in text.paragraphs]


@pytest.mark.parametrize("reading", ["witnessed", "reading"])
def test_searching_either_reading_leads_to_every_paragraph_where_it_occurs(page, base_url, reading):
    correction = next(c for c in CORRECTIONS if c.witnessed == "fiendish")
    query = getattr(correction, reading)
    paragraphs = sorted({c.paragraph for c in CORRECTIONS if query in (c.witnessed, c.reading)})
    page.goto(base_url + "section-3/")
    page.wait_for_load_state("networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    # Results are redrawn at each keystroke: wait until they are those of the whole word.
    selector = ".md-search-result__item a[href*='section-3/?p=']"
    expected = [f"?p={number}&h={query.lower()}" for number in paragraphs]
    page.wait_for_function(
        "([selector, expected]) => { const hrefs = [...document.querySelectorAll(selector)].map(e => e.href);"
        " return expected.every(end => hrefs.some(h => h.endsWith(end))); }",
        arg=[selector, expected], timeout=10000)
    # Each paragraph is a result of its own, none folded under "N more on this page".
    assert page.locator(selector + " >> visible=true").count() >= len(expected)
    page.locator(selector).first.click()
    numbers = "|".join(str(n) for n in paragraphs)
    page.wait_for_url(re.compile(rf"/edition/section-3/\?p=({numbers})&h={query}#p({numbers})$"))


def test_search_works_on_a_phone_from_the_header_button(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + "section-3/")
    page.wait_for_load_state("networkidle")
    page.locator("label.md-header__button[for=__search]").tap()
    page.keyboard.type("fiendish")
    page.locator(".md-search-result__item a[href*='?p=13&']").wait_for(timeout=10000)
    context.close()


def test_search_loads_its_worker_and_index_when_the_reader_turns_to_search(page, base_url):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base_url + "section-3/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if re.search(r"search_index\.json$|/workers/search\.", url)]
    with page.expect_request(re.compile(r"search/search_index\.json$")):
        with page.expect_request(re.compile(r"/workers/search\.[^/]*\.js$")):
            page.locator("input.md-search__input").focus()
    page.keyboard.type("witness")
    page.locator(".md-search-result__item").first.wait_for()


def test_a_search_hit_in_the_hidden_reading_lights_up_the_shown_one(page, base_url):
    correction = next(c for c in CORRECTIONS if c.witnessed == "fiendish")
    page.goto(base_url + f"section-3/?h={correction.witnessed}#p{correction.paragraph}")
    mark = page.locator(f"#c-{correction.id}")
    assert mark.inner_text() == correction.reading
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    unsearched = next(c for c in CORRECTIONS if c.paragraph == correction.paragraph and c.id != correction.id)
    assert page.locator(f"#c-{unsearched.id}").evaluate("e => getComputedStyle(e).backgroundColor") in (
        "rgba(0, 0, 0, 0)", "transparent")


# Dark mode -----------------------------------------------------------------------------


def test_the_palette_starts_from_the_system_preference_and_toggles(browser, base_url):
    for preference, scheme, other in (("dark", "slate", "default"), ("light", "default", "slate")):
        context = browser.new_context(color_scheme=preference)
        page = context.new_page()
        page.goto(base_url + "section-3/")
        assert page.get_attribute("body", "data-md-color-scheme") == scheme
        page.locator("form[data-md-component=palette] label:visible").click()
        assert page.get_attribute("body", "data-md-color-scheme") == other
        context.close()


def test_the_switch_follows_material_instant_navigation(page, base_url):
    """With navigation.instant Material swaps pages without a reload; views.js runs on document$.

    """
    enable_instant_navigation(page, base_url)
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.sameDocument = true")
    page.locator("article a[href$='/section-3/']").first.click()
    page.locator("#p1").wait_for()
    assert page.locator(SWITCH).count() == 1
    assert page.evaluate("window.sameDocument === true"), "the page was reloaded: no instant navigation"
    page.click(SWITCH)
    page.locator("nav a[href$='/corrections/']").first.click()
    page.wait_for_url("**/corrections/")
    page.locator("h1", has_text="Corrections").wait_for()
    assert page.get_attribute(SWITCH, "aria-pressed") == "true"
    page.go_back()
    page.locator("#p1").wait_for()
    page.locator(SWITCH + "[aria-pressed=true]").wait_for()
    assert page.locator(SWITCH).count() == 1
    assert page.evaluate("window.sameDocument === true")
    correction = next(c for c in CORRECTIONS if c.witnessed and WORD.fullmatch(c.witnessed))
    assert page.locator(f"#c-{correction.id}").inner_text() == correction.witnessed
