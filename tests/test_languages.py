"""Each text's language, and its direction, on the text's content wherever it appears; the apparatus in the edition's.

An edition of the edition's own texts (source/, whatever they are) and a right-to-left test text
(tests/data/texts/sahih-bukhari-1/, Arabic: see its README) is built by the test. The Arabic text's paragraphs, header lines, witness view,
readings in the Corrections table, note phrase and quoted glossary headword carry `lang` (its
metadata's `language`) and `dir="rtl"`; the readings in tables are isolated; the apparatus
around them carries neither. In Chromium the paragraph is laid out right to left, right-aligned,
and a search snippet from it is marked so. The TEI and the EPUBs mark the same per element,
and the EPUB's pages turn as the text reads. Each of the edition's texts keeps its own `lang`,
and no direction where it reads left to right.
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

from conftest import ROOT, SUB_PATH, run_cli, serving, squashed, write_edition
from edition.exports.epub import progression
from edition.languages import TextLanguage, direction
from edition.site_config import read_site_config
from test_exports import _jar, java  # noqa: F401  (java: the fixture, for EPUBCheck)

TEXTS = ROOT / "tests" / "data" / "texts"  # see its README
RTL = "sahih-bukhari-1"
DATA = TEXTS / RTL
META = yaml.safe_load((DATA / "metadata.yaml").read_text(encoding="utf-8"))
LANGUAGE = META["language"]
# The edition's own texts (source/), built beside the test text, each with its language.
EDITION_TEXTS = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))["language"]
                 for path in sorted((ROOT / "source").glob("*.yaml"))}
TEXT_LANGUAGES = {RTL: LANGUAGE, **EDITION_TEXTS}
THEME_LANGUAGE = read_site_config(ROOT / "mkdocs.yml", ROOT, []).language  # the apparatus's
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XHTML = "{http://www.w3.org/1999/xhtml}"


def _files() -> dict[str, str | bytes]:
    """The edition's texts with their annotations and glossary (and its pages), and the test text as an editor adds it."""
    files: dict[str, str | bytes] = {
        f"source/{RTL}.txt": (DATA / "witness.txt").read_bytes(),
        f"source/{RTL}.yaml": (DATA / "metadata.yaml").read_bytes(),
    }
    for path in (DATA / "annotations").glob("*.yaml"):
        files[f"annotations/{path.name}"] = path.read_bytes()
    for path in [*(ROOT / "source").iterdir(), *(ROOT / "annotations").glob("*.yaml")]:
        files[str(path.relative_to(ROOT))] = path.read_bytes()
    terms = yaml.safe_load((ROOT / "glossary.yaml").read_text(encoding="utf-8"))["terms"]
    terms += yaml.safe_load((DATA / "glossary.yaml").read_text(encoding="utf-8"))["terms"]
    files["glossary.yaml"] = yaml.safe_dump({"terms": terms}, allow_unicode=True, sort_keys=False)
    return files


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("languages") / "edition"
    shutil.copytree(ROOT / "pages", root / "pages")  # the site's stylesheets and scripts, About, How to cite
    write_edition(root, _files())
    www = tmp_path_factory.mktemp("languages-www")
    result = run_cli("build", "--site-dir", str(www / SUB_PATH.strip("/")), root=root)
    assert result.returncode == 0, result.stdout + result.stderr
    return www / SUB_PATH.strip("/")


@pytest.fixture(scope="module")
def served(site):
    with serving(site.parent) as url:  # built at www/SUB_PATH
        yield url


