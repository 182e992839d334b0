"""TEI P5 XML of one text: the witness and every editorial intervention, in one document.

Encoding decisions (also stated in the file's own `editorialDecl`):

- Corrections of errors in the witness, kinds `ocr`, `punctuation` and `grammar`, are
  `choice` with `sic` (the witness) and `corr` (the reading). Kinds that regularise the
  form of a sound text, `encoding` (U+FFFD for a character lost in transmission) and
  `capitalisation`, are `choice` with `orig` and `reg`.
- `corr`/`reg` carry the kind as `@type`, `@resp` pointing at the editors' `respStmt`, and
  `@cert` from the confidence: certain → high, probable → medium, conjectural → low.
- A lacuna is `supplied` holding the conjecture, with `@reason`, `@resp` and `@cert`, and
  nothing presentational: the page's brackets are not in it, and the space that the page
  prints before a supplement stands before the element. Where nothing is supplied it is
  `gap` alone.
- In `choice` the reading (`corr`, `reg`) comes first: the TEI Consortium's `txt`
  conversion prints a choice's first child.
- Each correction's reason is a stand-off `note type="reason"` in `back`, pointing at it.
- Editorial notes are in `back` too, their `@target`/`@targetEnd` pointing at `anchor`s
  that enclose the phrase they gloss; glossary terms are `term` with `@ref` into the
  glossary list in `back`.
- Mixed content is written unindented: the text is exactly the characters of the witness
  and of the readings (and the one space before a supplement).
- In notes and definitions, *emphasis* is the editors' mark for a title: it is `title`.
- Verse (a text whose metadata says `form: verse`): each block is `lg` (`@n`, `xml:id` pN) and
  each of its lines `l` (`@n`, `xml:id` pN.L), holding the line as the witness has it, its
  indentation included (and `@rend="indent"`). A correction that runs over a line end is one
  `choice` for each line it touches, the first with the correction's `xml:id`, the next ones
  `c-ID.2`, … , chained by `@next` and `@prev`; its reason points at them all. A line is never
  joined to the next: `corr` holds what the reading has on that line.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from ..crossrefs import ParagraphReference, cited_text, linked, parts
from ..languages import quotes_the_text
from ..model import Correction, Edit, NoteRef, Plain, Reading, ReadingParagraph, ReadingText, TermLink, TextMeta, Name
from ..model import AUTHOR_NOTE, HEADING, AuthorNoteRef, Skipped, body as body_of
from .publication import Publication
from ..markup import Markup
from .common import (append_text, glossary_in_order, indent_structure, note_numbers, notes_in_order,
                     phrase_spans, segment_spans)

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
REGULARISATIONS = ("encoding", "capitalisation")
CERT = {"certain": "high", "probable": "medium", "conjectural": "low"}
EDITORS = "editors"
LACUNA_REASON = "lost"  # text the witness lost in transmission (a value the Guidelines' examples use)

ET.register_namespace("", TEI_NS)


def tag(name: str) -> str:
    return f"{{{TEI_NS}}}{name}"


def sub(parent: ET.Element, name: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag(name), {_attribute(k): v for k, v in attributes.items()})
    if text:
        element.text = text
    return element


def _attribute(name: str) -> str:
    return {"xml_id": XML_ID, "xml_lang": XML_LANG}.get(name, name.rstrip("_"))


def render(text: ReadingText, reading: Reading, identity: Publication) -> bytes:
    meta = text.text.meta
    # The header and the editors' notes are in the edition's language; the text's body in its own.
    tei = ET.Element(tag("TEI"), {XML_LANG: identity.language})
    tei.append(header(text, identity))
    body_text = sub(tei, "text")
    body = sub(body_text, "body", xml_lang=meta.language)
    if text.text.blocks:  # the metadata gives a structure: headings open divs (structure_into)
        structure_into(body, text)
    else:
        for paragraph in text.paragraphs:
            body.append(block_element(paragraph, meta.verse))
    body_text.append(back(text, reading, identity.markup))
    _indent_keeping_names(tei)
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(tei, encoding="unicode").encode("utf-8") + b"\n")


# The header -----------------------------------------------------------------------------


def header(text: ReadingText, identity: Publication) -> ET.Element:
    meta, witness = text.text.meta, text.text
    page = f"{identity.site_url}{meta.slug}/"
    root = ET.Element(tag("teiHeader"))
    file_desc = sub(root, "fileDesc")
    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", meta.title, type="main")
    if meta.part_title or meta.part_label:
        sub(title_stmt, "title", ": ".join(p for p in (meta.part_label, meta.part_title) if p), type="sub")
    sub(title_stmt, "title", identity.title, type="desc")
    title_stmt.append(author(meta))
    title_stmt.append(resp_stmt(identity))

    edition_stmt = sub(file_desc, "editionStmt")
    edition = sub(edition_stmt, "edition", f"Version {identity.version}" if identity.version else identity.title,
                  **({"n": identity.version} if identity.version else {}))
    if identity.date_released:
        append_text(edition, ", released ")
        sub(edition, "date", identity.date_released, when=identity.date_released)

    publication = sub(file_desc, "publicationStmt")
    if identity.publisher:
        sub(publication, "publisher", identity.publisher)
    else:
        sub(publication, "authority", ", ".join(identity.editor_names) or identity.title)
    sub(publication, "idno", page, type="URI")
    if identity.repository:
        sub(publication, "idno", identity.repository, type="repository")
    availability = sub(publication, "availability")
    if identity.licence_chosen:
        sub(availability, "licence", f"The editors' work is licensed under {identity.licence} (SPDX).",
            target=f"https://spdx.org/licenses/{identity.licence}.html")
    else:
        sub(availability, "p", "No licence has been chosen for the edition yet (SPDX: NOASSERTION).")
    # Whatever the licence, it is the editors' to give only for their own work.
    sub(availability, "p", "The witness is reproduced as received; the edition's licence does not cover it.")
    if identity.date_released:
        sub(publication, "date", identity.date_released, when=identity.date_released)

    source_desc = sub(file_desc, "sourceDesc")
    bibl = sub(source_desc, "bibl", type="witness")
    bibl.append(author(meta))
    sub(bibl, "title", meta.title, level="m")
    if meta.part_label:
        sub(bibl, "biblScope", meta.part_label, unit=meta.part_anchor)
    sub(bibl, "date", meta.date_display, **meta.when.tei())
    original = original_language(meta)
    if original:
        sub(bibl, "textLang", f"{language_name(meta.language)}, translated from {original[1]}",
            mainLang=meta.language, otherLangs=original[0])
    sub(bibl, "note", meta.provenance, type="provenance")
    if meta.witness_address:
        # The address the witness was copied from, and when: a date that is not recorded is said to be so.
        note = sub(bibl, "note", type="source")
        append_text(note, "Copied from ")
        sub(note, "ref", meta.witness_address, target=meta.witness_address)
        if meta.captured:
            append_text(note, " on ")
            sub(note, "date", meta.captured, when=meta.captured, type="capture")
            append_text(note, ".")
        else:
            append_text(note, "; the date of capture is not recorded.")
    sub(bibl, "idno", witness.source_file, type="file")
    sub(bibl, "idno", witness.sha256, type="sha256")

    encoding = sub(root, "encodingDesc")
    editorial = sub(encoding, "editorialDecl")
    sub(sub(editorial, "correction", status="high", method="markup"), "p",
        "Errors of the witness (misreadings, punctuation, grammar) are choice with sic and corr; "
        "corr carries the kind as @type, the confidence as @cert (certain: high, probable: medium, "
        "conjectural: low) and @resp. Each reason is a note of type reason in back, pointing at its choice.")
    sub(sub(editorial, "normalization", method="markup"), "p",
        "Character encoding (U+FFFD for a character lost in transmission) and capitalisation are "
        "regularised: choice with orig and reg, with @type, @cert and @resp as for corrections.")
    sub(sub(editorial, "interpretation"), "p",
        "A lacuna is supplied, which holds the editors' conjecture (@reason lost, @cert, @resp), after the "
        "space the reading text prints before it; the reading text's brackets are not encoded. Where "
        "nothing is supplied the lacuna is a gap.")
    segmentation = sub(sub(editorial, "segmentation"), "p",
                       "The witness is split into blocks at blank lines; the blocks after the header lines are the "
                       "paragraphs, numbered from 1 (@n) and identified as pN (@xml:id).")
    if meta.verse:
        append_text(segmentation, " The text is verse: each block is an lg, each of its lines an l, numbered from 1 "
                    "(@n) and identified as pN.L, holding the line as the witness has it, its indentation "
                    "included (@rend indent); a correction over a line end is a choice on each line it "
                    "touches, chained by @next and @prev, so that no reading joins two lines.")
    if text.text.blocks:
        sub(sub(editorial, "interpretation"), "p",
            "The text's structure is the editors' reading of its blocks: each heading opens a div (its level "
            "the nesting) with the heading as head; the author's own notes are note type=\"author\" where the "
            "witness has them, each marker a ref to its note; lines of the witness left out of the reading text "
            "(source page markers) are a signal of the source, not its content: between paragraphs a metamark "
            "function=\"marker\", within one a choice of an empty reg (type markup) and the line as orig. "
            "Headings, notes and left-out lines are not numbered.")
    refs = sub(encoding, "refsDecl")
    within = "/TEI/text/body//" if text.text.blocks else "/TEI/text/body/"  # paragraphs inside a text's divs
    if meta.verse:
        stanza = sub(refs, "citeStructure", unit="stanza", match=within + "lg", use="@n", delim=" ¶")
        sub(stanza, "citeStructure", unit="line", match="l", use="@n", delim=".")
    else:
        sub(refs, "citeStructure", unit="paragraph", match=within + "p", use="@n", delim=" ¶")

    profile = sub(root, "profileDesc")
    creation = sub(profile, "creation")
    sub(creation, "date", meta.date_display, **meta.when.tei())
    if original:
        append_text(creation, f"; written in {original[1]}, read here in an {language_name(meta.language)} translation")
    usage = sub(profile, "langUsage")
    sub(usage, "language", language_name(meta.language), ident=meta.language, usage="100")
    if identity.language != meta.language:
        sub(usage, "language", f"{language_name(identity.language)} (the edition's header and notes)", ident=identity.language)
    if original:
        sub(usage, "language", f"{original[1]} (the original language of the work, not of this text)", ident=original[0],
            usage="0")

    if identity.date_released:
        revisions = sub(root, "revisionDesc")
        change = sub(revisions, "change", when=identity.date_released, who=f"#{EDITORS}",
                     **({"n": identity.version} if identity.version else {}))
        change.text = f"Version {identity.version} released." if identity.version else "Released."
    return root


def language_name(tag: str) -> str:
    """A BCP 47 tag's name in English ("en" → "English"), as langcodes gives it."""
    import langcodes

    return langcodes.Language.get(tag).display_name()


