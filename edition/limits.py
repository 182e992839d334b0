"""What one entry of editors' Markdown (a note, a definition, a reason) may hold, so that check
and build take time in proportion to the data.

Python-Markdown scans from every `[` for its closing bracket and link target, so a note of
20,000 unclosed `[a](` took check minutes (quadratic), and a line of 300 list markers (`1. 1. …`)
nests one list in another past Python's recursion limit. The limits are far above what a note
needs and are checked before the Markdown is rendered, each refused at its entry.
"""

from __future__ import annotations

import re

MAX_CHARACTERS = 10_000   # about 1,600 words: a note longer than that is an essay, not a note
MAX_BRACKETS = 100        # `[`: every link, reference and image opens with one
MAX_NESTING = 8           # lists and quotations inside each other

# The containers a line opens, in front of its text: quotation marks and list markers.
_CONTAINERS = re.compile(r"[ \t]*(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))")


def nesting(line: str) -> int:
    """How many quotations and lists the line's own markers open (the indent of a line is not counted)."""
    depth, at = 0, 0
    while depth <= MAX_NESTING and (match := _CONTAINERS.match(line, at)):
        depth, at = depth + 1, match.end()
    return depth


def over_limits(source: str) -> str:
    """Why the entry holds more than one entry may ("" if it does not)."""
    if len(source) > MAX_CHARACTERS:
        return (f"is {len(source):,} characters long; an entry holds at most {MAX_CHARACTERS:,} (about 1,600 words): "
                "shorten it, or split it into several notes")
    brackets = source.count("[")
    if brackets > MAX_BRACKETS:
        return (f"holds {brackets} square brackets; an entry holds at most {MAX_BRACKETS} (each link opens with one), "
                "which keeps check and build fast")
    for number, line in enumerate(source.splitlines(), 1):
        if nesting(line) > MAX_NESTING:
            return (f"nests more than {MAX_NESTING} lists or quotations on its line {number}; write them one level "
                    "at a time")
    return ""
