"""The reading page's two views (pages/assets/views.js), search by both readings, dark mode."""

from __future__ import annotations

import json
import re

import pytest

from conftest import EDITION, RENDERED_TEXT, SLUGS, add_stylesheet, enable_instant_navigation, rendered_text
from edition.witness import one_line

# A page-level check: it runs for every text (tests/test_added_texts.py runs it on a copy with the test texts).
pytestmark = pytest.mark.page

WORD = re.compile(r"[A-Za-z]+")
SWITCH = "button.view-switch"


def corrections(slug: str):
    return [c for c in EDITION.corrections if c.text == slug]


def word_corrections(slug: str):
    """Corrections of one misread word by another, the longest first: what a reader searches for."""
    found = [c for c in corrections(slug) if WORD.fullmatch(c.witnessed) and WORD.fullmatch(c.reading)
             and c.witnessed.lower() != c.reading.lower()]
    return sorted(found, key=lambda c: (-len(c.witnessed), c.id))


def search_correction(slug: str):
    """A misread word to search for, preferably in a paragraph with another correction."""
    candidates = word_corrections(slug)
    return next((c for c in candidates if any(o.paragraph == c.paragraph and o.id != c.id
                                              for o in corrections(slug))), candidates[0])


SEARCHABLE = [slug for slug in SLUGS if word_corrections(slug)]


def visible_text(page, selector: str) -> str:
    return page.locator(selector).inner_text()


# The two views -------------------------------------------------------------------------


def test_the_corrected_reading_shows_by_default_and_the_switch_is_a_labelled_button(page, base_url, slug):
    page.goto(base_url + f"{slug}/")
    button = page.get_by_role("button", name="Show the witness as received")
    assert button.get_attribute("aria-pressed") == "false"
    # In the header, beside the light/dark toggle: in view wherever the reader is in the text.
    assert page.locator("header .view-switch").is_visible()
    page.locator(f"#p{len(EDITION.text(slug).paragraphs)}").scroll_into_view_if_needed()
    assert button.is_visible()
    for correction in corrections(slug):
        assert visible_text(page, f"#c-{correction.id}") == correction.shown.strip(), correction.id


def test_the_witness_view_shows_every_witnessed_reading_in_place_and_hides_supplements(page, base_url, slug):
    page.goto(base_url + f"{slug}/")
    ids = "els => els.map(e => e.id)"
    anchors = page.eval_on_selector_all("[id]", ids)
    notes = page.eval_on_selector_all("a.footnote-ref", "els => els.map(e => e.getAttribute('data-note'))")
    page.get_by_role("button", name="Show the witness as received").click()
    assert page.get_attribute(SWITCH, "aria-pressed") == "true"
    assert "witness-view" in page.get_attribute("html", "class")
    # Every mark read in one script (a round trip per check per mark cost most of the test's time):
    # its text, what it renders, whether its <ins> shows (Playwright's is_visible: a box, not
    # visibility: hidden) and the tint behind the witnessed reading.
    marks = page.evaluate("""ids => ids.map(id => {
      const e = document.getElementById(id), ins = e.querySelector('ins'), box = ins && ins.getBoundingClientRect();
      const tinted = e.classList.contains('in-parts') ? e.querySelector('.witness-part') : e;
      return {text: e.innerText, rendered: rendered(e),
              ins: !!ins && box.width > 0 && box.height > 0 && getComputedStyle(ins).visibility !== 'hidden',
              tint: getComputedStyle(tinted, e.classList.contains('in-parts') ? '::before' : '::after').backgroundColor};
    })""".replace("rendered(e)", f"({RENDERED_TEXT})(e)"), [f"c-{c.id}" for c in corrections(slug)])
    for correction, mark in zip(corrections(slug), marks):
        if correction.is_gap:  # a framed marker, not the supplement (tests/test_reader.py)
            assert correction.shown.strip() not in mark["text"], correction.id
            continue
        # The witnessed reading is the mark's attribute, shown in place by CSS (the DOM text stays the reading).
        assert mark["rendered"] == " ".join(one_line(correction.witnessed).split()), correction.id
        assert not mark["ins"], correction.id
        # Marked: a tint behind the witnessed reading, not only the link's underline.
        assert mark["tint"] not in ("rgba(0, 0, 0, 0)", "transparent"), correction.id
    # Paragraph by paragraph, what shows is the witness (numbers and note references aside).
    add_stylesheet(page, ".paragraph-number, span.line, sup[id^='fnref'], .cite-toggle { display: none !important }"
                         " a.edit.lacuna::before { content: none !important }")  # the gap's marker, not text
    for paragraph in EDITION.text(slug).paragraphs:
        shown = rendered_text(page, f"#p{paragraph.number}")
        assert shown.split() == paragraph.text.split(), paragraph.number
    # Anchors and note numbers are the same in both views.
    assert page.eval_on_selector_all("[id]", ids) == anchors
    assert page.eval_on_selector_all("a.footnote-ref", "els => els.map(e => e.getAttribute('data-note'))") == notes