def original_language(meta: TextMeta) -> tuple[str, str] | None:
    """(tag, name) of the language the work was written in, where the text is a translation."""
    if not meta.original_language:
        return None
    import langcodes

    try:
        return str(langcodes.find(meta.original_language)), meta.original_language
    except LookupError:
        return "und", meta.original_language  # a name langcodes does not know: the TEI's "undetermined"


def author(meta: TextMeta) -> ET.Element:
    element = ET.Element(tag("author"))
    pers_name(element, meta.person)
    return element


def pers_name(parent: ET.Element, name: Name) -> ET.Element:
    """A person's name as a persName, family and given names marked, in the order and with the
    spacing the name is written ("최남선" has none); a single name (name_order: single) is not split."""
    if name.single:
        return sub(parent, "persName", name.name)
    person = sub(parent, "persName")
    parts = [("surname", name.family), ("forename", name.given)]
    written = name.display
    for part, value in ((p, v) for p, v in (parts if name.family_first else parts[::-1]) if v):
        between, _, written = written.partition(value)
        if between:
            append_text(person, between)
        sub(person, part, value)
    return person


def _indent_keeping_names(tei: ET.Element) -> None:
    """Indent the structure, but not inside a persName: its parts are a name's text, and a name
    written without a space (최남선) must not gain one."""
    names = [(person, person.text, [part.tail for part in person]) for person in tei.iter(tag("persName"))]
    indent_structure(tei)
    for person, text, tails in names:
        person.text = text
        for part, tail in zip(person, tails, strict=True):
            part.tail = tail


