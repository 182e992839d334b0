#!/usr/bin/env python3
"""The edition's command line: check the data, build the site, or preview it.

    python build_site.py check     validate source/, annotations/ and glossary.yaml
    python build_site.py build     validate, then write a complete site/ (or --site-dir)
    python build_site.py serve     preview at http://127.0.0.1:8000/, rebuilt on every change
    python build_site.py new-text PATH --slug NAME
                                   copy a witness into source/ byte for byte, record its sha256,
                                   and write source/NAME.yaml for the editor to complete
    python build_site.py blocks NAME
                                   list the numbered blocks of source/NAME.txt as its metadata's
                                   `header` now reads them
    python build_site.py suggest NAME [--top N] [--json] [--all]
                                   list the likely transcription errors of the text NAME, best
                                   first, with proposed readings and draft correction entries
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from edition.gate import entry_origins, page_origins
from edition.newtext import add_text, block_lines, read_blocks
from edition.pipeline import prepare, prepare_parts
from edition.problems import BuildFailed, IntakeFailed, ValidationFailed, short
from edition.run_mkdocs import STATIC_PAGES, GateFailed, build_site, dated, serve

ROOT = Path(__file__).resolve().parent


def report(error: ValidationFailed) -> None:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    count = len(error.problems)
    print(f"{count} problem{'s' if count != 1 else ''}: nothing was written.", file=sys.stderr)


INTERNAL_ERROR = 2


def internal_error(error: Exception) -> str:
    return f"internal error: {type(error).__name__}: {short(str(error), 300, quote=False)}"


def main(argv: list[str] | None = None) -> int:
    """Run a command; an unexpected exception is a bug, reported as one instead of a traceback."""
    try:
        return _main(argv)
    except Exception as error:  # the last guard: no input may end in a traceback (re-raised under EDITION_DEBUG)
        print(f"{internal_error(error)}\n"
              "This is a bug in the edition's code, not in your data: please report it with the files you "
              "changed. Nothing was written.", file=sys.stderr)
        if os.environ.get("EDITION_DEBUG"):
            raise
        return INTERNAL_ERROR


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("check", "build", "serve", "new-text", "blocks", "suggest"))
    parser.add_argument("path", nargs="?", type=Path, help="new-text: the witness file, as received; "
                        "blocks, suggest: the text's name")
    parser.add_argument("--slug", help="new-text: the text's name, which becomes its page NAME/")
    parser.add_argument("--root", type=Path, default=ROOT, help="the edition's folder (default: this one)")
    parser.add_argument("--site-dir", type=Path, help="where build writes the site (default: ROOT/site)")
    parser.add_argument("--config", type=Path, help="the MkDocs configuration (default: ROOT/mkdocs.yml)")
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", help="serve's address")
    parser.add_argument("--top", type=int, default=60, help="suggest: how many places to list (default 60)")
    parser.add_argument("--json", action="store_true", help="suggest: a JSON array instead of the table")
    parser.add_argument("--all", action="store_true", help="suggest: list places already corrected too, as done")
    args = parser.parse_args(argv)
    # Material's banner about its successor: the README's Hosting section covers Zensical.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    root = args.root.resolve()
    config = (args.config or root / "mkdocs.yml").resolve()
    logging.basicConfig(level=logging.INFO if args.command == "serve" else logging.WARNING,
                        format="%(levelname)s: %(message)s")

    if args.command == "new-text":
        if args.path is None or not args.slug:
            parser.error("new-text needs the witness file and a name: new-text PATH --slug NAME")
        return new_text(root, args.path, args.slug)
    if args.command == "blocks":
        if args.path is None:
            parser.error("blocks needs the text's name: blocks NAME")
        return list_blocks(root, str(args.path))
    if args.command == "suggest":
        if args.path is None:
            parser.error("suggest needs the text's name: suggest NAME")
        # imported here: its word lists load only for this command
        from edition.suggest.report import run as suggest

        return suggest(root, str(args.path), args.top, args.json, args.all)
    if args.path is not None:
        parser.error(f"{args.command} takes no file")

    if args.command == "serve":
        def render():
            try:
                return prepare(root, config)[1:]
            except ValidationFailed as error:
                report(error)
                return None
            except Exception as error:  # noqa: BLE001 - a bug must not stop the preview
                print(f"{internal_error(error)}; "
                      "this is a bug in the edition's code, not in your data", file=sys.stderr)
                return None

        try:
            serve(render, root, config, args.dev_addr)
        except BuildFailed as error:
            print(error, file=sys.stderr)
            return 1
        return 0

    if args.command == "build":
        dated(root)  # before the exports are named: the EPUBs' entries are dated as the sitemap
    try:
        edition, rendered, files, later = prepare_parts(root, config, with_files=args.command == "build")
    except ValidationFailed as error:
        report(error)
        return 1
    if args.command == "check":
        paragraphs = sum(len(t.paragraphs) for t in edition.texts)
        print(f"ok: {len(edition.texts)} text(s), {paragraphs} paragraphs, {len(edition.corrections)} corrections, "
              f"{len(edition.notes)} notes, {len(edition.terms)} glossary terms; no problems.")
        return 0
    try:
        build_site(rendered, root, args.site_dir or root / "site", config, files, later,
                   entry_origins(edition) | page_origins(root / STATIC_PAGES))
    except GateFailed as error:  # each at the entry that wrote it, or at the built file
        report(ValidationFailed(error.problems))
        return 1
    except BuildFailed as error:
        print(f"build failed, site left as it was: {error}", file=sys.stderr)
        return 1
    print(f"built {args.site_dir or root / 'site'}")
    return 0


def new_text(root: Path, path: Path, slug: str) -> int:
    try:
        intake = add_text(root, path, slug)
    except IntakeFailed as error:
        print(f"new-text: {error}", file=sys.stderr)
        return 1
    witness, metadata = (p.relative_to(root).as_posix() for p in (intake.witness, intake.metadata))
    print(f"Copied {path} to {witness}, byte for byte (sha256 {intake.sha256}).")
    if intake.byte_order_mark:
        print("It begins with a UTF-8 byte-order mark: the file keeps it (byte for byte); the paragraph rule "
              "leaves it out, so it reaches no title or paragraph.")
    print(f"\nThe paragraph rule finds {len(intake.blocks)} blocks (README, \"The paragraph rule\"):")
    print("\n".join(block_lines(intake.blocks, intake.header)))
    if intake.header:
        print(f"\nProposed header lines: [{', '.join(intake.header)}]; the other "
              f"{len(intake.blocks) - len(intake.header)} blocks are the body paragraphs. Check the proposal in "
              "the metadata file.")
    else:
        print("\nNo header lines proposed: the text does not open with short lines before a longer block, so "
              "every block is a body paragraph. If it has header lines, name them in `header`.")
    print(f"After changing `header`, `python build_site.py blocks {slug}` lists the blocks as it reads them.")
    if intake.form == "verse":
        print("\nProposed form: verse, since most lines of its blocks are short: each line is kept as a line of "
              "verse (README, \"Verse\"). Write `form: prose` if they are a hard-wrapped paragraph's lines.")
    else:
        print("\nProposed form: prose: a line break inside a block is read as a space. Write `form: verse` if "
              "each line is a line of verse (README, \"Verse\").")
    print(f"""
