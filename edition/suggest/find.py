"""Find a witness's likely transcription errors and propose readings, from the witness alone.

Each finder yields `Suggestion`s; `find` keeps the best one per place and ranks them. A score is
the log-odds, roughly, that the place is an error: the words' context under a small language
model (the text's own word pairs and triples, the edition's other texts in the language, the
language's word pairs where a package provides them, word frequencies), weighed against how
likely the witnessed letters are as a misreading of the proposed ones (OCR confusions, a dropped
or doubled letter, further edits costing more).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import ftfy
import yaml

from ..witness import find_all
from .grammar import broken_rule, classes_for, clauses, reading_breaks, written_capitalised
from .lexicon import FLOOR, Lexicon, lexicon_for, segmenter_for, wordfreq_language
from .text import (
    Paragraph,
    Statistics,
    Token,
    Witness,
    is_word,
    neighbours,
    read_metadata,
    read_witness,
    require_text,
)

KIND_ENCODING, KIND_OCR, KIND_CAPITALS, KIND_PUNCTUATION, KIND_DIVISION = (
    "encoding", "ocr", "capitalisation", "punctuation", "word-division")


@dataclass(frozen=True)
class Suggestion:
    paragraph: int
    start: int
    end: int
    witnessed: str
    reading: str | None
    kind: str
    score: float
    evidence: str
    occurrence: int | None = None


@dataclass(frozen=True)
class Findings:
    name: str
    language: str
    suggestions: tuple[Suggestion, ...]  # best first
    messages: tuple[str, ...]            # what the editor should know about the search itself


# How likely the witnessed letters are as a misreading of the proposed word (natural log).
CHANNEL = {"confusion": math.log(0.1), "doubled": math.log(0.05), "dropped": math.log(0.05),
           "inserted": math.log(0.02), "replaced": math.log(0.02), "swapped": math.log(0.02)}
PER_EDIT = math.log(0.05)     # each edit beyond one, for a reading further away
# Weights of the parts of the model for a language without word pairs (renormalised over the parts
# a place has).
WEIGHTS = {"text3": 0.3, "text2": 0.3, "words": 0.4}
EXPECTED = 0.5      # the agreement expected by chance is taken off (0: raw counts)
AGREEMENT = 1.5     # weight of log(1 + the times the text agrees) in a word's fit
RARE_DOUBT = 3.0    # a rare word's gain is discounted: a text's rare words are mostly its own vocabulary
SHORT_DOUBT = 2.5   # and a short word's: "if" for "of", "an" for "a" are read as often as they are misread
RARE = 3.0           # Zipf: a word rarer than this is searched for readings further away
SHOWN_BELOW = 0.0    # a real word is proposed only where the reading is likelier than it


AGREES = 3.0  # log-odds a reading gains where it keeps an agreement the witnessed word breaks


@functools.lru_cache(maxsize=8)
def agreement_rules(language: str) -> dict:
    data = yaml.safe_load((Path(__file__).parent / "agreement.yaml").read_text(encoding="utf-8"))
    return data.get(language) or {}


def _agreement(word: str, option: str, context: tuple[str | None, ...], rules: dict) -> tuple[float, str]:
    """What `option` gains over the witnessed `word` by agreeing with its neighbours (an article
    with the next word's first sound, a noun's number with its determiner, a verb's with its
    subject), and why; (0, "") where no rule tells them apart."""
    if not rules:
        return 0.0, ""
    _, left, right, _ = context
    article = rules.get("article")
    if article and right and word in (article["before_vowel"], article["before_consonant"]):
        vowel = (right[0] in article["vowel_letters"] or right in article["sounds_vowel"]) \
            and right not in article["sounds_consonant"]
        fitting = article["before_vowel"] if vowel else article["before_consonant"]
        if word != fitting and (option == fitting or option not in (article["before_vowel"], article["before_consonant"])):
            return AGREES, f"{word!r} cannot stand before {right!r}"
    suffix = rules.get("plural_suffix", "")
    if left and suffix:
        for wants_suffix, subjects, what in ((True, rules.get("plural_after", ()), "a plural"),
                                             (False, rules.get("singular_after", ()), "a singular"),
                                             (False, rules.get("base_after", ()), "a verb without its suffix"),
                                             (True, rules.get("third_after", ()), "a verb with its suffix")):
            if left not in subjects:
                continue
            if (wants_suffix and option == word + suffix) or (not wants_suffix and word == option + suffix):
                return AGREES, f"{what} after {left!r}"
    return 0.0, ""


@functools.lru_cache(maxsize=1)
def confusions() -> tuple[tuple[str, str], ...]:
    data = yaml.safe_load((Path(__file__).parent / "confusions.yaml").read_text(encoding="utf-8"))
    return tuple((str(a), str(b)) for a, b in data["confusions"])


def find(root: Path, name: str) -> Findings:
    """The likely errors of the text `name`, best first. Reads source/ only."""
    messages: list[str] = []
    require_text(root, name)
    language, _ = read_metadata(root / "source" / f"{name}.yaml", f"source/{name}.yaml")
    lexicon = lexicon_for(language)
    if not lexicon.has_words:
        messages.append(f"no word list for the language {language!r} (wordfreq has none): the search "
                        "uses the text's own statistics only, so it finds damaged characters, capitals "
                        "and words the text spells otherwise elsewhere, but no word unknown to the language")
    witness = read_witness(root, name, segmenter_for(lexicon))
    stats = Statistics()
    stats.add(witness.paragraphs)
    others = _other_texts(root, name, lexicon)
    for other in others:
        stats.add(other.paragraphs)
    if others:
        messages.append(f"evidence also from the edition's other texts in this language: "
                        f"{', '.join(o.name for o in others)}")
    model = Model(lexicon, stats)
    found: list[Suggestion] = []
    for paragraph in witness.paragraphs:
        found += _encoding(paragraph)
        found += _dashes(paragraph)
        found += _joined_by_hyphen(paragraph, lexicon)
        found += _capitals(paragraph, model)
        found += _words(paragraph, model)
        found += _divisions(paragraph, model)
    return Findings(name, language, tuple(_ranked(found, witness)), tuple(messages))


def _other_texts(root: Path, name: str, lexicon: Lexicon) -> list[Witness]:
    """The edition's other texts in the same language, as further evidence of its usage."""
    others = []
    for path in sorted((root / "source").glob("*.txt")):
        if path.stem == name:
            continue
        try:
            language, _ = read_metadata(path.with_suffix(".yaml"), path.with_suffix(".yaml").name)
            if (wordfreq_language(language) or language) != lexicon.language:
                continue
            others.append(read_witness(root, path.stem, segmenter_for(lexicon)))
        except Exception:  # noqa: BLE001 - another text's trouble is check's to report, not suggest's
            continue
    return others


