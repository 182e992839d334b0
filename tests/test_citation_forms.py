"""Each metadata variant in every citation form: the cite control (pages/assets/cite.js) run in
Chromium on data made here, against the forms written out in Python (tests/citeforms.py).

Variants: a date of a year, a month or a day; a name whose family name comes first or last; a
part with the unit "section" or "No." or none (a whole work); editors that are an organisation
or people.
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import date, datetime

import pytest

from citeforms import bibtex_fields, citations, entry_key, page_url, ris_lines
from conftest import ROOT
from edition.model import EditionIdentity, Editor, TextMeta
from edition.render import identity_fields, text_fields

SCRIPT = (ROOT / "pages" / "assets" / "cite.js").read_text(encoding="utf-8")
BASE = "https://example.org/edition/"
ACCESSED = date(2025, 9, 5)
NUMBER = 7

DATES = {"year": "1787", "month": "1787-11", "day": "1787-11-22"}
AUTHORS = {
    "family-first": dict(author="Kim Jong Il", name_order="family-first", author_family=""),
    "given-first": dict(author="James Madison", name_order="given-first", author_family=""),
    "family-of-two-words": dict(author="Ludwig van Beethoven", name_order="given-first", author_family="van Beethoven"),
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
                           publisher="The Editors", version="1.0", date_released="2026-01-01",
                           licence="CC-BY-4.0", repository="https://example.org/repo")


def meta(when: str, author: str, part: str) -> TextMeta:
    return TextMeta(slug=f"{part}-{author}", title="The Federalist", date=DATES[when],
                    date_display=DATES[when], language="en", provenance="", header=(),
                    **AUTHORS[author], **PARTS[part])


VARIANTS = [(w, a, p, "organisation") for w, a, p in itertools.product(DATES, AUTHORS, PARTS)]
VARIANTS += [("day", "given-first", "no", "people"), ("year", "family-first", "whole-work", "people")]


@pytest.fixture(scope="module")
def tab(browser):
    context = browser.new_context()
    page = context.new_page()
    page.clock.set_fixed_time(datetime(ACCESSED.year, ACCESSED.month, ACCESSED.day, 12, 0))
    # Keep what the control downloads, to read it.
    page.add_init_script("window.saved = []; const made = URL.createObjectURL;"
                         "URL.createObjectURL = blob => { window.saved.push(blob); return made.call(URL, blob); };")
    yield page
    context.close()


def run_control(tab, text: TextMeta, edition: EditionIdentity) -> dict:
    data = {"text": text_fields(text, 12), "edition": identity_fields(edition),
            "page_url": page_url(text, BASE), "site_url": BASE}
    block = json.dumps(data).replace("</", "<\\/")
    tab.goto("about:blank")
    tab.set_content(f'<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>'
                    f'<script type="application/json" id="edition-citation">{block}</script>'
                    f'<p class="numbered" id="p{NUMBER}"><a class="paragraph-number" href="#p{NUMBER}">{NUMBER}</a>'
                    f' A paragraph.</p></body></html>')
    tab.add_script_tag(content=SCRIPT)
    tab.get_by_role("button", name=f"Cite paragraph {NUMBER}").click()
    rows = tab.locator(".cite-row").filter(has=tab.locator(".cite-copy"))
    shown = [(row.locator(".cite-label").inner_text(), row.locator(".cite-text").inner_text(),
              row.locator(".cite-text i").all_inner_texts()) for row in rows.all()]
    files = {}
    for kind in ("BibTeX", "RIS"):
        with tab.expect_download():
            tab.get_by_role("button", name=f"Download {kind}").click()
        files[kind] = tab.evaluate("window.saved[window.saved.length - 1].text()")
    return {"rows": shown, **files}


@pytest.mark.parametrize("when, author, part, editors", VARIANTS, ids=["-".join(v) for v in VARIANTS])
def test_every_citation_form_handles_the_variant(tab, when, author, part, editors):
    text, edition = meta(when, author, part), identity(ORGANISATION if editors == "organisation" else PEOPLE)
    produced = run_control(tab, text, edition)
    url = page_url(text, BASE)
    expected = [("Link", f"{url}#p{NUMBER}", [])]
    expected += [(c.style, c.plain, c.italics) for c in citations(text, edition, BASE, NUMBER, ACCESSED)]
    assert produced["rows"] == expected
    for _, form, _ in produced["rows"]:
        assert "undefined" not in form and "NaN" not in form and "null" not in form, form

    match = re.fullmatch(r"@incollection\{([^,\s]+),\n((?:  \w+ = \{.*\},?\n)+)\}\n", produced["BibTeX"])
    assert match, produced["BibTeX"]
    assert match.group(1) == entry_key(text)
    assert dict(re.findall(r"^  (\w+) = \{(.*)\},?$", match.group(2), re.M)) == bibtex_fields(text, edition, url,
                                                                                               ACCESSED)
    lines = produced["RIS"].split("\r\n")
    assert lines.pop() == ""
    assert [tuple(line.split("  - ", 1)) for line in lines] == ris_lines(text, edition, url, ACCESSED)


def test_the_variants_differ_where_they_should():
    """The expectations themselves: a family name last is inverted, a year-only date stays a year."""
    madison, kim = meta("year", "given-first", "no"), meta("day", "family-first", "section")
    chicago = {c.style: c.plain for c in citations(madison, identity(ORGANISATION), BASE, 1, ACCESSED)}
    assert chicago["Chicago"].startswith("Madison, James. “The Same Subject Continued.” No. 10 of The Federalist, 1787,")
    assert chicago["MLA"].startswith("Madison, James. “The Same Subject Continued.” The Federalist, 1787, No. 10,")
    assert chicago["Canonical"].startswith("James Madison, The Federalist (1787), No. 10,")
    assert entry_key(madison) == "madison1787nogivenfirst"
    kim_forms = {c.style: c.plain for c in citations(kim, identity(ORGANISATION), BASE, 1, ACCESSED)}
    assert kim_forms["Chicago"].startswith("Kim Jong Il. “The Internationalist Unity.” Section 3 of The Federalist, "
                                           "November 22, 1787,")
    beethoven = meta("month", "family-of-two-words", "whole-work")
    assert beethoven.filed_name == "van Beethoven, Ludwig"
    forms = {c.style: c.plain for c in citations(beethoven, identity(PEOPLE), BASE, 1, ACCESSED)}
    assert forms["MLA"].startswith("van Beethoven, Ludwig. The Federalist, Nov. 1787, par. 1.")
    assert "edited by Alexander Hamilton and John Jay" in forms["Chicago"]
