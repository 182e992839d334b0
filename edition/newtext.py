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
from dataclasses import dataclass
from pathlib import Path

from .load import page_name_problem
from .model import HEADER_ROLES
from .problems import IntakeFailed
from .witness import split_blocks, uncarried

# The first line of the metadata file: editors using the YAML language server (VS Code's YAML
# extension and others) get completion and live errors from the schema check uses.
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/text-metadata.schema.json"
# A header line is short; a body paragraph is usually a sentence or more.
HEADER_MAX = 160
YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
PART = re.compile(r"^(?:(no\.|number|section|chapter|part|book|article|letter|essay)\s*([0-9ivxlc]+)\b|([0-9]+)\.\s)",
                  re.IGNORECASE)
NAME = re.compile(r"^(?:by\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\.?$")


@dataclass(frozen=True)
class Intake:
    witness: Path
    metadata: Path
    sha256: str
    blocks: tuple[str, ...]
    header: tuple[str, ...]  # the proposed role of each of the first blocks


def propose_header(blocks: list[str]) -> tuple[str, ...]:
    """Roles for the short blocks that open the text: a proposal for the editor to check."""
    roles: list[str] = []
    for block in blocks[:5]:
        line = " ".join(block.split())
        if len(line) > HEADER_MAX or len(roles) == len(blocks) - 1:
            break
        if PART.match(line) and "part" not in roles:
            roles.append("part")
        elif YEAR.search(line) and len(line) < 60 and "date" not in roles:
            roles.append("date")
        elif NAME.match(line) and not line.isupper() and "author" not in roles:
            roles.append("author")  # "James Madison"; a line in capitals is a title ("THE FEDERALIST")
        elif "title" not in roles:
            roles.append("title")
        elif roles[-1] == "title" and "subtitle" not in roles:
            roles.append("subtitle")
        else:
            break
    return tuple(roles)


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
    metadata.write_text(metadata_file(slug, path, raw, digest, blocks, header), encoding="utf-8")
    return Intake(witness, metadata, digest, tuple(blocks), header)


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def metadata_file(slug: str, path: Path, raw: bytes, digest: str, blocks: list[str], header: tuple[str, ...]) -> str:
    lines = {role: " ".join(block.split()) for role, block in zip(header, blocks, strict=False)}
    year = YEAR.search(lines.get("date", ""))
    part = PART.match(lines.get("part", ""))
    unit = (part.group(1) or "") if part else ""
    number = (part.group(2) or part.group(3) or "") if part else ""
    part_title = PART.sub("", lines.get("part", ""), count=1).strip(" .:—-") if part else ""
    endings = "CRLF" if b"\r\n" in raw else "LF"
    return f"""\
{SCHEMA_LINE}
# Metadata for source/{slug}.txt, the witness (never edited). Written by `build_site.py new-text`:
# complete every key marked TO COMPLETE, check every PROPOSED value, then run `build_site.py check`.
author: {_quoted(lines.get("author", "").removeprefix("By ").removeprefix("by "))}   # TO COMPLETE: the author's name as printed
name_order: ""                # TO COMPLETE: family-first (Kim Jong Il) or given-first (James Madison)
title: {_quoted(lines.get("title", ""))}   # PROPOSED from the header: the work's title
date: {_quoted(year.group(1) if year else "")}              # TO COMPLETE: YYYY, YYYY-MM or YYYY-MM-DD, as precise as known
date_display: {_quoted(lines.get("date", "").strip("()"))}   # TO COMPLETE: the date as the page prints it
unit: {_quoted(unit)}               # PROPOSED: "section", "chapter", "No.", or "" for a whole work
number: {_quoted(number)}             # PROPOSED: the part's number, or ""
part_title: {_quoted(part_title)}   # PROPOSED: the part's own title, or ""
language: ""                  # TO COMPLETE: a language tag, e.g. en
provenance: >-
  TO COMPLETE: where the witness comes from. Received as {path.name}: {len(raw):,} bytes, UTF-8,
  {endings} line endings, {len(blocks)} blocks.
# The witness's SHA-256, as received: check refuses the text if the file ever changes.
sha256: {digest}
# PROPOSED: the header lines that open the file, in order ({", ".join(header) or "none"}); the
# remaining {len(blocks) - len(header)} blocks are the body paragraphs. Roles: {", ".join(HEADER_ROLES)}.
header: [{", ".join(header)}]
"""