def _ranked(found: list[Suggestion], witness: Witness) -> list[Suggestion]:
    """One suggestion per place (the best), ranked, each with its occurrence under the matching rule."""
    best: list[Suggestion] = []
    for suggestion in sorted(found, key=lambda s: -s.score):
        if any(s.paragraph == suggestion.paragraph and s.start < suggestion.end and suggestion.start < s.end
               for s in best):
            continue
        best.append(suggestion)
    texts = {p.number: p.text for p in witness.paragraphs}
    placed = []
    for suggestion in best:
        matches = find_all(texts[suggestion.paragraph], suggestion.witnessed)
        starts = [start for start, _ in matches]
        if suggestion.start not in starts:
            continue  # not reachable by the matching rule as it stands: an editor would write it wider
        occurrence = starts.index(suggestion.start) + 1 if len(starts) > 1 else None
        placed.append(replace(suggestion, occurrence=occurrence, score=round(suggestion.score, 1)))
    return sorted(placed, key=lambda s: (-s.score, s.paragraph, s.start))


# --- damaged characters -------------------------------------------------------------------------

_LOST = re.compile("\ufffd+")
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, fix_character_width=False,
                             normalization=None, unescape_html=False, explain=False)


def _encoding(paragraph: Paragraph) -> Iterator[Suggestion]:
    text = paragraph.text
    for match in _LOST.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        count = len(match.group())
        lost = f"{count} replacement character{'s' if count > 1 else ''} (U+FFFD): a character lost in decoding"
        if (before.isspace() or before in "([—-") and (after.isalnum()):
            reading, why = "“", "; between a space and a word it most often stood for an opening quotation mark"
        elif (before.isalnum() or before in ".,!?;:") and (after.isspace() or after in ".,;:)-—"):
            reading, why = "”", "; after a word or a sentence's end it most often stood for a closing quotation mark"
        elif before.isalpha() and after.isalpha():
            reading, why = "’", "; inside a word it most often stood for an apostrophe"
        else:
            reading, why = None, "; what it stood for cannot be told from its place"
        yield Suggestion(paragraph.number, match.start(), match.end(), match.group(), reading, KIND_ENCODING,
                         14.0, lost + why)
    fixed = ftfy.fix_text(text, _FTFY)
    if fixed != text:
        import difflib

        for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, text, fixed, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            # Widen to whole words, so the witnessed string is one the matching rule finds.
            while a1 > 0 and not text[a1 - 1].isspace():
                a1, b1 = a1 - 1, b1 - 1
            while a2 < len(text) and not text[a2].isspace():
                a2, b2 = a2 + 1, b2 + 1
            if text[a1:a2].strip() and fixed[b1:b2].strip() and text[a1:a2] != fixed[b1:b2]:
                yield Suggestion(paragraph.number, a1, a2, text[a1:a2], fixed[b1:b2], KIND_ENCODING, 12.0,
                                 "mojibake: UTF-8 bytes read in another encoding; ftfy restores "
                                 f"{fixed[b1:b2]!r}")


