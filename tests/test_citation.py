"""Citing: published anchors never lost, citation metadata in every page, CITATION.cff, How to cite.

The citation forms are written out here a second time, in Python, from source/*.yaml and
mkdocs.yml: the browser tests check the cite control (pages/assets/cite.js) against them, and
the How to cite page is checked against them below.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from citeforms import citations, entry_key, page_url
from conftest import EDITION, ROOT, SLUGS, record_witness_hash, run_cli
from edition.site_config import read_site_config
from scripts.anchors import added, lost, published_anchors, read_manifest

# The data the expectations are computed from -----------------------------------------------


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as MkDocs does, `!ENV [NAME, default]` included."""


def _env(loader, node):
    name, *default = loader.construct_sequence(node)
    return os.environ.get(name, default[0] if default else None)


_ConfigLoader.add_constructor("!ENV", _env)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)


def site_url() -> str:
    url = mkdocs_config()["site_url"]
    return url if url.endswith("/") else url + "/"  # MkDocs adds the slash too


def text_meta(slug: str) -> dict:
    return yaml.safe_load((ROOT / "source" / f"{slug}.yaml").read_text(encoding="utf-8")) | {"slug": slug}


IDENTITY = EDITION.identity
THEME_LANGUAGE = read_site_config(ROOT / "mkdocs.yml", ROOT, []).language


def meta_of(slug: str):
    return EDITION.text(slug).meta


# Published anchors -------------------------------------------------------------------------


@pytest.mark.page
def test_no_published_anchor_is_lost(site_dir):
    manifest, built = read_manifest(), published_anchors(site_dir)
    assert manifest, "published-anchors.json is missing or empty: run `python scripts/anchors.py --write`"
    missing = lost(manifest, built)
    assert not missing, (
        f"{len(missing)} published anchor(s) are missing from the build, and citations to them would "
        "break: " + ", ".join(missing) + ". Keep each old id in the page (README, \"Citation permanence\").")
    new = added(manifest, built)
    if new:
        warnings.warn(f"{len(new)} new anchor(s) are not in published-anchors.json yet ({', '.join(new[:5])}"
                      f"{', …' if len(new) > 5 else ''}): run `python scripts/anchors.py --write` and commit it.")


WRITE_ANCHORS = "python scripts/anchors.py --write"


def unrecorded(edition, manifest: dict[str, list[str]]) -> list[str]:
    """The anchors of the edition's texts and entries that the manifest does not record, as page#id."""
    wanted = [(f"{text.slug}/", f"p{p.number}") for text in edition.texts for p in text.paragraphs]
    # A verse text's lines are cited too (#pN.L): each is a published anchor.
    wanted += [(f"{text.slug}/", f"p{p.number}.{line}") for text in edition.texts if text.meta.verse
               for p in text.paragraphs for line in range(1, p.text.count("\n") + 2)]
    wanted += [(f"{c.text}/", f"c-{c.id}") for c in edition.corrections]
    wanted += [("corrections/", c.id) for c in edition.corrections]
    wanted += [("notes/", n.id) for n in edition.notes]
    wanted += [("glossary/", t.id) for t in edition.terms]
    return [f"{page}#{anchor}" for page, anchor in wanted if anchor not in manifest.get(page, ())]


def check_manifest(edition, manifest: dict[str, list[str]]) -> None:
    missing = unrecorded(edition, manifest)
    assert not missing, (
        f"published-anchors.json does not record {len(missing)} anchor(s) of the texts and entries "
        f"({', '.join(missing[:5])}{', …' if len(missing) > 5 else ''}): a new text or entry's anchors are "
        f"recorded by running `{WRITE_ANCHORS}`; commit published-anchors.json with the data.")


@pytest.mark.page
def test_the_manifest_records_every_paragraph_correction_note_and_term():
    check_manifest(EDITION, read_manifest())


def test_a_new_text_is_reported_with_the_command_to_run(small_edition):
    """Not a bare KeyError: the anchors the manifest lacks, and the command that records them."""
    from edition.load import load_edition

    with pytest.raises(AssertionError, match=re.escape(f"`{WRITE_ANCHORS}`")) as failure:
        check_manifest(load_edition(small_edition), {"small/": ["p1"]})
    assert "small/#p2" in str(failure.value) and "small/#p1," not in str(failure.value)


