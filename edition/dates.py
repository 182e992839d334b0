"""A work's date in EDTF (the Extended Date/Time Format of ISO 8601-2), levels 0 and 1, and its forms.

What a text's `date` may say:

- a year, a month or a day: "1992", "1992-10", "1992-10-10"; a year of one to three digits may be
  written as it is ("207", "-44") and is read as the four digits EDTF writes ("0207", "-0044");
- a year before the common era as a negative year, counted as ISO 8601 counts: "0000" is 1 BCE,
  "-0043" is 44 BCE (the year Caesar died);
- uncertain "1912?", approximate "1912~" or both "1912%";
- unspecified digits: "19XX" (some year of the 1900s), "191X", "1912-XX", "1912-10-XX";
- a closed interval of two of these: "155/220", "1910~/1912".

Not accepted (EDTF level 1 has them, but no citation format here can carry them): open or unknown
ends ("1912/..", "/1912"), seasons ("1912-21") and years of five or more digits ("Y170000002").

A small strict parser rather than the edtf library (python-edtf): the grammar above keeps to
what every format can carry, where the library reads all of level 2 and some open intervals
wrongly, and the library's start-up (pyparsing, about 0.4 s) would be paid by every `check`. The
tests take the library as their independent reckoning of each date's earliest and latest day. Each format gets the date in
its own terms: CSL-JSON date-parts counting 44 BCE as -44 (CSL has no year 0) with `circa`,
biblatex the EDTF itself (biber reads EDTF level 1), TEI `@when` or `@notBefore`/`@notAfter`
with `@cert`, schema.org an ISO 8601 date or interval, and the citation forms words ("ca. 1912",
"44 BCE", "the 1900s").
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

_YEAR = r"-?(?:[0-9]{1,4}|[0-9]{2}XX|[0-9]{3}X)"
_POINT = re.compile(rf"(?P<year>{_YEAR})(?:-(?P<month>[0-9]{{2}}|XX)(?:-(?P<day>[0-9]{{2}}|XX))?)?(?P<q>[?~%])?")
# For the schema and the JSON export's schema: the same grammar as a pattern (short years included).
_MONTH_DAY = r"(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12][0-9]|3[01]|XX))?)?"
PATTERN = rf"^{_YEAR}{_MONTH_DAY}[?~%]?(/{_YEAR}{_MONTH_DAY}[?~%]?)?$"
ACCEPTED = ("an EDTF date: a year, year-month or year-month-day (\"1912\", \"207\", \"1992-10-10\"), negative "
            "before the common era (\"-0043\" is 44 BCE), with ? (uncertain), ~ (approximate) or % (both), "
            "X for unspecified digits (\"19XX\"), or an interval of two (\"155/220\")")


class DateError(ValueError):
    """A date this module cannot read, with the reason in words."""


@dataclass(frozen=True)
class Point:
    """One end of a date: a year (astronomical: 0 is 1 BCE), and a month and day where known."""

    token: str                 # as EDTF writes it: "1912~", "-0043", "19XX"
    year: int                  # the earliest year it can be (1900 for "19XX")
    last_year: int             # the latest (1999 for "19XX"; the same year when all its digits are given)
    month: int | None = None
    day: int | None = None
    uncertain: bool = False
    approximate: bool = False

    @property
    def exact(self) -> bool:
        return not (self.uncertain or self.approximate or self.year != self.last_year)

    @property
    def iso(self) -> str:
        """ISO 8601 (and xsd:date/gYearMonth/gYear) as far as known: "1912", "-0043", "0207-05"."""
        return "-".join([_iso_year(self.year), *(f"{p:02d}" for p in (self.month, self.day) if p is not None)])

    @property
    def iso_latest(self) -> str:
        return "-".join([_iso_year(self.last_year), *(f"{p:02d}" for p in (self.month, self.day) if p is not None)])

    def csl_parts(self, latest: bool = False) -> list[int]:
        """CSL's date-parts: historical years (44 BCE is -44; CSL has no year 0)."""
        year = self.last_year if latest else self.year
        return [year if year > 0 else year - 1, *(p for p in (self.month, self.day) if p is not None)]