Next steps (README, "Adding a text"):
  1. Complete {metadata}: every key marked TO COMPLETE; check every PROPOSED value.
  2. python build_site.py check --root {root}
  3. Write annotations/{slug}-corrections.yaml and annotations/{slug}-notes.yaml (`text: {slug}`);
     limit glossary terms written for one text with `texts: [{slug}]`. Run check again.
  4. python scripts/anchors.py --write --root {root}    (records the new anchors)
  5. python build_site.py build --root {root}, and read the page {slug}/
  6. python -m pytest    (every page-level test runs for the new text too)
  7. Commit source/{slug}.txt, {metadata}, the annotations and published-anchors.json together.""")
    return 0


def list_blocks(root: Path, slug: str) -> int:
    try:
        blocks = read_blocks(root, slug)
    except IntakeFailed as error:
        print(f"blocks: {error}", file=sys.stderr)
        return 1
    if blocks.problem:
        print(f"{blocks.problem}; every block is listed as a paragraph.", file=sys.stderr)
    paragraphs = (sum(r.kind == "paragraph" for r in blocks.roles) if blocks.roles
                  else len(blocks.blocks) - len(blocks.header))
    print(f"source/{slug}.txt: {len(blocks.blocks)} blocks, {len(blocks.header)} header line(s) "
          f"[{', '.join(blocks.header)}], {paragraphs} paragraphs:")
    print("\n".join(block_lines(blocks.blocks, blocks.header, blocks.roles)))
    return 1 if blocks.problem else 0


if __name__ == "__main__":
    sys.exit(main())
