"""Bibliographic records: what a reference manager needs to cite a page of the edition.

One typed description, a `Reference`, is made from the model (a text's metadata and the
edition's identity) for each reading page and each apparatus page. It is rendered as
the static files a reader downloads (CSL-JSON, BibTeX for biblatex, RIS), as the Highwire
`citation_*` tags and the schema.org JSON-LD of the page, and as the CSL-JSON item the cite
control formats. Each format gets only what it has a place for:

- the item is a part of a book (Zotero: book section; CSL: chapter; biblatex: @incollection;
  RIS: CHAP): the text's part title (or the page's title). Where the text is a part of a work,
  the book is the work (CSL container-title, biblatex booktitle, RIS T2, Highwire
  citation_inbook_title) and the edition holds it (CSL collection-title, biblatex maintitle,
  RIS T3, Highwire citation_series_title); the part's label is CSL chapter-number ("section 3":
  Chicago prints "Section 3 in"), biblatex titleaddon, RIS SE. A whole work is itself the
  item, the edition its book;
- the edition's version is CSL version, biblatex edition ("Version 0.1.0"; biblatex has no
  version for @incollection), RIS ET; the translation is RIS N1 and CSL note (CSL has no
  variable for an original language), biblatex origlanguage, JSON-LD translationOfWork;
- the date is the edition's release date; the work's own date is the original date (CSL
  `original-date`, biblatex `origdate`, RIS `OP`, JSON-LD `isBasedOn`);
- the editors are named as people where they are people, and as an organisation where they
  are one, in the formats that can say so (CSL `literal`, biblatex braces, RIS as written);
  Highwire and schema.org's editor name people only, and the publisher stands for the rest;
- a family-first name ("Mao Zedong", "최남선") is filed as "Mao, Zedong" ("최, 남선") where a format
  splits names at a comma, and carries CSL's `static-ordering`, so styles print it uninverted; a
  single name (`name_order: single`: "نصير الدين الطوسي") is never split: CSL `literal`, biblatex in
  braces, RIS and Highwire with a trailing comma (so Zotero keeps it one name), TEI a bare
  persName, and no form abbreviates it to initials;
- the work's date is EDTF (edition/dates.py): CSL date-parts with `circa` and ranges (44 BCE is
  -44), biblatex the EDTF itself, RIS the RIS date where it is one day, month or year of the
  common era and the EDTF otherwise, schema.org ISO 8601; the forms say it in words ("ca. 1912").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from .downloads import DOWNLOADS, File, download_path  # noqa: F401 - named here for the callers that always found them
from .dates import EdtfDate
from .model import EditionIdentity, Name, Reading, TextMeta, unspaced_script

APPARATUS = (("corrections", "Corrections"), ("notes", "Notes"), ("glossary", "Glossary"))


@dataclass(frozen=True)
class Reference:
    key: str              # the BibTeX key and the CSL id
    path: str             # the page, relative to the site's address ("section-3/")
    title: str            # the text's part title, or the whole work's, or the apparatus page's
    book_title: str       # the edition's title
    authors: tuple[Name, ...]
    editors: tuple[Name, ...]  # people only
    publisher: str
    version: str
    issued: str           # the edition's release date, YYYY-MM-DD
    language: str
    original_date: EdtfDate | None = None  # the work's date (None for the apparatus)
    work_title: str = ""     # the whole work, where the text is a part of it
    part_label: str = ""     # "section 3"
    part_number: str = ""    # "3"
    original_language: str = ""  # the work's language by name ("Korean"), where the text is a translation
    organisations: tuple[str, ...] = ()  # the editors that are organisations

    @property
    def translated(self) -> str:
        return f"Translated from the {self.original_language}." if self.original_language else ""



def _people(identity: EditionIdentity) -> tuple[Name, ...]:
    return tuple(e for e in identity.editors if not e.organisation)


def _organisations(identity: EditionIdentity) -> tuple[str, ...]:
    return tuple(e.name for e in identity.editors if e.organisation)


def _key(*parts: str) -> str:
    """A BibTeX key: the parts, lowercase letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", "".join(parts).lower())


def entry_key(meta: TextMeta) -> str:
    """The BibTeX key: the author's family name, the work's year, the text's slug."""
    return _key(meta.family, meta.year, meta.slug)


