"""Every kind of bad input fails `check` with the file, line, entry and reason."""

from __future__ import annotations

import re
import textwrap

import pytest

import build_site
from conftest import SMALL_META, SMALL_TEXT


def check(root, capsys) -> tuple[int, list[str]]:
    status = build_site.main(["check", "--root", str(root)])
    return status, capsys.readouterr().err.splitlines()


def corrections(body: str) -> str:
    return "text: small\ncorrections:\n" + textwrap.indent(textwrap.dedent(body).strip("\n"), "  ") + "\n"


ENTRY = """
- id: {id}
  paragraph: {paragraph}
  witnessed: {witnessed}
  reading: world
  kind: ocr
  confidence: certain
  reason: Sense.
"""


def entry(id="c1", paragraph=1, witnessed="word", extra=""):
    return ENTRY.format(id=id, paragraph=paragraph, witnessed=witnessed).rstrip("\n") + extra + "\n"


@pytest.fixture
def edition_with(make_edition):
    def make(**files):
        base = {"source/small.txt": SMALL_TEXT, "source/small.yaml": SMALL_META}
        base.update({name.replace("__", "/").replace("_yaml", ".yaml"): text for name, text in files.items()})
        return make_edition(base)
    return make


def test_the_small_edition_is_valid(small_edition, capsys):
    assert check(small_edition, capsys) == (0, [])


def test_witnessed_string_not_found(edition_with, capsys):
    root = edition_with(annotations__c_yaml=corrections(entry(witnessed="wurd")))
    status, err = check(root, capsys)
    assert status == 1
    assert "annotations/c.yaml:3: correction 'c1': 'witnessed' string 'wurd' is not found in ¶1 of 'small'" in err


def test_word_boundaries_are_respected(edition_with, capsys):
    # "wor" is inside "word" but is not a word of the paragraph.
    root = edition_with(annotations__c_yaml=corrections(entry(witnessed="wor")))
    assert "is not found in ¶1" in "\n".join(check(root, capsys)[1])


def test_ambiguous_string_needs_an_occurrence(edition_with, capsys):
    root = edition_with(annotations__c_yaml=corrections(entry()))
    status, err = check(root, capsys)
    assert status == 1
    assert ("annotations/c.yaml:3: correction 'c1': 'witnessed' string 'word' occurs 2 times in ¶1 of 'small'; "
            "say which with 'occurrence'") in err


def test_occurrence_beyond_the_count(edition_with, capsys):
    root = edition_with(annotations__c_yaml=corrections(entry(extra="\n  occurrence: 3")))
    status, err = check(root, capsys)
    assert ("annotations/c.yaml:3: correction 'c1': the entry says occurrence 3 of 'witnessed' string 'word', "
            "but it occurs 2 times in ¶1 of 'small'") in err


def test_overlapping_corrections(edition_with, capsys):
    body = entry(extra="\n  occurrence: 2") + entry(id="c2", witnessed="whole word")
    root = edition_with(annotations__c_yaml=corrections(body))
    status, err = check(root, capsys)
    assert status == 1
    assert any(line.startswith("annotations/c.yaml:") and "correction 'c" in line and "overlaps correction 'c" in line
               for line in err), err


def test_note_phrase_missing(edition_with, capsys):
    root = edition_with(annotations__n_yaml="""text: small
notes:
  - id: n1
    paragraph: 2
    phrase: third paragraph
    text: A note.
""")
    status, err = check(root, capsys)
    assert status == 1
    assert ("annotations/n.yaml:3: note 'n1': phrase 'third paragraph' is not found in the corrected text "
            "of ¶2 of 'small'") in err


def test_note_phrase_is_found_in_the_corrected_text(edition_with, capsys):
    root = edition_with(annotations__c_yaml=corrections(entry(extra="\n  occurrence: 2")) + """notes:
  - id: n1
    paragraph: 1
    phrase: whole world
    text: Found only after the correction.
""")
    assert check(root, capsys) == (0, [])


def test_unknown_text(edition_with, capsys):
    root = edition_with(annotations__c_yaml=corrections(entry()).replace("text: small", "text: large"))
    status, err = check(root, capsys)
    assert "annotations/c.yaml:1: file: unknown text 'large'; known: ['small']" in err


def test_unknown_paragraph(edition_with, capsys):
    root = edition_with(annotations__c_yaml=corrections(entry(paragraph=3)))
    status, err = check(root, capsys)
    assert status == 1
    assert "annotations/c.yaml:3: correction 'c1': unknown paragraph 3: text 'small' has paragraphs 1 to 2" in err


