#!/usr/bin/env python3
"""Build the generated Markdown with Zensical and check that the reading pages keep their apparatus.

Material for MkDocs is in maintenance; Zensical, from the same team, builds from the same
mkdocs.yml. This builds `build/docs` (written by `build_site.py build`) with Zensical in a
temporary folder and checks each text's reading page for what a citation or a reader relies on:
the paragraph anchors p1…pN, the correction marks (a.edit with <del> and <ins>), the notes
(footnote references that resolve on the page) and the glossary links (to an entry that
exists on the glossary page). It prints what it found and exits 1 if anything is missing.

    python scripts/zensical_check.py [--root DIR] [--docs DIR] [--config FILE] [--keep DIR]

What Zensical 0.0.73 needs, found by trying: it reads mkdocs.yml (INHERIT, !ENV, nav and
theme.custom_dir included) but keeps docs_dir and site_dir inside the folder of the config
file, so the docs are copied next to a small config that inherits the project's.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.pipeline import prepare  # noqa: E402
from edition.run_mkdocs import GENERATED_DOCS, STATIC_PAGES, navigation  # noqa: E402
from edition.load import load_edition  # noqa: E402
from edition.model import Edit, NoteRef, ReadingText, TermLink  # noqa: E402
from edition.render import GLOSSARY  # noqa: E402
from edition.transform import transform  # noqa: E402
from edition.witness import as_shown  # noqa: E402


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for its custom_dir only; MkDocs' !ENV tags are left unresolved."""


_TolerantLoader.add_constructor("!ENV", lambda loader, node: None)


def stale_files(root: Path, docs: Path) -> list[str]:
    """Files of `docs` that differ from what `build_site.py build` would write now."""
    _, pages, files = prepare(root)
    wanted: dict[str, bytes] = {}
    static = root / STATIC_PAGES
    if static.is_dir():
        wanted |= {str(p.relative_to(static)): p.read_bytes() for p in sorted(static.rglob("*")) if p.is_file()}
    # Generated pages last: a hand-written page with its list of texts filled in replaces the file.
    wanted |= {page.path: page.markdown.encode("utf-8") for page in pages} | {f.path: f.content for f in files}
    return [name for name, content in sorted(wanted.items())
            if not (docs / name).is_file() or (docs / name).read_bytes() != content]


def zensical_build(root: Path, docs: Path, config_file: Path, work: Path, overrides: bool = True) -> Path:
    """Build `docs` with Zensical inside `work` (with or without the theme overrides); return the site folder."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(docs, work / "docs")
    theme = (yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}).get("theme", {})
    config: dict = {"INHERIT": str(config_file.resolve()), "docs_dir": "docs", "site_dir": "site",
                    "nav": navigation(prepare(root)[1], root / STATIC_PAGES)}
    if theme.get("custom_dir"):
        # Relative to the project's config, not to this one; an empty theme folder stands for none.
        (work / "no-overrides").mkdir()
        custom_dir = config_file.resolve().parent / theme["custom_dir"] if overrides else work / "no-overrides"
        config["theme"] = {"custom_dir": str(custom_dir.resolve())}
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict", "-f", "mkdocs.yml"],
                            cwd=work, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    if result.returncode != 0 or not (work / "site" / "index.html").is_file():
        raise ZensicalFailed(_last_error(result.stdout + result.stderr))
    return work / "site"


class ZensicalFailed(Exception):
    pass


def _last_error(output: str) -> str:
    """Zensical's own reason, without the traceback through click and the colour codes."""
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line).strip() for line in output.splitlines()]
    reasons = [line for line in lines if re.match(r"^(\w+Error|\w+Exception|Error)\b", line)]
    summary = [line for line in lines if re.search(r"\d+ issues? found", line)]
    # The count of issues that follows a template error only repeats it; give the count alone otherwise.
    return (reasons[-1:] or summary[-1:] or ["\n".join(lines[-5:])])[0]


def _page(site: Path, name: str) -> BeautifulSoup | None:
    path = site / name / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser") if path.is_file() else None


