"""The typed data that passes between the stages of the pipeline."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# The problems and their types live in problems.py; named here too, where the stages have always found them.
from .problems import SHORT, Origin, Problem, ValidationFailed, short  # noqa: F401

# The data's rules are JSON Schemas (schemas/, see edition/schemas.py); the closed lists the
# pages order things by are read from there, so a new allowed value is one schema edit.
SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def _enum(schema: str, *path: str) -> tuple[str, ...]:
    node = json.loads((SCHEMAS / f"{schema}.schema.json").read_text(encoding="utf-8"))
    for key in path:
        node = node[key]
    return tuple(node["enum"])


def _meanings(schema: str, *path: str) -> dict[str, str]:
    """Each value of a closed list with what it means, in words (the schema's enumDescriptions,
    which an editor's completion shows too): a mark's panel says it (render.marks_data)."""
    node = json.loads((SCHEMAS / f"{schema}.schema.json").read_text(encoding="utf-8"))
    for key in path:
        node = node[key]
    return dict(zip(node["enum"], node["enumDescriptions"], strict=True))


KIND_MEANINGS = _meanings("annotations", "$defs", "correction", "properties", "kind")
CONFIDENCE_MEANINGS = _meanings("annotations", "$defs", "correction", "properties", "confidence")
KINDS = tuple(KIND_MEANINGS)
CONFIDENCES = tuple(CONFIDENCE_MEANINGS)


# The header lines a text may open with, each a role the page gives its own place:
# the title is the page's heading, the part's heading (unit, number, title) a heading below it.
HEADER_ROLES = _enum("text-metadata", "properties", "header", "items")
NAME_ORDERS = _enum("text-metadata", "properties", "name_order")


@dataclass(frozen=True)
class TextMeta:
    slug: str
    author: str
    title: str
    date: str              # YYYY, YYYY-MM or YYYY-MM-DD: as precise as the work's date is known
    date_display: str
    unit: str              # the label of the part: "section", "chapter", "No.", or "" for none
    number: str            # the part's number, "" for none
    part_title: str        # the part's own heading title ("" when the text is a whole work)
    language: str
    provenance: str
    header: tuple[str, ...]
    name_order: str = "given-first"  # family-first: "Mao Zedong"; given-first: "James Madison"
    # The family name within `author`; by default its first (family-first) or last word.
    author_family: str = ""
    # The language the work was written in, as a name ("Korean"), where the text is a translation.
    original_language: str = ""
    # Where the witness was copied from (an http(s) address) and when, where recorded.
    witness_address: str = ""
    captured: str = ""
    # How the witness's lines are read: "prose" (a line break is a space) or "verse" (each line kept).
    form: str = "prose"

    @property
    def verse(self) -> bool:
        return self.form == "verse"

    @property
    def family(self) -> str:
        if self.author_family:
            return self.author_family
        words = self.author.split()
        if not words:
            return ""
        return words[0] if self.name_order == "family-first" else words[-1]

    @property
    def author_given(self) -> str:
        family = self.family
        if self.name_order == "family-first":
            return self.author.removeprefix(family).strip()
        return self.author.removesuffix(family).strip()

    @property
    def filed_name(self) -> str:
        """The name as a bibliography files it: "Madison, James", "Mao, Zedong"."""
        return Name(family=self.family, given=self.author_given).filed

    @property
    def sort_key(self) -> tuple[str, str, str]:
        return (self.filed_name.casefold(), self.title.casefold(), self.slug)

    @property
    def part_label(self) -> str:
        """The unit and number as one label: "section 3", "No. 10", "" for none."""
        return " ".join(p for p in (self.unit, self.number) if p)

    @property
    def part_anchor(self) -> str:
        """The id of the part's heading: the unit's name ("section"), or "part" without one."""
        return re.sub(r"[^a-z0-9]+", "-", self.unit.lower()).strip("-") or "part"

    @property
    def year(self) -> str:
        return self.date[:4]


@dataclass(frozen=True)
class Name:
    """A person's name (family and given) or an organisation's (name), as citations print and file it:
    an editor of the edition, a text's author."""

    name: str = ""
    family: str = ""
    given: str = ""
    organisation: bool = False
    family_first: bool = False  # printed family name first ("Mao Zedong") and never inverted

    @property
    def display(self) -> str:
        if self.organisation:
            return self.name
        return " ".join(p for p in ((self.family, self.given) if self.family_first else (self.given, self.family)) if p)

    @property
    def filed(self) -> str:
        """The name as a bibliography files it (and formats that split at a comma read it): "Madison,
        James", "Mao, Zedong"; an organisation's as it is."""
        if self.organisation:
            return self.name
        return f"{self.family}, {self.given}" if self.given else self.family


Editor = Name  # an editor of the edition: a person or an organisation


@dataclass(frozen=True)
class EditionIdentity:
    """The edition itself, apart from any text in it: mkdocs.yml's `extra.edition`."""

    title: str
    short_title: str
    editors: tuple[Editor, ...]
    publisher: str
    version: str
    date_released: str
    licence: str
    repository: str


@dataclass(frozen=True)
class Paragraph:
    number: int
    text: str


@dataclass(frozen=True)
class Text:
    meta: TextMeta
    source_file: str
    sha256: str
    header: dict[str, str]
    paragraphs: tuple[Paragraph, ...]

    @property
    def slug(self) -> str:
        return self.meta.slug

    def paragraph(self, number: int) -> Paragraph:
        return self.paragraphs[number - 1]


@dataclass(frozen=True)
class Correction:
    """One change to the witness. `start == end` is an insertion (a lacuna)."""

    id: str
    text: str
    paragraph: int
    witnessed: str
    reading: str
    kind: str
    confidence: str
    reason: str
    start: int
    end: int
    origin: Origin

    @property
    def is_gap(self) -> bool:
        return self.kind == "lacuna"

    @property
    def shown(self) -> str:
        """The reading as the page prints it: a gap follows its word, in brackets, after a space."""
        if self.is_gap:
            return f" [{self.reading or '…'}]"
        return self.reading


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    paragraph: int
    phrase: str
    occurrence: int | None
    body: str
    origin: Origin


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    forms: tuple[str, ...]
    definition: str
    origin: Origin
    # The texts the term is written for (slugs); empty: every text.
    texts: tuple[str, ...] = ()

    def applies_to(self, slug: str) -> bool:
        return not self.texts or slug in self.texts


@dataclass(frozen=True)
class Edition:
    texts: tuple[Text, ...]
    corrections: tuple[Correction, ...]
    notes: tuple[Note, ...]
    terms: tuple[Term, ...]
    identity: EditionIdentity | None = None
    # Texts some of whose data was refused: their corrected text is not what the editor meant, so
    # a phrase or a term not found there is no mistake of its own (one mistake, one message).
    incomplete: frozenset[str] = frozenset()

    def text(self, slug: str) -> Text:
        return next(t for t in self.texts if t.slug == slug)


# What the transform stage produces: each paragraph as a run of segments.


@dataclass(frozen=True)
class Plain:
    """Text of the witness, printed as it is."""

    text: str

    @property
    def shown(self) -> str:
        return self.text

    @property
    def witnessed(self) -> str:
        return self.text


@dataclass(frozen=True)
class Edit:
    """A correction: the reader sees its reading, the witness has its witnessed string."""

    correction: Correction

    @property
    def shown(self) -> str:
        return self.correction.shown

    @property
    def witnessed(self) -> str:
        return self.correction.witnessed


@dataclass(frozen=True)
class TermLink:
    """Text of the witness that names a glossary term."""

    term: Term
    text: str

    @property
    def shown(self) -> str:
        return self.text

    @property
    def witnessed(self) -> str:
        return self.text


@dataclass(frozen=True)
class NoteRef:
    """A note's number: no text of either reading."""

    note: Note

    @property
    def shown(self) -> str:
        return ""

    @property
    def witnessed(self) -> str:
        return ""


Segment = Plain | Edit | TermLink | NoteRef


@dataclass(frozen=True)
class ReadingParagraph:
    number: int
    segments: tuple[Segment, ...]

    @functools.cached_property  # asked for by every note and correction of the paragraph in each export
    def reading(self) -> str:
        """The corrected text as a reader sees it."""
        return "".join(shown(s) for s in self.segments)

    @property
    def witness(self) -> str:
        """The witness text, rebuilt from the segments: proves nothing was lost."""
        return "".join(witnessed(s) for s in self.segments)


def segment_spans(segments: Iterable[Segment]) -> list[tuple[int, int, Segment]]:
    """Each segment with its (start, end) in the reading text its segments make."""
    spans, offset = [], 0
    for segment in segments:
        length = len(shown(segment))
        spans.append((offset, offset + length, segment))
        offset += length
    return spans


def shown(segment: Segment) -> str:
    """What the reader sees of a segment (each kind says)."""
    return segment.shown


def witnessed(segment: Segment) -> str:
    """What the witness has of a segment (each kind says)."""
    return segment.witnessed


@dataclass(frozen=True)
class ReadingText:
    text: Text
    paragraphs: tuple[ReadingParagraph, ...]
    corrections: tuple[Correction, ...]
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class TermOccurrences:
    term: Term
    places: tuple[tuple[str, int], ...]  # (text slug, paragraph)


@dataclass(frozen=True)
class Reading:
    """The whole edition, ready to render."""

    texts: tuple[ReadingText, ...]
    glossary: tuple[TermOccurrences, ...]


# The reading's orders: what the pages and the exports number and list alike.


def note_numbers(text: ReadingText) -> dict[str, int]:
    """Footnotes are numbered in the order of their references in the text."""
    refs = [s.note.id for p in text.paragraphs for s in p.segments if isinstance(s, NoteRef)]
    return {note_id: number for number, note_id in enumerate(refs, 1)}


def notes_in_order(text: ReadingText) -> list[Note]:
    """The text's notes in the order of their numbers (note_numbers)."""
    numbers = note_numbers(text)
    return sorted(text.notes, key=lambda n: numbers[n.id])


def glossary_in_order(entries) -> list[TermOccurrences]:
    """Glossary entries in the order of their terms, whatever their case."""
    return sorted(entries, key=lambda e: e.term.term.lower())
