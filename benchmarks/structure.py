#!/usr/bin/env python3
"""How reading a text's structure grows with the text: the Federalist test text, N times over.

    python benchmarks/structure.py                 N = 1, 10, 100; 3 runs each
    python benchmarks/structure.py --sizes 1,10 --runs 5

The text is tests/data/texts/federalist-23-24/ (two essays: chapter headings with their titles,
a page marker as a block and one as a line, an author's note): its witness repeated N times, and
its metadata's structure with each heading, note and page marker repeated with it (ids suffixed,
each note's marker named by its paragraph, as the same "[1]" then occurs N times). For each N it
prints the minimum and median time of loading the edition (load: the paragraph rule and the
structure, with every check) and of the transform (markers and left-out lines placed), per block
and in all, and how each grows from one N to the next. A benchmark: it prints, it never fails.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.load import load_edition  # noqa: E402  (the repository is not installed as a package)
from edition.structure import read_structure  # noqa: E402
from edition.transform import transform  # noqa: E402
from edition.witness import split_blocks  # noqa: E402

DATA = ROOT / "tests" / "data" / "texts" / "federalist-23-24"
SLUG = "federalist-23-24"


def write_edition(n: int, dest: Path) -> int:
    """An edition of the test text repeated n times in `dest`; returns its number of blocks."""
    witness = (DATA / "witness.txt").read_text(encoding="utf-8")
    meta = yaml.safe_load((DATA / "metadata.yaml").read_text(encoding="utf-8"))
    structure = meta["structure"]
    once = read_structure(split_blocks(witness), len(meta["header"]), structure)
    blocks = len(split_blocks(witness))
    one = list(structure["headings"]), list(structure["author_notes"])
    paragraphs_each = sum(role.kind == "paragraph" for role in once.roles)
    marker_paragraph = once.markers[0].paragraph  # where "[1]" is in one copy
    structure["headings"] = [{**e, "block": e["block"] + k * blocks, "id": f"{e['id']}-{k}"}
                             for k in range(n) for e in one[0]]
    structure["author_notes"] = [{**e, "block": e["block"] + k * blocks, "id": f"{e['id']}-{k}",
                                  "paragraph": marker_paragraph + k * paragraphs_each} for k in range(n) for e in one[1]]
    text = "\n\n".join([witness.rstrip("\n")] * n) + "\n"
    for folder in ("source", "annotations", "pages"):
        (dest / folder).mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", dest / "overrides", dirs_exist_ok=True)
    (dest / "source" / f"{SLUG}.txt").write_text(text, encoding="utf-8")
    meta["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (dest / "source" / f"{SLUG}.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False),
                                                   encoding="utf-8")
    return blocks * n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10,100")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    previous = None
    print(f"{'N':>5} {'blocks':>7} {'load min':>9} {'median':>8} {'transform min':>14} {'µs/block':>9}  growth")
    for n in (int(size) for size in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "edition"
            blocks = write_edition(n, root)
            loads, transforms = [], []
            for _ in range(args.runs):
                start = time.perf_counter()
                edition = load_edition(root)
                loads.append(time.perf_counter() - start)
                start = time.perf_counter()
                transform(edition)
                transforms.append(time.perf_counter() - start)
            total = min(loads) + min(transforms)
            growth = f"×{total / previous[1]:.1f} for ×{n / previous[0]:.0f} the text" if previous else ""
            print(f"{n:>5} {blocks:>7} {min(loads):>8.3f}s {statistics.median(loads):>7.3f}s "
                  f"{min(transforms):>13.3f}s {total / blocks * 1e6:>9.0f}  {growth}")
            previous = (n, total)


if __name__ == "__main__":
    main()
