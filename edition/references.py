"""Bibliographic records: what a reference manager needs to cite a page of the edition.

One typed description, a `Reference`, is made from the model (a text's metadata and the
edition's identity) for each reading page and each apparatus page. It is rendered as
the static files a reader downloads (CSL-JSON, BibTeX for biblatex, RIS), as the Highwire
`citation_*` tags and the schema.org JSON-LD of the page, and as the CSL-JSON item the cite
control formats. Each format gets only what it has a place for:

- the item is a part of a book (Zotero: book section; CSL: chapter; biblatex: @incollection;
  RIS: CHAP): the text's part title (or the page's title) in the edition, whose title is the
  book title; no chapter or section number, which styles print as "Chap. 3 in";
- the date is the edition's release date; the work's own date is the original date (CSL
  `original-date`, biblatex `origdate`, RIS `OP`, JSON-LD `isBasedOn`);
- the editors are named only when they are people: an organisation is no person's name, and a
  reference manager would make "The Editors" a person called Editors. It is the publisher;
- a family-first name ("Kim Jong Il") is filed as "Kim, Jong Il" where a format splits names
  at a comma, and carries CSL's `static-ordering`, so styles print it uninverted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .model import EditionIdentity, Reading, TextMeta

DOWNLOADS = "downloads"
FORMATS = (  # suffix, label, media type
    ("bib", "BibTeX", "application/x-bibtex"),
    ("ris", "RIS", "application/x-research-info-systems"),
    ("csl.json", "CSL-JSON", "application/vnd.citationstyles.csl+json"),
)
APPARATUS = (("corrections", "Corrections"), ("notes", "Notes"), ("glossary", "Glossary"))


@dataclass(frozen=True)
class Person:
    family: str
    given: str = ""
    family_first: bool = False  # printed family name first ("Kim Jong Il") and never inverted

    @property
    def filed(self) -> str:
        """The name as formats that split at a comma read it: "Kim, Jong Il"."""
        return f"{self.family}, {self.given}" if self.given else self.family


@dataclass(frozen=True)
class Reference:
    key: str              # the BibTeX key and the CSL id
    path: str             # the page, relative to the site's address ("section-3/")
    title: str            # the text's part title, or the whole work's, or the apparatus page's
    book_title: str       # the edition's title
    authors: tuple[Person, ...]
    editors: tuple[Person, ...]  # people only
    publisher: str
    version: str
    issued: str           # the edition's release date, YYYY-MM-DD
    language: str
    original_date: str = ""  # the work's date, YYYY, YYYY-MM or YYYY-MM-DD ("" for the apparatus)
    work_title: str = ""     # the whole work, where the text is a part of it
    part_label: str = ""     # "section 3"


@dataclass(frozen=True)
class File:
    """A file the build writes into the site as it is: `path` is relative to the site's root."""

    path: str
    content: bytes


def download_path(slug: str, suffix: str) -> str:
    return f"{DOWNLOADS}/{slug}.{suffix}"


def _people(identity: EditionIdentity) -> tuple[Person, ...]:
    return tuple(Person(e.family, e.given) for e in identity.editors if not e.organisation)


def entry_key(meta: TextMeta) -> str:
    """The BibTeX key: the author's family name, the work's year, the text's slug."""
    return re.sub(r"[^a-z0-9]", "", (meta.family + meta.year + meta.slug).lower())


def text_reference(meta: TextMeta, identity: EditionIdentity) -> Reference:
    author = Person(meta.family, meta.author_given, meta.name_order == "family-first")
    return Reference(
        key=entry_key(meta), path=f"{meta.slug}/", title=meta.part_title or meta.title,
        book_title=identity.title, authors=(author,), editors=_people(identity),
        publisher=identity.publisher, version=identity.version, issued=identity.date_released,
        language=meta.language, original_date=meta.date,
        work_title=meta.title if (meta.part_title or meta.part_label) else "", part_label=meta.part_label)


def apparatus_reference(name: str, title: str, identity: EditionIdentity, language: str) -> Reference:
    """An apparatus page (Corrections, Notes, Glossary): a part of the edition, by its editors."""
    key = re.sub(r"[^a-z0-9]", "", (identity.short_title + identity.date_released[:4] + name).lower())
    return Reference(
        key=key, path=f"{name}/", title=title, book_title=identity.title, authors=(),
        editors=_people(identity), publisher=identity.publisher, version=identity.version,
        issued=identity.date_released, language=language)


def references(reading: Reading, identity: EditionIdentity) -> dict[str, Reference]:
    """Every page's reference, by page path ("section-3/", "corrections/", …)."""
    found = {f"{t.text.slug}/": text_reference(t.text.meta, identity) for t in reading.texts}
    language = reading.texts[0].text.meta.language if reading.texts else "en"
    for name, title in APPARATUS:
        found[f"{name}/"] = apparatus_reference(name, title, identity, language)
    return found


# CSL-JSON ---------------------------------------------------------------------------------


def _date_parts(iso: str) -> dict:
    return {"date-parts": [[int(p) for p in iso.split("-")]]}


def _csl_name(person: Person) -> dict:
    name = {"family": person.family}
    if person.given:
        name["given"] = person.given
    if person.family_first:
        name["static-ordering"] = True
    return name


