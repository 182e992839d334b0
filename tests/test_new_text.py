"""Taking in a text with `build_site.py new-text`, as the README's "Adding a text" checklist begins.

The text is The Federalist No. 10 of tests/data/texts/federalist-10/ (hard-wrapped with CRLF
line endings, another unit ("No."), a year-only date, an author whose family name comes last):
what new-text copies, records and proposes. The rest of the checklist, and the copy's page-level
tests for it and every other test text, are tests/test_added_texts.py's.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EDITION, ROOT, SLUGS, run_cli

from build_site import main
from edition.newtext import propose_form, propose_header
from edition.witness import split_blocks


def unused_slug(wanted: str, source: Path = ROOT / "source") -> str:
    """`wanted`, or `wanted-2`, `wanted-3`, ...: the first that names no text of the edition, so the
    test adds a text whatever texts the edition holds."""
    taken = {path.stem for path in source.iterdir()}
    candidates = itertools.chain([wanted], (f"{wanted}-{n}" for n in itertools.count(2)))
    return next(slug for slug in candidates if slug not in taken)


SLUG = unused_slug("federalist-10")
# The opening of The Federalist No. 10 (tests/data/texts/README.md), as received: CRLF line endings.
WITNESS = (ROOT / "tests" / "data" / "texts" / "federalist-10" / "witness.txt").read_bytes()
LINES = WITNESS.decode("utf-8").replace("\r\n", "\n")


def copy_repository(target: Path) -> Path:
    skip = shutil.ignore_patterns(".git", "site", "build", ".venv", "__pycache__", ".pytest_cache",
                                  ".edition-build-*", ".hypothesis")
    shutil.copytree(ROOT, target, ignore=skip)
    return target


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    return copy_repository(tmp_path_factory.mktemp("copy") / "edition")


@pytest.fixture(scope="module")
def added(copy, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The copy, after `build_site.py new-text` took in the witness as received."""
    received = tmp_path_factory.mktemp("received") / "federalist10.txt"
    received.write_bytes(WITNESS)
    result = run("build_site.py", "new-text", str(received), "--slug", SLUG, "--root", str(copy), cwd=copy)
    return received, result


def test_new_text_copies_the_witness_and_proposes_its_metadata(copy, added):
    received, result = added
    assert result.returncode == 0, result.stderr
    witness, metadata = copy / "source" / f"{SLUG}.txt", copy / "source" / f"{SLUG}.yaml"
    assert witness.read_bytes() == WITNESS, "byte for byte, CRLF included"
    digest = hashlib.sha256(WITNESS).hexdigest()
    assert digest in result.stdout and f"sha256: {digest}" in metadata.read_text(encoding="utf-8")
    # It shows the blocks and proposes the header lines, and says what to do next.
    assert "The paragraph rule finds 9 blocks" in result.stdout
    assert "Proposed header lines: [title, part, author, date]" in result.stdout
    assert "(4 lines)" in result.stdout and "Next steps" in result.stdout
    assert "python scripts/anchors.py --write" in result.stdout
    proposed = metadata.read_text(encoding="utf-8")
    # Its first line names its schema, for an editor's YAML language server, and the path leads to it.
    first = proposed.splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema="), first
    assert (metadata.parent / first.split("$schema=", 1)[1]).resolve() == copy / "schemas" / "text-metadata.schema.json"
    for line in ('unit: "No."', 'number: "10"', 'author: "James Madison"', 'date: "1787"',
                 'part_title: "The Same Subject Continued: The Union as a Safeguard Against Domestic Faction '
                 'and Insurrection"', "header: [title, part, author, date]"):
        assert line in proposed, line

    # Until the editor completes it, check refuses the text and says why.
    refused = run_cli("check", root=copy)
    assert refused.returncode == 1
    assert f"source/{SLUG}.yaml:" in refused.stderr and "name_order" in refused.stderr

    again = run("build_site.py", "new-text", str(received), "--slug", SLUG, "--root", str(copy), cwd=copy)
    assert again.returncode == 1 and "exists already" in again.stderr
    assert witness.read_bytes() == WITNESS


