"""Taking in a new text: the witness copied byte for byte, its hash recorded, a metadata file proposed.

`python build_site.py new-text PATH --slug NAME` runs `add_text`. Nothing is guessed silently:
the blocks the paragraph rule finds are shown, the header lines it proposes are marked as a
proposal in the metadata file, and every key an editor must decide is left to complete, so
`check` refuses the text until it is.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex  # Unicode scripts (\p{Han}), which re lacks

from .load import page_name_problem
from . import schemas
from .model import HEADER_ROLES, PARAGRAPH, Block
from .structure import read_structure
from .problems import IntakeFailed
from .witness import split_blocks, uncarried
from .yamlfile import read_yaml

# The first line of the metadata file: editors using the YAML language server (VS Code's YAML
# extension and others) get completion and live errors from the schema check uses.
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/text-metadata.schema.json"
# A header line is short; a body paragraph is usually a sentence or more.
HEADER_MAX = 160
# What looks like a header block: at most HEADER_LINES lines, none wider than HEADER_WIDTH columns
# (a wide character, as in Chinese, Japanese and Korean, takes two). A header is proposed only
# when such blocks come before a block that does not look like one: a text of short blocks only
# (verse of one line a block, a list) gives no sign of where its header ends.
HEADER_LINES = 4
HEADER_WIDTH = 72
# Verse is proposed when the body's blocks of several lines have short lines: half of them at most
# VERSE_WIDTH columns (sonnets run about 43, a classical Chinese line 8 to 16), where a hard-wrapped
# prose paragraph fills its lines to a fixed width (60 to 78 in the test texts).
VERSE_WIDTH = 56
BYTE_ORDER_MARK = b"\xef\xbb\xbf"
YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
PART = re.compile(r"^(?:(no\.|number|section|chapter|part|book|article|letter|essay)\s*([0-9ivxlc]+)\b|([0-9]+)\.\s)",
                  re.IGNORECASE)
NAME = re.compile(r"^(?:by\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\.?$")
# A Chinese, Japanese or Korean name is two to four characters (杜甫, 정약용); as short as a title
# (短歌行), so it is taken for the author only after the title, where such texts give it.
CJK_NAME = regex.compile(r"^[\p{Han}\p{Hangul}]{2,4}$")


@dataclass(frozen=True)
class Intake:
    witness: Path
    metadata: Path
    sha256: str
    blocks: tuple[str, ...]
    header: tuple[str, ...]  # the proposed role of each of the first blocks
    form: str                # the proposed form: prose or verse
    byte_order_mark: bool    # the file begins with one: kept in the file, left out of the blocks


def width(line: str) -> int:
    """The columns a line takes: a wide character (Han, Kana, Hangul) two, any other one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def looks_like_a_header_line(block: str) -> bool:
    lines = block.splitlines()
    return len(lines) <= HEADER_LINES and all(width(line.strip()) <= HEADER_WIDTH for line in lines)


def propose_header(blocks: list[str]) -> tuple[str, ...]:
    """Roles for the short blocks that open the text, before its first long block: a proposal for
    the editor to check. None when the text does not open that way."""
    opening = 0
    while opening < len(blocks) and looks_like_a_header_line(blocks[opening]):
        opening += 1
    if opening == len(blocks) or opening > len(HEADER_ROLES):
        return ()
    roles: list[str] = []
    for block in blocks[:opening]:
        line = " ".join(block.split())
        if len(line) > HEADER_MAX:
            break
        if PART.match(line) and "part" not in roles:
            roles.append("part")
        elif YEAR.search(line) and len(line) < 60 and "date" not in roles:
            roles.append("date")
        elif roles[-1:] == ["title"] and CJK_NAME.match(line) and "author" not in roles:
            roles.append("author")
        elif NAME.match(line) and not line.isupper() and "author" not in roles:
            roles.append("author")  # "James Madison"; a line in capitals is a title ("THE FEDERALIST")
        elif "title" not in roles:
            roles.append("title")
        elif roles[-1] == "title" and "subtitle" not in roles:
            roles.append("subtitle")
        else:
            break
    return tuple(roles)