def csl_item(ref: Reference, site_url: str) -> dict:
    item = {"id": ref.key, "type": "chapter", "title": ref.title, "container-title": ref.book_title}
    if ref.authors:
        item["author"] = [_csl_name(p) for p in ref.authors]
    if ref.editors:
        item["editor"] = [_csl_name(p) for p in ref.editors]
    item |= {"publisher": ref.publisher, "version": ref.version, "issued": _date_parts(ref.issued)}
    if ref.original_date:
        item["original-date"] = _date_parts(ref.original_date)
    item |= {"URL": site_url + ref.path, "language": ref.language}
    return item


def render_csl_json(ref: Reference, site_url: str) -> str:
    return json.dumps([csl_item(ref, site_url)], ensure_ascii=False, indent=2) + "\n"


# BibTeX (biblatex) ------------------------------------------------------------------------

_BIBTEX_SPECIAL = re.compile(r"[\\{}&%$#_^~]")
_BIBTEX_REPLACE = {"\\": r"\textbackslash{}", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}


def bibtex_value(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_REPLACE.get(m.group(0), "\\" + m.group(0)), text)


def _bibtex_names(people: tuple[Person, ...]) -> str:
    return " and ".join(bibtex_value(p.filed) for p in people)


def render_bibtex(ref: Reference, site_url: str) -> str:
    fields = [
        ("author", _bibtex_names(ref.authors)),
        ("title", bibtex_value(ref.title)),
        ("booktitle", bibtex_value(ref.book_title)),
        ("editor", _bibtex_names(ref.editors)),
        ("publisher", bibtex_value(ref.publisher)),
        ("version", bibtex_value(ref.version)),
        ("year", ref.issued[:4]),
        ("date", ref.issued),
        ("origdate", ref.original_date),
        ("url", site_url + ref.path),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@incollection{{{ref.key},\n{body}\n}}\n"


# RIS --------------------------------------------------------------------------------------


def _ris_date(iso: str) -> str:
    """RIS dates are YYYY/MM/DD/ with the parts not known left empty."""
    parts = iso.split("-") + ["", ""]
    return "/".join(parts[:3]) + "/"


def render_ris(ref: Reference, site_url: str) -> str:
    lines = [("TY", "CHAP")]
    lines += [("AU", p.filed) for p in ref.authors]
    lines += [("A2", p.filed) for p in ref.editors]
    lines += [("TI", ref.title), ("T2", ref.book_title), ("PB", ref.publisher), ("PY", ref.issued[:4]),
              ("DA", _ris_date(ref.issued))]
    if ref.original_date:
        lines.append(("OP", _ris_date(ref.original_date)))
    lines += [("LA", ref.language), ("UR", site_url + ref.path), ("ER", "")]
    return "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines)


RENDERERS = {"bib": render_bibtex, "ris": render_ris, "csl.json": render_csl_json}


def render_files(reading: Reading, identity: EditionIdentity, site_url: str) -> tuple[File, ...]:
    """Each text's reference in each format, for download."""
    files = []
    for text in reading.texts:
        ref = text_reference(text.text.meta, identity)
        for suffix, _, _ in FORMATS:
            files.append(File(download_path(text.text.slug, suffix),
                              RENDERERS[suffix](ref, site_url).encode("utf-8")))
    return tuple(files)


# The page's own metadata ------------------------------------------------------------------


def highwire(ref: Reference, site_url: str) -> list[list[str]]:
    """The Highwire Press tags (Zotero's Embedded Metadata, Google Scholar), as [name, content]."""
    url = site_url + ref.path
    tags = [["citation_title", ref.title]]
    tags += [["citation_author", p.filed] for p in ref.authors]
    tags += [["citation_editor", p.filed] for p in ref.editors]
    tags += [["citation_inbook_title", ref.book_title], ["citation_publisher", ref.publisher],
             ["citation_publication_date", ref.issued.replace("-", "/")], ["citation_language", ref.language],
             ["citation_public_url", url], ["citation_abstract_html_url", url]]
    return tags


def _schema_person(person: Person) -> dict:
    name = f"{person.family} {person.given}" if person.family_first else f"{person.given} {person.family}"
    found = {"@type": "Person", "name": name.strip(), "familyName": person.family}
    return found | ({"givenName": person.given} if person.given else {})


def json_ld(ref: Reference, site_url: str) -> dict:
    """schema.org: the part (Chapter) of the edition (Book), based on the work of its original date."""
    book = {"@type": "Book", "name": ref.book_title, "publisher": {"@type": "Organization", "name": ref.publisher},
            "version": ref.version, "datePublished": ref.issued, "url": site_url}
    if ref.editors:
        book["editor"] = [_schema_person(p) for p in ref.editors]
    data = {"@context": "https://schema.org", "@type": "Chapter", "name": ref.title}
    if ref.authors:
        data["author"] = [_schema_person(p) for p in ref.authors]
    data |= {"datePublished": ref.issued, "inLanguage": ref.language, "url": site_url + ref.path, "isPartOf": book}
    if ref.original_date:
        work = {"@type": "Book", "name": ref.work_title or ref.title, "datePublished": ref.original_date}
        if ref.authors:
            work["author"] = data["author"]
        data["isBasedOn"] = work
    data["isAccessibleForFree"] = True
    return data


def page_citation(ref: Reference, site_url: str, downloads: bool = False) -> dict:
    """What a page's templates print (front matter `citation`) and the cite control reads."""
    files = [{"label": label, "path": download_path(ref.path.rstrip("/"), suffix), "type": media}
             for suffix, label, media in FORMATS] if downloads else []
    return {"highwire": highwire(ref, site_url), "json_ld": json_ld(ref, site_url), "csl": csl_item(ref, site_url),
            "downloads": files}
