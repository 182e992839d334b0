"""The reading page printed to PDF by headless Chromium: text, paragraph numbers, addresses, notes."""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter

import pytest

from conftest import MARKUP, ROOT, in_reading_order, letters_only
from edition.languages import direction
from edition.load import load_edition
from edition.render import note_numbers
from edition.transform import transform

EDITION = load_edition(ROOT)
READINGS = transform(EDITION).texts
SLUGS = [t.text.slug for t in READINGS]

# A page-level check: it runs for every text (tests/test_added_texts.py runs it on a copy with the test texts).
pytestmark = pytest.mark.page


def squeeze(text: str) -> str:
    """PDF text loses line breaks and hyphenation points: compare without any whitespace."""
    return re.sub(r"\s+", "", text)


def words_only(text: str) -> str:
    """Without whitespace or digits: the note numbers print inside the text. NFKC: a CJK font's PDF
    may name a character by its compatibility form (the Kangxi radical ⾔ for 言)."""
    return re.sub(r"[\s\d]+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def printouts(browser, base_url) -> dict[str, list[str]]:
    """Each reading page printed: the text of each printed page."""
    from pypdf import PdfReader

    context = browser.new_context()
    page = context.new_page()
    found = {}
    for slug in SLUGS:
        page.goto(base_url + f"{slug}/")
        marks = page.locator("a.footnote-ref, p.numbered a.term, p.numbered a.edit")
        if marks.count():
            marks.first.focus()  # an open tooltip must not print
        pdf = page.pdf(format="A4", print_background=False)
        assert pdf.startswith(b"%PDF")
        found[slug] = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    context.close()
    return found


@pytest.fixture(params=range(len(READINGS)), ids=SLUGS)
def text(request, printouts):
    """(the reading text, its printed pages, all its printed text)."""
    reading = READINGS[request.param]
    pages = printouts[reading.text.slug]
    return reading, pages, "\n".join(pages)


def right_to_left(reading) -> bool:
    return direction(reading.text.meta.language) == "rtl"


def comparable(reading, text: str, *, printed: bool = True) -> str:
    """What of a text (`printed`, or as written) is compared: a right-to-left text's by its letters,
    in reading order."""
    if right_to_left(reading):
        return letters_only(in_reading_order(text, reading.text.meta.language) if printed else text)
    return words_only(text)


def test_the_pdf_has_the_corrected_text(text):
    reading, _, printed = text
    flat = comparable(reading, re.sub(r"\(witness:[^)]*\)", "", printed))
    if right_to_left(reading):  # its witness notes are not in that order: by their letters
        for correction in reading.corrections:
            flat = flat.replace(letters_only(f"witness{correction.witnessed}"), "") if correction.witnessed else flat
    for paragraph in reading.paragraphs[:: max(1, len(reading.paragraphs) // 5)]:
        words = paragraph.reading.split()
        for start in (0, len(words) // 2):
            phrase = " ".join(words[start:start + 8])
            assert comparable(reading, phrase, printed=False) in flat, (paragraph.number, phrase)


def test_the_pdf_gives_the_page_address_once_and_each_paragraph_its_anchor(text, base_url):
    reading, _, printed = text
    flat = squeeze(printed)
    address = f"{reading.text.slug}/"
    assert flat.count("example.github.io/edition/" + address) == 1, "the page's address, once"
    position = 0
    for paragraph in reading.paragraphs:
        found = flat.find(f"¶{paragraph.number}#p{paragraph.number}", position)
        assert found >= 0, f"¶{paragraph.number} and its anchor missing or out of order"
        position = found


def test_the_pdf_prints_every_witnessed_reading_beside_its_reading(text):
    reading, _, printed = text
    flat = squeeze(printed)
    letters = letters_only(in_reading_order(printed, reading.text.meta.language))
    lines = [Counter(squeeze(line).replace(")", "(")) for line in unicodedata.normalize("NFKC", printed).splitlines()]
    for correction in reading.corrections:
        if correction.witnessed:
            beside = f"{correction.reading}(witness:{correction.witnessed})"
            if not right_to_left(reading):
                assert squeeze(beside) in flat, correction.id
                continue
            # Right to left: the letters in order, and every character (a parenthesis printed
            # mirrored) on one line, wherever the bidirectional algorithm put digits and punctuation.
            assert letters_only(beside) in letters, correction.id
            wanted = Counter(squeeze(beside).replace(")", "("))
            assert any(not wanted - line for line in lines), correction.id


def test_the_pdf_has_the_key_to_the_marks(text):
    _, _, printed = text
    flat = squeeze(printed)
    assert "Keytothemarks" in flat
    for item in ("a correction", "a glossary term", "text missing from the witness"):
        assert squeeze(item) in flat, item


def test_the_pdf_prints_the_notes_as_numbered_endnotes_after_the_text(text):
    reading, pages, printed = text

    def page_of(phrase: str) -> int:
        found = [n for n, page in enumerate(pages) if comparable(reading, phrase, printed=False) in comparable(reading, page)]
        assert found, phrase
        return found[0]

    # Text order within a PDF page is the renderer's, so notes are placed by page.
    end_of_text = page_of(" ".join(reading.paragraphs[-1].reading.split()[-6:]))
    notes = sorted(reading.notes, key=lambda n: note_numbers(reading)[n.id])
    flat = words_only(printed)
    previous = end_of_text
    for number, note in enumerate(notes, 1):
        opening = " ".join(MARKUP.plain_text(note.body).split()[:8])
        assert page_of(opening) >= previous, note.id
        previous = page_of(opening)
        # Numbered, and printed once: no tooltip copy over the text.
        assert re.search(rf"(^|\n){number}\.\s*" + re.escape(opening.split()[0]), printed), note.id
        assert flat.count(words_only(opening)) == 1, note.id


def test_every_note_number_prints_whole_and_in_order(text):
    reading, _, printed = text
    if not reading.notes:  # no empty Notes section
        assert not re.search(r"(?m)^\s*Notes\s*$", printed)
        return
    notes = printed[printed.rindex("Notes"):]
    numbers = [int(n) for n in re.findall(r"(?m)^\s*(\d+)\.\s", notes)]
    assert numbers == list(range(1, len(reading.notes) + 1))


def test_the_printed_text_has_no_grey(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.emulate_media(media="print")
    for slug in SLUGS:
        page.goto(base_url + f"{slug}/")
        colours = page.eval_on_selector_all(
            "article *", "els => [...new Set(els.filter(e => e.offsetParent !== null && e.textContent.trim())"
            ".map(e => getComputedStyle(e).color))]")
        assert colours == ["rgb(0, 0, 0)"], slug
    context.close()


def test_the_pdf_has_no_site_chrome(text):
    _, _, printed = text
    for chrome in ("Table of contents", "Show the witness as received", "Type to start searching"):
        assert chrome not in printed
