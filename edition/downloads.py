"""The files a reader can download, named before any is made: where each lies and in what format.

The pages link to them (render.py), the exports make them (exports/), the build names them to
MkDocs before they exist (made_aside.py): all read the names from here, below all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Reading

DOWNLOADS = "downloads"


@dataclass(frozen=True)
class File:
    """A file the build writes into the site as it is: `path` is relative to the site's root."""

    path: str
    content: bytes


def download_path(slug: str, suffix: str) -> str:
    return f"{DOWNLOADS}/{slug}.{suffix}"


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
