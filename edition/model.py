"""The typed data that passes between the stages of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("ocr", "encoding", "capitalisation", "punctuation", "grammar", "lacuna")
CONFIDENCES = ("certain", "probable", "conjectural")


@dataclass(frozen=True)
class Origin:
    """Where an entry was written: every error message names it."""

    file: str
    line: int
    entry: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.entry}"


@dataclass(frozen=True)
class Problem:
    origin: Origin
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class ValidationFailed(Exception):
    """Raised with every problem found, so an editor sees them all at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.origin.file, p.origin.line, p.reason))
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class TextMeta:
    slug: str
    author: str
    title: str
    date: str
    date_display: str
    section: str
    section_title: str
    language: str
    provenance: str
    header: tuple[str, ...]
    # The family name within `author`, for reference managers that file by it ("Kim, Jong Il").
    author_family: str = ""

    @property
    def author_given(self) -> str:
        if not self.author_family:
            return ""
        return self.author.replace(self.author_family, "", 1).strip()


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


@dataclass(frozen=True)
class Edition:
    texts: tuple[Text, ...]
    corrections: tuple[Correction, ...]
    notes: tuple[Note, ...]
    terms: tuple[Term, ...]

    def text(self, slug: str) -> Text:
        return next(t for t in self.texts if t.slug == slug)


# What the transform stage produces: each paragraph as a run of segments.


@dataclass(frozen=True)
class Plain:
    text: str


@dataclass(frozen=True)
class Edit:
    correction: Correction


@dataclass(frozen=True)
class TermLink:
    term: Term
    text: str


@dataclass(frozen=True)
class NoteRef:
    note: Note


Segment = Plain | Edit | TermLink | NoteRef


@dataclass(frozen=True)
class ReadingParagraph:
    number: int
    segments: tuple[Segment, ...]

    @property
    def reading(self) -> str:
        """The corrected text as a reader sees it."""
        return "".join(shown(s) for s in self.segments)

    @property
    def witness(self) -> str:
        """The witness text, rebuilt from the segments: proves nothing was lost."""
        return "".join(witnessed(s) for s in self.segments)


def shown(segment: Segment) -> str:
    if isinstance(segment, Edit):
        return segment.correction.shown
    if isinstance(segment, NoteRef):
        return ""
    return segment.text


def witnessed(segment: Segment) -> str:
    if isinstance(segment, Edit):
        return segment.correction.witnessed
    if isinstance(segment, NoteRef):
        return ""
    return segment.text


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
