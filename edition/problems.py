"""What can go wrong, and how it is reported: every problem names its file, line and entry.

The types every stage raises or collects (as MkDocs keeps its own in mkdocs/exceptions.py): a
stage below may raise them and the command line catches them, without either importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass

SHORT = 120  # characters of a value quoted in a message


def short(value: object, limit: int = SHORT, quote: bool = True) -> str:
    """A value as a message quotes it: repr'd (so control and bidi characters show as escapes),
    and cut to about `limit` characters with "…"; with quote=False, a string is only cut."""
    if isinstance(value, str):
        cut = value if len(value) <= limit else value[: limit - 1] + "…"
        return repr(cut) if quote else cut
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


class BuildFailed(Exception):
    """The site could not be built (MkDocs stopped, an output path collides): the old site is kept."""


class IntakeFailed(Exception):
    """`new-text` refused the witness; nothing was added."""
