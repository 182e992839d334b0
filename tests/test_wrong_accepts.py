"""Input that `check` used to accept, or to report more than once, each planted and refused at its
line with one message (issue 21, point 9)."""

from __future__ import annotations

import hashlib
import textwrap

import pytest
from conftest import SMALL_FILES, write_edition

import build_site
from edition.model import NAME_ORDERS

A, S, G, T = "annotations/small.yaml", "source/small.yaml", "glossary.yaml", "source/small.txt"


def files_with(*edits: tuple[str, str | None, str | bytes | None]) -> dict[str, str | bytes | None]:
    """The small edition's files with edits (file, text replaced or None for the whole file, new text)."""
    files: dict[str, str | bytes | None] = {name: textwrap.dedent(text).lstrip("\n")
                                            for name, text in SMALL_FILES.items()}
    witness = files[T]
    for file, old, new in edits:
        if file == T and old is None:
            witness = new
    files[T] = witness
    raw = witness if isinstance(witness, bytes) else witness.encode("utf-8")
    files[S] += f"sha256: {hashlib.sha256(raw).hexdigest()}\n"
    for file, old, new in edits:
        if old is None:
            files[file] = new
        else:
            assert old in files[file], (file, old)
            files[file] = files[file].replace(old, new, 1)
    return files


def check(tmp_path, capsys, *edits) -> tuple[int, list[str], dict]:
    files = files_with(*edits)
    root = tmp_path / "edition"
    write_edition(root, files)
    status = build_site.main(["check", "--root", str(root)])
    err = capsys.readouterr().err.splitlines()
    assert not any("internal error" in line or "Traceback" in line for line in err), err
    return status, err[:-1] if status else err, files


def line_of(text: str, fragment: str) -> int:
    return text[:text.index(fragment)].count("\n") + 1


# Names matched in full ------------------------------------------------------------------------


def test_an_id_with_a_trailing_line_break_is_refused(tmp_path, capsys):
    status, err, files = check(tmp_path, capsys, (A, "  - id: world-1\n", "  - id: |\n      world-1\n"))
    assert status == 1
    assert err == [(f"{A}:{line_of(files[A], '- id: |')}: correction 'world-1\\n': 'id' 'world-1\\n' must be "
                   "lowercase letters, digits and hyphens, starting with a letter")]


def test_a_text_name_with_a_trailing_line_break_is_refused(tmp_path, capsys):
    status, err, _ = check(tmp_path, capsys, (A, "text: small\n", "text: |\n  small\n"))
    assert status == 1
    assert err == [(f"{A}:1: file: 'text' 'small\\n' must be lowercase letters, digits and hyphens, starting with a "
                   "letter: a text's file name without .txt")]


@pytest.mark.parametrize("language", ['"en gb"', "English", "xx-yy-zz-1234567890"])
def test_a_language_that_is_no_bcp_47_tag_is_refused(language, tmp_path, capsys):
    status, err, files = check(tmp_path, capsys, (S, "language: en", f"language: {language}"))
    assert status == 1
    [message] = err
    assert message.startswith(f"{S}:{line_of(files[S], 'language:')}: file: 'language' ")
    assert "BCP 47 language tag" in message


@pytest.mark.parametrize("language", ["en", "en-GB", "zh-Hant-TW", "ko", "grc"])
def test_a_bcp_47_tag_is_accepted(language, tmp_path, capsys):
    assert check(tmp_path, capsys, (S, "language: en", f"language: {language}"))[0] == 0


@pytest.mark.parametrize("name", ["con", "nul", "downloads", "marks", "edition", "schemas"])
def test_a_text_named_like_a_folder_a_download_or_a_device_is_refused(name, tmp_path, capsys):
    files = files_with()
    files[f"source/{name}.txt"], files[f"source/{name}.yaml"] = files.pop(T), files.pop(S)
    files[A] = files[A].replace("text: small", f"text: {name}")
    files[G] = None
    root = tmp_path / "edition"
    write_edition(root, {k: v for k, v in files.items() if v is not None})
    assert build_site.main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"source/{name}.txt:1: text '{name}': file name '{name}.txt' cannot name a page: "), err
    assert len(err) == 2, err  # the name and the count: nothing about the annotations that name it


