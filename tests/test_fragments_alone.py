"""Every Markdown fragment (a note, a glossary definition) renders alone (issue 21, point 2).

A page converts its entries as one Markdown document: a text's page its notes, the Notes page
every note, the Glossary page every definition. Each entry is judged alone, so nothing one
defines may reach another: a reference definition, an abbreviation. `check` refuses what would
cross, at the entry's line; what it lets through is, in the built pages and the popovers'
data, exactly what each entry gives alone.
"""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup

from conftest import SMALL_FILES, run_cli

TEXT = "A. Writer\n\nA Small Text\n\nThe round word turns.\n\nA second paragraph, and a third phrase."
NOTES = """
    text: small
    notes:
      - id: first
        paragraph: 1
        phrase: word
        text: |
          {first}
      - id: second
        paragraph: 2
        phrase: third phrase
        text: |
          {second}
"""
GLOSSARY = """
    terms:
      - id: round
        term: round
        forms: [round]
        definition: |
          {first}
      - id: second-term
        term: second paragraph
        forms: [second paragraph]
        definition: |
          {second}
"""


def edition(make_edition, notes: tuple[str, str] = ("A note.", "Another note."),
            definitions: tuple[str, str] = ("Not square.", "The next one.")):
    def indented(text: str) -> str:
        return text.replace("\n", "\n          ")
    return make_edition({**SMALL_FILES, "source/small.txt": TEXT,
                         "annotations/small.yaml": NOTES.format(first=indented(notes[0]), second=indented(notes[1])),
                         "glossary.yaml": GLOSSARY.format(first=indented(definitions[0]),
                                                          second=indented(definitions[1]))})


HOSTILE_DEFINITIONS = "[ref]: javascript:alert(document.domain)\n[pix]: https://evil.example/pixel.png"
HOSTILE_USE = "See [the source][ref] and ![][pix]."


def line_of(root, file: str, text: str) -> int:
    return next(n for n, line in enumerate((root / file).read_text().splitlines(), 1) if text in line)


@pytest.mark.parametrize("where, file, entry", [("notes", "annotations/small.yaml", "id: second"),
                                                ("definitions", "glossary.yaml", "id: second-term")])
def test_a_reference_defined_in_one_entry_and_used_in_another_is_refused_at_the_user(
        make_edition, tmp_path, where, file, entry):
    pair = (HOSTILE_DEFINITIONS, HOSTILE_USE)
    root = edition(make_edition, notes=pair) if where == "notes" else edition(make_edition, definitions=pair)
    site = tmp_path / "site"
    result = run_cli("build", "--site-dir", str(site), root=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    line = line_of(root, file, entry)
    assert re.search(rf"^{re.escape(file)}:{line}: .*renders differently beside the other entries", result.stderr,
                     re.M), result.stderr
    assert "nothing was written" in result.stderr and not site.exists()


def test_two_entries_defining_one_label_are_refused_at_the_second(make_edition):
    root = edition(make_edition, notes=("See [one][1].\n\n[1]: https://a.example/", "See [two][1].\n\n[1]: https://b.example/"))
    result = run_cli("check", root=root)
    assert result.returncode == 1, result.stderr
    assert re.search(r"^annotations/small\.yaml:\d+: note 'second'.*defines '\[1\]', as another entry on its page "
                     r"does \(annotations/small\.yaml:\d+: note 'first'\)", result.stderr, re.M), result.stderr


def test_a_definition_from_another_entry_is_refused_even_when_it_is_only_used_by_itself(make_edition):
    """A label one note defines and another uses, both harmless URLs: still refused, since each must stand alone."""
    root = edition(make_edition, definitions=("[site]: https://a.example/", "Read [it][site]."))
    result = run_cli("check", root=root)
    assert result.returncode == 1 and f"glossary.yaml:{line_of(root, 'glossary.yaml', 'id: second-term')}:" in result.stderr, \
        result.stderr


def test_entries_with_their_own_references_render_in_the_built_pages_as_they_do_alone(make_edition, tmp_path):
    notes = ("See [one][a].\n\n[a]: https://a.example/one", "See [two][b].\n\n[b]: https://b.example/two")
    definitions = ("Round, as [c] says.\n\n[c]: https://c.example/", "Next, as [d] says.\n\n[d]: https://d.example/")
    root = edition(make_edition, notes=notes, definitions=definitions)
    site = tmp_path / "site"
    result = run_cli("build", "--site-dir", str(site), root=root)
    assert result.returncode == 0, result.stderr

    def links(page: str, selector: str) -> list[tuple[str, str]]:
        soup = BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
        return [(a.get_text(), a["href"]) for element in soup.select(selector) for a in element.select("a[href^=http]")]

    mine = [("one", "https://a.example/one"), ("two", "https://b.example/two")]
    assert links("small", ".footnote li") == mine  # the text's page, whose notes the popover shows
    assert links("notes", "article") == mine
    assert links("glossary", "article") == [("c", "https://c.example/"), ("d", "https://d.example/")]
    popover = json.loads((site / "marks" / "small.json").read_text(encoding="utf-8"))
    assert popover["terms"]["round"]["text"] == "Round, as c says."
    assert not any("javascript:" in path.read_text(encoding="utf-8", errors="replace")
                   for path in site.rglob("*.html"))
