"""What `build_site.py suggest` prints: a table, YAML entries ready to paste into
annotations/NAME-corrections.yaml, or JSON; and which places the editors have corrected already.

The search (find.py) reads source/ only. The places already corrected are read here, afterwards,
from annotations/ and only to leave them out (or, with --all, mark them done); a file that cannot
be read is named in a note and nothing is marked, so the ranking never depends on annotations/.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import yaml

from ..witness import locate
from ..yamlfile import read_yaml
from .find import KIND_DIVISION, Findings, Suggestion, find
from .text import SuggestFailed, read_witness

# The kinds `check` knows (edition/model.py KINDS); a split or run-together word is a
# transcription error of the witness, entered as `ocr` with the division named in its reason.
ENTRY_KIND = {KIND_DIVISION: "ocr"}


@dataclass(frozen=True)
class Row:
    suggestion: Suggestion
    done: bool


def run(root: Path, name: str, top: int, as_json: bool, show_done: bool, out: TextIO = sys.stdout) -> int:
    """The command: print the top places of the text `name`; 1 with a message if it cannot be read."""
    if top < 1:
        print(f"suggest: --top must be 1 or more, not {top}", file=sys.stderr)
        return 1
    try:
        findings = find(root, name)
        corrected, notes = corrected_places(root, name)
    except SuggestFailed as error:
        print(f"suggest: {error}", file=sys.stderr)
        return 1
    for message in findings.messages + notes:
        print(f"note: {message}", file=sys.stderr)
    rows = [Row(s, _overlaps(s, corrected)) for s in findings.suggestions]
    rows = [row for row in rows if show_done or not row.done][:top]
    if as_json:
        json.dump([_as_json(row, show_done) for row in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    out.write(table(findings, rows))
    open_rows = [row.suggestion for row in rows if not row.done]
    out.write("\n" + entries(findings.name, open_rows, (root / "annotations" / f"{name}-corrections.yaml").exists()))
    return 0


def corrected_places(root: Path, name: str) -> tuple[dict[int, list[tuple[int, int]]], tuple[str, ...]]:
    """The places the text's corrections cover, paragraph by paragraph, read leniently: an
    unreadable file or entry is skipped with a note (`check` is where they are reported)."""
    places: dict[int, list[tuple[int, int]]] = {}
    notes = []
    folder = root / "annotations"
    if not folder.is_dir():
        return places, ()
    paragraphs = {p.number: p.text for p in read_witness(root, name).paragraphs}
    for path in sorted(folder.glob("*.yaml")):
        try:
            document, problems = read_yaml(path, f"annotations/{path.name}")
        except OSError as error:
            notes.append(f"annotations/{path.name} cannot be read ({error.strerror or error}): places corrected "
                         "there are not left out")
            continue
        if problems or not isinstance(document, dict) or document.get("text") != name:
            continue
        for entry in document.get("corrections") or []:
            if not isinstance(entry, dict) or entry.get("paragraph") not in paragraphs:
                continue
            text = paragraphs[entry["paragraph"]]
            needle = entry.get("witnessed") or entry.get("after")
            span, _ = locate(text, needle, entry.get("occurrence"), "", "")
            if span is not None:
                places.setdefault(entry["paragraph"], []).append(span)
    return places, tuple(notes)


def _overlaps(suggestion: Suggestion, corrected: dict[int, list[tuple[int, int]]]) -> bool:
    return any(start < suggestion.end and suggestion.start < end
               for start, end in corrected.get(suggestion.paragraph, ()))


def _as_json(row: Row, show_done: bool) -> dict[str, object]:
    s = row.suggestion
    record: dict[str, object] = {"paragraph": s.paragraph, "witnessed": s.witnessed, "occurrence": s.occurrence,
                                 "reading": s.reading, "kind": s.kind, "score": s.score, "evidence": s.evidence}
    if show_done:
        record["done"] = row.done
    return record


def table(findings: Findings, rows: list[Row]) -> str:
    title = (f"Likely transcription errors in {findings.name} ({findings.language}), best first; "
             "nothing is applied. Evidence follows each row.")
    lines = [title, ""]
    header = ("#", "¶", "witnessed", "occ.", "reading", "kind", "score")
    cells = [(str(rank), str(row.suggestion.paragraph), _shown(row.suggestion.witnessed),
              str(row.suggestion.occurrence or ""), _shown(row.suggestion.reading) if row.suggestion.reading
              else "(none)", row.suggestion.kind + (" (done)" if row.done else ""), f"{row.suggestion.score:.1f}")
             for rank, row in enumerate(rows, 1)]
    widths = [max(len(c[i]) for c in [header, *cells]) for i in range(len(header))]
    lines.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)).rstrip())
    for cell, row in zip(cells, rows, strict=False):
        lines.append("  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=False)).rstrip())
        lines.append(" " * (widths[0] + 2) + row.suggestion.evidence)
    if not rows:
        lines.append("(nothing found)")
    return "\n".join(lines) + "\n"


def _shown(value: str) -> str:
    return " ".join(value.split())


def entries(name: str, suggestions: list[Suggestion], file_exists: bool) -> str:
    """The suggestions as correction entries, ready to paste: `check` accepts them as they are.
    A place without a proposed reading is listed as a comment: an entry needs a reading."""
    where = "." if file_exists else ", in a new file beginning with the two lines below."
    lines = [f"# Draft entries for annotations/{name}-corrections.yaml: each is conjectural until an editor",
             f"# has read the place; the evidence is a draft reason. Paste them under `corrections:`{where}"]
    if not file_exists:
        lines += [f"text: {name}", "corrections:"]
    taken: set[str] = set()
    for suggestion in suggestions:
        if suggestion.reading is None:
            lines.append(f"  # ¶{suggestion.paragraph} {_shown(suggestion.witnessed)!r}"
                         f"{f' (occurrence {suggestion.occurrence})' if suggestion.occurrence else ''}: "
                         f"no reading proposed ({suggestion.evidence})")
            continue
        entry = {"id": _id(suggestion, taken), "paragraph": suggestion.paragraph, "witnessed": suggestion.witnessed}
        if suggestion.occurrence:
            entry["occurrence"] = suggestion.occurrence
        reason = suggestion.evidence[:1].upper() + suggestion.evidence[1:] + "."
        if suggestion.kind == KIND_DIVISION:
            reason = "Word division: " + reason
        entry |= {"reading": suggestion.reading, "kind": ENTRY_KIND.get(suggestion.kind, suggestion.kind),
                  "confidence": "conjectural", "reason": reason}
        dumped = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=100)
        lines += ["  " + line if line else line for line in dumped.rstrip("\n").split("\n")]
    return "\n".join(lines) + "\n"


def _id(suggestion: Suggestion, taken: set[str]) -> str:
    """A new id, marked as suggested so that it meets none an editor wrote."""
    word = re.sub(r"[^a-z0-9]+", "-", (suggestion.reading or "").lower()).strip("-")[:30].strip("-")
    stem = f"p{suggestion.paragraph}-{word or suggestion.kind}-suggested"
    number = 1
    while f"{stem}-{number}" in taken:
        number += 1
    taken.add(f"{stem}-{number}")
    return f"{stem}-{number}"
