"""Cross-references: "¶7", "the note to ¶7", "(¶8)", "¶21–¶23" in the editors' words link to that paragraph.

A note, a correction's reason and a glossary definition cite paragraphs as "¶N". Each such
reference is a reference to paragraph N of the entry's own text: a note's and a correction's
text, and for a definition the one text its term is written for (`texts: [NAME]`); a definition
that cites a paragraph must name exactly one text, or the reference would change meaning
when a text is added (`check` refuses it, and a reference to a paragraph the text lacks).

This is one step on the editors' source, before it is converted: `parts` cuts a string into
text and references, and `linked` writes each reference as a Markdown link to the address
each output gives a paragraph (`section-3.md#p7` on the site, `text-section-3.xhtml#p7` in the
EPUB, `#p7` in the TEI). In Markdown, a reference inside code, inside a link's text or
target, or in a link reference definition is left as written (a link cannot hold a link).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .model import Term

# A reference: the pilcrow and the paragraph's number ("¶7"; in "¶21–¶23" each is one), or a
# range written with one pilcrow ("¶21–23"), which links to its first paragraph.
REFERENCE = re.compile(r"¶(\d+)(?:[–-](\d+)(?![\d–-]))?")
# What stays as written in Markdown: a code span or fence (a run of backticks to the next
# run as long), a link or image with its target ([text](url), [text][ref]), and a link
# reference definition ([ref]: url).
_KEPT_IN_MARKDOWN = re.compile(
    r"(`+)[\s\S]*?\1|!?\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])|^ {0,3}\[[^\]\n]+\]:[^\n]*", re.M)


@dataclass(frozen=True)
class ParagraphReference:
    """A "¶N" (or "¶N–M") as written, and the paragraph it names (the range's last: `last`)."""

    paragraph: int
    label: str
    last: int | None = None


Part = str | ParagraphReference


def cited_text(term: Term) -> str | None:
    """The text whose paragraphs a definition's "¶N" names: the one text the term is written for."""
    return term.texts[0] if len(term.texts) == 1 else None


def parts(source: str, markdown: bool = True) -> list[Part]:
    """`source` as text and references, in order; joined as written, they give `source` back."""
    if "¶" not in source:  # no reference: the spans (a scan per "[", to the line's end) are not needed
        return [source] if source else []
    result: list[Part] = []
    position = 0
    for start, end in _open_spans(source, markdown):
        for match in REFERENCE.finditer(source, start, end):
            if match.start() > position:
                result.append(source[position:match.start()])
            result.append(ParagraphReference(int(match[1]), match[0], int(match[2]) if match[2] else None))
            position = match.end()
    if position < len(source):
        result.append(source[position:])
    return result


def references(source: str, markdown: bool = True) -> list[ParagraphReference]:
    """Every reference in `source` that links (in Markdown, outside code and links)."""
    return [part for part in parts(source, markdown) if isinstance(part, ParagraphReference)]


def linked(source: str, target: Callable[[int], str], markdown: bool = True,
           escape: Callable[[str], str] = lambda text: text) -> str:
    """Markdown in which each reference is a link to `target(N)`.

    With markdown=False, `source` is plain text (a correction's reason): each run of text
    is passed through `escape` so that it prints as written.
    """
    return "".join(f"[{part.label}]({target(part.paragraph)})" if isinstance(part, ParagraphReference)
                   else part if markdown else escape(part)
                   for part in parts(source, markdown))


def _open_spans(source: str, markdown: bool) -> Iterator[tuple[int, int]]:
    """The stretches of `source` where a reference links."""
    if not markdown:
        yield 0, len(source)
        return
    position = 0
    for kept in _KEPT_IN_MARKDOWN.finditer(source):
        yield position, kept.start()
        position = kept.end()
    yield position, len(source)
