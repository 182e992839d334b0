"""The files a reader can download, named before any is made: where each lies and in what format.

The exports name and make them (exports/: one table of formats), the pipeline hands their names
to the pages, which link to them (render.py), and the build names them to MkDocs before they
exist (made_aside.py): the types they share are here, below all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Downloads:
    """The files a reader can download, named before any is made: the whole edition's, and each
    text's by its slug. The exports name them (exports/__init__.py, one table of formats with their
    renderers); the pipeline hands them to the pages, which link to them."""

    edition: tuple[Download, ...] = ()
    texts: tuple[tuple[str, tuple[Download, ...]], ...] = ()

    def of_text(self, slug: str) -> tuple[Download, ...]:
        return next((files for name, files in self.texts if name == slug), ())

    def all(self) -> tuple[Download, ...]:
        return self.edition + tuple(d for _, files in self.texts for d in files)
