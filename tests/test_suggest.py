"""`build_site.py suggest`: each kind of error found with its reading, from the witness alone
(annotations/ unreadable, it still runs and ranks the same), its draft entries accepted by
`check` as they are, and a language without a word list handled with a message."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import EDITION, ROOT, SLUGS, run_cli, write_edition

from edition.suggest import find
from edition.suggest.find import agreement_rules
from edition.suggest.grammar import classes_for, clauses, reading_breaks
from edition.suggest.lexicon import lexicon_for, segmenter_for
from edition.suggest.text import Paragraph, tokenize

META = """\
author: A. Writer
title: A Small Treatise
date: "2001-02-03"
date_display: February 3, 2001
name_order: given-first
unit: ""
number: ""
part_title: ""
language: {language}
provenance: Written for the tests of suggest; its errors are planted.
header: [author, title]
"""

# A text written for this test (the editors' own prose), with one planted error of each kind the
# search knows; PLANTED names each: (paragraph, witnessed, reading, kind).
TEXT = """\
A. Writer

A Small Treatise

The whole world watches the river. People who live beside it say that the whole world
depends on its water, and travellers come from the whole world to see it.

In spring the river rises and the fields are covered with water. The farmers wait for the
water to fall, and then they plant the fields again. The rnodern farmers use machines.

The people of the valley speak of the river as of a friend. They tell their children that
the river gave the valley its life, its bread and its songs.

Some say the whole word owes a debt to rivers like this one. Others say that the river is
only water, and that the valley would live without it.

The town beside the river keeps a market every week. Traders bring \ufffd\ufffdfresh bread\ufffd\ufffd, fish and
cloth, and the people buy what they need for the week.

In the old days the town was poor. The river brought dis-
eases as well as water, and many people left the valley.

Now the town is rich, and its Market is known in the whole region. The traders come early
in the morning - and they leave late in the evening.

A visitor once wrote that the valley was the most beautiful place he had seen. He said
that the river was like a road of silver in the morning light, and that the people were kind.

The valley has schools and a library. The children learn to read and to write, and they
Iearn the history of the river and of the people who lived beside it before them.

The library keeps the town\u00e2\u20ac\u2122s old books. Some of them tell of floods and some tell of
the years when the river was low and the fields were dry.

When the river was low, the farmers dug wells. The wells gave water to the fields and to
the people, and the town did not go hungry in those years.

The river is still the heart of the valley. It gives water to the fields, fish to the
market and work to the people, andthe people love it still.

The doctor of the town wrote that the river can bring disease. The town now cleans the
water before the people drink it, and the children are well.

The people of the valley say that the river and the valley are one. Without the river there
would be no valley, and without the valley no one would know the name of the river.

Visitors who come to the valley often stay for a week. They walk beside the river, they
buy bread and fish at the market, and they write about the valley when they go home.

