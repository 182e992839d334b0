"""An edition of one's own: nothing of this edition's texts is written into code or templates, and
the README's "Start your own edition" path works: the texts removed, About and How to cite
rewritten (check refuses them until they are), an empty anchor manifest started."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import EDITION, ROOT, run_cli

from edition.pages import described_texts

DATA = ROOT / "tests" / "data" / "cjk"
# What may be written only in a text's own data: the pages that name it in `texts` are that too.
CODE_AND_TEMPLATES = ("edition", "overrides", "pages")
TEXT_FILES = {".py", ".html", ".md", ".js", ".css", ".json", ".yml", ".yaml", ".svg"}
# What a reader is told about the edition: it may not say that its witnesses are OCR'd text (one
# witness is); the code that knows OCR as a kind of error in general (suggest, the kind `ocr`) may.
WHAT_THE_READER_IS_TOLD = ("overrides", "pages", "edition/render.py")


def leaks(root: Path, texts) -> list[str]:
    """Each file of code or templates under `root` that names a text's title, part or author, or
    tells the reader "OCR", unless it is a page that names the text it describes in `texts`."""
    found = []
    for folder in CODE_AND_TEMPLATES:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in TEXT_FILES or not path.is_file():
                continue
            content = " ".join(path.read_text(encoding="utf-8").split())
            described = (described_texts(path)[0] or []) if path.suffix == ".md" else []
            told = path.relative_to(root).as_posix().startswith(WHAT_THE_READER_IS_TOLD)
            for text in texts:
                if text.slug in described:
                    continue
                meta = text.meta
                for value in (meta.title, meta.author, meta.part_title, "OCR" if told else ""):
                    if value and value in content:
                        found.append(f"{path.relative_to(root)}: {value!r}")
    return found


def test_nothing_of_the_editions_texts_is_written_into_code_or_templates(tmp_path):
    assert leaks(ROOT, EDITION.texts) == []
    # The check can fail: a template that names a text is found.
    planted = tmp_path / "overrides" / "partials"
    planted.mkdir(parents=True)
    text = EDITION.texts[0]
    (planted / "intro.html").write_text(f"<p>A reading of {text.meta.title}.</p>", encoding="utf-8")
    assert leaks(tmp_path, [text]) == [f"overrides/partials/intro.html: {text.meta.title!r}"]


def anchors(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "anchors.py"), "--root", str(root), *args],
                          capture_output=True, text=True, cwd=root, check=False)


OWN_META = """\
author: 曹操
name_order: family-first
title: 短歌行
date: "0208"
date_display: "c. 208"
unit: ""
number: ""
part_title: ""
language: zh-Hans
provenance: Typed for the tests (tests/data/cjk/README.md).
header: [title, author]
"""


def test_start_your_own_edition(tmp_path):
    """README, "Start your own edition", step by step, on a copy of the repository's edition."""
    root = tmp_path / "edition"
    root.mkdir()
    for name in ("source", "annotations", "pages", "overrides"):
        shutil.copytree(ROOT / name, root / name)
    for name in ("mkdocs.yml", "glossary.yaml", "published-anchors.json"):
        shutil.copy(ROOT / name, root / name)
    # 1. Remove this edition's texts, their apparatus and the glossary written for them.
    for text in EDITION.texts:
        for path in [*root.glob(f"source/{text.slug}.*"), *root.glob(f"annotations/{text.slug}*.yaml")]:
            path.unlink()
    (root / "glossary.yaml").write_text("terms: []\n", encoding="utf-8")
    # 2. Add one's own text (the README's "Adding a text").
    added = run_cli("new-text", str(DATA / "duan-ge-xing.txt"), "--slug", "duan-ge-xing", root=root)
    assert added.returncode == 0, added.stderr
    metadata = root / "source" / "duan-ge-xing.yaml"
    digest = next(line for line in metadata.read_text(encoding="utf-8").splitlines() if line.startswith("sha256:"))
    metadata.write_text(OWN_META + digest + "\n", encoding="utf-8")
    # 3. check refuses the pages that still describe the texts removed, each at its front matter.
    refused = run_cli("check", root=root)
    assert refused.returncode == 1
    for page in ("about.md", "how-to-cite.md"):
        described = described_texts(root / "pages" / page)[0]
        assert described, f"pages/{page} names the texts it describes"
        for slug in described:
            assert f"pages/{page}:" in refused.stderr and f"describes the text {slug!r}" in refused.stderr
    # 4. Write one's own About and How to cite.
    (root / "pages" / "about.md").write_text(
        "---\ntexts: [duan-ge-xing]\n---\n\n# About this edition\n\nOne poem by Cao Cao.\n", encoding="utf-8")
    (root / "pages" / "how-to-cite.md").write_text(
        "# How to cite\n\nCite a paragraph by its address.\n\n<!-- the texts of the edition -->\n", encoding="utf-8")
    checked = run_cli("check", root=root)
    assert checked.returncode == 0, checked.stderr
    site = tmp_path / "site"
    built = run_cli("build", "--site-dir", str(site), root=root)
    assert built.returncode == 0, built.stderr
    home = (site / "index.html").read_text(encoding="utf-8")
    for text in EDITION.texts:
        for value in (text.meta.title, text.meta.author, "OCR"):
            assert value not in home, value
    assert "短歌行" in home and "Typed for the tests" in home  # the new text, and what its witness is
    # 5. The old manifest names anchors the new edition has not: start an empty one.
    assert anchors(root, "--site-dir", str(site)).returncode == 1
    (root / "published-anchors.json").write_text("{}\n", encoding="utf-8")
    recorded = anchors(root, "--site-dir", str(site), "--write")
    assert recorded.returncode == 0, recorded.stderr
    assert "duan-ge-xing/" in (root / "published-anchors.json").read_text(encoding="utf-8")
    assert anchors(root, "--site-dir", str(site)).stdout.startswith("ok:")
    (root / "published-anchors.json").write_text("", encoding="utf-8")  # an empty file is a start too
    assert anchors(root, "--site-dir", str(site)).returncode == 0


def test_a_pages_texts_are_read_from_its_front_matter_and_each_must_be_in_the_edition(tmp_path):
    from edition.pages import pages_problems

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.md").write_text("---\ntitle: A\ntexts: [here, gone]\n---\n\n# A\n", encoding="utf-8")
    (pages / "b.md").write_text("# B, which names no text\n", encoding="utf-8")
    (pages / "c.md").write_text("---\ntexts: here\n---\n# C\n", encoding="utf-8")
    (pages / "d.md").write_text("---\ntexts: [here]\n# D, never closed\n", encoding="utf-8")
    (pages / "e.md").write_text("---\ntexts: [here\n---\n# E\n", encoding="utf-8")
    assert described_texts(pages / "a.md") == (["here", "gone"], 3, "")
    assert described_texts(pages / "b.md") == (None, 1, "")
    found = [str(problem) for problem in pages_problems(tmp_path, {"here"})]
    assert len(found) == 4, found
    assert found[0].startswith("pages/a.md:3: front matter 'texts': the page describes the text 'gone'")
    assert found[1].startswith("pages/c.md:2: front matter 'texts': 'texts' must be a list")
    assert found[2].startswith("pages/d.md:1: front matter 'texts': the front matter") and "no closing" in found[2]
    assert found[3].startswith("pages/e.md:") and "not YAML" in found[3]
