"""Plain text, UTF-8: the reading text or the diplomatic text of one text, paragraphs numbered.

A few lines of metadata open the file; then each paragraph follows a blank line, as
`[N] text`. The reading text is what the page prints (supplements in brackets); the
diplomatic text is the witness's paragraph exactly as the paragraph rule gives it.
"""

from __future__ import annotations

from ..model import ReadingText
from .publication import Publication

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
    starts, length = {}, sum(len(line) + 1 for line in lines)
    for paragraph in text.paragraphs:
        body = paragraph.reading if view == "reading" else witness.paragraph(paragraph.number).text
        label = f"[{paragraph.number}] "
        starts[paragraph.number] = length + 1 + len(label)  # after the blank line and the label
        lines += ["", label + body]
        length += 1 + len(label) + len(body) + 1
    return "\n".join(lines) + "\n", starts


def paragraphs(content: str) -> dict[int, str]:
    """The numbered paragraphs of a plain-text export, read back."""
    import re

    found = {}
    for block in re.split(r"\n\n(?=\[\d+\] )", content.rstrip("\n")):
        match = re.match(r"\[(\d+)\] (.*)\Z", block, re.DOTALL)
        if match:
            found[int(match.group(1))] = match.group(2)
    return found
