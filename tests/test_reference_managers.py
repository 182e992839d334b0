"""What reference managers and citation processors make of the edition: Zotero's own code
(the translation server, tests/conftest.py: zotero), citeproc-js with the official CSL styles
(tests/csl, conftest: citeproc) and cffconvert. Expectations come from the texts' and the
edition's metadata, so a second text is covered without a new test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import ROOT


def cffconvert(*args: str):
    import shutil
    import subprocess
    import sys

    tool = shutil.which("cffconvert", path=str(Path(sys.executable).parent)) or shutil.which("cffconvert")
    if tool is None:
        pytest.fail("cffconvert is in the test extra: pip install -r requirements.lock")
    return subprocess.run([tool, *args], capture_output=True, text=True)


def test_citation_cff_validates_against_the_cff_schema(tmp_path):
    checked = cffconvert("--validate", "-i", str(ROOT / "CITATION.cff"))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # The validator can fail: a planted error (a date that is no date) is refused.
    broken = tmp_path / "CITATION.cff"
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8")) | {"date-released": "not-a-date"}
    broken.write_text(yaml.safe_dump(cff, allow_unicode=True), encoding="utf-8")
    refused = cffconvert("--validate", "-i", str(broken))
    assert refused.returncode != 0