A traveller wrote that the people here were the kindest he had met. He said that the
market was the best he had seen, and that the bread was good.
"""

PLANTED = [
    (2, "rnodern", "modern", "ocr"),            # rn read for m: not a word
    (9, "Iearn", "learn", "ocr"),               # l read as I: not a name for its capital
    (4, "word", "world", "ocr"),                # a real word: "the whole world" three times in ¶1
    (5, "\ufffd\ufffd", "“", "encoding"),       # a quotation mark lost in decoding
    (6, "dis- eases", "diseases", "word-division"),  # broken at a line's end (matches the line break)
    (7, "Market", "market", "capitalisation"),  # a capital where no sentence begins
    (7, "-", "—", "punctuation"),               # a hyphen for a dash
    (12, "andthe", "and the", "word-division"),  # two words run together
    (10, "town\u00e2\u20ac\u2122s", "town\u2019s", "encoding"),  # mojibake: UTF-8 read as Windows-1252
]


def small_edition(root: Path, language: str = "en", text: str = TEXT) -> Path:
    write_edition(root, {"source/small.txt": text, "source/small.yaml": META.format(language=language),
                         "glossary.yaml": "terms: []\n"})
    (root / "annotations").mkdir(exist_ok=True)
    # The stylesheets and scripts only: About and How to cite describe texts this edition does not
    # hold, which check refuses (edition/pages.py).
    shutil.copytree(ROOT / "pages" / "assets", root / "pages" / "assets", dirs_exist_ok=True)
    return root


def test_each_planted_kind_is_found_with_its_reading(tmp_path):
    findings = find(small_edition(tmp_path), "small")
    for paragraph, witnessed, reading, kind in PLANTED:
        matching = [s for s in findings.suggestions if s.paragraph == paragraph and s.witnessed == witnessed]
        assert matching, f"¶{paragraph} {witnessed!r} ({kind}) is not found"
        assert matching[0].reading == reading and matching[0].kind == kind, matching[0]
        assert matching[0].evidence
    # The planted places (the closing quotation mark too) rank above all but at most two others.
    places = {(p, w) for p, w, _, _ in PLANTED}
    first = findings.suggestions[:len(PLANTED) + 1 + 2]
    assert places <= {(s.paragraph, s.witnessed) for s in first}, [(s.paragraph, s.witnessed) for s in first]


def test_the_word_error_cites_the_texts_own_phrase(tmp_path):
    findings = find(small_edition(tmp_path), "small")
    world = next(s for s in findings.suggestions if s.witnessed == "word")
    assert "'whole world' occurs 3 times in the texts" in world.evidence, world.evidence
    assert "'whole word' nowhere else" in world.evidence, world.evidence



# Agreement errors planted in the built-in text (each a real word, one edit from the reading):
# an article before the wrong sound, a singular noun after a plural determiner, a verb's suffix
# after a plural pronoun. (witnessed sentence, damaged sentence, witnessed word, reading)
AGREEMENT_PLANTED = [
    ("buy bread and fish", "buy bread an fish", "an", "and"),
    ("in those years", "in those year", "year", "years"),
    ("They tell their children", "They tells their children", "tells", "tell"),
]


def test_agreement_errors_are_found_with_their_reading(tmp_path):
    text = TEXT
    for clean, damaged, _, _ in AGREEMENT_PLANTED:
        assert clean in text.replace("\n", " ")
        text = text.replace(clean, damaged)
    findings = find(small_edition(tmp_path, text=text), "small")
    for _, _, witnessed, reading in AGREEMENT_PLANTED:
        matching = [s for s in findings.suggestions if s.witnessed == witnessed and s.reading == reading]
        assert matching, f"{witnessed!r} for {reading!r} is not found"
        assert any(why in matching[0].evidence for why in ("cannot stand before", "a plural after",
                                                            "a verb without its suffix")), matching[0].evidence
    # the same rules leave the undamaged text's agreeing words alone
    clean = find(small_edition(tmp_path / "clean"), "small")
    assert not [s for s in clean.suggestions if s.witnessed in ("and", "years", "tell")]

# Errors that only the clause's grammar shows (each a real word that fits its two neighbours),
# planted in a paragraph added to the built-in text: a word joined to a noun by "and" that is no
# noun, a verb coordinated with one after "to" that is not bare, and a noun phrase after a
# preposition that ends the sentence in a verb's past form. (clean, damaged, witnessed, reading, why)
# A word that the dictionary writes with a capital is left alone where no sentence begins.
CLAUSE_PARAGRAPH = ("The farmers ask for nothing but peace and health. Their children learn to write and "
                    "sell bread, and the people gather for the joyful dance. The market is closed on Monday.\n")
CLAUSE_PLANTED = [
    ("peace and health.", "peace and healthy.", "healthy", "health", "joins it to the noun 'peace'"),
    ("to write and sell bread", "to write and sells bread", "sells", "sell",
     "coordinated with 'write' after 'to', the verb has its bare form"),
    ("the joyful dance.", "the joyful danced.", "danced", "dance",
     "'the' opens a noun phrase that ends the sentence without a noun"),
]


def test_clause_grammar_errors_are_found_with_their_reading(tmp_path):
    text = TEXT + "\n" + CLAUSE_PARAGRAPH
    clean = find(small_edition(tmp_path / "clean", text=text), "small")
    for sentence, damaged, _, _, _ in CLAUSE_PLANTED:
        assert sentence in text
        text = text.replace(sentence, damaged)
    findings = find(small_edition(tmp_path / "damaged", text=text), "small")
    last = len(text.split("\n\n")) - 2  # the added paragraph's number (after two header lines)
    for _, _, witnessed, reading, why in CLAUSE_PLANTED:
        matching = [s for s in findings.suggestions if s.witnessed == witnessed and s.paragraph == last]
        assert matching, f"{witnessed!r} is not found"
        assert matching[0].reading == reading and why in matching[0].evidence, matching[0]
    # the undamaged clauses keep their rules: none of their words is doubted by them, nor the
    # capital of a word the dictionary writes with one ("Monday")
    assert not [s for s in clean.suggestions if s.paragraph == last], \
        [(s.witnessed, s.evidence) for s in clean.suggestions if s.paragraph == last]


def test_a_reading_that_breaks_a_rule_of_the_clause_loses():
    # "them" read as "the" would put an article before a verb ("the is") or a preposition; before a
    # noun the same reading stands.
    rules, classes = agreement_rules("en"), classes_for("en")
    paragraph = "The traders sell fish, and the profit of them is small. They give them bread for it."
    tokens = tokenize(paragraph)
    clause_of = clauses(Paragraph(1, paragraph, tokens))
    before_verb, before_noun = (t for t in tokens if t.lower == "them")
    assert reading_breaks("the", clause_of[before_verb.index], rules, classes) == \
        "the article 'the' cannot stand before 'is'"
    assert reading_breaks("the", clause_of[before_noun.index], rules, classes) == ""
    assert reading_breaks("they", clause_of[before_verb.index], rules, classes) == ""  # no article
    assert reading_breaks("the", clause_of[before_verb.index], rules, None) == ""  # a language without the table


def copy_edition(target: Path) -> Path:
    skip = shutil.ignore_patterns(".git", "site", "build", ".venv", "__pycache__", ".pytest_cache",
                                  ".edition-build-*", ".hypothesis", "node_modules")
    shutil.copytree(ROOT, target, ignore=skip)
    return target


# Run in a child process whose every opening of a file under annotations/ fails, as on a system
# that denies it (the tests run as root, whom file modes do not stop): an audit hook refuses the
# `open` event for those paths and records the attempt.
GUARDED = """
import json, sys
from pathlib import Path
root = Path(sys.argv[1]).resolve()
attempts = []
def refuse(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, Path)):
        path = Path(args[0] if not isinstance(args[0], bytes) else args[0].decode()).resolve()
        if (root / "annotations") in path.parents or path == root / "annotations":
            attempts.append(str(path))
            raise PermissionError(13, "Permission denied", str(path))
