"""Stage 5: the edition as data files, rendered from the same model as the pages.

Each format is a renderer fed by the `Reading` (the transform's output) and the edition's
identity; none reads YAML. `render_exports` gives every file as bytes, with the path it
has in the site; `build` makes them in a second process while MkDocs runs
(edition/made_aside.py), a failed build changes nothing, and MkDocs copies them into the site
as they are.
The same inputs give the same bytes (the EPUB's zip entries are dated by SOURCE_DATE_EPOCH).

`all_downloads` names the files without rendering them: the pages link to them by it, and
`render_exports` makes each by its format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..model import Reading
from ..downloads import (DOWNLOADS, EDITION_EPUB, EDITION_FORMATS, TEXT_FORMATS, Download, File,  # noqa: F401
                         all_downloads, edition_downloads, text_downloads)
from . import epub, json_export, plaintext, tei, webannotation
from .publication import Publication

__all__ = ["DOWNLOADS", "Download", "File", "LaterFiles", "Publication", "all_downloads", "edition_downloads",
           "exports_later", "render_exports", "text_downloads"]


def render_exports(reading: Reading, identity: Publication, epoch: int) -> tuple[File, ...]:
    """Every download, rendered; `epoch` (SOURCE_DATE_EPOCH) dates the EPUBs' zip entries."""
    texts = {text.text.slug: text for text in reading.texts}
    # How each download is made, by its format: a text's file from the text, the edition's from all.
    make = {
        "tei.xml": lambda d: tei.render(texts[d.text], reading, identity),
        "epub": lambda d: epub.render([texts[d.text]], reading, identity, epoch, d.path),
        "reading.txt": lambda d: plaintext.render(texts[d.text], identity, "reading"),
        "diplomatic.txt": lambda d: plaintext.render(texts[d.text], identity, "diplomatic"),
        "annotations.jsonld": lambda d: webannotation.render(texts[d.text], identity, d.path),
        "edition.json": lambda d: json_export.render(reading, identity),
        "edition.schema.json": lambda d: json_export.schema(identity),
        "edition.epub": lambda d: epub.render(list(reading.texts), reading, identity, epoch, d.path),
    }
    return tuple(File(d.path, make[d.format](d)) for d in all_downloads(reading))


@dataclass(frozen=True)
class LaterFiles:
    """Files named now and made later by `make`: the exports, which the build makes in a second
    process while MkDocs converts the pages (edition/run_mkdocs.py). `make()` gives exactly `paths`."""

    paths: tuple[str, ...]
    make: Callable[[], tuple[File, ...]]


def exports_later(reading: Reading, identity: Publication, epoch: int) -> LaterFiles:
    """`render_exports`, named now and rendered when `make` is called."""
    return LaterFiles(tuple(d.path for d in all_downloads(reading)), partial(render_exports, reading, identity, epoch))