def anchors_cli(*args: str, root: Path):
    import subprocess
    import sys

    return subprocess.run([sys.executable, str(ROOT / "scripts" / "anchors.py"), *args, "--root", str(root)],
                          capture_output=True, text=True, cwd=ROOT)


def test_the_anchor_script_names_each_anchor_a_build_loses(small_edition, tmp_path):
    manifest = tmp_path / "anchors.json"
    written = anchors_cli("--write", "--manifest", str(manifest), root=small_edition)
    assert written.returncode == 0, written.stderr
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    assert {"p1", "p2", "c-world-1", "fn:ties"} <= set(recorded["small/"])
    assert "world-1" in recorded["corrections/"] and "round" in recorded["glossary/"]

    # The correction is withdrawn and the second paragraph merged into the first: four anchors go.
    annotations = small_edition / "annotations" / "small.yaml"
    text = annotations.read_text(encoding="utf-8")
    annotations.write_text(text[:text.index("corrections:")] + text[text.index("notes:"):].replace(
        "paragraph: 2", "paragraph: 1"), encoding="utf-8")
    source = small_edition / "source" / "small.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("\u00a0\n\nA second", " A second"), encoding="utf-8")
    record_witness_hash(small_edition / "source" / "small.yaml")

    checked = anchors_cli("--manifest", str(manifest), root=small_edition)
    assert checked.returncode == 1
    for anchor in ("small/#p2", "small/#c-world-1", "corrections/#world-1"):
        assert anchor in checked.stderr
    assert "small/#p1" not in checked.stderr
    refused = anchors_cli("--write", "--manifest", str(manifest), root=small_edition)
    assert refused.returncode == 1 and json.loads(manifest.read_text(encoding="utf-8")) == recorded


# Citation metadata in the pages -------------------------------------------------------------


def meta_tags(page: BeautifulSoup, attribute: str, prefix: str) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for tag in page.find_all("meta", attrs={attribute: re.compile("^" + re.escape(prefix))}):
        tags.setdefault(tag[attribute], []).append(tag["content"])
    return tags


APPARATUS = {"corrections": "Corrections", "notes": "Notes", "glossary": "Glossary"}
PEOPLE = [e for e in IDENTITY.editors if not e.organisation]  # an organisation is no person's name


@pytest.mark.page
def test_the_reading_page_has_highwire_tags_for_zotero_and_scholar(soup, slug):
    meta = meta_of(slug)
    part = bool(meta.part_title or meta.part_label)
    url = page_url(meta, site_url())
    tags = meta_tags(soup(slug), "name", "citation_")
    expected = {
        "citation_title": [meta.part_title or meta.title],
        # A single name with a trailing comma: a reader that splits at a comma keeps it one last name.
        "citation_author": [meta.filed_name + ("," if meta.single_name else "")],
        "citation_editor": [e.filed for e in PEOPLE],
        # The book is the work the text is a part of, in the edition (a series, to Zotero); a whole work's is the edition.
        "citation_inbook_title": [meta.title if part else IDENTITY.title],
        "citation_series_title": [IDENTITY.title] if part else [],
        "citation_publisher": [IDENTITY.publisher],
        # The edition's release date: the work's own date is the original date, which Highwire cannot say.
        "citation_publication_date": [IDENTITY.date_released.replace("-", "/")],
        "citation_language": [meta.language],
        "citation_public_url": [url],
        "citation_abstract_html_url": [url],
    }
    assert tags == {k: v for k, v in expected.items() if v}


@pytest.mark.parametrize("name", APPARATUS)
def test_the_apparatus_pages_have_highwire_tags_as_parts_of_the_edition(soup, name):
    tags = meta_tags(soup(name), "name", "citation_")
    url = f"{site_url()}{name}/"
    expected = {
        "citation_title": [APPARATUS[name]], "citation_editor": [e.filed for e in PEOPLE],
        "citation_inbook_title": [IDENTITY.title], "citation_publisher": [IDENTITY.publisher],
        "citation_publication_date": [IDENTITY.date_released.replace("-", "/")],
        "citation_language": [THEME_LANGUAGE],  # the apparatus is in the edition's language
        "citation_public_url": [url], "citation_abstract_html_url": [url],
    }
    assert tags == {k: v for k, v in expected.items() if v}


