#!/usr/bin/env python3
"""How fast and how good `build_site.py suggest` is. A benchmark: it prints figures, it does not fail.

    python benchmarks/suggest.py               all three parts
    python benchmarks/suggest.py --time        seconds for section 3 at 1x and 10x its length
    python benchmarks/suggest.py --section     (a) section 3 against its own corrections
    python benchmarks/suggest.py --planted     (b) public-domain texts with planted OCR damage
    options: --top N (default 60), --text NAME (for --time and --section), --seed S (default 1),
             --seeds N (b: N seeds from S, pooled), --texts DIR (b: other clean texts), --show

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
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.suggest import find  # noqa: E402  (the repository is not installed as a package)
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
            command_walls, command_cpus = [], []
            for _ in range(runs):  # the command as an editor runs it: Python's start and imports included
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                wall = time.perf_counter()
                subprocess.run([sys.executable, str(ROOT / "build_site.py"), "suggest", name, "--root", str(root),
                                "--json"], capture_output=True, check=True)
                command_walls.append(time.perf_counter() - wall)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                command_cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            words = sum(1 for _ in re.finditer(r"\w+", (root / "source" / f"{name}.txt").read_text("utf-8")))
            print(f"{name} x{scale}: {words:,} words, {len(findings.suggestions)} suggestions; "
                  f"wall {min(walls):.2f} s (median {statistics.median(walls):.2f}), "
                  f"CPU {min(cpus):.2f} s (median {statistics.median(cpus):.2f}), best of {runs}, "
                  "word lists loaded each run")
            print(f"    the command (build_site.py suggest {name} --json): wall {min(command_walls):.2f} s "
                  f"(median {statistics.median(command_walls):.2f}), CPU {min(command_cpus):.2f} s "
                  f"(median {statistics.median(command_cpus):.2f})")


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
    parser.add_argument("--seeds", type=int, default=1, help="(b): run seeds SEED .. SEED+N-1 and pool them")
    parser.add_argument("--show", action="store_true", help="list the top N, a found place marked *")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="(b): the folder of clean texts")
    args = parser.parse_args()
    every = not (args.time or args.section or args.planted)
    if args.time or every:
        timing(args.text)
    if args.section or every:
        own_corrections(args.text, args.top, args.show)
    if args.planted or every:
        pooled = [0, 0]
        for seed in range(args.seed, args.seed + args.seeds):
            found, planted_count = planted(args.top, seed, args.show, args.texts)
            pooled = [pooled[0] + found, pooled[1] + planted_count]
        if args.seeds > 1:
            print(f"(b) pooled over seeds {args.seed}-{args.seed + args.seeds - 1}: recall in the top {args.top} "
                  f"{pooled[0]}/{pooled[1]} = {pooled[0] / pooled[1]:.0%}")


# --- (b) planted damage --------------------------------------------------------------------------

# The noise model: about one error in every WORDS_PER_ERROR words, of these kinds in these shares
# (realistic for OCR of a clean printed page that went through a web page's encoding as well). Each
# error takes a word (or a quotation mark, or a dash) chosen at random, none twice, seeded.
WORDS_PER_ERROR = 100
NOISE = {
    "ocr-nonword": 0.28,     # a letter confusion (rn/m, li/h, cl/d, e/c, ri/n, l/1, ...) that makes no word
    "ocr-realword": 0.22,    # a confusion, dropped or doubled letter that makes another word (world -> word)
    "dropped": 0.10,         # a letter dropped, making no word
    "doubled": 0.05,         # a letter doubled, making no word
    "run-together": 0.05,    # the space between two words lost
    "split": 0.05,           # a space inside a word
    "replacement": 0.05,     # a quotation mark, apostrophe or dash lost in decoding: U+FFFD U+FFFD
    "capital": 0.12,         # a word in mid-sentence capitalised
    "dash": 0.08,            # a dash flattened to a hyphen
}
# OCR letter confusions used to plant errors: what the page had, what the engine read.
PLANT_CONFUSIONS = [("m", "rn"), ("rn", "m"), ("h", "li"), ("d", "cl"), ("e", "c"), ("c", "e"), ("n", "ri"),
                    ("l", "1"), ("l", "I"), ("o", "e"), ("e", "o"), ("a", "o"), ("u", "n"), ("n", "u"),
                    ("i", "l"), ("t", "f"), ("h", "b"), ("w", "vv")]


def damage(paragraphs: list[str], seed: int) -> tuple[list[str], list[Reference]]:
    """The paragraphs with errors planted by the noise model, and where each is (in the damaged text)."""
    from wordfreq import zipf_frequency

    rng = random.Random(seed)
    words = [(p, m) for p, text in enumerate(paragraphs) for m in re.finditer(r"[A-Za-z]+", text)]
    count = max(1, len(words) // WORDS_PER_ERROR)
    kinds = rng.choices(list(NOISE), weights=list(NOISE.values()), k=count)
    edits: dict[int, list[tuple[int, int, str, str]]] = {}  # paragraph -> (start, end, new, kind)
    used: set[tuple[int, int]] = set()

    def free(p: int, start: int, end: int) -> bool:
        return all(not (s < end + 1 and start < e + 1) for s, e, _, _ in edits.get(p, []))

    def add(p: int, start: int, end: int, new: str, kind: str) -> bool:
        if not free(p, start, end):
            return False
        edits.setdefault(p, []).append((start, end, new, kind))
        return True

    for kind in kinds:
        for _ in range(200):  # tries until a place fits the kind
            p, match = rng.choice(words)
            text, word, start, end = paragraphs[p], match.group(), match.start(), match.end()
            if (p, start) in used:
                continue
            if kind in ("ocr-nonword", "ocr-realword", "dropped", "doubled"):
                if not word.islower() or len(word) < 3:
                    continue
                options = set()
                if kind in ("ocr-nonword", "ocr-realword"):
                    for intended, seen in PLANT_CONFUSIONS:
                        for at in [m.start() for m in re.finditer(re.escape(intended), word)]:
                            options.add(word[:at] + seen + word[at + len(intended):])
                if kind in ("dropped", "ocr-realword"):
                    options |= {word[:i] + word[i + 1:] for i in range(1, len(word))}
                if kind in ("doubled", "ocr-realword"):
                    options |= {word[:i] + word[i] + word[i:] for i in range(1, len(word))}
                real = kind == "ocr-realword"
                candidates = sorted(o for o in options
                                 if (zipf_frequency(o, "en") >= 3.0) == real and (real or zipf_frequency(o, "en") == 0))
                if not candidates:
                    continue
                if add(p, start, end, rng.choice(candidates), kind):
                    break
            elif kind == "run-together":
                after = re.match(r" ([a-z]+)", text[end:])
                if after and word.islower() and zipf_frequency(word + after.group(1), "en") == 0 \
                        and add(p, start, end + after.end(), word + after.group(1), kind):
                    break
            elif kind == "split":
                if len(word) >= 6 and word.islower():
                    at = rng.randrange(2, len(word) - 2)
                    broken = zipf_frequency(word[:at], "en") == 0 or zipf_frequency(word[at:], "en") == 0
                    if broken and add(p, start, end, word[:at] + " " + word[at:], kind):
                        break
            elif kind == "capital":
                before = text[:start].rstrip()
                if word.islower() and len(word) >= 4 and before and before[-1] not in ".!?:;\"" \
                        and add(p, start, end, word.capitalize(), kind):
                    break
            elif kind in ("replacement", "dash"):
                marks = list(re.finditer("[\"'“”‘’—]" if kind == "replacement" else "—", text))
                if marks:
                    mark = rng.choice(marks)
                    if add(p, mark.start(), mark.end(), "\ufffd\ufffd" if kind == "replacement" else "-", kind):
                        break
            used.add((p, start))
    damaged, references = [], []
    for p, text in enumerate(paragraphs):
        out, cursor, shift = [], 0, 0
        for start, end, new, kind in sorted(edits.get(p, [])):
            out.append(text[cursor:start])
            references.append(Reference(p + 1, start + shift, start + shift + len(new), text[start:end], kind))
            out.append(new)
            shift += len(new) - (end - start)
            cursor = end
        out.append(text[cursor:])
        damaged.append("".join(out))
    return damaged, references


def planted(top: int, seed: int, show: bool, texts: Path = TEXTS) -> tuple[int, int]:
    print(f"(b) planted damage: about one error in {WORDS_PER_ERROR} words; kinds and shares: "
          + ", ".join(f"{k} {v:.0%}" for k, v in NOISE.items()) + f"; seed {seed}")
    totals = [0, 0, 0, 0]
    for path in sorted(texts.glob("*.txt")):
        blocks = split_blocks(path.read_text(encoding="utf-8").replace("--", "—"))
        header, body = blocks[:1], blocks[1:]
        damaged, references = damage(body, seed)
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / "source").mkdir()
            name = path.stem
            (root / "source" / f"{name}.txt").write_text("\n\n".join(header + damaged) + "\n", encoding="utf-8")
            (root / "source" / f"{name}.yaml").write_text("language: en\nheader: [title]\n", encoding="utf-8")
            findings = find(root, name)
        found, with_reading, true = hits(references, findings.suggestions, top)
        shown = min(top, len(findings.suggestions))
        kinds: dict[str, list] = {}
        for reference in references:
            kinds.setdefault(reference.label, [0, 0])[0] += 1
            kinds[reference.label][1] += reference in found
        print(f"    {name}: {len(references)} planted; recall in the top {top}: {len(found)}/{len(references)} = "
              f"{len(found) / len(references):.0%} (with their reading {len(with_reading) / len(references):.0%}); "
              f"precision of the top {top}: {true}/{shown} = {true / max(shown, 1):.0%}")
        print("      by kind (found/planted): " + ", ".join(f"{k} {f}/{n}" for k, (n, f) in sorted(kinds.items())))
        if show:
            for reference in references:
                if reference not in found:
                    rank = next((n for n, s in enumerate(findings.suggestions, 1) if s.paragraph == reference.paragraph
                                 and s.start < reference.end and reference.start < s.end), None)
                    print(f"      missed ¶{reference.paragraph} {reference.label}: "
                          f"{damaged[reference.paragraph - 1][reference.start:reference.end]!r} for {reference.reading!r}"
                          f" (rank {rank or 'none'})")
        totals = [totals[0] + len(found), totals[1] + len(references), totals[2] + true, totals[3] + shown]
    print(f"    all texts: recall {totals[0]}/{totals[1]} = {totals[0] / totals[1]:.0%}, "
          f"precision {totals[2]}/{totals[3]} = {totals[2] / max(totals[3], 1):.0%}")
    return totals[0], totals[1]


if __name__ == "__main__":
    main()
