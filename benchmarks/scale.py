#!/usr/bin/env python3
"""How the pipeline's cost grows with the edition: synthetic editions made from this one.

    python benchmarks/scale.py                      N = 1, 10, 100; both shapes; 3 runs each
    python benchmarks/scale.py --with-300               also N = 300 (slow: minutes per run)
    python benchmarks/scale.py --sizes 1,10 --runs 5 --shapes long
    python benchmarks/scale.py --write-long 10 DIR  write an edition of one text of 10 × its
                                                    paragraphs into DIR (--build: and build it)
    python benchmarks/scale.py --write-copies 10 DIR  ... of 10 copies of each text

Two shapes of an N-times edition, generated from the repository's own data:
- `copies`: N copies of every text, as N texts, each with a copy of its annotations (ids
  and text names suffixed; the glossary is shared, as it is);
- `long`: every text once, its body paragraphs repeated N times, the annotations repeated
  with their paragraph numbers moved along.

For each shape and N it runs, as a user does, `build_site.py check`, `build_site.py build`
and a bare `mkdocs build` of the same generated Markdown with the same configuration and
navigation (build and bare alternate, run by run, so both see the same load on a shared
machine), and prints the minimum and the median wall time of each and the minimum CPU time
(user + sys, which a busy machine disturbs less), the ratios build/bare (the median of the
run-by-run ratios), each command's peak memory (maximum resident set, by GNU time), the HTML
bytes per paragraph and the size of the built site. Then the growth of check and build from
one N to the next. A benchmark: it prints, it never fails.

The generator is importable: `write_edition(n, shape, dest)` (e.g. issue 11's Lighthouse
run needs a reading page of 230 paragraphs: `--write-long 10 DIR --build`).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.witness import split_blocks  # noqa: E402  (the paragraph rule is written once)

SHAPES = ("copies", "long")
# What an edition folder holds besides its data: the configuration and the theme overrides.
SITE_FILES = ("mkdocs.yml", "overrides", "pages")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# The generator -----------------------------------------------------------------------------


def _load(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def _dump(document) -> str:
    return yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)


def _copy_site_files(root: Path, dest: Path) -> None:
    for name in SITE_FILES:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, dest / name)
        elif source.is_file():
            shutil.copy2(source, dest / name)


def _with_hash(meta: str, raw: bytes) -> str:
    """The metadata with its `sha256` key (if it has one) naming the new witness."""
    return re.sub(r"(?m)^(sha256:\s*)[\"']?[0-9a-fA-F]{64}[\"']?", lambda m: m.group(1) + hashlib.sha256(raw).hexdigest(),
                  meta)


def _renamed(entries: list, suffix: str, paragraph_offset: int = 0) -> list:
    out = []
    for entry in entries or []:
        entry = dict(entry)
        entry["id"] = f"{entry['id']}{suffix}"
        if isinstance(entry.get("paragraph"), int):
            entry["paragraph"] += paragraph_offset
        out.append(entry)
    return out


def write_edition(n: int, shape: str, dest: Path, root: Path = ROOT) -> dict:
    """Write an edition N times the size of the one in `root` into `dest` (created); return its size.

    `dest` can then be checked and built like the repository itself:
    `build_site.py build --root DEST --config DEST/mkdocs.yml`.
    """
    if shape not in SHAPES:
        raise ValueError(f"shape must be one of {SHAPES}")
    dest.mkdir(parents=True)
    (dest / "source").mkdir()
    (dest / "annotations").mkdir()
    _copy_site_files(root, dest)
    if (root / "glossary.yaml").exists():
        shutil.copy2(root / "glossary.yaml", dest / "glossary.yaml")
    annotations = [(path, _load(path)) for path in sorted((root / "annotations").glob("*.yaml"))]
    paragraphs = corrections = notes = texts = 0
    for witness in sorted((root / "source").glob("*.txt")):
        slug, raw = witness.stem, witness.read_bytes()
        meta_text = witness.with_suffix(".yaml").read_text(encoding="utf-8")
        header_lines = len(yaml.load(meta_text, Loader=_Loader).get("header") or [])
        body = split_blocks(raw.decode("utf-8"))[header_lines:]
        own = [(path, doc) for path, doc in annotations if isinstance(doc, dict) and doc.get("text") == slug]
        if shape == "copies":
            for k in range(1, n + 1):
                name = slug if k == 1 else f"{slug}-x{k}"
                suffix = "" if k == 1 else f"-x{k}"
                (dest / "source" / f"{name}.txt").write_bytes(raw)
                (dest / "source" / f"{name}.yaml").write_text(meta_text, encoding="utf-8")
                for path, doc in own:
                    copy = {**doc, "text": name}
                    for key in ("corrections", "notes"):
                        if key in doc:
                            copy[key] = _renamed(doc[key], suffix)
                    (dest / "annotations" / f"{path.stem}{suffix}.yaml").write_text(_dump(copy), encoding="utf-8")
            texts += n
        else:
            extra = "".join("\n\n" + "\n\n".join(body) for _ in range(n - 1))
            long_raw = raw + extra.encode("utf-8")
            (dest / "source" / f"{slug}.txt").write_bytes(long_raw)
            (dest / "source" / f"{slug}.yaml").write_text(_with_hash(meta_text, long_raw), encoding="utf-8")
            for path, doc in own:
                copy = dict(doc)
                for key in ("corrections", "notes"):
                    if key in doc:
                        copy[key] = [entry for k in range(n)
                                     for entry in _renamed(doc[key], "" if k == 0 else f"-x{k + 1}", k * len(body))]
                (dest / "annotations" / path.name).write_text(_dump(copy), encoding="utf-8")
            texts += 1
        paragraphs += n * len(body)
        corrections += n * sum(len(doc.get("corrections") or []) for _, doc in own)
        notes += n * sum(len(doc.get("notes") or []) for _, doc in own)
    return {"texts": texts, "paragraphs": paragraphs, "corrections": corrections, "notes": notes}


# Measuring ---------------------------------------------------------------------------------


def _env() -> dict:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


TIME = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)


def run(command: list[str], cwd: Path) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak resident MB and the last line of any error of one command.

    The peak is GNU time's (%M): a child's own rusage would include this process's size
    (Linux carries the parent's high-water mark across fork and exec).
    """
    with tempfile.NamedTemporaryFile(prefix="scale-rss-") as rss:
        wrapped = [TIME, "-f", "%M", "-o", rss.name, *command] if TIME else command
        start = time.perf_counter()
        process = subprocess.Popen(wrapped, cwd=cwd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr = process.stderr.read() if process.stderr else b""
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss / 1024
        if TIME:
            text = Path(rss.name).read_text().strip().splitlines()
            peak = int(text[-1]) / 1024 if text and text[-1].isdigit() else float("nan")
    error = ""
    if code != 0:
        error = (stderr.decode("utf-8", "replace").strip().splitlines() or [f"exit {code}"])[-1]
    return wall, usage.ru_utime + usage.ru_stime, peak, error


def write_bare_config(dest: Path) -> Path:
    """An MkDocs configuration for the Markdown `build` left in DEST/build/docs, with build's navigation."""
    from edition import run_mkdocs as export
    from edition.pipeline import prepare

    pages = prepare(dest, with_files=False)[1]  # the navigation needs the pages, not the downloads
    settings = export.mkdocs_settings(pages, dest / export.STATIC_PAGES)
    config = dest / "bare-mkdocs.yml"
    config.write_text(_dump({"INHERIT": "mkdocs.yml", "docs_dir": "build/docs", **settings}), encoding="utf-8")
    return config


def _bare_config(dest: Path) -> Path:
    """write_bare_config in a process of its own, so this one stays small (see run)."""
    result = subprocess.run([sys.executable, __file__, "--bare-config", str(dest)], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0 or not (dest / "bare-mkdocs.yml").is_file():
        raise RuntimeError(f"no configuration for the bare build: {(result.stderr.strip().splitlines() or ['?'])[-1]}")
    return dest / "bare-mkdocs.yml"


def _site_size(site: Path) -> tuple[int, int]:
    html = total = 0
    for path in site.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            total += size
            html += size if path.suffix == ".html" else 0
    return html, total


def _fmt_pair(values: list[float]) -> str:
    if not values:
        return "–"
    return f"{min(values):.2f} / {statistics.median(values):.2f}"


def measure(n: int, shape: str, runs: int, work: Path) -> dict:
    dest = work / f"{shape}-{n}"
    size = write_edition(n, shape, dest)
    python, cli = sys.executable, str(ROOT / "build_site.py")
    common = ["--root", str(dest), "--config", str(dest / "mkdocs.yml")]
    result = {"shape": shape, "n": n, **size, "check": [], "build": [], "bare": [], "ratio": [],
              "cpu_check": [], "cpu_build": [], "cpu_bare": [], "cpu_ratio": [],
              "check_mb": 0.0, "build_mb": 0.0, "bare_mb": 0.0, "error": ""}
    for _ in range(runs):
        wall, cpu, mb, error = run([python, cli, "check", *common], dest)
        result["check"].append(wall)
        result["cpu_check"].append(cpu)
        result["check_mb"] = max(result["check_mb"], mb)
        result["error"] = result["error"] or error
    config = None
    for _ in range(runs):
        wall, cpu, mb, error = run([python, cli, "build", *common, "--site-dir", str(dest / "site")], dest)
        result["error"] = result["error"] or error
        if error:
            break
        result["build"].append(wall)
        result["cpu_build"].append(cpu)
        result["build_mb"] = max(result["build_mb"], mb)
        try:
            config = config or _bare_config(dest)
        except RuntimeError as failure:
            result["error"] = str(failure)
            break
        bare, bare_cpu, mb, error = run([python, "-m", "mkdocs", "build", "-q", "-f", str(config),
                                  "-d", str(dest / "bare-site")], dest)
        result["error"] = result["error"] or error
        if error:
            break
        result["bare"].append(bare)
        result["cpu_bare"].append(bare_cpu)
        result["cpu_ratio"].append(cpu / bare_cpu)
        result["bare_mb"] = max(result["bare_mb"], mb)
        result["ratio"].append(wall / bare)
    if (dest / "site").is_dir():
        result["html"], result["site"] = _site_size(dest / "site")
    shutil.rmtree(dest, ignore_errors=True)
    return result


def _ratio(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}" if values else "–"


def _min(values: list[float]) -> str:
    return f"{min(values):.2f}" if values else "–"


def print_table(results: list[dict]) -> None:
    print()
    print("Wall seconds (min / median of the runs) and CPU seconds (user + sys, min); build/bare is the median "
          "of the run-by-run ratios.")
    print()
    print("| shape | N | texts | ¶ | corr. | check wall | check CPU | build wall | bare wall | build/bare wall "
          "| build CPU | bare CPU | build/bare CPU | peak MB check/build/bare | HTML B/¶ | site MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        per = f"{r['html'] / r['paragraphs']:,.0f}" if r.get("html") else "–"
        site = f"{r['site'] / 1e6:.1f}" if r.get("site") else "–"
        print(f"| {r['shape']} | {r['n']} | {r['texts']} | {r['paragraphs']:,} | {r['corrections']:,} "
              f"| {_fmt_pair(r['check'])} | {_min(r['cpu_check'])} | {_fmt_pair(r['build'])} | {_fmt_pair(r['bare'])} "
              f"| {_ratio(r['ratio'])} | {_min(r['cpu_build'])} | {_min(r['cpu_bare'])} | {_ratio(r['cpu_ratio'])} "
              f"| {r['check_mb']:.0f} / {r['build_mb']:.0f} / {r['bare_mb']:.0f} | {per} | {site} |")
    print()
    print("Growth from one N to the next (ratio of the minimum times; linear growth is the ratio of the Ns):")
    for shape in SHAPES:
        rows = [r for r in results if r["shape"] == shape and r["check"] and r["build"] and r["bare"]]
        for a, b in zip(rows, rows[1:], strict=False):
            def grow(key, a=a, b=b):
                return f"×{min(b[key]) / min(a[key]):.2f}"
            print(f"  {shape} {a['n']}→{b['n']} (×{b['n'] / a['n']:g}): check wall {grow('check')} CPU "
                  f"{grow('cpu_check')}; build wall {grow('build')} CPU {grow('cpu_build')}; bare wall "
                  f"{grow('bare')} CPU {grow('cpu_bare')}; peak build memory ×{b['build_mb'] / a['build_mb']:.2f}")
    for r in results:
        if r["error"]:
            print(f"  {r['shape']} N={r['n']}: a command failed: {r['error']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10,100", help="comma-separated N (default 1,10,100)")
    parser.add_argument("--with-300", dest="with_300", action="store_true", help="also N = 300 (slow)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="copies, long or both")
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (default 3)")
    parser.add_argument("--write-long", type=int, metavar="N", help="write a long-text edition into DIR and stop")
    parser.add_argument("--write-copies", type=int, metavar="N", help="write an N-copies edition into DIR and stop")
    parser.add_argument("--build", action="store_true", help="with --write-*: also build DIR/site")
    parser.add_argument("--bare-config", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("dir", nargs="?", type=Path, help="with --write-*: the folder to create")
    args = parser.parse_args(argv)

    if args.bare_config:
        write_bare_config(args.bare_config)
        return 0
    if args.write_long or args.write_copies:
        if args.dir is None:
            parser.error("--write-long/--write-copies need DIR")
        shape, n = ("long", args.write_long) if args.write_long else ("copies", args.write_copies)
        size = write_edition(n, shape, args.dir)
        print(f"wrote {args.dir}: {size['texts']} text(s), {size['paragraphs']} paragraphs, "
              f"{size['corrections']} corrections, {size['notes']} notes")
        if args.build:
            command = [sys.executable, str(ROOT / "build_site.py"), "build", "--root", str(args.dir),
                       "--config", str(args.dir / "mkdocs.yml"), "--site-dir", str(args.dir / "site")]
            status = subprocess.run(command, env=_env()).returncode
            print(f"built {args.dir / 'site'}" if status == 0 else f"build failed ({status})")
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()] + ([300] if args.with_300 else [])
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip() in SHAPES]
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {args.runs} runs each; times are wall seconds")
    results = []
    with tempfile.TemporaryDirectory(prefix="edition-scale-") as work:
        for shape in shapes:
            for n in sizes:
                result = measure(n, shape, args.runs, Path(work))
                results.append(result)
                print(f"  measured {shape} N={n}: check {_fmt_pair(result['check'])}, build {_fmt_pair(result['build'])}, "
                      f"bare {_fmt_pair(result['bare'])}" + (f"  ({result['error']})" if result["error"] else ""),
                      flush=True)
    print_table(results)
    return 0


if __name__ == "__main__":
    if "--bare-config" in sys.argv:  # a helper step: its failure is reported by the run that asked for it
        sys.exit(main())
    try:
        sys.exit(main())
    except Exception as error:  # noqa: BLE001 - a benchmark prints, it never fails
        print(f"benchmark stopped: {type(error).__name__}: {error}")
        sys.exit(0)
