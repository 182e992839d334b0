"""The built site, parsed: anchors, edits, notes and glossary links all resolve.

Each test of a reading page runs for every text (the `slug` parameter, tests/conftest.py),
with its expectations computed from that text's data.
"""

from __future__ import annotations

import pytest

import re

from conftest import EDITION, READING, SLUGS, reading_text
from edition.witness import as_shown, one_line

# A page-level check: it runs for every text (tests/test_added_texts.py runs it on a copy with the test texts).
pytestmark = pytest.mark.page


def ids(soup) -> list[str]:
    return [tag["id"] for tag in soup.find_all(id=True)]


def test_paragraph_anchors_are_present_once_each_and_in_order(soup, slug):
    page, text = soup(slug), EDITION.text(slug)
    found = [i for i in ids(page) if re.fullmatch(r"p\d+", i)]
    assert found == [f"p{n}" for n in range(1, len(text.paragraphs) + 1)]
    for n in range(1, len(text.paragraphs) + 1):
        paragraph = page.find(id=f"p{n}")
        number = paragraph.find("a", class_="paragraph-number")
        # The number is an attribute shown by CSS: the paragraph's text is its reading text (README).
        assert number["href"] == f"#p{n}" and number["data-n"] == str(n) and number.get_text() == ""


def test_every_id_on_a_page_is_unique(soup):
    for name in (*SLUGS, "corrections", "notes", "glossary"):
        found = ids(soup(name))
        assert len(found) == len(set(found)), name


def test_the_title_block_comes_from_the_witness_header(soup, slug):
    page, text = soup(slug), EDITION.text(slug)
    assert page.find("h1").get_text(strip=True).startswith(text.header.get("title", text.meta.title))
    for role in ("author", "date", "subtitle"):
        line = page.find(class_=f"{role}-line")
        assert (line.get_text() if line else None) == text.header.get(role), role
    part = page.find(id=text.meta.part_anchor)
    assert (part.get_text(strip=True).removesuffix("¶") if part else None) == text.header.get("part")
    for value in text.header.values():
        assert "\n" not in value and "\r" not in value, "a header line is one line"


def test_every_correction_is_marked_with_both_readings(soup, slug):
    page = soup(slug)
    corrections = [c for c in EDITION.corrections if c.text == slug]
    marks = page.select("a.edit")
    assert len(marks) == len(corrections)
    for correction in corrections:
        mark = page.find(id=f"c-{correction.id}")
        assert mark is not None, correction.id
        assert mark["href"] == f"../corrections/#{correction.id}"
        assert correction.kind in mark["class"] and correction.confidence in mark["class"]
        assert mark.find("ins").get_text() == correction.shown.strip()
        if correction.witnessed:
            # On one line: a line break of a hard-wrapped witness shows as a space.
            # An attribute (shown by CSS in the witness view), not text of the paragraph.
            assert mark["data-witness"] == as_shown(correction.witnessed, EDITION.text(slug).meta.verse)
        assert not mark.get("title"), "the popover's text is in the page once, not in a title on every mark"
        # The mark sits in the paragraph it belongs to.
        assert mark.find_parent(id=f"p{correction.paragraph}") is not None


def test_each_correction_row_links_back_to_its_place(soup, slug):
    table = soup("corrections")
    reading = soup(slug)
    for correction in (c for c in EDITION.corrections if c.text == slug):
        row_link = table.find(id=correction.id)
        assert row_link is not None, correction.id
        page, fragment = row_link["href"].split("#")
        assert page == f"../{slug}/" and reading.find(id=fragment) is not None
        row = row_link.find_parent("tr")
        assert correction.kind in row.get_text() and correction.confidence in row.get_text()
        # One row of six cells, whatever line breaks the witnessed string crosses.
        assert len(row.find_all("td")) == 6, correction.id
        if correction.witnessed:
            assert row.find("del").get_text() == one_line(correction.witnessed)


def test_every_note_reference_resolves(soup, slug):
    page = soup(slug)
    notes = [n for n in EDITION.notes if n.text == slug]
    refs = page.select("sup[id^='fnref'] a.footnote-ref")
    assert len(refs) == len(notes)
    for ref in refs:
        target = page.find(id=ref["href"].lstrip("#"))
        assert target is not None and target.name == "li"
    for number, ref in enumerate(refs, 1):
        assert ref["data-note"] == str(number) and ref.get_text() == ""  # shown by CSS (marks.css)
    listing = soup("notes")
    for note in notes:
        assert page.find(id=f"fn:{note.id}") is not None
        heading = listing.find(id=note.id)
        assert heading is not None and heading.name.startswith("h"), note.id
        # The heading keeps its anchor and its phrase on one line, across the witness's line breaks.
        assert one_line(note.phrase) in " ".join(heading.get_text().split()), note.id


