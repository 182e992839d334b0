"""What reference managers and citation processors make of the edition: Zotero's own code
(the translation server, tests/conftest.py: zotero), citeproc-js with the official CSL styles
(tests/csl, conftest: citeproc) and cffconvert. Expectations come from the texts' and the
edition's metadata, so a second text is covered without a new test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import ROOT


def cffconvert(*args: str):
    import shutil
    import subprocess
    import sys

    tool = shutil.which("cffconvert", path=str(Path(sys.executable).parent)) or shutil.which("cffconvert")
    if tool is None:
        pytest.fail("cffconvert is in the test extra: pip install -r requirements.lock")
    return subprocess.run([tool, *args], capture_output=True, text=True)


def test_citation_cff_validates_against_the_cff_schema(tmp_path):
    checked = cffconvert("--validate", "-i", str(ROOT / "CITATION.cff"))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # The validator can fail: a planted error (a date that is no date) is refused.
    broken = tmp_path / "CITATION.cff"
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8")) | {"date-released": "not-a-date"}
    broken.write_text(yaml.safe_dump(cff, allow_unicode=True), encoding="utf-8")
    refused = cffconvert("--validate", "-i", str(broken))
    assert refused.returncode != 0


# Zotero: what "Save to Zotero" saves from each page, and what it imports from each file ------

import re  # noqa: E402
import shutil  # noqa: E402
from datetime import datetime  # noqa: E402

from conftest import EDITION, SLUGS, SUB_PATH, serving, under_sub_path  # noqa: E402
from citeforms import entry_key  # noqa: E402
from test_citation import mkdocs_config, site_url  # noqa: E402

IDENTITY = EDITION.identity
APPARATUS = {"corrections": "Corrections", "notes": "Notes", "glossary": "Glossary"}
PEOPLE = [e for e in IDENTITY.editors if not e.organisation]  # "The Editors" is no person
FILES = {"bib": "BibTeX", "ris": "RIS", "csl.json": "CSL-JSON"}
MARKUP = re.compile(r"[\\{}<>]|&[a-z]+;")


def zotero_date(value: str) -> str:
    """Zotero keeps a date as the source wrote it: "2026/11/30", "2026-11-30", "November 30, 2026"."""
    for pattern in ("%Y/%m/%d", "%Y-%m-%d", "%B %d, %Y"):
        try:
            return datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            pass
    return value


def fields(item: dict) -> dict:
    """The fields that say what is cited, as Zotero holds them."""
    found = {k: item.get(k) for k in ("itemType", "title", "bookTitle", "publisher", "url", "language")}
    found["date"] = zotero_date(item.get("date", ""))
    found["creators"] = [(c.get("lastName", c.get("name")), c.get("firstName", ""), c["creatorType"])
                         for c in item["creators"]]
    return found


def expected(name: str) -> dict:
    """The item a page or file must give, from the texts' and the edition's metadata."""
    editors = [(e.family, e.given, "editor") for e in PEOPLE]
    common = {"itemType": "bookSection", "bookTitle": IDENTITY.title, "publisher": IDENTITY.publisher,
              "date": IDENTITY.date_released, "url": f"{site_url()}{name}/"}
    if name in APPARATUS:
        return common | {"title": APPARATUS[name], "creators": editors, "language": EDITION.texts[0].meta.language}
    meta = EDITION.text(name).meta
    part = bool(meta.part_title or meta.part_label)  # the book is the work, where the text is a part of it
    return common | {"title": meta.part_title or meta.title, "language": meta.language,
                     "bookTitle": meta.title if part else IDENTITY.title,
                     "creators": [(meta.family, meta.author_given, "author"), *editors]}


def no_markup(item: dict) -> None:
    for key, value in item.items():
        if isinstance(value, str) and key != "url":
            assert not MARKUP.search(value), f"{key}: {value!r} carries markup"
    for creator in item["creators"]:
        assert not any(MARKUP.search(v) for v in creator.values()), creator


@pytest.mark.parametrize("name", [*SLUGS, *APPARATUS])
def test_save_to_zotero_gives_the_right_record_for_every_page(zotero, base_url, name):
    [item] = zotero.web(f"{base_url}{name}/")
    assert fields(item) == expected(name)
    no_markup(item)


@pytest.mark.parametrize("suffix", FILES)
def test_zotero_imports_each_reference_file_with_the_same_fields(zotero, site_dir, slug, suffix):
    imported = zotero.import_((site_dir / "downloads" / f"{slug}.{suffix}").read_bytes())
    [item] = [i for i in imported if i["itemType"] != "note"]
    meta = EDITION.text(slug).meta
    if suffix == "ris" and meta.original_language and meta.original_language != meta.language:
        # RIS's note (N1) on the translation is a note attached to the item.
        assert [n["note"] for n in imported if n["itemType"] == "note"] == [
            f"<p>Translated from the {meta.original_language}.</p>"]
    found, wanted = fields(item), expected(slug)
    # The files name an organisation as editor (a page's Highwire tags cannot say it is one).
    wanted["creators"] += [(e.name, "", "editor") for e in IDENTITY.editors if e.organisation]
    if suffix == "bib":
        # biblatex prints a `language` field ("[in en]"); `langid` is not printed, but Zotero reads neither.
        wanted["language"] = None
    assert found == wanted, FILES[suffix]
    no_markup(item)


@pytest.fixture(scope="module")
def served_without_open_graph(site_dir, tmp_path_factory):
    """The site with the og:description tags taken out: Zotero then reads <meta name="description">."""
    www = tmp_path_factory.mktemp("www-description")
    under_sub_path(site_dir, www)
    for page in (www / SUB_PATH.strip("/")).rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r'<meta property="og:description"[^>]*>', "", html), encoding="utf-8")
    planted = www / SUB_PATH.strip("/") / "planted" / "index.html"  # the fault this guards against
    planted.parent.mkdir()
    planted.write_text(f'<!doctype html><html><head><meta name="description" content="{PLANTED}"><title>t</title>'
                       '</head><body><p>A page.</p></body></html>', encoding="utf-8")
    with serving(www) as url:
        yield url


PLANTED = 'An edition of "one" text'


def test_zotero_reads_an_unescaped_description_short(zotero, served_without_open_graph):
    """The test below can fail: a quotation mark left unescaped cuts the description short."""
    [item] = zotero.web(served_without_open_graph + "planted/")
    assert item.get("abstractNote") != PLANTED


@pytest.mark.parametrize("name", ["", *SLUGS, *APPARATUS], ids=lambda name: name or "home")
def test_zotero_reads_the_page_description_whole(zotero, served_without_open_graph, name):
    """A quotation mark in the description must not cut the tag short (issue 9 escapes it)."""
    [item] = zotero.web(served_without_open_graph + (f"{name}/" if name else ""))
    assert item.get("abstractNote") == " ".join(mkdocs_config()["site_description"].split())


def test_citation_cff_describes_the_edition_fully():
    """Title, editors, version, release date, address, repository, licence and a preferred citation;
    cffconvert's BibTeX then has the year and the address."""
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    where = "CITATION.cff: update it from mkdocs.yml"
    default_url = re.search(r'site_url: !ENV \[SITE_URL, "([^"]+)"\]', (ROOT / "mkdocs.yml").read_text()).group(1)
    assert cff["url"] == default_url, where + " (url: site_url's default)"
    cited = cff["preferred-citation"]
    people = [{"name": e.name} if e.organisation else {"family-names": e.family, "given-names": e.given}
              for e in IDENTITY.editors]
    assert (cited["type"], cited["title"], cited["authors"]) == ("book", IDENTITY.title, people), where
    assert cited["publisher"] == {"name": IDENTITY.publisher}, where + " (publisher)"
    assert (str(cited["version"]), str(cited["date-released"]), cited["year"]) == (
        IDENTITY.version, IDENTITY.date_released, int(IDENTITY.date_released[:4])), where
    assert (cited["url"], cited["repository-code"]) == (cff["url"], IDENTITY.repository), where
    # No licence has been chosen (NOASSERTION, which is no SPDX licence): then there is no license key.
    assert cff.get("license") == (None if IDENTITY.licence == "NOASSERTION" else IDENTITY.licence), where
    converted = cffconvert("-i", str(ROOT / "CITATION.cff"), "-f", "bibtex")
    assert converted.returncode == 0, converted.stderr
    assert f"year = {{{IDENTITY.date_released[:4]}}}" in converted.stdout  # cffconvert 2 writes @misc
    assert f"url = {{{cff['url']}}}" in converted.stdout


