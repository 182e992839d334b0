"""A text's language as the pages and exports mark it: its BCP 47 tag (`lang`, `xml:lang`) and the
direction of its script (`dir`).

The direction is the script's: the tag's own script subtag where it has one (`az-Arab`,
`ar-Latn`), else the script the language is most likely written in (langcodes' likely
subtags: `ar` → Arab, `yi` → Hebr, `dv` → Thaa), right-to-left when that script is one of
RTL_SCRIPTS. The apparatus (headings, labels, the editors' notes) is in the edition's language
(mkdocs.yml's `theme.language`), never in a text's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import langcodes

from .model import Term

# The ISO 15924 scripts written right to left (CLDR's script metadata, Unicode's bidi class R/AL).
RTL_SCRIPTS = frozenset({
    "Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hebr", "Hung", "Khar",
    "Lydi", "Mand", "Mani", "Mend", "Merc", "Mero", "Narb", "Nbat", "Nkoo", "Orkh", "Ougr", "Palm",
    "Phli", "Phlp", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo", "Syrc", "Thaa", "Yezi",
})

# What a BCP 47 tag is made of (load checks the tag itself with langcodes).
_TAG = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


@functools.cache
def direction(tag: str) -> str:
    """"rtl" or "ltr": the direction of the script a text tagged `tag` is written in."""
    try:
        language = langcodes.Language.get(tag)
        script = language.script or language.maximize().script
    except (LookupError, ValueError):  # an invalid tag (load refuses it): the default direction
        return "ltr"
    return "rtl" if script in RTL_SCRIPTS else "ltr"


def quotes_the_text(term: Term) -> bool:
    """Whether a glossary headword is one of its forms (case aside): then it quotes the text, in the
    text's language; else it is the editors' word for it (a translation, a transliteration)."""
    return term.term.casefold() in {form.casefold() for form in term.forms}


@dataclass(frozen=True)
class TextLanguage:
    """How a text's content is marked: `lang` always, `dir` only where it is right to left (left to
    right is the page's own)."""

    tag: str

    @property
    def direction(self) -> str:
        return direction(self.tag)

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def attributes(self) -> dict[str, str]:
        """The HTML attributes of an element holding the text's content (none for a tag that is not
        one: load refuses it, and nothing else may stand in an attribute)."""
        if not _TAG.fullmatch(self.tag):
            return {}
        return {"lang": self.tag, "dir": "rtl"} if self.rtl else {"lang": self.tag}

    @property
    def isolated(self) -> dict[str, str]:
        """The attributes of a string of the text among other content (a table cell, a heading):
        isolated from what surrounds it, in its own direction (`dir="auto"` for a left-to-right
        text, whose string may still hold a right-to-left word)."""
        return {"lang": self.tag, "dir": self.direction if self.rtl else "auto"} if _TAG.fullmatch(self.tag) else {}

    def attr_list(self, isolated: bool = False) -> str:
        """The attributes as attr_list writes them (`lang="ar" dir="rtl"`): a tag is letters, digits
        and hyphens, which need no escaping there."""
        attributes = self.isolated if isolated else self.attributes
        return " ".join(f'{name}="{value}"' for name, value in attributes.items())