def test_duplicate_id(edition_with, capsys):
    body = entry(extra="\n  occurrence: 1") + entry(extra="\n  occurrence: 2")
    root = edition_with(annotations__c_yaml=corrections(body))
    status, err = check(root, capsys)
    assert "annotations/c.yaml:12: correction 'c1': duplicate correction id 'c1' (first used at annotations/c.yaml:3)" in err


def test_unknown_and_missing_keys(edition_with, capsys):
    body = entry(extra="\n  occurrence: 1\n  confidance: certain").replace("  reason: Sense.\n", "")
    root = edition_with(annotations__c_yaml=corrections(body))
    status, err = check(root, capsys)
    assert status == 1
    assert "annotations/c.yaml:3: correction 'c1': missing key 'reason'" in err
    # An unknown key is reported at its own line.
    assert any(line.startswith("annotations/c.yaml:10: correction 'c1': unknown key 'confidance'; allowed:")
               for line in err)


def test_duplicate_yaml_key(edition_with, capsys):
    body = entry(extra="\n  occurrence: 1\n  reading: earth")
    root = edition_with(annotations__c_yaml=corrections(body))
    status, err = check(root, capsys)
    assert status == 1
    assert ("annotations/c.yaml:11: key 'reading': duplicate key 'reading' in one mapping "
            "(the first is on line 6)") in err


def test_glossary_term_that_occurs_nowhere(edition_with, capsys):
    root = edition_with(glossary_yaml="""terms:
  - id: square
    term: square
    forms: [square, squares]
    definition: Not round.
""")
    status, err = check(root, capsys)
    assert status == 1
    assert ("glossary.yaml:2: term 'square': occurs nowhere: no form of it ('square', 'squares') is in the "
            "corrected text of any paragraph") in err


def test_unknown_kind_and_confidence(edition_with, capsys):
    body = entry(extra="\n  occurrence: 1").replace("kind: ocr", "kind: typo").replace("certain", "sure")
    root = edition_with(annotations__c_yaml=corrections(body))
    err = check(root, capsys)[1]
    assert any("unknown kind 'typo'; one of ocr, encoding" in line for line in err)
    assert any("unknown confidence 'sure'; one of certain, probable, conjectural" in line for line in err)


def test_a_supplement_is_never_certain(edition_with, capsys):
    root = edition_with(annotations__c_yaml=corrections("""
- id: gap
  paragraph: 2
  after: fiendish
  reading: and more
  kind: lacuna
  confidence: probable
  reason: Something is missing.
"""))
    err = check(root, capsys)[1]
    assert ("annotations/c.yaml:3: correction 'gap': a supplement for a lacuna is never the text: "
            "its confidence must be 'conjectural'") in err


def test_script_links_in_notes_are_refused(edition_with, capsys):
    root = edition_with(annotations__n_yaml="""text: small
notes:
  - id: n1
    paragraph: 2
    phrase: second paragraph
    text: "[click](javascript:alert(1))"
""")
    err = check(root, capsys)[1]
    assert "annotations/n.yaml:3: note 'n1': links to 'javascript:alert(1)', with the scheme 'javascript'; only " \
           "http, https, mailto or a page of the edition (NAME.md or NAME.md#anchor)" in err


def test_every_problem_is_reported_at_once(edition_with, capsys):
    body = entry(witnessed="wurd") + entry(id="c2", paragraph=9)
    root = edition_with(annotations__c_yaml=corrections(body), glossary_yaml="terms:\n  - id: x\n    term: x\n")
    status, err = check(root, capsys)
    assert status == 1
    assert sum("annotations/c.yaml" in line for line in err) == 2
    assert sum("glossary.yaml:2: term 'x': missing key" in line for line in err) == 2
    assert err[-1] == "4 problems: nothing was written."


