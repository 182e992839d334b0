"""JSON of the whole edition, and the JSON Schema (2020-12) it is published with.

Offsets are counted in Unicode code points (Python string indices), `end` exclusive:
`witness_span` in the witness paragraph, `reading_span` in the paragraph's reading text.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from ..markup import Markup
from ..model import Reading, ReadingText
from ..downloads import DOWNLOADS, text_downloads
from .publication import Publication
from .common import note_numbers, notes_in_order, places

SCHEMA = Path(__file__).with_name("edition.schema.json")


def schema() -> bytes:
    return SCHEMA.read_bytes()


def dumps(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def render(reading: Reading, identity: Publication) -> bytes:
    return dumps(edition_data(reading, identity))


def edition_data(reading: Reading, identity: Publication) -> dict:
    site = identity.site_url
    return {
        "$schema": f"{site}{DOWNLOADS}/{SCHEMA.name}",
        "edition": {
            "title": identity.title,
            "url": site,
            "editors": [{"name": e.name, "organisation": True} if e.organisation
                        else {"family": e.family, **({"given": e.given} if e.given else {})} for e in identity.editors],
            **{key: getattr(identity, key) for key in ("publisher", "version", "date_released", "licence",
                                                        "repository") if getattr(identity, key)},
        },
        "texts": [text_data(text, site, identity.markup) for text in reading.texts],
        "glossary": [
            {
                "id": entry.term.id,
                "url": f"{site}glossary/#{entry.term.id}",
                "term": entry.term.term,
                "forms": list(entry.term.forms),
                "definition": {"markdown": entry.term.definition, "text": identity.markup.text_of(entry.term.definition)},
                "places": [{"text": slug, "paragraph": n, "url": f"{site}{slug}/#p{n}"} for slug, n in entry.places],
            }
            for entry in reading.glossary
        ],
    }


def text_data(text: ReadingText, site: str, markup: Markup) -> dict:
    witness, slug = text.text, text.text.slug
    page = f"{site}{slug}/"
    meta = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(witness.meta).items()
            if k not in ("slug", "provenance", "header")}
    found = places(text)
    numbers = note_numbers(text)
    notes = []
    for note in notes_in_order(text):
        start, end = found.notes[note.id]
        notes.append({
            "id": note.id, "url": f"{page}#fn:{note.id}", "number": numbers[note.id], "paragraph": note.paragraph,
            "phrase": note.phrase, "reading_span": {"start": start, "end": end},
            "body": {"markdown": note.body, "text": markup.text_of(note.body)},
        })
    corrections = []
    for c in text.corrections:
        start, end = found.corrections[c.id]
        corrections.append({
            "id": c.id, "url": f"{page}#c-{c.id}", "paragraph": c.paragraph, "kind": c.kind,
            "confidence": c.confidence, "witnessed": c.witnessed, "reading": c.reading, "shown": c.shown,
            "witness_span": {"start": c.start, "end": c.end}, "reading_span": {"start": start, "end": end},
            "reason": c.reason,
        })
    return {
        "slug": slug,
        "url": page,
        "metadata": meta,
        "witness": {"file": witness.source_file, "sha256": witness.sha256, "provenance": witness.meta.provenance,
                    "header": dict(witness.header)},
        "paragraphs": [
            {"n": p.number, "id": f"p{p.number}", "url": f"{page}#p{p.number}",
             "witness": witness.paragraph(p.number).text, "reading": p.reading}
            for p in text.paragraphs
        ],
        "corrections": corrections,
        "notes": notes,
        "downloads": [{"url": f"{site}{d.path}", "label": d.label, "media_type": d.media_type}
                      for d in text_downloads(slug)],
    }
