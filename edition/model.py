"""The typed data that passes between the stages of the pipeline."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# The problems and their types live in problems.py; named here too, where the stages have always found them.
from . import dates
from .dates import EdtfDate
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


def unspaced_script(character: str) -> bool:
    """Han, Hangul, Kana and Yi: scripts that write a family and a given name with no space between
    (최남선, 曹操), and whose names citation styles give whole, never as initials."""
    return unicodedata.name(character, "").startswith(("CJK ", "HANGUL ", "HIRAGANA ", "KATAKANA ", "YI "))


@dataclass(frozen=True)
class TextMeta:
    slug: str
    author: str
    title: str
    date: str              # EDTF levels 0-1 (edition/dates.py), as load.py normalised it: "1992-10-10", "0207", "1912~"
    date_display: str      # the date as the editor writes it, printed as it is
    unit: str              # the label of the part: "section", "chapter", "No.", or "" for none
    number: str            # the part's number, "" for none
    part_title: str        # the part's own heading title ("" when the text is a whole work)
    language: str
    provenance: str
    header: tuple[str, ...]
    # family-first: "Mao Zedong", "최남선"; given-first: "James Madison"; single: one name never split
    # into family and given ("نصير الدين الطوسي"), cited as written.
    name_order: str = "given-first"
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
    def single_name(self) -> bool:
        return self.name_order == "single"

    @property
    def family(self) -> str:
        """The family name ("Kim", "최"), or a single name whole: what an in-text citation gives."""
        if self.author_family:
            return self.author_family
        words = self.author.split()
        if not words or self.single_name:
            return self.author
        return words[0] if self.name_order == "family-first" else words[-1]

    @property
    def author_given(self) -> str:
        if self.single_name:
            return ""
        family = self.family
        if self.name_order == "family-first":
            return self.author.removeprefix(family).strip()
        return self.author.removesuffix(family).strip()

    @property
    def person(self) -> Name:
        """The author as citations name and file them."""
        if self.single_name:
            return Name(name=self.author)
        return Name(family=self.family, given=self.author_given, family_first=self.name_order == "family-first",
                    written=self.author)

    @property
    def filed_name(self) -> str:
        """The name as a bibliography files it: "Madison, James", "Mao, Zedong", a single name as it is."""
        return self.person.filed

    @property
    def when(self) -> EdtfDate:
        """The date, read (load.py has refused a date that cannot be)."""
        return dates.parse(self.date)

    @property
    def sort_key(self) -> tuple:
        """By author, then date (44 BCE before 207 CE), then title and name."""
        return (self.filed_name.casefold(), self.when.sort_key, self.title.casefold(), self.slug)

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
        """The work's (first) year as EDTF writes it: "1992", "0207", "-0043", "19XX" (for keys)."""
        return self.when.year_token


@dataclass(frozen=True)
class Name:
    """A person's name (family and given), a single name not split (name), or an organisation's
    (name), as citations print and file it: an editor of the edition, a text's author."""

    name: str = ""
    family: str = ""
    given: str = ""
    organisation: bool = False
    family_first: bool = False  # printed family name first ("Mao Zedong") and never inverted
    written: str = ""           # the name as printed, where known ("최남선": no space between the parts)

    @property
    def single(self) -> bool:
        """One name, not split into family and given: an organisation, or a person's single name."""
        return bool(self.name) and not self.family

    @property
    def display(self) -> str:
        if self.single:
            return self.name
        if self.written:
            return self.written
        return " ".join(p for p in ((self.family, self.given) if self.family_first else (self.given, self.family)) if p)

    @property
    def filed(self) -> str:
        """The name as a bibliography files it (and formats that split at a comma read it): "Madison,
        James", "Mao, Zedong"; a single name or an organisation's as it is."""
        if self.single:
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
    # Spans of the text that the metadata's structure leaves out of the reading (skip_lines): a
    # source page marker on its own line inside the paragraph (edition/structure.py).
    skipped: tuple[tuple[int, int], ...] = ()


# The roles a block of a text's body may have (the metadata's `structure`, edition/structure.py).
PARAGRAPH, HEADING, SKIPPED, AUTHOR_NOTE = "paragraph", "heading", "skipped", "author-note"


@dataclass(frozen=True)
class Block:
    """One block of a text's body and what it is: a numbered paragraph, a heading, a block of lines
    left out of the reading (a page marker), or one of the author's own notes."""

    kind: str                    # PARAGRAPH, HEADING, SKIPPED or AUTHOR_NOTE
    block: int                   # its number over the whole file (header lines included), from 1
    text: str                    # the block as the paragraph rule gives it
    number: int = 0              # a paragraph's number (¶N)
    level: int = 0               # a heading's level, 1 for the top
    id: str = ""                 # a heading's or an author's note's anchor
    marker: str = ""             # an author's note's marker
    # Spans of the text left out of the reading: each a whole line with one line break beside it.
    skipped: tuple[tuple[int, int], ...] = ()
    line: int = 0                # the metadata's line that names it (0: none)

    @property
    def reading(self) -> str:
        """The block's text without its skipped lines."""
        parts, cut = [], 0
        for start, end in self.skipped:
            parts.append(self.text[cut:start])
            cut = end
        return "".join(parts) + self.text[cut:]


@dataclass(frozen=True)
class MarkerPlace:
    """Where an author's note's marker is: the paragraph's number and the span in its witness text."""

    note_id: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Text:
    meta: TextMeta
    source_file: str
    sha256: str
    header: dict[str, str]
    paragraphs: tuple[Paragraph, ...]
    # The body block by block, where the metadata gives a structure (else empty: every block a paragraph).
    blocks: tuple[Block, ...] = ()
    markers: tuple[MarkerPlace, ...] = ()  # the author's notes' markers

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


@dataclass(frozen=True)
class Skipped:
    """A line of the witness left out of the reading (a source page marker): the witness has it."""

    text: str

    @property
    def shown(self) -> str:
        return ""

    @property
    def witnessed(self) -> str:
        return self.text


@dataclass(frozen=True)
class AuthorNoteRef:
    """The marker of one of the author's own notes ([01]), as the witness prints it, linked to the note."""

    note_id: str
    text: str

    @property
    def shown(self) -> str:
        return self.text

    @property
    def witnessed(self) -> str:
        return self.text


Segment = Plain | Edit | TermLink | NoteRef | Skipped | AuthorNoteRef


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


def body(text: ReadingText) -> list[ReadingParagraph | Block]:
    """The text's body in the witness's order: its paragraphs, and where the metadata gives a
    structure, its headings, left-out blocks and the author's notes among them."""
    if not text.text.blocks:
        return list(text.paragraphs)
    return [text.paragraphs[b.number - 1] if b.kind == PARAGRAPH else b for b in text.text.blocks]


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
