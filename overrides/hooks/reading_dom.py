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
(edition/render.py). A Python-Markdown tree processor, added at `on_config`, after attr_list
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


class ReadingTextExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # attr_list is 8; the inline patterns (which make the links) 20.
        md.treeprocessors.register(ReadingText(md), "edition_reading_text", 5)


def on_config(config):
    config.markdown_extensions.append(ReadingTextExtension())
    return config