# --- hyphens for dashes -------------------------------------------------------------------------

_DASH = re.compile(r"(?<=\s)--?(?=\s)|--|(?<=[\W_])-(?=[^\W\d_])|(?<=[^\W\d_])-(?=[\W_])")


def _dashes(paragraph: Paragraph) -> Iterator[Suggestion]:
    text = paragraph.text
    for match in _DASH.finditer(text):
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if before.isspace() and after.isspace():
            why = "a hyphen standing alone between words is a dash flattened by the transcription"
        elif match.group() == "--":
            why = "two hyphens are a typewriter's dash"
        elif before in "\n\r" or after in "\n\r" or not (before + after).strip():
            continue
        else:
            why = (f"a hyphen joining {before!r} to {after!r} joins no compound: a dash flattened by the "
                   "transcription")
        yield Suggestion(paragraph.number, match.start(), match.end(), match.group(), "—", KIND_PUNCTUATION,
                         7.0 if match.group() == "-" else 8.0, why)


_HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")
FUNCTION_WORD = 6.5  # Zipf: "the", "and", "which": no compound ends in one of these


def _joined_by_hyphen(paragraph: Paragraph, lexicon: Lexicon) -> Iterator[Suggestion]:
    """A dash read as a hyphen between two words, where they make no compound: "respectable-the"."""
    if not lexicon.has_words:
        return
    text = paragraph.text
    for match in _HYPHENATED.finditer(text):
        second = match.group(2)
        if len(second) < 3 or lexicon.zipf(second.lower()) < FUNCTION_WORD:
            continue
        yield Suggestion(paragraph.number, match.start(), match.end(), match.group(),
                         f"{match.group(1)}—{second}", KIND_PUNCTUATION, 4.5,
                         f"{match.group()!r} makes no compound: {second!r} is a function word (Zipf "
                         f"{lexicon.zipf(second.lower()):.1f}); a dash flattened to a hyphen")


# --- the language model -------------------------------------------------------------------------

