"""Hosting on GitHub Pages: the deploy workflow, the site under a sub-path, reproducible builds."""

from __future__ import annotations

import functools
import gzip
import os
import re
import shlex
import shutil
import struct
import subprocess
import time
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import READING, ROOT, SLUGS, SUB_PATH, run_cli
from edition.run_mkdocs import source_date_epoch
from edition.exports import all_downloads

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
# (tag, attribute) pairs that name another resource: pages link with <a>, the rest are loaded.
REFERENCES = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"))


# The workflow and the README ------------------------------------------------------------


def readme_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def readme_test_command() -> str:
    return readme_commands()[1]


def readme_build_command() -> tuple[dict[str, str], str]:
    """The README's build command for a fork: its environment, and the command itself."""
    [command] = [c for c in readme_commands() if c.endswith("build_site.py build")]
    words = shlex.split(command)
    env = dict(w.split("=", 1) for w in words if re.match(r"^[A-Z_]+=", w))
    return env, shlex.join(w for w in words if not re.match(r"^[A-Z_]+=", w))


@functools.cache
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def step_index(steps: list[dict], predicate) -> int:
    found = [i for i, step in enumerate(steps) if predicate(step)]
    assert len(found) == 1, f"expected one matching step, found {len(found)}"
    return found[0]


def uses(action: str):
    return lambda step: step.get("uses", "").split("@")[0] == action


def major(step: dict) -> int:
    return int(step["uses"].split("@v")[1].split(".")[0])