@dataclass(frozen=True)
class EdtfDate:
    """A text's date: one point, or a closed interval of two."""

    text: str                  # the normalised EDTF ("0207", "0155/0220")
    start: Point
    end: Point | None = None

    @property
    def points(self) -> tuple[Point, ...]:
        return (self.start,) if self.end is None else (self.start, self.end)

    @property
    def exact(self) -> bool:
        """A single day, month or year, neither uncertain nor approximate nor partly unspecified."""
        return self.end is None and self.start.exact

    @property
    def circa(self) -> bool:
        """Uncertain or approximate anywhere (CSL has the one flag for both)."""
        return any(p.uncertain or p.approximate for p in self.points)

    @property
    def uncertain(self) -> bool:
        return any(p.uncertain for p in self.points)

    @property
    def approximate(self) -> bool:
        return any(p.approximate for p in self.points)

    @property
    def year_token(self) -> str:
        """The first year as EDTF writes it ("1992", "-0043", "19XX"): for a BibTeX key."""
        token = self.start.token
        return ("-" if token.startswith("-") else "") + token.lstrip("-").split("-")[0].rstrip("?~%")

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.start.year, self.start.month or 0, self.start.day or 0)

    # Each format's form ---------------------------------------------------------------------

    def csl(self) -> dict:
        """CSL-JSON: date-parts (a range for an interval or unspecified digits), circa where it is."""
        last = self.end or self.start
        if self.end is None and self.start.year == self.start.last_year:
            found: dict = {"date-parts": [self.start.csl_parts()]}
        else:
            found = {"date-parts": [self.start.csl_parts(), last.csl_parts(latest=True)]}
        return found | ({"circa": True} if self.circa else {})

    def iso(self) -> str:
        """ISO 8601 for schema.org: a date as far as known, or an interval of its earliest and latest."""
        if self.exact or (self.end is None and self.start.year == self.start.last_year):
            return self.start.iso
        return f"{self.start.iso}/{(self.end or self.start).iso_latest}"

    def tei(self) -> dict[str, str]:
        """TEI att.datable: @when for one known date, else @notBefore/@notAfter; @cert where uncertain,
        @precision where approximate."""
        if self.end is None and self.start.year == self.start.last_year:
            found = {"when": self.start.iso}
        else:
            found = {"notBefore": self.start.iso, "notAfter": (self.end or self.start).iso_latest}
        if self.uncertain:
            found["cert"] = "medium"
        if self.approximate:
            found["precision"] = "low"
        return found

    def ris(self) -> str:
        """RIS: YYYY/MM/DD/ where the date is one known date of the common era, else the EDTF itself."""
        if not self.exact or self.start.year < 1:
            return self.text
        parts = [_iso_year(self.start.year), *(f"{p:02d}" for p in (self.start.month, self.start.day) if p)]
        return "/".join((parts + ["", ""])[:3]) + "/"

    def words(self, months: tuple[str, ...] | None = None, eras: tuple[str, str] = ("BCE", "CE"),
              circa: str = "ca.") -> str:
        """The date in words, as far as known: "10 October 1992" (with `months`), "1992", "ca. 1912",
        "1912?", "44 BCE", "207 CE", "155–220 CE"; unspecified digits as the range they leave,
        "1900–1999" (as citeproc-js prints a range of date-parts)."""
        first, last = self.start, self.end or self.start
        if first.year == last.last_year and self.end is None:
            return _point_words(first, months, eras, circa, era_shown=True)
        if first.year != first.last_year:
            first = _year_only(first, first.year)
        if last.year != last.last_year:
            last = _year_only(last, last.last_year)
        one_era = (first.year < 1) == (last.year < 1)  # "58–50 BCE", "155–220 CE", "11 BCE–14 CE"
        return (f"{_point_words(first, months, eras, circa, era_shown=not one_era)}–"
                f"{_point_words(last, months, eras, circa, era_shown=True)}")

    def year_words(self, eras: tuple[str, str] = ("BCE", "CE"), circa: str = "ca.") -> str:
        """The year alone, in words: "1992", "ca. 1912", "44 BCE", "155–220 CE"."""
        return EdtfDate(self.text, _year_only(self.start), self.end and _year_only(self.end)).words(None, eras, circa)