def test_every_glossary_link_resolves(soup, slug):
    page, glossary = soup(slug), soup("glossary")
    links = page.select("a.term")
    linked = {term for entry in READING.glossary for s, _ in entry.places if s == slug for term in [entry.term.id]}
    assert {a["href"].split("#")[1] for a in links} == linked
    for link in links:
        target_page, fragment = link["href"].split("#")
        assert target_page == "../glossary/"
        assert glossary.find(id=fragment) is not None, fragment
        assert not link.get("title"), "the definition is in the page once, not in a title on every link"

def test_the_glossary_lists_every_paragraph_where_a_term_occurs(soup):
    from edition.witness import find_all

    glossary = soup("glossary")
    for entry in READING.glossary:
        heading = glossary.find(id=entry.term.id)
        links = []
        for sibling in heading.find_next_siblings():
            if sibling.name in ("h2", "h3"):
                break
            if sibling.get_text().startswith("Occurs in"):  # not the definition's own references to ¶N
                links += [a["href"] for a in sibling.select("a[href*='#p']")]
        # Independently of the pipeline: every paragraph whose reading has a form.
        # A term links only in the texts it is written for (`texts`; none: every text).
        expected = [f"../{text.text.slug}/#p{p.number}" for text in READING.texts for p in text.paragraphs
                    if (not entry.term.texts or text.text.slug in entry.term.texts)
                    and any(find_all(p.reading, form, ignore_case=True) for form in entry.term.forms)]
        assert links == expected, entry.term.id


def test_the_glossary_names_the_text_of_each_occurrence(soup):
    glossary = soup("glossary")
    for entry in READING.glossary:
        paragraph = glossary.find(id=entry.term.id).find_next_sibling(
            lambda tag: tag.name == "p" and tag.get_text().startswith("Occurs in"))
        said = " ".join(paragraph.get_text().split())
        for slug in dict.fromkeys(s for s, _ in entry.places):
            assert EDITION.text(slug).meta.title in said, (entry.term.id, slug)


def test_a_term_links_at_most_once_per_paragraph(soup, slug):
    page = soup(slug)
    for paragraph in page.select("p.numbered"):
        targets = [a["href"] for a in paragraph.select("a.term")]
        assert len(targets) == len(set(targets))


def test_the_witness_header_and_text_survive_in_the_html(soup, slug):
    """Every paragraph's visible reading is the reading the pipeline computed."""
    page = soup(slug)
    for paragraph in reading_text(slug).paragraphs:
        node = page.find(id=f"p{paragraph.number}").__copy__()  # the cached page stays whole
        for hidden in node.select("del, a.paragraph-number, sup"):
            hidden.extract()
        assert " ".join(node.get_text().split()) == " ".join(paragraph.reading.split())


def test_the_site_makes_no_reference_to_another_host(site_dir):
    """No page loads a script, style, font or image from elsewhere (links to read more are fine)."""
    pattern = re.compile(r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["'](?:https?:)?//""", re.I)
    for html in site_dir.rglob("*.html"):
        text = re.sub(r'<link rel="canonical"[^>]*>', "", html.read_text(encoding="utf-8"))
        assert not pattern.search(text), html
    for css in site_dir.rglob("*.css"):
        assert "fonts.googleapis" not in css.read_text(encoding="utf-8"), css


def test_the_marks_data_holds_each_correction_and_linked_term_once(soup, site_dir):
    """What the popovers show beyond the page's own text (pages/assets/marks.js), from the data:
    a file per text, which the page names, not a block in the page."""
    import json
    from urllib.parse import urljoin

    from conftest import MARKUP
    from edition.render import reference_parts

    for text in EDITION.texts:
        page = soup(text.slug)
        address = page.find("meta", attrs={"name": "edition-marks"})["content"]
        path = urljoin(f"https://example.org/edition/{text.slug}/", address).removeprefix("https://example.org/edition/")
        data = json.loads((site_dir / path).read_text(encoding="utf-8"))
        assert page.find("script", id="edition-marks") is None
        corrections = {c.id: c for c in EDITION.corrections if c.text == text.slug}
        assert data["corrections"].keys() == corrections.keys()
        for correction_id, entry in data["corrections"].items():
            correction = corrections[correction_id]
            # A reason that cites a paragraph is given in parts (tests/test_crossrefs.py).
            reason = entry["reason"] if isinstance(entry["reason"], str) else "".join(
                part if isinstance(part, str) else part["label"] for part in entry["reason"])
            assert (entry["kind"], entry["confidence"], reason) == (
                correction.kind, correction.confidence, " ".join(correction.reason.split()))
            assert entry.get("supplement", None) == (bool(correction.reading) if correction.is_gap else None)
        linked = {link["href"].split("#")[1] for link in page.select("a.term")}
        assert data["terms"].keys() == linked
        for term in EDITION.terms:
            if term.id in linked:
                assert data["terms"][term.id] == {"term": term.term,
                                                  "text": reference_parts(MARKUP.definition_opening(term.definition))}