def test_the_workflow_deploys_main_with_the_pages_actions():
    flow = workflow()
    trigger = flow[True]  # YAML 1.1 reads the bare key `on` as the boolean true
    assert "main" in trigger["push"]["branches"]
    assert flow["permissions"]["pages"] == "write" and flow["permissions"]["id-token"] == "write"
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    steps = build["steps"]
    configure = steps[step_index(steps, uses("actions/configure-pages"))]
    upload = steps[step_index(steps, uses("actions/upload-pages-artifact"))]
    assert configure["id"] == "pages"
    assert upload["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    release = deploy["steps"][step_index(deploy["steps"], uses("actions/deploy-pages"))]
    assert deploy["environment"]["url"] == f"${{{{ steps.{release['id']}.outputs.page_url }}}}"
    # Older majors of these actions are deprecated and no longer deploy.
    assert major(configure) >= 5 and major(upload) >= 4 and major(release) >= 4


def test_the_workflow_runs_the_readme_commands_in_order():
    steps = workflow()["jobs"]["build"]["steps"]
    runs = [step.get("run", "").strip() for step in steps]
    fork_env, build_command = readme_build_command()
    chromium = step_index(steps, lambda s: re.search(r"apt-get install .*\bchromium\b", s.get("run", "")))
    test = runs.index(readme_test_command())
    build = runs.index(build_command)
    pages = step_index(steps, uses("actions/configure-pages"))
    upload = step_index(steps, uses("actions/upload-pages-artifact"))
    assert chromium < test < build < upload and pages < build
    # site_url comes from the Pages configuration in CI, and from SITE_URL in the README.
    assert steps[build]["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    assert set(fork_env) == {"SITE_URL"} and fork_env["SITE_URL"].endswith("/")
    # The tests build their own site under /edition/: they must not see the deployed address.
    assert "SITE_URL" not in steps[test].get("env", {}) and "SITE_URL" not in workflow().get("env", {})


def test_site_url_is_set_in_one_place_and_reaches_every_absolute_address(tmp_path):
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert len(re.findall(r"^site_url:", config, re.M)) == 1
    assert re.search(r"^site_url: !ENV \[SITE_URL, ", config, re.M)
    fork = "https://reader.github.io/a-fork/"
    out = tmp_path / "site"
    result = run_cli("build", "--site-dir", str(out), env={"SITE_URL": fork})
    assert result.returncode == 0, result.stderr
    locs = re.findall(r"<loc>(.+?)</loc>", (out / "sitemap.xml").read_text(encoding="utf-8"))
    assert locs and all(loc.startswith(fork) for loc in locs)
    missing = BeautifulSoup((out / "404.html").read_text(encoding="utf-8"), "html.parser")
    sheets = [link["href"] for link in missing.select('link[rel="stylesheet"]')]
    assert sheets and all(href.startswith("/a-fork/") for href in sheets)


# The site under a sub-path --------------------------------------------------------------


@dataclass
class Crawl:
    pages: list[str] = field(default_factory=list)
    checked: int = 0
    fragments: int = 0
    external: int = 0
    broken: list[str] = field(default_factory=list)


@functools.cache
def fetch(url: str) -> tuple[int, BeautifulSoup | None]:
    """The status of `url`, and the document when it is HTML."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body, kind = response.read(), response.headers.get_content_type()
            return response.status, BeautifulSoup(body, "html.parser") if kind == "text/html" else None
    except urllib.error.HTTPError as error:
        return error.code, None


def crawl(start: str) -> Crawl:
    """Every page reachable from `start`, and every internal link, asset and #fragment they name."""
    origin, result = urlsplit(start), Crawl()
    queue, queued = deque([start]), {start}
    while queue:
        page = queue.popleft()
        status, document = fetch(page)
        if status != 200 or document is None:
            continue
        result.pages.append(page)
        for tag, attribute in REFERENCES:
            for element in document.find_all(tag, attrs={attribute: True}):
                url = urljoin(page, element[attribute])
                where = f"{urlsplit(page).path}: <{tag} {attribute}={element[attribute]!r}>"
                if tag == "link" and "canonical" in element.get("rel", []):
                    # The published address of this very page: same path, under the sub-path.
                    if urlsplit(url).path != urlsplit(page).path:
                        result.broken.append(f"{where}: canonical path is not the page's")
                    continue
                parts = urlsplit(url)
                if parts.scheme not in ("http", "https"):
                    continue
                if parts.netloc != origin.netloc:
                    result.external += 1
                    if tag != "a":
                        result.broken.append(f"{where}: loads from another host")
                    continue
                result.checked += 1
                target, fragment = urldefrag(url)
                if not parts.path.startswith(SUB_PATH):
                    result.broken.append(f"{where}: leaves the sub-path {SUB_PATH}")
                    continue
                status, linked = fetch(target)
                if status != 200:
                    result.broken.append(f"{where}: HTTP {status}")
                    continue
                if fragment:
                    result.fragments += 1
                    name = unquote(fragment)
                    if linked is None or not (linked.find(id=name) or linked.find(attrs={"name": name})):
                        result.broken.append(f"{where}: no element with id {name!r}")
                if tag == "a" and linked is not None and target not in queued:
                    queued.add(target)
                    queue.append(target)
    return result


@pytest.fixture(scope="module")
def crawled(base_url) -> Crawl:
    return crawl(base_url)


@pytest.mark.page
def test_every_internal_link_asset_and_fragment_resolves_under_the_sub_path(crawled, base_url, site_dir):
    built = sorted(base_url + str(p.parent.relative_to(site_dir)).removeprefix(".") + ("/" if p.parent != site_dir else "")
                   for p in site_dir.rglob("index.html"))
    print(f"\ncrawled {len(crawled.pages)} pages under {SUB_PATH}: {crawled.checked} internal links and assets "
          f"checked ({crawled.fragments} with a #fragment), {crawled.external} links to other hosts not followed, "
          f"{len(crawled.broken)} broken")
    assert crawled.broken == []
    # Every page the build wrote is reachable from the home page, and nothing else is a page.
    assert sorted(crawled.pages) == built
    assert crawled.checked > len(crawled.pages) and crawled.fragments > 0


def watch_failures(page) -> list[str]:
    failures: list[str] = []
    page.on("requestfailed", lambda request: failures.append(f"{request.url}: {request.failure}"))
    page.on("response", lambda response: response.status >= 400
            and failures.append(f"{response.url}: HTTP {response.status}"))
    return failures


@pytest.mark.page
def test_each_page_loads_in_chromium_without_a_failed_request(crawled, page):
    failures = watch_failures(page)
    for url in crawled.pages:
        page.goto(url, wait_until="networkidle")
    print(f"\nloaded {len(crawled.pages)} pages in Chromium: {len(failures)} failed requests")
    assert crawled.pages and failures == []


@pytest.mark.page
@pytest.mark.parametrize("missing", ["no-such-page/", f"{SLUGS[0]}/no/such/page.html"])
def test_a_missing_page_shows_the_404_page_with_its_styles_and_links_under_the_sub_path(
        missing, page, base_url, site_dir):
    expected = BeautifulSoup((site_dir / "404.html").read_text(encoding="utf-8"), "html.parser")
    failures = watch_failures(page)
    response = page.goto(base_url + missing, wait_until="networkidle")
    assert response.status == 404
    assert page.locator("article h1").inner_text().strip() == expected.select_one("article h1").get_text(strip=True)
    # Each stylesheet of 404.html is fetched from under the sub-path and its rules are in force.
    sheets = page.evaluate("""() => [...document.querySelectorAll('link[rel="stylesheet"]')]
        .map(link => [link.href, link.sheet ? link.sheet.cssRules.length : 0])""")
    assert len(sheets) == len(expected.select('link[rel="stylesheet"]'))
    for href, rules in sheets:
        assert href.startswith(base_url) and rules > 0, href
    links = {urldefrag(href)[0] for href in page.evaluate("() => [...document.links].map(a => a.href)")
             if urlsplit(href).netloc == urlsplit(base_url).netloc}
    assert links and all(link.startswith(base_url) for link in links)
    assert [link for link in links if fetch(link)[0] != 200] == []
    assert [f for f in failures if not f.startswith(base_url + missing)] == []


# Reproducible builds --------------------------------------------------------------------


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build_date(site: Path) -> tuple[set[str], datetime]:
    """The <lastmod> dates of sitemap.xml, and the time in the gzip header of sitemap.xml.gz."""
    lastmods = set(re.findall(r"<lastmod>(.+?)</lastmod>", (site / "sitemap.xml").read_text(encoding="utf-8")))
    header = (site / "sitemap.xml.gz").read_bytes()[:10]
    return lastmods, datetime.fromtimestamp(struct.unpack("<I", header[4:8])[0], timezone.utc)


def test_two_builds_of_one_commit_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    sites = [tmp_path / "first" / "site", tmp_path / "second" / "site"]
    for seed, site in enumerate(sites, start=1):
        if seed == 2:
            time.sleep(1.1)  # a date read from the clock would now differ
        # A different hash seed each time: any order taken from a set or dict of strings would show.
        result = run_cli("build", "--site-dir", str(site), env={"PYTHONHASHSEED": str(seed)})
        assert result.returncode == 0, result.stderr
    first, second = (files(site) for site in sites)
    assert "sitemap.xml" in first and "sitemap.xml.gz" in first
    # The downloads too (TEI, EPUB with its zip dates, JSON, plain text, Web Annotations).
    assert {d.path for d in all_downloads(READING)} <= set(first)
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    print(f"\ntwo builds: {len(first)} files, {sum(map(len, first.values()))} bytes, {len(differing)} differing")
    assert differing == []
    # The date in both is the commit's (or the data's), not today's.
    day = datetime.fromtimestamp(source_date_epoch(ROOT), timezone.utc)
    lastmods, gzip_time = build_date(sites[0])
    assert lastmods == {day.date().isoformat()}
    assert gzip_time == datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    assert gzip.decompress(first["sitemap.xml.gz"]) == first["sitemap.xml"]


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_a_checkout_is_dated_by_its_last_commit():
    committed = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                               capture_output=True, text=True, check=True).stdout.strip()
    assert source_date_epoch(ROOT) == int(committed)


def test_without_git_history_the_newest_data_file_dates_the_build(small_edition, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(small_edition.parent))  # no repository above it
    for path in small_edition.rglob("*"):
        if path.is_file():
            os.utime(path, (1_000_000_000, 1_000_000_000))
    os.utime(small_edition / "annotations" / "small.yaml", (1_234_567_890, 1_234_567_890))
    (small_edition / "notes.txt").write_text("not edition data: its (current) time must not count")
    assert source_date_epoch(small_edition) == 1_234_567_890
    out = small_edition.parent / "site"
    result = run_cli("build", "--site-dir", str(out), root=small_edition)
    assert result.returncode == 0, result.stderr
    lastmods, gzip_time = build_date(out)
    assert lastmods == {"2009-02-13"} and gzip_time == datetime(2009, 2, 13, tzinfo=timezone.utc)


def test_a_given_source_date_epoch_is_kept(small_edition, tmp_path):
    out = tmp_path / "site"
    result = run_cli("build", "--site-dir", str(out), root=small_edition, env={"SOURCE_DATE_EPOCH": "31536000"})
    assert result.returncode == 0, result.stderr
    lastmods, gzip_time = build_date(out)
    assert lastmods == {"1971-01-01"} and gzip_time == datetime(1971, 1, 1, tzinfo=timezone.utc)