def test_new_text_refuses_what_it_cannot_keep(tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9\n\nA paragraph.".encode("latin-1"))
    (tmp_path / "source").mkdir()
    for args, reason in (((str(latin1), "--slug", "cafe"), "not UTF-8"),
                         ((str(latin1), "--slug", "Notes"), "cannot name a page"),
                         ((str(latin1), "--slug", "glossary"), "cannot name a page"),
                         ((str(tmp_path / "missing.txt"), "--slug", "gone"), "cannot be read")):
        result = run(str(ROOT / "build_site.py"), "new-text", *args, "--root", str(tmp_path), cwd=tmp_path)
        assert result.returncode == 1 and reason in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert list((tmp_path / "source").iterdir()) == []


def test_the_new_texts_name_is_one_the_edition_does_not_hold(tmp_path):
    assert not (ROOT / "source" / f"{SLUG}.txt").exists() and not (ROOT / "source" / f"{SLUG}.yaml").exists()
    (tmp_path / "federalist-10.txt").write_text("x", encoding="utf-8")
    (tmp_path / "federalist-10-2.yaml").write_text("x", encoding="utf-8")
    assert unused_slug("federalist-10", tmp_path) == "federalist-10-3"
    assert unused_slug("other", tmp_path) == "other"


# What new-text proposes, and `blocks NAME` ------------------------------------------------

def blocks_of(text: str) -> list[str]:
    return split_blocks(text)


@pytest.mark.parametrize(("text", "proposed"), [
    # This edition's texts open with their header lines (each with its own metadata to compare).
    *[((ROOT / EDITION.text(slug).source_file).read_text(encoding="utf-8"), tuple(EDITION.text(slug).meta.header))
      for slug in SLUGS if EDITION.text(slug).meta.header],
    (LINES, ("title", "part", "author", "date")),
    # Short lines, then a long block: a title and an author.
    ("THE SONNETS\n\nby William Shakespeare\n\n" + "From fairest creatures we desire increase,\n" * 14,
     ("title", "author")),
    ("短歌行\n\n对酒当歌，人生几何！譬如朝露，去日苦多。慨当以慷，忧思难忘。何以解忧？唯有杜康。", ("title",)),
    ("短歌行\n\n曹操\n\n对酒当歌，人生几何！譬如朝露，去日苦多。慨当以慷，忧思难忘。何以解忧？唯有杜康。", ("title", "author")),
    # No short line before the first long block, or no long block at all: nothing is proposed.
    (("A long opening paragraph that runs on, as prose does, well past any width a title has: "
      "it is the text itself.\n\nShort."), ()),
    ("One line.\n\nAnother line.\n\nA third.\n\nA fourth.", ()),
    ("短歌行\n\n对酒当歌\n\n人生几何", ()),
])
def test_a_header_is_proposed_only_where_short_lines_come_before_a_long_block(text, proposed):
    assert propose_header(blocks_of(text)) == proposed


TEST_TEXTS = sorted(p for p in (ROOT / "tests" / "data" / "texts").iterdir() if (p / "witness.txt").is_file())


@pytest.mark.parametrize("folder", TEST_TEXTS, ids=[p.name for p in TEST_TEXTS])
def test_the_proposed_form_is_the_one_the_texts_editor_chose(folder):
    """Verse where the lines of the blocks are short (the sonnets), prose where they run to a
    wrapped width (the Federalist, the Spectator) or a block is one line."""
    import yaml

    meta = yaml.safe_load((folder / "metadata.yaml").read_text(encoding="utf-8"))
    blocks = blocks_of((folder / "witness.txt").read_bytes().decode("utf-8"))
    assert propose_form(blocks[len(meta.get("header") or []):]) == meta.get("form", "prose")


def test_a_byte_order_mark_stays_in_the_file_and_out_of_the_title(tmp_path, capsys):
    received = tmp_path / "received.txt"
    raw = "\ufeffESSAYS\r\n\r\n".encode("utf-8") + ("A paragraph of the text, long enough to be one. " * 3).encode()
    received.write_bytes(raw)
    root = tmp_path / "edition"
    assert main(["new-text", str(received), "--slug", "marked", "--root", str(root)]) == 0
    said = capsys.readouterr().out
    assert "byte-order mark" in said and "ESSAYS" in said
    assert (root / "source" / "marked.txt").read_bytes() == raw, "byte for byte, the mark included"
    metadata = (root / "source" / "marked.yaml").read_text(encoding="utf-8")
    assert 'title: "ESSAYS"' in metadata and "\ufeff" not in metadata and "with a byte-order mark" in metadata


def test_blocks_lists_the_blocks_as_the_metadata_now_reads_them(tmp_path, capsys):
    root = tmp_path
    (root / "source").mkdir()
    (root / "source" / "poem.txt").write_text("A Title\n\nBy Someone\n\nThe first stanza.\n\nThe second.",
                                               encoding="utf-8")
    metadata = root / "source" / "poem.yaml"
    metadata.write_text("title: A Title\nheader: [title, author]\n", encoding="utf-8")
    assert main(["blocks", "poem", "--root", str(root)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert "2 header line(s) [title, author], 2 paragraphs" in listed[0]
    assert [line.split()[:3] for line in listed[1:]] == [
        ["1", "header:", "title"], ["2", "header:", "author"], ["3", "¶1", "The"], ["4", "¶2", "The"]]
    metadata.write_text("header: [title]\n", encoding="utf-8")  # the editor changes it: the list follows
    assert main(["blocks", "poem", "--root", str(root)]) == 0
    assert capsys.readouterr().out.splitlines()[3].split()[:3] == ["3", "¶2", "The"]
    # A header it cannot read, or no text: said so, exit 1, no traceback.
    metadata.write_text("header: [title, colophon]\n", encoding="utf-8")
    assert main(["blocks", "poem", "--root", str(root)]) == 1
    out, err = capsys.readouterr()
    assert "'header' is not a list of header lines" in err and "¶4" in out
    assert main(["blocks", "missing", "--root", str(root)]) == 1
    assert "source/missing.txt: cannot be read" in capsys.readouterr().err
