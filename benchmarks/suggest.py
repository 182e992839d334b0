#!/usr/bin/env python3
"""How fast and how good `build_site.py suggest` is. A benchmark: it prints figures, it does not fail.

    python benchmarks/suggest.py               all three parts
    python benchmarks/suggest.py --time        seconds for section 3 at 1x and 10x its length
    python benchmarks/suggest.py --section     (a) section 3 against its own corrections
    python benchmarks/suggest.py --planted     (b) public-domain texts with planted OCR damage
    options: --top N (default 60), --text NAME (for --time and --section), --seed S, --show

(a) runs `suggest` on the text in a copy of the edition from which annotations/ is removed, then
reads the text's corrections (only this benchmark does) and prints the recall of its `certain`
corrections, and of all of them, within the top N, and the precision of the top N (the share of
the top N that are a correction's place). A suggestion finds a correction when it overlaps its
place in the paragraph; "with its reading" when it also proposes the correction's reading.

(b) plants damage in clean public-domain texts (benchmarks/texts/, see its README) with the noise
model written below (NOISE: kinds and rates, seeded), runs `suggest` on each as a one-text edition
and prints the recall of the planted errors within the top N and the precision of the top N.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.suggest import find  # noqa: E402
from edition.suggest.find import Suggestion  # noqa: E402
from edition.witness import locate, split_blocks  # noqa: E402
from edition.yamlfile import read_yaml  # noqa: E402

TEXTS = Path(__file__).resolve().parent / "texts"


@dataclass(frozen=True)
class Reference:
    paragraph: int
    start: int
    end: int
    reading: str
    label: str
    certain: bool = True


def hits(references: list[Reference], suggestions: tuple[Suggestion, ...], top: int) -> tuple[list, list, int]:
    """The references found within the top N, those found with their reading, and how many of the
    top N are a reference's place."""
    shown = suggestions[:top]
    found, with_reading = [], []
    for reference in references:
        for suggestion in shown:
            if suggestion.paragraph == reference.paragraph and suggestion.start < reference.end \
                    and reference.start < suggestion.end:
                found.append(reference)
                if (suggestion.reading or "").strip() == reference.reading.strip():
                    with_reading.append(reference)
                break
    true = sum(1 for s in shown if any(s.paragraph == r.paragraph and s.start < r.end and r.start < s.end
                                         for r in references))
    return found, with_reading, true


def copy_edition(into: Path) -> Path:
    root = into / "edition"
    root.mkdir()
    shutil.copytree(ROOT / "source", root / "source")
    return root  # no annotations/: suggest has nothing but the witnesses and their metadata


# --- time ----------------------------------------------------------------------------------------

def timing(name: str, runs: int = 3) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = copy_edition(Path(folder))
        for scale in (1, 10):
            if scale > 1:
                text = root / "source" / f"{name}.txt"
                raw = text.read_text(encoding="utf-8")
                blocks = raw.replace("\r\n", "\n").split("\n\n")
                # the body repeated: the header lines stay once, the paragraphs come `scale` times
                header_count = _header_lines(root, name)
                parts = split_blocks(raw)
                text.write_text("\n\n".join(parts[:header_count] + parts[header_count:] * scale) + "\n",
                                encoding="utf-8")
                del blocks
            walls, cpus = [], []
            for _ in range(runs):
                find.__globals__["lexicon_for"].cache_clear()  # each run loads the word lists again
                wall, cpu = time.perf_counter(), time.process_time()
                findings = find(root, name)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            words = sum(1 for _ in re.finditer(r"\w+", (root / "source" / f"{name}.txt").read_text("utf-8")))
            print(f"{name} x{scale}: {words:,} words, {len(findings.suggestions)} suggestions; "
                  f"wall {min(walls):.2f} s (median {statistics.median(walls):.2f}), "
                  f"CPU {min(cpus):.2f} s (median {statistics.median(cpus):.2f}), best of {runs}, "
                  "word lists loaded each run")


def _header_lines(root: Path, name: str) -> int:
    document, _ = read_yaml(root / "source" / f"{name}.yaml", name)
    return len(document.get("header", [])) if isinstance(document, dict) else 0


# --- (a) a text against its own corrections ----------------------------------------------------

def own_corrections(name: str, top: int, show: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = copy_edition(Path(folder))
        findings = find(root, name)
    paragraphs = {n: t for n, t in enumerate(split_blocks((ROOT / "source" / f"{name}.txt")
                                                          .read_text(encoding="utf-8"))[_header_lines(ROOT, name):], 1)}
    references = []
    for path in sorted((ROOT / "annotations").glob("*.yaml")):
        document, _ = read_yaml(path, path.name)
        if not isinstance(document, dict) or document.get("text") != name:
            continue
        for entry in document.get("corrections") or []:
            if entry.get("kind") == "lacuna":
                continue  # a gap has no witnessed string: nothing on the page shows it
            span, _ = locate(paragraphs[entry["paragraph"]], entry["witnessed"], entry.get("occurrence"), "", "")
            if span:
                references.append(Reference(entry["paragraph"], span[0], span[1], entry["reading"], entry["id"],
                                            entry["confidence"] == "certain"))
    print(f"(a) {name}: {len(findings.suggestions)} suggestions, {len(references)} corrections "
          f"({sum(r.certain for r in references)} certain; the lacuna is left out: it has no witnessed string)")
    for label, subset in (("certain", [r for r in references if r.certain]), ("all", references)):
        found, with_reading, _ = hits(subset, findings.suggestions, top)
        print(f"    recall of the {label} corrections in the top {top}: {len(found)}/{len(subset)} = "
              f"{len(found) / len(subset):.0%} (with their reading: {len(with_reading)}/{len(subset)} = "
              f"{len(with_reading) / len(subset):.0%})")
        if label == "certain":
            missed = [r.label for r in subset if r not in found]
            print(f"    certain corrections missed: {', '.join(missed) or 'none'}")
    _, _, true = hits(references, findings.suggestions, top)
    print(f"    precision of the top {top}: {true}/{min(top, len(findings.suggestions))} = "
          f"{true / max(min(top, len(findings.suggestions)), 1):.0%} are a correction's place")
    if show:
        for rank, s in enumerate(findings.suggestions[:top], 1):
            mark = "*" if any(s.paragraph == r.paragraph and s.start < r.end and r.start < s.end
                              for r in references) else " "
            print(f"    {mark}{rank:>3} ¶{s.paragraph} {s.witnessed!r} -> {s.reading!r} {s.kind} {s.score}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--time", action="store_true")
    parser.add_argument("--section", action="store_true")
    parser.add_argument("--planted", action="store_true")
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--text", default="section-3")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="list the top N, a found place marked *")
    args = parser.parse_args()
    every = not (args.time or args.section or args.planted)
    if args.time or every:
        timing(args.text)
    if args.section or every:
        own_corrections(args.text, args.top, args.show)
    if args.planted or every:
        planted(args.top, args.seed, args.show)


def planted(top: int, seed: int, show: bool) -> None:
    pass


if __name__ == "__main__":
    main()
