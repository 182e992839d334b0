"""Plain text, UTF-8: the reading text or the diplomatic text of one text, paragraphs numbered.

A few lines of metadata open the file; then each paragraph follows a blank line, as
`[N] text`. The reading text is what the page prints (supplements in brackets); the
diplomatic text is the witness's paragraph exactly as the paragraph rule gives it.
"""

from __future__ import annotations

from ..model import AUTHOR_NOTE, HEADING, Block, ReadingParagraph, ReadingText
from ..model import body as body_of
from .publication import Publication

# Said after the view's description where the metadata gives the text a structure.
STRUCTURE = {
    "reading": " Headings begin with #, one for each level; the author's own notes with \"Author's note:\".",
    "diplomatic": (" Headings begin with #, one for each level; the author's own notes with \"Author's note:\"; "
                   "the lines left out of the reading text (source page markers) are here as the witness has them."),
}
VIEWS = {
    "reading": "Reading text: the witness with the editors' corrections; a supplement for lost text is in [brackets].",
    "diplomatic": "Diplomatic text: the witness as received, paragraph by paragraph, without the corrections.",
}


def render(text: ReadingText, identity: Publication, view: str) -> bytes:
    return content(text, identity, view)[0].encode("utf-8")


def content(text: ReadingText, identity: Publication, view: str) -> tuple[str, dict[int, int]]:
    """The file's text, and where each paragraph's text starts in it (in code points): the
    Web Annotations that target the file count their positions from there."""
    meta, witness = text.text.meta, text.text
    heading = f"{meta.author}, {meta.title}"
    if meta.part_label:
        heading += f", {meta.part_label}"
    if meta.part_title:
        heading += f": {meta.part_title}"
    lines = [
        heading,
        f"{meta.date_display}",
        "",
        VIEWS[view],
        f"From: {identity.title}" + (f", version {identity.version}" if identity.version else ""),
        f"Corrections, notes and glossary: {identity.site_url}{meta.slug}/",
        f"Witness: {witness.source_file}, sha256 {witness.sha256}",
    ]
    if witness.blocks:
        lines[3] += STRUCTURE[view]
    starts, length = {}, sum(len(line) + 1 for line in lines)
    for item in body_of(text):
        if not isinstance(item, ReadingParagraph):  # the text's structure: a heading, a left-out line, a note
            block = _block(item, view)
            if block is not None:
                lines += ["", block]
                length += 1 + len(block) + 1
            continue
        paragraph = item
        body = paragraph.reading if view == "reading" else witness.paragraph(paragraph.number).text
        label = f"[{paragraph.number}] "
        starts[paragraph.number] = length + 1 + len(label)  # after the blank line and the label
        lines += ["", label + body]
        length += 1 + len(label) + len(body) + 1
    return "\n".join(lines) + "\n", starts


def _block(block: Block, view: str) -> str | None:
    """A block of the text's structure as the view gives it (None: not in this view)."""
    if block.kind == HEADING:
        return "#" * block.level + " " + (block.reading if view == "reading" else block.text)
    if block.kind == AUTHOR_NOTE:
        return "Author's note: " + (block.reading if view == "reading" else block.text)
    return block.text if view == "diplomatic" else None


def paragraphs(content: str) -> dict[int, str]:
    """The numbered paragraphs of a plain-text export, read back."""
    import re

    found = {}
    # A paragraph holds no blank line (the paragraph rule splits there): the file's blocks are
    # split at each, and those labelled [N] are the paragraphs (not the headings or notes between).
    for block in content.rstrip("\n").split("\n\n"):
        match = re.match(r"\[(\d+)\] (.*)\Z", block, re.DOTALL)
        if match:
            found[int(match.group(1))] = match.group(2)
    return found
