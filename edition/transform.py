"""Stage 2: turn each witness paragraph into a run of segments.

Corrections are applied to the witness; notes are placed after their phrase and
glossary terms linked, both found in the corrected text, which is what a reader sees.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from .model import (
    AuthorNoteRef, Correction, Edit, Edition, Note, NoteRef, Origin, Plain, Problem, Reading, ReadingParagraph,
    ReadingText, Segment, Skipped, Term, TermLink, TermOccurrences, Text, ValidationFailed, segment_spans, shown,
)
from .crossrefs import cited_text, references
from .witness import find_each, locate


def transform(edition: Edition) -> Reading:
    """The edition as paragraphs of segments, or ValidationFailed for notes and terms that do not fit."""
    problems: list[Problem] = []
    places: dict[str, list[tuple[str, int]]] = defaultdict(list)
    texts = []
    forms_found: set[tuple[str, str]] = set()
    # Every entry is sorted to its text and paragraph once: the cost grows with the entries,
    # not with entries × paragraphs or entries × texts, however large the edition grows.
    corrections_of, notes_of = _grouped(edition.corrections, "text"), _grouped(edition.notes, "text")
    for text in edition.texts:
        corrections = tuple(sorted(corrections_of[text.slug], key=lambda c: (c.paragraph, c.start, c.end)))
        notes = tuple(notes_of[text.slug])
        corrections_at, notes_at = _grouped(corrections, "paragraph"), _grouped(notes, "paragraph")
        terms = tuple(t for t in edition.terms if t.applies_to(text.slug))
        paragraphs = []
        for paragraph in text.paragraphs:
            segments = apply_corrections(paragraph.text, corrections_at[paragraph.number])
            if paragraph.skipped or text.markers:  # the text's structure (edition/structure.py)
                segments = apply_structure(segments, text, paragraph.number, paragraph.skipped, problems)
            for note in notes_at[paragraph.number]:
                segments = attach_note(segments, note, problems if text.slug not in edition.incomplete else [])
            segments, found = link_terms(segments, terms, forms_found)
            for term_id in found:
                places[term_id].append((text.slug, paragraph.number))
            paragraphs.append(ReadingParagraph(paragraph.number, tuple(segments)))
        texts.append(ReadingText(text, tuple(paragraphs), corrections, notes))
    for term in edition.terms:
        # Where a text it is written for (any, for a term of every text) was refused, it may occur there.
        if edition.incomplete & set(term.texts) if term.texts else edition.incomplete:
            continue
        if not places[term.id]:
            where = f" of the texts it is written for ({', '.join(map(repr, term.texts))})" if term.texts else ""
            hints = [_normalization_hint(form, texts) for form in term.forms]
            problems.append(Problem(term.origin, f"occurs nowhere: no form of it ({', '.join(map(repr, term.forms))}) "
                                    f"is in the corrected text of any paragraph{where}"
                                    + "".join(f"; {hint}" for hint in hints if hint)))
            continue
        for form in term.forms:
            if (term.id, form) not in forms_found:
                hint = _normalization_hint(form, texts)
                problems.append(Problem(term.origin, f"form {form!r} occurs nowhere in the corrected text"
                                        + (f": {hint}" if hint else ": correct it or remove it")))
    problems += reference_problems(edition)
    if problems or edition.incomplete:
        # An incomplete edition (its loading reported why) is not rendered: a note left unplaced
        # there would have no number.
        raise ValidationFailed(problems)
    glossary = tuple(TermOccurrences(t, tuple(places[t.id])) for t in edition.terms)
    return Reading(tuple(texts), glossary)


def reference_problems(edition: Edition) -> list[Problem]:
    """Each "¶N" of a note, reason or definition that names no paragraph of its text (edition/crossrefs.py)."""
    paragraphs = {text.slug: len(text.paragraphs) for text in edition.texts}
    problems = []
    entries = [(n.origin, n.text, n.body, True, "the note") for n in edition.notes]
    entries += [(c.origin, c.text, c.reason, False, "the reason") for c in edition.corrections]
    entries += [(t.origin, cited_text(t) or ("several texts" if t.texts else "every text"), t.definition, True,
                 "the definition") for t in edition.terms]
    for origin, slug, source, markdown, where in entries:
        for reference in references(source, markdown):
            if slug not in paragraphs:  # a term for several or all texts (an unknown text is reported by load)
                problems.append(Problem(origin, f"{where} cites {reference.label}, but the term is written for {slug}: "
                                        "a definition that cites a paragraph names the one text it is written "
                                        "for (texts: [NAME])"))
            elif not all(1 <= n <= paragraphs[slug] for n in (reference.paragraph, reference.last or 1)):
                problems.append(Problem(origin, f"{where} cites {reference.label}, a paragraph that {slug!r} does "
                                        f"not have (it has {paragraphs[slug]})"))
    return problems


def _normalization_hint(form: str, texts: list[ReadingText]) -> str:
    """Where a form would be found with its accented letters composed (NFC) or decomposed (NFD)
    the other way, say so: the two look alike on screen."""
    for name in ("NFC", "NFD"):
        other = unicodedata.normalize(name, form).casefold()
        if other != form.casefold() and any(other in paragraph.reading.casefold()
                                            for text in texts for paragraph in text.paragraphs):
            how = "composed" if name == "NFC" else "decomposed"
            return (f"form {form!r} is there with its accented letters {how} ({name}), as written they are not: "
                    "write the form as the text has it")
    return ""


def _grouped(entries, by: str):
    """The entries of each text or paragraph (`by`: "text" or "paragraph"), in their order."""
    grouped = defaultdict(list)
    for entry in entries:
        grouped[getattr(entry, by)].append(entry)
    return grouped


def apply_corrections(witness: str, corrections: list[Correction]) -> list[Segment]:
    """The paragraph as plain runs and edits; `corrections` do not overlap (load checked it)."""
    segments: list[Segment] = []
    position = 0
    for correction in sorted(corrections, key=lambda c: (c.start, c.end)):
        if correction.start > position:
            segments.append(Plain(witness[position:correction.start]))
        segments.append(Edit(correction))
        position = correction.end
    if position < len(witness):
        segments.append(Plain(witness[position:]))
    return segments


def apply_structure(segments: list[Segment], text: Text, number: int, skipped: tuple[tuple[int, int], ...],
                    problems: list[Problem]) -> list[Segment]:
    """The paragraph's lines left out of the reading become Skipped, and its author's notes' markers
    AuthorNoteRef: each a span of the witness paragraph, inside its plain text (load refused a
    correction in a left-out line; a marker a correction touches is refused here)."""
    cuts: list[tuple[int, int, object]] = [(start, end, Skipped) for start, end in skipped]
    cuts += [(m.start, m.end, m.note_id) for m in text.markers if m.paragraph == number]
    for start, end, kind in sorted(cuts, key=lambda c: c[0]):
        cut = _cut_plain(segments, start, end, kind)
        if cut is None:
            line = next((b.line for b in text.blocks if b.id == kind), 1)
            problems.append(Problem(Origin(text.source_file.removesuffix(".txt") + ".yaml", line, f"author's note {kind!r}"),
                                    f"its marker in ¶{number} is inside a correction: a marker is the witness's own text"))
            continue
        segments = cut
    return segments


def _cut_plain(segments: list[Segment], start: int, end: int, kind: object) -> list[Segment] | None:
    """The segments with the witness span (start, end) of a plain run made a segment of `kind`
    (Skipped, or an author's note's id for its marker); None if the span is not inside one plain run."""
    position = 0
    for index, segment in enumerate(segments):
        length = len(segment.witnessed)
        if isinstance(segment, Plain) and position <= start and end <= position + length:
            a, b = start - position, end - position
            made: Segment = Skipped(segment.text[a:b]) if kind is Skipped else AuthorNoteRef(str(kind), segment.text[a:b])
            parts = [Plain(segment.text[:a]) if a else None, made, Plain(segment.text[b:]) if b < length else None]
            return [*segments[:index], *(p for p in parts if p is not None), *segments[index + 1:]]
        position += length
    return None


def attach_note(segments: list[Segment], note: Note, problems: list[Problem]) -> list[Segment]:
    """Place the note's number after its phrase; inside an edit it moves to the edit's end."""
    reading = ReadingParagraph(0, tuple(segments)).reading
    span, reason = locate(reading, note.phrase, note.occurrence, "phrase",
                          f"the corrected text of ¶{note.paragraph} of {note.text!r}")
    if span is None:
        problems.append(Problem(note.origin, reason))
        return segments
    position = span[1]
    for index, (start, end, segment) in enumerate(segment_spans(segments)):
        if end <= position:
            continue
        if isinstance(segment, Plain) and start < position:
            cut = position - start
            return [*segments[:index], Plain(segment.text[:cut]), NoteRef(note), Plain(segment.text[cut:]),
                    *segments[index + 1:]]
        after = index + 1 if start < position else index
        return [*segments[:after], NoteRef(note), *segments[after:]]
    return [*segments, NoteRef(note)]


def link_terms(segments: list[Segment], terms: tuple[Term, ...],
               forms_found: set[tuple[str, str]] | None = None) -> tuple[list[Segment], list[str]]:
    """Link the first occurrence of each term in the paragraph; return also every term that occurs
    (and add each (term id, form) that occurs to `forms_found`).

    The longest form wins where forms overlap. An occurrence that runs into an edit or a
    note number is not linked, since a link cannot hold another link; a later one may be.
    """
    spans = segment_spans(segments)
    reading = "".join(shown(s) for _, _, s in spans)
    matches = find_each(reading, tuple(form for term in terms for form in term.forms), ignore_case=True)
    if forms_found is not None:
        forms_found.update((term.id, form) for term in terms for form in term.forms if matches.get(form))
    candidates = sorted(
        ((start, end, term) for term in terms for form in term.forms
         for start, end in matches[form]),
        key=lambda c: (c[0], -(c[1] - c[0])),
    )
    occurring = list(dict.fromkeys(term.id for _, _, term in candidates))
    chosen: dict[str, tuple[int, int, Term]] = {}
    claimed_to = 0
    for start, end, term in candidates:
        if start < claimed_to:
            continue
        claimed_to = end
        inside_plain = any(isinstance(s, Plain) and a <= start and end <= b for a, b, s in spans)
        if inside_plain and term.id not in chosen:
            chosen[term.id] = (start, end, term)
    result: list[Segment] = []
    links = sorted(chosen.values(), key=lambda c: c[0])
    for start, end, segment in spans:
        if not isinstance(segment, Plain):
            result.append(segment)
            continue
        cursor = start
        for link_start, link_end, term in links:
            if start <= link_start and link_end <= end:
                if link_start > cursor:
                    result.append(Plain(reading[cursor:link_start]))
                result.append(TermLink(term, reading[link_start:link_end]))
                cursor = link_end
        if cursor < end:
            result.append(Plain(reading[cursor:end]))
    return result, occurring
