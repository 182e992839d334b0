"""The citation forms, written out a second time in Python from the model (TextMeta, EditionIdentity).

The cite control (pages/assets/cite.js) must produce exactly these; the How to cite page shows
them. Each handles a part with or without a unit, a title or none, a date of any precision
(year, year and month, full date) and either name order.
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


def citations(meta: TextMeta, identity: EditionIdentity, base: str, number: int, accessed: date) -> list[Citation]:
    edition, editors = Em(identity.title), identity.editors_display
    work = WorkDate.parse(meta.date)
    url = paragraph_url(meta, base, number)
    label, part_title = meta.part_label, meta.part_title
    of = f"{capitalised(label)} of " if label else ""
    quoted = f"{quoted_title(part_title)} " if part_title else ""
    return [
        Citation("Canonical", (
            f"{meta.author}, ", Em(meta.title), f" ({day_month_year(work)})" + (f", {label}" if label else "")
            + (f", “{part_title}”" if part_title else "") + f", ¶{number}, in: ", edition,
            f", ed. by {editors}, {url} (accessed {day_month_year(accessed)}).")),
        Citation("Chicago", (
            f"{sentence(listed_name(meta))} {quoted}{of}", Em(meta.title),
            f", {month_day_year(work)}, ¶{number}. In ", edition,
            f", edited by {editors}. Accessed {month_day_year(accessed)}. {url}.")),
        Citation("MLA", (
            f"{sentence(listed_name(meta))} {quoted}", Em(meta.title),
            f", {mla_date(work)}" + (f", {label}" if label else "") + f", par. {number}. ", edition,
            f", edited by {editors}, {url}. Accessed {mla_date(accessed)}.")),
        Citation("APA", (
            f"{sentence(listed_name(meta))} (n.d.). {part_title or meta.title} ("
            + (f"{capitalised(label)}, " if label else "") + f"para. {number}). "
            f"In {capitalised(editors)} (Eds.), ", edition,
            f". Retrieved {month_day_year(accessed)}, from {url} (Original work published {work.year})")),
    ]


def entry_key(meta: TextMeta) -> str:
    """The BibTeX key: the author's family name, the work's year, the text's slug."""
    return re.sub(r"[^a-z0-9]", "", (meta.family + meta.year + meta.slug).lower())