def text_reference(meta: TextMeta, identity: EditionIdentity) -> Reference:
    return Reference(
        key=entry_key(meta), path=f"{meta.slug}/", title=meta.part_title or meta.title,
        book_title=identity.title, authors=(meta.person,), editors=_people(identity),
        publisher=identity.publisher, version=identity.version, issued=identity.date_released,
        language=meta.language, original_date=meta.when,
        work_title=meta.title if (meta.part_title or meta.part_label) else "", part_label=meta.part_label,
        part_number=meta.number,
        original_language=meta.original_language if meta.original_language != meta.language else "",
        organisations=_organisations(identity))


def apparatus_reference(name: str, title: str, identity: EditionIdentity, language: str) -> Reference:
    """An apparatus page (Corrections, Notes, Glossary): a part of the edition, by its editors."""
    key = _key(identity.short_title, identity.date_released[:4], name)
    return Reference(
        key=key, path=f"{name}/", title=title, book_title=identity.title, authors=(),
        editors=_people(identity), publisher=identity.publisher, version=identity.version,
        issued=identity.date_released, language=language, organisations=_organisations(identity))


def references(reading: Reading, identity: EditionIdentity, language: str = "en") -> dict[str, Reference]:
    """Every page's reference, by page path ("section-3/", "corrections/", …); an apparatus page is
    in the edition's `language` (mkdocs.yml's theme.language), not in the first text's."""
    found = {f"{t.text.slug}/": text_reference(t.text.meta, identity) for t in reading.texts}
    for name, title in APPARATUS:
        found[f"{name}/"] = apparatus_reference(name, title, identity, language)
    return found


# CSL-JSON ---------------------------------------------------------------------------------


def _date_parts(iso: str) -> dict:
    return {"date-parts": [[int(p) for p in iso.split("-")]]}


def _csl_name(person: Name) -> dict:
    if person.single:
        return {"literal": person.name}
    name: dict[str, Any] = {"family": person.family}
    if person.given:
        name["given"] = person.given
    if person.family_first:
        name["static-ordering"] = True
    return name


def csl_item(ref: Reference, site_url: str) -> dict:
    item: dict[str, Any] = {"id": ref.key, "type": "chapter", "title": ref.title}
    if ref.work_title:
        item |= {"container-title": ref.work_title, "collection-title": ref.book_title}
        if ref.part_label:
            item["chapter-number"] = ref.part_label
    else:
        item["container-title"] = ref.book_title
    if ref.authors:
        item["author"] = [_csl_name(p) for p in ref.authors]
    if ref.editors or ref.organisations:
        item["editor"] = [_csl_name(p) for p in ref.editors] + [{"literal": name} for name in ref.organisations]
    item |= {"publisher": ref.publisher, "version": ref.version, "issued": _date_parts(ref.issued)}
    if ref.original_date:
        item["original-date"] = ref.original_date.csl()
    item |= {"URL": site_url + ref.path, "language": ref.language}
    if ref.translated:
        item["note"] = ref.translated
    return item


def render_csl_json(ref: Reference, site_url: str) -> str:
    return json.dumps([csl_item(ref, site_url)], ensure_ascii=False, indent=2) + "\n"


# BibTeX (biblatex) ------------------------------------------------------------------------

_BIBTEX_SPECIAL = re.compile(r"[\\{}&%$#_^~]")
_BIBTEX_REPLACE = {"\\": r"\textbackslash{}", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}


def bibtex_value(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_REPLACE.get(m.group(0), "\\" + m.group(0)), text)


def _bibtex_names(people: tuple[Name, ...], organisations: tuple[str, ...] = ()) -> str:
    """Names joined by "and"; an organisation in braces, so that no tool splits it into a person."""
    return " and ".join([f"{{{bibtex_value(p.name)}}}" if p.single else bibtex_value(p.filed) for p in people]
                        + [f"{{{bibtex_value(o)}}}" for o in organisations])


