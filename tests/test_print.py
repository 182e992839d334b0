"""The reading page printed to PDF by headless Chromium: text, paragraph numbers, addresses, notes."""

from __future__ import annotations

import io
import re

import pytest

from conftest import ROOT
from edition.load import load_edition
from edition.render import note_numbers, plain_text
from edition.transform import transform

EDITION = load_edition(ROOT)
READING = transform(EDITION).texts[0]


def squeeze(text: str) -> str:
    """PDF text loses line breaks and hyphenation points: compare without any whitespace."""
    return re.sub(r"\s+", "", text)


def words_only(text: str) -> str:
    """Without whitespace or digits: the note numbers print inside the text."""
    return re.sub(r"[\s\d]+", "", text)


@pytest.fixture(scope="module")
def pages(browser, base_url) -> list[str]:
    """The text of each printed page."""
    from pypdf import PdfReader

    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "section-3/")
    page.wait_for_load_state("networkidle")
    page.locator("a.footnote-ref").first.focus()  # an open tooltip must not print
    pdf = page.pdf(format="A4", print_background=False)
    context.close()
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(pdf))
    return [p.extract_text() for p in reader.pages]


@pytest.fixture(scope="module")
def printed(pages) -> str:
    return "\n".join(pages)


def test_the_pdf_has_the_corrected_text(printed):
    flat = words_only(printed)
    for paragraph in READING.paragraphs[:: max(1, len(READING.paragraphs) // 5)]:
        words = paragraph.reading.split()
        for start in (0, len(words) // 2):
            phrase = " ".join(words[start:start + 8])
            assert words_only(phrase) in flat, (paragraph.number, phrase)


def test_the_pdf_numbers_every_paragraph_and_gives_its_address(printed):
    flat = squeeze(printed)
    position = 0
    for paragraph in READING.paragraphs:
        found = flat.find(f"¶{paragraph.number}", position)
        assert found >= 0, f"¶{paragraph.number} missing or out of order"
        position = found
        assert f"section-3/#p{paragraph.number}" in flat, paragraph.number


def test_the_pdf_prints_the_notes_as_numbered_endnotes_after_the_text(pages, printed):
    def page_of(phrase: str) -> int:
        found = [n for n, text in enumerate(pages) if words_only(phrase) in words_only(text)]
        assert found, phrase
        return found[0]

    # Text order within a PDF page is the renderer's, so notes are placed by page.
    end_of_text = page_of(" ".join(READING.paragraphs[-1].reading.split()[-6:]))
    notes = sorted((n for n in EDITION.notes if n.text == "section-3"),
                   key=lambda n: note_numbers(READING)[n.id])
    flat = words_only(printed)
    previous = end_of_text
    for number, note in enumerate(notes, 1):
        opening = " ".join(plain_text(note.body).split()[:8])
        assert page_of(opening) >= previous, note.id
        previous = page_of(opening)
        # Numbered, and printed once: no tooltip copy over the text.
        assert re.search(rf"(^|\n){number}\.\s*" + re.escape(opening.split()[0]), printed), note.id
        assert flat.count(words_only(opening)) == 1, note.id


def test_the_pdf_has_no_site_chrome(printed):
    for chrome in ("Table of contents", "Show the witness as received", "Type to start searching"):
        assert chrome not in printed