@pytest.mark.page
def test_the_reading_page_describes_the_text_in_json_ld(soup, slug):
    meta = meta_of(slug)
    [block] = soup(slug).find_all("script", type="application/ld+json")
    data = json.loads(block.string)
    if meta.single_name:  # one name, never split
        author = {"@type": "Person", "name": meta.author}
    else:  # the parts make the name as written, in its order, with or without a space between them
        author = {"@type": "Person", "name": meta.author, "familyName": meta.family} | (
            {"givenName": meta.author_given} if meta.author_given else {})
        first, last = (meta.family, meta.author_given) if meta.name_order == "family-first" else \
            (meta.author_given, meta.family)
        assert meta.author.startswith(first) and meta.author.removeprefix(first).strip() == last
    assert data["@context"] == "https://schema.org" and data["@type"] == "Chapter"
    assert (data["name"], data["author"]) == (meta.part_title or meta.title, [author])
    assert (data["datePublished"], data["inLanguage"]) == (IDENTITY.date_released, meta.language)
    assert data["url"] == page_url(meta, site_url())
    book = data["isPartOf"]
    assert (book["@type"], book["name"], book["version"], book["datePublished"]) == (
        "Book", IDENTITY.title, IDENTITY.version, IDENTITY.date_released)
    assert book["publisher"] == {"@type": "Organization", "name": IDENTITY.publisher}
    # schema.org's editor is a Person: an organisation is the publisher, never an editor.
    assert [e["familyName"] for e in book.get("editor", [])] == [e.family for e in PEOPLE]
    work = data["isBasedOn"]
    # schema.org's date is ISO 8601: EDTF's qualifiers and unspecified digits as a year or an interval
    # (tests/test_names_dates.py checks it against the EDTF date).
    assert (work["name"], work["datePublished"], work["author"]) == (meta.title, meta.when.iso(), [author])
    assert data.get("position") == (meta.number or None)
    if meta.original_language and meta.original_language != meta.language:  # a translation, of the work
        assert data["translationOfWork"] == work and work["inLanguage"] == meta.original_language


@pytest.mark.page
def test_the_cite_control_gets_its_data_from_the_page(soup, slug):
    meta, raw = meta_of(slug), text_meta(slug)
    data = json.loads(soup(slug).find("script", id="edition-citation").string)
    for key in ("author", "title", "date", "unit", "number", "part_title", "language", "name_order"):
        # The date as load normalised it (EDTF's four-digit years: "208~" is "0208~").
        assert data["text"][key] == (meta.date if key == "date" else str(raw[key])), key
    assert data["text"]["slug"] == slug and data["text"]["author_filed"] == meta.filed_name
    assert data["page_url"] == page_url(meta, site_url())
    # Only what cite.js reads; the forms, the CSL item and the files come written from the model.
    assert set(data) == {"text", "page_url", "csl", "downloads", "forms", "base_url"}
    script = (ROOT / "pages" / "assets" / "cite.js").read_text(encoding="utf-8")
    for value in (meta.author, meta.title, meta.part_title, IDENTITY.title, site_url()):
        assert not value or value not in script, f"cite.js holds {value!r}: it must come from the page's data"


@pytest.mark.page
@pytest.mark.parametrize("name", ["", *SLUGS, "corrections", "notes", "glossary", "about", "how-to-cite"],
                         ids=lambda name: name or "home")
def test_every_page_has_open_graph_tags(soup, name):
    page = soup(name)
    tags = meta_tags(page, "property", "og:")
    for key in ("og:title", "og:type", "og:url", "og:description", "og:site_name"):
        assert len(tags.get(key, [])) == 1 and tags[key][0].strip(), f"{name}: {key}"
    assert tags["og:site_name"] == [IDENTITY.title]
    assert tags["og:url"] == [page.find("link", rel="canonical")["href"]]
    assert tags["og:url"][0].startswith(site_url())
    assert tags["og:type"] == (["article"] if name in SLUGS else ["website"])
    assert ("citation_title" in str(page)) == (name in SLUGS or name in APPARATUS)


