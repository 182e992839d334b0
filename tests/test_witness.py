"""The witness is kept byte for byte, and the paragraph rule splits it as documented."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import EDITION, ROOT
from edition.witness import find_all, split_blocks

def test_paragraphs_are_the_witness_in_order_and_nothing_else(slug):
    raw = (ROOT / EDITION.text(slug).source_file).read_text(encoding="utf-8")
    blocks = split_blocks(raw)
    raw = raw.removeprefix("\ufeff")  # a leading byte-order mark is not text (README, "The paragraph rule")
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


def test_any_run_of_white_space_matches_any_run_across_line_breaks():
    from edition.witness import one_line

    wrapped = split_blocks("Head\r\n\r\nthe pure\r\ndemocracy of a  small\r\n   number")[1]
    assert wrapped == "the pure\ndemocracy of a  small\n   number"
    assert find_all(wrapped, "pure democracy") == [(4, 18)]
    assert find_all(wrapped, "pure\ndemocracy") == find_all(wrapped, "pure \t democracy") == [(4, 18)]
    assert find_all(wrapped, "a small number") == [(22, 40)]
    assert find_all(wrapped, "Pure Democracy", ignore_case=True) == [(4, 18)]
    assert find_all(wrapped, "puredemocracy") == []
    assert one_line(wrapped) == "the pure democracy of a  small number"


def test_in_scripts_without_spaces_a_string_matches_wherever_it_occurs():
    # Han, Hangul, Kana and Thai: no word boundary can be seen, so every occurrence counts.
    korean = "吾等은 玆에 我 朝鮮의 獨立國임과 朝鮮人의 自主民임을 宣言하노라."
    assert find_all(korean, "朝鮮") == [(9, 11), (19, 21)]
    assert find_all(korean, "의") == [(11, 12), (22, 23)]
    assert find_all("唯有杜康。", "杜康") == [(2, 4)]
    assert find_all("カタカナーの", "カナー") == [(2, 5)]  # ー (shared by both Kana) counts with them
    assert find_all("ภาษาไทย", "ไทย") == [(4, 7)]
    # Where spaces delimit words, the rule is unchanged, beside Han as beside a space.
    assert find_all("用Python编程 Pythonic", "Python") == [(1, 7)]
    assert find_all("第12章 123", "12") == [(1, 3)]
    assert find_all("слово слова", "слов") == []


def test_a_leading_byte_order_mark_is_not_text():
    assert split_blocks("\ufeffTitle\r\n\r\nBody.") == ["Title", "Body."]
    assert split_blocks("Title\n\n\ufeffBody.") == ["Title", "\ufeffBody."]  # only a leading one


def _rule_as_one_expression(haystack: str, needle: str) -> list[tuple[int, int]]:
    """The matching rule written as one regular expression with lookarounds (the `regex` module has the
    scripts): what find_all computes with the standard library's patterns and a check of each end."""
    import re

    import regex

    from edition.witness import CONTINUOUS_SCRIPTS

    spaced = "[^\\W" + "".join(f"\\p{{scx={script}}}" for script in CONTINUOUS_SCRIPTS) + "]"
    body = r"\s+".join(regex.escape(part) for part in re.split(r"\s+", needle))
    before = f"(?<!{spaced})" if regex.match(spaced, needle[0]) else ""
    after = f"(?!{spaced})" if regex.match(spaced, needle[-1]) else ""
    return [m.span() for m in regex.finditer(before + body + after, haystack)]


@given(st.text(alphabet="ab _1.\n朝鮮의ไท", max_size=24), st.text(alphabet="ab _1.朝鮮의ไท", min_size=1, max_size=4))
def test_find_all_is_the_matching_rule(haystack, needle):
    assert find_all(haystack, needle) == _rule_as_one_expression(haystack, needle)