def page(site: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((site / name / "index.html").read_text(encoding="utf-8"), "html.parser")


def witness_and_reading(site: Path) -> str:
    """Every string of the test text a page may quote: the witness and the reading text."""
    return squashed((DATA / "witness.txt").read_text(encoding="utf-8")
                    + (site / "downloads" / f"{RTL}.reading.txt").read_text(encoding="utf-8"))


# The rule ------------------------------------------------------------------------------


@pytest.mark.parametrize("tag, expected", [
    ("ar", "rtl"), ("he", "rtl"), ("fa", "rtl"), ("ur", "rtl"), ("yi", "rtl"), ("dv", "rtl"), ("syr", "rtl"),
    ("az-Arab", "rtl"), ("pa-Arab", "rtl"),  # an explicit script subtag decides
    ("ar-Latn", "ltr"), ("en", "ltr"), ("zh-Hans", "ltr"), ("ko", "ltr"), ("ku", "ltr"), ("und", "ltr"),
])
def test_the_direction_is_the_script_s_from_the_tag(tag, expected):
    assert direction(tag) == expected


def test_a_tag_that_is_not_one_marks_nothing():
    assert TextLanguage('en" onload="x').attributes == {} and TextLanguage("en US").attr_list() == ""


def test_an_epub_turns_its_pages_as_its_texts_read_and_as_the_apparatus_where_they_differ():
    from types import SimpleNamespace as Text

    def texts(*tags):
        return [Text(text=Text(meta=Text(language=tag))) for tag in tags]
    assert progression(texts("ar"), "en") == "rtl" and progression(texts("ar", "he"), "en") == "rtl"
    assert progression(texts("en", "ar"), "en") == "ltr" and progression(texts("en", "ar"), "he") == "rtl"


# The pages -----------------------------------------------------------------------------


def test_the_text_its_header_lines_and_its_witness_view_carry_its_language_and_direction(site):
    reading = page(site, RTL)
    paragraphs = reading.select("p.numbered")
    assert len(paragraphs) == 2
    for paragraph in paragraphs:
        assert (paragraph.get("lang"), paragraph.get("dir")) == (LANGUAGE, "rtl"), paragraph.attrs
        # Its number's name ("Paragraph 1") is the apparatus's.
        number = paragraph.select_one("a.paragraph-number")
        assert (number["lang"], number["dir"]) == (THEME_LANGUAGE, direction(THEME_LANGUAGE))
    header = {"title": reading.select_one("h1"), "part": reading.select_one(f"h2#{META['unit']}")}
    for role in META["header"]:
        assert (header[role].get("lang"), header[role].get("dir")) == (LANGUAGE, "rtl"), role
    # The witness view shows each witnessed reading from its mark, inside the marked paragraph.
    edits = reading.select("a.edit[data-witness]")
    assert edits and all(edit.find_parent(attrs={"lang": True})["lang"] == LANGUAGE for edit in edits)
    # The apparatus around the text: the page, the key, the notes, the downloads.
    assert reading.html["lang"] == THEME_LANGUAGE
    for element in reading.select("details.key, .footnote, #downloads, p.reference-files"):
        assert not element.find_parent(attrs={"lang": LANGUAGE}) and not element.get("lang"), element.name


def test_the_readings_in_the_corrections_table_are_the_text_s_and_isolated(site):
    corrections = page(site, "corrections")
    rows = [row for row in corrections.select("tbody tr") if row.select_one("td > a[id]")]  # not the counts' tables
    assert rows
    for row in rows:
        place = row.select_one("td > a[id]")["href"]
        tag = TEXT_LANGUAGES[place.split("/")[-2]]  # ../SLUG/#c-ID
        readings = row.select("td > del, td > ins")
        assert readings, row
        for reading in readings:
            # dir: the text's where right to left; auto (the string's own) for a left-to-right text.
            assert (reading.get("lang"), reading.get("dir")) == (tag, "rtl" if direction(tag) == "rtl" else "auto"), reading
        for cell in row.select("td"):  # the place, kind, confidence and reason are the apparatus's
            assert not cell.get("lang")


def test_a_note_s_phrase_and_a_quoted_glossary_headword_carry_the_text_s_language(site):
    notes = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (DATA / "annotations").glob("*notes.yaml")]
    for note in (n for data in notes for n in data["notes"]):
        heading = page(site, "notes").find(id=note["id"])
        phrase = heading.select_one("[lang]")
        assert phrase.get_text() == note["phrase"] and (phrase["lang"], phrase["dir"]) == (LANGUAGE, "rtl")
        assert not heading.get("lang"), "the heading's number and ¶ are the apparatus's"
        body = heading.find_next_sibling("p")
        assert not body.find_parent(attrs={"lang": LANGUAGE}) and not body.select(f'[lang="{LANGUAGE}"]')
    glossary = page(site, "glossary")
    for term in yaml.safe_load((DATA / "glossary.yaml").read_text(encoding="utf-8"))["terms"]:
        headword = glossary.find(id=term["id"]).select_one("[lang]")
        assert headword.get_text() == term["term"] and headword["lang"] == LANGUAGE


