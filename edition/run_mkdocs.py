"""Stage 4: write the Markdown and let MkDocs turn it into a site (build and serve).

A build happens in a temporary folder beside the target; only when MkDocs has finished
without a warning does the new site replace the old one, so a failed build leaves the
previous `site/` as it was.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from . import gate
from .downloads import File
from .exports import LaterFiles
from .made_aside import MadeAside
from .pages import PAGES as STATIC_PAGES
from .plainfiles import (MAX_PAGE_BYTES, data_problems, is_folder, is_plain, listed, plain_files, read_plain,
                         site_folder_problem)
from .problems import BuildFailed, Origin, Problem
from .render import Page

GENERATED_DOCS = Path("build") / "docs"


class GateFailed(BuildFailed):
    """The output gate found what the site must not hold (edition/gate.py), each at its entry or file."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


# What the site is built from: the newest of these dates the build when git cannot.
DATA_PATHS = ("source", "annotations", "glossary.yaml", STATIC_PAGES)


def source_date_epoch(root: Path) -> int:
    """The time the build is dated by: the last commit's, else the newest data file's.

    MkDocs stamps each build with a date (the sitemap's <lastmod>, the gzip header of
    sitemap.xml.gz). Read from the clock, two builds of one commit differ from one day to
    the next; read from SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/)
    they are byte-identical. The commit time is what a clone and CI agree on; a copy
    without git history falls back to the data's own modification time, never to the clock.
    """
    try:
        result = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"],
                                capture_output=True, text=True, check=False)
        if result.returncode == 0 and result.stdout.strip().isdigit():
            return int(result.stdout.strip())
    except OSError:  # git is not installed
        pass
    return int(max([0.0, *(path.stat().st_mtime for path in data_files(root))]))


def dated(root: Path) -> None:
    """Date this process's build by the commit, not the clock, unless SOURCE_DATE_EPOCH is set:
    two builds of one commit are byte-identical (the sitemap, the EPUBs' entries)."""
    if not os.environ.get("SOURCE_DATE_EPOCH"):
        os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch(root))


def data_files(root: Path) -> list[Path]:
    """Every file the site is built from: what dates a build without git, what serve watches."""
    files = []
    for name in DATA_PATHS:
        path = root / name
        files += [path] if is_plain(path) else plain_files(path)
    return files


def front_matter(root: Path) -> tuple[Page, ...]:
    """The hand-written pages in pages/, titled by their first heading, in file-name order."""
    pages = []
    for path in (p for p in listed(root / STATIC_PAGES, "*.md") if is_plain(p)):
        text = read_plain(path, MAX_PAGE_BYTES).decode("utf-8", errors="replace")
        heading = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), path.stem)
        pages.append(Page(path.name, heading, text))
    return tuple(pages)


def navigation(pages: tuple[Page, ...], static_dir: Path) -> list:
    """The navigation every page shows: the home page, the texts while they are few
    (render.NAV_TEXTS), the apparatus and the hand-written pages."""
    nav = [{page.title: page.path} for page in pages if page.in_nav and not page.fills_static]
    nav += [{page.title: page.path} for page in front_matter(static_dir.parent)]
    return nav


def mkdocs_settings(pages: tuple[Page, ...], static_dir: Path) -> dict:
    """What MkDocs is told besides mkdocs.yml: the navigation, and the pages deliberately left out of it."""
    return {"nav": navigation(pages, static_dir),
            "not_in_nav": "\n".join(f"/{page.path}" for page in pages if not page.in_nav)}


# What MkDocs itself writes into every site, beside the pages and files it is given.
MKDOCS_OUTPUTS = ("404.html", "sitemap.xml", "sitemap.xml.gz", "search/search_index.json")


def planned_docs(pages: tuple[Page, ...], static_dir: Path, files: tuple[File, ...] = (),
                 later: tuple[str, ...] = ()) -> dict[Path, bytes]:
    """Every file of the docs folder with its bytes (`later`: paths made later, empty for now),
    each path checked against every other and against the site's paths MkDocs makes from them:
    BuildFailed before anything is written when two outputs would have one path."""
    wanted: dict[Path, bytes] = {}
    for path in plain_files(static_dir):  # links, devices: refused by check (plainfiles.data_problems)
        wanted[path.relative_to(static_dir)] = read_plain(path, MAX_PAGE_BYTES)
    for page in pages:
        relative = Path(page.path)
        if relative in wanted and not page.fills_static:
            raise BuildFailed(f"{static_dir / relative}: a static page has the name of a generated page")
        wanted[relative] = page.markdown.encode("utf-8")
    for path, content in [*((Path(f.path), f.content) for f in files), *((Path(p), b"") for p in later)]:
        if path in wanted:
            raise BuildFailed(f"{path.as_posix()}: two of the build's outputs have this path (a download and another "
                              "page or file, e.g. a text named like the whole edition's download): rename the text or page")
        wanted[path] = content
    site: dict[str, str] = {name: "MkDocs" for name in MKDOCS_OUTPUTS}
    for path in wanted:
        out = path.as_posix()
        if path.suffix == ".md":
            out = (path.with_suffix("") / "index.html" if path.stem != "index" else path.with_suffix(".html")).as_posix()
        if out in site:
            raise BuildFailed(f"{path.as_posix()}: its place in the site, {out}, is also {site[out]}'s: rename it")
        site[out] = path.as_posix()
    folders = {parent.as_posix() for out in site for parent in Path(out).parents}
    for out, source in site.items():
        if out in folders:
            raise BuildFailed(f"{source}: its place in the site, {out}, is also a folder of other pages or files: "
                              "rename it")
    return wanted


