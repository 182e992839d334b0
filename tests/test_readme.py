"""The README's two commands stay true, and CI runs the same test command."""

from __future__ import annotations

import re

from conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, re.S)[:2]


def test_the_readme_opens_with_a_serve_and_a_test_command():
    serve, test = readme_commands()
    assert serve.endswith("build_site.py serve")
    assert test.endswith("-m pytest")
    for command in (serve, test):
        assert "pip install -r requirements.lock" in command


def test_ci_runs_the_readme_test_command():
    _, test = readme_commands()
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in lines


def test_the_lock_pins_what_the_build_depends_on():
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = dict(re.findall(r"^([a-z0-9-]+)==([^\s\\]+)", lock, re.M))
    major, minor, *_ = (int(x) for x in pins["mkdocs"].split("."))
    assert (1, 6) <= (major, minor) < (2, 0)
    assert tuple(int(x) for x in pins["mkdocs-material"].split(".")[:3]) >= (9, 7, 7)
    for name in ("pymdown-extensions", "pyyaml", "markdown", "pytest", "playwright"):
        assert name in pins
    assert "--hash=sha256:" in lock
