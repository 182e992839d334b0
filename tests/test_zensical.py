"""Zensical builds the generated Markdown, and the reading page keeps its apparatus (scripts/zensical_check.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from conftest import ROOT
from edition.load import load_edition
from edition.model import Edit, NoteRef, TermLink
from edition.transform import transform

SCRIPT = ROOT / "scripts" / "zensical_check.py"
READING = transform(load_edition(ROOT))


def load_script():
    spec = importlib.util.spec_from_file_location("zensical_check", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def counts(text) -> dict[str, int]:
    segments = [s for p in text.paragraphs for s in p.segments]
    return {"paragraphs": len(text.paragraphs), "edits": sum(isinstance(s, Edit) for s in segments),
            "notes": sum(isinstance(s, NoteRef) for s in segments),
            "terms": sum(isinstance(s, TermLink) for s in segments)}


def test_the_check_builds_with_zensical_and_finds_every_anchor_mark_note_and_term(site_dir):
    # site_dir's build has just written build/docs from the data.
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("zensical check: ok")
    for text in READING.texts:
        n, slug = counts(text), text.text.slug
        assert n["paragraphs"] and n["edits"] and n["notes"] and n["terms"]
        assert f"{slug}: paragraph anchors p1…p{n['paragraphs']}: {n['paragraphs']} of {n['paragraphs']}" in result.stdout
        assert f"{slug}: correction marks with <del> and <ins>: {n['edits']} of {n['edits']}" in result.stdout
        assert f"{slug}: note references resolving to their note: {n['notes']} of {n['notes']}" in result.stdout
        assert f"{slug}: glossary links resolving to an entry: {n['terms']} of {n['terms']}" in result.stdout


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory):
    """The edition built by Zensical, once, with the script's own functions."""
    check = load_script()
    work = tmp_path_factory.mktemp("zensical") / "project"
    docs = tmp_path_factory.mktemp("docs") / "docs"
    from edition.run_mkdocs import STATIC_PAGES, write_docs
    from edition.pipeline import prepare
    write_docs(*prepare(ROOT)[1:2], ROOT / STATIC_PAGES, docs, prepare(ROOT)[2])
    try:
        site = check.zensical_build(ROOT, docs, ROOT / "mkdocs.yml", work)
    except check.ZensicalFailed:
        site = check.zensical_build(ROOT, docs, ROOT / "mkdocs.yml", work, overrides=False)
    return check, site


def test_the_check_names_what_a_page_lacks(zensical_site):
    check, site = zensical_site
    for each in READING.texts:
        assert check.check_text(site, each)[1] == [], each.text.slug

    def has(kind, text):
        return any(isinstance(s, kind) and (kind is not Edit or s.correction.witnessed)
                   for p in text.paragraphs for s in p.segments)

    # A text with an edit, a note and a term (and a second paragraph) to break.
    text = next(t for t in READING.texts if all(has(k, t) for k in (Edit, NoteRef, TermLink)) and len(t.paragraphs) > 1)
    slug = text.text.slug
    edit = next(s.correction for p in text.paragraphs for s in p.segments if isinstance(s, Edit) and s.correction.witnessed)
    note = next(s.note for p in text.paragraphs for s in p.segments if isinstance(s, NoteRef))
    term_paragraph, term = next((p.number, s.term) for p in text.paragraphs for s in p.segments if isinstance(s, TermLink))
    page = site / slug / "index.html"
    html = page.read_text(encoding="utf-8")
    broken = (html.replace('id="p2"', 'id="paragraph-2"', 1)
                  .replace(f'<del>{edit.witnessed}</del>', "", 1)
                  .replace(f'href="#fn:{note.id}"', 'href="#fn:elsewhere"', 1))
    assert broken.count("paragraph-2") == 1 and "fn:elsewhere" in broken
    page.write_text(broken, encoding="utf-8")
    glossary = site / "glossary" / "index.html"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(f'id="{term.id}"', 'id="gone"'), encoding="utf-8")
    problems = "\n".join(check.check_text(site, text)[1])
    assert "paragraph anchors" in problems
    assert f"correction {edit.id}: <del> should read" in problems
    assert f"note {note.id}: no footnote reference" in problems
    assert f"¶{term_paragraph}: glossary link to {term.id}, which the glossary page lacks" in problems


def test_the_check_refuses_generated_markdown_older_than_the_data(tmp_path):
    docs = tmp_path / "docs"
    from edition.run_mkdocs import STATIC_PAGES, write_docs
    from edition.pipeline import prepare
    write_docs(*prepare(ROOT)[1:2], ROOT / STATIC_PAGES, docs, prepare(ROOT)[2])
    (docs / "glossary.md").write_text("# An older glossary\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), "--docs", str(docs)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "older than the data (glossary.md)" in result.stderr