class Model:
    """How well a word fits its neighbours: the language's word pairs (English) and the text's
    agreement, or, for a language without pairs, the text's own pairs and triples; with word
    frequencies. A place's own words are left out of the text's counts when it is judged."""

    def __init__(self, lexicon: Lexicon, stats: Statistics):
        self.lexicon, self.stats = lexicon, stats
        self.total = max(stats.total, 1)
        self.candidates: dict[tuple[str, bool], list[tuple[str, str, int]]] = {}
        self.vocabulary_by_length: dict[int, list[str]] = {}
        for word in stats.unigrams:
            self.vocabulary_by_length.setdefault(len(word), []).append(word)

    def unigram(self, word: str, own: int = 0) -> float:
        """The word's probability: the language's frequency, with the text's own use mixed in (a
        text repeats its words: a cache)."""
        in_text = max(self.stats.unigrams.get(word, 0) - own, 0) / self.total
        if self.lexicon.has_words:
            return 0.9 * max(self.lexicon.frequency(word), FLOOR) + 0.1 * in_text
        return max(in_text, 0.1 / self.total)

    def side(self, word: str, near: str | None, far: str | None, before: bool, own: bool) -> float:
        """P(word | the word next to it on one side, and the one beyond), from the text's own pairs
        and triples mixed with the word's frequency: for a language without a list of word pairs."""
        stats, less = self.stats, (1 if own else 0)
        total = weight = 0.0
        if near is not None:
            count = stats.unigrams.get(near, 0) - less
            if count > 0:
                pair = (word, near) if before else (near, word)
                total += WEIGHTS["text2"] * max(stats.bigrams.get(pair, 0) - less, 0) / count
                weight += WEIGHTS["text2"]
            if far is not None:
                count = stats.bigrams.get((near, far) if before else (far, near), 0) - less
                if count > 0:
                    triple = (word, near, far) if before else (far, near, word)
                    total += WEIGHTS["text3"] * max(stats.trigrams.get(triple, 0) - less, 0) / count
                    weight += WEIGHTS["text3"]
        total += WEIGHTS["words"] * self.unigram(word, less)
        return total / (weight + WEIGHTS["words"])

    def fit(self, word: str, context: tuple[str | None, ...], own: bool = False) -> float:
        """log P(word | the two words before and the two after), up to a constant for the place:
        the language's word pairs where it has them (else the text's own counts, mixed as in
        `side`), plus the text's agreement, the times its word pairs and triples hold `word` here."""
        far_left, left, right, far_right = context
        less = 1 if own else 0
        if self.lexicon.has_pairs:
            unigram = self.unigram(word, less)
            fit = -math.log(unigram)
            for near, before in ((left, False), (right, True)):
                language = None
                if near is not None:
                    language = (self.lexicon.pair_probability_before(word, near) if before
                                else self.lexicon.pair_probability(near, word))
                fit += math.log(unigram if language is None else 0.8 * language + 0.2 * unigram)
            return fit + AGREEMENT * (math.log1p(self.agreement(word, context, less))
                                      - math.log1p(EXPECTED * self.expected(word, context, less)))
        return (math.log(self.side(word, left, far_left, False, own))
                + math.log(self.side(word, right, far_right, True, own))
                - math.log(self.unigram(word, less)))

    def agreement(self, word: str, context: tuple[str | None, ...], less: int) -> int:
        """How often the texts have `word` with these neighbours (pairs and triples), this place left out."""
        far_left, left, right, far_right = context
        stats, count = self.stats, 0
        if left is not None:
            count += max(stats.bigrams.get((left, word), 0) - less, 0)
            if far_left is not None:
                count += max(stats.trigrams.get((far_left, left, word), 0) - less, 0)
        if right is not None:
            count += max(stats.bigrams.get((word, right), 0) - less, 0)
            if far_right is not None:
                count += max(stats.trigrams.get((word, right, far_right), 0) - less, 0)
        return count

    def expected(self, word: str, context: tuple[str | None, ...], less: int) -> float:
        """How often the texts would have `word` beside these neighbours by chance (their
        frequencies in the texts): a common word's agreement ("of the" 47 times) is no evidence
        beyond what its frequency leads one to expect."""
        _, left, right, _ = context
        share = max(self.stats.unigrams.get(word, 0) - less, 0) / self.total
        return sum(self.stats.unigrams.get(near, 0) * share for near in (left, right) if near is not None)

    def known(self, word: str) -> bool:
        return self.lexicon.spells(word) if self.lexicon.has_words else self.stats.unigrams[word] > 1