def propose_form(body: list[str]) -> str:
    """"verse" when the body's blocks of several lines have short lines (a proposal to check), else
    "prose" (the default: a line break inside a block is a space)."""
    lines = sorted(width(line.strip()) for block in body if "\n" in block.strip()
                   for line in block.strip().splitlines() if line.strip())
    return "verse" if lines and lines[(len(lines) - 1) // 2] <= VERSE_WIDTH else "prose"


def add_text(root: Path, path: Path, slug: str) -> Intake:
    if page_name_problem(slug):
        raise IntakeFailed(f"--slug {slug!r} cannot name a page: {page_name_problem(slug)}")
    source = root / "source"
    witness, metadata = source / f"{slug}.txt", source / f"{slug}.yaml"
    for existing in (witness, metadata):
        if existing.exists():
            raise IntakeFailed(f"{existing.relative_to(root)} exists already: choose another --slug "
                               "(a text's witness is never replaced)")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IntakeFailed(f"{path}: cannot be read ({error.strerror})") from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise IntakeFailed(f"{path}: not UTF-8 (byte {error.start}: {error.reason}); the edition keeps witnesses "
                           "byte for byte, so convert a copy to UTF-8 first and record in 'provenance' how") from error
    if found := uncarried(text):
        line, char = found[0]
        raise IntakeFailed(f"{path}:{line}: holds U+{ord(char):04X}, which XML 1.0 and HTML cannot carry; the edition "
                           "keeps witnesses byte for byte, so take in a copy without it and record in 'provenance' how")
    blocks = split_blocks(text)
    if not blocks:
        raise IntakeFailed(f"{path}: holds no text")
    source.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, witness)
    if witness.read_bytes() != raw:  # never edited: not even on the way in
        witness.unlink()
        raise IntakeFailed(f"{witness}: the copy differs from {path}; nothing was added")
    digest = hashlib.sha256(raw).hexdigest()
    header = propose_header(blocks)
    form = propose_form(blocks[len(header):])
    metadata.write_text(metadata_file(slug, path, raw, digest, blocks, header, form), encoding="utf-8")
    return Intake(witness, metadata, digest, tuple(blocks), header, form, raw.startswith(BYTE_ORDER_MARK))


@dataclass(frozen=True)
class Blocks:
    """A text's blocks as its metadata now reads them: the header lines it names, then the paragraphs."""
    blocks: tuple[str, ...]
    header: tuple[str, ...]
    problem: str  # why the metadata's header could not be read ("" if it could): then none is assumed
    # Each body block's role, where the metadata gives a structure it can read (else every block a paragraph).
    roles: tuple[Block, ...] = ()


def read_blocks(root: Path, slug: str) -> Blocks:
    """source/NAME.txt's blocks and source/NAME.yaml's `header`, read even while the rest of the
    metadata is incomplete (when an editor most needs to see them)."""
    if page_name_problem(slug):
        raise IntakeFailed(f"{slug!r} names no text: a text's name is that of its file source/NAME.txt")
    witness, metadata = root / "source" / f"{slug}.txt", root / "source" / f"{slug}.yaml"
    try:
        blocks = tuple(split_blocks(witness.read_bytes().decode("utf-8")))
    except OSError as error:
        raise IntakeFailed(f"source/{slug}.txt: cannot be read ({error.strerror}); the texts are the "
                           "files source/NAME.txt") from error
    except UnicodeDecodeError as error:
        raise IntakeFailed(f"source/{slug}.txt: not UTF-8 (byte {error.start}: {error.reason})") from error
    if not metadata.is_file():
        return Blocks(blocks, (), f"source/{slug}.yaml is missing")
    document, problems = read_yaml(metadata, f"source/{slug}.yaml")
    if problems:
        return Blocks(blocks, (), str(problems[0]))
    header = document.get("header") if isinstance(document, dict) else None
    if not (isinstance(header, list) and all(h in HEADER_ROLES for h in header)):
        return Blocks(blocks, (), f"source/{slug}.yaml: 'header' is not a list of header lines "
                                  f"({', '.join(HEADER_ROLES)})")
    if len(header) >= len(blocks):
        return Blocks(blocks, (), f"source/{slug}.yaml: 'header' names {len(header)} lines, but the text has "
                                  f"{len(blocks)} blocks and must keep a body")
    if not isinstance(document, dict) or "structure" not in document:
        return Blocks(blocks, tuple(header), "")
    name = f"source/{slug}.yaml"
    wrong = [p for p in schemas.validate(document, schemas.TEXT_METADATA, name) if p.path[:1] == ("structure",)]
    found = None if wrong else read_structure(blocks, len(header), document["structure"],
                                              lambda *path: schemas.locate(document, ("structure", *path), name).line)
    if wrong or (found and found.problems):
        first = (f"{wrong[0].origin.file}:{wrong[0].origin.line}: {wrong[0].reason}" if wrong else
                 f"{name}:{found.problems[0][0]}: {found.problems[0][1]}: {found.problems[0][2]}" if found else "")
        return Blocks(blocks, tuple(header), f"{first}; the structure is not read")
    return Blocks(blocks, tuple(header), "", tuple(found.roles) if found else ())