sys.addaudithook(refuse)
sys.path.insert(0, sys.argv[2])
from edition.suggest import find
from edition.suggest.lexicon import lexicon_for, segmenter_for
from edition.suggest.text import tokenize
ranked = find(root, sys.argv[3]).suggestions
print(json.dumps({"find_opened": attempts, "ranked": [[s.paragraph, s.start, s.reading, s.score] for s in ranked]}))
import build_site
sys.exit(build_site.main(["suggest", sys.argv[3], "--root", str(root), "--all", "--json"]))
"""


# The edition's texts that have corrections of the editors' own: each is run as an editor would.
CORRECTED = [slug for slug in SLUGS if (ROOT / "annotations" / f"{slug}-corrections.yaml").is_file()]


@pytest.mark.parametrize("corrected", CORRECTED)
def test_suggest_never_opens_the_texts_annotations(tmp_path, corrected):
    root = copy_edition(tmp_path / "edition")
    slug = corrected
    assert any((root / "annotations").glob(f"{slug}-*.yaml"))
    guarded = subprocess.run([sys.executable, "-c", GUARDED, str(root), str(ROOT), slug],
                             check=False, capture_output=True, text=True, cwd=tmp_path)
    assert guarded.returncode == 0, guarded.stderr
    first, _, rest = guarded.stdout.partition("\n")
    search = json.loads(first)
    assert search["find_opened"] == []  # the search itself never tries
    assert "cannot be read" in guarded.stderr  # the marking of done places says it could not
    listed = json.loads(rest)
    assert listed and not any(entry["done"] for entry in listed)
    # With the annotations readable, the same places rank the same: they never steer the search.
    free = run_cli("suggest", slug, "--all", "--json", root=root)
    assert free.returncode == 0, free.stderr
    readable = json.loads(free.stdout)
    assert [(e["paragraph"], e["witnessed"], e["score"]) for e in readable] == \
        [(e["paragraph"], e["witnessed"], e["score"]) for e in listed]
    assert any(entry["done"] for entry in readable)  # and now the corrected places show as done


def _draft(stdout: str) -> str:
    return stdout[stdout.index("# Draft entries"):]


@pytest.mark.parametrize("corrected", CORRECTED)
def test_its_yaml_entries_pass_check_as_pasted(tmp_path, corrected):
    # A text with corrections already: the entries go under `corrections:` of its file. They must
    # fit beside the editors' corrections (new ids, no overlap). A draft that changes the words of a
    # note's phrase or a glossary form makes check name that note or term, as it should: the notes
    # and glossary are set aside here, so that what is checked is the entries themselves.
    root = copy_edition(tmp_path / "edition")
    for notes in (root / "annotations").glob("*-notes.yaml"):
        notes.unlink()
    (root / "glossary.yaml").write_text("terms: []\n", encoding="utf-8")
    result = run_cli("suggest", corrected, root=root)
    assert result.returncode == 0, result.stderr
    draft = _draft(result.stdout)
    assert "confidence: conjectural" in draft
    corrections = root / "annotations" / f"{corrected}-corrections.yaml"
    corrections.write_text(corrections.read_text(encoding="utf-8").rstrip("\n") + "\n" + draft, encoding="utf-8")
    checked = run_cli("check", root=root)
    assert checked.returncode == 0, checked.stderr
    added = draft.count("\n  - id: ")
    # Many places, or as many as a short text has paragraphs (a text of one paragraph has few).
    assert added >= min(10, len(EDITION.text(corrected).paragraphs))

    # A new text without a corrections file: the draft is the whole file.
    small = small_edition(tmp_path / "small")
    result = run_cli("suggest", "small", root=small)
    draft = _draft(result.stdout)
    assert "text: small\ncorrections:\n" in draft
    (small / "annotations" / "small-corrections.yaml").write_text(draft, encoding="utf-8")
    checked = run_cli("check", root=small)
    assert checked.returncode == 0, checked.stderr
    assert f"{draft.count(chr(10) + '  - id: ')} corrections" in checked.stdout


def test_a_broken_draft_would_be_refused(tmp_path):
    """The check above can fail: an entry whose witnessed string is not in its paragraph is refused."""
    small = small_edition(tmp_path)
    (small / "annotations" / "small-corrections.yaml").write_text(textwrap.dedent("""\
        text: small
        corrections:
          - id: p2-modern-suggested-1
            paragraph: 3
            witnessed: rnodern
            reading: modern
            kind: ocr
            confidence: conjectural
            reason: Not in this paragraph.
        """), encoding="utf-8")
    assert run_cli("check", root=small).returncode == 1


def test_a_language_without_a_word_list_gets_a_message(tmp_path):
    # Basque: wordfreq has no list for it. The text's own statistics still find the damage.
    root = small_edition(tmp_path, language="eu")
    result = run_cli("suggest", "small", "--json", root=root)
    assert result.returncode == 0, result.stderr
    assert "no word list for the language 'eu'" in result.stderr
    found = json.loads(result.stdout)
    assert any(e["witnessed"] == "\ufffd\ufffd" and e["reading"] == "“" for e in found)
    assert any(e["witnessed"] == "Market" and e["reading"] == "market" for e in found)


@pytest.mark.parametrize("problem, message", [("missing", "no text 'nowhere'"), ("bad-yaml", "language")])
def test_a_text_that_cannot_be_read_is_one_message(tmp_path, problem, message):
    root = small_edition(tmp_path)
    if problem == "bad-yaml":
        (root / "source" / "small.yaml").write_text("author: A\n", encoding="utf-8")
    result = run_cli("suggest", "nowhere" if problem == "missing" else "small", root=root)
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_a_script_without_spaces_is_segmented(tmp_path):
    text = ("作者\n\n标题\n\n我们的国家很大。人民很勤劳。\ufffd\ufffd人民\ufffd\ufffd是国家的主人。\n\n"
            "国家的人民在工作。我们的人民很好。\n")
    segmenter = segmenter_for(lexicon_for("zh"))
    assert [t.text for t in tokenize("我们的国家很大。", segmenter)] == ["我们", "的", "国家", "很大"]
    root = small_edition(tmp_path, language="zh", text=text)
    findings = find(root, "small")
    assert any(s.witnessed == "\ufffd\ufffd" for s in findings.suggestions)
    result = run_cli("suggest", "small", root=root)
    assert result.returncode == 0, result.stderr
