"""The reading page's DOM contract: the text of each paragraph (`#pN`) is its reading text.

What is not the reading text is carried by attributes and shown by CSS generated content, so
that a copied selection, a text fragment (#:~:text=) and a W3C TextQuote or TextPosition
selector (Apache Annotator over the page) see the text as read, and nothing else:

- an edit's witnessed reading: the footnotes and caret/tilde extensions write
  `<a class="edit"><del>county</del><ins>country</ins></a>`; here the `<del>` becomes the
  link's `data-witness="county"` (the witness view and print show it, views.css);
- a note's number: the footnotes extension writes `<a class="footnote-ref">1</a>`; here it
  becomes `data-note="1"` (shown by marks.css, against its word), and its name `aria-label="Note 1"`;
- a line left out of the reading (`<del class="skipped-line">`, a source page marker): its text
  becomes `data-witness`, which the witness view shows on a line of its own.

The paragraph's number is written by the renderer as an empty link with `data-n`
(edition/render.py). In a verse text (`p.verse`) the lines are the text's own line breaks, kept in
the DOM text (the CSS shows them, white-space: pre-wrap); each line begins with an empty anchor,
`<span class="line" id="pN.L">`, put here after each line break, wherever it falls (in an edit's
reading too): it adds no text. A Python-Markdown tree processor, added at `on_config`, after attr_list
(which gives the classes) and before serialisation: the tree is changed, no HTML is parsed.
Zensical ignores hooks; there the page keeps the extensions' own markup (README, Zensical).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


def _classes(element: ET.Element) -> set[str]:
    return set((element.get("class") or "").split())


class ReadingText(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for link in root.iter("a"):
            classes = _classes(link)
            if "edit" in classes:
                for deleted in link.findall("del"):
                    link.set("data-witness", "".join(deleted.itertext()))
                    link.remove(deleted)  # its tail is empty: the <ins> follows at once
            elif "footnote-ref" in classes and link.text:
                link.set("data-note", link.text.strip())
                link.set("aria-label", f"Note {link.text.strip()}")
                link.text = None
        # A line the text's structure leaves out of the reading (a source page marker): the witness
        # view shows it from the attribute (views.css); the reading text has nothing of it.
        for deleted in root.iter("del"):
            if "skipped-line" in _classes(deleted):
                deleted.set("data-witness", "".join(deleted.itertext()))
                deleted.text = None
                for child in list(deleted):
                    deleted.remove(child)
        for paragraph in [p for p in root.iter("p") if "verse" in _classes(p)]:
            _anchor_lines(paragraph)


def _line_anchor(paragraph: str, line: int) -> ET.Element:
    return ET.Element("span", {"class": "line", "id": f"{paragraph}.{line}", "data-l": str(line)})


def _anchor_lines(paragraph: ET.Element) -> None:
    """An anchor at the start of each line of a verse paragraph: the first after its number, the
    others after each line break of its text."""
    number = next((i for i, child in enumerate(paragraph) if "paragraph-number" in _classes(child)), None)
    first = _line_anchor(paragraph.get("id", ""), 1)
    if number is None:
        first.tail, paragraph.text = paragraph.text, None
        paragraph.insert(0, first)
    else:
        first.tail, paragraph[number].tail = paragraph[number].tail, None
        paragraph.insert(number + 1, first)
    _after_line_breaks(paragraph, paragraph.get("id", ""), 1)


def _after_line_breaks(element: ET.Element, paragraph: str, line: int) -> int:
    """Anchor each line that begins in `element`'s text or in what it holds; the last line's number."""
    def split(text: str | None) -> tuple[str | None, list[ET.Element]]:
        nonlocal line
        pieces = (text or "").split("\n")
        anchors = []
        for index, piece in enumerate(pieces[1:], 1):
            line += 1
            anchor = _line_anchor(paragraph, line)
            anchor.tail = piece + ("\n" if index < len(pieces) - 1 else "")
            anchors.append(anchor)
        return (pieces[0] + "\n" if anchors else text), anchors

    children = list(element)  # before the anchors go in: each piece of text is split once
    element.text, anchors = split(element.text)
    for offset, anchor in enumerate(anchors):
        element.insert(offset, anchor)
    for child in children:
        line = _after_line_breaks(child, paragraph, line)
        child.tail, anchors = split(child.tail)
        at = list(element).index(child) + 1
        for offset, anchor in enumerate(anchors):
            element.insert(at + offset, anchor)
    return line


class ReadingTextExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # attr_list is 8; the inline patterns (which make the links) 20.
        md.treeprocessors.register(ReadingText(md), "edition_reading_text", 5)


def on_config(config):
    config.markdown_extensions.append(ReadingTextExtension())
    return config