# --- capitals where no sentence begins ----------------------------------------------------------

def _capitals(paragraph: Paragraph, model: Model) -> Iterator[Suggestion]:
    tokens = paragraph.tokens
    for token in tokens:
        word = token.text
        if token.sentence_start or len(word) < 2 or not (word[0].isupper() and word[1:].islower()):
            continue
        lower = word.lower()
        in_lower = _lowercase_count(model.stats, lower)
        capitalised = model.stats.capitalised_inside[lower] - 1
        named = any(_capitalised(t.text) for t in _beside(tokens, token, paragraph.text))
        zipf = model.lexicon.zipf(lower)
        if (model.lexicon.has_words and zipf == 0) or written_capitalised(word, model.lexicon.language):
            continue  # a name: no word of the language, or one the dictionary writes with a capital
        score = 2.0 + 2.0 * math.log2(1 + in_lower) + max(zipf - 4.0, -1.0)
        score -= 2.0 * math.log2(1 + max(capitalised - in_lower, 0))
        if named:
            score -= 5.0
        parts = [f"{word!r} is capitalised where no sentence begins"]
        if in_lower:
            parts.append(f"the text has {lower!r} in lower case {_times(in_lower)}")
        if capitalised:
            parts.append(f"{word!r} {_times(capitalised)} more inside a sentence")
        if named:
            parts.append("beside another capitalised word (perhaps a name)")
        elif zipf >= 5.5:
            parts.append(f"{lower!r} is a common word (Zipf {zipf:.1f})")
        yield Suggestion(paragraph.number, token.start, token.end, word, lower, KIND_CAPITALS, score,
                         "; ".join(parts))


def _lowercase_count(stats: Statistics, lower: str) -> int:
    return stats.lowercase[lower]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _beside(tokens: tuple[Token, ...], token: Token, text: str) -> list[Token]:
    """The tokens right before and after, where only spaces or a hyphen separate them."""
    found = []
    for other in (tokens[token.index - 1] if token.index else None,
                  tokens[token.index + 1] if token.index + 1 < len(tokens) else None):
        if other is None:
            continue
        gap = text[min(other.end, token.end):max(other.start, token.start)]
        if gap.strip(" -") == "" and (not other.sentence_start or other.index > token.index):
            found.append(other)
            # a hyphenated name before it: "the Non-aligned Movement"
            if other.index < token.index and other.index and text[other.start - 1] == "-":
                found.append(tokens[other.index - 1])
    return found


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


# --- words: unknown ones, and real words that the context doubts --------------------------------

