"""The witness is kept byte for byte, and the paragraph rule splits it as documented."""

from __future__ import annotations

import hashlib

from hypothesis import given, strategies as st

from conftest import ROOT
from edition.load import load_edition
from edition.witness import find_all, split_blocks

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


def test_paragraphs_are_the_witness_in_order_and_nothing_else():
    raw = WITNESS.read_text(encoding="utf-8")
    blocks = split_blocks(raw)
    squeezed = "".join(raw.split()).replace("\u00a0", "")
    assert "".join("".join(b.split()) for b in blocks) == squeezed


block = st.text(alphabet="ab .,\u00a0\ufffd\u201c", min_size=1).map(lambda s: s.strip(" \u00a0")).filter(bool)


@given(st.lists(block, min_size=1, max_size=8), st.lists(st.sampled_from(["\n\n", "\n\n\n\n", "\u00a0\n \n"]), min_size=8, max_size=8),
       st.booleans())
def test_split_blocks_recovers_any_blocks(blocks, separators, final_newline):
    raw = "".join(b + "\u00a0" * (i % 2) + separators[i] for i, b in enumerate(blocks[:-1])) + blocks[-1]
    raw += "\n" if final_newline else ""
    assert split_blocks(raw) == blocks


def test_matching_respects_word_boundaries():
    assert find_all("word words sword word.", "word") == [(0, 4), (17, 21)]
    assert find_all("unite!\ufffd\ufffd-This", "\ufffd\ufffd") == [(6, 8)]
    assert find_all("Peace and peace", "peace", ignore_case=True) == [(0, 5), (10, 15)]
    assert find_all("a-b", "-") == [(1, 2)]
