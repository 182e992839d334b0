"""Section 3 (source/section-3.txt): its witness and its editorial apparatus, checked against the
witness and the raw YAML, not the pipeline's output. The one module that names this text; the
general tests run for every text.

The expected reading of each paragraph is computed here independently: each correction's
string is found in the witness paragraph and replaced, right to left, by plain slicing.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

import hashlib

from conftest import ROOT
from edition.load import load_edition
from edition.witness import find_all, split_blocks

WITNESS = (ROOT / "source" / "section-3.txt").read_text(encoding="utf-8")
META = yaml.safe_load((ROOT / "source" / "section-3.yaml").read_text(encoding="utf-8"))
PARAGRAPHS = split_blocks(WITNESS)[len(META["header"]):]


def entries(key: str) -> list[dict]:
    found = []
    for path in sorted((ROOT / "annotations").glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        if document.get("text") == "section-3":
            found += document.get(key) or []
    return found


CORRECTIONS = entries("corrections")
NOTES = entries("notes")
TERMS = yaml.safe_load((ROOT / "glossary.yaml").read_text(encoding="utf-8"))["terms"]


def place(correction: dict) -> tuple[int, int]:
    text = PARAGRAPHS[correction["paragraph"] - 1]
    needle = correction.get("witnessed") or correction["after"]
    start, end = find_all(text, needle)[correction.get("occurrence", 1) - 1]
    return (start, end) if "witnessed" in correction else (end, end)


def shown(correction: dict) -> str:
    if correction["kind"] == "lacuna":
        return f" [{correction['reading'] or '…'}]"
    return correction["reading"]


def expected_reading(number: int) -> str:
    text = PARAGRAPHS[number - 1]
    for correction in sorted((c for c in CORRECTIONS if c["paragraph"] == number), key=place, reverse=True):
        start, end = place(correction)
        text = text[:start] + shown(correction) + text[end:]
    return text


def visible_text(node) -> str:
    node = node.__copy__()
    for hidden in node.select("del, a.paragraph-number, sup"):
        hidden.decompose()
    return node.get_text()


def test_the_apparatus_validates():
    from conftest import run_cli

    result = run_cli("check")
    assert result.returncode == 0, result.stderr


def test_the_corrected_text_has_no_replacement_character(soup):
    assert sum(p.count("\ufffd") for p in PARAGRAPHS) == 8
    page = soup("section-3")
    for paragraph in page.select("p.numbered"):
        assert "\ufffd" not in visible_text(paragraph), paragraph["id"]


def test_each_paragraph_is_the_witness_with_exactly_the_listed_corrections(soup):
    page = soup("section-3")
    for number in range(1, len(PARAGRAPHS) + 1):
        html = " ".join(visible_text(page.find(id=f"p{number}")).split())
        assert html == " ".join(expected_reading(number).split()), f"¶{number}"


@pytest.mark.parametrize("correction", CORRECTIONS, ids=[c["id"] for c in CORRECTIONS])
def test_at_each_correction_the_reading_stands_and_the_witnessed_string_does_not(correction, soup):
    mark = soup("section-3").find(id=f"c-{correction['id']}")
    assert mark is not None
    assert mark.find("ins").get_text() == shown(correction).strip()
    if correction.get("witnessed"):
        assert mark["data-witness"] == correction["witnessed"]
        assert correction["witnessed"] != correction["reading"]
        # In the reading text, the place holds the reading, not the witnessed string.
        reading = expected_reading(correction["paragraph"])
        start, _ = place(correction)
        before = sum(len(shown(c)) - (place(c)[1] - place(c)[0]) for c in CORRECTIONS
                     if c["paragraph"] == correction["paragraph"] and place(c)[0] < start)
        at = start + before
        assert reading[at:at + len(correction["reading"])] == correction["reading"]
        assert at not in {start for start, _ in find_all(reading, correction["witnessed"])}
    assert correction["reason"].strip()
    assert correction["confidence"] in ("certain", "probable", "conjectural")


def test_the_corrections_list_counts_by_kind_and_confidence(soup):
    page = soup("corrections")
    tables = {t.find("th").get_text(): t for t in page.select("table")}

    def counts(table) -> dict[str, int]:
        return {row.select("td")[0].get_text(): int(row.select("td")[1].get_text()) for row in table.select("tbody tr")}

    assert counts(tables["Kind"]) == dict(Counter(c["kind"] for c in CORRECTIONS))
    assert counts(tables["Confidence"]) == dict(Counter(c["confidence"] for c in CORRECTIONS))
    rows = tables["Place"].select("tbody tr")
    assert len(rows) == len(CORRECTIONS)


def test_the_gap_is_marked_and_its_supplement_is_conjectural(soup):
    gaps = [c for c in CORRECTIONS if c["kind"] == "lacuna"]
    assert [c["paragraph"] for c in gaps] == [len(PARAGRAPHS)]
    for gap in gaps:
        mark = soup("section-3").find(id=f"c-{gap['id']}")
        text = mark.get_text()
        assert text.startswith("[") and text.endswith("]")
        if gap["reading"]:
            assert gap["confidence"] == "conjectural" and "conjectural" in mark["class"]


def test_the_reference_corrections_are_present():
    pairs = {(c["paragraph"], c.get("witnessed"), c["reading"]) for c in CORRECTIONS}
    assert (2, "word", "world") in pairs
    assert (13, "fiendish", "friendship") in pairs
    # Each of the four pairs of U+FFFD is one quotation mark.
    assert sum(c.get("witnessed") == "\ufffd\ufffd" for c in CORRECTIONS) == 4


def test_what_the_translator_wrote_is_kept():
    """Places the editors decided not to correct (see About this edition)."""
    touched = {(c["paragraph"], c.get("witnessed")) for c in CORRECTIONS}
    assert (9, '"end"') not in touched and not any(c.get("witnessed", "").startswith('"') for c in CORRECTIONS)
    american = re.compile(r"favor|program\b|center|honor|maneuver\b|fulfillment")
    for c in CORRECTIONS:
        # American spelling is the translator's: never "corrected" to British forms.
        assert not (american.search(c.get("witnessed", "")) and "our" in c["reading"])


NOTE_SUBJECTS = ["our Party", "Pyongyang Declaration", "Non-aligned Movement", "former socialist countries",
                 '"end"', "the US", "national-liberation movement", "world peace movement", "Korean revolution"]


@pytest.mark.parametrize("subject", NOTE_SUBJECTS)
def test_the_named_subjects_have_notes(subject):
    assert any(subject.lower() in n["phrase"].lower() for n in NOTES), subject


def test_the_date_of_the_work_has_a_note():
    assert any("10 October 1992" in n["text"] or "October 10, 1992" in n["text"] for n in NOTES)


GLOSSARY_TERMS = ["independence", "popular masses", "revolutionary party", "internationalism", "socialist idea",
                  "imperialism", "reactionaries", "counterrevolutionary offensive", "united front",
                  "national-liberation movement", "neocolonialism", "monopolies", "bipolarization", "bourgeois",
                  "working class", "global independence", "anti-imperialist, independent forces"]


def test_the_glossary_has_the_required_terms_and_at_least_25():
    names = {t["term"].lower() for t in TERMS}
    assert len(TERMS) >= 25
    for term in GLOSSARY_TERMS:
        assert term.lower() in names, term


# The witness -----------------------------------------------------------------------------

SEED_SHA256 = "3a5e0155596f8a33b3560fc24c83d9a5ff6bff5a38c7d7408edd4742580f0cb2"
WITNESS = ROOT / "source" / "section-3.txt"


def test_the_witness_is_byte_identical_to_the_seed():
    data = WITNESS.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    assert len(data) == 14623
    seed = ROOT.parent / "shared" / "seed" / "witness-section-3.txt"
    if seed.exists():
        assert data == seed.read_bytes()


def test_the_real_witness_has_a_header_and_23_paragraphs():
    text = load_edition(ROOT).text("section-3")
    assert text.header == {
        "author": "Kim Jong Il",
        "title": "On the Fundamentals of Revolutionary Party Building",
        "date": "(October 10, 1992)",
        "part": "3. The Internationalist Unity and Solidarity of Revolutionary Parties",
    }
    assert len(text.paragraphs) == 23
    assert [p.number for p in text.paragraphs] == list(range(1, 24))
    assert text.paragraph(1).text.startswith("Strengthening internationalist unity")
    assert text.paragraph(23).text.endswith("the Korean revolution and the world revolution.")
    # The trailing no-break spaces belong to the paragraph rule, not to the text.
    assert not any(p.text != p.text.strip(" \u00a0\n") for p in text.paragraphs)
    assert sum(p.text.count("\ufffd") for p in text.paragraphs) == 8
