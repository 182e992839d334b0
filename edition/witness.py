"""The paragraph rule and the matching rule, each written once.

Paragraph rule: the file is split at blank lines (lines holding only white space,
no-break spaces included). Each block loses leading and trailing white space, which
removes the trailing U+00A0 left by the source page's `&nbsp;`; a missing final
newline changes nothing. The first blocks are the header lines the metadata names;
the rest are the body paragraphs, numbered from 1.

Matching rule: a string is found as an exact, case-sensitive substring, except that a
string beginning (ending) with a word character does not match where another word
character precedes (follows): "word" is not found inside "words" or "sword".
Matches are counted left to right without overlap.
"""

from __future__ import annotations

import re
import unicodedata

from .model import short

_BLANK_LINES = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+\n|\n[^\S\n]*\n")
_TRIM = " \t\r\n\u00a0"


def split_blocks(raw: str) -> list[str]:
    """The witness as its blocks, in order, with the paragraph rule applied."""
    blocks = (block.strip(_TRIM) for block in _BLANK_LINES.split(raw.replace("\r\n", "\n")))
    return [block for block in blocks if block]


def find_all(haystack: str, needle: str, *, ignore_case: bool = False) -> list[tuple[int, int]]:
    """Every match of `needle` in `haystack` under the matching rule, as (start, end)."""
    if not needle:
        return []
    pattern = re.escape(needle)
    if re.match(r"\w", needle[0]):
        pattern = r"(?<!\w)" + pattern
    if re.match(r"\w", needle[-1]):
        pattern += r"(?!\w)"
    flags = re.IGNORECASE if ignore_case else 0
    return [m.span() for m in re.finditer(pattern, haystack, flags)]


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
    for form, other in (("NFC", "NFD"), ("NFD", "NFC")):
        if unicodedata.normalize(form, needle) != needle and find_all(haystack, unicodedata.normalize(form, needle)):
            return (f"; it is there with its accented letters {names[form]}, as the text has them, where the "
                    f"entry's are not: retype them, or copy the string from the text")
    return ""
