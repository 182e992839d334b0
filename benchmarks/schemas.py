"""How the schema check's cost grows with an annotation file: `python benchmarks/schemas.py`.

For N corrections (copies of this edition's, renamed), prints the time `schemas.validate` takes
on a valid file and on one with a single refused entry in its middle, and the time per entry.
A benchmark: it prints, it does not fail.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition import schemas  # noqa: E402  (the repository is not installed as a package)
from edition.yamlfile import Sequence, read_yaml  # noqa: E402


def annotation_file(count: int):
    document, _ = read_yaml(ROOT / "annotations" / "section-3-corrections.yaml", "a.yaml")
    assert isinstance(document, dict), "the repository's corrections file is a mapping"
    model = list(document["corrections"])
    entries = Sequence(dict(model[n % len(model)], id=f"c{n}") for n in range(count))
    entries.item_lines = [3 + 9 * n for n in range(count)]
    document["corrections"] = entries
    return document


def timed(document) -> tuple[float, int]:
    started = time.perf_counter()
    found = schemas.validate(document, schemas.ANNOTATIONS, "a.yaml")
    return time.perf_counter() - started, len(found)


def main() -> None:
    schemas.validate(annotation_file(1), schemas.ANNOTATIONS, "a.yaml")  # the schemas read once
    print(f"{'entries':>8} {'valid':>9} {'one refused':>12} {'per entry':>10}")
    for count in (1_000, 10_000, 100_000):
        document = annotation_file(count)
        valid, _ = timed(document)
        document["corrections"][count // 2]["kind"] = "typo"
        refused, found = timed(document)
        assert found == 1
        print(f"{count:>8} {valid:>8.3f}s {refused:>11.3f}s {valid / count * 1e6:>8.1f}µs")


if __name__ == "__main__":
    main()
