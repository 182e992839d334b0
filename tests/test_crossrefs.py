"""Cross-references: each "¶N" of a note, a reason and a definition links to that paragraph of its text,
on every page that shows it and in the EPUB and TEI; a reference to no paragraph fails `check`."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
import zipfile
from urllib.parse import urljoin, urlsplit

import build_site
from conftest import EDITION, SMALL_FILES, SLUGS
from edition.crossrefs import ParagraphReference, cited_text, linked, parts, references

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_a_reference_is_cut_out_of_text_and_markdown_alike():
    assert parts("see the note to ¶7 (¶8); ¶21–¶23") == [
        "see the note to ", ParagraphReference(7, "¶7"), " (", ParagraphReference(8, "¶8"), "); ",
        ParagraphReference(21, "¶21"), "–", ParagraphReference(23, "¶23")]
    assert linked("¶20 declares", lambda n: f"t.md#p{n}") == "[¶20](t.md#p20) declares"
    # A range with one pilcrow is one link, to its first paragraph; both ends are checked.
    assert parts("(¶21–23)") == ["(", ParagraphReference(21, "¶21–23", 23), ")"]


def test_in_markdown_code_and_links_keep_their_references_as_written():
    source = "`¶1` and ```\n¶2\n``` [as ¶3 says](https://example.org/¶4) [¶5][r] but ¶6\n\n[r]: https://example.org/¶7"
    assert [r.paragraph for r in references(source)] == [6]
    # Plain text (a reason) has no code or links: every reference counts there.
    assert [r.paragraph for r in references(source, markdown=False)] == [1, 2, 3, 4, 5, 6, 7]


def _data_references():
    """(text, paragraph) of every reference in the annotations and the glossary, with where it is shown."""
    found = []
    for note in EDITION.notes:
        found += [(note.text, r.paragraph, "note", note.id) for r in references(note.body)]
    for c in EDITION.corrections:
        found += [(c.text, r.paragraph, "reason", c.id) for r in references(c.reason, markdown=False)]
    for term in EDITION.terms:
        found += [(cited_text(term), r.paragraph, "definition", term.id) for r in references(term.definition)]
    return found


def _links_to_paragraphs(container, page_url):
    """The paragraph links ("¶N" leading to #pN) inside `container`, as (page, N)."""
    links = []
    for link in container.find_all("a", href=True):
        if re.fullmatch(r"¶\d+", link.get_text()) and "cross-reference" not in (link.get("class") or []):
            address = urlsplit(urljoin(page_url, link["href"]))
            if re.fullmatch(r"p\d+", address.fragment):
                links.append((address.path, int(address.fragment[1:])))
    return links


def test_every_reference_in_the_data_links_to_an_existing_paragraph_on_every_page(soup):
    found = _data_references()
    assert found, "the edition's annotations cite no paragraph: this test would prove nothing"
    base = "https://example.org/edition/"
    anchors = {slug: {element["id"] for element in soup(slug).select("[id^=p]")} for slug in SLUGS}
    notes, corrections, glossary = soup("notes"), soup("corrections"), soup("glossary")
    for slug, number, kind, entry_id in found:
        assert f"p{number}" in anchors[slug], (kind, entry_id, number)
    expected = {}
    for slug, number, kind, entry_id in found:
        expected.setdefault((kind, entry_id), []).append((f"/edition/{slug}/", number))
    for (kind, entry_id), wanted in expected.items():
        if kind == "note":
            heading = notes.find(id=entry_id)
            body = []
            for sibling in heading.find_next_siblings():
                if sibling.name in ("h2", "h3"):
                    break
                body.append(sibling)
            links = [link for element in body for link in _links_to_paragraphs(element, base + "notes/")]
            slug = next(n.text for n in EDITION.notes if n.id == entry_id)
            footnote = soup(slug).find(id=f"fn:{entry_id}")
            on_page = _links_to_paragraphs(footnote, base + f"{slug}/")
            assert on_page == wanted, ("reading page", entry_id)
            # The Notes page also gives "Back to ¶N": the references come before it.
            assert links[:len(wanted)] == wanted, ("notes page", entry_id)
        elif kind == "reason":
            row = corrections.find(id=entry_id).find_parent("tr")
            assert _links_to_paragraphs(row.find_all("td")[-1], base + "corrections/") == wanted, entry_id
        else:
            definition = glossary.find(id=entry_id).find_next_sibling("p")
            links = []
            for sibling in [definition, *definition.find_next_siblings()]:
                if sibling.name in ("h2",) or sibling.get_text().startswith("Occurs in"):
                    break
                links += _links_to_paragraphs(sibling, base + "glossary/")
            assert links == wanted, entry_id


def test_the_popovers_data_gives_each_reference_as_a_paragraph(site_dir):
    for text in EDITION.texts:
        data = json.loads((site_dir / "marks" / f"{text.slug}.json").read_text(encoding="utf-8"))
        for c in EDITION.corrections:
            if c.text != text.slug:
                continue
            reason = data["corrections"][c.id]["reason"]
            cited = [r.paragraph for r in references(" ".join(c.reason.split()), markdown=False)]
            given = [part["p"] for part in reason if isinstance(part, dict)] if isinstance(reason, list) else []
            assert given == cited, c.id
            parts_given = reason if isinstance(reason, list) else [reason]
            joined = "".join(p if isinstance(p, str) else p["label"] for p in parts_given)
            assert joined == " ".join(c.reason.split()), c.id


def test_the_reading_page_popover_links_a_reference(page, base_url):
    """A reason that cites a paragraph opens with a link to it, which leads to that paragraph."""
    c = next(c for c in EDITION.corrections if references(c.reason, markdown=False))
    number = references(c.reason, markdown=False)[0].paragraph
    page.goto(f"{base_url}{c.text}/")
    page.click(f"[id='c-{c.id}']")
    link = page.locator(f".mark-popover a.cross-reference[href='#p{number}']").first
    link.wait_for(state="visible")
    link.click()
    page.wait_for_function(f"() => location.hash === '#p{number}'")


def test_the_exports_link_each_reference(site_dir):
    found = _data_references()
    for slug in SLUGS:
        root = ET.parse(site_dir / "downloads" / f"{slug}.tei.xml").getroot()
        ids = {element.get(XML_ID) for element in root.iter()}
        targets = [ref.get("target") for ref in root.iter(f"{TEI}ref") if re.fullmatch(r"¶\d+", ref.text or "")]
        wanted = [f"#p{number}" for text, number, _, _ in found if text == slug]
        assert sorted(targets) == sorted(wanted), slug
        assert all(target[1:] in ids for target in targets)
        with zipfile.ZipFile(site_dir / "downloads" / f"{slug}.epub") as epub:
            names = set(epub.namelist())
            hrefs = []
            for name in names:
                if name.endswith(".xhtml") and "nav" not in name:
                    content = epub.read(name).decode("utf-8")
                    hrefs += re.findall(r'<a href="([^"#]+\.xhtml)#(p\d+)">¶\d+</a>', content)
            assert sorted(f"#{anchor}" for _, anchor in hrefs) == sorted(wanted), slug
            for file, anchor in hrefs:
                assert f'id="{anchor}"' in epub.read(f"EPUB/{file}").decode("utf-8"), (file, anchor)


def test_a_reference_to_a_paragraph_that_does_not_exist_fails_check(make_edition, capsys):
    files = dict(SMALL_FILES)
    files["annotations/small.yaml"] = SMALL_FILES["annotations/small.yaml"].replace(
        "reason: The whole world turns.", "reason: As in ¶2 and ¶9, and ¶1–4.").replace(
        "text: A note.", "text: See ¶3.")
    files["glossary.yaml"] = """
        terms:
          - id: round
            term: round
            forms: [round]
            texts: [small]
            definition: As in ¶4.
          - id: whole
            term: whole
            forms: [whole]
            definition: Compare ¶1.
    """
    root = make_edition(files)
    status = build_site.main(["check", "--root", str(root)])
    err = capsys.readouterr().err
    assert status == 1
    assert ("annotations/small.yaml:3: correction 'world-1': the reason cites ¶9, "
            "a paragraph that 'small' does not have (it has 2)") in err
    assert "the reason cites ¶1–4, a paragraph that 'small' does not have" in err
    assert "¶2" not in err.replace("(it has 2)", "")
    assert "annotations/small.yaml:12: note 'ties': the note cites ¶3" in err
    assert "glossary.yaml:2: term 'round': the definition cites ¶4" in err
    # A term written for every text cannot say which text its ¶1 is.
    assert "term 'whole': the definition cites ¶1, but the term is written for every text" in err
