"""What several exports share: where notes' phrases and corrections lie, and XML layout."""

from __future__ import annotations

from dataclasses import dataclass
import xml.etree.ElementTree as ET

from ..model import Edit, NoteRef, ReadingParagraph, ReadingText, segment_spans
from ..markup import append_text
from ..model import glossary_in_order, note_numbers, notes_in_order
from ..witness import locate

__all__ = ["Places", "append_text", "correction_spans", "glossary_in_order", "indent_structure",
           "note_numbers", "notes_in_order", "phrase_spans", "places", "segment_spans"]


def phrase_spans(paragraph: ReadingParagraph) -> dict[str, tuple[int, int]]:
    """Each note of the paragraph → its phrase's (start, end) in the reading text, found by the matching rule."""
    reading = paragraph.reading
    spans: dict[str, tuple[int, int]] = {}
    for segment in paragraph.segments:
        if isinstance(segment, NoteRef):
            note = segment.note
            span, _ = locate(reading, note.phrase, note.occurrence, "phrase", "")
            if span is not None:  # always: the transform placed the note by this very rule
                spans[note.id] = span
    return spans


def correction_spans(paragraph: ReadingParagraph) -> dict[str, tuple[int, int]]:
    """Each correction of the paragraph → its (start, end) in the reading text: where its reading is printed."""
    return {segment.correction.id: (start, end) for start, end, segment in segment_spans(paragraph.segments)
            if isinstance(segment, Edit)}


@dataclass(frozen=True)
class Places:
    """Where a text's notes' phrases and corrections' readings lie in their paragraphs' reading
    text: found paragraph by paragraph once, not by a search of the paragraph for each entry."""

    notes: dict[str, tuple[int, int]]
    corrections: dict[str, tuple[int, int]]


def places(text: ReadingText) -> Places:
    return Places({id: span for p in text.paragraphs for id, span in phrase_spans(p).items()},
                  {id: span for p in text.paragraphs for id, span in correction_spans(p).items()})


def indent_structure(element: ET.Element, level: int = 0) -> None:
    """Indent elements that hold only elements; leave mixed content (any text, even a space) as it is."""
    children = list(element)
    if not children:
        return
    mixed = bool(element.text) or any(c.tail for c in children)
    if mixed:
        return
    pad = "\n" + "  " * (level + 1)
    element.text = pad
    for child in children:
        indent_structure(child, level + 1)
        child.tail = pad
    children[-1].tail = "\n" + "  " * level

