"""W3C Web Annotations (JSON-LD) of one text's notes and corrections.

A note (`commenting`) annotates the reading text: it targets the paragraph's page with a
FragmentSelector (`pN`), refined by a TextQuoteSelector (exact, with as much prefix and
suffix as makes it match once) and a TextPositionSelector counted in code points of the
paragraph's reading text as the page shows it (the DOM text of `#pN`, where a line break of a
hard-wrapped witness is a space), and the same words in the reading plain text
(`NAME.reading.txt`, which keeps the line breaks). A correction (`editing`) selects what the witness reads, in the
diplomatic plain text (`NAME.diplomatic.txt`: the witness's paragraphs, a file that does not
change with the edition's readings), and proposes the edition's reading as its body (purpose
`editing`), with the reason (purpose `commenting`). A lacuna selects the witnessed word after
which it is, and proposes that word followed by the supplement. In a plain-text file the
TextQuoteSelector and the TextPositionSelector (code points of the whole file) are
alternatives that select the same words.
"""

from __future__ import annotations

from typing import Any

from ..downloads import download_path
from ..model import Correction, ReadingParagraph, ReadingText
from ..witness import as_shown
from . import plaintext
from .publication import Publication
from .common import notes_in_order, places
from .json_export import dumps

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_LEN = 32  # characters of prefix and suffix, more only where needed to match once
RFC3986 = "http://tools.ietf.org/rfc/rfc3986"


def quote_selector(text: str, start: int, end: int) -> dict:
    """exact, prefix and suffix that occur together once in `text`, at `start`."""
    exact = text[start:end]
    length = CONTEXT_LEN
    while True:
        prefix, suffix = text[max(0, start - length):start], text[end:end + length]
        if count_quote(text, prefix, exact, suffix) == 1 or (start - length <= 0 and end + length >= len(text)):
            return {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix}
        length *= 2


def count_quote(text: str, prefix: str, exact: str, suffix: str) -> int:
    """How many places of `text` have prefix + exact + suffix (the quote's exact part found there)."""
    whole = prefix + exact + suffix
    # str.find, from one place past each found: overlapping places count, as they are distinct places.
    count, place = 0, text.find(whole)
    while place != -1:
        count, place = count + 1, text.find(whole, place + 1)
    return count


def target(page: str, paragraph: ReadingParagraph, start: int, end: int, verse: bool = False) -> dict:
    # The DOM text of #pN shows each line break of a hard-wrapped witness as a space (one_line,
    # as the page writes it); quote and positions are of that text. A phrase neither begins nor
    # ends with white space, so the text before it maps whole.
    # In verse the page keeps every line (witness.as_shown): the text is the reading as it is.
    text = as_shown(paragraph.reading, verse)
    start, end = len(as_shown(paragraph.reading[:start], verse)), len(as_shown(paragraph.reading[:end], verse))
    return {
        "type": "SpecificResource",
        "source": page,
        "selector": {
            "type": "FragmentSelector",
            "conformsTo": RFC3986,
            "value": f"p{paragraph.number}",
            "refinedBy": [quote_selector(text, start, end),
                          {"type": "TextPositionSelector", "start": start, "end": end}],
        },
    }


def plain_target(source: str, content: str, start: int, end: int) -> dict:
    """Words of a plain-text file, by quote and by position in the whole file."""
    return {
        "type": "SpecificResource",
        "source": source,
        "selector": [quote_selector(content, start, end), {"type": "TextPositionSelector", "start": start, "end": end}],
    }


def witnessed_span(correction: Correction, witness: str) -> tuple[int, int]:
    """What an editing annotation selects in the witness paragraph: the witnessed string, or
    for a lacuna (which replaces nothing) the word before the gap."""
    if correction.start < correction.end:
        return correction.start, correction.end
    before = witness[:correction.start].rstrip()
    return len(before) - len(before.split()[-1]) if before.split() else correction.start, correction.start


def render(text: ReadingText, identity: Publication, path: str) -> bytes:
    slug = text.text.slug
    page = f"{identity.site_url}{slug}/"
    own = f"{identity.site_url}{path}"
    reading_file, reading_starts = plaintext.content(text, identity, "reading")
    witness_file, witness_starts = plaintext.content(text, identity, "diplomatic")
    reading_url = f"{identity.site_url}{download_path(slug, 'reading.txt')}"
    witness_url = f"{identity.site_url}{download_path(slug, 'diplomatic.txt')}"
    creator = [{"type": "Organization" if e.organisation else "Person", "name": e.display} for e in identity.editors]
    paragraphs = {p.number: p for p in text.paragraphs}
    found = places(text)
    items: list[dict[str, Any]] = []
    for note in notes_in_order(text):
        paragraph = paragraphs[note.paragraph]
        start, end = found.notes[note.id]
        offset = reading_starts[note.paragraph]
        items.append({
            "id": f"{own}#{note.id}", "type": "Annotation", "motivation": "commenting",
            **({"creator": creator} if creator else {}),
            # A note is the editors', in the edition's language (the text it targets is in its own).
            "body": [{"type": "TextualBody", "purpose": "commenting", "format": "text/markdown",
                      "language": identity.language, "value": note.body},
                     {"type": "TextualBody", "purpose": "commenting", "format": "text/plain",
                      "language": identity.language, "value": identity.markup.text_of(note.body)}],
            "target": [target(page, paragraph, start, end, text.text.meta.verse),
                       plain_target(reading_url, reading_file, offset + start, offset + end)],
            "canonical": f"{page}#fn:{note.id}",
        })
    for c in text.corrections:
        witness = text.text.paragraph(c.paragraph).text
        start, end = witnessed_span(c, witness)
        # The edition's reading of the selected words: the reading, or the word and the supplement.
        proposed = witness[start:end] + c.shown if c.is_gap else c.reading
        offset = witness_starts[c.paragraph]
        items.append({
            "id": f"{own}#{c.id}", "type": "Annotation", "motivation": "editing",
            **({"creator": creator} if creator else {}),
            # The proposed reading is the text's words, the reason the editors'.
            "body": [{"type": "TextualBody", "purpose": "editing", "language": text.text.meta.language, "value": proposed},
                     {"type": "TextualBody", "purpose": "commenting", "format": "text/plain", "language": identity.language,
                      "value": c.reason}],
            "target": plain_target(witness_url, witness_file, offset + start, offset + end),
            "canonical": f"{page}#c-{c.id}",
            "label": f"{c.kind}, {c.confidence}" + ("; a gap in the witness" if c.is_gap else ""),
        })
    collection = {
        "@context": CONTEXT,
        "id": own,
        "type": "AnnotationCollection",
        "label": f"Notes and corrections: {text.text.meta.title} ({identity.title})",
        "total": len(items),
        "first": {"id": f"{own}#page-1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return dumps(collection)
