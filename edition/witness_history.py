"""Where a changed witness first differs from the copy whose hash its metadata records.

The metadata keeps only the witness's hash, and a hash cannot say what changed. The copy
that had the recorded hash is looked for in git: the working tree's file as last committed,
then, newest first, the versions of the file in its recent history. Without git, or when
no version has the recorded hash, there is nothing to compare and None is returned.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

_HISTORY = 20  # versions of the file looked at, newest first
_TIMEOUT = 10  # seconds for each git command


def _git(path: Path, *args: str) -> bytes | None:
    try:
        result = subprocess.run(["git", "-C", str(path.parent), *args], capture_output=True, timeout=_TIMEOUT)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def first_difference(path: Path, expected: str, raw: bytes) -> tuple[int | None, str]:
    """The first line (1-based) of `raw` that differs from the committed copy hashing to `expected`,
    and that copy's short commit id; (None, "") when there is no such copy."""
    log = _git(path, "log", f"-n{_HISTORY}", "--format=%h", "--", path.name)
    for commit in (log or b"").decode("ascii", "replace").split():
        old = _git(path, "show", f"{commit}:./{path.name}")
        if old is not None and hashlib.sha256(old).hexdigest() == expected:
            return _first_differing_line(old, raw), commit
    return None, ""


def _first_differing_line(old: bytes, new: bytes) -> int:
    old_lines, new_lines = old.split(b"\n"), new.split(b"\n")
    for number, (a, b) in enumerate(zip(old_lines, new_lines, strict=False), 1):
        if a != b:
            return number
    return min(len(old_lines), len(new_lines)) + (0 if len(old_lines) == len(new_lines) else 1)