def resp_stmt(identity: Publication) -> ET.Element:
    stmt = ET.Element(tag("respStmt"), {XML_ID: EDITORS})
    sub(stmt, "resp", "Edited, corrected and annotated by")
    for editor in identity.editors:
        if editor.organisation:
            sub(stmt, "orgName", editor.name)
        else:
            pers_name(stmt, editor)
    return stmt


# The body -------------------------------------------------------------------------------


def paragraph_element(paragraph: ReadingParagraph) -> ET.Element:
    n = str(paragraph.number)
    p = ET.Element(tag("p"), {"n": n, XML_ID: f"p{n}"})
    spans = segment_spans(paragraph.segments)
    anchors = _anchor_places(spans, phrase_spans(paragraph))
    pending = sorted(anchors)

    def emit_until(position: int) -> None:
        while pending and pending[0][0] <= position:
            _, _, anchor_id = pending.pop(0)
            sub(p, "anchor", xml_id=anchor_id)

    for start, end, segment in spans:
        emit_until(start)
        if isinstance(segment, Plain):
            cursor = start
            for position in sorted({a for a, _, _ in pending if start < a < end}):
                append_text(p, segment.text[cursor - start:position - start])
                cursor = position
                emit_until(position)
            append_text(p, segment.text[cursor - start:])
        else:
            segment_into(segment, p)
    emit_until(len(paragraph.reading))
    return p


