"""The built site, parsed: anchors, edits, notes and glossary links all resolve."""

from __future__ import annotations

import re

from conftest import ROOT
from edition.load import load_edition

EDITION = load_edition(ROOT)
TEXT = EDITION.text("section-3")


def ids(soup) -> list[str]:
    return [tag["id"] for tag in soup.find_all(id=True)]


def test_paragraph_anchors_are_present_once_each_and_in_order(soup):
    page = soup("section-3")
    found = [i for i in ids(page) if re.fullmatch(r"p\d+", i)]
    assert found == [f"p{n}" for n in range(1, len(TEXT.paragraphs) + 1)]
    for n in range(1, len(TEXT.paragraphs) + 1):
        paragraph = page.find(id=f"p{n}")
        number = paragraph.find("a", class_="paragraph-number")
        assert number["href"] == f"#p{n}" and number.get_text() == str(n)


def test_every_id_on_a_page_is_unique(soup):
    for name in ("section-3", "corrections", "notes", "glossary"):
        found = ids(soup(name))
        assert len(found) == len(set(found)), name


def test_the_title_block_comes_from_the_witness_header(soup):
    page = soup("section-3")
    assert page.find("h1").get_text(strip=True).startswith(TEXT.header["title"])
    assert page.find(class_="author-line").get_text() == TEXT.header["author"]
    assert page.find(class_="date-line").get_text() == TEXT.header["date"]
    assert TEXT.header["part"] in page.find("h2").get_text()


def test_every_correction_is_marked_with_both_readings(soup):
    page = soup("section-3")
    corrections = [c for c in EDITION.corrections if c.text == "section-3"]
    assert corrections, "the edition has corrections"
    marks = page.select("a.edit")
    assert len(marks) == len(corrections)
    for correction in corrections:
        mark = page.find(id=f"c-{correction.id}")
        assert mark is not None, correction.id
        assert mark["href"] == f"../corrections/#{correction.id}"
        assert correction.kind in mark["class"] and correction.confidence in mark["class"]
        assert mark.find("ins").get_text() == correction.shown.strip()
        if correction.witnessed:
            assert mark.find("del").get_text() == correction.witnessed
        assert not mark.get("title"), "the popover's text is in the page once, not in a title on every mark"
        # The mark sits in the paragraph it belongs to.
        assert mark.find_parent(id=f"p{correction.paragraph}") is not None


def test_each_correction_row_links_back_to_its_place(soup):
    table = soup("corrections")
    reading = soup("section-3")
    for correction in (c for c in EDITION.corrections if c.text == "section-3"):
        row_link = table.find(id=correction.id)
        assert row_link is not None, correction.id
        page, fragment = row_link["href"].split("#")
        assert page == "../section-3/" and reading.find(id=fragment) is not None
        row = row_link.find_parent("tr")
        assert correction.kind in row.get_text() and correction.confidence in row.get_text()


def test_every_note_reference_resolves(soup):
    page = soup("section-3")
    notes = [n for n in EDITION.notes if n.text == "section-3"]
    refs = page.select("sup[id^='fnref'] a.footnote-ref")
    assert len(refs) == len(notes)
    for ref in refs:
        target = page.find(id=ref["href"].lstrip("#"))
        assert target is not None and target.name == "li"
    for number, ref in enumerate(refs, 1):
        assert ref.get_text().strip() == str(number)  # after the no-break space (mkdocs.yml)
    listing = soup("notes")
    for note in notes:
        assert page.find(id=f"fn:{note.id}") is not None
        assert listing.find(id=note.id) is not None


def test_every_glossary_link_resolves(soup):
    page, glossary = soup("section-3"), soup("glossary")
    links = page.select("a.term")
    assert len(links) >= len(EDITION.terms) > 0 or not EDITION.terms
    for link in links:
        target_page, fragment = link["href"].split("#")
        assert target_page == "../glossary/"
        assert glossary.find(id=fragment) is not None, fragment
        assert not link.get("title"), "the definition is in the page once, not in a title on every link"

def test_the_glossary_lists_every_paragraph_where_a_term_occurs(soup):
    from edition.transform import transform
    from edition.witness import find_all

    glossary = soup("glossary")
    for entry in transform(EDITION).glossary:
        heading = glossary.find(id=entry.term.id)
        links = []
        for sibling in heading.find_next_siblings():
            if sibling.name in ("h2", "h3"):
                break
            links += [a["href"] for a in sibling.select("a[href*='#p']")]
        # Independently of the pipeline: every paragraph whose reading has a form.
        reading = transform(EDITION).texts[0]
        expected = [f"../section-3/#p{p.number}" for p in reading.paragraphs
                    if any(find_all(p.reading, form, ignore_case=True) for form in entry.term.forms)]
        assert links == expected, entry.term.id


def test_a_term_links_at_most_once_per_paragraph(soup):
    page = soup("section-3")
    for paragraph in page.select("p.numbered"):
        targets = [a["href"] for a in paragraph.select("a.term")]
        assert len(targets) == len(set(targets))


def test_the_witness_header_and_text_survive_in_the_html(soup):
    """Every paragraph's visible reading is the reading the pipeline computed."""
    from edition.transform import transform

    reading = transform(EDITION).texts[0]
    page = soup("section-3")
    for paragraph in reading.paragraphs:
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


def test_the_marks_data_holds_each_correction_and_linked_term_once(soup):
    """What the popovers show beyond the page's own text (pages/assets/marks.js), from the data."""
    import json

    from edition.render import definition_opening

    for text in EDITION.texts:
        page = soup(text.slug)
        data = json.loads(page.find("script", id="edition-marks").string)
        corrections = {c.id: c for c in EDITION.corrections if c.text == text.slug}
        assert data["corrections"].keys() == corrections.keys()
        for correction_id, entry in data["corrections"].items():
            correction = corrections[correction_id]
            assert (entry["kind"], entry["confidence"], entry["reason"]) == (
                correction.kind, correction.confidence, correction.reason)
            assert entry.get("supplement", None) == (bool(correction.reading) if correction.is_gap else None)
        linked = {link["href"].split("#")[1] for link in page.select("a.term")}
        assert data["terms"].keys() == linked
        for term in EDITION.terms:
            if term.id in linked:
                assert data["terms"][term.id] == {"term": term.term, "text": definition_opening(term.definition)}
