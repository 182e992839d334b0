#!/usr/bin/env python3
"""What the downloads (TEI, EPUB, JSON, plain text, Web Annotations) cost a build, and their sizes.

    python benchmarks/exports.py                  this edition (1×), and 100× (benchmarks/scale.py's copies)
    python benchmarks/exports.py --sizes 1 --runs 5

For each size it builds the site in-process as `build_site.py build` does (prepare, then
MkDocs), and prints the median wall time of the whole build, of `render_exports` alone, and of
MkDocs with the exports and with empty files in their place (the pages link them; the two
alternate run by run, so both see the same load on a shared machine). What the exports add is
their rendering plus MkDocs' extra time with them, as a share of the build (target ≤ 30 %).
Then the sizes of the files (each file at 1×; per kind, totalled, at larger sizes). The 100× edition is issue 8's
synthetic one (`benchmarks/scale.py`, `write_edition(n, "copies", dest)`: N copies of every
text). A benchmark: it prints, it never fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from edition.pipeline import prepare  # noqa: E402
from edition.run_mkdocs import build_site, source_date_epoch  # noqa: E402
from edition.site_config import load_site_config  # noqa: E402
from edition.exports import File, Publication, all_downloads, render_exports  # noqa: E402


def edition_of(n: int, work: Path) -> tuple[Path, str]:
    """The edition to measure: this one at n = 1, else scale.py's n-copies edition."""
    if n == 1:
        return ROOT, "this edition"
    from benchmarks.scale import write_edition

    dest = work / f"x{n}"
    write_edition(n, "copies", dest)
    return dest, f"{n} copies of every text (benchmarks/scale.py)"


def measure(root: Path, runs: int, work: Path) -> dict:
    """Median seconds: a whole build (prepare + MkDocs), render_exports alone, and MkDocs with and without the files."""
    from edition.transform import transform

    os.environ.setdefault("SOURCE_DATE_EPOCH", str(source_date_epoch(root)))
    epoch = int(os.environ["SOURCE_DATE_EPOCH"])
    config_file = root / "mkdocs.yml"
    edition, pages, files = prepare(root, config_file)
    reading = transform(edition)
    exported = {d.path for d in all_downloads(reading)}
    # Empty files in place of the exports: the pages link them, and a strict build needs them there.
    placeholders = tuple(File(f.path, b"") if f.path in exported else f for f in files)
    site = load_site_config(config_file, root, [])
    assert site is not None and edition.identity is not None, "the configuration validates: prepare has passed"
    publication = Publication(edition.identity, site.site_url, site.markup)
    times: dict[str, list[float]] = {"prepare": [], "mkdocs with": [], "mkdocs without": [], "render": []}
    for run in range(-1, runs):  # run -1 warms up (imports, templates, caches) and is not counted
        started = time.perf_counter()
        _, pages, files = prepare(root, config_file)
        prepared = time.perf_counter() - started
        started = time.perf_counter()
        rendered = render_exports(reading, publication, epoch)
        render = time.perf_counter() - started
        builds = {}
        for label in (("with", "without") if run % 2 == 0 else ("without", "with")):
            started = time.perf_counter()
            build_site(pages, root, work / f"site-{label}", config_file, files if label == "with" else placeholders)
            builds[label] = time.perf_counter() - started
        if run >= 0:
            times["prepare"].append(prepared)
            times["render"].append(render)
            times["mkdocs with"].append(builds["with"])
            times["mkdocs without"].append(builds["without"])
    median = {key: statistics.median(values) for key, values in times.items()}
    build = median["prepare"] + median["mkdocs with"]
    added = median["render"] + max(0.0, median["mkdocs with"] - median["mkdocs without"])
    return {"build": build, "added": added, **median, "files": rendered, "texts": len(reading.texts),
            "paragraphs": sum(len(t.paragraphs) for t in reading.texts)}


def kind(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name if name.startswith("edition.") else "NAME." + name.split(".", 1)[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,100", help="comma-separated N (default 1,100)")
    parser.add_argument("--runs", type=int, default=3, help="builds of each kind per size (default 3)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="exports-bench-"))
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            root, what = edition_of(n, work)
            result = measure(root, args.runs, work)
            print(f"\n{n}× — {what}: {result['texts']} text(s), {result['paragraphs']} paragraphs; "
                  f"median of {args.runs} runs")
            print(f"  whole build (prepare + MkDocs)    {result['build']:8.2f} s")
            print(f"  render_exports                    {result['render']:8.2f} s")
            print(f"  MkDocs with / without the files   {result['mkdocs with']:8.2f} s / {result['mkdocs without']:.2f} s")
            print(f"  the exports add                   {result['added']:8.2f} s = "
                  f"{100 * result['added'] / result['build']:.1f} % of the build (target ≤ 30 %)")
            files = result["files"]
            if len(files) <= 12:
                for file in files:
                    print(f"  {file.path:44} {len(file.content):>10,} bytes")
            else:
                totals: defaultdict[str, int] = defaultdict(int)
                counts: defaultdict[str, int] = defaultdict(int)
                for file in files:
                    totals[kind(file.path)] += len(file.content)
                    counts[kind(file.path)] += 1
                for name in sorted(totals):
                    print(f"  {name:30} {counts[name]:>5} file(s) {totals[name]:>14,} bytes")
            print(f"  all downloads                                {sum(len(f.content) for f in files):>10,} bytes")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
