"""The data's JSON Schemas (schemas/): valid draft 2020-12, met by every data file of the
repository, and the source of check's structural rules (a planted error is refused by the schema
and by check at the same line; a rule dropped from a schema is no longer enforced)."""

from __future__ import annotations

import hashlib
import json
import shutil
import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SMALL_FILES, write_edition

import build_site
from edition import schemas
from edition.site_config import load_site_config
from edition.yamlfile import read_yaml

SCHEMA_FILES = sorted((ROOT / "schemas").glob("*.schema.json"))
# Each kind of data file and its schema.
DATA = [*((p, schemas.TEXT_METADATA) for p in sorted((ROOT / "source").glob("*.yaml"))),
        *((p, schemas.ANNOTATIONS) for p in sorted((ROOT / "annotations").glob("*.yaml"))),
        (ROOT / "glossary.yaml", schemas.GLOSSARY)]


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=[p.name for p in SCHEMA_FILES])
def test_each_schema_is_valid_against_the_2020_12_meta_schema(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schemas.metaschema_errors(path) == []


def test_the_meta_schema_check_can_fail(tmp_path):
    broken = tmp_path / "broken.schema.json"
    broken.write_text(json.dumps({"$schema": "https://json-schema.org/draft/2020-12/schema",
                                  "type": "strnig", "required": "id"}), encoding="utf-8")
    assert schemas.metaschema_errors(broken)


def test_every_key_has_a_title_and_a_description():
    """What the YAML language server shows an editor on hover, for every key of every data file
    (a key given by reference takes the definition's)."""
    common = json.loads((ROOT / "schemas" / "common.schema.json").read_text(encoding="utf-8"))["$defs"]

    def keys(node, where):
        if isinstance(node, dict):
            for name, rule in node.get("properties", {}).items():
                if isinstance(rule, dict) and any(isinstance(v, dict) for v in rule.get("properties", {}).values()) \
                        or "enum" in rule or "type" in rule or "$ref" in rule:
                    yield f"{where}.{name}", rule
            for name, value in node.items():
                yield from keys(value, f"{where}.{name}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from keys(value, f"{where}[{index}]")

    checked = 0
    for path in SCHEMA_FILES:
        document = json.loads(path.read_text(encoding="utf-8"))
        for where, rule in keys(document, path.name):
            if ".if." in where or ".then." in where:
                continue  # conditions, not keys
            ref = rule.get("$ref", "")
            target = common[ref.rsplit("/", 1)[1]] if ref.startswith("common.schema.json#") else {}
            assert rule.get("title") or target.get("title"), where
            assert rule.get("description") or target.get("description"), where
            checked += 1
    assert checked > 40


@pytest.mark.parametrize("path, schema", DATA, ids=[p.name for p, _ in DATA])
def test_every_data_file_validates_against_its_schema(path, schema):
    document, problems = read_yaml(path, path.name)
    assert problems == []
    assert schemas.validate(document, schema, path.name) == []


def test_the_edition_identity_validates_against_its_schema():
    problems: list = []
    site = load_site_config(ROOT / "mkdocs.yml", ROOT, problems)
    assert problems == [] and site is not None
    assert schemas.validate(site.extra["edition"], schemas.EDITION, "mkdocs.yml") == []
    assert schemas.validate(site.document, "mkdocs", "mkdocs.yml") == []


def test_a_long_annotation_file_is_validated_in_linear_time():
    """One refused entry among 20,000 is found and placed: each entry is judged on its own (the
    fast validator first), never the whole list per entry."""
    import time
    entry = {"id": "e", "paragraph": 1, "witnessed": "a", "reading": "b", "kind": "ocr", "confidence": "certain",
             "reason": "R."}
    document, _ = read_yaml(sorted((ROOT / "annotations").glob("*-corrections.yaml"))[0], "a.yaml")  # any, as a shape
    many = type(document["corrections"])([dict(entry, id=f"e{n}") for n in range(20_000)])
    many.item_lines = list(range(3, 20_003))
    many[12_345]["kind"] = "typo"
    document["corrections"] = many
    started = time.perf_counter()
    found = schemas.validate(document, schemas.ANNOTATIONS, "a.yaml")
    assert time.perf_counter() - started < 2
    assert [(p.origin.line, p.origin.entry, p.reason.split(";")[0]) for p in found] == [
        (12_348, "correction 'e12345'", "unknown kind 'typo'")]


# A planted error of each kind ------------------------------------------------------------------

A, S, G = "annotations/small.yaml", "source/small.yaml", "glossary.yaml"

# (case, file, text replaced, replacement, the schema keyword that refuses it, check's message)
PLANTED = [
    ("missing-key", A, "    reason: The whole world turns.\n", "", "required",
     "correction 'world-1': missing key 'reason'"),
    ("unknown-key", S, "provenance: Made in a test.", "provenance: Made in a test.\nprovenence: again", "additionalProperties",
     "file: unknown key 'provenence'; allowed: author, name_order"),
    ("wrong-type", G, "forms: [round]", "forms: {round: 1}", "errorMessage",
     "term 'round': 'forms' must be a non-empty list of the term's forms in the text, not a mapping"),
    ("wrong-type-text", A, "paragraph: 2", "paragraph: two", "type",
     "note 'ties': 'paragraph' must be a whole number, not text"),
    ("outside-enum", A, "confidence: certain", "confidence: sure", "enum",
     "correction 'world-1': unknown confidence 'sure'; one of certain, probable, conjectural"),
    ("malformed-date", S, 'date: "2001-02-03"', 'date: "2001-2-3"', "pattern",
     "file: 'date' '2001-2-3' must be an EDTF date (quoted): 1912, 207, 1992-10-10, -0043 (44 BCE)"),
    ("malformed-release-date", "mkdocs.yml", 'date_released: "2026-11-30"', 'date_released: "2026-02-30"', "format",
     "extra.edition: 'date_released' '2026-02-30' must be a date, YYYY-MM-DD"),
]


def small_files(file: str, old: str, new: str) -> dict[str, str]:
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in SMALL_FILES.items()}
    files[S] += f"sha256: {hashlib.sha256(files['source/small.txt'].encode('utf-8')).hexdigest()}\n"
    if file == "mkdocs.yml":
        files[file] = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert old in files[file], old
    files[file] = files[file].replace(old, new, 1)
    return files


def line_of(text: str, fragment: str) -> int:
    return text[:text.index(fragment)].count("\n") + 1


@pytest.mark.parametrize("case, file, old, new, keyword, message", PLANTED, ids=[c[0] for c in PLANTED])
def test_a_planted_error_is_refused_by_the_schema_and_by_check_at_its_line(case, file, old, new, keyword, message,
                                                                           tmp_path, capsys):
    files = small_files(file, old, new)
    root = tmp_path / "edition"
    write_edition(root, files)
    text = files[file]
    # The line: the planted key's own, or (a key gone missing) the entry's.
    line = line_of(text, new.splitlines()[-1].strip()) if new else line_of(text, "- id: world-1")
    if file == "mkdocs.yml":
        site = load_site_config(root / file, root, [])
        assert site is not None
        document, name = site.extra["edition"], schemas.EDITION
    else:
        document, problems = read_yaml(root / file, file)
        assert problems == []
        name = {A: schemas.ANNOTATIONS, S: schemas.TEXT_METADATA, G: schemas.GLOSSARY}[file]
    found = schemas.validate(document, name, file)
    assert [(p.keyword, p.origin.line) for p in found] == [(keyword, line)], found

    status = build_site.main(["check", "--root", str(root)])
    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert any(e.startswith(f"{file}:{line}: {message}") for e in err), err
    assert len(err) == 2, err  # one mistake, one message (and the count)


# The rule comes from the schema ---------------------------------------------------------------


@pytest.fixture
def schema_copy(tmp_path, monkeypatch):
    """The schemas copied where a test may edit them, and check reading them from there."""
    folder = tmp_path / "schemas"
    shutil.copytree(ROOT / "schemas", folder)
    monkeypatch.setattr(schemas, "SCHEMAS", folder)
    schemas.reread()
    yield folder
    monkeypatch.undo()
    schemas.reread()


def edit_schema(folder: Path, name: str, change) -> None:
    path = folder / f"{name}.schema.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    schemas.reread()


def test_dropping_a_key_from_required_makes_check_accept_a_file_without_it(schema_copy, tmp_path, capsys):
    root = tmp_path / "edition"
    write_edition(root, small_files(S, "part_title: Beginnings\n", ""))
    assert build_site.main(["check", "--root", str(root)]) == 1
    assert "source/small.yaml:1: file: missing key 'part_title'" in capsys.readouterr().err

    edit_schema(schema_copy, schemas.TEXT_METADATA, lambda s: s["required"].remove("part_title"))
    assert build_site.main(["check", "--root", str(root)]) == 0, capsys.readouterr().err


def test_a_new_allowed_value_is_one_schema_edit(schema_copy, tmp_path, capsys):
    root = tmp_path / "edition"
    write_edition(root, small_files(A, "kind: ocr", "kind: transposition"))
    assert build_site.main(["check", "--root", str(root)]) == 1
    assert "unknown kind 'transposition'" in capsys.readouterr().err

    edit_schema(schema_copy, schemas.ANNOTATIONS,
                lambda s: s["$defs"]["correction"]["properties"]["kind"]["enum"].append("transposition"))
    assert build_site.main(["check", "--root", str(root)]) == 0, capsys.readouterr().err


# Wired for editors ------------------------------------------------------------------------------


def test_the_editor_settings_map_each_kind_of_data_file_to_its_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    assert settings == {"./schemas/text-metadata.schema.json": "source/*.yaml",
                        "./schemas/annotations.schema.json": "annotations/*.yaml",
                        "./schemas/glossary.schema.json": "glossary.yaml",
                        "./schemas/mkdocs.schema.json": "mkdocs.yml"}
    for schema in settings:
        assert (ROOT / schema).is_file()


def test_the_schemas_are_published_with_the_site():
    from edition.pipeline import prepare_parts
    files = {f.path: f.content for f in prepare_parts(ROOT)[2]}  # what build writes into the site
    for path in SCHEMA_FILES:
        assert files[f"schemas/{path.name}"] == path.read_bytes()


def test_pre_commit_runs_check_on_commits_that_touch_the_data():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = [hook for repo in config["repos"] if repo["repo"] == "local" for hook in repo["hooks"]]
    assert hook["entry"].endswith("build_site.py check") and hook["pass_filenames"] is False
    import re
    pattern = re.compile(hook["files"])
    for touched in ("source/x.txt", "source/x.yaml", "annotations/x.yaml", "glossary.yaml", "mkdocs.yml",
                    "schemas/annotations.schema.json", "pages/about.md"):
        assert pattern.search(touched), touched
    assert not pattern.search("tests/test_x.py")


def test_pre_commit_stops_a_commit_with_a_data_problem_and_lets_others_through(tmp_path):
    """The hook as an editor meets it: pre-commit installed in a clone, a commit of bad data refused
    with check's report, the fixed data and a commit that touches no data let through."""
    import os
    import subprocess
    import sys
    pre_commit = Path(sys.executable).parent / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    root = tmp_path / "clone"
    write_edition(root, small_files(A, "kind: ocr", "kind: ocr"))
    for name in ("build_site.py", ".pre-commit-config.yaml"):
        shutil.copy(ROOT / name, root / name)
    for name in ("edition", "schemas"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    (root / ".venv").symlink_to(Path(sys.executable).parent.parent)
    (root / ".gitignore").write_text(".venv\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "E", "GIT_COMMITTER_NAME": "E",
           "GIT_AUTHOR_EMAIL": "e@example.org", "GIT_COMMITTER_EMAIL": "e@example.org"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(args, cwd=root, env=env, capture_output=True, text=True, check=False)

    assert run("git", "init", "-q").returncode == 0
    assert run(str(pre_commit), "install").returncode == 0
    run("git", "add", "-A")
    first = run("git", "commit", "-qm", "The edition")
    assert first.returncode == 0, first.stdout + first.stderr

    annotations = root / A
    annotations.write_text(annotations.read_text(encoding="utf-8").replace("kind: ocr", "kind: typo"), encoding="utf-8")
    refused = run("git", "commit", "-qam", "A typo")
    assert refused.returncode != 0
    assert f"{A}:8: correction 'world-1': unknown kind 'typo'" in refused.stdout + refused.stderr

    (root / "notes.txt").write_text("Not data.\n", encoding="utf-8")
    run("git", "add", "notes.txt")
    skipped = run("git", "commit", "-qm", "Not data")  # the bad data stays unstaged: the hook does not run
    assert skipped.returncode == 0, skipped.stdout + skipped.stderr

    annotations.write_text(annotations.read_text(encoding="utf-8").replace("kind: typo", "kind: ocr"), encoding="utf-8")
    assert run("git", "status", "--porcelain").stdout == ""