def _words(paragraph: Paragraph, model: Model) -> Iterator[Suggestion]:
    contexts = neighbours(paragraph)
    lexicon = model.lexicon
    rules, classes = agreement_rules(lexicon.language), classes_for(lexicon.language)
    clause_of = clauses(paragraph) if classes is not None else {}
    for token in paragraph.tokens:
        word = token.lower
        if len(word) < 2 or word.isdigit() or (lexicon.has_words and not is_word(token.text)
                                                  and not re.search(r"[^\W\d_]", word)):
            continue
        context = contexts.get(token.index, (None, None, None, None))
        known = model.known(word)
        capital_l = False
        if not known and token.text[:1].isupper() and not token.sentence_start:
            # a capitalised unknown word inside a sentence is a name, unless its capital is an l
            # misread as I ("Ianguage")
            capital_l = token.text[0] == "I" and len(word) > 2 and model.known("l" + word[1:])
            if not capital_l:
                continue
        zipf = lexicon.zipf(word)
        candidates = _candidates(word, model, far=not known or zipf < RARE)
        if not candidates and known:
            continue
        if known and (len(word) < 2 or (token.text.isupper() and len(token.text) > 1)):
            continue  # a letter alone, or an acronym
        own = model.fit(word, context, own=True)
        scored: list[tuple[float, float, str | None, str, int]] = []
        clause = clause_of.get(token.index)
        broken = broken_rule(word, clause, rules, classes) if clause is not None else None
        for option, how, distance in candidates:
            gain = model.fit(option, context) - own + _agreement(word, option, context, rules)[0]
            if broken is not None and broken.keeps(option):
                gain += AGREES
            if clause is not None and reading_breaks(option, clause, rules, classes):
                gain -= AGREES
            scored.append((gain + _channel(how, distance), gain, option, how, distance))
        scored.sort(reverse=True)
        best = scored[0] if scored else (0.0, 0.0, None, "", 0)
        _, gain, candidate, how, distance = best
        grammar_why = broken.why if broken is not None and candidate and broken.keeps(candidate) else ""
        if known and zipf >= RARE:
            score = best[0] - (SHORT_DOUBT if len(word) <= 3 else 0.0)
            if score <= SHOWN_BELOW:
                continue
        elif known and grammar_why:
            score = best[0]  # a rare word that breaks its clause's grammar is no part of the text's vocabulary
        elif known:
            # A rare word where another fits its neighbours better, beyond being commoner.
            fits = gain - math.log(model.unigram(candidate) / model.unigram(word)) if candidate else 0.0
            # (its gain beyond the frequencies: a reading that only is commoner is no evidence)
            if fits <= 3.0 and best[0] <= SHOWN_BELOW:
                continue
            score = best[0] - RARE_DOUBT
        else:
            repeated = model.stats.unigrams[word] - 1
            if candidate is not None and best[0] > -8:
                score = 6.0 + max(min(best[0], 6.0), -2.0) / 2
            else:
                candidate, score = None, 5.0
            score -= 2.0 * math.log2(1 + repeated)
        reading = _cased(candidate, token.text) if candidate else None
        if token.text[0] == "I" and candidate == "l" + word[1:]:
            reading = candidate  # the capital was the misreading
        yield Suggestion(paragraph.number, token.start, token.end, token.text, reading, KIND_OCR, score,
                         _evidence(token.text, candidate, how, distance, known, context, model, grammar_why))


def _channel(how: str, distance: int) -> float:
    return CHANNEL[how] if distance == 1 else CHANNEL["replaced"] + PER_EDIT * (distance - 1)


PRUNE_FAR = 24  # and of those further away (only a rare or unknown word has them)
PRUNE = 8  # candidates weighed in context for each word: those likeliest before the context is read


def _candidates(word: str, model: Model, far: bool) -> list[tuple[str, str, int]]:
    """Words the witnessed `word` may be a misreading of, with how, and the edits apart: the
    likeliest by their frequency and the letters' edit, before the context is read."""
    found = _candidates_cached(word, model, far)
    if len(found) <= PRUNE:
        return found

    def likeliest(candidates: list[tuple[str, str, int]], keep: int = PRUNE) -> list[tuple[str, str, int]]:
        return sorted(candidates, key=lambda c: -(math.log(model.unigram(c[0])) + _channel(c[1], c[2])))[:keep]

    # the near and the far are pruned apart: a far reading is never likelier before the context
    return likeliest([c for c in found if c[2] == 1]) + likeliest([c for c in found if c[2] > 1], PRUNE_FAR)


def _candidates_cached(word: str, model: Model, far: bool) -> list[tuple[str, str, int]]:
    """Once per word and model: a text repeats its words."""
    key = (word, far)
    if key not in model.candidates:
        model.candidates[key] = _all_candidates(word, model, far)
    return model.candidates[key]


