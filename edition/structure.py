"""A text's structure: which blocks of its body are headings, lines left out of the reading text,
or the author's own notes, and so which are the numbered paragraphs.

The metadata's `structure` (schemas/text-metadata.schema.json) names blocks by their number over
the whole file, header lines included (as `build_site.py blocks NAME` lists them). What is not a
paragraph is never numbered: the paragraphs are numbered from 1 after it is left out. A line that
`skip_lines` matches (a source page marker, corpus markup) is kept in the witness and its views
but is no text of the reading; a block of such lines alone is no paragraph at all.

One function (`read_structure`) decides it, for `load` (which builds the model from it) and for
`blocks` (which lists it), so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex  # a pattern from the data is matched with a time limit: a slow pattern is refused, not run for ever

from .model import AUTHOR_NOTE, HEADING, PARAGRAPH, SKIPPED, Block as Role, MarkerPlace
from .witness import find_each, locate

# The ids the reading page itself gives (render.py): a heading or an author's note may not take one.
PAGE_IDS = {"key", "notes", "downloads", "author-notes"}  # and the part heading's (load.py checks it)
# The prefixes of the ids the page and the TEI give entries (c-ID, the TEI's note-ID, ...).
TAKEN_PREFIXES = ("c-", "ref-", "note-", "reason-", "phrase-", "term-")
_PATTERN_SECONDS = 1.0


@dataclass
class Structure:
    roles: list[Role] = field(default_factory=list)      # each body block, in order
    markers: list[MarkerPlace] = field(default_factory=list)
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (line, entry, reason)


def skipped_spans(text: str, pattern: regex.Pattern | None) -> tuple[tuple[int, int], ...]:
    """The lines of `text` the pattern matches in full, each with one line break beside it."""
    if pattern is None:
        return ()
    spans, position = [], 0
    lines = text.split("\n")
    for index, line in enumerate(lines):
        start, end = position, position + len(line)
        position = end + 1
        if pattern.fullmatch(line.rstrip("\r"), timeout=_PATTERN_SECONDS):
            if index + 1 < len(lines):
                spans.append((start, end + 1))      # the line and the break after it
            elif start:
                spans.append((start - 1, end))      # the last line: the break before it
            else:
                spans.append((start, end))          # the only line
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def read_structure(blocks: list[str] | tuple[str, ...], header_lines: int, structure: object,
                   key_line=lambda *path: 0) -> Structure:
    """Each body block's role under the metadata's `structure` (already passed by its schema),
    and every problem with it as (line, entry, reason); `key_line(path...)` gives a line."""
    found = Structure()
    spec = structure if isinstance(structure, dict) else {}
    pattern = None
    if "skip_lines" in spec:
        try:
            pattern = regex.compile(spec["skip_lines"])
        except (regex.error, TypeError) as error:
            found.problems.append((key_line("skip_lines"), "structure", f"'skip_lines' is no regular expression: {error}"))
    claimed: dict[int, tuple[str, dict, int]] = {}
    ids: dict[str, int] = {}
    for key, kind in (("headings", HEADING), ("author_notes", AUTHOR_NOTE)):
        for index, entry in enumerate(spec.get(key) or []):
            line, name = key_line(key, index), f"structure {key} #{index + 1}"
            block = entry["block"]
            if block > len(blocks):
                found.problems.append((line, name, f"block {block} does not exist: the text has {len(blocks)} blocks"))
                continue
            if block <= header_lines:
                found.problems.append((line, name, f"block {block} is a header line (see 'header'): only a block of "
                                       f"the body, from block {header_lines + 1}, can be a {kind.replace('-', ' ')}"))
                continue
            if block in claimed:
                found.problems.append((line, name, f"block {block} is named twice (also at line {claimed[block][2]})"))
                continue
            entry_id = entry["id"]
            reason = id_problem(entry_id)
            if not reason and entry_id in ids:
                reason = f"id {entry_id!r} is used twice (also at line {ids[entry_id]})"
            if reason:
                found.problems.append((line, name, reason))
                continue
            ids[entry_id] = line
            claimed[block] = (kind, entry, line)
    timed_out = False
    number = 0
    for block, text in enumerate(blocks, 1):
        if block <= header_lines:
            continue
        try:
            skipped = () if timed_out else skipped_spans(text, pattern)
        except TimeoutError:
            timed_out = True
            found.problems.append((key_line("skip_lines"), "structure", "'skip_lines' takes too long to match a line "
                                   f"(over {_PATTERN_SECONDS:g} s): write a simpler pattern"))
            skipped = ()
        kind, entry, line = claimed.get(block, (PARAGRAPH, {}, 0))
        whole = sum(end - start for start, end in skipped) == len(text)
        if kind != PARAGRAPH and whole:
            found.problems.append((line, f"structure: block {block}", "every line of the block is left out by "
                                   "'skip_lines': it cannot be a heading or a note"))
            continue
        if kind == PARAGRAPH and whole:
            found.roles.append(Role(SKIPPED, block, text, skipped=skipped))
        elif kind == PARAGRAPH:
            number += 1
            found.roles.append(Role(PARAGRAPH, block, text, number=number, skipped=skipped))
        else:
            found.roles.append(Role(kind, block, text, level=entry.get("level", 0), id=entry["id"],
                                    marker=entry.get("marker", ""), skipped=skipped, line=line))
    _check_levels(found)
    _place_markers(found, spec)
    return found


def id_problem(entry_id: str) -> str:
    """Why an id cannot be a heading's or an author's note's anchor on the reading page ("" if it can)."""
    if regex.fullmatch(r"p[0-9]+", entry_id) or entry_id in PAGE_IDS or entry_id.startswith(TAKEN_PREFIXES):
        return (f"id {entry_id!r} is of a kind the reading page or the TEI gives already (pN, "
                f"{', '.join(p + 'ID' for p in TAKEN_PREFIXES)}, {', '.join(sorted(PAGE_IDS))}): choose another")
    return ""


