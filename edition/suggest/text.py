"""The witness as `suggest` reads it: paragraphs, word tokens with their places, and the text's
own word statistics. Reads `source/NAME.txt` and `source/NAME.yaml` only (never annotations/).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..witness import split_blocks
from ..yamlfile import read_yaml


class SuggestFailed(Exception):
    """A text that cannot be read: the message says which file and why."""


@dataclass(frozen=True)
class Token:
    """A word of a paragraph: its text as witnessed, its place, and whether a sentence may begin here."""

    text: str
    start: int
    end: int
    sentence_start: bool
    index: int  # its place among the paragraph's tokens

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Paragraph:
    number: int
    text: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Witness:
    name: str
    language: str
    paragraphs: tuple[Paragraph, ...]


# A word: letters and digits, with inner apostrophes ("don't", "l'état"); digits count so that
# "1ike" (l read as 1) is one word.
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# What ends a sentence, so that the next word may begin with a capital.
_SENTENCE_END = set(".!?:;…\ufffd")
# What may stand between a sentence's end and its first word: quotation marks, brackets, dashes.
_OPENERS = set("\"'“”‘’«»„([{-–—*_ \t\r\n\u00a0")
# Scripts that write words without spaces: a run of them is segmented with the language's word list.
_SPACELESS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                        r"\u4e00-\u9fff\uf900-\ufaff]+")


def read_witness(root: Path, name: str, segmenter: Callable[[str], list[str]] | None = None) -> Witness:
    """The text `name`: its witness split by the paragraph rule, header lines dropped, each
    paragraph cut into word tokens. `segmenter` cuts a run of a script written without spaces."""
    text_path, meta_path = require_text(root, name), root / "source" / f"{name}.yaml"
    language, header = read_metadata(meta_path, f"source/{name}.yaml")
    try:
        raw = text_path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise SuggestFailed(f"source/{name}.txt: not UTF-8 ({error.reason})") from None
    blocks = split_blocks(raw)[header:]
    paragraphs = tuple(Paragraph(number, block, tokenize(block, segmenter))
                       for number, block in enumerate(blocks, 1))
    return Witness(name, language, paragraphs)


def require_text(root: Path, name: str) -> Path:
    """The witness of the text `name`, or the reason there is none."""
    source = root / "source"
    text_path = source / f"{name}.txt"
    if not text_path.is_file():
        known = sorted(p.stem for p in source.glob("*.txt")) if source.is_dir() else []
        raise SuggestFailed(f"no text {name!r}: source/{name}.txt does not exist"
                            + (f" (the texts: {', '.join(known)})" if known else ""))
    return text_path


def read_metadata(path: Path, name: str) -> tuple[str, int]:
    """The text's language and the number of its header lines, from its metadata."""
    if not path.is_file():
        raise SuggestFailed(f"{name} is missing: the text's metadata names its language")
    document, problems = read_yaml(path, name)
    if problems or not isinstance(document, dict):
        raise SuggestFailed(f"{name}: cannot be read" + (f": {problems[0]}" if problems else ""))
    language, header = document.get("language"), document.get("header", [])
    if not isinstance(language, str) or not language.strip():
        raise SuggestFailed(f"{name}: no 'language': suggest chooses its word list by it")
    return language.strip(), len(header) if isinstance(header, list) else 0


def tokenize(paragraph: str, segmenter: Callable[[str], list[str]] | None = None) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for match in _WORD.finditer(paragraph):
        pieces = [(match.group(), match.start())]
        if segmenter is not None and _SPACELESS.search(match.group()):
            pieces = list(_segment(match.group(), match.start(), segmenter))
        for piece, start in pieces:
            tokens.append(Token(piece, start, start + len(piece), _begins_sentence(paragraph, start),
                                len(tokens)))
    return tuple(tokens)


def _segment(word: str, offset: int, segmenter: Callable[[str], list[str]]) -> Iterable[tuple[str, int]]:
    """The word cut where its script has no spaces: other runs stay whole."""
    position = 0
    for run in _SPACELESS.finditer(word):
        if run.start() > position:
            yield word[position:run.start()], offset + position
        cursor = run.start()
        for piece in segmenter(run.group()):
            yield piece, offset + cursor
            cursor += len(piece)
        position = run.end()
    if position < len(word):
        yield word[position:], offset + position


def _begins_sentence(paragraph: str, start: int) -> bool:
    position = start - 1
    while position >= 0 and paragraph[position] in _OPENERS:
        position -= 1
    return position < 0 or paragraph[position] in _SENTENCE_END


def is_word(text: str) -> bool:
    """A token made of letters (marks included), not a number."""
    return all(unicodedata.category(c)[0] in "LM" or c in "'’" for c in text)


@dataclass
class Statistics:
    """Counts of words, word pairs and triples (lower case) in the texts read: the text's own
    evidence, and that of the edition's other texts in its language."""

    unigrams: Counter[str] = field(default_factory=Counter)
    bigrams: Counter[tuple[str, str]] = field(default_factory=Counter)
    trigrams: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    capitalised_inside: Counter[str] = field(default_factory=Counter)  # Word, where no sentence begins
    lowercase: Counter[str] = field(default_factory=Counter)           # word, written in lower case
    total: int = 0

    def add(self, paragraphs: Iterable[Paragraph]) -> None:
        for paragraph in paragraphs:
            for run in runs(paragraph):
                words = [t.lower for t in run]
                self.unigrams.update(words)
                self.total += len(words)
                self.bigrams.update(itertools.pairwise(words))
                self.trigrams.update(zip(words, words[1:], words[2:], strict=False))
            for token in paragraph.tokens:
                if token.text == token.lower:
                    self.lowercase[token.lower] += 1
                if not token.sentence_start and token.text[:1].isupper() and token.text[1:].islower():
                    self.capitalised_inside[token.lower] += 1


_BREAK = re.compile(r"[.!?;:()\[\]\"“”«»\ufffd]|--|—|–")


def runs(paragraph: Paragraph) -> list[list[Token]]:
    """The paragraph's tokens in runs that no sentence punctuation, bracket or quotation mark
    interrupts: word pairs are counted within a run only."""
    result: list[list[Token]] = [[]]
    previous_end = 0
    for token in paragraph.tokens:
        if result[-1] and _BREAK.search(paragraph.text, previous_end, token.start):
            result.append([])
        result[-1].append(token)
        previous_end = token.end
    return [run for run in result if run]


def neighbours(paragraph: Paragraph) -> dict[int, tuple[str | None, str | None, str | None, str | None]]:
    """For each token's index, the two words before and the two after it within its run."""
    found: dict[int, tuple[str | None, str | None, str | None, str | None]] = {}
    for run in runs(paragraph):
        words = [t.lower for t in run]
        for place, token in enumerate(run):
            found[token.index] = (words[place - 2] if place >= 2 else None,
                                  words[place - 1] if place >= 1 else None,
                                  words[place + 1] if place + 1 < len(words) else None,
                                  words[place + 2] if place + 2 < len(words) else None)
    return found