def structure_into(body: ET.Element, text: ReadingText) -> None:
    """The body of a text whose metadata gives a structure: each heading opens a div, nested by its
    level, that holds what follows it up to the next heading of its level or above; a left-out
    line is metamark (within a paragraph a choice: segment_into), an author's note a note where the witness has it."""
    open_divs: list[tuple[int, ET.Element]] = []
    for item in body_of(text):
        if isinstance(item, ReadingParagraph):
            (open_divs[-1][1] if open_divs else body).append(block_element(item, text.text.meta.verse))
            continue
        if item.kind == HEADING:
            while open_divs and open_divs[-1][0] >= item.level:
                open_divs.pop()
            div = sub(open_divs[-1][1] if open_divs else body, "div", xml_id=item.id)
            sub(div, "head", item.reading)
            open_divs.append((item.level, div))
            continue
        parent = open_divs[-1][1] if open_divs else body
        if item.kind == AUTHOR_NOTE:
            note = sub(parent, "note", type="author", place="foot", n=item.marker, xml_id=item.id)
            append_text(note, item.text)
        else:
            sub(parent, "metamark", item.text, function="marker")


def block_element(paragraph: ReadingParagraph, verse: bool) -> ET.Element:
    """A numbered paragraph as its text's form has it: `lg` of `l` in verse, `p` in prose."""
    return stanza_element(paragraph) if verse else paragraph_element(paragraph)


def stanza_element(paragraph: ReadingParagraph) -> ET.Element:
    """A verse paragraph as `lg` of `l`: the paragraph's content, as prose has it, cut at each line break."""
    n = str(paragraph.number)
    stanza = ET.Element(tag("lg"), {"n": n, XML_ID: f"p{n}"})
    lines: list[ET.Element] = []

    def new_line() -> ET.Element:
        line = sub(stanza, "l", n=str(len(lines) + 1), xml_id=f"p{n}.{len(lines) + 1}")
        lines.append(line)
        return line

    line = new_line()

    def text_into(text: str) -> None:
        nonlocal line
        first, *rest = text.split("\n")
        append_text(line, first)
        for piece in rest:
            line = new_line()
            append_text(line, piece)

    prose = paragraph_element(paragraph)
    text_into(prose.text or "")
    for child in list(prose):
        tail, child.tail = child.tail, None
        parts = _line_parts(child)
        for index, part in enumerate(parts):
            if index:
                line = new_line()
            indent = _leading_space(part)
            if indent:
                append_text(line, indent)
            line.append(part)
        text_into(tail or "")
    for line in lines:
        if (line.text or "")[:1].isspace():
            line.set("rend", "indent")
    return stanza


