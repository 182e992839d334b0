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
from typing import Any

from ..model import EditionIdentity, Reading
from ..references import DOWNLOADS, File, download_path  # one folder and one kind of file for every download

__all__ = ["DOWNLOADS", "Download", "File", "LaterFiles", "Publication", "all_downloads", "edition_downloads",
           "exports_later", "render_exports", "text_downloads"]


@dataclass(frozen=True)
class Publication:
    """The edition as the exports describe it: its identity (mkdocs.yml `extra.edition`) and its address."""

    identity: EditionIdentity
    site_url: str  # ends with "/"

    def __getattr__(self, name: str) -> Any:  # title, editors, publisher, version, date_released, licence, …
        return getattr(self.identity, name)

    @property
    def editor_names(self) -> tuple[str, ...]:
        return tuple(e.display for e in self.identity.editors)

    @property
    def licence_chosen(self) -> bool:
        """False for SPDX NOASSERTION: no licence has been chosen yet."""
        return bool(self.identity.licence) and self.identity.licence != "NOASSERTION"


@dataclass(frozen=True)
class Download:
    """One file a reader can download: `path` is relative to the site's root."""

    path: str
    label: str
    media_type: str
    format: str  # the file name's ending after the text's slug ("tei.xml"), or the edition file's name
    text: str = ""  # the text's slug; "" for a file of the whole edition


# (suffix, label, media type) of the per-text files, in the order the pages list them.
TEXT_FORMATS = (
    ("tei.xml", "TEI P5 XML", "application/tei+xml"),
    ("epub", "EPUB 3", "application/epub+zip"),
    ("reading.txt", "Plain text, reading", "text/plain; charset=utf-8"),
    ("diplomatic.txt", "Plain text, diplomatic", "text/plain; charset=utf-8"),
    ("annotations.jsonld", "Web Annotations (JSON-LD)", "application/ld+json"),
)
EDITION_FORMATS = (
    ("edition.json", "JSON", "application/json"),
    ("edition.schema.json", "its JSON Schema", "application/schema+json"),
)
EDITION_EPUB = ("edition.epub", "EPUB 3 of all texts", "application/epub+zip")


def text_downloads(slug: str) -> tuple[Download, ...]:
    """The files of one text."""
    return tuple(Download(download_path(slug, suffix), label, media, suffix, slug) for suffix, label, media in TEXT_FORMATS)


def edition_downloads(reading: Reading) -> tuple[Download, ...]:
    """The files of the whole edition (an EPUB of all texts only when there are several)."""
    formats = EDITION_FORMATS + ((EDITION_EPUB,) if len(reading.texts) > 1 else ())
    return tuple(Download(f"{DOWNLOADS}/{name}", label, media, name) for name, label, media in formats)


def all_downloads(reading: Reading) -> tuple[Download, ...]:
    return edition_downloads(reading) + tuple(d for t in reading.texts for d in text_downloads(t.text.slug))


def render_exports(reading: Reading, identity: Publication, epoch: int) -> tuple[File, ...]:
    """Every download, rendered; `epoch` (SOURCE_DATE_EPOCH) dates the EPUBs' zip entries."""
    from . import epub, json_export, plaintext, tei, webannotation

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
    process while MkDocs converts the pages (edition/export.py). `make()` gives exactly `paths`."""

    paths: tuple[str, ...]
    make: Callable[[], tuple[File, ...]]


def exports_later(reading: Reading, identity: Publication, epoch: int) -> LaterFiles:
    """`render_exports`, named now and rendered when `make` is called."""
    return LaterFiles(tuple(d.path for d in all_downloads(reading)), partial(render_exports, reading, identity, epoch))
