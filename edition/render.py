"""Stage 3: the edition as Markdown pages for MkDocs.

Everything is Markdown: attr_list gives paragraphs their ids, footnotes carry the notes,
caret and tilde mark the two readings of an edit. A mark carries no title: what its popover
shows (pages/assets/marks.js) is in the page once, the notes as footnotes and the reasons and
definitions in one small JSON file per text (`marks/SLUG.json`, `render_marks_files`), which
the page names in its front matter (`edition_marks`) and the popover fetches when first used.
Witness text is escaped character by character (pymdownx.escapeall), so nothing in it
can become markup; editors' Markdown is made inert before it is passed on.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import yaml

from .crossrefs import ParagraphReference, cited_text, linked, parts
from .downloads import Download, Downloads, File

# The Markdown helpers and the reading's orders, named here for the callers that always found them.
from .markup import (SHORT_DEFINITION, Markup, escape, first_sentence, inert_markdown,  # noqa: F401
                     single_line)
from .model import (
    CONFIDENCE_MEANINGS, CONFIDENCES, KIND_MEANINGS, KINDS, Correction, Edit, EditionIdentity, NoteRef, Plain, Reading, ReadingParagraph, ReadingText,
    Segment, TermLink, TermOccurrences, TextMeta, glossary_in_order, note_numbers, notes_in_order,
)
from .languages import TextLanguage, direction, quotes_the_text
from .model import AUTHOR_NOTE, HEADING, AuthorNoteRef, Block, Skipped
from .model import body as body_of
from .references import copy_forms, page_citation, references
from .witness import one_line

# libyaml's emitter where PyYAML has it: a long text's front matter holds every correction's
# reason, and PyYAML's own emitter took most of the rendering time.
_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
CORRECTIONS, NOTES, GLOSSARY = "corrections.md", "notes.md", "glossary.md"
_ATTRIBUTE_SAFE = re.compile(r'[^"{}\\\n]*')  # text that can stand in an attr_list value as it is
_SPACES_BEFORE_LINE_END = re.compile(r" +(?=\n)")


@dataclass(frozen=True)
class Anchors:
    """The anchors a generated page's Markdown gives, recorded by its writer as it writes them (Written).

    `check` confirms the links of notes and definitions against these instead of converting
    every page to HTML a second time (MkDocs converts them once, in the build); which id each
    becomes is the Markdown extensions' to say (safety.page_anchors).
    """

    # Ids given with attr_list ({ #id }), in the page's order, each as often as it is given.
    ids: tuple[str, ...] = ()
    # The labels of the page's footnotes (the footnotes extension makes fn:LABEL and fnref:LABEL).
    footnotes: tuple[str, ...] = ()
    # The plain text of each heading without an id of its own, in order: the toc extension names it.
    headings: tuple[str, ...] = ()


class Written:
    """A page as its writer writes it: the Markdown, and each anchor recorded where it is written
    (as the toc extension records each id where it assigns it)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._ids: list[str] = []
        self._footnotes: list[str] = []
        self._headings: list[str] = []
        # A verse text's page (TextMeta.form): each line of a block is kept, with its indentation.
        self.verse = False

    def id(self, anchor: str) -> str:
        """`anchor` as attr_list writes an id (`#anchor`), recorded."""
        self._ids.append(anchor)
        return f"#{anchor}"

    def running(self, text: str) -> str:
        """Witness or reading text as Markdown that prints it: in prose a line break is a space; in
        verse each line is kept, its line break and its indentation, which the page's CSS shows
        (white-space: pre-wrap) and its DOM text holds (README, the page's DOM)."""
        if not self.verse:
            return escape(one_line(text))
        # Spaces before a line end, escaped: two would make Markdown's hard break, which drops them;
        # a tab as its character reference: Python-Markdown turns a tab of its source into spaces.
        kept = _SPACES_BEFORE_LINE_END.sub(lambda spaces: "\\ " * len(spaces[0]), escape(text))
        return kept.replace("\t", "&#9;")

    def heading(self, text: str) -> str:
        """The text of a heading without an id of its own, recorded: the toc extension names it."""
        self._headings.append(text)
        return text

    def footnote(self, label: str) -> str:
        """A footnote's label, recorded: the footnotes extension makes fn:LABEL and fnref:LABEL."""
        self._footnotes.append(label)
        return label

    @property
    def anchors(self) -> Anchors:
        return Anchors(tuple(self._ids), tuple(self._footnotes), tuple(self._headings))

    @property
    def markdown(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Page:
    path: str
    title: str
    markdown: str
    # Whether the navigation (on every page) lists it: see NAV_TEXTS.
    in_nav: bool = True
    # A hand-written page of pages/ with the list of texts filled in: it takes the static file's place.
    fills_static: bool = False
    # What anchors a generated page gives; None for a hand-written one, whose Markdown is converted to learn them.
    anchors: Anchors | None = None


# The navigation lists the texts while there are at most this many; beyond, only the home page
# lists them (with their sizes), so no page carries more than this many links to texts: listed
# in the navigation, every one of N texts would be on each of N pages, a site growing with N².
NAV_TEXTS = 5


# Pages rendered without the exports' names (a test of the pages alone) link to no download.
NO_DOWNLOADS = Downloads()

# In a hand-written page, this line becomes the list of the edition's texts (About, How to cite).
TEXTS_PLACEHOLDER = "<!-- the texts of the edition -->"


def render_site(reading: Reading, front_matter: tuple[Page, ...] = (),
                identity: EditionIdentity | None = None, site_url: str = "",
                files: Downloads = NO_DOWNLOADS, language: str = "en") -> tuple[Page, ...]:
    """Every generated page, in the order of the navigation; `front_matter` are the hand-written pages,
    `files` the downloads the pages link to (named by the exports), `language` the apparatus's
    (mkdocs.yml's `theme.language`; each text's content is marked with its own, edition/languages.py).

    With the edition's identity, each reading and apparatus page carries its citation data
    (edition/references.py), with addresses under `site_url`.
    """
    refs = references(reading, identity, language) if identity is not None else {}

    def cited(path: str, downloads: bool = False, forms: list | None = None) -> dict | None:
        ref = refs.get(path)
        return page_citation(ref, site_url, downloads, forms) if ref else None

    def page(path: str, title: str, written: Written, citation: dict | None = None, in_nav: bool = True) -> Page:
        return Page(path, title, with_citation(written.markdown, citation), in_nav=in_nav, anchors=written.anchors)

    pages = [page("index.md", "Home", render_home(reading, front_matter, identity, files))]
    listed = len(reading.texts) <= NAV_TEXTS
    pages += [page(f"{t.text.slug}.md", t.text.meta.title, render_text(t, cited(
        f"{t.text.slug}/", downloads=True, forms=copy_forms(t.text.meta, identity, site_url) if identity else None),
        files.edition, files.of_text(t.text.slug), language), in_nav=listed)
        for t in reading.texts]
    pages += [
        page(CORRECTIONS, "Corrections", render_corrections(reading), cited("corrections/")),
        page(NOTES, "Notes", render_notes(reading), cited("notes/")),
        page(GLOSSARY, "Glossary", render_glossary(reading), cited("glossary/")),
    ]
    pages += [Page(p.path, p.title, p.markdown.replace(TEXTS_PLACEHOLDER, render_text_list(reading)), fills_static=True)
              for p in front_matter if TEXTS_PLACEHOLDER in p.markdown]
    return tuple(pages)


def with_citation(markdown_text: str, citation: dict | None) -> str:
    """A page with its citation data as YAML front matter, for the theme templates."""
    if citation is None:
        return markdown_text
    return front_matter_block({"citation": citation}) + markdown_text


def front_matter_block(matter: dict) -> str:
    """YAML front matter for the theme templates (libyaml's emitter where PyYAML has it)."""
    return "---\n" + yaml.dump(matter, Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False) + "---\n\n"


def render_text_list(reading: Reading) -> str:
    """Every text of the edition, one item each, ordered by author, title and name."""
    lines = []
    for text in sorted(reading.texts, key=lambda t: t.text.meta.sort_key):
        meta = text.text.meta
        part_title = f": “{escape(meta.part_title)}”" if meta.part_title else ""
        lines.append(f"- [{citation_label(text)}{part_title}]({text.text.slug}.md) ({escape(meta.date_display)}), "
                     f"{counted(len(text.paragraphs), 'paragraph')}.")
    return "\n".join(lines)


# Text helpers ----------------------------------------------------------------------------


def counted(number: int, noun: str) -> str:
    """"1 paragraph", "23 paragraphs": a count with its noun (every noun counted here takes -s)."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def paragraph_link(slug: str | None):
    """Where a "¶N" of an entry of text `slug` leads on the site (edition/crossrefs.py)."""
    return lambda number: f"{slug}.md#p{number}"


def linked_markdown(source: str, slug: str | None) -> str:
    """Editors' Markdown of an entry of text `slug`, its paragraph references linked, made inert."""
    return inert_markdown(linked(source, paragraph_link(slug)) if slug else source)


def linked_text(text: str, slug: str | None) -> str:
    """Plain text (a reason) as Markdown that prints it, its paragraph references linked."""
    return linked(text, paragraph_link(slug), markdown=False, escape=escape) if slug else escape(text)


def reference_parts(text: str) -> str | list[str | dict[str, str | int]]:
    """Plain text for a popover: as it is, or, where it cites paragraphs, a list of its parts,
    each reference as {"p": N, "label": "¶N"} (pages/assets/marks.js links it to #pN)."""
    cut = parts(text, markdown=False)
    if not any(isinstance(part, ParagraphReference) for part in cut):
        return text
    return [{"p": part.paragraph, "label": part.label} if isinstance(part, ParagraphReference) else part
            for part in cut]


def citation_label(text: ReadingText) -> str:
    """Author, work and part: "Author, *The Work*, section 3"."""
    meta = text.text.meta
    label = f"{escape(meta.author)}, *{escape(meta.title)}*"
    return f"{label}, {escape(meta.part_label)}" if meta.part_label else label


# The reading text ------------------------------------------------------------------------


def yaml_front_matter(text: ReadingText, citation: dict | None = None) -> str:
    """The text's metadata and its citation for the theme templates (citation tags, the cite control)."""
    matter = {"edition_text": text_fields(text.text.meta, len(text.paragraphs)),
              "edition_marks": marks_path(text.text.meta.slug)}
    if citation is not None:
        matter["citation"] = citation
    return front_matter_block(matter)


def marks_path(slug: str) -> str:
    """Where a text's marks data is, relative to the site's root."""
    return f"marks/{slug}.json"


def render_marks_files(reading: Reading, markup: Markup) -> tuple[File, ...]:
    """Each text's marks data as a file the popover fetches when a reader first turns to a mark:
    not in the page, whose size would grow with every reason and definition."""
    return tuple(File(marks_path(text.text.slug),
                      json.dumps(marks_data(text, markup), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"))
                 for text in reading.texts)


def marks_data(text: ReadingText, markup: Markup) -> dict:
    """What the marks' popovers show beyond the page's own text, once per correction and per term
    (not once per link): a correction's kind, confidence and reason; a term's definition opening."""
    segments = [s for p in text.paragraphs for s in p.segments]
    terms = {s.term.id: s.term for s in segments if isinstance(s, TermLink)}
    corrections: dict[str, dict[str, str | bool | list]] = {}
    for c in text.corrections:
        corrections[c.id] = {"kind": c.kind, "confidence": c.confidence,
                             "reason": reference_parts(single_line(c.reason))}
        if c.is_gap:
            corrections[c.id]["supplement"] = bool(c.reading)
    return {
        "corrections": corrections,
        "meanings": {"kinds": KIND_MEANINGS, "confidences": CONFIDENCE_MEANINGS},
        "terms": {term_id: {"term": term.term, "text": reference_parts(markup.definition_opening(term.definition))}
                  for term_id, term in terms.items()},
    }


def text_fields(meta: TextMeta, paragraphs: int) -> dict:
    """The text's metadata as the templates and the cite control read it."""
    return {"author": meta.author, "name_order": meta.name_order, "author_family": meta.family,
            "author_given": meta.author_given, "author_filed": meta.filed_name, "title": meta.title,
            "date": meta.date, "date_display": meta.date_display, "unit": meta.unit, "number": meta.number,
            "part_label": meta.part_label, "part_title": meta.part_title, "language": meta.language,
            "slug": meta.slug, "paragraphs": paragraphs}


def render_text(text: ReadingText, citation: dict | None = None, edition_files: tuple[Download, ...] = (),
                text_files: tuple[Download, ...] = (), language: str = "en") -> Written:
    """The reading page; the witness's header lines and paragraphs are marked with the text's
    language and direction, the apparatus around them stays in the edition's (`language`)."""
    header, meta = text.text.header, text.text.meta
    own = TextLanguage(meta.language).attr_list()
    page = Written()
    page.verse = meta.verse
    lines = page.lines
    title = escape(page.heading(header.get('title', meta.title)))
    lines += [yaml_front_matter(text, citation) + f"# {title}" + (f" {{ {own} }}" if "title" in header and own else ""), ""]
    for role in ("subtitle", "author", "date"):
        if role in header:
            lines += [escape(header[role]), f"{{: .{role}-line {own} }}", ""]
    if "part" in header:
        lines += [f"## {escape(header['part'])} {{ {page.id(meta.part_anchor)} {own} }}", ""]
    lines += render_key(page, collapsible=True)
    for item in body_of(text):
        lines += [render_paragraph(item, page, meta.language, language) if isinstance(item, ReadingParagraph)
                  else render_block(item, page, 2 if "part" in header else 1, own), ""]
    lines += render_author_notes(text, page, own)
    if citation and citation["downloads"]:
        lines += [render_reference_files(citation), ""]
    lines += render_downloads(text_files, edition_files, page)
    if text.notes:
        # The footnotes block follows at the end of the page: a visible heading names it.
        lines += [f"## Notes {{ {page.id('notes')} }}", ""]
    for note in notes_in_order(text):
        body = linked_markdown(note.body, note.text).replace("\n", "\n    ")
        lines += [f"[^{page.footnote(note.id)}]: {body}", ""]
    return page


def render_reference_files(citation: dict) -> str:
    """Links to the text's reference in each format: a reference manager imports them, no script needed."""
    key = citation["csl"]["id"]
    links = ", ".join(f'[{escape(d["label"])}]({d["path"]}){{ download="{key}.{d["path"].split(".", 1)[1]}" '
                      f'type="{d["type"]}" }}' for d in citation["downloads"])
    return f"Cite this text in a reference manager: {links}.\n{{: .reference-files }}"


def render_paragraph(paragraph: ReadingParagraph, page: Written, language: str = "", apparatus: str = "") -> str:
    """A numbered paragraph, marked with the text's `language` (and direction); its number's name
    ("Paragraph 12") is the apparatus's, in the edition's language where the text's differs."""
    number = paragraph.number
    body = "".join(render_segment(s, page) for s in paragraph.segments)
    own = TextLanguage(language).attr_list() if language else ""
    label = ""
    if apparatus and own and apparatus != language:
        label = TextLanguage(apparatus).attr_list()
        if direction(apparatus) != direction(language) and "dir=" not in label:
            label += f' dir="{direction(apparatus)}"'  # "¶12", not "12¶", beside a right-to-left text
    # The number is an attribute, shown by CSS (edition.css), and the text follows it at once:
    # the paragraph's own text is its reading text and nothing else (README, the page's DOM).
    name, form = ("Stanza", " .verse") if page.verse else ("Paragraph", "")
    attributes = f"{{: {page.id(f'p{number}')} .numbered{form}{' ' + own if own else ''} }}"
    if page.verse:
        # Each line's anchor, #pN.L: an empty element at the line's start, which
        # overrides/hooks/reading_dom.py puts in the page (a line may begin inside an edit).
        for line in range(1, paragraph.reading.count("\n") + 2):
            page.id(f"p{number}.{line}")
    return (f'[](#p{number}){{ .paragraph-number data-n="{number}" aria-label="{name} {number}"{" " + label if label else ""} }}{body}\n'
            + attributes)


def render_block(block: Block, page: Written, below: int, own: str = "") -> str:
    """A block of the body that is no paragraph (the text's structure, edition/structure.py): a heading
    (below the page's `below` levels of headings), a line left out of the reading, which the witness
    view shows (views.css), or nothing for an author's note, which follows the text. Each is the
    text's, in its language and direction (`own`, an attribute list)."""
    if block.kind == HEADING:
        return f"{'#' * (below + block.level)} {escape(one_line(block.reading))} {{ {page.id(block.id)}{' ' + own if own else ''} }}"
    if block.kind == AUTHOR_NOTE:
        return ""
    return f"~~{escape(one_line(block.text))}~~{{ .skipped-line }}\n{{: .skipped-block{' ' + own if own else ''} }}"


def render_author_notes(text: ReadingText, page: Written, own: str = "") -> list[str]:
    """The author's own notes, after the text under a heading of their own (the editors' are the Notes),
    each linked back to its marker."""
    notes = [b for b in text.text.blocks if b.kind == AUTHOR_NOTE]
    if not notes:
        return []
    lines = [f"## The author's notes {{ {page.id('author-notes')} }}", ""]
    for note in notes:
        lines += [f"{escape(one_line(note.reading))} [↩](#ref-{note.id}){{ .author-note-back aria-label=\"Back to the text\" }}\n"
                  f"{{: {page.id(note.id)} .author-note{' ' + own if own else ''} }}", ""]
    return lines


@functools.singledispatch
def render_segment(segment: Segment, page: Written) -> str:
    """A segment as Markdown, written by its kind."""
    raise TypeError(f"no Markdown for {type(segment).__name__}")


@render_segment.register
def _(segment: Plain, page: Written) -> str:
    return page.running(segment.text)


@render_segment.register
def _(segment: Edit, page: Written) -> str:
    return render_edit(segment.correction, page)


@render_segment.register
def _(segment: TermLink, page: Written) -> str:
    return f"[{page.running(segment.text)}]({GLOSSARY}#{segment.term.id}){{ .term }}"


@render_segment.register
def _(segment: NoteRef, page: Written) -> str:
    return f"[^{segment.note.id}]"


@render_segment.register
def _(segment: Skipped, page: Written) -> str:
    # Not the reading text: overrides/hooks/reading_dom.py makes it an attribute the witness view shows.
    return f"~~{escape(one_line(segment.text).strip())}~~{{ .skipped-line }}"


@render_segment.register
def _(segment: AuthorNoteRef, page: Written) -> str:
    return f"[{escape(segment.text)}](#{segment.note_id}){{ {page.id(f'ref-{segment.note_id}')} .author-note-ref }}"


def render_edit(correction: Correction, page: Written) -> str:
    """Both readings in one link to the correction's row: the reading shows, the witness is kept."""
    space = ""
    if correction.is_gap:
        space, marks = " ", f"^^{escape(one_line(correction.shown.strip()))}^^"
    else:
        marks = f"~~{page.running(correction.witnessed)}~~^^{page.running(correction.reading)}^^"
    # nofollow: an apparatus pointer, not navigation; its text is a word of the witness
    # (e.g. "more"), which is no description of the corrections list for a crawler.
    attributes = f"{page.id(f'c-{correction.id}')} .edit .{correction.kind} .{correction.confidence} rel=nofollow"
    if correction.is_gap:
        # A name in both views (the witness view hides the supplement, and a name made by CSS is
        # not one every tool reads): the fixed words, then what the reading view shows.
        label = f"gap in the witness {correction.shown.strip()}"
        attributes += f' aria-label="{label}"' if _ATTRIBUTE_SAFE.fullmatch(label) else ' aria-label="gap in the witness"'
    return f"{space}[{marks}]({CORRECTIONS}#{correction.id}){{ {attributes} }}"


def render_downloads(text_files: tuple[Download, ...], edition_files: tuple[Download, ...], page: Written) -> list[str]:
    """The page's downloads: this text as data, then the whole edition's files (none named: no section)."""
    if not text_files:
        return []
    lines = [f"## Downloads {{ {page.id('downloads')} }}", "",
             f"This text, from the same data as this page: {download_links(text_files)}."]
    if edition_files:
        lines[-1] += f" The whole edition: {download_links(edition_files)}."
    return lines + [""]


def download_links(downloads: tuple[Download, ...]) -> str:
    """Links to files in the site (paths relative to the site's root, as are the pages')."""
    return ", ".join(f"[{escape(d.label)}]({d.path})" for d in downloads)


# The apparatus pages ---------------------------------------------------------------------


def render_key(page: Written, collapsible: bool = False) -> list[str]:
    """The key to the marks, drawn with the marks' own styles; collapsed above the text, open on the home page."""
    # Instructions for the screen (.screen-only, views.css) are left out of print, where the key
    # describes the marks as printed.
    items = [
        ("*reading*{ .key-sample .key-edit .certain }: a correction. The witness reads otherwise; "
         "*select the word to see what it reads, and why.*{ .screen-only } "
         "*reading*{ .key-sample .key-edit .probable } (dashed) is a probable correction, "
         "*reading*{ .key-sample .key-edit .conjectural } (dotted, italic) a conjecture. "
         "*Printed, the witness's reading follows in small type: (witness: …).*{ .print-only }"),
        ("\\[…\\] or \\[*words*\\]: text missing from the witness; words in brackets are "
         "the editors' conjectural supplement, not the text."),
        "A raised number^1^ (a note) leads to the notes at the foot of the page.",
        ("*term*{ .key-sample .key-term } (faint dots): a glossary term, linked to its entry. "
         "*With JavaScript the terms start as plain text: turn them on with Marks in the header "
         "(Glossary terms), where the corrections can be turned off.*{ .screen-only }"),
        ("¶12: the paragraph's number; its link is the paragraph's permanent address. "
         "*Following it (a click, or Enter) brings the paragraph's cite button.*{ .screen-only }"),
        ("**Witness** (in the header) shows the witness as received: "
         "*reading*{ .key-sample .key-witnessed } (wavy) marks a witnessed reading, "
         "*gap*{ .key-sample .key-gap } a place where text is lost."),
    ]
    if not collapsible:
        return [f"- {item}" for item in items] + [""]
    # pymdownx.details: a <details> block, closed until opened (and printed open, views.css).
    # The anchor is inside it, so a link to #key opens it, with or without JavaScript.
    lines = ['??? key "Key to the marks"', "", "    How the text is marked:", f"    {{ {page.id('key')} }}", ""]
    return lines + [f"    - {item}" for item in items] + [""]


def render_home(reading: Reading, front_matter: tuple[Page, ...], identity: EditionIdentity | None = None,
                files: Downloads = NO_DOWNLOADS) -> Written:
    page = Written()
    lines = page.lines
    lines += [f"# {escape(page.heading(identity.title if identity else 'An annotated reading edition'))}", "",
             # Nothing here describes one text: what each witness is comes from its metadata (below).
             "Each text is read from a single witness, kept exactly as received; every place where "
             "the reading differs from it is marked in the text and listed with its kind, the "
             "editors' confidence and the reason.", "",
             f"## {page.heading('The texts' if len(reading.texts) > 1 else 'The text')}", ""]
    for text in reading.texts:
        meta = text.text.meta
        part_title = f": {escape(meta.part_title)}" if meta.part_title else ""
        lines += [
            f"### {citation_label(text)}{part_title} {{ {page.id(f'text-{text.text.slug}')} }}", "",
            # The period escaped with the date: "1912." opening a line would be a Markdown list.
            f"{escape(meta.date_display + '.')} {counted(len(text.paragraphs), 'paragraph')}, "
            f"{counted(len(text.corrections), 'correction')}, {counted(len(text.notes), 'note')}.", "",
            f"The witness: {escape(single_line(meta.provenance))}", "",
            f"[Start reading]({text.text.slug}.md){{ .md-button .md-button--primary .start-reading }}", "",
        ]
    first = reading.texts[0].text.slug if reading.texts else "TEXT"
    how_to_cite = next((p for p in front_matter if p.path == "how-to-cite.md"), None)
    lines += [
        f"## Key to the marks {{ {page.id('key')} }}", "", *render_key(page),
        f"## {page.heading('How to cite')}", "",
        f"Cite a passage by its paragraph: every paragraph is numbered and has its own address "
        f"(for example `{first}/#p1`), which will not change. The **cite** button beside a "
        f"paragraph's number copies a citation"
        + (f"; [{escape(how_to_cite.title)}]({how_to_cite.path}) gives the forms." if how_to_cite else "."), "",
        f"## {page.heading('The apparatus')}", "",
        f"[Corrections]({CORRECTIONS}): every difference from the witness, with its reason. "
        f"[Notes]({NOTES}): the editorial notes. [Glossary]({GLOSSARY}): the text's terms.", "",
    ]
    if front_matter:
        links = "; ".join(f"[{escape(p.title)}]({p.path})" for p in front_matter)
        lines += [f"How the edition is made and used: {links}.", ""]
    if files.edition:
        lines += [f"## Downloads {{ {page.id('downloads')} }}", "",
                  f"The whole edition as data: {download_links(files.edition)}.", ""]
        lines += [f"- {citation_label(text)}: {download_links(files.of_text(text.text.slug))}." for text in reading.texts]
        lines.append("")
    return page


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table; a row is one line, so the line breaks in a cell (a witness's, a reason's) are spaces."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(single_line(cell) for cell in row) + " |" for row in rows]
    return lines + [""]


def render_corrections(reading: Reading) -> Written:
    page = Written()
    lines = page.lines
    lines += [f"# {page.heading('Corrections')}", "",
             "Every place where the reading text differs from the witness, with its kind, "
             "the editors' confidence and the reason. Each row links to its place in the text.", ""]
    for text in reading.texts:
        slug = text.text.slug
        corrections = text.corrections
        lines += [f"## {citation_label(text)} {{ {page.id(slug)} }}", "",
                  f"{counted(len(corrections), 'correction')} in {counted(len(text.paragraphs), 'paragraph')}.", ""]
        if not corrections:  # the count says it: no table of empty rows
            continue
        by_kind = Counter(c.kind for c in corrections)
        by_confidence = Counter(c.confidence for c in corrections)
        lines += _table(["Kind", "Corrections"], [[k, str(by_kind[k])] for k in KINDS if by_kind[k]])
        lines += _table(["Confidence", "Corrections"],
                        [[k, str(by_confidence[k])] for k in CONFIDENCES if by_confidence[k]])
        rows = []
        # The two readings are the text's, each isolated in its own direction (a table of the
        # edition's language around them): `[32اظ]` displays in the order the text has it.
        own = TextLanguage(text.text.meta.language).attr_list(isolated=True)
        own = f"{{ {own} }}" if own else ""
        for c in corrections:
            witnessed = f"~~{escape(c.witnessed)}~~{own}" if c.witnessed else "(gap)"
            rows.append([
                f"[¶{c.paragraph}]({slug}.md#c-{c.id}){{ {page.id(c.id)} }}", witnessed,
                f"^^{escape(c.shown.strip())}^^{own}", c.kind, c.confidence, linked_text(c.reason, slug),
            ])
        lines += _table(["Place", "Witness", "Reading", "Kind", "Confidence", "Reason"], rows)
    return page


def render_notes(reading: Reading) -> Written:
    page = Written()
    lines = page.lines
    lines += [f"# {page.heading('Notes')}", "", "The editorial notes, in the order of their numbers in the text.", ""]
    for text in reading.texts:
        slug = text.text.slug
        numbers = note_numbers(text)
        lines += [f"## {citation_label(text)} {{ {page.id(slug)} }}", ""]
        for note in notes_in_order(text):
            phrase = quoted(escape(single_line(note.phrase)), text.text.meta.language)
            lines += [f"### {numbers[note.id]}. {phrase} (¶{note.paragraph}) {{ {page.id(note.id)} }}", "",
                      linked_markdown(note.body, slug), "",
                      f"[Back to ¶{note.paragraph}]({slug}.md#fnref:{note.id})", ""]
    return page


def render_glossary(reading: Reading) -> Written:
    page = Written()
    lines = page.lines
    lines += [f"# {page.heading('Glossary')}", "",
             "Terms as the texts use them. In a text, the first occurrence of a term in each "
             "paragraph links here; a term written for some texts only links in those, and each "
             "entry names the texts it occurs in.", ""]
    titles = {t.text.slug: t for t in reading.texts}
    for entry in glossary_in_order(reading.glossary):
        # A headword that is one of its forms quotes the texts it occurs in: in their language,
        # where they share one.
        term = escape(single_line(entry.term.term))
        languages = {titles[slug].text.meta.language for slug, _ in entry.places}
        if len(languages) == 1 and quotes_the_text(entry.term):
            term = quoted(term, languages.pop())
        # Level 2 under the page title: a heading level is never skipped (axe heading-order).
        lines += [f"## {term} {{ {page.id(entry.term.id)} }}", "",
                  linked_markdown(entry.term.definition, cited_text(entry.term)), "", _occurrences(entry, titles), ""]
    return page


def quoted(markdown_text: str, language: str) -> str:
    """Words of a text quoted in the apparatus (a note's phrase, a glossary headword), marked with
    the text's language and isolated in its direction. Inline HTML, as no Markdown syntax makes a
    span that attr_list could mark; its attribute values are a tag's letters, digits and hyphens."""
    attributes = TextLanguage(language).isolated
    if not attributes:
        return markdown_text
    return "<span " + " ".join(f'{name}="{html.escape(value)}"' for name, value in attributes.items()) + f">{markdown_text}</span>"


def _occurrences(entry: TermOccurrences, texts: dict[str, ReadingText]) -> str:
    by_text: dict[str, list[int]] = defaultdict(list)
    for slug, number in entry.places:
        by_text[slug].append(number)
    parts = []
    for slug, numbers in by_text.items():
        links = ", ".join(f"[¶{n}]({slug}.md#p{n})" for n in numbers)
        parts.append(f"{citation_label(texts[slug])}: {links}")
    return "Occurs in " + "; ".join(parts) + "."
