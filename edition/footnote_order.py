"""Python-Markdown's footnotes in linear time: each footnote's number from an index.

At every reference the footnotes extension numbers its note by searching a list: the notes in
the order they are defined (`list(footnotes.keys()).index(id)`, its default), or in the order
they are first referred to (`footnote_order.index(id)`, and `id in footnote_order` before it).
A page of 100,000 notes took minutes (quadratic). `install` keeps both orders indexed by a dict
and registers a reference processor that reads the index, under the extension's own name and
place (`footnote`, 175), with the same output: every page is byte for byte what the extension
writes, and the extension keeps its name in mkdocs.yml. MkDocs (in build's process), check
and the exports make their converters after `install` (edition/__init__.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections import OrderedDict

from markdown.extensions.footnotes import FootnoteExtension, FootnoteInlineProcessor


class IndexedOrder(list):
    """The ids in the order first referred to (the extension appends an id only if it is not in
    it yet), answering `in` and `index` from a dict."""

    def __init__(self) -> None:
        super().__init__()
        self._position: dict[str, int] = {}

    def append(self, id: str) -> None:
        self._position.setdefault(id, len(self))
        super().append(id)

    def __contains__(self, id: object) -> bool:
        return id in self._position

    def index(self, id, *bounds) -> int:
        if bounds or id not in self._position:
            return super().index(id, *bounds)
        return self._position[id]


class IndexedDefinitions(OrderedDict):
    """The footnotes' texts in the order defined (the extension never removes one), with each
    id's position."""

    def __init__(self) -> None:
        super().__init__()
        self.position: dict[str, int] = {}

    def __setitem__(self, id, text) -> None:
        self.position.setdefault(id, len(self.position))
        super().__setitem__(id, text)


class IndexedReferences(FootnoteInlineProcessor):
    """The extension's reference processor, numbering from the indexes instead of a search."""

    def handleMatch(self, m: re.Match[str], data: str):
        footnotes = self.footnotes
        id = m.group(1)
        if id not in footnotes.footnotes:
            return None, None, None
        footnotes.addFootnoteRef(id)
        if footnotes.getConfig("USE_DEFINITION_ORDER"):
            number = footnotes.footnotes.position[id] + 1
        else:
            number = footnotes.footnote_order.index(id) + 1
        sup = etree.Element("sup")
        a = etree.SubElement(sup, "a")
        sup.set("id", footnotes.makeFootnoteRefId(id, found=True))
        a.set("href", "#" + footnotes.makeFootnoteId(id))
        a.set("class", "footnote-ref")
        a.text = footnotes.getConfig("SUPERSCRIPT_TEXT").format(number)
        return sup, m.start(0), m.end(0)


_reset = FootnoteExtension.reset
_extend = FootnoteExtension.extendMarkdown


def _indexed_reset(self: FootnoteExtension) -> None:
    _reset(self)
    self.footnote_order = IndexedOrder()
    self.footnotes = IndexedDefinitions()


def _indexed_extend(self: FootnoteExtension, md) -> None:
    _extend(self, md)
    name = "footnote"
    original = md.inlinePatterns[name]
    priority = next(item.priority for item in md.inlinePatterns._priority if item.name == name)
    md.inlinePatterns.register(IndexedReferences(original.pattern, self), name, priority)


def install() -> None:
    """Every footnotes extension made from now on in this process numbers its notes from indexes."""
    FootnoteExtension.reset = _indexed_reset
    FootnoteExtension.extendMarkdown = _indexed_extend
