"""The hand-written pages (pages/*.md): which texts of the edition each describes.

A page that describes texts (About, How to cite) names them by slug in its front matter,

    ---
    texts: [a-text, another-text]
    ---

so that `check` can refuse a page that still describes a text the edition no longer holds: an
edition started from this one, with its texts removed, cannot publish the old About page by
mistake. A page that describes no text in particular names none.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .problems import Origin, Problem

PAGES = "pages"
FRONT_MATTER = "---"


def described_texts(path: Path) -> tuple[list[object] | None, int, str]:
    """The page's `texts` (None if it names none), the line it is on, and why it cannot be read ("" if it can)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        return None, 1, f"not UTF-8 (byte {error.start}: {error.reason}); save the page as UTF-8"
    if not lines or lines[0].strip() != FRONT_MATTER:
        return None, 1, ""
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in (FRONT_MATTER, "...")), None)
    if end is None:
        return None, 1, "the front matter (from the first line '---') has no closing '---'"
    try:
        node = yaml.compose("\n".join(lines[1:end]), Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return None, (mark.line + 2 if mark else 1), f"the front matter is not YAML: {getattr(error, 'problem', error)}"
    if not isinstance(node, yaml.MappingNode):
        return None, 1, ""
    for key, value in node.value:
        if key.value == "texts":
            described = yaml.safe_load(yaml.serialize(value))
            if not (isinstance(described, list) and all(isinstance(slug, str) for slug in described)):
                return None, key.start_mark.line + 2, "'texts' must be a list of the texts' names, e.g. [a-text]"
            return described, key.start_mark.line + 2, ""
    return None, 1, ""


def pages_problems(root: Path, slugs: set[str]) -> list[Problem]:
    """A page that names, in `texts`, a text that is not in the edition (no source/NAME.txt)."""
    problems = []
    folder = root / PAGES
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        described, line, reason = described_texts(path)
        origin = Origin(f"{PAGES}/{path.name}", line, "front matter 'texts'")
        if reason:
            problems.append(Problem(origin, reason))
        for slug in described or ():
            if slug not in slugs:
                problems.append(Problem(origin, f"the page describes the text {slug!r}, which is not in the edition "
                                        f"(no source/{slug}.txt): rewrite the page for the edition's texts and name "
                                        "them in 'texts' (README, \"Start your own edition\")"))
    return problems
