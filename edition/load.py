"""Stage 1: read source/, annotations/ and glossary.yaml, and validate them.

Every problem is collected, not just the first, and each names its file, line and entry.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

import yaml

from .model import (
    CONFIDENCES, HEADER_ROLES, KINDS, NAME_ORDERS, Correction, Edition, EditionIdentity, Editor, Note,
    Origin, Problem, Term, Text, TextMeta, Paragraph, ValidationFailed, short,
)
from . import plainfiles, safety, witness_history
from .limits import over_limits
from .witness import locate, split_blocks, uncarried
from .yamlfile import ConfigLoader, Mapping, Sequence, describe, read_yaml

ID = re.compile(r"^[a-z][a-z0-9-]*$")
# Generated pages a text's page must not collide with.
RESERVED_SLUGS = {"index", "corrections", "notes", "glossary", "about", "how-to-cite", "assets", "search"}


def names_a_page(slug: str) -> bool:
    """Whether a text's name can be its page's: an id that no page of the edition has."""
    return bool(ID.match(slug)) and slug not in RESERVED_SLUGS

META_KEYS = ("author", "name_order", "title", "date", "date_display", "unit", "number", "part_title",
             "language", "provenance", "header")
META_OPTIONAL = ("author_family", "sha256", "original_language")
# A work's date, as precise as it is known: a year, a year and month, or a full date.
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
IDENTITY_KEYS = ("title", "short_title", "editors", "publisher", "version", "date_released", "licence",
                 "repository")
CORRECTION_REQUIRED = ("id", "paragraph", "reading", "kind", "confidence", "reason")
CORRECTION_OPTIONAL = ("witnessed", "after", "occurrence")
NOTE_REQUIRED = ("id", "paragraph", "phrase", "text")
TERM_REQUIRED = ("id", "term", "forms", "definition")


def load_edition(root: Path, config: Path | None = None) -> Edition:
    """The validated edition under `root`, or ValidationFailed naming every problem.

    `config` is the MkDocs configuration that holds the edition's identity (`extra.edition`);
    by default `root/mkdocs.yml`.
    """
    edition, problems, _ = load_edition_partly(root, config)
    if problems:
        raise ValidationFailed(problems)
    return edition


def load_edition_partly(root: Path, config: Path | None = None) -> tuple[Edition, list[Problem], list]:
    """The edition as far as it is valid, every problem found, and the links of notes and definitions
    to the edition's own pages (with their origins), which only the rendered pages can confirm."""
    config = config or root / "mkdocs.yml"
    problems: list[Problem] = plainfiles.data_problems(root)
    identity = load_identity(root, config, problems)
    _account_for_files(root, problems)
    texts = _load_texts(root, problems)
    by_slug = {t.slug: t for t in texts}
    corrections: list[Correction] = []
    notes: list[Note] = []
    annotation_dir = root / "annotations"
    for path in (p for p in plainfiles.listed(annotation_dir, "*.yaml") if plainfiles.is_plain(p)):
        _load_annotation_file(root, path, by_slug, corrections, notes, problems)
    terms = _load_glossary(root, problems, set(by_slug))
    _check_unique(corrections, "correction", problems)
    _check_unique(notes, "note", problems)
    _check_unique(terms, "glossary term", problems)
    _check_overlaps(corrections, problems)
    own_links = []
    for correction in corrections:
        if too_much := over_limits(correction.reason):
            problems.append(Problem(correction.origin, f"its reason {too_much}"))
    for item, source in [*((n, n.body) for n in notes), *((t, t.definition) for t in terms)]:
        reasons, links = safety.judge(source, config)
        problems.extend(Problem(item.origin, reason) for reason in reasons)
        own_links.extend((item.origin, link) for link in links)
    return Edition(tuple(texts), tuple(corrections), tuple(notes), tuple(terms), identity), problems, own_links


