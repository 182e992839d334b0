"""JSON of the whole edition, and the JSON Schema (2020-12) it is published with.

Offsets are counted in Unicode code points (Python string indices), `end` exclusive:
`witness_span` in the witness paragraph, `reading_span` in the paragraph's reading text.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from ..markup import Markup
from ..model import HEADING, PARAGRAPH, SKIPPED, AuthorNoteRef, Name, Reading, ReadingText, segment_spans
from ..downloads import DOWNLOADS, Downloads
from .publication import Publication
from .common import note_numbers, notes_in_order, places

SCHEMA = Path(__file__).with_name("edition.schema.json")


def schema_url(site_url: str) -> str:
    """The schema's address in the site: its `$id`, and what each instance's `$schema` names."""
    return f"{site_url}{DOWNLOADS}/{SCHEMA.name}"


def schema(identity: Publication) -> bytes:
    document = json.loads(SCHEMA.read_text(encoding="utf-8"))
    document["$id"] = schema_url(identity.site_url)
    return dumps(document)


def dumps(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def render(reading: Reading, identity: Publication, files: Downloads) -> bytes:
    data = edition_data(reading, identity, files)
    found = inconsistencies(data)
    if found:  # the model gave spans or numbers the schema's promise does not hold for: a bug here
        raise ValueError("edition.json is inconsistent: " + "; ".join(found))
    return dumps(data)


def inconsistencies(data: dict) -> list[str]:
    """What the schema cannot say: each paragraph numbered in turn from 1, each entry's paragraph
    within its text, each span ordered and within its paragraph's text (the reading's, or for
    `witness_span` the witness's), and a note's span holding its phrase. Each as `place: what`."""
    found = []
    for t, text in enumerate(data.get("texts", [])):
        paragraphs = text.get("paragraphs", [])
        for index, paragraph in enumerate(paragraphs):
            if paragraph.get("n") != index + 1:
                found.append(f"/texts/{t}/paragraphs/{index}: numbered {paragraph.get('n')}, not {index + 1}")
            lines = paragraph.get("lines")
            if lines is not None and ("\n".join(line["reading"] for line in lines) != paragraph.get("reading")
                                      or [line["n"] for line in lines] != list(range(1, len(lines) + 1))):
                found.append(f"/texts/{t}/paragraphs/{index}/lines: not the reading's lines, numbered in turn from 1")
        for group in ("corrections", "notes"):
            for e, entry in enumerate(text.get(group, [])):
                place, number = f"/texts/{t}/{group}/{e}", entry.get("paragraph", 0)
                if not 1 <= number <= len(paragraphs):
                    found.append(f"{place}: paragraph {number} is not in the text (1 to {len(paragraphs)})")
                    continue
                paragraph = paragraphs[number - 1]
                for key, within in (("reading_span", "reading"), ("witness_span", "witness")):
                    span = entry.get(key)
                    if span is None:
                        continue
                    if not 0 <= span["start"] <= span["end"] <= len(paragraph[within]):
                        found.append(f"{place}/{key}: {span['start']}-{span['end']} is not an ordered span within "
                                     f"the paragraph's {within} text (0-{len(paragraph[within])})")
                    elif group == "notes" and " ".join(paragraph[within][span["start"]:span["end"]].split()) \
                            != " ".join(entry["phrase"].split()):
                        found.append(f"{place}/{key}: does not hold the phrase")
    return found


def editor_data(editor: Name) -> dict:
    """An editor as mkdocs.yml gives one: an organisation, a single name, or family and given names
    with the order they are written in."""
    if editor.organisation:
        return {"name": editor.name, "organisation": True}
    if editor.single:
        return {"name": editor.name, "name_order": "single"}
    return {"family": editor.family, **({"given": editor.given} if editor.given else {}),
            "name_order": "family-first" if editor.family_first else "given-first"}


def edition_data(reading: Reading, identity: Publication, files: Downloads) -> dict:
    site = identity.site_url
    return {
        "$schema": schema_url(site),
        "edition": {
            "title": identity.title,
            "url": site,
            "editors": [editor_data(e) for e in identity.editors],
            **{key: getattr(identity, key) for key in ("publisher", "version", "date_released", "licence",
                                                        "repository") if getattr(identity, key)},
        },
        "texts": [text_data(text, site, identity.markup, files) for text in reading.texts],
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


def text_data(text: ReadingText, site: str, markup: Markup, files: Downloads) -> dict:
    witness, slug = text.text, text.text.slug
    page = f"{site}{slug}/"
    meta = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(witness.meta).items()
            if k not in ("slug", "provenance", "header", "witness_address", "captured")}
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
                    "header": dict(witness.header),
                    # Where and when the witness was copied, where recorded.
                    **{key: value for key, value in (("address", witness.meta.witness_address),
                                                     ("captured", witness.meta.captured)) if value}},
        "paragraphs": [
            {"n": p.number, "id": f"p{p.number}", "url": f"{page}#p{p.number}",
             "witness": witness.paragraph(p.number).text, "reading": p.reading,
             # Verse: each line of the reading with its address (#pN.L), as the page anchors it.
             **({"lines": [{"n": n, "id": f"p{p.number}.{n}", "url": f"{page}#p{p.number}.{n}", "reading": line}
                           for n, line in enumerate(p.reading.split("\n"), 1)]} if witness.meta.verse else {})}
            for p in text.paragraphs
        ],
        "corrections": corrections,
        "notes": notes,
        "downloads": [{"url": f"{site}{d.path}", "label": d.label, "media_type": d.media_type}
                      for d in files.of_text(slug)],
        **({"structure": structure_data(text, page)} if text.text.blocks else {}),
    }


def structure_data(text: ReadingText, page: str) -> list[dict]:
    """The body block by block (the metadata's structure): what each is, and an author's note's marker's place."""
    markers = {}
    for paragraph in text.paragraphs:
        for start, end, segment in segment_spans(paragraph.segments):
            if isinstance(segment, AuthorNoteRef):
                markers[segment.note_id] = (paragraph.number, start, end)
    data: list[dict] = []
    for block in text.text.blocks:
        entry: dict = {"block": block.block, "kind": block.kind}
        if block.kind == PARAGRAPH:
            entry["n"] = block.number
        elif block.kind == SKIPPED:
            entry["witness"] = block.text
        else:
            entry.update({"id": block.id, "url": f"{page}#{block.id}", "text": block.reading, "witness": block.text})
            if block.kind == HEADING:
                entry["level"] = block.level
            else:
                number, start, end = markers[block.id]
                entry.update({"marker": block.marker, "paragraph": number, "marker_span": {"start": start, "end": end}})
        data.append(entry)
    return data
