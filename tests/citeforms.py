"""The citation forms as the cite control must give them, from the model (TextMeta, EditionIdentity).

The forms are written by edition/references.py; the How to cite page shows them. Each handles a
part with or without a unit, a title or none, a date of any precision and either name order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from edition.model import EditionIdentity, TextMeta

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@dataclass(frozen=True)
class Em:
    """A title set in italics."""
    text: str


@dataclass(frozen=True)
class Citation:
    style: str
    parts: tuple

    @property
    def plain(self) -> str:
        return "".join(p.text if isinstance(p, Em) else p for p in self.parts)

    @property
    def italics(self) -> list[str]:
        return [p.text for p in self.parts if isinstance(p, Em)]


@dataclass(frozen=True)
class WorkDate:
    """A date as precise as it is known: month and day may be None."""
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, iso: str) -> "WorkDate":
        parts = [int(p) for p in iso.split("-")]
        return cls(*parts)

    @classmethod
    def of(cls, day: date) -> "WorkDate":
        return cls(day.year, day.month, day.day)


def month_day_year(d: WorkDate | date) -> str:
    if d.month is None:
        return str(d.year)
    return f"{MONTHS[d.month - 1]}{'' if d.day is None else f' {d.day},'} {d.year}"


def day_month_year(d: WorkDate | date) -> str:
    return " ".join(str(p) for p in (d.day, d.month and MONTHS[d.month - 1], d.year) if p)


def mla_date(d: WorkDate | date) -> str:
    return " ".join(str(p) for p in (d.day, d.month and MLA_MONTHS[d.month - 1], d.year) if p)


def sentence(text: str) -> str:
    return text if text[-1] in ".?!" else text + "."


def quoted_title(title: str) -> str:
    return f"“{title}{'' if title[-1] in '.?!' else '.'}”"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def listed_name(meta: TextMeta) -> str:
    """A bibliography inverts a name only where the family name comes last."""
    return meta.filed_name if meta.name_order == "given-first" else meta.author


def page_url(meta: TextMeta, base: str) -> str:
    return f"{base}{meta.slug}/"


def paragraph_url(meta: TextMeta, base: str, number: int) -> str:
    return f"{page_url(meta, base)}#p{number}"


def citations(meta: TextMeta, identity: EditionIdentity, base: str, number: int, accessed: date | None = None
              ) -> list[Citation]:
    """The forms of edition/references.py with the paragraph filled in, as the cite control fills it.

    Their rules are checked against the How to cite page (hand-written) and against citeproc-js
    with the official styles (tests/test_reference_managers.py); no form has an access date.
    """
    from edition.references import PARAGRAPH, copy_forms

    return [Citation(form["style"], tuple(Em(text.replace(PARAGRAPH, str(number))) if em
                                          else text.replace(PARAGRAPH, str(number)) for text, em in form["parts"]))
            for form in copy_forms(meta, identity, base)]


def entry_key(meta: TextMeta) -> str:
    """The BibTeX key: the author's family name, the work's year, the text's slug."""
    return re.sub(r"[^a-z0-9]", "", (meta.family + meta.year + meta.slug).lower())
