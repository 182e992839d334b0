#!/usr/bin/env python3
"""The published anchors: every id a citation can point to, recorded so none is ever lost.

    python scripts/anchors.py            build the site, and list anchors of the manifest it lacks
    python scripts/anchors.py --write    build the site, and record its anchors in the manifest
    python scripts/anchors.py --withdraw PAGE#ID ...
                                         remove anchors recorded by mistake and never published

The manifest (published-anchors.json, committed) maps each page of the apparatus and each
reading page to the ids in its content: paragraphs (pN), a verse text's lines (pN.L), corrections (c-ID and the rows' ID),
notes (fn:ID, fnref:ID, and the Notes page's ID), glossary entries and headings. Theme ids
(search, drawer, palette) are not in the content and are not recorded. The downloads (TEI,
EPUB, JSON, plain text, Web Annotations, BibTeX, RIS, CSL-JSON) are published addresses too: each file's path is a
key with no ids, and a build that lacks the file loses it.

Anchors are only ever added. `--write` refuses to drop one: a paragraph that is split or
merged keeps its old id in the page (see README, "Citation permanence"). Both commands exit 1
when an anchor of the manifest is missing, and print each as page#id.

The one exception is an anchor that was recorded but never published: the site is published
from the branch `main` (every push to it deploys), so an anchor is published once a commit of
`main` records it in the manifest. `--withdraw` removes an anchor only if no commit of the
published branch (`--published-ref`, default main) has it and the current build no longer has
it either; otherwise it refuses, and says why.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.exports import all_downloads  # noqa: E402  (the repository is not installed as a package)
from edition.load import load_edition  # noqa: E402
from edition.model import Edition  # noqa: E402
from edition.references import FORMATS, download_path  # noqa: E402
from edition.render import CORRECTIONS, GLOSSARY, NOTES  # noqa: E402
from edition.transform import transform  # noqa: E402

MANIFEST = ROOT / "published-anchors.json"
APPARATUS = [Path(name).stem for name in (CORRECTIONS, NOTES, GLOSSARY)]


class _ContentIds(HTMLParser):
    """The ids inside the page's <article>, which holds the page's content (Material)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if self.depth:
            self.ids += [value for name, value in attrs if name == "id" and value]

    def handle_endtag(self, tag):
        if tag == "article" and self.depth:
            self.depth -= 1


def content_ids(html: str) -> list[str]:
    parser = _ContentIds()
    parser.feed(html)
    return list(dict.fromkeys(parser.ids))


def cited_pages(edition: Edition) -> list[str]:
    """The pages whose anchors are published: each text's reading page and the apparatus."""
    return [f"{text.slug}/" for text in edition.texts] + [f"{name}/" for name in APPARATUS]


def download_paths(edition: Edition) -> list[str]:
    """The files of the edition's downloads, as paths in the site: the exports and the references."""
    reading = transform(edition)
    references = [download_path(text.text.slug, suffix) for text in reading.texts for suffix, *_ in FORMATS]
    return [download.path for download in all_downloads(reading)] + references


def published_anchors(site_dir: Path, root: Path = ROOT) -> dict[str, list[str]]:
    """Page path (as in a URL, relative to the site) → the ids in its content, in page order.

    A download is a key with no ids, present only when the build has the file.
    """
    edition = load_edition(root)
    anchors = {}
    for page in cited_pages(edition):
        index = site_dir / page / "index.html"
        anchors[page] = content_ids(index.read_text(encoding="utf-8")) if index.exists() else []
    for path in download_paths(edition):
        if (site_dir / path).is_file():
            anchors[path] = []
    return anchors


def read_manifest(path: Path = MANIFEST) -> dict[str, list[str]]:
    """The recorded anchors; a missing or empty manifest, or `{}`, records none (a new edition's start)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return json.loads(text) if text.strip() else {}


def lost(manifest: dict[str, list[str]], built: dict[str, list[str]]) -> list[str]:
    """Anchors of the manifest that the build does not have, as page#id; a lost file as its path."""
    return [page for page in manifest if page not in built] + [
        f"{page}#{anchor}" for page, ids in manifest.items() for anchor in ids if anchor not in set(built.get(page, ()))]


def added(manifest: dict[str, list[str]], built: dict[str, list[str]]) -> list[str]:
    """Anchors of the build that the manifest does not record yet, as page#id; a new file as its path."""
    return [page for page in built if page not in manifest] + [
        f"{page}#{anchor}" for page, ids in built.items() for anchor in ids if anchor not in set(manifest.get(page, ()))]


def merged(manifest: dict[str, list[str]], built: dict[str, list[str]]) -> dict[str, list[str]]:
    """The manifest with the build's new anchors added; pages keep the manifest's order."""
    pages = {page: list(ids) for page, ids in manifest.items()}
    for page, ids in built.items():
        known = pages.setdefault(page, [])
        known += [anchor for anchor in ids if anchor not in set(known)]
    return pages