# Colliding names ---------------------------------------------------------------------------------


def test_notes_whose_tei_anchors_collide_are_refused(tmp_path, capsys):
    second = "  - id: ties-end\n    paragraph: 2\n    phrase: fiendish ties\n    text: Another note.\n"
    status, err, files = check(tmp_path, capsys, (A, "    text: A note.\n", "    text: A note.\n" + second))
    assert status == 1
    assert err == [(f"{A}:{line_of(files[A], '- id: ties-end')}: note 'ties-end': the note id 'ties-end' is what the "
                   f"TEI export calls a part of note 'ties' ({A}:{line_of(files[A], '- id: ties')}); choose an id "
                   "that does not end in '-end'")]


# Corrections and glossary forms -----------------------------------------------------------------


def test_a_correction_that_changes_nothing_is_refused(tmp_path, capsys):
    status, err, files = check(tmp_path, capsys, (A, "reading: world", "reading: word"))
    assert status == 1
    assert err == [(f"{A}:{line_of(files[A], 'reading: word')}: correction 'world-1': the reading 'word' is what the "
                   "witness has: a correction must change the text; remove the entry")]


TWO_TERMS = """terms:
  - id: round
    term: round
    forms: [round]
    definition: Not square.
  - id: rotund
    term: rotund
    forms: [rotund, Round]
    definition: Plump.
"""


def test_two_terms_claiming_one_form_are_refused(tmp_path, capsys):
    status, err, _files = check(tmp_path, capsys, (G, None, TWO_TERMS))
    assert status == 1
    assert f"{G}:6: term 'rotund': form 'Round' is also a form of term 'round' ({G}:2): a form links to one term" in err
    assert len(err) == 2 and "form 'rotund' occurs nowhere" in err[1]  # its other form is a mistake of its own


def test_a_form_that_occurs_nowhere_is_refused_though_another_form_occurs(tmp_path, capsys):
    status, err, _ = check(tmp_path, capsys, (G, "forms: [round]", "forms: [round, rounnd]"))
    assert status == 1
    assert err == [f"{G}:2: term 'round': form 'rounnd' occurs nowhere in the corrected text: correct it or remove it"]


def test_a_form_in_the_other_unicode_normalization_gets_a_hint(tmp_path, capsys):
    composed = "The word is round. The whole word turns. Caf\u00e9.\n\nA second paragraph with fiendish ties."
    decomposed = "Cafe\u0301"
    status, err, _ = check(tmp_path, capsys, (T, None, "A. Writer\n\nA Small Text\n\n" + composed),
                           (G, "forms: [round]", f"forms: [round, {decomposed}]"))
    assert status == 1
    assert err == [(f"{G}:2: term 'round': form {decomposed!r} occurs nowhere in the corrected text: form "
                   f"{decomposed!r} is there with its accented letters composed (NFC), as written they are not: "
                   "write the form as the text has it")]


@pytest.mark.parametrize("char", ["\u3164", "\u2062", "\U000e0041", "\u034f", "\u180e"])
def test_invisible_characters_are_refused_where_a_string_is_printed_on_one_line(char, tmp_path, capsys):
    status, err, _ = check(tmp_path, capsys, (G, "term: round", f'term: "ro{char}und"'))
    assert status == 1
    assert len(err) == 1 and err[0].startswith(f"{G}:3: term 'round': 'term' ")
    assert f"holds U+{ord(char):04X}" in err[0] and "an invisible character; remove it" in err[0]
    status, err, _ = check(tmp_path, capsys, (A, "reading: world", f'reading: "wor{char}ld"'))
    assert status == 1 and f"holds U+{ord(char):04X}" in err[0]


def test_a_byte_order_mark_opening_the_witness_stays_out_of_the_heading(tmp_path, capsys):
    from edition.load import load_edition
    witness = ("\ufeff" + textwrap.dedent(SMALL_FILES[T])).encode("utf-8")
    status, err, _ = check(tmp_path, capsys, (T, None, witness))
    assert (status, err) == (0, [])
    text = load_edition(tmp_path / "edition").texts[0]
    assert text.header["author"] == "A. Writer"
    assert (tmp_path / "edition" / T).read_bytes() == witness  # the witness keeps it