def test_citation_metadata_is_escaped(make_edition, tmp_path):
    """A title with quotation marks, an ampersand and a closing script tag arrives intact."""
    awkward = 'The "Other" Side & </script><b>bold</b>'
    root = make_edition({
        "source/awkward.txt": "A. Writer\n\nTitle\n\nOne paragraph.",
        "source/awkward.yaml": f"""
            author: A. Writer
            title: Title
            date: "2001-02-03"
            date_display: February 3, 2001
            name_order: given-first
            unit: section
            number: "1"
            part_title: '{awkward}'
            language: en
            provenance: Made in a test.
            header: [author, title]
        """,
        "glossary.yaml": "terms: []\n",
    })
    result = run_cli("build", "--site-dir", str(tmp_path / "site"), root=root)
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((tmp_path / "site" / "awkward" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.find("meta", attrs={"name": "citation_title"})["content"] == awkward
    assert page.find("b") is None, "the title closed a script element and became markup"
    assert json.loads(page.find("script", id="edition-citation").string)["text"]["part_title"] == awkward
    assert json.loads(page.find("script", type="application/ld+json").string)["name"] == awkward


# CITATION.cff --------------------------------------------------------------------------------

# The keys of the Citation File Format 1.2.0 schema (schema-guide.md).
CFF_KEYS = {"abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi", "identifiers",
            "keywords", "license", "license-url", "message", "preferred-citation", "references", "repository",
            "repository-artifact", "repository-code", "title", "type", "url", "version"}
CFF_REFERENCE_KEYS = {
    "abbreviation", "abstract", "authors", "collection-doi", "collection-title", "collection-type", "commit",
    "conference", "contact", "copyright", "data-type", "database-provider", "database", "date-accessed",
    "date-downloaded", "date-published", "date-released", "department", "doi", "edition", "editors",
    "editors-series", "end", "entry", "filename", "format", "identifiers", "institution", "isbn", "issn", "issue",
    "issue-date", "issue-title", "journal", "keywords", "languages", "license", "license-url", "loc-end",
    "loc-start", "location", "medium", "month", "nihmsid", "notes", "number", "number-volumes", "pages",
    "patent-states", "pmcid", "publisher", "recipients", "repository", "repository-artifact", "repository-code",
    "scope", "section", "senders", "start", "status", "term", "thesis-type", "title", "translators", "type", "url",
    "version", "volume", "volume-title", "year", "year-original"}
CFF_PERSON_KEYS = {"address", "affiliation", "alias", "city", "country", "email", "family-names", "fax",
                   "given-names", "name-particle", "name-suffix", "orcid", "post-code", "region", "tel", "website"}
CFF_ENTITY_KEYS = {"address", "alias", "city", "country", "date-end", "date-start", "email", "fax", "location",
                   "name", "orcid", "post-code", "region", "tel", "website"}


def check_people(people: list[dict], where: str) -> None:
    assert people, f"{where}: at least one is required"
    for person in people:
        keys = set(person)
        assert keys <= CFF_ENTITY_KEYS if "name" in keys else keys <= CFF_PERSON_KEYS, f"{where}: {keys}"
        assert person.get("name") or person.get("family-names"), where


def test_citation_cff_is_valid_and_describes_the_edition():
    """Its agreement with the edition's identity is tests/test_identity.py's."""
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert set(cff) <= CFF_KEYS, set(cff) - CFF_KEYS
    for key in ("cff-version", "message", "title", "authors"):
        assert cff.get(key), f"CITATION.cff needs {key}"
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    check_people(cff["authors"], "authors")
    cited = cff.get("preferred-citation")
    if cited:
        assert set(cited) <= CFF_REFERENCE_KEYS, set(cited) - CFF_REFERENCE_KEYS
        check_people(cited["authors"], "preferred-citation.authors")


# How to cite ---------------------------------------------------------------------------------

HOW_TO_CITE_URL = "https://USER.github.io/REPO/"
HOW_TO_CITE_PARAGRAPH = 12


def quotations(page: BeautifulSoup) -> list[tuple[str, list[str]]]:
    return [(" ".join(q.get_text().split()), [" ".join(em.get_text().split()) for em in q.find_all("em")])
            for q in page.find_all("blockquote")]


def how_to_cite_example(page: BeautifulSoup) -> tuple[str, int]:
    """The text and paragraph the page's examples cite, read from the first example's address."""
    match = re.search(re.escape(HOW_TO_CITE_URL) + r"([a-z0-9-]+)/#p(\d+)", quotations(page)[0][0])
    assert match, "How to cite's first example gives no paragraph address"
    assert match.group(1) in SLUGS, f"How to cite's examples cite {match.group(1)!r}, which is no text of the edition"
    return match.group(1), int(match.group(2))


@pytest.mark.page
def test_how_to_cite_shows_exactly_what_the_cite_control_produces(soup):
    shown = quotations(soup("how-to-cite"))
    slug, number = how_to_cite_example(soup("how-to-cite"))
    expected = citations(meta_of(slug), IDENTITY, HOW_TO_CITE_URL, number)
    for citation in expected:
        assert (citation.plain, citation.italics) in shown, f"pages/how-to-cite.md, {citation.style}: {citation.plain}"
    assert len(shown) == len(expected)


@pytest.mark.page
def test_how_to_cite_names_the_bibtex_key_and_the_permanence_policy(soup):
    page = (ROOT / "pages" / "how-to-cite.md").read_text(encoding="utf-8")
    slug, _ = how_to_cite_example(soup("how-to-cite"))
    assert f"{{{entry_key(meta_of(slug))}}}" in page
    assert "## Permanence" in page and "cite" in page.lower()


def test_an_anchor_recorded_but_never_published_can_be_withdrawn_and_a_live_one_cannot(small_edition, tmp_path):
    import subprocess

    def git(*args):
        subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
                       cwd=small_edition, check=True, capture_output=True)

    manifest = small_edition / "published-anchors.json"
    written = anchors_cli("--write", root=small_edition)
    assert written.returncode == 0, written.stderr
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-qm", "published")  # on main: every push to it deploys
    git("checkout", "-qb", "work")

    notes = small_edition / "annotations" / "small.yaml"
    with_note = notes.read_text(encoding="utf-8")
    notes.write_text(with_note + "  - id: mistaken\n    paragraph: 1\n    phrase: The word\n    text: A slip.\n",
                     encoding="utf-8")
    site = tmp_path / "with-note"
    assert run_cli("build", "--site-dir", str(site), root=small_edition).returncode == 0
    assert anchors_cli("--write", "--site-dir", str(site), root=small_edition).returncode == 0
    assert "mistaken" in json.loads(manifest.read_text(encoding="utf-8"))["notes/"]
    git("commit", "-qam", "a note by mistake")

    mistaken = ["notes/#mistaken", "small/#fn:mistaken", "small/#fnref:mistaken"]
    still_built = anchors_cli("--withdraw", *mistaken, "--site-dir", str(site), root=small_edition)
    assert still_built.returncode == 1 and "the build still has it" in still_built.stderr

    notes.write_text(with_note, encoding="utf-8")
    site = tmp_path / "without-note"
    assert run_cli("build", "--site-dir", str(site), root=small_edition).returncode == 0
    before = manifest.read_text(encoding="utf-8")
    live = anchors_cli("--withdraw", "small/#p2", *mistaken, "--site-dir", str(site), root=small_edition)
    assert live.returncode == 1 and "small/#p2: published" in live.stderr
    assert manifest.read_text(encoding="utf-8") == before, "nothing is withdrawn when one is refused"

    done = anchors_cli("--withdraw", *mistaken, "--site-dir", str(site), root=small_edition)
    assert done.returncode == 0, done.stderr
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    assert "mistaken" not in recorded["notes/"] and "fn:mistaken" not in recorded["small/"]
    assert anchors_cli("--site-dir", str(site), root=small_edition).returncode == 0