def _all_candidates(word: str, model: Model, far: bool) -> list[tuple[str, str, int]]:
    found: dict[str, tuple[str, int]] = {}

    def offer(candidate: str, how: str, distance: int = 1) -> None:
        if candidate != word and candidate not in found and _plausible(candidate, model):
            found[candidate] = (how, distance)

    for intended, seen in confusions():
        position = word.find(seen)
        while position >= 0:
            offer(word[:position] + intended + word[position + len(seen):], "confusion")
            position = word.find(seen, position + 1)
    letters = _alphabet(model)
    for i in range(len(word) + 1):
        for letter in letters:
            offer(word[:i] + letter + word[i:], "dropped")
    for i in range(len(word)):
        doubled = i > 0 and word[i] == word[i - 1]
        offer(word[:i] + word[i + 1:], "doubled" if doubled else "inserted")
        for letter in letters:
            offer(word[:i] + letter + word[i + 1:], "replaced")
        if i + 1 < len(word):
            offer(word[:i] + word[i + 1] + word[i] + word[i + 2:], "swapped")
    if far and len(word) >= 4:
        reach = 2 if len(word) < 7 else 3
        if model.lexicon.has_words:
            for candidate, distance in model.lexicon.neighbours(word, reach):
                if distance > 1:
                    offer(candidate, "far", distance)
        for length in range(len(word) - reach, len(word) + reach + 1):
            for candidate in model.vocabulary_by_length.get(length, ()):
                distance = _distance(word, candidate, reach)
                if 1 < distance <= reach:
                    offer(candidate, "far", distance)
    return [(candidate, how, distance) for candidate, (how, distance) in found.items()]


def _distance(a: str, b: str, limit: int) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b, score_cutoff=limit)


def _plausible(candidate: str, model: Model) -> bool:
    """A reading worth weighing: a word of the language (not a rare one) or of the texts."""
    return candidate in model.lexicon.common or model.stats.unigrams.get(candidate, 0) >= 2


@functools.lru_cache(maxsize=16)
def _alphabet_of(words: frozenset[str]) -> str:
    return "".join(sorted({c for w in words for c in w if c.isalpha()}))


def _alphabet(model: Model) -> str:
    return _alphabet_of(frozenset(model.stats.unigrams))


