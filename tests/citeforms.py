"""The citation forms as the cite control must give them, from the model (TextMeta, EditionIdentity).

The forms are written by edition/references.py; the How to cite page shows them. Each handles a
part with or without a unit, a title or none, a date of any precision and either name order.
"""

from __future__ import annotations

from dataclasses import dataclass

from edition.model import EditionIdentity, TextMeta
from edition.references import PARAGRAPH, copy_forms, entry_key  # noqa: F401  (entry_key: for the tests)


@dataclass(frozen=True)
class Em:
    """A title set in italics."""
    text: str


@dataclass(frozen=True)
class Citation:
    style: str
    parts: tuple

    @property
    def plain(self) -> str:
        return "".join(p.text if isinstance(p, Em) else p for p in self.parts)

    @property
    def italics(self) -> list[str]:
        return [p.text for p in self.parts if isinstance(p, Em)]


def page_url(meta: TextMeta, base: str) -> str:
    return f"{base}{meta.slug}/"


def paragraph_url(meta: TextMeta, base: str, number: int) -> str:
    return f"{page_url(meta, base)}#p{number}"


def citations(meta: TextMeta, identity: EditionIdentity, base: str, number: int) -> list[Citation]:
    """The forms of edition/references.py with the paragraph filled in, as the cite control fills it.

    Their rules are checked against the How to cite page (hand-written) and against citeproc-js
    with the official styles (tests/test_reference_managers.py); no form has an access date.
    """
    return [Citation(form["style"], tuple(Em(text.replace(PARAGRAPH, str(number))) if em
                                          else text.replace(PARAGRAPH, str(number)) for text, em in form["parts"]))
            for form in copy_forms(meta, identity, base)]