# Folders named like data files ----------------------------------------------------------------------


@pytest.mark.parametrize("folder, message", [
    ("source/other.txt", "source/other.txt:1: file: a folder in source/ is not read"),
    ("source/small.yaml", "source/small.yaml:1: file: a folder in source/ is not read"),
    ("annotations/more.yaml", "annotations/more.yaml:1: file: 'more.yaml' is not read"),
    ("glossary.yaml", "glossary.yaml:1: file: a folder, not a file: the glossary is the file glossary.yaml"),
])
def test_a_folder_named_like_a_data_file_is_reported_as_such(folder, message, tmp_path, capsys):
    files = files_with()
    files.pop(folder, None)
    root = tmp_path / "edition"
    write_edition(root, files)
    (root / folder).mkdir()
    assert build_site.main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert message in err and "internal error" not in err, err


# One mistake, one message ---------------------------------------------------------------------------


def test_one_metadata_problem_is_one_message(tmp_path, capsys):
    many = "".join(f"  - id: n{n}\n    paragraph: 1\n    phrase: round\n    text: A note.\n" for n in range(38))
    status, err, files = check(tmp_path, capsys, (S, "name_order: given-first", "name_order: surname-first"),
                               ("annotations/more.yaml", None, "text: small\nnotes:\n" + many),
                               (G, "definition: Not square.", "texts: [small]\n    definition: Not square."))
    assert status == 1
    assert err == [(f"{S}:{line_of(files[S], 'name_order')}: file: unknown name_order 'surname-first'; one of "
                   f"{', '.join(NAME_ORDERS)}")]


def test_a_yaml_refusal_hides_no_other_problem_and_adds_none(tmp_path, capsys):
    # The correction world-1 holds an anchor (refused while reading); the note is placed after
    # "whole world", which only that correction makes; another entry has an unknown kind.
    other = ("  - id: turns\n    paragraph: 1\n    witnessed: turns\n    reading: turn\n    kind: typo\n"
             "    confidence: certain\n    reason: Grammar.\n")
    status, err, files = check(tmp_path, capsys,
                               (A, "reading: world", "reading: &w world"),
                               (A, "notes:\n", other + "notes:\n"),
                               (A, "paragraph: 2\n    phrase: second paragraph", "paragraph: 1\n    phrase: whole world"))
    assert status == 1
    assert err == [(f"{A}:{line_of(files[A], '&w')}: anchor: anchor &w refused: anchors and aliases are not allowed "
                   "in the edition's data; write the value out"),
                   (f"{A}:{line_of(files[A], 'kind: typo')}: correction 'turns': unknown kind 'typo'; one of ocr, "
                   "encoding, capitalisation, punctuation, grammar, lacuna")]


@pytest.mark.parametrize("address", ["javascript:alert(1)", "//example.org/edition", "https://example.org/a b"])
def test_a_repository_that_is_no_web_address_is_refused(address, tmp_path, capsys):
    from conftest import ROOT
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    written = "repository: https://github.com/example/edition"
    assert written in config
    status, err, files = check(tmp_path, capsys, ("mkdocs.yml", None, config.replace(written, f'repository: "{address}"')))
    assert status == 1
    assert err == [(f"mkdocs.yml:{line_of(files['mkdocs.yml'], 'repository:')}: extra.edition: 'repository' "
                   f"{address!r} must be an http or https address")]


# Where the witness was copied from, and when --------------------------------------------------


@pytest.mark.parametrize("key, value, reason", [
    ("witness_address", "javascript:alert(1)", "must be an http:// or https:// address with no spaces"),
    ("captured", '"2024-02-30"', "must be YYYY, YYYY-MM or YYYY-MM-DD (quoted), a real date"),
])
def test_a_witness_address_that_is_no_web_address_or_a_capture_day_that_never_was_is_refused(
        tmp_path, capsys, key, value, reason):
    status, err, files = check(tmp_path, capsys, (S, "language: en\n", f"language: en\n{key}: {value}\n"))
    assert status == 1
    assert len(err) == 1 and err[0].startswith(f"{S}:{line_of(files[S], key + ':')}: ") and reason in err[0], err