def test_only_the_text_s_own_words_are_marked_as_its_language_on_any_page(site):
    """The English apparatus has no lang of the test text: whatever carries it holds the text's words only."""
    quotable = witness_and_reading(site)
    marked = 0
    for html in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for element in soup.select(f'[lang="{LANGUAGE}"]'):
            for other in element.select("[lang]"):
                if other["lang"] != LANGUAGE:
                    other.decompose()  # the apparatus's inside it: a paragraph's number
            for permalink in element.select("a.headerlink"):
                permalink.decompose()
            assert squashed(element.get_text()) in quotable, (html.relative_to(site), str(element)[:300])
            marked += 1
    assert marked >= 6


def test_an_apparatus_page_is_cited_in_the_edition_s_language_a_text_in_its_own(site):
    """The first text of this edition is the Arabic one: the apparatus pages once took its language."""
    languages = {name: page(site, name).find("meta", attrs={"name": "citation_language"})["content"]
                 for name in ("corrections", "notes", "glossary", *TEXT_LANGUAGES)}
    assert languages == {"corrections": THEME_LANGUAGE, "notes": THEME_LANGUAGE, "glossary": THEME_LANGUAGE,
                         **TEXT_LANGUAGES}


def test_each_text_of_the_edition_keeps_its_own_language_and_direction_beside_the_test_text(site, slug):
    tag, reading = EDITION_TEXTS[slug], page(site, slug)  # slug: each text of source/ (conftest)
    rtl = direction(tag) == "rtl"
    paragraphs = reading.select("p.numbered")
    assert paragraphs and all((p.get("lang"), p.get("dir")) == (tag, "rtl" if rtl else None) for p in paragraphs)
    if not rtl:
        assert not reading.select(".md-content [dir]"), "no direction in a left-to-right text's page (Material gives its body dir=ltr)"
    if tag == THEME_LANGUAGE:
        assert not reading.select("a.paragraph-number[lang]"), "its numbers are in the text's language already"


