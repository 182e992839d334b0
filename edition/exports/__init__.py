"""Stage 5: the edition as data files, rendered from the same model as the pages.

Each format is a renderer fed by the `Reading` (the transform's output) and the edition's
identity; none reads YAML. `render_exports` gives every file as bytes, with the path it
has in the site; `build` makes them in a second process while MkDocs runs
(edition/made_aside.py), a failed build changes nothing, and MkDocs copies them into the site
as they are.
The same inputs give the same bytes (the EPUB's zip entries are dated by SOURCE_DATE_EPOCH).

`FORMATS` is the one table of downloads: each format's file name, label, media type and renderer.
`downloads` names the files without rendering them (the pipeline hands the names to the pages,
which link to them), and `render_exports` makes each by its format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..downloads import DOWNLOADS, Download, Downloads, File, download_path
from ..model import Reading
from . import epub, json_export, plaintext, tei, webannotation
from .publication import Publication

__all__ = ["DOWNLOADS", "FORMATS", "Download", "Downloads", "File", "LaterFiles", "Publication", "all_downloads",
           "downloads", "edition_downloads", "exports_later", "render_exports", "text_downloads"]


@dataclass(frozen=True)
class Job:
    """What every renderer may draw on: the reading, the edition's identity, the build's date and the files' names."""

    reading: Reading
    identity: Publication
    epoch: int  # SOURCE_DATE_EPOCH: the EPUBs' zip entries are dated by it

    def text(self, download: Download):
        return next(t for t in self.reading.texts if t.text.slug == download.text)


@dataclass(frozen=True)
class Format:
    """One kind of download: its file name's ending after the text's slug (or the edition file's
    name), its label on the pages, its media type and the renderer that makes it."""

    name: str
    label: str
    media_type: str
    render: Callable[[Download, Job], bytes]
    of_text: bool = True  # a file of each text; else one file of the whole edition


# Every download, in the order the pages list them: the one table of formats.
FORMATS = (
    Format("tei.xml", "TEI P5 XML", "application/tei+xml",
           lambda d, job: tei.render(job.text(d), job.reading, job.identity)),
    Format("epub", "EPUB 3", "application/epub+zip",
           lambda d, job: epub.render([job.text(d)], job.reading, job.identity, job.epoch, d.path)),
    Format("reading.txt", "Plain text, reading", "text/plain; charset=utf-8",
           lambda d, job: plaintext.render(job.text(d), job.identity, "reading")),
    Format("diplomatic.txt", "Plain text, diplomatic", "text/plain; charset=utf-8",
           lambda d, job: plaintext.render(job.text(d), job.identity, "diplomatic")),
    Format("annotations.jsonld", "Web Annotations (JSON-LD)", "application/ld+json",
           lambda d, job: webannotation.render(job.text(d), job.identity, d.path)),
    Format("edition.json", "JSON", "application/json",
           lambda d, job: json_export.render(job.reading, job.identity, downloads(job.reading)), of_text=False),
    Format("edition.schema.json", "its JSON Schema", "application/schema+json",
           lambda d, job: json_export.schema(job.identity), of_text=False),
    # An EPUB of all texts only when there are several (one text's EPUB is already the whole edition's).
    Format("edition.epub", "EPUB 3 of all texts", "application/epub+zip",
           lambda d, job: epub.render(list(job.reading.texts), job.reading, job.identity, job.epoch, d.path),
           of_text=False),
)
_BY_NAME = {f.name: f for f in FORMATS}


def text_downloads(slug: str) -> tuple[Download, ...]:
    """The files of one text."""
    return tuple(Download(download_path(slug, f.name), f.label, f.media_type, f.name, slug) for f in FORMATS if f.of_text)


def edition_downloads(reading: Reading) -> tuple[Download, ...]:
    """The files of the whole edition (an EPUB of all texts only when there are several)."""
    return tuple(Download(f"{DOWNLOADS}/{f.name}", f.label, f.media_type, f.name) for f in FORMATS
                 if not f.of_text and (f.name != "edition.epub" or len(reading.texts) > 1))


def downloads(reading: Reading) -> Downloads:
    """Every download's name, made or not: what the pages link to."""
    return Downloads(edition_downloads(reading), tuple((t.text.slug, text_downloads(t.text.slug)) for t in reading.texts))


def all_downloads(reading: Reading) -> tuple[Download, ...]:
    return downloads(reading).all()


def render_exports(reading: Reading, identity: Publication, epoch: int) -> tuple[File, ...]:
    """Every download, rendered by its format; `epoch` (SOURCE_DATE_EPOCH) dates the EPUBs' zip entries."""
    job = Job(reading, identity, epoch)
    return tuple(File(d.path, _BY_NAME[d.format].render(d, job)) for d in all_downloads(reading))


@dataclass(frozen=True)
class LaterFiles:
    """Files named now and made later by `make`: the exports, which the build makes in a second
    process while MkDocs converts the pages (edition/run_mkdocs.py). `make()` gives exactly `paths`."""

    paths: tuple[str, ...]
    make: Callable[[], tuple[File, ...]]


def exports_later(reading: Reading, identity: Publication, epoch: int) -> LaterFiles:
    """`render_exports`, named now and rendered when `make` is called."""
    return LaterFiles(tuple(d.path for d in all_downloads(reading)), partial(render_exports, reading, identity, epoch))
