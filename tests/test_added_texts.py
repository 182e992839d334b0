"""The tests follow the data: every test text of tests/data/texts/ added as an editor adds a text.

Each folder there (tests/data/texts/README.md) is added to a copy of the edition by the README's
checklist ("Adding a text"): `build_site.py new-text PATH --slug NAME`; the editor's metadata
written over the proposed file, keeping the sha256 new-text recorded; the annotation files copied;
the glossary terms appended; `check`; `scripts/anchors.py --write`; `build`. Each text is added
alone to its own copy, and all of them together to one more; no test or code is edited.

The page-level checks then run once, in the copy with every text added, on its own built site:
the copy's own tests (unedited), those marked `page` and those of the downloads and the search
(PAGE_RUNS). Each test that takes `slug` runs for the added texts (EDITION_TEST_TEXTS), and `-k`
leaves out what is another text's (the copy's own texts ran the same tests in this session, on
the same code); the tests of the whole site and of every text at once (every page crawled and
loaded, the JSON against each page, the search's ranking, a text fragment across a note, and
the format validators: jing, EPUBCheck, DAISY Ace, the tei_all Schematron and the TEI
stylesheets over every file) run with all texts present.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import ONLY_TEXTS, PREBUILT_SITE, ROOT, SUB_PATH, run_cli
from test_exports import ANNOTATOR, npm_ci
from test_new_text import run, unused_slug

TEXTS = ROOT / "tests" / "data" / "texts"
FOLDERS = sorted(path for path in TEXTS.iterdir() if (path / "witness.txt").is_file())

# The page-level tests: those marked `page` (each page, each text's page), and those of the
# downloads, the search, the reader's layers and the paragraph rule, which take each text.
PAGE_RUNS = [["-m", "page", "tests/"],
             ["tests/test_exports.py", "tests/test_search.py", "tests/test_layers.py", "tests/test_witness.py"]]


def selection(others: list[str]) -> str:
    """The -k expression: every test but those of the copy's other texts (run in this session on
    the same code)."""
    return f"not ({' or '.join(others)})" if others else "not nothing_to_leave_out"


def copy_edition(target: Path) -> Path:
    """The repository as a fork would have it, with the npm packages the tests installed linked in."""
    skip = shutil.ignore_patterns(".git", "site", "build", ".venv", "__pycache__", ".pytest_cache",
                                  ".edition-build-*", ".hypothesis", "node_modules")
    shutil.copytree(ROOT, target, ignore=skip)
    for installed in ROOT.glob("tests/*/node_modules"):
        (target / installed.relative_to(ROOT)).symlink_to(installed, target_is_directory=True)
    return target


def named(text: str, folder: str, slug: str) -> str:
    """A data file of the folder with the text named `slug`, and the ids that begin with its name
    beginning with `slug` (the same, unless the edition held the name)."""
    name = re.escape(folder)
    text = re.sub(rf"^text: {name}$", f"text: {slug}", text, flags=re.MULTILINE)
    text = re.sub(rf"^(\s*(?:- )?id: ){name}(?=-|$)", rf"\g<1>{slug}", text, flags=re.MULTILINE)
    return re.sub(rf"^(\s*texts: \[){name}\]", rf"\g<1>{slug}]", text, flags=re.MULTILINE)


def add_text(copy: Path, folder: Path) -> str:
    """The README's checklist, steps 1, 2 and 4, for one folder of tests/data/texts/: its slug in the copy."""
    slug = unused_slug(folder.name, copy / "source")
    result = run("build_site.py", "new-text", str(folder / "witness.txt"), "--slug", slug, "--root", str(copy),
                 cwd=copy)
    assert result.returncode == 0, result.stderr
    proposed = copy / "source" / f"{slug}.yaml"
    sha256 = re.search(r"^sha256: [0-9a-f]{64}$", proposed.read_text(encoding="utf-8"), re.MULTILINE)
    assert sha256, proposed.read_text(encoding="utf-8")
    metadata = (folder / "metadata.yaml").read_text(encoding="utf-8")
    proposed.write_text(metadata.rstrip("\n") + f"\n{sha256.group(0)}\n", encoding="utf-8")
    for entries in sorted((folder / "annotations").glob("*.yaml")):
        target = copy / "annotations" / entries.name.replace(folder.name, slug, 1)
        target.write_text(named(entries.read_text(encoding="utf-8"), folder.name, slug), encoding="utf-8")
    if (folder / "glossary.yaml").is_file():
        terms = re.split(r"^terms:[ \t]*\n", named((folder / "glossary.yaml").read_text(encoding="utf-8"),
                                                   folder.name, slug), maxsplit=1, flags=re.MULTILINE)[-1]
        glossary = copy / "glossary.yaml"
        edition_terms = re.sub(r"^terms:\s*\[\]\s*$", "terms:", glossary.read_text(encoding="utf-8"),
                               flags=re.MULTILINE)
        glossary.write_text(edition_terms.rstrip("\n") + "\n" + terms, encoding="utf-8")
    return slug


def check_anchors_and_build(copy: Path) -> Path:
    """Steps 3, 5 and 6: check, record the anchors, build (at the address the tests serve it under)."""
    checked = run_cli("check", root=copy)
    assert checked.returncode == 0, checked.stderr
    site = copy / "site"
    built = run_cli("build", "--site-dir", str(site), root=copy, env={"SITE_URL": f"https://example.github.io{SUB_PATH}"})
    assert built.returncode == 0, built.stderr
    anchors = run("scripts/anchors.py", "--write", "--site-dir", str(site), "--root", str(copy), cwd=copy)
    assert anchors.returncode == 0, anchors.stderr
    assert re.search(r"\b[1-9]\d* new\.", anchors.stdout), anchors.stdout
    return site


@pytest.mark.parametrize("folder", FOLDERS, ids=[folder.name for folder in FOLDERS])
def test_each_test_text_alone_is_added_by_the_checklist(folder, tmp_path):
    copy = copy_edition(tmp_path / "edition")
    slug = add_text(copy, folder)
    site = check_anchors_and_build(copy)
    assert (site / slug / "index.html").is_file() and (site / "downloads" / f"{slug}.tei.xml").is_file()


@pytest.fixture(scope="module")
def all_added(tmp_path_factory) -> tuple[Path, Path, list[str]]:
    """One copy with every test text added, one after another, built and its anchors recorded."""
    if shutil.which("npm"):  # installed here, once: the copy links the packages (without npm its tests skip)
        npm_ci(ANNOTATOR, "@apache-annotator/dom")
    copy = copy_edition(tmp_path_factory.mktemp("all-texts") / "edition")
    slugs = [add_text(copy, folder) for folder in FOLDERS]
    return copy, check_anchors_and_build(copy), slugs


def test_all_test_texts_together_pass_the_copys_own_page_level_tests(all_added):
    copy, site, slugs = all_added
    assert slugs, f"no test text in {TEXTS}"
    others = sorted({path.stem for path in (copy / "source").glob("*.txt")} - set(slugs))
    env = {PREBUILT_SITE: str(site), ONLY_TEXTS: ",".join(slugs), "PYTHONDONTWRITEBYTECODE": "1"}
    collected = ""
    for tests in PAGE_RUNS:
        args = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", selection(others), *tests]
        done = run(*args, cwd=copy, env=env)
        summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
        assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-2000:]
        assert " passed" in summary, summary
        collected += run(*args, "--collect-only", cwd=copy, env=env).stdout
    # Every added text had tests of its own.
    for slug in slugs:
        assert re.search(rf"\[(?:[^\]]*-)?{re.escape(slug)}[\]-]", collected), slug
