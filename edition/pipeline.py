"""The pipeline, from the data to the pages and files: load and validate, transform, render.

`prepare` and `prepare_parts` run the stages in order and collect every problem of every
stage; the command line (build_site.py) only parses its arguments, calls them and prints.
"""

from __future__ import annotations

import os
from pathlib import Path

from .downloads import File
from .exports import LaterFiles, Publication, downloads, exports_later
from .load import check_rendered, load_data
from .model import Edition, Problem, ValidationFailed
from .references import render_files
from .render import Page, render_marks_files, render_site
from .schemas import published_files as published_schemas
from .run_mkdocs import STATIC_PAGES, front_matter, source_date_epoch
from .site_config import read_site_config
from .transform import transform


def prepare(root: Path, config: Path | None = None,
            with_files: bool = True) -> tuple[Edition, tuple[Page, ...], tuple[File, ...]]:
    """Validate and render the pages and (`with_files`) the downloadable files, all of them now."""
    edition, pages, files, later = prepare_parts(root, config, with_files)
    return edition, pages, files + (later.make() if later else ())


def prepare_parts(root: Path, config: Path | None = None, with_files: bool = True
                  ) -> tuple[Edition, tuple[Page, ...], tuple[File, ...], LaterFiles | None]:
    """Validate and render the pages and (`with_files`) the references and marks files, and name
    the exports, to be made later (`build` makes them while MkDocs runs); raise ValidationFailed
    with every problem of every stage at once: the configuration, loading, placing (transform) and
    the links that only the rendered pages can confirm. The files are rendered from the validated
    reading and report no problem of their own, so `check` leaves them out (they were half its time)."""
    config = config or root / "mkdocs.yml"
    problems: list[Problem] = []
    site = read_site_config(config, root, problems)
    edition, own_links, site = load_data(root, site, problems)
    pages: tuple[Page, ...] = ()
    files: tuple[File, ...] = ()
    later = None
    try:
        reading = transform(edition)
    except ValidationFailed as error:
        problems += error.problems
    else:
        if site is None:  # the configuration's problems are reported; nothing can be rendered without it
            raise ValidationFailed(problems)
        url = site.site_url
        pages = render_site(reading, front_matter(root), edition.identity, url, downloads(reading), site.language)
        if with_files and edition.identity is not None:
            # The references (BibTeX, RIS, CSL-JSON), and the exports named (TEI, EPUB, JSON, plain
            # text, Web Annotations); the EPUBs' zip entries are dated as the build is.
            epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or source_date_epoch(root))
            files = render_files(reading, edition.identity, url)
            later = exports_later(reading, Publication(edition.identity, url, site.markup, site.language), epoch)
        if with_files:
            files += render_marks_files(reading, site.markup) + published_schemas()
        problems += check_rendered(edition, own_links, pages, site.markup, root / STATIC_PAGES)
    if problems:
        raise ValidationFailed(problems)
    return edition, pages, files, later