def block_lines(blocks: tuple[str, ...], header: tuple[str, ...], roles: tuple[Block, ...] = ()) -> list[str]:
    """Each block numbered, with its role (a header line, or the structure's: a heading, a block left out,
    an author's note) or its paragraph number, and its opening."""
    lines = []
    by_block = {role.block: role for role in roles}
    for number, block in enumerate(blocks, 1):
        role = header[number - 1] if number <= len(header) else None
        label = f"header: {role}" if role else f"¶{number - len(header)}"
        if number in by_block:
            found = by_block[number]
            label = {PARAGRAPH: f"¶{found.number}", "heading": f"heading {found.level} #{found.id}",
                     "skipped": "left out", "author-note": f"author's note #{found.id}"}[found.kind]
            if found.kind == PARAGRAPH and found.skipped:
                label += f" ({len(found.skipped)} line{'s' if len(found.skipped) > 1 else ''} left out)"
        line = " ".join(block.split())
        count = block.count("\n") + 1
        lines.append(f"  {number:>3}  {label:<16} {line[:60]}{'…' if len(line) > 60 else ''}"
                     f"{f'  ({count} lines)' if count > 1 else ''}")
    return lines


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def metadata_file(slug: str, path: Path, raw: bytes, digest: str, blocks: list[str], header: tuple[str, ...],
                  form: str) -> str:
    lines = {role: " ".join(block.split()) for role, block in zip(header, blocks, strict=False)}
    year = YEAR.search(lines.get("date", ""))
    part = PART.match(lines.get("part", ""))
    unit = (part.group(1) or "") if part else ""
    number = (part.group(2) or part.group(3) or "") if part else ""
    part_title = PART.sub("", lines.get("part", ""), count=1).strip(" .:—-") if part else ""
    endings = "CRLF" if b"\r\n" in raw else "LF"
    mark = ", with a byte-order mark" if raw.startswith(BYTE_ORDER_MARK) else ""
    return f"""\
{SCHEMA_LINE}
# Metadata for source/{slug}.txt, the witness (never edited). Written by `build_site.py new-text`:
# complete every key marked TO COMPLETE, check every PROPOSED value, then run `build_site.py check`.
author: {_quoted(lines.get("author", "").removeprefix("By ").removeprefix("by "))}   # TO COMPLETE: the author's name as printed
name_order: ""                # TO COMPLETE: family-first (Mao Zedong), given-first (James Madison) or single (one name, never split)
title: {_quoted(lines.get("title", ""))}   # PROPOSED from the header: the work's title
date: {_quoted(year.group(1) if year else "")}              # TO COMPLETE: EDTF: 1787, 1787-11-22, 207, -0043 (44 BCE), 1912~, 19XX, 155/220
date_display: {_quoted(lines.get("date", "").strip("()"))}   # TO COMPLETE: the date as the pages print it, as written
unit: {_quoted(unit)}               # PROPOSED: "section", "chapter", "No.", or "" for a whole work
number: {_quoted(number)}             # PROPOSED: the part's number, or ""
part_title: {_quoted(part_title)}   # PROPOSED: the part's own title, or ""
language: ""                  # TO COMPLETE: a language tag, e.g. en
provenance: >-
  TO COMPLETE: where the witness comes from. Received as {path.name}: {len(raw):,} bytes, UTF-8{mark},
  {endings} line endings, {len(blocks)} blocks.
# The witness's SHA-256, as received: check refuses the text if the file ever changes.
sha256: {digest}
# PROPOSED: the header lines that open the file, in order ({", ".join(header) or "none"}); the
# remaining {len(blocks) - len(header)} blocks are the body paragraphs. Roles: {", ".join(HEADER_ROLES)}.
header: [{", ".join(header)}]
# PROPOSED from the lines of the blocks: prose (a line break inside a block is a space) or verse
# (each line of a block kept, the block a stanza or poem): README, "Verse".
form: {form}
# Optional: which blocks are headings, lines to leave out of the reading (source page markers) or
# the author's own notes: `structure` (README, "Structure"); `build_site.py blocks {slug}` lists them.
"""