def test_replacement_characters_show_as_they_are_and_stand_out(page, base_url, slug):
    """Every U+FFFD the witness has in a corrected reading shows as itself, framed; none is added."""
    damaged = [c for c in corrections(slug) if "\ufffd" in c.witnessed]
    page.goto(base_url + f"{slug}/")
    page.click(SWITCH)
    marks = page.locator("article .replacement-character")
    assert marks.count() == sum(len(re.findall("\ufffd+", c.witnessed)) for c in damaged)  # a run is one mark
    for correction in damaged:
        marks = page.locator(f"#c-{correction.id} .replacement-character")
        # Each run an empty element whose attribute CSS shows, framed (the DOM text stays the reading).
        assert "".join(marks.evaluate_all("els => els.map(e => e.getAttribute('data-witness'))")) == \
            "".join(ch for ch in correction.witnessed if ch == "\ufffd")
        assert rendered_text(page, f"#c-{correction.id}") == " ".join(one_line(correction.witnessed).split())
        assert marks.first.is_visible()
        assert marks.first.evaluate("e => getComputedStyle(e, '::before').borderTopStyle") == "dashed"


def test_the_choice_persists_across_reloads_and_pages(page, base_url, slug):
    page.goto(base_url + f"{slug}/")
    page.click(SWITCH)
    page.reload()
    assert page.get_attribute(SWITCH, "aria-pressed") == "true"
    assert "witness-view" in page.get_attribute("html", "class")
    page.goto(base_url + "notes/")
    assert "witness-view" in page.get_attribute("html", "class")
    assert page.get_attribute(SWITCH, "aria-pressed") == "true", "the view in force shows on every page"
    page.goto(base_url + f"{slug}/")
    page.click(SWITCH)
    page.reload()
    assert page.get_attribute(SWITCH, "aria-pressed") == "false"
    assert "witness-view" not in page.get_attribute("html", "class")


def test_the_switch_works_from_the_keyboard(page, base_url, slug):
    page.goto(base_url + f"{slug}/")
    page.focus(SWITCH)
    page.keyboard.press("Enter")
    assert page.get_attribute(SWITCH, "aria-pressed") == "true"
    page.keyboard.press("Space")
    assert page.get_attribute(SWITCH, "aria-pressed") == "false"


def test_without_javascript_the_corrected_reading_shows(browser, base_url, slug):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    assert page.locator(".view-switch").count() == 0
    for correction in corrections(slug):
        assert page.locator(f"#c-{correction.id} ins").inner_text() == correction.shown.strip()
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


def test_the_index_has_both_readings_of_every_correction_in_its_paragraphs_entry(search_index, slug):
    separator = search_index["config"]["separator"]
    entries = {paragraph_anchor(doc["location"]): doc for doc in search_index["docs"]}
    words = [c for c in corrections(slug) if WORD.fullmatch(c.witnessed) and WORD.fullmatch(c.reading)]
    for correction in words:
        entry = entries.get(f"{slug}/#p{correction.paragraph}")
        assert entry is not None, f"no index entry for ¶{correction.paragraph}"
        assert entry["title"] == f"¶{correction.paragraph}"
        found = index_words(entry["text"], separator)
        assert correction.witnessed.lower() in found, correction.id
        assert correction.reading.lower() in found, correction.id


def paragraph_anchor(location: str) -> str:
    """A paragraph's entry is located at `PAGE?p=N` (its own result; see the search hook)."""
    return re.sub(r"\?p=(\d+)$", r"#p\1", location)


def test_every_paragraph_has_one_index_entry(search_index, slug):
    text = EDITION.text(slug)
    located = [doc["location"] for doc in search_index["docs"] if doc["location"].startswith(f"{slug}/?p=")]
    assert located == [f"{slug}/?p={p.number}" for p in text.paragraphs]
    # A verse text's paragraph keeps its lines in its entry (whichever text this test runs for).
    verse = {f"{t.slug}/?p={p.number}" for t in EDITION.texts if t.meta.verse for p in t.paragraphs}
    for doc in search_index["docs"]:  # one line each, whatever the witness's line breaks
        if doc["location"] in verse:
            continue
        assert not re.search(r"[\r\n]", doc["title"] + doc["text"]), doc["location"]