def check_text(site: Path, text: ReadingText) -> tuple[list[str], list[str]]:
    """What the reading page of `text` shows, and what it lacks: (found, problems)."""
    slug = text.text.slug
    page = _page(site, slug)
    if page is None:
        return [], [f"{slug}: no page {slug}/index.html"]
    glossary = _page(site, GLOSSARY.removesuffix(".md"))
    found: list[str] = []
    problems: list[str] = []

    wanted = [f"p{p.number}" for p in text.paragraphs]
    anchors = [tag["id"] for tag in page.find_all(id=re.compile(r"^p\d+$"))]
    if anchors != wanted:
        problems.append(f"{slug}: paragraph anchors {anchors} where {wanted} were expected")
    found.append(f"{slug}: paragraph anchors p1…p{len(wanted)}: {len(anchors)} of {len(wanted)}")

    edits = [(p.number, s.correction) for p in text.paragraphs for s in p.segments if isinstance(s, Edit)]
    marked = 0
    for number, correction in edits:
        mark = page.find(id=f"c-{correction.id}")
        where = f"{slug}: correction {correction.id}"
        if mark is None or mark.name != "a" or "edit" not in (mark.get("class") or []):
            problems.append(f"{where}: no a.edit#c-{correction.id}")
            continue
        if mark.find_parent(id=f"p{number}") is None:
            problems.append(f"{where}: not inside ¶{number}")
        ins, deleted = mark.find("ins"), mark.find("del")
        if ins is None or ins.get_text() != correction.shown.strip():
            problems.append(f"{where}: <ins> should read {correction.shown.strip()!r}")
        elif correction.witnessed and (deleted is None
                                       or deleted.get_text() != as_shown(correction.witnessed, text.text.meta.verse)):
            problems.append(f"{where}: <del> should read {correction.witnessed!r}")
        else:
            marked += 1
    extra = len(page.select("a.edit")) - len(edits)
    if extra:
        problems.append(f"{slug}: {len(page.select('a.edit'))} a.edit marks for {len(edits)} corrections")
    gaps = sum(1 for _, c in edits if not c.witnessed)
    found.append(f"{slug}: correction marks with <del> and <ins>: {marked} of {len(edits)}"
                 f" ({gaps} gap{'s' if gaps != 1 else ''} with <ins> only)")

    refs = [s.note.id for p in text.paragraphs for s in p.segments if isinstance(s, NoteRef)]
    resolved = 0
    for note_id in refs:
        links = page.select(f'a.footnote-ref[href="#fn:{note_id}"]')
        target = page.find(id=f"fn:{note_id}")
        if not links:
            problems.append(f"{slug}: note {note_id}: no footnote reference")
        elif target is None or target.find("a", href=re.compile(rf"^#fnref\d*:{re.escape(note_id)}$")) is None:
            problems.append(f"{slug}: note {note_id}: the reference does not resolve to a note with a way back")
        else:
            resolved += 1
    found.append(f"{slug}: note references resolving to their note: {resolved} of {len(refs)}")

    linked = 0
    terms = [(p.number, s.term.id) for p in text.paragraphs for s in p.segments if isinstance(s, TermLink)]
    for number, term_id in terms:
        paragraph = page.find(id=f"p{number}")
        href = f"../glossary/#{term_id}"
        if paragraph is None or not paragraph.select(f'a.term[href="{href}"]'):
            problems.append(f"{slug}: ¶{number}: no glossary link to {term_id}")
        elif glossary is None or glossary.find(id=term_id) is None:
            problems.append(f"{slug}: ¶{number}: glossary link to {term_id}, which the glossary page lacks")
        else:
            linked += 1
    if len(page.select("a.term")) != len(terms):
        problems.append(f"{slug}: {len(page.select('a.term'))} glossary links where {len(terms)} were expected")
    found.append(f"{slug}: glossary links resolving to an entry: {linked} of {len(terms)}")
    # Reported, not required: without the theme overrides the text is whole, only the head lacks it.
    cited = page.find("script", id="edition-citation") and page.find("meta", attrs={"name": "citation_title"})
    found.append(f"{slug}: citation metadata and cite-control data: {'present' if cited else 'absent'}")
    return found, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT, help="the edition's folder (default: this one)")
    parser.add_argument("--docs", type=Path, help="the generated Markdown (default: ROOT/build/docs)")
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml", help="the MkDocs configuration")
    parser.add_argument("--keep", type=Path, help="also copy the Zensical site here, to look at")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    docs = (args.docs or root / GENERATED_DOCS).resolve()

    if not docs.is_dir():
        print(f"zensical check: {docs} does not exist; run `build_site.py build` first", file=sys.stderr)
        return 1
    stale = stale_files(root, docs)
    if stale:
        print(f"zensical check: {docs} is older than the data ({', '.join(stale)}); "
              "run `build_site.py build` first", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="zensical-check-") as work:
        try:
            site = zensical_build(root, docs, args.config, Path(work) / "project")
        except ZensicalFailed as error:
            # Zensical renders templates with MiniJinja, which lacks some of Jinja's Python
            # methods; the text and its apparatus come from the Markdown, so check them anyway.
            print(f"NOTE the theme overrides do not render under Zensical ({error}); "
                  "building without them, so the pages lack what overrides/ adds")
            try:
                site = zensical_build(root, docs, args.config, Path(work) / "project", overrides=False)
            except ZensicalFailed as second:
                print(f"zensical check: the build failed: {second}", file=sys.stderr)
                return 1
        version = subprocess.run([sys.executable, "-m", "zensical", "--version"],
                                 capture_output=True, text=True).stdout.strip()
        print(f"zensical {version} built {docs} ({sum(1 for _ in site.rglob('*.html'))} HTML files)")
        problems: list[str] = []
        for text in transform(load_edition(root)).texts:
            found, lacking = check_text(site, text)
            print("\n".join(f"  {line}" for line in found))
            problems += lacking
        if args.keep:
            shutil.rmtree(args.keep, ignore_errors=True)
            shutil.copytree(site, args.keep)

    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    print(f"zensical check: {'ok' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