def _year_only(point: Point, year: int | None = None) -> Point:
    """The point without its month and day (or one year of its unspecified range)."""
    first, last = (point.year, point.last_year) if year is None else (year, year)
    return Point(point.token, first, last, uncertain=point.uncertain, approximate=point.approximate)


def _iso_year(year: int) -> str:
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def _point_words(point: Point, months: tuple[str, ...] | None, eras: tuple[str, str], circa: str,
                 era_shown: bool) -> str:
    historical = point.year if point.year > 0 else 1 - point.year
    era = "" if not era_shown else eras[0] if point.year < 1 else eras[1] if point.year < 1000 else ""
    shown = [str(point.day)] if point.day and months else []
    shown += [months[point.month - 1]] if point.month and months else []
    words = " ".join(shown + [str(historical)] + ([era] if era else []))
    if point.approximate:
        words = f"{circa} {words}"
    return words + ("?" if point.uncertain else "")


def _pad(token: str) -> str:
    """A year of one to three digits as EDTF's four: "207" → "0207", "-44" → "-0044"."""
    return re.sub(r"^(-?)([0-9]{1,3})(?=$|[-?~%])", lambda m: m.group(1) + m.group(2).zfill(4), token)


def _point(token: str) -> Point:
    match = _POINT.fullmatch(token)
    if not match:
        raise DateError(f"{token!r} is not {ACCEPTED}")
    year, month, day, qualifier = match["year"], match["month"], match["day"], match["q"] or ""
    if "X" in year and month:
        raise DateError(f"{token!r}: a year with unspecified digits ({year}) cannot have a month")
    if month == "XX" and day and day != "XX":
        raise DateError(f"{token!r}: a day cannot be known when its month is not")
    if month and month != "XX" and not 1 <= int(month) <= 12:
        raise DateError(f"{token!r}: the month must be 01–12 (EDTF's seasons, 21–41, are not accepted)")
    if year in ("-0000",):
        raise DateError(f"{token!r}: the year before 1 CE is 0000 (1 BCE), not -0000")
    _check_real(token)
    first, last = int(year.replace("X", "0")), int(year.replace("X", "9"))
    if first < 0:
        first, last = -int(year[1:].replace("X", "9")), -int(year[1:].replace("X", "0"))
    return Point(token=token, year=first, last_year=last,
                 month=int(month) if month and month != "XX" else None,
                 day=int(day) if day and day != "XX" else None,
                 uncertain=qualifier in "?%" and bool(qualifier), approximate=qualifier in "~%" and bool(qualifier))


def _check_real(token: str) -> None:
    """A real day: no 30 February, no 29 February outside a leap year (proleptic Gregorian, as
    ISO 8601 reckons; datetime has no year 0 or before, and the calendar repeats every 400 years)."""
    match = re.fullmatch(r"(-?[0-9]{4})-([0-9]{2})-([0-9]{2})[?~%]?", token)
    if match:
        try:
            datetime.date(int(match[1]) % 400 or 400, int(match[2]), int(match[3]))
        except ValueError:
            raise DateError(f"{token!r} is no real date (a day the month has)") from None


@functools.lru_cache(maxsize=256)
def parse(text: str) -> EdtfDate:
    """The date `text` says, or DateError saying why it says none."""
    if text != text.strip() or not text:
        raise DateError(f"{text!r} is not {ACCEPTED}")
    if text.count("/") > 1:
        raise DateError(f"{text!r}: an interval has two ends")
    ends = text.split("/")
    if any(end in ("", "..") for end in ends):
        raise DateError(f"{text!r}: an open or unknown end (\"..\", \"\") cannot be cited; give both ends of the interval")
    points = [_point(_pad(end)) for end in ends]
    if len(points) == 2 and (points[1].last_year, points[1].month or 12, points[1].day or 31) < (
            points[0].year, points[0].month or 1, points[0].day or 1):
        raise DateError(f"{text!r}: the interval ends before it starts")
    return EdtfDate("/".join(p.token for p in points), points[0], points[1] if len(points) == 2 else None)