@pytest.mark.parametrize("text_slug", SEARCHABLE)
@pytest.mark.parametrize("reading", ["witnessed", "reading"])
def test_searching_either_reading_leads_to_every_paragraph_where_it_occurs(page, base_url, reading, text_slug):
    correction = search_correction(text_slug)
    query = getattr(correction, reading)
    paragraphs = sorted({c.paragraph for c in corrections(text_slug) if query in (c.witnessed, c.reading)})
    page.goto(base_url + f"{text_slug}/")
    page.wait_for_load_state("networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    # Results are redrawn at each keystroke: wait until they are those of the whole word.
    selector = f".md-search-result__item a[href*='{text_slug}/?p=']"
    expected = [f"?p={number}&h={query.lower()}" for number in paragraphs]
    page.wait_for_function(
        "([selector, expected]) => { const hrefs = [...document.querySelectorAll(selector)].map(e => e.href);"
        " return expected.every(end => hrefs.some(h => h.endsWith(end))); }",
        arg=[selector, expected], timeout=10000)
    # Each paragraph is a result of its own, none folded under "N more on this page".
    assert page.locator(selector + " >> visible=true").count() >= len(expected)
    page.locator(selector).first.click()
    numbers = "|".join(str(n) for n in paragraphs)
    page.wait_for_url(re.compile(rf"/edition/{text_slug}/\?p=({numbers})&h={re.escape(query.lower())}#p({numbers})$"))


@pytest.mark.parametrize("text_slug", SEARCHABLE)
def test_search_works_on_a_phone_from_the_header_button(browser, base_url, text_slug):
    correction = search_correction(text_slug)
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + f"{text_slug}/")
    page.wait_for_load_state("networkidle")
    page.locator("label.md-header__button[for=__search]").tap()
    page.keyboard.type(correction.witnessed)
    page.locator(f".md-search-result__item a[href*='{text_slug}/?p={correction.paragraph}&']").first.wait_for(timeout=10000)
    context.close()


def test_search_loads_its_worker_and_index_when_the_reader_turns_to_search(page, base_url, slug):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base_url + f"{slug}/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if re.search(r"search_index\.json$|/workers/search\.", url)]
    with page.expect_request(re.compile(r"search/search_index\.json$")):
        with page.expect_request(re.compile(r"/workers/search\.[^/]*\.js$")):
            page.locator("input.md-search__input").focus()
    page.keyboard.type("witness")
    page.locator(".md-search-result__item").first.wait_for()


@pytest.mark.parametrize("text_slug", SEARCHABLE)
def test_a_search_hit_in_the_hidden_reading_lights_up_the_shown_one(page, base_url, text_slug):
    correction = search_correction(text_slug)
    page.goto(base_url + f"{text_slug}/?h={correction.witnessed}#p{correction.paragraph}")
    mark = page.locator(f"#c-{correction.id}")
    assert mark.inner_text() == correction.reading
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    unsearched = next((c for c in corrections(text_slug) if c.paragraph == correction.paragraph
                       and c.id != correction.id and correction.witnessed not in (c.witnessed, c.reading)), None)
    if unsearched is not None:
        assert page.locator(f"#c-{unsearched.id}").evaluate("e => getComputedStyle(e).backgroundColor") in (
            "rgba(0, 0, 0, 0)", "transparent")


# Dark mode -----------------------------------------------------------------------------


def test_the_palette_starts_from_the_system_preference_and_toggles(browser, base_url):
    for preference, scheme, other in (("dark", "slate", "default"), ("light", "default", "slate")):
        context = browser.new_context(color_scheme=preference)
        page = context.new_page()
        page.goto(base_url + f"{SLUGS[0]}/")
        assert page.get_attribute("body", "data-md-color-scheme") == scheme
        page.locator("form[data-md-component=palette] label:visible").click()
        assert page.get_attribute("body", "data-md-color-scheme") == other
        context.close()


def test_the_switch_follows_material_instant_navigation(page, base_url, slug):
    """With navigation.instant Material swaps pages without a reload; views.js runs on document$.

    """
    enable_instant_navigation(page, base_url)
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.sameDocument = true")
    page.locator(f"article a[href$='/{slug}/']").first.click()
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
    for correction in (c for c in corrections(slug) if c.witnessed):
        assert rendered_text(page, f"#c-{correction.id}") == " ".join(one_line(correction.witnessed).split())
