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
from ..languages import TextLanguage, direction, quotes_the_text
from ..model import CONFIDENCES, KINDS, Edit, NoteRef, Plain, Reading, ReadingText, TermLink
from ..model import AUTHOR_NOTE, HEADING, AuthorNoteRef, ReadingParagraph, Skipped, body as body_of
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


def language_attributes(language: TextLanguage | None, isolated: bool = False) -> Markup:
    """` xml:lang="ar" lang="ar" dir="rtl"`: the attributes of an element holding a text's content
    (XHTML wants both language attributes, equal), escaped; `isolated`: a string among the apparatus."""
    if language is None:
        return Markup("")
    attributes = language.isolated if isolated else language.attributes
    if "lang" in attributes:
        attributes = {"xml:lang": attributes["lang"], **attributes}
    return Markup("".join(Markup(' {}="{}"').format(name, value) for name, value in attributes.items()))


_env.globals["language_attributes"] = language_attributes


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


@part.register
def _(segment: Skipped) -> dict:
    return {"kind": "skipped"}  # not the reading text


@part.register
def _(segment: AuthorNoteRef) -> dict:
    return {"kind": "author-note", "id": segment.note_id, "text": segment.text}


def structure(text: ReadingText) -> dict:
    """The text's structure, where its metadata gives one: the body in order (paragraphs and
    headings, each heading's tag below the page's own), the headings as a tree for the navigation,
    and the author's notes."""
    if not text.text.blocks:
        return {"body": None, "outline": [], "author_notes": []}
    below = 2 if "part" in text.text.header else 1
    items: list[dict] = []
    outline: list[dict] = []
    open_items: list[tuple[int, list]] = [(0, outline)]
    for item in body_of(text):
        if isinstance(item, ReadingParagraph):
            items.append({"type": "p", "n": item.number, "parts": parts(item, text.text.meta.verse)})
        elif item.kind == HEADING:
            label = " ".join(item.reading.split())
            items.append({"type": "heading", "tag": f"h{below + item.level}", "id": item.id, "text": label})
            while open_items[-1][0] >= item.level:
                open_items.pop()
            entry: dict = {"id": item.id, "text": label, "children": []}
            open_items[-1][1].append(entry)
            open_items.append((item.level, entry["children"]))
    notes = [{"id": b.id, "text": b.reading} for b in text.text.blocks if b.kind == AUTHOR_NOTE]
    return {"body": items, "outline": outline, "author_notes": notes}


def render(texts: list[ReadingText], reading: Reading, identity: Publication, epoch: int, path: str) -> bytes:
    slugs = {t.text.slug for t in texts}
    books: list[dict[str, Any]] = []
    glossary_languages: dict[str, TextLanguage | None] = {}
    for text in texts:
        numbers = note_numbers(text)
        books.append({
            "slug": text.text.slug, "meta": text.text.meta, "header": text.text.header,
            "sha256": text.text.sha256, "source_file": text.text.source_file,
            "paragraphs": [{"n": p.number, "parts": parts(p, text.text.meta.verse)} for p in text.paragraphs],
            **structure(text),
            "verse": text.text.meta.verse,
            "numbers": numbers,
            "notes": notes_in_order(text),
            "corrections": text.corrections,
            "url": f"{identity.site_url}{text.text.slug}/",
            # Its own language on its own content (the text, its readings in the Corrections), not the first text's.
            "language": TextLanguage(text.text.meta.language),
            # The contents name the part (its own title is the book's); a whole work by its title.
            "toc_label": (": ".join(p for p in (text.text.meta.part_label.capitalize(), text.text.meta.part_title) if p)
                          or text.text.meta.title),
        })
    glossary = glossary_in_order(e for e in reading.glossary if any(slug in slugs for slug, _ in e.places))
    language_of = {t.text.slug: t.text.meta.language for t in texts}
    for entry in glossary:
        # A headword that is one of its forms quotes the texts it occurs in: in their language, where they share one.
        quoted = {language_of[slug] for slug, _ in entry.places if slug in language_of}
        glossary_languages[entry.term.id] = TextLanguage(quoted.pop()) if len(quoted) == 1 and quotes_the_text(entry.term) else None
    first = texts[0].text.meta
    title = first.title if len(texts) == 1 else identity.title
    if len(texts) == 1 and first.part_title:
        title = f"{first.title}: {first.part_title}"
    modified = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
    # The book's languages, its main one first: the texts' where they share one, else the edition's,
    # the apparatus's, which every page but a text's is written in and which binds texts of several.
    languages = list(dict.fromkeys(t.text.meta.language for t in texts))
    languages = list(dict.fromkeys([*languages, identity.language] if len(languages) == 1 else [identity.language, *languages]))
    context = {
        "books": books, "glossary": glossary, "identity": identity, "title": title,
        "language": identity.language, "languages": languages, "page_language": TextLanguage(identity.language),
        "progression": progression(texts, identity.language),
        "identifier": f"{identity.site_url}{path}", "modified": modified,
        "kinds": [k for k in KINDS if any(c.kind == k for b in books for c in b["corrections"])],
        "confidences": CONFIDENCES, "several": len(texts) > 1, "markup": identity.markup,
        "confidence_marks": CONFIDENCE_MARKS, "glossary_languages": glossary_languages,
        # Each author once, with the name as a catalogue files it ("Kim, Jong Il").
        "authors": list(dict.fromkeys((t.text.meta.author, t.text.meta.filed_name) for t in texts)),
    }
    files = [("META-INF/container.xml", "container.xml"), ("EPUB/package.opf", "package.opf"),
             ("EPUB/nav.xhtml", "nav.xhtml"), ("EPUB/title.xhtml", "title.xhtml")]
    pages = []
    for b in books:  # each text followed by its notes, in the order of the table of contents
        pages.append((f"EPUB/text-{b['slug']}.xhtml", "text.xhtml", {"book": b, "page_language": b["language"]}))
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


def progression(texts: list[ReadingText], edition_language: str) -> str:
    """The spine's page-progression-direction: the texts' direction, where they share one; a book of
    left-to-right and right-to-left texts turns its pages as its apparatus, in the edition's
    language, reads (each text's pages still lay out in its own direction)."""
    directions = {direction(t.text.meta.language) for t in texts}
    return directions.pop() if len(directions) == 1 else direction(edition_language)


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