def _cased(candidate: str, witnessed: str) -> str:
    if witnessed.isupper() and len(witnessed) > 1:
        return candidate.upper()
    if witnessed[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate


HOW = {"confusion": "an OCR letter confusion", "dropped": "a letter dropped", "doubled": "a letter doubled",
       "inserted": "a letter added", "replaced": "a letter misread", "swapped": "two letters swapped"}


def _evidence(witnessed: str, candidate: str | None, how: str, distance: int, known: bool,
              context: tuple[str | None, ...], model: Model, grammar_why: str = "") -> str:
    word, lexicon, stats = witnessed.lower(), model.lexicon, model.stats
    parts = []
    if not known:
        parts.append(f"{witnessed!r} is in no word list of the language" if lexicon.has_words
                     else f"{witnessed!r} occurs nowhere else in the texts")
    if candidate is None:
        parts.append("no close word fits")
        return "; ".join(parts)
    if how == "confusion":
        pair = next(((a, b) for a, b in confusions() if _applies(word, candidate, a, b)), None)
        parts.append(f"{pair[1]!r} read for {pair[0]!r}, an OCR confusion" if pair else HOW[how])
    elif how in HOW:
        parts.append(HOW[how])
    else:
        parts.append(f"{distance} letters apart")
    if known and lexicon.has_words:
        parts.append(f"{candidate!r} Zipf {lexicon.zipf(candidate):.1f}, {word!r} {lexicon.zipf(word):.1f}")
    agrees = _agreement(word, candidate, context, agreement_rules(lexicon.language))[1]
    if agrees:
        parts.append(agrees)
    if grammar_why:
        parts.append(grammar_why)
    _, left, right, _ = context
    for first, second in ((left, candidate), (candidate, right)):
        if first is None or second is None:
            continue
        mine = (first, word) if second == candidate else (word, second)
        in_text = stats.bigrams.get((first, second), 0)
        if in_text:
            elsewhere = stats.bigrams.get(mine, 0) - 1  # this place left out
            parts.append(f"'{first} {second}' occurs {_times(in_text)} in the texts; "
                         f"'{mine[0]} {mine[1]}' {_times(elsewhere) + ' elsewhere' if elsewhere else 'nowhere else'}")
        elif lexicon.has_pairs and lexicon.pair_counts.get((first, second)):
            theirs = lexicon.pair_counts[first, second]
            if mine in lexicon.pair_counts:
                if theirs > lexicon.pair_counts[mine]:
                    parts.append(f"'{first} {second}' is {theirs / lexicon.pair_counts[mine]:,.0f} times as "
                                 f"common as '{mine[0]} {mine[1]}' in the language's word pairs")
            else:
                parts.append(f"'{first} {second}' is a common pair in the language, '{mine[0]} {mine[1]}' is not")
    count = stats.unigrams.get(candidate, 0)
    if count:
        parts.append(f"{candidate!r} occurs {_times(count)} in the texts")
    return "; ".join(parts)


def _applies(word: str, candidate: str, intended: str, seen: str) -> bool:
    position = word.find(seen)
    while position >= 0:
        if word[:position] + intended + word[position + len(seen):] == candidate:
            return True
        position = word.find(seen, position + 1)
    return False


# --- words run together or split -----------------------------------------------------------------

_BROKEN = re.compile(r"([^\W\d_]+)-[ \t]*\r?\n\s*([^\W\d_]+)")


def _divisions(paragraph: Paragraph, model: Model) -> Iterator[Suggestion]:
    lexicon, text = model.lexicon, paragraph.text
    if not (lexicon.has_words or model.stats.total):
        return
    # A word broken at a line's end with a hyphen, in a hard-wrapped text.
    for match in _BROKEN.finditer(text):
        joined = (match.group(1) + match.group(2)).lower()
        hyphenated = f"{match.group(1)}-{match.group(2)}".lower()
        if model.known(joined) and not model.known(hyphenated) and lexicon.zipf(joined) >= 2.5:
            yield Suggestion(paragraph.number, match.start(), match.end(),
                             f"{match.group(1)}- {match.group(2)}", match.group(1) + match.group(2), KIND_DIVISION,
                             9.0, f"a word broken with a hyphen at a line's end: {joined!r} is a word, "
                             f"{hyphenated!r} is not")
    tokens = paragraph.tokens
    for token, following in itertools.pairwise(tokens):
        gap = text[token.end:following.start]
        if not gap.isspace() or not is_word(token.text + following.text):
            continue
        joined = (token.text + following.text).lower()
        if (model.known(joined) and lexicon.zipf(joined) >= 3.0
                and not (model.known(token.lower) and model.known(following.lower))):
            yield Suggestion(paragraph.number, token.start, following.end, f"{token.text} {following.text}",
                             token.text + following.text, KIND_DIVISION, 8.0,
                             f"{joined!r} is a word; {token.text!r} and {following.text!r} are not both words")
    for token in tokens:
        word = token.lower
        if len(word) < 4 or (model.known(word) and lexicon.zipf(word) >= RARE) or not is_word(token.text):
            continue  # (a rare "word" may be a web list's typo: "andthe")
        splits = [(lexicon.zipf(word[:i]) + lexicon.zipf(word[i:]), word[:i], word[i:])
                  for i in range(1, len(word))
                  if model.known(word[:i]) and model.known(word[i:])
                  and min(lexicon.zipf(word[:i]), lexicon.zipf(word[i:])) >= (3.5 if lexicon.has_words else 0)
                  and (len(word[:i]) > 1 or word[:i] in "ai") and (len(word[i:]) > 1 or word[i:] in "ai")
                  and (not lexicon.has_pairs or (word[:i], word[i:]) in lexicon.pair_counts)]
        if splits:
            _, first, second = max(splits)
            reading = _cased(first, token.text) + " " + second
            yield Suggestion(paragraph.number, token.start, token.end, token.text, reading, KIND_DIVISION, 8.5,
                             f"{token.text!r} is no word; {first!r} and {second!r} are, run together")
