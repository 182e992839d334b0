"""Trust the whole build, not each entry alone (issue 21): hostile cases that combine entries,
that are not plain files, or that aim at the build itself. Each plants its case, asserts the
refusal (or the inert output), and that a site built before is left byte for byte as it was.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from conftest import SMALL_FILES, run_cli

A, S, G, T = "annotations/small.yaml", "source/small.yaml", "glossary.yaml", "source/small.txt"


def snapshot(folder):
    """Every file and link under `folder`, with its bytes or target: what a refused build must not change."""
    found = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[key] = ("link", str(path.readlink()))
        elif path.is_file():
            found[key] = path.read_bytes()
    return found


@pytest.fixture
def built(small_edition):
    """The small edition with a good site built: a test plants its case and rebuilds."""
    assert run_cli("build", root=small_edition).returncode == 0
    return small_edition


def refused(root, *lines: str) -> None:
    """`check` and `build` both refuse with each line given, and site/ is as it was."""
    before = snapshot(root / "site")
    for command in ("check", "build"):
        result = run_cli(command, root=root)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
        for line in lines:
            assert line in result.stderr, result.stderr
    assert snapshot(root / "site") == before


def replace(root, name: str, old: str, new: str | bytes) -> None:
    path = root / name
    data = path.read_bytes()
    assert old.encode() in data, (name, old)
    path.write_bytes(data.replace(old.encode(), new if isinstance(new, bytes) else new.encode(), 1))


# The witness: characters no export can carry ----------------------------------------------

@pytest.mark.parametrize("char", ["\x0c", "\x1b", "\x00", "\x7f", "\x85", "\ufffe"])
def test_a_character_xml_or_html_cannot_carry_is_refused_in_a_witness_at_its_line(char, built):
    from conftest import record_witness_hash
    replace(built, T, "second paragraph", f"second{char}paragraph")
    record_witness_hash(built / S)
    refused(built, f"source/small.txt:7: text 'small': holds U+{ord(char):04X} (")


# A note's bare CR line breaks stay inside its footnote ------------------------------------

def test_a_notes_bare_cr_line_breaks_keep_its_second_paragraph_in_the_note(built):
    replace(built, A, "text: A note.", 'text: "A note.\\r\\rIts second paragraph.\\r\\rAnd a third."')
    result = run_cli("build", root=built)
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((built / "site" / "small" / "index.html").read_text(encoding="utf-8"), "html.parser")
    note = page.find(id="fn:ties")
    assert "Its second paragraph." in note.get_text() and "And a third." in note.get_text()
    article = page.find("article")
    outside = [p for p in article.find_all("p") if "second paragraph." in p.get_text() and not p.find_parent(id="fn:ties")]
    assert outside == []
