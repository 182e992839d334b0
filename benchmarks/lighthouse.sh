#!/usr/bin/env bash
# Lighthouse on a page of the edition, served as GitHub Pages serves it; the median of N runs.
#
#   bash benchmarks/lighthouse.sh [--no-gzip] [--desktop] [--runs N] [--keep DIR] [--root DIR | --long N] [PAGE]
#
#   PAGE       the page under the site (default: the first text's page, e.g. section-3/)
#   --runs N   run Lighthouse N times (default 3) and print each run and the median
#   --desktop  Lighthouse's desktop preset instead of the mobile one
#   --root DIR build the edition in DIR (an edition folder, with its mkdocs.yml) instead of this one
#   --long N   build an edition of this one with its text N times as long (benchmarks/scale.py
#              --write-long), e.g. --long 10 for a page of 230 paragraphs
#   --no-gzip  serve the raw bytes (GitHub Pages compresses text with gzip)
#   --keep DIR copy Lighthouse's JSON reports (report-N.json) and the page's HTML into DIR, to
#              read the main thread's work (audits mainthread-work-breakdown, bootup-time, ...)
#
# Installs Lighthouse with npm into a cache folder if it is missing (12.2.3: the last release
# that runs on Node 20), builds the site into a temporary folder, serves it on 127.0.0.1 under
# /edition/ (benchmarks/serve.py), runs headless Chromium through Lighthouse N times and prints,
# per run and as the median: the four category scores, total blocking time, LCP, the bytes
# transferred; then the page's HTML bytes per numbered paragraph, and for the median run each
# request, the audits below 1 and the largest layout shifts. On a shared machine the
# performance score moves by several points between runs: compare medians, and say how
# loaded the machine was. A benchmark, not a test: it prints, it does not judge.
set -euo pipefail
cd "$(dirname "$0")/.."

GZIP_FLAG="" RUNS=3 PRESET="" ROOT_DIR="" LONG="" KEEP=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-gzip) GZIP_FLAG="--no-gzip"; shift ;;
    --desktop) PRESET="--preset=desktop"; shift ;;
    --runs) RUNS="$2"; shift 2 ;;
    --root) ROOT_DIR="$2"; shift 2 ;;
    --long) LONG="$2"; shift 2 ;;
    --keep) KEEP="$2"; shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
PYTHON="${PYTHON:-.venv/bin/python}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LIGHTHOUSE_VERSION=12.2.3
PREFIX="${LIGHTHOUSE_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/edition-lighthouse-$LIGHTHOUSE_VERSION}"
LIGHTHOUSE="$PREFIX/node_modules/.bin/lighthouse"
if [[ ! -x "$LIGHTHOUSE" ]]; then
  npm install --silent --no-audit --no-fund --prefix "$PREFIX" -E "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  if [[ -n "$KEEP" ]]; then mkdir -p "$KEEP"; cp "$WORK"/report-*.json "$KEEP"/ 2>/dev/null || true
    if [[ -n "${PAGE:-}" ]]; then cp "$WORK/site/${PAGE%/}/index.html" "$KEEP/page.html" 2>/dev/null || true; fi; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -n "$LONG" ]]; then
  "$PYTHON" benchmarks/scale.py --write-long "$LONG" "$WORK/edition" >&2
  ROOT_DIR="$WORK/edition"
