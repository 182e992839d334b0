"""W3C Web Annotations (JSON-LD) of one text's notes and corrections.

Each annotation targets the paragraph's page with a FragmentSelector (`pN`), refined by
a TextQuoteSelector (exact, with as much prefix and suffix as makes it match once) and a
TextPositionSelector; positions are counted in code points of the paragraph's reading
text. Notes are `commenting`; corrections are `editing`, their bodies the reading
(purpose `editing`) and the reason (purpose `commenting`).
"""

from __future__ import annotations

from ..model import ReadingParagraph, ReadingText
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


def target(page: str, paragraph: ReadingParagraph, start: int, end: int) -> dict:
    text = paragraph.reading
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


def render(text: ReadingText, identity: Publication, path: str) -> bytes:
    slug = text.text.slug
    page = f"{identity.site_url}{slug}/"
    own = f"{identity.site_url}{path}"
    creator = [{"type": "Organization" if e.organisation else "Person", "name": e.display} for e in identity.editors]
    paragraphs = {p.number: p for p in text.paragraphs}
    found = places(text)
    items = []
    for note in notes_in_order(text):
        paragraph = paragraphs[note.paragraph]
        start, end = found.notes[note.id]
        items.append({
            "id": f"{own}#{note.id}", "type": "Annotation", "motivation": "commenting",
            **({"creator": creator} if creator else {}),
            "body": [{"type": "TextualBody", "purpose": "commenting", "format": "text/markdown",
                      "language": text.text.meta.language, "value": note.body},
                     {"type": "TextualBody", "purpose": "commenting", "format": "text/plain",
                      "language": text.text.meta.language, "value": identity.markup.text_of(note.body)}],
            "target": target(page, paragraph, start, end),
            "canonical": f"{page}#fn:{note.id}",
        })
    for c in text.corrections:
        paragraph = paragraphs[c.paragraph]
        start, end = found.corrections[c.id]
        items.append({
            "id": f"{own}#{c.id}", "type": "Annotation", "motivation": "editing",
            **({"creator": creator} if creator else {}),
            "body": [{"type": "TextualBody", "purpose": "editing", "value": c.shown},
                     {"type": "TextualBody", "purpose": "commenting", "format": "text/plain", "value": c.reason}],
            "target": target(page, paragraph, start, end),
            "canonical": f"{page}#c-{c.id}",
            "label": f"{c.kind}, {c.confidence}; the witness reads: {c.witnessed or '(nothing: a gap)'}",
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