# A CSL processor: citeproc-js with the official styles, against the copied forms -------------

STYLES = {  # our form: (the official style, its bibliography entry or its citation with a pinpoint)
    "Chicago note": ("chicago-notes-bibliography-17th-edition", "citation"),
    "Chicago bibliography": ("chicago-notes-bibliography-17th-edition", "bibliography"),
    "MLA works cited": ("modern-language-association", "bibliography"),
    "MLA in-text": ("modern-language-association", "citation"),
    "APA reference": ("apa", "bibliography"),
    "APA in-text": ("apa", "citation"),
}
# Where our forms and the processor's differ, each named on How to cite (the phrase it must hold).
DIFFERENCES = {
    "the work a part belongs to and the translation, which CSL-JSON has no variable for": "no variable",
    "MLA's address without https:// (MLA 9, 5.93)": "https://",
    "MLA's lowercase version": "lowercase",
    "APA's comma after a family name given first (CSL's static-ordering drops it)": "static-ordering",
}


def test_citeproc_renders_each_record_with_the_work_the_part_and_the_edition(citeproc, site_dir, slug):
    """Chicago (note and bibliography), MLA and APA, by citeproc-js from the CSL-JSON file: the
    work's title, the part's, the edition's, the section where the style has a place for it, and
    each style's name form."""
    meta, number = EDITION.text(slug).meta, 12
    [item] = json.loads((site_dir / "downloads" / f"{slug}.csl.json").read_text(encoding="utf-8"))
    styles = list(dict.fromkeys(style for style, _ in STYLES.values()))
    jobs = [{"style": style, "items": [item], "cites": [{"id": item["id"], "locator": str(number),
                                                         "label": "paragraph"}]} for style in styles]
    by_style = dict(zip(styles, citeproc(jobs)))
    part = bool(meta.part_title or meta.part_label)
    label = meta.part_label[:1].upper() + meta.part_label[1:]
    initials = " ".join(f"{w[0]}." for w in meta.author_given.split())
    names = {  # static-ordering: a family-first name is never inverted, except APA's (see below)
        "Chicago note": meta.author, "Chicago bibliography": meta.author if meta.name_order == "family-first"
        else meta.filed_name, "MLA works cited": meta.author if meta.name_order == "family-first"
        else meta.filed_name, "APA reference": f"{meta.family} {initials}" if meta.name_order == "family-first"
        else f"{meta.family}, {initials}"}
    for name, (style, where) in STYLES.items():
        text = by_style[style]["text"][where] if where == "citation" else by_style[style]["text"][where][0]
        if name in ("MLA in-text", "APA in-text"):
            assert text.startswith(f"({meta.family}, "), (name, text)
            continue
        assert text.startswith(names[name]), (name, text)
        # APA has no place for the collection that holds the book: the edition's name is its publisher's.
        edition = IDENTITY.title if name != "APA reference" or not part else ""
        for wanted in (meta.title, meta.part_title, edition, IDENTITY.publisher):
            assert not wanted or wanted in text, (name, wanted, text)
        if name.startswith("Chicago") and part and label:
            assert f"{label} in {meta.title}".lower() in text.lower(), (name, text)
        if name == "APA reference" and part and label:
            assert f"{meta.part_label})" in text, (name, text)
    page = " ".join((ROOT / "pages" / "how-to-cite.md").read_text(encoding="utf-8").split())
    for difference, phrase in DIFFERENCES.items():
        assert phrase in page, f"pages/how-to-cite.md does not document {difference}"


