"""What `suggest` knows of a language: word frequencies from `wordfreq` (40+ languages) and, for
English, the word-pair counts that `symspellpy` ships (Google Books n-grams). A language without
a word list leaves only the text's own statistics."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from pathlib import Path

import wordfreq
from langcodes import Language
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

# Words of the language searched for a reading more than one edit away: the commonest ones.
NEIGHBOUR_WORDS = 40_000
FLOOR = 1e-9  # the frequency of a word no list holds
MISSING_PAIR = 0.25  # a pair the list lacks counts this share of its cutoff


@dataclass
class Lexicon:
    language: str                      # the code wordfreq knows it by, or the text's own code
    frequencies: dict[str, float]      # word (lower case) -> frequency per word; empty: no list
    pair_counts: dict[tuple[str, str], int] = field(default_factory=dict)
    pair_after: dict[str, int] = field(default_factory=dict)   # a word's pairs' counts, as the first
    pair_before: dict[str, int] = field(default_factory=dict)  # and as the second
    pair_cutoff: int = 0                                       # the least count the list keeps
    _by_initial: dict[str, list[str]] = field(default_factory=dict)

    spelled: frozenset[str] = frozenset()  # a spelling dictionary, where there is one

    @functools.cached_property
    def common(self) -> frozenset[str]:
        """The words worth proposing as a reading: all but the rarest (Zipf 2.5 and above), and,
        where a spelling dictionary checks the frequency list (drawn from the web: "tha", "noone"),
        only the words of short words it holds."""
        least = 10 ** (2.5 - 9)
        return frozenset(word for word, value in self.frequencies.items() if value >= least and self.spells(word))

    def spells(self, word: str) -> bool:
        """A word of the language: in the spelling dictionary, where there is one, or (a word of five
        letters or more, which the dictionary may lack) in the frequency list; else in the list."""
        if not self.spelled:
            return word in self.frequencies
        return word in self.spelled or (len(word) >= 5 and word in self.frequencies)

    @property
    def has_words(self) -> bool:
        return bool(self.frequencies)

    @property
    def has_pairs(self) -> bool:
        return bool(self.pair_counts)

    def frequency(self, word: str) -> float:
        return self.frequencies.get(word, 0.0)

    def zipf(self, word: str) -> float:
        """wordfreq's Zipf scale: log10 of occurrences per billion words; 0 for an unknown word."""
        value = self.frequencies.get(word, 0.0)
        return math.log10(value) + 9 if value > 0 else 0.0

    def pair_probability(self, first: str, second: str) -> float | None:
        """P(second | first) in the language's word pairs, or None where `first` is in none. The
        list keeps only pairs counted at least `pair_cutoff` times: a missing pair counts half that, or
        what the word's own frequency leads one to expect, whichever is less."""
        total = self.pair_after.get(first)
        if not total:
            return None
        count = self.pair_counts.get((first, second))
        return count / total if count else min(self.pair_cutoff * MISSING_PAIR / total, self.frequency(second))

    def pair_probability_before(self, first: str, second: str) -> float | None:
        """P(first | second): the word before, given the word after."""
        total = self.pair_before.get(second)
        if not total:
            return None
        count = self.pair_counts.get((first, second))
        return count / total if count else min(self.pair_cutoff * MISSING_PAIR / total, self.frequency(first))

    def neighbours(self, word: str, distance: int) -> list[tuple[str, int]]:
        """Common words of the language within `distance` edits that begin with the same letter
        (OCR rarely loses a word's first letter and its last together)."""
        if not self._by_initial:
            for known in wordfreq.top_n_list(self.language, NEIGHBOUR_WORDS):
                if known.isalpha():
                    self._by_initial.setdefault(known[0], []).append(known)
        choices = self._by_initial.get(word[:1], [])
        found = process.extract(word, choices, scorer=Levenshtein.distance, score_cutoff=distance,
                                limit=None)
        return [(choice, int(score)) for choice, score, _ in found if choice != word]


def wordfreq_language(code: str) -> str | None:
    """The wordfreq language for a BCP 47 code (`en`, `en-GB`, `zh-Hant`), or None."""
    available = wordfreq.available_languages()
    try:
        language = Language.get(code)
    except (ValueError, LookupError):
        return None
    for candidate in (code, language.language or ""):
        if candidate in available:
            return candidate
    return None


@functools.lru_cache(maxsize=8)
def lexicon_for(code: str) -> Lexicon:
    language = wordfreq_language(code)
    if language is None:
        return Lexicon(code, {})
    lexicon = Lexicon(language, wordfreq.get_frequency_dict(language))
    if language == "en":
        lexicon.pair_counts, lexicon.spelled = _english_pairs()
        lexicon.pair_cutoff = min(lexicon.pair_counts.values())
        for (first, second), count in lexicon.pair_counts.items():
            lexicon.pair_after[first] = lexicon.pair_after.get(first, 0) + count
            lexicon.pair_before[second] = lexicon.pair_before.get(second, 0) + count
    return lexicon


def _english_pairs() -> tuple[dict[tuple[str, str], int], frozenset[str]]:
    """symspellpy's data: 243,342 English word pairs with their counts (Google Books n-grams), and
    its 82,765 words (those n-grams' words checked against the SCOWL spelling lists)."""
    import symspellpy

    folder = Path(symspellpy.__file__).parent
    fields = iter((folder / "frequency_bigramdictionary_en_243_342.txt").read_text(encoding="utf-8").split())
    pairs = {(first, second): int(count) for first, second, count in zip(fields, fields, fields, strict=False)}
    words = (folder / "frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8").split()[::2]
    return pairs, frozenset(words)


def segmenter_for(lexicon: Lexicon):
    """Cut a run of a script without spaces into the likeliest sequence of the list's words (the
    product of their frequencies, by dynamic programming; a character the list lacks stands alone
    at a low cost). None where there is no list."""
    if not lexicon.has_words:
        return None
    longest, alone = 6, math.log(FLOOR)

    def segment(run: str) -> list[str]:
        best: list[tuple[float, int]] = [(0.0, 0)] + [(-math.inf, 0)] * len(run)
        for end in range(1, len(run) + 1):
            for start in range(max(0, end - longest), end):
                frequency = lexicon.frequencies.get(run[start:end])
                if frequency is None and end - start > 1:
                    continue
                cost = best[start][0] + (math.log(frequency) if frequency else alone)
                if cost > best[end][0]:
                    best[end] = (cost, start)
        pieces, end = [], len(run)
        while end > 0:
            start = best[end][1]
            pieces.append(run[start:end])
            end = start
        return pieces[::-1]

    return segment