def test_the_search_index_gives_each_paragraph_its_text_s_language(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for entry in index["docs"]:
        if re.search(r"\?p=\d+$", entry["location"]):
            tag = TEXT_LANGUAGES[entry["location"].split("/")[0]]
            assert entry.get("lang") == tag, entry["location"]
            assert entry.get("dir") == ("rtl" if direction(tag) == "rtl" else None), entry["location"]


# In a browser --------------------------------------------------------------------------


def test_in_a_browser_the_text_is_laid_out_right_to_left_and_right_aligned_and_so_is_its_snippet(served, page):
    from test_search import ask

    page.goto(f"{served}{RTL}/")
    layout = page.evaluate("""() => Array.from(document.querySelectorAll('p.numbered'), p => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        range.selectNodeContents(walker.nextNode());
        const rects = Array.from(range.getClientRects()), box = p.getBoundingClientRect();
        const style = getComputedStyle(p);
        return {direction: style.direction, right: box.right - rects[0].right, left: rects[0].left - box.left,
                paddingRight: parseFloat(style.paddingRight)};
    })""")
    for paragraph in layout:
        assert paragraph["direction"] == "rtl"
        # Its first line starts at the right edge (less any padding), its text is right-aligned.
        assert paragraph["right"] <= paragraph["paddingRight"] + 2, paragraph
    apparatus = page.evaluate("getComputedStyle(document.querySelector('.md-content h2#notes')).direction")
    assert apparatus == "ltr"
    # A correction's popover quotes the witnessed reading in the text's language and direction.
    page.locator("p.numbered a.edit").first.click()
    witnessed = page.locator("#mark-popover .mark-popover__witness")
    witnessed.wait_for()
    assert (witnessed.get_attribute("lang"), witnessed.get_attribute("dir")) == (LANGUAGE, "rtl")
    assert page.locator("#mark-popover").evaluate("e => e.closest('[lang]').lang") == THEME_LANGUAGE
    # In the Corrections table each reading of the text is isolated, in the text's direction.
    page.goto(f"{served}corrections/")
    cells = page.evaluate(f"""() => Array.from(document.querySelectorAll('td > del[lang="{LANGUAGE}"], td > ins[lang="{LANGUAGE}"]'),
        e => [getComputedStyle(e).direction, getComputedStyle(e).unicodeBidi, getComputedStyle(e.parentNode).direction])""")
    assert cells and all(cell == ["rtl", "isolate", "ltr"] for cell in cells), cells
    word = next(w for w in (DATA / "witness.txt").read_text(encoding="utf-8").split()[6:] if len(w) > 4 and w.isalpha())
    results = ask(page, served, word)
    snippet = page.locator(f'.md-search-result__article span[lang="{LANGUAGE}"]').first
    assert results.count() and snippet.get_attribute("dir") == "rtl"
    assert word in snippet.inner_text()
    assert snippet.evaluate("e => getComputedStyle(e).direction") == "rtl"


# The exports ---------------------------------------------------------------------------


def test_the_tei_s_body_is_in_the_text_s_language_its_header_and_notes_in_the_edition_s(site):
    for slug, tag in TEXT_LANGUAGES.items():
        tei = ET.parse(site / "downloads" / f"{slug}.tei.xml").getroot()
        assert tei.get(XML_LANG) == THEME_LANGUAGE
        body = tei.find(f"{TEI}text/{TEI}body")
        assert body.get(XML_LANG) == tag
        others = [e for e in tei.iter() if e.get(XML_LANG) and e is not tei and e is not body]
        # Only the glossary's headwords quote the text, in its language.
        assert all(e.tag == f"{TEI}term" and e.get(XML_LANG) == tag for e in others), [e.tag for e in others]
        assert tei.find(f"{TEI}teiHeader").get(XML_LANG) is None
        assert tei.find(f"{TEI}text/{TEI}back").get(XML_LANG) is None
    idents = [e.get("ident") for e in ET.parse(site / "downloads" / f"{RTL}.tei.xml").getroot().iter(f"{TEI}language")]
    assert idents == [LANGUAGE, THEME_LANGUAGE]


def _epub(path: Path) -> dict[str, ET.Element]:
    with zipfile.ZipFile(path) as book:
        return {name: ET.fromstring(book.read(name)) for name in book.namelist()
                if name.endswith((".xhtml", ".opf"))}


def _language_of(root: ET.Element) -> tuple[str | None, str | None]:
    assert root.get(XML_LANG) == root.get("lang")
    return root.get("lang"), root.get("dir")


def test_the_epub_marks_each_text_in_its_language_and_turns_its_pages_as_it_reads(site):
    opf = "{http://www.idpf.org/2007/opf}"
    dc = "{http://purl.org/dc/elements/1.1/}"
    # The book of all texts: in the texts' language and direction where they share one, else the apparatus's.
    shared = set(TEXT_LANGUAGES.values())
    directions = {direction(tag) for tag in shared}
    every = (shared.pop() if len(shared) == 1 else THEME_LANGUAGE,
             directions.pop() if len(directions) == 1 else direction(THEME_LANGUAGE))
    for name, texts, main, pages in ((f"{RTL}.epub", {RTL: LANGUAGE}, LANGUAGE, "rtl"),
                                     ("edition.epub", TEXT_LANGUAGES, *every)):
        book = _epub(site / "downloads" / name)
        package = book["EPUB/package.opf"]
        assert package.find(f"{opf}spine").get("page-progression-direction") == pages, name
        languages = [e.text for e in package.iter(f"{dc}language")]
        assert languages[0] == main and set(languages) == {*texts.values(), THEME_LANGUAGE}, (name, languages)
        assert package.get(XML_LANG) == THEME_LANGUAGE
        for part, root in book.items():
            if not part.endswith(".xhtml"):
                continue
            slug = part.removeprefix("EPUB/text-").removesuffix(".xhtml")
            if slug in texts:  # a text: each its own language, not the first text's
                assert _language_of(root) == (texts[slug], "rtl" if direction(texts[slug]) == "rtl" else None), (name, part)
            else:  # the apparatus: the edition's, its quoted readings the text's
                assert _language_of(root) == (THEME_LANGUAGE, None), (name, part)
                for quoted in (e for e in root.iter() if e.get("lang") and e is not root):
                    assert quoted.tag in (f"{XHTML}del", f"{XHTML}ins", f"{XHTML}dt"), (part, quoted.tag)
        rows = [row for row in book["EPUB/corrections.xhtml"].iter(f"{XHTML}tr") if row.get("id")]
        arabic = [row for row in rows if f"text-{RTL}.xhtml" in row.find(f"{XHTML}td/{XHTML}a").get("href")]
        assert arabic and all(_language_of(e) == (LANGUAGE, "rtl") for row in arabic
                              for e in row.iter() if e.tag in (f"{XHTML}del", f"{XHTML}ins"))


def test_epubcheck_finds_nothing_in_the_right_to_left_and_the_mixed_epub(site, java):  # noqa: F811
    books = [site / "downloads" / f"{RTL}.epub", site / "downloads" / "edition.epub"]
    checks = [subprocess.Popen([java, "-jar", str(_jar("epubcheck", "epubcheck.jar")), str(book), "--usage", "--json", "-"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) for book in books]
    for book, check in zip(books, checks, strict=True):
        report = json.loads(check.communicate()[0])
        checker = report["checker"]
        assert (checker["nFatal"], checker["nError"], checker["nWarning"], checker["nUsage"]) == (0, 0, 0, 0), \
            (book.name, [f"{m['severity']} {m['ID']}: {m['message']}" for m in report["messages"]])


def test_daisy_ace_finds_no_violation_in_the_right_to_left_epub(site, tmp_path):
    """The right-to-left book (its pages in two languages and directions); the mixed book's pages are the
    same pages, and tests/test_exports.py runs Ace on an edition of several texts already."""
    from conftest import CHROMIUM, missing_tool
    from test_exports import ACE, ace_violations, npm_ci
    import os

    npm_ci(ACE, "@daisy/ace", ELECTRON_SKIP_BINARY_DOWNLOAD="1", PUPPETEER_SKIP_DOWNLOAD="1")
    if not Path(CHROMIUM).is_file():
        missing_tool(f"Ace needs Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    env = os.environ | {"PUPPETEER_EXECUTABLE_PATH": CHROMIUM}
    runs = {}
    for book in (site / "downloads" / f"{RTL}.epub",):
        out = tmp_path / book.stem
        runs[book.name] = (out, subprocess.Popen([str(ACE / "node_modules" / ".bin" / "ace-puppeteer"), "--silent", "--force",
                                                  "--outdir", str(out), str(book)], env=env,
                                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    for name, (out, process) in runs.items():
        output = process.communicate(timeout=600)[0]
        assert (out / "report.json").is_file(), f"Ace wrote no report for {name}: {output[-1000:]}"
        assert ace_violations(json.loads((out / "report.json").read_text(encoding="utf-8"))) == [], name
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_the_web_annotations_give_the_text_s_words_its_language_and_the_editors_words_the_edition_s(site):
    annotations = json.loads((site / "downloads" / f"{RTL}.annotations.jsonld").read_text(encoding="utf-8"))
    items = annotations.get("first", annotations).get("items", [])
    bodies = [(item["motivation"], body) for item in items for body in item["body"]]
    assert {motivation for motivation, _ in bodies} == {"commenting", "editing"}
    for motivation, body in bodies:
        words_of_the_text = motivation == "editing" and body["purpose"] == "editing"
        assert body["language"] == (LANGUAGE if words_of_the_text else THEME_LANGUAGE), body
