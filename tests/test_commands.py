"""The command line as an editor uses it: build, plain MkDocs on the generated Markdown, serve."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT, SLUGS, run_cli


def test_check_prints_ok_and_exits_zero():
    result = run_cli("check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok:")


def test_plain_mkdocs_strict_builds_the_generated_markdown(site_dir, tmp_path):
    """`build` leaves build/docs behind; MkDocs alone builds it without a warning."""
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "s")],
                            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    for slug in SLUGS:
        assert (tmp_path / "s" / slug / "index.html").exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_serve_regenerates_when_the_annotations_change(small_edition):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "build_site.py"), "serve", "--root", str(small_edition),
         "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "SITE_URL": f"http://127.0.0.1:{port}/"},
    )
    try:
        url = f"http://127.0.0.1:{port}/small/"
        assert "<ins>world</ins>" in fetch(url)
        annotations = small_edition / "annotations" / "small.yaml"
        annotations.write_text(annotations.read_text(encoding="utf-8").replace("reading: world", "reading: globe"),
                               encoding="utf-8")
        deadline = time.monotonic() + 30
        while "<ins>globe</ins>" not in fetch(url):
            assert time.monotonic() < deadline, "the preview did not pick up the change"
            time.sleep(0.5)
        # A broken edit keeps the last good pages and says why.
        annotations.write_text(annotations.read_text(encoding="utf-8").replace("witnessed: word", "witnessed: wurd"),
                               encoding="utf-8")
        time.sleep(3)
        assert "<ins>globe</ins>" in fetch(url)
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "'witnessed' string 'wurd' is not found" in output


def test_the_exports_made_beside_mkdocs_are_those_made_in_process_and_a_failure_leaves_the_site(
        small_edition, tmp_path, monkeypatch):
    """build makes the exports in a second process while MkDocs runs (edition/made_aside.py)."""
    from edition.pipeline import prepare_parts

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # set here, or the build would set it for the session
    from edition.run_mkdocs import build_site as build
    from edition.exports import LaterFiles

    config = small_edition / "mkdocs.yml"
    _, pages, files, later = prepare_parts(small_edition, config)
    assert later is not None and later.paths
    site = tmp_path / "site"
    build(pages, small_edition, site, config, files, later)
    made = {path: (site / path).read_bytes() for path in later.paths}
    assert made == {f.path: f.content for f in later.make()}, "the same bytes as made in this process"

    before = sorted((p.relative_to(site), p.read_bytes()) for p in site.rglob("*") if p.is_file())

    def broken():
        raise ValueError("planted")
    with pytest.raises(RuntimeError, match="making the downloads failed.*planted"):
        build(pages, small_edition, site, config, files, LaterFiles(later.paths, broken))
    assert sorted((p.relative_to(site), p.read_bytes()) for p in site.rglob("*") if p.is_file()) == before
    assert not list(tmp_path.glob(".edition-build-*")), "the temporary build is removed"