fi
ROOT_DIR="${ROOT_DIR:-.}"
"$PYTHON" build_site.py build --root "$ROOT_DIR" --site-dir "$WORK/site" >&2
PAGE="${1:-$(basename "$(ls "$ROOT_DIR"/source/*.txt | head -n 1)" .txt)/}"
"$PYTHON" benchmarks/serve.py "$WORK/site" "$WORK/port" $GZIP_FLAG &
SERVER_PID=$!
for _ in $(seq 50); do [[ -s "$WORK/port" ]] && break; sleep 0.1; done
URL="http://127.0.0.1:$(cat "$WORK/port")/edition/$PAGE"

for run in $(seq "$RUNS"); do
  "$LIGHTHOUSE" "$URL" --quiet --output=json --output-path="$WORK/report-$run.json" $PRESET \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync" >&2
done

"$PYTHON" - "$WORK" "$RUNS" "${GZIP_FLAG:-gzip}" "$WORK/site/$PAGE" <<'PY'
import json, re, statistics, sys
from pathlib import Path

work, runs, gzip_flag, page_path = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
reports = [json.loads((work / f"report-{i}.json").read_text()) for i in range(1, runs + 1)]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def figures(report):
    score = lambda key: None if report["categories"][key]["score"] is None else round(report["categories"][key]["score"] * 100)
    audit = lambda key: report["audits"][key]["numericValue"]
    return {**{key: score(key) for key in CATEGORIES},
            "tbt": audit("total-blocking-time"), "lcp": audit("largest-contentful-paint"),
            "fcp": audit("first-contentful-paint"), "cls": audit("cumulative-layout-shift"),
            "bytes": audit("total-byte-weight")}


def line(f):
    return (f"performance {f['performance']}, accessibility {f['accessibility']}, best practices "
            f"{f['best-practices']}, SEO {f['seo']}; total blocking time {f['tbt']:.0f} ms, FCP {f['fcp'] / 1000:.2f} s, "
            f"LCP {f['lcp'] / 1000:.2f} s, CLS {f['cls']:.3f}; {f['bytes'] / 1024:.1f} KiB transferred")


first = reports[0]
print(f"Lighthouse {first['lighthouseVersion']}, {first['configSettings']['formFactor']} preset, "
      f"{first['finalDisplayedUrl']} ({'uncompressed' if gzip_flag == '--no-gzip' else 'gzip'}), {runs} run(s)")
all_figures = [figures(r) for r in reports]
for i, f in enumerate(all_figures, 1):
    print(f"  run {i}: {line(f)}")
median = {key: statistics.median(f[key] for f in all_figures) for key in all_figures[0] if all_figures[0][key] is not None}
median.update({key: None for key in all_figures[0] if all_figures[0][key] is None})
print(f"  median: {line(median)}")
print(f"  performance across runs: {min(f['performance'] for f in all_figures)}–{max(f['performance'] for f in all_figures)}")

html = page_path / "index.html" if page_path.is_dir() else page_path
text = html.read_text(encoding="utf-8")
paragraphs = len(re.findall(r'<p class="numbered" id="p\d+"', text))
if paragraphs:
    print(f"  HTML: {len(text.encode()):,} bytes, {paragraphs} numbered paragraphs, "
          f"{len(text.encode()) / paragraphs:,.0f} bytes per paragraph")

# The run nearest the median performance, in detail.
report = min(reports, key=lambda r: abs(figures(r)["performance"] - median["performance"]))
weight = report["audits"]["total-byte-weight"]
print(f"  requests of the median run ({weight['numericValue']:.0f} bytes):")
for item in weight["details"]["items"]:
    print(f"    {item['totalBytes']:>8.0f}  {item['url']}")
for item in report["audits"].get("bootup-time", {}).get("details", {}).get("items", [])[:5]:
    print(f"  script time {item.get('scripting', 0):>6.0f} ms  {item['url']}")
breakdown = report["audits"].get("mainthread-work-breakdown", {}).get("details", {}).get("items", [])
print("  main thread: " + ", ".join(f"{i['groupLabel']} {i['duration']:.0f} ms" for i in breakdown[:6]))
failed = [a["id"] for c in ("accessibility", "best-practices", "seo")
          for ref in report["categories"][c]["auditRefs"]
          for a in [report["audits"][ref["id"]]] if a["score"] is not None and a["score"] < 1 and ref["weight"] > 0]
for audit in failed:
    items = report["audits"][audit].get("details", {}).get("items", [])
    print(f"  below 1: {audit}:", "; ".join(str(i.get("text") or i.get("node", {}).get("snippet") or i)[:80]
                                          for i in items[:6]))
shifts = report["audits"].get("layout-shifts", {}).get("details", {}).get("items", [])
for item in shifts[:5]:
    print(f"  layout shift {item.get('score', 0):.3f}: {item.get('node', {}).get('snippet', '')[:90]}")
PY
