"""The reading page in real Chromium, served under a sub-path as on GitHub Pages."""

from __future__ import annotations

import pytest

from conftest import ROOT
from edition.load import load_edition

EDITION = load_edition(ROOT)


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 900}],
                         ids=["phone", "desktop"])
def test_a_link_to_p12_opens_with_p12_in_view(browser, base_url, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(base_url + "section-3/#p12")
    page.wait_for_load_state("networkidle")
    box = page.locator("#p12").bounding_box()
    header = page.locator("header.md-header").bounding_box()
    assert header["y"] + header["height"] <= box["y"] + 1, "the first line is below the sticky header"
    assert box["y"] < viewport["height"] / 2
    context.close()


def test_clicking_a_paragraph_number_puts_its_anchor_in_the_address_bar(page, base_url):
    page.goto(base_url + "section-3/")
    page.locator("#p7 a.paragraph-number").click()
    assert page.url.endswith("/edition/section-3/#p7")


def test_a_correction_shows_the_witnessed_reading_on_focus(page, base_url):
    correction = next(c for c in EDITION.corrections if c.witnessed)
    page.goto(base_url + "section-3/")
    mark = page.locator(f"#c-{correction.id}")
    assert mark.inner_text() == correction.reading
    mark.focus()
    tooltip = page.locator(".md-tooltip2, .md-tooltip").filter(has_text=correction.witnessed)
    tooltip.first.wait_for(state="visible", timeout=5000)
    mark.click()
    assert page.url.endswith(f"/edition/corrections/#{correction.id}")
    assert page.locator(f"[id='{correction.id}']").is_visible()


def test_a_glossary_term_shows_its_definition_on_hover(page, base_url):
    page.goto(base_url + "section-3/")
    from edition.render import first_sentence, plain_text

    link = page.locator("a.term").first
    term = next(t for t in EDITION.terms if link.get_attribute("href").endswith("#" + t.id))
    link.hover()
    page.locator(".md-tooltip2, .md-tooltip").filter(has_text=first_sentence(plain_text(term.definition))[:30]).first.wait_for(
        state="visible", timeout=5000)


def test_a_note_shows_its_text_on_hover_and_is_listed_without_javascript(browser, base_url):
    from edition.render import plain_text

    note = EDITION.notes[0]
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "section-3/")
    ref = page.locator(f"[id='fnref:{note.id}'] a")
    ref.hover()
    first_words = " ".join(plain_text(note.body).split()[:6])
    page.locator(".md-tooltip2").filter(has_text=first_words).first.wait_for(state="visible", timeout=5000)
    context.close()

    no_js = browser.new_context(java_script_enabled=False)
    page = no_js.new_page()
    page.goto(base_url + "section-3/")
    page.locator(f"[id='fnref:{note.id}'] a").click()
    assert page.url.endswith(f"#fn:{note.id}")
    assert first_words in " ".join(page.locator(f"[id='fn:{note.id}']").inner_text().split())
    no_js.close()


def _notes_in_context():
    """Each note reference with the reading text around it: (slug, paragraph, number, before, after)."""
    from edition.model import NoteRef, shown
    from edition.render import note_numbers
    from edition.transform import transform

    for text in transform(EDITION).texts:
        numbers = note_numbers(text)
        for paragraph in text.paragraphs:
            segments = paragraph.segments
            for i, segment in enumerate(segments):
                if isinstance(segment, NoteRef):
                    before = "".join(shown(s) for s in segments[:i])
                    after = "".join(shown(s) for s in segments[i + 1:])
                    yield text.text.slug, paragraph.number, numbers[segment.note.id], before, after


def test_a_note_number_is_a_word_of_its_own_and_a_text_fragment_can_span_it(page, base_url):
    """A note number glued to its word ("present8") makes "at present … is to defend" unfindable."""
    import re
    from urllib.parse import quote

    notes = list(_notes_in_context())
    assert notes, "the edition has notes"
    for slug, number, note, before, _ in notes:
        page.goto(base_url + f"{slug}/")
        shown = page.locator(f"#p{number}").inner_text()
        last_word = before.split()[-1]
        assert re.search(re.escape(last_word) + r"\s" + str(note) + r"\b", shown), (
            f"{slug} ¶{number}: note {note} is glued to {last_word!r}")
    # A range across the note: two words before it, three after, the start unique in the page.
    pages = {slug: page.goto(base_url + f"{slug}/") and page.locator("article").inner_text()
             for slug in dict.fromkeys(n[0] for n in notes)}
    slug, number, note, before, after = next(
        n for n in notes if len(n[3].split()) >= 2 and len(n[4].split()) >= 3
        and pages[n[0]].count(" ".join(n[3].split()[-2:])) == 1)
    start, end = " ".join(before.split()[-2:]), " ".join(after.split()[:3])
    page.goto("about:blank")
    page.goto(base_url + f"{slug}/#:~:text={quote(start)},{quote(end)}")
    page.wait_for_load_state("networkidle")
    page.wait_for_function("id => { const r = document.getElementById(id).getBoundingClientRect(); "
                           "return r.top >= 0 && r.top < innerHeight; }", arg=f"p{number}", timeout=5000)
    assert page.evaluate("scrollY") > 0, f"the fragment {start!r}…{end!r} across note {note} was not found"