def _line_parts(element: ET.Element) -> list[ET.Element]:
    """An element of a verse line as one element for each line it runs over: a `choice` (or a
    `term`) cut at its line breaks, the parts chained by @next and @prev."""
    if "\n" not in "".join(element.itertext()):
        return [element]
    children = list(element) or [element]
    pieces = [(child.text or "").split("\n") for child in children]
    count = len(pieces[0])
    parts = []
    for index in range(count):
        part = ET.Element(element.tag, dict(element.attrib))
        if index and element.get(XML_ID):
            part.set(XML_ID, f"{element.get(XML_ID)}.{index + 1}")
        if list(element):
            for child, texts in zip(children, pieces, strict=True):
                piece = ET.SubElement(part, child.tag, dict(child.attrib))
                piece.text = texts[index] if index < len(texts) else ""
        else:
            part.text = pieces[0][index]
        parts.append(part)
    ids = [part.get(XML_ID) for part in parts]
    if all(ids):
        for index, part in enumerate(parts):
            if index:
                part.set("prev", f"#{ids[index - 1]}")
            if index < len(parts) - 1:
                part.set("next", f"#{ids[index + 1]}")
    return parts


def _leading_space(element: ET.Element) -> str:
    """The indentation that opens every reading of a part of a cut `choice` (the witness's own,
    kept in the reading): it stands before the `choice`, in the line, not in `corr` and `sic`."""
    texts = [child.text or "" for child in element] or [element.text or ""]
    indent = min((text[:len(text) - len(text.lstrip())] for text in texts), key=len)
    if not indent or not all(text.startswith(indent) for text in texts):
        return ""
    for child in list(element) or [element]:
        child.text = (child.text or "")[len(indent):]
    return indent


@functools.singledispatch
def segment_into(segment, parent: ET.Element) -> None:
    """A segment other than plain text (which the paragraph splits at its anchors) as TEI, by its kind."""
    raise TypeError(f"no TEI for {type(segment).__name__}")


@segment_into.register
def _(segment: Edit, parent: ET.Element) -> None:
    edit_elements(parent, segment.correction)


@segment_into.register
def _(segment: TermLink, parent: ET.Element) -> None:
    sub(parent, "term", segment.text, ref=f"#term-{segment.term.id}")


@segment_into.register
def _(segment: Skipped, parent: ET.Element) -> None:
    # A regularisation of the text's form, as encoding and capitalisation are: the reading (an empty
    # reg) first, so that the TEI Consortium's txt and html conversions print the reading; the witness's
    # line (with its line break) in orig.
    choice = sub(parent, "choice")
    sub(choice, "reg", type="markup", resp=f"#{EDITORS}")
    sub(choice, "orig", segment.text)


@segment_into.register
def _(segment: AuthorNoteRef, parent: ET.Element) -> None:
    sub(parent, "ref", segment.text, target=f"#{segment.note_id}", xml_id=f"ref-{segment.note_id}")


@segment_into.register
def _(segment: NoteRef, parent: ET.Element) -> None:
    """The note is in <back>; its place is marked by the anchors around its phrase."""