def check_rendered(edition: Edition, own_links, pages, config: Path, static_dir: Path) -> list[Problem]:
    """What only the rendered pages show, and MkDocs' strict build or a reader's browser would meet:
    links of notes and definitions to the edition's pages and anchors that do not exist, and an
    entry's id that is also another anchor of its page (the link to it would lead elsewhere).
    Each is reported at the entry that wrote it."""
    twice: dict[str, list[str]] = {}
    anchors = safety.page_anchors(pages, config, static_dir, twice)
    problems = []
    for origin, link in own_links:
        reason = safety.own_link_problem(link, anchors)
        if reason:
            problems.append(Problem(origin, reason))
    entries = {item.id: (label, item) for label, items in (("correction", edition.corrections),
                                                            ("note", edition.notes), ("glossary term", edition.terms))
               for item in items}
    for page, ids in twice.items():
        for id in dict.fromkeys(ids):
            if id in entries:
                label, item = entries[id]
                problems.append(Problem(item.origin, f"the {label}'s id {short(id)} is also another anchor of "
                                        f"{page} (a heading or a text's section), so a link to it would lead to "
                                        "either; choose another id"))
    return problems


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


# Texts ---------------------------------------------------------------------------------


def _account_for_files(root: Path, problems: list[Problem]) -> None:
    """Every file in source/ and annotations/ is a text, its metadata or annotations: nothing is skipped."""
    source, annotations = root / "source", root / "annotations"
    for path in plainfiles.listed(source):
        name = _rel(root, path)
        origin = Origin(name, 1, "file")
        if path.is_dir():
            problems.append(Problem(origin, "a folder in source/ is not read: texts are source/NAME.txt, each with "
                                    "its metadata source/NAME.yaml"))
        elif path.suffix == ".yaml" and not path.with_suffix(".txt").exists():
            problems.append(Problem(origin, f"metadata without its text: {_rel(root, path.with_suffix('.txt'))} "
                                    "is missing"))
        elif path.suffix not in (".txt", ".yaml") and path.name != ".gitkeep":
            problems.append(Problem(origin, f"{short(path.name)} is not read: source/ holds only texts (NAME.txt) "
                                    "and their metadata (NAME.yaml), with these extensions in lowercase"))
    for path in plainfiles.listed(annotations):
        if path.is_dir() or (path.suffix != ".yaml" and path.name != ".gitkeep"):
            problems.append(Problem(Origin(_rel(root, path), 1, "file"),
                                    f"{short(path.name)} is not read: annotations/ holds only annotation files "
                                    "ending in .yaml (not .yml), and no folders"))
    if (root / "glossary.yml").exists():
        problems.append(Problem(Origin("glossary.yml", 1, "file"), "is not read: the glossary is glossary.yaml"))


