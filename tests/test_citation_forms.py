"""Each metadata variant in every citation form, BibTeX, RIS and CSL-JSON (edition/references.py).

Variants: a work dated by a year, a month or a day; a name whose family name comes first, last,
or is two words; a part with the unit "section" or "No." or none (a whole work); editors that
are an organisation or people. The expectations are written here from the variant's own values.
"""

from __future__ import annotations

import itertools
import json
import re

import pytest

from citeforms import citations, entry_key
from edition.model import EditionIdentity, Editor, TextMeta
from edition.references import NOTE_UNITS, csl_item, render_bibtex, render_ris, text_reference

BASE = "https://example.org/edition/"
NUMBER = 7
STYLES = {"Canonical", "Chicago note", "Chicago bibliography", "MLA works cited", "MLA in-text", "APA reference",
          "APA in-text"}

DATES = {"year": ("1787", "1787", "1787"),                       # (date, day month year, MLA)
         "month": ("1787-11", "November 1787", "Nov. 1787"),
         "day": ("1787-11-22", "22 November 1787", "22 Nov. 1787")}
AUTHORS = {  # metadata, the name a bibliography lists, the name an in-text citation gives
    "family-first": (dict(author="Kim Jong Il", name_order="family-first", author_family=""), "Kim Jong Il", "Kim"),
    "given-first": (dict(author="James Madison", name_order="given-first", author_family=""),
                    "Madison, James", "Madison"),
    "two-word-family": (dict(author="Ludwig van Beethoven", name_order="given-first", author_family="van Beethoven"),
                        "van Beethoven, Ludwig", "van Beethoven"),
}
PARTS = {
    "section": dict(unit="section", number="3", part_title="The Internationalist Unity"),
    "no": dict(unit="No.", number="10", part_title="The Same Subject Continued"),
    "whole-work": dict(unit="", number="", part_title=""),
}
ORGANISATION = (Editor(name="The Editors", organisation=True),)
PEOPLE = (Editor(family="Hamilton", given="Alexander"), Editor(family="Jay", given="John"))


def identity(editors) -> EditionIdentity:
    return EditionIdentity(title="An Annotated Reading Edition", short_title="Edition", editors=editors,
                           publisher="The Publisher", version="1.0", date_released="2026-01-02",
                           licence="CC-BY-4.0", repository="https://example.org/repo")


def meta(when: str, author: str, part: str) -> TextMeta:
    return TextMeta(slug=f"{part}-{author}", title="The Federalist", date=DATES[when][0],
                    date_display=DATES[when][1], language="en", provenance="", header=(),
                    **AUTHORS[author][0], **PARTS[part])


VARIANTS = [(w, a, p, "organisation") for w, a, p in itertools.product(DATES, AUTHORS, PARTS)]
VARIANTS += [(w, "given-first", "no", "people") for w in DATES]


@pytest.mark.parametrize("when, author, part, editors", VARIANTS, ids=["-".join(v) for v in VARIANTS])
def test_every_form_handles_the_variant(when, author, part, editors):
    text, edition = meta(when, author, part), identity(ORGANISATION if editors == "organisation" else PEOPLE)
    forms = {c.style: c.plain for c in citations(text, edition, BASE, NUMBER)}
    assert set(forms) == STYLES
    for style, form in forms.items():
        assert not re.search(r"None|undefined|NaN|\bnull\b|\{paragraph\}|, ,|  |\(\)| ,", form), (style, form)
    _, day_month_year, mla_date = DATES[when]
    _, listed, cited = AUTHORS[author]

    # The work's date, as precise as it is known.
    assert f"{text.author}, The Federalist ({day_month_year})" in forms["Canonical"]
    assert f"{mla_date}" in forms["MLA works cited"]
    assert f"(Original work published 1787)" in forms["APA reference"]
    assert forms["APA in-text"] == f"({cited}, 1787/2026, para. {NUMBER})"
    # The name: as printed where it is read, inverted where a list is sorted by it.
    assert forms["Canonical"].startswith(f"{text.author}, ") and forms["Chicago note"].startswith(f"{text.author}, ")
    assert forms["Chicago bibliography"].startswith(f"{listed}. ")
    assert forms["MLA works cited"].startswith(f"{listed}. ")
    assert forms["MLA in-text"] == f"({cited}, par. {NUMBER})"
    assert forms["APA reference"].startswith(f"{cited}, ")
    # The part: its unit and number, or nothing for a whole work.
    label = text.part_label
    if label:
        assert f", {label}, “{text.part_title}”, ¶{NUMBER}" in forms["Canonical"]
        assert f"{label[:1].upper()}{label[1:]} of The Federalist" in forms["Chicago bibliography"]
        short = " ".join(p for p in (NOTE_UNITS.get(text.unit.lower(), text.unit), text.number) if p)  # "sec. 3"
        assert f", {short}. " in forms["MLA works cited"]
    else:
        assert "Federalist (" in forms["Canonical"] and ", ¶7, in: " in forms["Canonical"]
        assert " of The Federalist" not in forms["Chicago bibliography"]
        assert "“" not in forms["Canonical"]
    # The editors: people are named; an organisation is the publisher, not an editor.
    for style in ("Canonical", "Chicago bibliography"):
        assert ("Alexander Hamilton and John Jay" in forms[style]) == (editors == "people"), style
        assert "The Editors" not in forms[style]


@pytest.mark.parametrize("when, author, part, editors", VARIANTS, ids=["-".join(v) for v in VARIANTS])
def test_bibtex_ris_and_csl_handle_the_variant(when, author, part, editors):
    text, edition = meta(when, author, part), identity(ORGANISATION if editors == "organisation" else PEOPLE)
    reference = text_reference(text, edition)
    date, parts = text.date, [int(p) for p in text.date.split("-")]

    bibtex = render_bibtex(reference, BASE)
    assert bibtex.startswith(f"@incollection{{{entry_key(text)},\n") and "None" not in bibtex
    fields = dict(re.findall(r"^  (\w+) = \{(.*)\},?$", bibtex, re.M))
    assert fields["origdate"] == date and fields["title"] == (text.part_title or text.title)
    family, given = text.family, text.author_given
    assert fields["author"] == (f"{family}, {given}" if " " not in family else f"{{{family}}}, {given}") or \
        fields["author"].replace("{", "").replace("}", "") == f"{family}, {given}"
    assert entry_key(text).startswith(re.sub(r"[^a-z]", "", family.lower()) + "1787")

    ris = dict(line.split("  - ", 1) for line in render_ris(reference, BASE).split("\r\n") if line)
    assert ris["OP"] == "/".join((date.split("-") + ["", ""])[:3]) + "/"
    assert ris["AU"] == f"{family}, {given}" and "None" not in ris.values()

    item = json.loads(json.dumps(csl_item(reference, BASE)))
    assert item["original-date"] == {"date-parts": [parts]}
    assert item["author"][0]["family"] == family and item["author"][0]["given"] == given