def _anchor_places(spans, phrases: dict[str, tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(position, order, id) of each phrase's start and end anchor, moved out of edits and terms."""
    places = []
    for note_id, (start, end) in phrases.items():
        for a, b, segment in spans:
            if not isinstance(segment, Plain) and a < start < b:
                start = a
            if not isinstance(segment, Plain) and a < end < b:
                end = b
        places += [(end, 0, f"phrase-{note_id}-end"), (start, 1, f"phrase-{note_id}")]
    return places


def edit_elements(parent: ET.Element, correction: Correction) -> None:
    attributes = {"type": correction.kind, "cert": CERT[correction.confidence], "resp": f"#{EDITORS}"}
    if correction.is_gap:
        # The page prints " [words]": the space is the text's, the brackets only the page's.
        append_text(parent, " ")
        if correction.reading:
            sub(parent, "supplied", correction.reading, reason=LACUNA_REASON, xml_id=f"c-{correction.id}",
                cert=attributes["cert"], resp=attributes["resp"])
        else:
            sub(parent, "gap", reason=LACUNA_REASON, xml_id=f"c-{correction.id}")
        return
    choice = sub(parent, "choice", xml_id=f"c-{correction.id}")
    witness, reading = ("orig", "reg") if correction.kind in REGULARISATIONS else ("sic", "corr")
    sub(choice, reading, correction.reading, **attributes)
    sub(choice, witness, correction.witnessed)


# The back: reasons, notes, glossary -----------------------------------------------------


def back(text: ReadingText, reading: Reading, markup: Markup) -> ET.Element:
    root = ET.Element(tag("back"))
    reasons = sub(root, "div", type="corrections")
    sub(reasons, "head", "Corrections: the editors' reasons")
    for correction in text.corrections:
        # In verse, a correction over a line end is a choice for each line (stanza_element): the reason points at each.
        lines = correction.reading.count("\n") + 1 if text.text.meta.verse and not correction.is_gap else 1
        target = " ".join(f"#c-{correction.id}" + (f".{line}" if line > 1 else "") for line in range(1, lines + 1))
        reason = sub(reasons, "note", type="reason", target=target, xml_id=f"reason-{correction.id}",
                     resp=f"#{EDITORS}")
        referring_into(reason, correction.reason)
    numbers = note_numbers(text)
    if text.notes:
        notes = sub(root, "div", type="notes")
        sub(notes, "head", "Notes")
        for note in notes_in_order(text):
            element = sub(notes, "note", xml_id=f"note-{note.id}", n=str(numbers[note.id]),
                          target=f"#phrase-{note.id}", targetEnd=f"#phrase-{note.id}-end", resp=f"#{EDITORS}")
            markdown_into(element, linked(note.body, paragraph_target), markup)
    occurring = [entry for entry in reading.glossary if any(slug == text.text.slug for slug, _ in entry.places)]
    if occurring:
        glossary = sub(root, "div", type="glossary")
        sub(glossary, "head", "Glossary")
        items = sub(glossary, "list", type="gloss")
        for entry in glossary_in_order(occurring):
            # A headword that is one of its forms quotes the text: in the text's language.
            quoted = {"xml_lang": text.text.meta.language} if quotes_the_text(entry.term) else {}
            sub(sub(items, "label"), "term", entry.term.term, xml_id=f"term-{entry.term.id}", **quoted)
            markdown_into(sub(items, "item"), linked(entry.term.definition, paragraph_target)
                          if cited_text(entry.term) == text.text.slug else entry.term.definition, markup)
    return root


_INLINE = {"em": ("title", {}), "strong": ("hi", {"rend": "bold"}), "code": ("code", {}),
           "br": ("lb", {}), "p": ("p", {}), "blockquote": ("quote", {}), "li": ("item", {}),
           "ul": ("list", {"rend": "bulleted"}), "ol": ("list", {"rend": "numbered"}),
           # The marks pymdownx.tilde and pymdownx.caret make, as TEI writes them.
           "del": ("del", {}), "ins": ("add", {}), "sup": ("hi", {"rend": "superscript"}),
           "sub": ("hi", {"rend": "subscript"}), "pre": ("ab", {"type": "code"}), "hr": ("milestone", {"unit": "section"})}


def paragraph_target(number: int) -> str:
    """A paragraph reference ("¶7", edition/crossrefs.py) in this text's TEI: its <p xml:id="p7">."""
    return f"#p{number}"


def referring_into(parent: ET.Element, text: str) -> None:
    """Plain text (a reason) as mixed content, each paragraph reference a <ref>."""
    for part in parts(text, markdown=False):
        if isinstance(part, ParagraphReference):
            parent.append(ET.Element(tag("ref"), {"target": paragraph_target(part.paragraph)}))
            parent[-1].text = part.label
        else:
            append_text(parent, part)


def markdown_into(parent: ET.Element, source: str, markup: Markup) -> None:
    """Editors' Markdown as TEI: paragraphs, emphasis, links (ref), lists, quotations."""
    for child in markup.tree(source):
        parent.append(_to_tei(child))


def _to_tei(element: ET.Element) -> ET.Element:
    if element.tag == "a":
        name, attributes = "ref", {"target": element.get("href", "")}
    else:
        name, attributes = _INLINE.get(element.tag, ("seg", {}))
    result = ET.Element(tag(name), attributes)
    result.text = element.text
    for child in element:
        converted = _to_tei(child)
        converted.tail = child.tail
        result.append(converted)
    return result