def test_biber_validates_each_bibtex_file_against_biblatex_s_data_model(site_dir, slug, tmp_path):
    """biber --tool --validate-datamodel: no warning; a planted `version` (not a field of
    @incollection) and a missing editor are each reported."""
    import subprocess

    if not shutil.which("biber"):
        from conftest import missing_tool

        missing_tool("biber validates the BibTeX files (apt-get install biber)")

    def warnings(path: Path) -> list[str]:
        # biber writes its log and output beside the file it reads: a copy, in the test's folder.
        copy = tmp_path / f"in-{path.name}"
        copy.write_bytes(path.read_bytes())
        done = subprocess.run(["biber", "--tool", "--validate-datamodel", "--output-file", f"out-{path.name}",
                               copy.name], capture_output=True, text=True, timeout=300, cwd=tmp_path, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        return [line for line in done.stdout.splitlines() if "WARN" in line and "WARNINGS:" not in line]

    bib = site_dir / "downloads" / f"{slug}.bib"
    assert warnings(bib) == []
    planted = tmp_path / "planted.bib"
    source = bib.read_text(encoding="utf-8")
    planted.write_text(re.sub(r"\n  editor = \{.*\},", "", source).replace("  url = {", "  version = {1},\n  url = {", 1),
                       encoding="utf-8")
    found = " | ".join(warnings(planted))
    assert "Invalid field 'version'" in found and "Missing mandatory field 'editor'" in found, found


# The files as BibTeX and RIS parsers read them ----------------------------------------------


def reference_fields(slug: str) -> dict:
    """What the files must say, from the text's and the edition's metadata."""
    meta = EDITION.text(slug).meta
    part = bool(meta.part_title or meta.part_label)
    return {"author": meta.filed_name, "title": meta.part_title or meta.title, "book": IDENTITY.title,
            "work": meta.title if part else "", "part": (meta.part_label[:1].upper() + meta.part_label[1:]) if part else "",
            "organisations": [e.name for e in IDENTITY.editors if e.organisation],
            "original_language": meta.original_language if meta.original_language != meta.language else "",
            "editors": [e.filed for e in PEOPLE], "publisher": IDENTITY.publisher, "version": IDENTITY.version,
            "date": IDENTITY.date_released, "original": meta.date, "url": f"{site_url()}{slug}/",
            "language": meta.language}


def test_bibtexparser_reads_each_bibtex_file_without_junk(site_dir, slug):
    """biblatex's fields only: no `language` ("[in en]"), no `chapter` ("Chap. 3 in"), no LaTeX in a note."""
    import bibtexparser

    library = bibtexparser.parse_string((site_dir / "downloads" / f"{slug}.bib").read_text(encoding="utf-8"))
    assert not library.failed_blocks and len(library.entries) == 1
    [entry] = library.entries
    found = {f.key: re.sub(r"\\([&%$#_{}])", r"\1", f.value) for f in entry.fields}
    want = reference_fields(slug)
    expected = {"author": want["author"], "title": want["title"], "titleaddon": want["part"],
                "booktitle": want["work"] or want["book"], "maintitle": want["book"] if want["work"] else "",
                "editor": " and ".join(want["editors"] + [f"{{{o}}}" for o in want["organisations"]]),
                "edition": f"Version {want['version']}" if want["version"] else "",
                "publisher": want["publisher"], "year": want["date"][:4], "date": want["date"],
                "origdate": want["original"], "origlanguage": want["original_language"], "url": want["url"]}
    assert (entry.entry_type, entry.key) == ("incollection", entry_key(EDITION.text(slug).meta))
    assert found == {k: v for k, v in expected.items() if v}


def test_rispy_reads_each_ris_file(site_dir, slug):
    import rispy

    [entry] = rispy.loads((site_dir / "downloads" / f"{slug}.ris").read_text(encoding="utf-8"))
    want = reference_fields(slug)
    ris_date = "/".join((want["date"].split("-") + ["", ""])[:3]) + "/"
    expected = {"type_of_reference": "CHAP", "authors": [want["author"]],
                "secondary_authors": want["editors"] + want["organisations"],
                "title": want["title"], "secondary_title": want["work"] or want["book"],
                "tertiary_title": want["book"] if want["work"] else "", "section": want["part"].lower(),
                "edition": f"Version {want['version']}" if want["version"] else "",
                "notes": [f"Translated from the {want['original_language']}."] if want["original_language"] else [],
                "publisher": want["publisher"],
                "year": want["date"][:4], "date": ris_date,
                "original_publication": "/".join((want["original"].split("-") + ["", ""])[:3]) + "/",
                "language": want["language"], "urls": [want["url"]]}
    assert entry == {k: v for k, v in expected.items() if v}
