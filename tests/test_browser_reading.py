"""The reading page in real Chromium, served under a sub-path as on GitHub Pages.

Each test runs for every text (the `slug` parameter), with the text's own paragraphs and marks.
"""

from __future__ import annotations

import pytest

from conftest import PHONE, READING, middle

# A page-level check: it runs for every text (tests/test_added_texts.py runs it on a copy with the test texts).
pytestmark = pytest.mark.page


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}],
                         ids=["phone", "desktop"])
def test_a_link_to_a_paragraph_opens_with_it_in_view(browser, base_url, viewport, slug):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    number = middle(slug)
    page.goto(base_url + f"{slug}/#p{number}")
    page.wait_for_load_state("networkidle")
    box = page.locator(f"#p{number}").bounding_box()
    header = page.locator("header.md-header").bounding_box()
    assert header["y"] + header["height"] <= box["y"] + 1, "the first line is below the sticky header"
    # Near the top, unless the page ends first (a short text cannot scroll its paragraph that far).
    at_end = page.evaluate("Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight")
    assert box["y"] < viewport["height"] / 2 or (at_end and box["y"] < viewport["height"]), box
    context.close()


def test_clicking_a_paragraph_number_puts_its_anchor_in_the_address_bar(page, base_url, slug):
    number = middle(slug)
    page.goto(base_url + f"{slug}/")
    page.locator(f"#p{number} a.paragraph-number").click()
    assert page.url.endswith(f"/edition/{slug}/#p{number}")


# The marks' popovers, on touch, mouse and keyboard and without JavaScript: tests/test_marks.py.


def _notes_in_context():
    """Each note reference with the reading text around it: (slug, paragraph, number, before, after)."""
    from edition.model import NoteRef, shown
    from edition.render import note_numbers

    for text in READING.texts:
        numbers = note_numbers(text)
        for paragraph in text.paragraphs:
            segments = paragraph.segments
            for i, segment in enumerate(segments):
                if isinstance(segment, NoteRef):
                    before = "".join(shown(s) for s in segments[:i])
                    after = "".join(shown(s) for s in segments[i + 1:])
                    yield text.text.slug, paragraph.number, numbers[segment.note.id], before, after


def test_a_note_number_is_not_in_the_text_and_a_text_fragment_can_span_it(page, base_url):
    """A note's number is shown against its word ("Party¹") but is not part of the paragraph's
    text (README, "The page's text"): a copied quotation and a text fragment "at present … is
    to defend" read the words alone."""
    from urllib.parse import quote

    from conftest import squashed

    notes = list(_notes_in_context())
    assert notes, "the edition has notes"
    for slug, number, note, before, after in notes:
        page.goto(base_url + f"{slug}/")
        text = page.locator(f"#p{number}").evaluate("e => e.textContent")
        assert squashed(before + after) == squashed(text), f"{slug} ¶{number}: the text holds more than the reading"
        # The number is shown, raised, from the reference's attribute.
        shown = page.locator(f"#p{number} a.footnote-ref").evaluate_all(
            "els => els.map(e => getComputedStyle(e, '::after').content)")
        assert any(str(note) in content or "attr(data-note)" in content for content in shown), (slug, number, note)
    # A range across the note: two words before it, three after, the start unique in the page. A
    # fragment matches whole words only: the note's phrase must end a word (not 朝鮮 in 朝鮮人의).
    pages = {slug: page.goto(base_url + f"{slug}/") and page.locator("article").inner_text()
             for slug in dict.fromkeys(n[0] for n in notes)}
    slug, number, note, before, after = next(
        n for n in notes if len(n[3].split()) >= 2 and len(n[4].split()) >= 3 and not n[4][:1].isalnum()
        and pages[n[0]].count(" ".join(n[3].split()[-2:])) == 1)
    start, end = " ".join(before.split()[-2:]), " ".join(after.split()[:3])
    # Found, the fragment scrolls its paragraph into view: a window shorter than the paragraph's
    # distance from the top, so that it must (a short text's paragraph may be in view at once).
    page.goto(base_url + f"{slug}/")
    top = page.locator(f"#p{number}").evaluate("e => e.getBoundingClientRect().top + scrollY")
    size = page.viewport_size
    if size and top < size["height"]:
        page.set_viewport_size({"width": size["width"], "height": max(100, int(top) // 2)})
    page.goto("about:blank")
    page.goto(base_url + f"{slug}/#:~:text={quote(start)},{quote(end)}")
    page.wait_for_load_state("networkidle")
    page.wait_for_function("id => { const r = document.getElementById(id).getBoundingClientRect(); "
                           "return r.top >= 0 && r.top < innerHeight; }", arg=f"p{number}", timeout=5000)
    assert page.evaluate("scrollY") > 0, f"the fragment {start!r}…{end!r} across note {note} was not found"