def write_docs(pages: tuple[Page, ...], static_dir: Path, docs_dir: Path, files: tuple[File, ...] = ()) -> None:
    """Make `docs_dir` hold exactly the static pages, the generated ones and the generated files (`files`).

    Unchanged files are not touched.
    """
    wanted = planned_docs(pages, static_dir, files)
    docs_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(docs_dir.rglob("*"), reverse=True):
        relative = path.relative_to(docs_dir)
        if path.is_file() and relative not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    for relative, content in wanted.items():
        target = docs_dir / relative
        if target.is_symlink():  # never written through (plainfiles.data_problems refuses it first)
            target.unlink()
        if not target.exists() or target.read_bytes() != content:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)


def build_site(pages: tuple[Page, ...], root: Path, site_dir: Path, config_file: Path,
               files: tuple[File, ...] = (), later: LaterFiles | None = None,
               origins: dict[tuple[str, str], Origin] | None = None) -> None:
    """Build into a temporary folder, then put the result in place of `site_dir`.

    `files` (the references to download) are written into the docs with the pages, before
    MkDocs runs; `later` (the exports) are made in a second process while MkDocs runs
    (edition/made_aside.py). Either way a failed build changes nothing.
    """
    dated(root)
    static_dir = root / STATIC_PAGES
    # Every place written, and every output path, checked before anything is: a failed build
    # leaves the site as it was.
    site_dir = Path(os.path.abspath(site_dir))  # not resolved: a link in its place is refused, never followed
    refused = site_folder_problem(root, site_dir) or next(
        (f"{p.origin.file}: {p.reason}" for p in data_problems(root) if p.origin.file.startswith("build")), "")
    if refused:
        raise BuildFailed(refused)
    planned_docs(pages, static_dir, files, later.paths if later else ())
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".edition-build-", dir=site_dir.parent))
    try:
        docs, built = work / "docs", work / "site"
        write_docs(pages, static_dir, docs, files)
        config = load_config(str(config_file), docs_dir=str(docs), site_dir=str(built),
                             strict=True, **mkdocs_settings(pages, static_dir))
        aside = MadeAside(later, work / "later") if later else None
        try:
            if aside:
                config.plugins["edition-made-aside"] = aside
            mkdocs_build(config)
            made = aside.made() if aside else ()
        except Abort as error:
            raise BuildFailed(f"MkDocs stopped: {error}") from error
        finally:
            if aside:
                aside.close()
        findings = gate.check_site(built, config.site_url or "")
        if findings:  # `origins`: where each entry's anchors are, to name the entry that wrote a finding
            raise GateFailed(gate.as_problems(findings, origins or {}, site_dir.name))
        write_docs(pages, static_dir, root / GENERATED_DOCS, files + made)
        _replace(built, site_dir)  # the last step
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _replace(new: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if is_folder(target):
        target.rename(old)
    try:
        new.rename(target)
    except OSError:
        if is_folder(old):
            old.rename(target)  # the old site back in its place
        raise
    shutil.rmtree(old, ignore_errors=True)


def serve(render: Callable[[], tuple[tuple[Page, ...], tuple[File, ...]] | None], root: Path, config_file: Path,
          dev_addr: str) -> None:
    """Preview with live reload; `render` is called again whenever a data file changes.

    `render` returns the pages and the generated files, or None when the data does not
    validate: the preview then keeps the last good pages and the editor reads the problems
    in the terminal.
    """
    static_dir = root / STATIC_PAGES
    docs = root / GENERATED_DOCS
    rendered = render()
    if rendered is None:
        raise BuildFailed("the edition does not validate; fix the problems above and run serve again")
    pages, files = rendered
    write_docs(pages, static_dir, docs, files)

    def stamp() -> list[tuple[str, float]]:
        return [(str(p), p.stat().st_mtime) for p in data_files(root) if p.exists()]

    def watch() -> None:
        seen = stamp()
        while True:
            time.sleep(0.5)
            now = stamp()
            if now != seen:
                seen = now
                fresh = render()
                if fresh is not None:
                    pages, files = fresh
                    write_docs(pages, static_dir, docs, files)
                    logging.getLogger("mkdocs").info("Edition data changed: pages regenerated")

    threading.Thread(target=watch, daemon=True).start()
    from mkdocs.commands.serve import serve as mkdocs_serve  # its live-reload server: only for serve

    mkdocs_serve(str(config_file), docs_dir=str(docs), dev_addr=dev_addr, **mkdocs_settings(pages, static_dir))