def _check_levels(found: Structure) -> None:
    """A heading's level follows the one before it, or is above it: a level is never skipped
    (a reader's outline, and axe's heading-order, would have a hole)."""
    previous = 0
    for role in found.roles:
        if role.kind == HEADING:
            if role.level > previous + 1:
                found.problems.append((role.line, f"heading {role.id!r}", f"level {role.level} follows "
                                       + (f"a heading of level {previous}" if previous else "no heading")
                                       + f": a level is never skipped; make it {previous + 1}"))
            previous = role.level


def _place_markers(found: Structure, spec: dict) -> None:
    """Each author's note's marker, in the paragraphs' witness text outside the lines left out.

    The paragraphs are read once for all the markers (find_each), not once for each note."""
    paragraphs = [role for role in found.roles if role.kind == PARAGRAPH]
    notes = [r for r in found.roles if r.kind == AUTHOR_NOTE]
    entries = {e["id"]: e for e in spec.get("author_notes") or []}
    markers = tuple(dict.fromkeys(role.marker for role in notes if "paragraph" not in entries[role.id]))
    holding: dict[str, list[int]] = {marker: [] for marker in markers}
    for paragraph in paragraphs if markers else ():
        for marker, spans in find_each(paragraph.text, markers).items():
            if any(_outside(paragraph, span) for span in spans):
                holding[marker].append(paragraph.number)
    placed: dict[tuple[int, int], str] = {}
    for role in notes:
        entry = entries[role.id]
        where = f"author's note {role.id!r}"
        number = entry.get("paragraph")
        if number is not None and not 1 <= number <= len(paragraphs):
            found.problems.append((role.line, where, f"unknown paragraph {number}: the text has paragraphs 1 to "
                                   f"{len(paragraphs)}"))
            continue
        if number is None:
            if len(holding[role.marker]) != 1:
                found.problems.append((role.line, where, f"its marker {role.marker!r} is "
                                       + ("found in no paragraph" if not holding[role.marker] else
                                          "in ¶" + ", ¶".join(map(str, holding[role.marker]))
                                          + ": say which with 'paragraph' (and 'occurrence')")))
                continue
            number = holding[role.marker][0]
        paragraph = paragraphs[number - 1]
        span, reason = locate(paragraph.text, role.marker, entry.get("occurrence"), "marker", f"¶{paragraph.number}")
        if span is None or not _outside(paragraph, span):
            found.problems.append((role.line, where, reason or "its marker is in a line 'skip_lines' leaves out"))
            continue
        if (number, span[0]) in placed:
            found.problems.append((role.line, where, f"its marker in ¶{number} is also the marker of the author's "
                                   f"note {placed[number, span[0]]!r}: say which occurrence with 'occurrence'"))
            continue
        placed[number, span[0]] = role.id
        found.markers.append(MarkerPlace(role.id, paragraph.number, *span))


def _outside(role: Role, span: tuple[int, int] | None) -> bool:
    """The span exists and touches no line left out of the reading."""
    return span is not None and not any(start < span[1] and span[0] < end for start, end in role.skipped)