def build(root: Path, site_dir: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "build_site.py"), "build", "--root", str(root),
                             "--site-dir", str(site_dir)], capture_output=True, text=True)
    if result.returncode:
        sys.exit(result.stderr or result.stdout)


def published_in_history(root: Path, manifest_path: Path, ref: str) -> set[str] | None:
    """Every page#id that the manifest recorded in any commit of `ref`; None if git cannot tell."""
    try:
        top = subprocess.run(["git", "-C", str(root), "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, check=True).stdout.strip()
        relative = manifest_path.resolve().relative_to(Path(top).resolve()).as_posix()
        commits = subprocess.run(["git", "-C", top, "log", "--format=%H", ref, "--", relative],
                                 capture_output=True, text=True, check=True).stdout.split()
    except (OSError, ValueError, subprocess.CalledProcessError):
        return None
    published: set[str] = set()
    for commit in commits:
        shown = subprocess.run(["git", "-C", top, "show", f"{commit}:{relative}"], capture_output=True, text=True)
        if shown.returncode == 0:
            published |= {f"{page}#{anchor}" for page, ids in json.loads(shown.stdout).items() for anchor in ids}
    return published


def withdraw(anchors: list[str], manifest_path: Path, built: dict[str, list[str]], root: Path, ref: str) -> int:
    """Remove anchors recorded by mistake; refuse any that is published or still in the build."""
    manifest = read_manifest(manifest_path)
    published = published_in_history(root, manifest_path, ref)
    refused = []
    for anchor in anchors:
        page, _, anchor_id = anchor.partition("#")
        if anchor_id not in manifest.get(page, []):
            refused.append(f"{anchor}: not in {manifest_path.name}; anchors are written page#id, e.g. notes/#some-note")
        elif published is None:
            refused.append(f"{anchor}: without the git history of {ref!r} it cannot be shown never to have been "
                           "published; not withdrawn")
        elif anchor in published:
            refused.append(f"{anchor}: published (a commit of {ref!r} records it), so a citation may point to it; "
                           "it can never be withdrawn. Keep it in the page (README, \"Citation permanence\")")
        elif anchor_id in built.get(page, []):
            refused.append(f"{anchor}: the build still has it; remove the entry, text or heading that makes it first")
    if refused:
        print(f"{len(refused)} anchor(s) not withdrawn; the manifest is unchanged:", file=sys.stderr)
        for reason in refused:
            print(f"  {reason}", file=sys.stderr)
        return 1
    for anchor in anchors:
        page, _, anchor_id = anchor.partition("#")
        manifest[page] = [a for a in manifest[page] if a != anchor_id]
        if not manifest[page]:
            del manifest[page]
    manifest_path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{manifest_path.name}: withdrew {len(anchors)} anchor(s) that were never published: {', '.join(anchors)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="record the build's anchors in the manifest")
    parser.add_argument("--root", type=Path, default=ROOT, help="the edition's folder (default: this one)")
    parser.add_argument("--site-dir", type=Path, help="an existing build to read (default: build one now)")
    parser.add_argument("--manifest", type=Path, help="default: ROOT/published-anchors.json")
    parser.add_argument("--withdraw", nargs="+", metavar="PAGE#ID",
                        help="remove anchors that were recorded but never published (e.g. notes/#an-id)")
    parser.add_argument("--published-ref", default="main",
                        help="the branch the site is published from (default: main)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    manifest_path = args.manifest or root / MANIFEST.name

    with tempfile.TemporaryDirectory(prefix="anchors-") as scratch:
        site_dir = args.site_dir
        if site_dir is None:
            site_dir = Path(scratch) / "site"
            build(root, site_dir)
        built = published_anchors(site_dir, root)

    if args.withdraw:
        return withdraw(args.withdraw, manifest_path, built, root, args.published_ref)
    manifest = read_manifest(manifest_path)
    missing = lost(manifest, built)
    if missing:
        print(f"{len(missing)} published anchor(s) missing from the build (a citation to them would break):",
              file=sys.stderr)
        for anchor in missing:
            print(f"  {anchor}", file=sys.stderr)
        print("Keep each old id in the page; see README, \"Citation permanence\".", file=sys.stderr)
        return 1
    new = added(manifest, built)
    if args.write:
        manifest_path.write_text(json.dumps(merged(manifest, built), indent=1, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
        print(f"{manifest_path.name}: {sum(map(len, built.values()))} anchors on {len(built)} pages, "
              f"{len(new)} new.")
    elif new:
        print(f"{len(new)} new anchor(s) not yet recorded; run `python scripts/anchors.py --write`:")
        for anchor in new:
            print(f"  {anchor}")
    else:
        print(f"ok: all {sum(map(len, manifest.values()))} published anchors are in the build.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
