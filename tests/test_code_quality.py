"""The code's own rules, enforced (issue 24, point 4): ruff and mypy pass on edition/, build_site.py,
scripts/, benchmarks/ and the hooks, and no module imports from a layer above its own (import-linter,
with the layers listed in pyproject.toml). Each tool is configured in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, missing_tool

CODE = ["edition", "build_site.py", "scripts", "benchmarks", "overrides/hooks"]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        missing_tool(f"{name} (pip install -e '.[test]')")
    return str(path)


def run(command: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True)


def test_ruff_passes():
    result = run([tool("ruff"), "check", *CODE])
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes():
    result = run([tool("mypy")])  # the files are named in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_imports_from_a_layer_above_its_own(tmp_path):
    linter = tool("lint-imports")
    result = run([linter])
    assert result.returncode == 0 and "0 broken" in result.stdout, result.stdout + result.stderr
    # The control: an export that reaches up into the page writer (the circle there was) is named.
    shutil.copytree(ROOT / "edition", tmp_path / "edition")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with open(tmp_path / "edition" / "exports" / "common.py", "a", encoding="utf-8") as module:
        module.write("\nfrom ..render import escape  # noqa: E402,F401\n")
    planted = run([linter], cwd=tmp_path)
    assert planted.returncode != 0 and "edition.exports.common -> edition.render" in planted.stdout, planted.stdout
