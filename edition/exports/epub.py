"""EPUB 3 of one text, or of several: reading text with paragraph numbers, endnotes with
back-links, the corrections, the glossary, the key to the marks and the edition's metadata.

The XHTML and the package document are Jinja templates (templates/epub/); this module
only gathers the data. Zip entries are dated by SOURCE_DATE_EPOCH and written in a fixed
order, so the same edition gives the same bytes.
"""

from __future__ import annotations

import functools
import io
import time
import xml.etree.ElementTree as ET
import zipfile
from typing import Any
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from .. import markup as site_markup

from ..crossrefs import cited_text, linked, parts as crossref_parts
from ..model import CONFIDENCES, KINDS, Edit, NoteRef, Plain, Reading, ReadingText, TermLink
from .publication import Publication
from .common import glossary_in_order, note_numbers, notes_in_order

TEMPLATES = Path(__file__).with_name("templates") / "epub"
# A correction's confidence, written after it in the text (not colour alone); the key explains them.
CONFIDENCE_MARKS = {"certain": "", "probable": "?", "conjectural": "??"}
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                          keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
                          undefined=jinja2.StrictUndefined)


def markup(source: str, converter: site_markup.Markup) -> str:
    """Editors' Markdown as XHTML (well-formed: parsed, then serialised as XML)."""
    return "".join(ET.tostring(child, encoding="unicode", short_empty_elements=True).rstrip("\n")
                   for child in converter.tree(source))


@jinja2.pass_context
def _markdown_filter(context, source: str) -> Markup:
    """The templates' `markdown` filter, with the site's converter (the context's `markup`)."""
    return Markup(markup(source, context["markup"]))  # well-formed: serialised by ElementTree


_env.filters["markdown"] = _markdown_filter
# Paragraph references (edition/crossrefs.py): "¶7" in a note or definition of text `slug`, and in a reason.
_env.filters["crossrefs"] = lambda source, slug: linked(source, lambda n: f"text-{slug}.xhtml#p{n}")
_env.filters["reference_parts"] = lambda text: crossref_parts(text, markdown=False)
_env.globals["cited_text"] = cited_text


def parts(paragraph, verse: bool = False) -> list[dict]:
    """A paragraph's segments as data for the template; in verse, each line break of their text a
    <br/> followed by the next line's anchor (pN.L), the indentation kept (style.css: pre-wrap)."""
    found = [part(segment) for segment in paragraph.segments]
    if verse:
        line = 1
        for item in found:
            pieces = item.get("text", "").split("\n")
            if len(pieces) > 1:
                html = Markup(escape(pieces[0]))
                for piece in pieces[1:]:
                    line += 1
                    html += Markup('<br /><span class="line" id="p{}.{}"></span>').format(paragraph.number, line)
                    html += piece
                item["text"] = html
    return found


@functools.singledispatch
def part(segment) -> dict:
    """A segment as data for the template, by its kind."""
    raise TypeError(f"no EPUB part for {type(segment).__name__}")


@part.register
def _(segment: Plain) -> dict:
    return {"kind": "plain", "text": segment.text}


@part.register
def _(segment: Edit) -> dict:
    c = segment.correction
    return {"kind": "gap" if c.is_gap else "edit", "text": c.shown, "id": c.id, "witnessed": c.witnessed,
            "confidence": c.confidence}


@part.register
def _(segment: TermLink) -> dict:
    return {"kind": "term", "text": segment.text, "id": segment.term.id}


@part.register
def _(segment: NoteRef) -> dict:
    return {"kind": "note", "id": segment.note.id}


def render(texts: list[ReadingText], reading: Reading, identity: Publication, epoch: int, path: str) -> bytes:
    slugs = {t.text.slug for t in texts}
    books: list[dict[str, Any]] = []
    for text in texts:
        numbers = note_numbers(text)
        books.append({
            "slug": text.text.slug, "meta": text.text.meta, "header": text.text.header,
            "sha256": text.text.sha256, "source_file": text.text.source_file,
            "paragraphs": [{"n": p.number, "parts": parts(p, text.text.meta.verse)} for p in text.paragraphs],
            "verse": text.text.meta.verse,
            "numbers": numbers,
            "notes": notes_in_order(text),
            "corrections": text.corrections,
            "url": f"{identity.site_url}{text.text.slug}/",
            # The contents name the part (its own title is the book's); a whole work by its title.
            "toc_label": (": ".join(p for p in (text.text.meta.part_label.capitalize(), text.text.meta.part_title) if p)
                          or text.text.meta.title),
        })
    glossary = glossary_in_order(e for e in reading.glossary if any(slug in slugs for slug, _ in e.places))
    first = texts[0].text.meta
    title = first.title if len(texts) == 1 else identity.title
    if len(texts) == 1 and first.part_title:
        title = f"{first.title}: {first.part_title}"
    modified = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
    context = {
        "books": books, "glossary": glossary, "identity": identity, "title": title,
        "language": first.language, "identifier": f"{identity.site_url}{path}", "modified": modified,
        "kinds": [k for k in KINDS if any(c.kind == k for b in books for c in b["corrections"])],
        "confidences": CONFIDENCES, "several": len(texts) > 1, "markup": identity.markup,
        "confidence_marks": CONFIDENCE_MARKS,
        # Each author once, with the name as a catalogue files it ("Kim, Jong Il").
        "authors": list(dict.fromkeys((t.text.meta.author, t.text.meta.filed_name) for t in texts)),
    }
    files = [("META-INF/container.xml", "container.xml"), ("EPUB/package.opf", "package.opf"),
             ("EPUB/nav.xhtml", "nav.xhtml"), ("EPUB/title.xhtml", "title.xhtml")]
    pages = []
    for b in books:  # each text followed by its notes, in the order of the table of contents
        pages.append((f"EPUB/text-{b['slug']}.xhtml", "text.xhtml", {"book": b}))
        if b["notes"]:
            pages.append((f"EPUB/notes-{b['slug']}.xhtml", "notes.xhtml", {"book": b}))
    pages += [("EPUB/corrections.xhtml", "corrections.xhtml", {}), ("EPUB/key.xhtml", "key.xhtml", {})]
    if glossary:
        pages.append(("EPUB/glossary.xhtml", "glossary.xhtml", {}))
    context["spine"] = [name.removeprefix("EPUB/") for name, _, _ in pages]
    rendered = [(name, _env.get_template(template).render(context)) for name, template in files]
    rendered += [(name, _env.get_template(template).render(context | extra)) for name, template, extra in pages]
    rendered.append(("EPUB/style.css", (TEMPLATES / "style.css").read_text(encoding="utf-8")))
    return zip_epub(rendered, epoch)


def zip_epub(files: list[tuple[str, str]], epoch: int) -> bytes:
    """The OCF container: `mimetype` first and stored, every entry dated by `epoch`."""
    stamp = time.gmtime(max(epoch, 315532800))[:6]  # a zip cannot date before 1980
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content, method in [("mimetype", "application/epub+zip", zipfile.ZIP_STORED),
                                      *((n, c, zipfile.ZIP_DEFLATED) for n, c in files)]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, content.encode("utf-8"), compresslevel=9 if method == zipfile.ZIP_DEFLATED else None)
    return buffer.getvalue()