def render_bibtex(ref: Reference, site_url: str) -> str:
    fields = [
        ("author", _bibtex_names(ref.authors)),
        ("title", bibtex_value(ref.title)),
        ("titleaddon", bibtex_value(ref.part_label[:1].upper() + ref.part_label[1:]) if ref.work_title else ""),
        ("booktitle", bibtex_value(ref.work_title or ref.book_title)),
        ("maintitle", bibtex_value(ref.book_title) if ref.work_title else ""),
        ("editor", _bibtex_names(ref.editors, ref.organisations)),
        ("edition", bibtex_value(f"Version {ref.version}") if ref.version else ""),
        ("publisher", bibtex_value(ref.publisher)),
        ("year", ref.issued[:4]),
        ("date", ref.issued),
        ("origdate", ref.original_date.text if ref.original_date else ""),  # biber reads EDTF
        ("origlanguage", bibtex_value(ref.original_language)),
        ("url", site_url + ref.path),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@incollection{{{ref.key},\n{body}\n}}\n"


# RIS --------------------------------------------------------------------------------------


def _ris_date(iso: str) -> str:
    """RIS dates are YYYY/MM/DD/ with the parts not known left empty."""
    parts = iso.split("-") + ["", ""]
    return "/".join(parts[:3]) + "/"


def _split_filed(person: Name) -> str:
    """A name as RIS and Highwire give it to a reader that splits at a comma: a single name with a
    trailing comma, which Zotero reads as one last name and no first name."""
    return f"{person.name}," if person.single else person.filed


def render_ris(ref: Reference, site_url: str) -> str:
    lines = [("TY", "CHAP")]
    lines += [("AU", _split_filed(p)) for p in ref.authors]
    lines += [("A2", _split_filed(p)) for p in ref.editors]
    lines += [("A2", name) for name in ref.organisations]
    lines += [("TI", ref.title), ("T2", ref.work_title or ref.book_title)]
    if ref.work_title:
        lines += [("T3", ref.book_title)] + ([("SE", ref.part_label)] if ref.part_label else [])
    if ref.version:
        lines.append(("ET", f"Version {ref.version}"))
    lines += [("PB", ref.publisher), ("PY", ref.issued[:4]), ("DA", _ris_date(ref.issued))]
    if ref.original_date:
        lines.append(("OP", ref.original_date.ris()))
    lines += [("LA", ref.language)]
    if ref.translated:
        lines.append(("N1", ref.translated))
    lines += [("UR", site_url + ref.path), ("ER", "")]
    return "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines)


class Format(NamedTuple):
    """One format of a text's reference: its file's ending, the label a page links it by, its media
    type, and the function that writes it."""

    suffix: str
    label: str
    media_type: str
    render: Callable[[Reference, str], str]


FORMATS = (
    Format("bib", "BibTeX", "application/x-bibtex", render_bibtex),
    Format("ris", "RIS", "application/x-research-info-systems", render_ris),
    Format("csl.json", "CSL-JSON", "application/vnd.citationstyles.csl+json", render_csl_json),
)


def render_files(reading: Reading, identity: EditionIdentity, site_url: str) -> tuple[File, ...]:
    """Each text's reference in each format, for download."""
    files = []
    for text in reading.texts:
        ref = text_reference(text.text.meta, identity)
        for format in FORMATS:
            files.append(File(download_path(text.text.slug, format.suffix), format.render(ref, site_url).encode("utf-8")))
    return tuple(files)


# The page's own metadata ------------------------------------------------------------------


def highwire(ref: Reference, site_url: str) -> list[list[str]]:
    """The Highwire Press tags (Zotero's Embedded Metadata, Google Scholar), as [name, content]."""
    url = site_url + ref.path
    tags = [["citation_title", ref.title]]
    tags += [["citation_author", _split_filed(p)] for p in ref.authors]
    tags += [["citation_editor", _split_filed(p)] for p in ref.editors]
    tags += [["citation_inbook_title", ref.work_title or ref.book_title]]
    if ref.work_title:
        tags.append(["citation_series_title", ref.book_title])
    tags += [["citation_publisher", ref.publisher],
             ["citation_publication_date", ref.issued.replace("-", "/")], ["citation_language", ref.language],
             ["citation_public_url", url], ["citation_abstract_html_url", url]]
    return tags


def _schema_person(person: Name) -> dict:
    if person.single:
        return {"@type": "Person", "name": person.name}
    found = {"@type": "Person", "name": person.display, "familyName": person.family}
    return found | ({"givenName": person.given} if person.given else {})


def json_ld(ref: Reference, site_url: str) -> dict:
    """schema.org: the part (Chapter) of the edition (Book), based on the work of its original date."""
    book: dict[str, Any] = {"@type": "Book", "name": ref.book_title, "publisher": {"@type": "Organization", "name": ref.publisher},
            "version": ref.version, "datePublished": ref.issued, "url": site_url}
    if ref.editors:
        book["editor"] = [_schema_person(p) for p in ref.editors]
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Chapter", "name": ref.title}
    if ref.part_number:
        data["position"] = ref.part_number
    if ref.authors:
        data["author"] = [_schema_person(p) for p in ref.authors]
    data |= {"datePublished": ref.issued, "inLanguage": ref.language, "url": site_url + ref.path, "isPartOf": book}
    if ref.original_date:
        work: dict[str, Any] = {"@type": "Book", "name": ref.work_title or ref.title,
                                "datePublished": ref.original_date.iso()}
        if ref.authors:
            work["author"] = data["author"]
        if ref.original_language:
            work["inLanguage"] = ref.original_language
            data["translationOfWork"] = work
        data["isBasedOn"] = work
    data["isAccessibleForFree"] = True
    return data


def page_citation(ref: Reference, site_url: str, downloads: bool = False, forms: list | None = None) -> dict:
    """What a page's templates print (front matter `citation`) and the cite control reads."""
    files = [{"label": f.label, "path": download_path(ref.path.rstrip("/"), f.suffix), "type": f.media_type}
             for f in FORMATS] if downloads else []
    return {"highwire": highwire(ref, site_url), "json_ld": json_ld(ref, site_url), "csl": csl_item(ref, site_url),
            "downloads": files, "forms": forms or []}


# The copy forms ---------------------------------------------------------------------------
#
# What the cite control copies, in the project's own form and in three styles: Chicago 17
# (notes and bibliography), MLA 9 (works cited and in-text) and APA 7 (reference list and
# in-text). The paragraph goes only where a style puts a pinpoint: in a note or an in-text
# citation, never in a bibliography entry. No access date: the edition states its version and
# release date, and none of the three styles asks for one then. Each form is a list of parts,
# [text, italic]; "{paragraph}" stands for the paragraph's number, which the control fills in.

PARAGRAPH = "{paragraph}"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
NOTE_UNITS = {"section": "sec.", "chapter": "chap.", "part": "pt.", "volume": "vol.", "number": "no."}


# Each style's words for an era and an approximate date, as citeproc-js prints them with the
# official styles ("44 BC", "207 AD"; APA "44 B.C.E."); the canonical form says "BCE" and "CE".
CHICAGO_ERAS, APA_ERAS, CANONICAL_ERAS = ("BC", "AD"), ("B.C.E.", "C.E."), ("BCE", "CE")


def _date(iso: str, months: tuple[str, ...] = MONTHS) -> str:
    """Day, month and year, as far as the date is known: "10 October 1992", "October 1992", "1992"."""
    parts = [int(p) for p in iso.split("-")]
    shown = [str(parts[2])] if len(parts) > 2 else []
    shown += [months[parts[1] - 1]] if len(parts) > 1 else []
    return " ".join(shown + [str(parts[0])])


def _apa_editor(person: Name) -> str:
    """APA's editor, "G. G. Family": a single name, a name written family first or in Han, Hangul or
    Kana whole as written (never initials of a name that is not split that way)."""
    if person.single or person.family_first or any(unspaced_script(c) for c in person.given):
        return person.display
    return " ".join(p for p in (_initials(person.given), person.family) if p)


def _apa_name(person: Name) -> str:
    """APA's "Family, G. G.": a single name whole, and a name in Han, Hangul or Kana whole as written
    (as citeproc-js gives it: "최남선"); never initials of a name that is not split."""
    if person.single or not person.given:
        return person.display if person.single else person.family
    if any(unspaced_script(c) for c in person.given):
        return person.display
    return f"{person.family}, {_initials(person.given)}"


def _joined(names: list[str], two: str, last: str) -> str:
    """"A", "A and B", "A, B, and C" (with `two` and `last` as the style joins them)."""
    if len(names) < 3:
        return two.join(names)
    return ", ".join(names[:-1]) + last + names[-1]


def _initials(given: str) -> str:
    return " ".join(f"{word[0]}." for word in given.split())


def _capitalised(text: str) -> str:
    """Text that opens a sentence: "Ca. 208 AD", "Circa 1912"."""
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    return text if text[-1:] in ".?!" else text + "."


def _quoted(title: str, mark: str) -> str:
    """A title in quotation marks, the comma or period inside, unless the title has its own mark."""
    return f"“{title}{'' if title[-1:] in '.?!' else mark}”"


def copy_forms(meta: TextMeta, identity: EditionIdentity, site_url: str) -> list[dict]:
    url = f"{site_url}{meta.slug}/"
    family_first = meta.name_order == "family-first"
    listed = meta.author if family_first else meta.filed_name  # a bibliography inverts "James Madison" only
    title, part = meta.part_title or meta.title, bool(meta.part_title or meta.part_label)
    unit, number = meta.unit, meta.number
    label = " ".join(p for p in (NOTE_UNITS.get(unit.lower(), unit), number) if p)
    when, year = meta.when, identity.date_released[:4]
    work_year = when.year_words(CHICAGO_ERAS)
    original = meta.original_language
    translated = f"translated from the {original}" if original and original != meta.language else ""
    version, publisher, edition = identity.version, identity.publisher, identity.title
    people = _people(identity)  # an organisation is the publisher
    names = _joined([e.display for e in people], " and ", ", and ")
    apa_editors = _joined([_apa_editor(e) for e in people], " & ", ", & ")
    ed = {"note": f", ed. {names}", "bib": f", edited by {names}", "canonical": f", ed. by {names}",
          "apa": f"{apa_editors} ({'Eds.' if len(people) > 1 else 'Ed.'}), "} if people else {}

    def form(style: str, *parts) -> dict:
        return {"style": style, "parts": [[p, False] if isinstance(p, str) else [p[0], True]
                                          for p in parts if p != ""]}

    # "sec. 3 of *Work*": where the text is a part of a work, which CSL has no place for.
    of = [f"{label} of " if label else "", (meta.title,)] if part else []
    note = form("Chicago note", f"{meta.author}, {_quoted(title, ',')} ", *of,
                ", " if part and translated else "", translated, ", in " if part or translated else "in ",
                (edition,), f", version {version}{ed.get('note', '')} ({work_year}; {publisher}, {year}), "
                f"para. {PARAGRAPH}, {url}.")
    full = meta.part_label[:1].upper() + meta.part_label[1:]  # "Section 3": spelled out outside notes
    of_sentence = [f"{full} of " if full else "", (meta.title,), ". "] if part else []
    bibliography = form("Chicago bibliography", f"{_sentence(listed)} {_quoted(title, '.')} ", *of_sentence,
                        f"{translated[:1].upper()}{translated[1:]}. " if translated else "", "In ", (edition,),
                        f", version {version}{ed.get('bib', '')}. {_capitalised(work_year)}; {publisher}, {year}. {url}.")
    mla_container = [(meta.title,), f", {translated}" if translated else "",
                     f", {when.words(MLA_MONTHS, CHICAGO_ERAS, 'circa')}", f", {label}" if label else "", ". "] if part else \
        [f"{translated[:1].upper()}{translated[1:]}, " if translated else "",
         f"{_capitalised(when.words(MLA_MONTHS, CHICAGO_ERAS, 'circa'))}. "]
    works_cited = form("MLA works cited", f"{_sentence(listed)} {_quoted(title, '.')} ", *mla_container,
                       (edition,), f"{ed.get('bib', '')}, version {version}, {publisher}, {year}, "
                       f"{re.sub(r'^https?://', '', url)}.")
    mla = form("MLA in-text", f"({meta.family}, par. {PARAGRAPH})")
    described = "; ".join(p for p in (f"{full} of {meta.title}" if part and full else
                                      (f"Part of {meta.title}" if part else ""), translated) if p)
    apa_name, apa_year = _apa_name(meta.person), when.year_words(APA_ERAS)
    reference = form("APA reference", f"{_sentence(apa_name)} ({year}). {title}" + (f" [{described}]" if described else "")
                     + f". In {ed.get('apa', '')}", (edition,), f" (Version {version}). {publisher}. {url} "
                     f"(Original work published {apa_year})")
    apa = form("APA in-text", f"({meta.family}, {apa_year}/{year}, para. {PARAGRAPH})")
    where = ", ".join(p for p in (meta.part_label, _quoted(meta.part_title, "") if meta.part_title else "") if p)
    canonical = form("Canonical", f"{meta.author}, ", (meta.title,), f" ({when.words(MONTHS, CANONICAL_ERAS)})",
                     f", {translated}" if translated else "", f", {where}" if where else "", f", ¶{PARAGRAPH}, ",
                     "in: ", (edition,), f"{ed.get('canonical', '')}, version {version} ({publisher}, {_date(identity.date_released)}), "
                     f"{url}#p{PARAGRAPH}.")
    return [canonical, note, bibliography, works_cited, mla, reference, apa]