def _load_texts(root: Path, problems: list[Problem]) -> list[Text]:
    texts = []
    source = root / "source"
    files = [path for path in plainfiles.listed(source, "*.txt") if plainfiles.is_plain(path)]
    if not files:
        problems.append(Problem(Origin("source/", 0, "directory"), "no text (*.txt) in source/"))
    for path in files:
        slug, name = path.stem, _rel(root, path)
        meta_path = path.with_suffix(".yaml")
        origin = Origin(name, 1, f"text {slug!r}")
        if not names_a_page(slug):
            problems.append(Problem(origin, f"file name {path.name!r} cannot name a page: use lowercase "
                                    f"letters, digits and hyphens, not one of {sorted(RESERVED_SLUGS)}"))
            continue
        if not plainfiles.is_plain(meta_path):
            if not os.path.lexists(meta_path):
                problems.append(Problem(origin, f"no metadata: {_rel(root, meta_path)} is missing"))
            continue  # else it is refused at its own path
        try:
            raw = plainfiles.read_plain(path, plainfiles.MAX_TEXT_BYTES)
        except plainfiles.NotPlain as error:
            problems.append(Problem(origin, str(error)))
            continue
        meta = _load_meta(root, slug, meta_path, path, raw, problems)
        try:
            blocks = split_blocks(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            problems.append(Problem(Origin(name, line, origin.entry), f"not UTF-8: byte 0x{raw[error.start]:02x} "
                                    f"on this line ({error.reason})"))
            continue
        if _refuse_uncarried(raw.decode("utf-8"), Origin(name, 1, origin.entry), problems) or meta is None:
            continue
        if len(blocks) <= len(meta.header):
            problems.append(Problem(origin, f"has {len(blocks)} blocks, but the metadata names "
                                    f"{len(meta.header)} header lines and there must be a body"))
            continue
        # A header block broken over several lines is one line of the header.
        header = {role: " ".join(block.split()) for role, block in zip(meta.header, blocks)}
        body = blocks[len(meta.header):]
        paragraphs = tuple(Paragraph(n, t) for n, t in enumerate(body, 1))
        texts.append(Text(meta, name, hashlib.sha256(raw).hexdigest(), header, paragraphs))
    return texts


def _refuse_uncarried(text: str, origin: Origin, problems: list[Problem]) -> bool:
    """Whether the witness holds characters no export can carry, each reported at its line."""
    found = uncarried(text)
    for line, char in found[:20]:
        problems.append(Problem(Origin(origin.file, line, origin.entry),
                                f"holds U+{ord(char):04X} ({unicodedata.name(char, 'a control character')}), which "
                                "XML 1.0 (the TEI, the EPUBs) and HTML cannot carry; the witness is kept byte for byte, "
                                "so it is refused: take in a copy without it, and say so in 'provenance'"))
    return bool(found)


def _load_meta(root: Path, slug: str, path: Path, text_path: Path, raw: bytes,
               problems: list[Problem]) -> TextMeta | None:
    """The text's metadata, its witness hash checked; None if it is wrong."""
    document, origin = _read_mapping(root, path, META_KEYS, META_OPTIONAL, problems)
    if document is None:
        return None
    actual = hashlib.sha256(raw).hexdigest()
    digest = document.get("sha256")
    if "sha256" not in document:
        problems.append(Problem(origin, f"missing key 'sha256': record the witness's hash, "
                                f"sha256: {actual} (see the README, 'A text')"))
    elif not (isinstance(digest, str) and SHA256.match(digest)):
        problems.append(Problem(Origin(origin.file, document.line_of("sha256"), "key 'sha256'"),
                                "'sha256' must be the witness's SHA-256 hash: 64 hexadecimal digits in lowercase"))
    elif digest != actual:
        _witness_changed(root, text_path, raw, actual, digest, origin.file, document.line_of("sha256"), problems)
    return _meta_fields(slug, document, origin, problems)


def _meta_fields(slug: str, document: Mapping, origin: Origin, problems: list[Problem]) -> TextMeta | None:
    ok = True
    header = document["header"]
    if not (isinstance(header, list) and all(isinstance(h, str) for h in header)):
        problems.append(Problem(_at(origin, document, "header"),
                                "'header' must be a list of names, one per header line of the text"))
        return None
    for role in header:
        if role not in HEADER_ROLES:
            problems.append(Problem(_at(origin, document, "header"), f"unknown header line {short(role)}; each is one of {', '.join(HEADER_ROLES)}"))
            ok = False
    for role in sorted({r for r in header if header.count(r) > 1}):
        problems.append(Problem(_at(origin, document, "header"), f"header line {short(role)} is named twice"))
        ok = False
    fields = {k: document[k] for k in (*META_KEYS, *META_OPTIONAL) if k not in ("header", "sha256") and k in document}
    ok &= _check_strings(document, tuple(fields), origin, problems)
    if not ok:
        return None
    fields = {k: v.strip() for k, v in fields.items()}
    stripped = Mapping(fields)
    stripped.key_lines = document.key_lines
    ok &= _check_characters(stripped, [k for k in fields if k != "provenance"], LINE, origin, problems)
    ok &= _check_characters(stripped, ["provenance"], PROSE, origin, problems)
    if not ok:
        return None
    for key in ("author", "title", "date", "date_display", "language"):
        if not fields[key]:
            problems.append(Problem(_at(origin, document, key), f"{key!r} must not be empty"))
            ok = False
    if fields["name_order"] not in NAME_ORDERS:
        problems.append(Problem(_at(origin, document, "name_order"), f"'name_order' {short(fields['name_order'])} must be one of {', '.join(NAME_ORDERS)}: "
                                "is the family name first (Kim Jong Il) or last (James Madison)?"))
        ok = False
    date = DATE.match(fields["date"])
    if not date or not _real_date(*date.groups()):
        problems.append(Problem(_at(origin, document, "date"), f"'date' {short(fields['date'])} must be YYYY, YYYY-MM or YYYY-MM-DD (quoted), "
                                "a real date"))
        ok = False
    family, author = fields.get("author_family", ""), fields["author"]
    first = fields["name_order"] == "family-first"
    if family and not (author.startswith(family + " ") if first else author.endswith(" " + family)):
        where = "first" if first else "last"
        problems.append(Problem(origin, f"'author_family' {short(family)} must be the {where} name in 'author' "
                                f"({short(author)}), as 'name_order' says"))
        ok = False
    if not ok:
        return None
    return TextMeta(slug=slug, header=tuple(header), **fields)


def _witness_changed(root: Path, path: Path, raw: bytes, actual: str, expected: str, meta_file: str,
                     meta_line: int, problems: list[Problem]) -> None:
    """The witness is never edited: name both hashes and, when git still has it, the first changed line."""
    name = _rel(root, path)
    line, compared = witness_history.first_difference(path, expected, raw)
    if line is None:
        found = ("no committed copy with the recorded hash was found to show the first differing line; "
                 "`git diff` shows what changed")
        line = 1
    else:
        found = f"the first line that differs from the copy committed in {compared} is line {line}"
    problems.append(Problem(
        Origin(name, line, f"text {path.stem!r}"),
        f"the witness has changed: its sha256 is {actual}, but {meta_file}:{meta_line} records {expected}; "
        f"{found}. The witness is never edited: restore it, or, for a new witness, record its hash"))


def _real_date(year: str, month: str | None, day: str | None) -> bool:
    import datetime

    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


# The edition's identity ------------------------------------------------------------------


def load_identity(root: Path, path: Path, problems: list[Problem]) -> EditionIdentity | None:
    """The edition's identity from the configuration's `extra.edition`."""
    name = _rel(root, path) if path.is_relative_to(root) else str(path)
    origin = Origin(name, 1, "extra.edition")
    try:
        document = yaml.load(plainfiles.read_plain(path, plainfiles.MAX_PAGE_BYTES).decode("utf-8"), Loader=ConfigLoader)
    except plainfiles.NotPlain as error:
        problems.append(Problem(Origin(name, 1, "file"), str(error)))
        return None
    except FileNotFoundError:
        problems.append(Problem(origin, f"no configuration: {name} is missing (it holds the edition's identity)"))
        return None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problems.append(Problem(Origin(name, mark.line + 1 if mark else 1, "file"), f"not valid YAML: {error}"))
        return None
    extra = document.get("extra") if isinstance(document, dict) else None
    edition = extra.get("edition") if isinstance(extra, dict) else None
    if not isinstance(edition, Mapping):
        problems.append(Problem(origin, "the edition's identity is missing: 'extra: edition:' with the keys "
                                + ", ".join(IDENTITY_KEYS)))
        return None
    origin = Origin(name, edition.line, "extra.edition")
    if not _check_keys(edition, IDENTITY_KEYS, (), origin, problems):
        return None
    ok = True
    for key in IDENTITY_KEYS:
        if key != "editors" and not (isinstance(edition[key], str) and edition[key].strip()):
            problems.append(Problem(origin, f"{key!r} must be non-empty text"))
            ok = False
    if isinstance(edition["date_released"], str) and not (
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", edition["date_released"])
            and _real_date(*edition["date_released"].split("-"))):
        problems.append(Problem(origin, f"'date_released' {edition['date_released']!r} must be a date, YYYY-MM-DD"))
        ok = False
    editors = []
    entries = edition["editors"]
    if not (isinstance(entries, list) and entries):
        problems.append(Problem(origin, "'editors' must be a list: each {family: ..., given: ...} for a person or "
                                "{name: ..., organisation: true} for an organisation"))
        return None
    for index, entry in enumerate(entries, 1):
        where = Origin(name, getattr(entry, "line", origin.line), f"extra.edition.editors #{index}")
        editor = _editor(entry, where, problems)
        ok &= editor is not None
        editors.append(editor)
    if not ok:
        return None
    return EditionIdentity(editors=tuple(editors), **{k: edition[k].strip() for k in IDENTITY_KEYS if k != "editors"})


def _editor(entry, origin: Origin, problems: list[Problem]) -> Editor | None:
    if isinstance(entry, Mapping) and set(entry) == {"name", "organisation"} and entry["organisation"] is True \
            and isinstance(entry["name"], str) and entry["name"].strip():
        return Editor(name=entry["name"].strip(), organisation=True)
    if isinstance(entry, Mapping) and set(entry) <= {"family", "given"} and "family" in entry \
            and all(isinstance(v, str) and v.strip() for v in entry.values()):
        return Editor(family=entry["family"].strip(), given=entry.get("given", "").strip())
    problems.append(Problem(origin, "an editor is a person, {family: ..., given: ...}, or an organisation, "
                            "{name: ..., organisation: true}; never invent a person"))
    return None


# Annotations ---------------------------------------------------------------------------


def _load_annotation_file(root, path, texts, corrections, notes, problems) -> None:
    document, origin = _read_mapping(root, path, ("text",), ("corrections", "notes"), problems)
    if document is None:
        return
    if not _check_strings(document, ("text",), origin, problems):
        return
    text = texts.get(document["text"])
    if text is None:
        problems.append(Problem(origin, f"unknown text {short(document['text'])}; known: {sorted(texts)}"))
        return
    for key, build, into in (("corrections", _correction, corrections), ("notes", _note, notes)):
        for entry, entry_origin in _entries(document, key, origin, problems):
            item = build(entry, text, entry_origin, problems)
            if item is not None:
                into.append(item)


def _read_mapping(root, path, required, optional, problems) -> tuple[Mapping | None, Origin]:
    """A data file's top-level mapping with its keys checked, or None."""
    name = _rel(root, path)
    document, found = read_yaml(path, name)
    problems.extend(found)
    origin = Origin(name, getattr(document, "line", 1), "file")
    if document is None and found:
        return None, origin  # the file could not be read: its problems say why
    if not isinstance(document, Mapping):
        problems.append(Problem(origin, "must be a mapping with the keys " + ", ".join((*required, *optional))))
        return None, origin
    if not _check_keys(document, required, optional, origin, problems):
        return None, origin
    return document, origin


def _entries(document: Mapping, key: str, origin: Origin, problems):
    """Each entry of the list under `key`, with the origin its problems will name."""
    entries = document.get(key)
    if entries is None:
        return
    if not isinstance(entries, Sequence):
        problems.append(Problem(_at(origin, document, key), f"{key!r} must be a list of entries, each "
                                f"beginning with '- ', not {describe(entries)}"))
        return
    label = {"corrections": "correction", "notes": "note", "terms": "term"}[key]
    for index, entry in enumerate(entries, 1):
        if not isinstance(entry, Mapping):
            problems.append(Problem(Origin(origin.file, entries.item_lines[index - 1], f"{label} #{index}"),
                                    f"must be a mapping of keys and values (id: ..., paragraph: ...), "
                                    f"not {describe(entry)}"))
            continue
        yield entry, Origin(origin.file, entry.line, _label(label, entry, index))


def _paragraph(entry, text: Text, origin, problems) -> Paragraph | None:
    number = entry["paragraph"]
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= len(text.paragraphs):
        problems.append(Problem(origin, f"unknown paragraph {short(number)}: text {text.slug!r} has "
                                f"paragraphs 1 to {len(text.paragraphs)}"))
        return None
    return text.paragraph(number)


def _correction(entry, text, origin, problems) -> Correction | None:
    if not _check_keys(entry, CORRECTION_REQUIRED, CORRECTION_OPTIONAL, origin, problems):
        return None
    ok = _check_id(entry, origin, problems) & _check_strings(entry, ("reading", "reason"), origin, problems)
    ok &= _check_characters(entry, ("reading",), LINE, origin, problems)
    ok &= _check_characters(entry, ("reason",), PROSE, origin, problems)
    ok &= _check_characters(entry, ("witnessed",), EDGE, origin, problems)
    ok &= _check_characters(entry, ("after",), WITNESS, origin, problems)
    kind, confidence = entry["kind"], entry["confidence"]
    if kind not in KINDS:
        problems.append(Problem(origin, f"unknown kind {short(kind)}; one of {', '.join(KINDS)}"))
        ok = False
    if confidence not in CONFIDENCES:
        problems.append(Problem(origin, f"unknown confidence {short(confidence)}; one of {', '.join(CONFIDENCES)}"))
        ok = False
    has_witnessed, has_after = "witnessed" in entry, "after" in entry
    if has_witnessed == has_after:
        problems.append(Problem(origin, "give exactly one of 'witnessed' (the string replaced) "
                                "or 'after' (the string a gap follows, for kind lacuna)"))
        return None
    if has_after and kind != "lacuna":
        problems.append(Problem(origin, "'after' marks a gap: it goes with kind 'lacuna' only"))
        ok = False
    if kind == "lacuna" and not has_after:
        problems.append(Problem(origin, "a lacuna is placed with 'after', the string the gap follows"))
        ok = False
    if kind == "lacuna" and entry["reading"] and confidence != "conjectural":
        problems.append(Problem(origin, "a supplement for a lacuna is never the text: its confidence must be 'conjectural'"))
        ok = False
    if kind != "lacuna" and isinstance(entry["reading"], str) and not entry["reading"]:
        problems.append(Problem(origin, "an empty reading would vanish from the page; replace a longer "
                                "witnessed string instead (include a neighbouring word)"))
        ok = False
    if has_after and isinstance(entry["after"], str) and entry["after"] != entry["after"].rstrip():
        problems.append(Problem(origin, "'after' must end with the last character before the gap, not a space; "
                                "the page puts the space in"))
        ok = False
    paragraph = _paragraph(entry, text, origin, problems)
    if paragraph is None:
        return None
    key = "after" if has_after else "witnessed"
    span, reason = locate(paragraph.text, entry[key], entry.get("occurrence"), f"{key!r} string",
                          f"¶{paragraph.number} of {text.slug!r}")
    if span is None:
        problems.append(Problem(origin, reason))
        return None
    if not ok:
        return None
    start, end = (span[1], span[1]) if has_after else span
    return Correction(
        id=entry["id"], text=text.slug, paragraph=paragraph.number,
        # The witness's own characters: its line breaks where the entry wrote a space.
        witnessed="" if has_after else paragraph.text[start:end], reading=entry["reading"],
        kind=kind, confidence=confidence, reason=entry["reason"].strip(), start=start, end=end, origin=origin,
    )


def _note(entry, text, origin, problems) -> Note | None:
    if not _check_keys(entry, NOTE_REQUIRED, ("occurrence",), origin, problems):
        return None
    ok = _check_id(entry, origin, problems) & _check_strings(entry, ("phrase", "text"), origin, problems)
    ok &= _check_characters(entry, ("phrase",), EDGE, origin, problems)
    ok &= _check_characters(entry, ("text",), PROSE, origin, problems)
    paragraph = _paragraph(entry, text, origin, problems)
    if paragraph is None or not ok:
        return None
    return Note(entry["id"], text.slug, paragraph.number, entry["phrase"], entry.get("occurrence"),
                entry["text"].strip(), origin)


# Glossary ------------------------------------------------------------------------------


def _load_glossary(root: Path, problems: list[Problem], slugs: set[str]) -> list[Term]:
    path = root / "glossary.yaml"
    if not plainfiles.is_plain(path):
        return []  # absent, or refused at its path (plainfiles.data_problems)
    document, origin = _read_mapping(root, path, ("terms",), (), problems)
    if document is None:
        return []
    terms = []
    for entry, entry_origin in _entries(document, "terms", origin, problems):
        if not _check_keys(entry, TERM_REQUIRED, ("texts",), entry_origin, problems):
            continue
        ok = _check_id(entry, entry_origin, problems)
        ok &= _check_strings(entry, ("term", "definition"), entry_origin, problems)
        ok &= _check_characters(entry, ("term", "forms"), LINE, entry_origin, problems)
        ok &= _check_characters(entry, ("definition",), PROSE, entry_origin, problems)
        forms = entry["forms"]
        if not (isinstance(forms, list) and forms and all(isinstance(f, str) and f.strip() for f in forms)):
            problems.append(Problem(entry_origin, "'forms' must be a non-empty list of the term's forms in the text"))
            ok = False
        texts = entry.get("texts", [])
        if not (isinstance(texts, list) and all(isinstance(t, str) for t in texts)) or "texts" in entry and not texts:
            problems.append(Problem(entry_origin, "'texts' must be a non-empty list of the texts (their file names "
                                    "without .txt) the term is written for; leave it out for every text"))
            ok = False
        else:
            for slug in texts:
                if slug not in slugs:
                    problems.append(Problem(entry_origin, f"'texts' names an unknown text {slug!r}; known: {sorted(slugs)}"))
                    ok = False
        if ok:
            terms.append(Term(entry["id"], entry["term"], tuple(forms), entry["definition"].strip(), entry_origin,
                              tuple(texts)))
    return terms


# Shared checks -------------------------------------------------------------------------


def _check_keys(entry: Mapping, required, optional, origin, problems) -> bool:
    missing = [k for k in required if k not in entry]
    unknown = [k for k in entry if k not in required and k not in optional]
    for key in missing:
        problems.append(Problem(origin, f"missing key {short(key)}"))
    for key in unknown:
        allowed = ", ".join((*required, *optional))
        problems.append(Problem(origin, f"unknown key {short(key)}; allowed: {allowed}"))
    return not missing and not unknown


def _check_id(entry, origin, problems) -> bool:
    if isinstance(entry["id"], str) and ID.match(entry["id"]):
        return True
    problems.append(Problem(origin, f"id {short(entry['id'])} must be lowercase letters, digits and hyphens, "
                            "starting with a letter"))
    return False


BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")
LINE_BREAKS = set("\n\r\u2028\u2029\u0085\x0b\x0c")
# How a string is printed decides what may be in it.
#   line:    one line of printed text (readings, terms, metadata): no line break, nothing invisible
#   edge:    marked where it is printed (witnessed strings, phrases): no white space at either end
#   prose:   Markdown or a reason, over several lines if need be
#   witness: matched against the witness, which may hold anything; only control characters are refused
LINE, EDGE, PROSE, WITNESS = "line", "edge", "prose", "witness"


def _check_characters(entry: Mapping, keys, how: str, origin, problems) -> bool:
    """Characters that would corrupt the page where the string is printed are refused, each named."""
    ok = True
    for key in keys:
        values = entry.get(key)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str):
                reason = _bad_characters(value, how)
                if reason:
                    problems.append(Problem(_at(origin, entry, key), f"{short(key)} {short(value, 60)} {reason}"))
                    ok = False
    return ok