def test_a_failed_build_leaves_the_previous_site_untouched(edition_with, tmp_path):
    import subprocess
    import sys
    from conftest import ROOT

    good = edition_with()
    site = tmp_path / "site"
    ok = subprocess.run([sys.executable, str(ROOT / "build_site.py"), "build", "--root", str(good),
                         "--site-dir", str(site)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (good / "annotations").mkdir(exist_ok=True)
    (good / "annotations" / "bad.yaml").write_text(corrections(entry(witnessed="wurd")), encoding="utf-8")
    bad = subprocess.run([sys.executable, str(ROOT / "build_site.py"), "build", "--root", str(good),
                          "--site-dir", str(site)], capture_output=True, text=True)
    assert bad.returncode == 1
    assert "annotations/bad.yaml:3: correction 'c1'" in bad.stderr
    after = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert not list(tmp_path.glob(".edition-build-*"))


def test_a_family_name_must_be_part_of_the_author(edition_with, capsys):
    root = edition_with()
    meta = root / "source" / "small.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + "author_family: Smith\n", encoding="utf-8")
    status, err = check(root, capsys)
    assert status == 1
    assert any(line.startswith(f"source/small.yaml:{key_line(root, 'author_family')}: file: 'author_family' "
                               "'Smith' must be the last name in 'author' ('A. Writer'), as 'name_order' says")
               for line in err), err
    meta.write_text(meta.read_text(encoding="utf-8").replace("Smith", "Writer"), encoding="utf-8")
    assert check(root, capsys) == (0, [])


# The witness's hash -------------------------------------------------------------------------


def _sha(data: bytes) -> str:
    import hashlib
    return hashlib.sha256(data).hexdigest()


def test_a_changed_witness_is_refused_naming_both_hashes(edition_with, capsys):
    root = edition_with()
    text = root / "source" / "small.txt"
    recorded = _sha(text.read_bytes())
    text.write_bytes(text.read_bytes().replace(b"round", b"r0und"))
    status, err = check(root, capsys)
    assert status == 1
    line = next(e for e in err if "witness has changed" in e)
    lines = (root / "source" / "small.yaml").read_text(encoding="utf-8").splitlines()
    key_line = next(n for n, text_line in enumerate(lines, 1) if text_line.startswith("sha256:"))
    assert line.startswith("source/small.txt:1: text 'small': the witness has changed: "
                           f"its sha256 is {_sha(text.read_bytes())}, but source/small.yaml:{key_line} records "
                           f"{recorded}; ")


def test_a_changed_witness_names_the_first_line_that_differs_from_the_committed_copy(edition_with, capsys):
    import subprocess
    root = edition_with()
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "witness"], check=True)
    text = root / "source" / "small.txt"
    text.write_bytes(text.read_bytes().replace(b"second", b"sec0nd"))
    status, err = check(root, capsys)
    assert status == 1
    line = next(e for e in err if "witness has changed" in e)
    assert line.startswith("source/small.txt:7: text 'small': ")
    assert "the first line that differs from the copy committed in " in line and "is line 7" in line


def test_metadata_without_the_hash_says_what_to_record(edition_with, capsys):
    root = edition_with()
    meta = root / "source" / "small.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("sha256:", "# sha256:"), encoding="utf-8")
    status, err = check(root, capsys)
    digest = _sha((root / "source" / "small.txt").read_bytes())
    assert status == 1
    assert f"source/small.yaml:1: file: missing key 'sha256': record the witness's hash, sha256: {digest} " \
           "(see the README, 'A text')" in err


@pytest.mark.parametrize("value", ["3A5E", "'" + "0" * 63 + "'", "123", "[]"])
def test_a_malformed_hash_is_refused_at_its_line(edition_with, capsys, value):
    root = edition_with()
    meta = root / "source" / "small.yaml"
    meta.write_text(re.sub(r"sha256: .*", f"sha256: {value}", meta.read_text(encoding="utf-8")), encoding="utf-8")
    key_line = meta.read_text(encoding="utf-8").splitlines().index(f"sha256: {value}") + 1
    assert f"source/small.yaml:{key_line}: key 'sha256': 'sha256' must be the witness's SHA-256 hash: 64 hexadecimal " \
           "digits in lowercase" in check(root, capsys)[1]


# Metadata for any text -----------------------------------------------------------------------


def meta_with(**changes) -> str:
    """SMALL_META with keys replaced (a value of None removes the key)."""
    lines = textwrap.dedent(SMALL_META).strip("\n").splitlines()
    keys = [line.split(":", 1)[0] for line in lines]
    for key, value in changes.items():
        if key in keys:
            index = keys.index(key)
            if value is None:
                del lines[index], keys[index]
            else:
                lines[index] = f"{key}: {value}"
        elif value is not None:
            lines.append(f"{key}: {value}")
    return "\n".join(lines) + "\n"


# EDTF levels 0-1 (edition/dates.py): a year of any length up to four digits, BCE, uncertain,
# approximate, unspecified digits, a closed interval.
@pytest.mark.parametrize("date", ['"1787"', '"1787-11"', '"1787-11-22"', '"207"', '"0207"', '"-0043"', '"0000"',
                                  '"1912~"', '"1912?"', '"1912%"', '"19XX"', '"191X"', '"1787-11-XX"',
                                  '"155/220"', '"1910~/1912"', '"2000-02-29"', '"-0004-02-29"'])
