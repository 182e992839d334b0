"""Editors' Markdown and the one converter that turns it into HTML.

`Markup` converts with exactly the extensions and options MkDocs gives Python-Markdown for a
page (site_config.py builds it from MkDocs' loaded configuration), so what `check` judges, what
the page writers derive (a popover's plain text) and what the exports print (TEI, EPUB, JSON,
Web Annotations) is the HTML the site publishes. Like Python-Markdown's core, which never
imports its extensions, this module imports nothing of the edition above it.

The helpers below it write Markdown: witness and data text escaped so it prints as it is, and
editors' Markdown made inert (raw HTML shown as text, attribute lists disabled).
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from html.parser import HTMLParser
from typing import Any

import markdown
from markdown.extensions.abbr import AbbrExtension

_ESCAPABLE = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~^=:\"'&$%@/])")


def escape(text: str) -> str:
    """Witness or data text as Markdown that prints exactly that text."""
    return _ESCAPABLE.sub(r"\\\1", text)


def inert_markdown(source: str) -> str:
    """Editors' Markdown with raw HTML shown as text and attribute lists disabled, its line breaks
    as LF: a bare CR, which Markdown reads as a line break too, would escape a footnote's indent."""
    return source.replace("\r\n", "\n").replace("\r", "\n").replace("<", "&lt;").replace("{", "&#123;")


def single_line(text: str) -> str:
    """Text for a place that holds one line (a table cell, a heading, a popover's line): white space runs as one space.

    Not for the text of a paragraph, whose runs are cut at its marks: there `one_line` (witness.py)
    turns only the line breaks into spaces and keeps the spaces at a run's edges.
    """
    return " ".join(text.split())


def first_sentence(text: str) -> str:
    """The opening sentence: a popover should be glanced at; the full entry is a click away."""
    match = re.match(r"(.+?[.!?])(?=\s+[A-Z(“\"]|$)", text)
    return match.group(1) if match else text


SHORT_DEFINITION = 240  # characters: a definition this short is shown whole in its popover


class Markup:
    """Markdown converted as the site converts it: one Python-Markdown instance, reset for each
    document (making one costs more than converting a note)."""

    def __init__(self, extensions: Sequence[Any] = (), configs: Mapping[str, Mapping[str, Any]] | None = None):
        self.extensions = tuple(extensions)
        self.configs = {name: dict(options) for name, options in (configs or {}).items()}
        self.converter = markdown.Markdown(extensions=list(self.extensions), extension_configs=self.configs)
        # Per converter: check, a text's page and every export ask for the same notes and definitions.
        self._converted = functools.lru_cache(maxsize=4096)(self._convert_entry)
        self.definition_opening = functools.lru_cache(maxsize=None)(self._definition_opening)
        self._fuller: dict[tuple[str, ...], Markup] = {}

    def convert(self, text: str) -> str:
        """Markdown as HTML, converted as a document of its own."""
        return self.converter.reset().convert(text)

    def html(self, source: str) -> str:
        """Editors' Markdown, made inert, as HTML."""
        return self._converted(source)[0]

    def _convert_entry(self, source: str) -> tuple[str, dict[str, object]]:
        """An entry's HTML and what it defines for the whole document (`definitions`), from one conversion."""
        html = self.convert(inert_markdown(source))
        found: dict[str, object] = {f"[{label}]": target for label, target in self.converter.references.items()}
        for extension in self.converter.registeredExtensions:
            if isinstance(extension, AbbrExtension):
                found.update({f"*[{abbr}]": title for abbr, title in extension.abbrs.items()
                              if abbr not in extension.glossary})
        return html, found

    def definitions(self, source: str) -> dict[str, object]:
        """What editors' Markdown defines for the whole document it stands in, beyond its own HTML:
        its reference definitions ("[label]: URL") and abbreviations ("*[HTML]: ..."), keyed by what
        a reader writes to use them. A page holds many notes or definitions in one document, where
        each of these would act on the others (safety.crossings refuses them)."""
        return self._converted(source)[1]

    def in_context(self, source: str, references: dict[str, tuple[str, str | None]], after: str) -> str:
        """Editors' Markdown converted as it stands on a page: other entries' reference definitions
        in force, and `after` (Markdown) following it."""
        self.converter.reset()
        self.converter.references.update(references)
        return self.converter.convert(inert_markdown(source) + "\n\n" + after)

    def missing_features(self, source: str) -> list[str]:
        """The Markdown extensions (of FEATURES) this converter lacks that `source` uses: with them its
        text would differ, so without them the page prints their signs as written (`~~`, `==`, ...)."""
        if not _FEATURE_SIGNS.search(source):
            return []
        mine = _text(self.html(source))
        missing = [name for name in FEATURES if name not in self.extension_names]
        if not missing or _text(self._with(tuple(missing)).html(source)) == mine:
            return []
        return [name for name in missing if _text(self._with((name,)).html(source)) != mine]

    @property
    def extension_names(self) -> set[str]:
        return {name for name in self.extensions if isinstance(name, str)}

    def _with(self, names: tuple[str, ...]) -> Markup:
        """This converter with the extensions `names` added (made once each)."""
        if names not in self._fuller:
            self._fuller[names] = Markup((*self.extensions, *names), self.configs)
        return self._fuller[names]

    def plain_text(self, source: str) -> str:
        """Editors' Markdown as one line of plain text, for a tooltip."""
        return _text(self.html(source))

    def _definition_opening(self, source: str) -> str:
        """A term's popover text: the whole definition if it is short, else its opening sentence.

        Made once per definition: every text's page needs its terms'."""
        text = self.plain_text(source)
        return text if len(text) <= SHORT_DEFINITION else first_sentence(text)

    def tree(self, source: str) -> ET.Element:
        """Editors' Markdown (made inert as on the pages) as an XHTML tree under a <div>."""
        builder = _TreeBuilder()
        builder.feed(self.html(source))
        builder.close()
        return builder.root

    def text_of(self, source: str) -> str:
        """Editors' Markdown as plain text, paragraphs joined by a blank line."""
        root = self.tree(source)
        blocks = ["".join(child.itertext()).strip() for child in root] or ["".join(root.itertext())]
        return "\n\n".join(" ".join(block.split()) for block in blocks if block.strip())


# Markdown a note might use that a site converter may lack, and the signs that would show it.
# A note using one the site does not have would print its signs as written: check refuses it.
FEATURES = ("pymdownx.tilde", "pymdownx.caret", "pymdownx.mark", "def_list", "abbr", "tables", "footnotes",
            "pymdownx.tasklist")
_FEATURE_SIGNS = re.compile(r"~|\^|==|^\s*:|\*\[|\||\[\^|\[[ xX]\]", re.M)


def _text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


class _TextOnly(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_VOID = {"br", "hr", "img"}


class _TreeBuilder(HTMLParser):
    """HTML as an ElementTree: entities resolved, so the tree serialises as well-formed XML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = ET.Element("div")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = ET.SubElement(self.stack[-1], tag, {k: v or "" for k, v in attrs})
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        append_text(self.stack[-1], data)


def append_text(parent: ET.Element, text: str) -> None:
    """Mixed content: text after the parent's last child, or as its text."""
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text