def _suspects(how: str) -> re.Pattern:
    """Every character the loop below may refuse in a string printed `how` (control characters are
    categories Cc and Cs): a string with none of them, nearly every string, is passed by one search,
    not a loop per character."""
    chars = set(BIDI_CONTROLS) if how != WITNESS else set()
    chars |= LINE_BREAKS | ZERO_WIDTH if how == LINE else set()
    controls = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
    return re.compile(f"[{controls}{re.escape(''.join(sorted(chars)))}]")


_SUSPECTS = {how: _suspects(how) for how in (LINE, EDGE, PROSE, WITNESS)}


def _bad_characters(value: str, how: str) -> str:
    for char in value if _SUSPECTS[how].search(value) else "":
        code = ord(char)
        if char in LINE_BREAKS and how == LINE:
            return ("holds a line break, but it is printed on one line: write it on one line (a folded "
                    "scalar, >-, joins lines with spaces)")
        if (unicodedata.category(char) in ("Cc", "Cs") and char not in "\t\n\r") or code in (0xFFFE, 0xFFFF):
            return f"holds the control character U+{code:04X}, which no page should print; remove it"
        if char in BIDI_CONTROLS and how != WITNESS:
            return (f"holds U+{code:04X} ({unicodedata.name(char, 'unnamed')}), an invisible bidirectional "
                    "control that would reorder the text after it on the page; remove it")
        if char in ZERO_WIDTH and how == LINE:
            return f"holds U+{code:04X} ({unicodedata.name(char, 'unnamed')}), an invisible character; remove it"
    if how in (LINE, EDGE) and value and value != value.strip():
        return ("begins or ends with white space, which the page cannot show where it marks the string "
                "(~~ and ^^ would print as they are): begin and end with a visible character")
    return ""