def test_a_date_may_be_a_year_a_month_or_a_day(edition_with, capsys, date):
    assert check(edition_with(source__small_yaml=meta_with(date=date)), capsys) == (0, [])


@pytest.mark.parametrize("date", ['"1787-13"', '"1787-02-30"', '"Nov. 1787"', '"12345"', "1787-11-22T10:00",
                                  '"-0000"', '"19XX-05"', '"1912/.."', '"/1912"', '"300/200"', '"1912-21"',
                                  '"1912~~"', '"2004-?06"', '"[1667,1668]"', '"1900-02-29"', '"-0001-02-29"'])
def test_a_date_that_is_no_date_is_refused(edition_with, capsys, date):
    root = edition_with(source__small_yaml=meta_with(date=date))
    status, err = check(root, capsys)
    assert status == 1
    at = key_line(root, "date")
    assert any(line.startswith(f"source/small.yaml:{at}: file: 'date'") for line in err), err


def key_line(root, key: str) -> int:
    lines = (root / "source" / "small.yaml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(f"{key}:"))


def test_header_lines_are_named_by_known_roles_once_each(edition_with, capsys):
    root = edition_with(source__small_yaml=meta_with(header="[author, titel, author]"))
    status, err = check(root, capsys)
    assert status == 1
    at = key_line(root, "header")
    assert (f"source/small.yaml:{at}: file: unknown header line 'titel'; one of author, title, subtitle, "
            "date, part") in err
    assert f"source/small.yaml:{at}: file: header line 'author' is named twice" in err


def test_name_order_is_required_and_checked(edition_with, capsys):
    status, err = check(edition_with(source__small_yaml=meta_with(name_order="surname-first")), capsys)
    assert status == 1 and any("unknown name_order 'surname-first'; one of family-first, given-first" in e
                               for e in err)
    status, err = check(edition_with(source__small_yaml=meta_with(name_order=None)), capsys)
    assert status == 1 and "source/small.yaml:1: file: missing key 'name_order'" in err


def test_the_old_section_keys_are_refused_with_the_new_names(edition_with, capsys):
    status, err = check(edition_with(source__small_yaml=meta_with(section='"1"')), capsys)
    assert status == 1 and any("unknown key 'section'" in e and "unit" in e for e in err)


def test_a_multi_line_header_block_is_one_line_and_name_order_files_the_name(make_edition):
    from edition.load import load_edition

    root = make_edition({
        "source/small.txt": "A Small\r\nText\r\n\r\nA.   Writer\r\n\r\nOne paragraph.\r\n",
        "source/small.yaml": meta_with(header="[title, author]"),
    })
    text = load_edition(root).text("small")
    assert text.header == {"title": "A Small Text", "author": "A. Writer"}
    assert (text.meta.family, text.meta.author_given, text.meta.filed_name) == ("Writer", "A.", "Writer, A.")


@pytest.mark.parametrize("order, family, filed", [
    ("family-first", None, "Kim, Jong Il"), ("given-first", None, "Il, Kim Jong"),
    ("given-first", "Jong Il", "Jong Il, Kim"),
])
def test_name_order_and_family_name_decide_the_filed_name(order, family, filed):
    from edition.model import TextMeta

    meta = TextMeta(slug="s", author="Kim Jong Il", title="T", date="1992", date_display="1992", unit="",
                    number="", part_title="", language="en", provenance="", header=(), name_order=order,
                    author_family=family or "")
    assert meta.filed_name == filed


# The glossary's texts ------------------------------------------------------------------------


def test_a_term_limited_to_an_unknown_text_is_refused(edition_with, capsys):
    root = edition_with(glossary_yaml="terms:\n  - id: round\n    term: round\n    forms: [round]\n"
                                      "    texts: [smal]\n    definition: Not square.\n")
    status, err = check(root, capsys)
    assert status == 1
    assert "glossary.yaml:2: term 'round': 'texts' names an unknown text 'smal'; known: ['small']" in err


def test_a_term_limited_to_other_texts_does_not_link_and_occurs_nowhere(edition_with, capsys):
    root = edition_with(**{
        "source/other.txt": "B. Writer\n\nOther\n\nA round and square thing.",
        "source/other.yaml": meta_with(author="B. Writer", title="Other"),
        "glossary_yaml": "terms:\n  - id: square\n    term: square\n    forms: [square]\n"
                         "    texts: [small]\n    definition: Four sides.\n",
    })
    status, err = check(root, capsys)
    assert status == 1
    assert ("glossary.yaml:2: term 'square': occurs nowhere: no form of it ('square') is in the corrected text "
            "of any paragraph of the texts it is written for ('small')") in err
