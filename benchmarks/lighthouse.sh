#!/usr/bin/env bash
# Lighthouse (mobile preset) on the reading page, served as GitHub Pages serves it.
#
#   bash benchmarks/lighthouse.sh [--no-gzip] [PAGE]     (PAGE defaults to section-3/)
#
# Installs Lighthouse with npm into a cache folder if it is missing (12.2.3: the last
# release that runs on Node 20), builds the site into a temporary folder, serves it on
# 127.0.0.1 under /edition/ (gzip, as GitHub Pages; --no-gzip for the raw bytes), runs
# headless Chromium through Lighthouse and prints the four category scores, the total
# bytes transferred and each request. A benchmark, not a test: it prints, it does not judge.
set -euo pipefail
cd "$(dirname "$0")/.."

GZIP_FLAG=""
if [[ "${1:-}" == "--no-gzip" ]]; then GZIP_FLAG="--no-gzip"; shift; fi
PAGE="${1:-section-3/}"
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
cleanup() { if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT

"$PYTHON" build_site.py build --site-dir "$WORK/site" >&2
"$PYTHON" benchmarks/serve.py "$WORK/site" "$WORK/port" $GZIP_FLAG &
SERVER_PID=$!
for _ in $(seq 50); do [[ -s "$WORK/port" ]] && break; sleep 0.1; done
URL="http://127.0.0.1:$(cat "$WORK/port")/edition/$PAGE"

"$LIGHTHOUSE" "$URL" --quiet --output=json --output-path="$WORK/report.json" \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync" >&2

"$PYTHON" - "$WORK/report.json" "${GZIP_FLAG:-gzip}" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print(f"Lighthouse {report['lighthouseVersion']}, {report['configSettings']['formFactor']} preset, "
      f"{report['finalDisplayedUrl']} ({'uncompressed' if sys.argv[2] == '--no-gzip' else 'gzip'})")
for key in ("performance", "accessibility", "best-practices", "seo"):
    score = report["categories"][key]["score"]
    print(f"  {report['categories'][key]['title']:<15} {'n/a' if score is None else round(score * 100)}")
weight = report["audits"]["total-byte-weight"]
print(f"  total-byte-weight {weight['numericValue']:.0f} bytes ({weight['numericValue'] / 1024:.1f} KiB)")
for item in weight["details"]["items"]:
    print(f"    {item['totalBytes']:>8.0f}  {item['url']}")
for key in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift",
            "speed-index"):
    print(f"  {report['audits'][key]['title']}: {report['audits'][key]['displayValue']}")
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