def _check_strings(entry: Mapping, keys, origin, problems) -> bool:
    """Each value under `keys` is text; a plain scalar YAML read as something else is to be quoted."""
    bad = [k for k in keys if not isinstance(entry.get(k), str)]
    for key in bad:
        problems.append(Problem(_at(origin, entry, key), _not_text(entry, key)))
    return not bad


def _not_text(entry: Mapping, key) -> str:
    value = entry.get(key)
    if key in entry.plain:
        written = entry.plain[key]
        return (f"{short(key)} must be text, but YAML reads {short(written)} as {describe(value)}: quote it, "
                f"{key}: \"{short(written, quote=False)}\"")
    return f"{short(key)} must be text, not {describe(value)}"


def _at(origin: Origin, entry: Mapping, key) -> Origin:
    """The origin moved to the line of `key` in `entry`."""
    return Origin(origin.file, entry.line_of(key), origin.entry)


def _label(label: str, entry: Mapping, index: int) -> str:
    """How a message names an entry: by its id when it has a usable one, else by its number."""
    id = entry.get("id")
    return f"{label} {short(id, 60)}" if isinstance(id, str) and id else f"{label} #{index}"


def _check_unique(items, label, problems) -> None:
    first: dict[str, Origin] = {}
    for item in items:
        if item.id in first:
            where = first[item.id]
            problems.append(Problem(item.origin, f"duplicate {label} id {item.id!r} (first used at {where.file}:{where.line})"))
        else:
            first[item.id] = item.origin


def _check_overlaps(corrections: list[Correction], problems) -> None:
    ordered = sorted(corrections, key=lambda c: (c.text, c.paragraph, c.start, c.end))
    for a, b in zip(ordered, ordered[1:]):
        if (a.text, a.paragraph) != (b.text, b.paragraph):
            continue
        if b.start < a.end or (a.start == a.end == b.start == b.end):
            problems.append(Problem(b.origin, f"overlaps correction {a.id!r} ({a.origin.file}:{a.origin.line}) "
                                    f"in ¶{a.paragraph}: two corrections may not touch the same characters"))
