"""The paragraph rule and the matching rule, each written once.

Paragraph rule: a leading byte-order mark is not text; the file is split at blank lines (lines holding only white space,
no-break spaces included). Each block loses leading and trailing white space, which
removes the trailing U+00A0 left by the source page's `&nbsp;`; a missing final
newline changes nothing. The first blocks are the header lines the metadata names;
the rest are the body paragraphs, numbered from 1.

Matching rule: a string is found as an exact, case-sensitive substring, except that a
string beginning (ending) with a letter or digit of a script whose words are delimited by
spaces does not match where another such character precedes (follows): "word" is not found
inside "words" or "sword"; and that any run of white space in the string matches any run of
white space in the paragraph (a line break of a hard-wrapped witness, CRLF included, matches
a space). In scripts written without spaces between words (Han, Kana, Hangul, Thai, ...:
CONTINUOUS_SCRIPTS) a string matches wherever it occurs, since no word boundary can be seen.
Matches are counted left to right without overlap.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import regex  # Unicode script properties (\p{scx=Han}), which the standard library's re lacks

from .model import short

# Scripts written without spaces between words, where "not inside a longer word" cannot apply:
# a string of them matches wherever it occurs. Korean puts spaces between phrases, but its
# particles are written onto the noun (朝鮮의), so Hangul is here too. Script_Extensions, so that
# marks shared by these scripts (々, ー) count with them.
CONTINUOUS_SCRIPTS = ("Han", "Hiragana", "Katakana", "Hangul", "Bopomofo", "Yi", "Thai", "Lao", "Khmer",
                      "Myanmar", "Tibetan", "Tai_Le", "New_Tai_Lue", "Tai_Tham", "Tai_Viet", "Javanese", "Balinese")
_CONTINUOUS_CHARACTER = regex.compile("[" + "".join(f"\\p{{scx={script}}}" for script in CONTINUOUS_SCRIPTS) + "]")
_WORD = re.compile(r"\w")
_NOT_WORD = re.compile(r"\W")

_BLANK_LINES = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+\n|\n[^\S\n]*\n")
_TRIM = " \t\r\n\u00a0"


# What neither XML 1.0 (the TEI, the EPUBs' XHTML) nor HTML can carry: control characters but tab,
# line feed and carriage return (form feed, ESC, NUL, DEL, the C1 block), surrogates and the
# noncharacters. A witness holding one is refused at its line: an export that dropped or
# replaced it would no longer be the witness byte for byte.
_UNCARRIED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                        + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17))
                        + "]")


def uncarried(raw: str) -> list[tuple[int, str]]:
    """Each character of a witness that XML 1.0 or HTML cannot carry, with its line (from 1)."""
    found, line, at = [], 1, 0
    for match in _UNCARRIED.finditer(raw):
        line, at = line + raw.count("\n", at, match.start()), match.start()
        found.append((line, match.group()))
    return found


def split_blocks(raw: str, *, verse: bool = False) -> list[str]:
    """The witness as its blocks, in order, with the paragraph rule applied.

    A leading byte-order mark (U+FEFF) is a mark of the file's encoding, not of its text: the file
    keeps it (byte for byte), the blocks do not, so it never reaches a title or a paragraph.
    In verse (`verse`) a block's first line keeps its indentation, as every other line does: only
    the blank lines before it go.
    """
    raw = raw.removeprefix("\ufeff")
    blocks = (_LEADING_BLANK_LINES.sub("", block.rstrip(_TRIM)) if verse else block.strip(_TRIM)
              for block in _BLANK_LINES.split(raw.replace("\r\n", "\n")))
    return [block for block in blocks if block.strip(_TRIM)]


_LEADING_BLANK_LINES = re.compile(r"\A(?:[^\S\n]*\n)+")


def verse_lines_kept(witnessed: str, reading: str) -> str | None:
    """A verse correction's reading with the witnessed string's line ends kept where it crosses them.

    The reading is one line of the entry; where the witnessed string runs over a line end, the
    reading's white space runs are taken, in order, for the witnessed string's, and each run that
    holds a line end (with the next line's indentation) is put back. None when the two do not have
    as many runs of white space: which of the reading's words begins the next line cannot be told.
    """
    if "\n" not in witnessed:
        return reading
    spaces, reading_spaces = re.findall(r"\s+", witnessed), re.findall(r"\s+", reading)
    if len(spaces) != len(reading_spaces):
        return None
    words = re.split(r"\s+", reading)
    kept = [words[0]]
    for space, reading_space, word in zip(spaces, reading_spaces, words[1:], strict=True):
        kept += [space if "\n" in space else reading_space, word]
    return "".join(kept)


def find_all(haystack: str, needle: str, *, ignore_case: bool = False) -> list[tuple[int, int]]:
    """Every match of `needle` in `haystack` under the matching rule, as (start, end)."""
    if not needle:
        return []
    pattern, spans, position = _pattern(needle, ignore_case), [], 0
    while match := pattern.search(haystack, position):
        start, end = match.span()
        if _bounded(haystack, needle, start, end):
            spans.append((start, end))
            position = end
        else:
            position = start + 1
    return spans


@functools.lru_cache(maxsize=65536)
def _spaced_word(character: str) -> bool:
    """A letter, digit or underscore of a script whose words are delimited by spaces (Latin, Cyrillic,
    Arabic, ...): a word character, as the regular expressions read it, not of CONTINUOUS_SCRIPTS."""
    return _WORD.match(character) is not None and _CONTINUOUS_CHARACTER.match(character) is None


def _bounded(haystack: str, needle: str, start: int, end: int) -> bool:
    """The match is not inside a longer word of a spaced script (the checks re's lookarounds would make,
    done here so that the patterns stay the standard library's, which are faster)."""
    if start and _spaced_word(needle[0]) and _spaced_word(haystack[start - 1]):
        return False
    return not (end < len(haystack) and _spaced_word(needle[-1]) and _spaced_word(haystack[end]))


@functools.lru_cache(maxsize=4096)
def _pattern(needle: str, ignore_case: bool) -> re.Pattern:
    # Any run of white space matches any run: a phrase crosses the line breaks of a hard-wrapped text.
    pattern = r"\s+".join(re.escape(part) for part in re.split(r"\s+", needle))
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


def find_each(haystack: str, needles: tuple[str, ...], *, ignore_case: bool = False) -> dict[str, list[tuple[int, int]]]:
    """`find_all` for each of many needles, with the same result, in about one pass over `haystack`.

    A needle that begins with a letter or digit of a spaced script can only match where no such
    character precedes (the matching rule), so it is tried at those places only, and there only if its
    first character fits the one found there; its matches are counted left to right without
    overlap, as `find_all` does. A paragraph is read about once for a whole glossary, not
    once for each form of each term.
    """
    found: dict[str, list[tuple[int, int]]] = {needle: [] for needle in needles if needle}
    starting = _starting(tuple(found), ignore_case)
    for needle in starting.elsewhere:
        found[needle] = find_all(haystack, needle, ignore_case=ignore_case)
    length = len(haystack)
    positions = {0, *(m.end() for m in _NOT_WORD.finditer(haystack))}
    if not haystack.isascii():
        positions.update(m.end() for m in _CONTINUOUS_CHARACTER.finditer(haystack))
    for position in sorted(positions):
        if position >= length:
            continue
        for needle, pattern in starting[haystack[position]]:
            spans = found[needle]
            if spans and position < spans[-1][1]:
                continue
            match = pattern.match(haystack, position)
            if match and _bounded(haystack, needle, *match.span()):
                spans.append(match.span())
    return found


class _Starting(dict):
    """For a character, the needles beginning with a spaced script's letter or digit that it can begin
    (by the regular expressions' own rule); the others are looked for everywhere."""

    def __init__(self, needles: tuple[str, ...], ignore_case: bool):
        super().__init__()
        self.ignore_case, self.flags = ignore_case, re.IGNORECASE if ignore_case else 0
        self.word_first = [n for n in needles if _spaced_word(n[0])]
        self.elsewhere = [n for n in needles if not _spaced_word(n[0])]

    def __missing__(self, character: str):
        fitting = [(n, _pattern(n, self.ignore_case)) for n in self.word_first
                   if re.fullmatch(re.escape(n[0]), character, self.flags)]
        self[character] = fitting
        return fitting


@functools.lru_cache(maxsize=64)
def _starting(needles: tuple[str, ...], ignore_case: bool) -> _Starting:
    return _Starting(needles, ignore_case)



def one_line(text: str) -> str:
    """The text with each run of white space that holds a line break made one space.

    For what must stay on one line: a heading, a table cell, a tooltip, a search entry.
    """
    return re.sub(r"\s*[\r\n]\s*", " ", text)


def as_shown(text: str, verse: bool) -> str:
    """A paragraph's text as its page holds it: in verse (TextMeta.form) each line kept, line breaks
    and indentation; in prose each line break a space (one_line)."""
    return text if verse else one_line(text)


def locate(haystack: str, needle: object, occurrence: object, what: str, where: str) -> tuple[tuple[int, int] | None, str]:
    """The span of the chosen match, or None and the reason it cannot be chosen."""
    if not isinstance(needle, str) or not needle:
        return None, f"{what} must be a non-empty string"
    if occurrence is not None and (not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1):
        return None, f"'occurrence' must be a whole number from 1, not {short(occurrence)}"
    matches = find_all(haystack, needle)
    if not matches:
        return None, f"{what} {short(needle)} is not found in {where}" + _normalisation_hint(haystack, needle)
    if occurrence is None:
        if len(matches) > 1:
            return None, f"{what} {short(needle)} occurs {len(matches)} times in {where}; say which with 'occurrence'"
        return matches[0], ""
    if occurrence > len(matches):
        return None, (f"the entry says occurrence {occurrence} of {what} {short(needle)}, but it occurs "
                      f"{len(matches)} time{'s' if len(matches) > 1 else ''} in {where}")
    return matches[occurrence - 1], ""


def _normalisation_hint(haystack: str, needle: str) -> str:
    """Why a string that looks right is not found: its letters are composed one way, the text's the other."""
    names = {"NFC": "composed, NFC", "NFD": "decomposed, NFD"}
    for form in ("NFC", "NFD"):
        if unicodedata.normalize(form, needle) != needle and find_all(haystack, unicodedata.normalize(form, needle)):
            return (f"; it is there with its accented letters {names[form]}, as the text has them, where the "
                    f"entry's are not: retype them, or copy the string from the text")
    return ""
