"""Stage 1: read source/, annotations/ and glossary.yaml, and validate them.

Every problem is collected, not just the first, and each names its file, line and entry.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

import langcodes
import regex
from markdown.extensions.toc import slugify

from .model import (
    Correction, Edition, EditionIdentity, Editor, Note,
    Origin, Problem, Term, Text, TextMeta, Paragraph, ValidationFailed, short, unspaced_script, PARAGRAPH,
)
from . import dates, plainfiles, safety, schemas, witness_history
from .limits import over_limits
from .markup import Markup
from .pages import pages_problems
from .site_config import SiteConfig, read_site_config, validate_site_config
from .structure import Structure, read_structure
from .witness import locate, split_blocks, uncarried, verse_lines_kept
from .yamlfile import Mapping, read_yaml

# Names the edition's own pages and folders already use, which a text's page must not take:
# its generated pages, the folders of its files (downloads/, marks/) and the whole edition's
# downloads (downloads/edition.epub beside a text's downloads/NAME.epub).
RESERVED_SLUGS = {"index", "corrections", "notes", "glossary", "about", "how-to-cite", "assets", "search",
                  "downloads", "marks", "edition", "schemas", "404", "sitemap"}
# Names Windows cannot give a file or folder (con, nul, com1, ...): a clone there would lose the text.
WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}


def page_name_problem(slug: str) -> str:
    """Why a text's name cannot be its page's ("" when it can): it must be an id (matched in full:
    no trailing line break) that no page, folder or file of the edition has, and that every system
    can give a file."""
    if not re.fullmatch(schemas.id_pattern(), slug):
        return "use lowercase letters, digits and hyphens, starting with a letter"
    if slug in RESERVED_SLUGS:
        return (f"{slug!r} is taken by the edition's own pages, folders or downloads "
                f"({', '.join(sorted(RESERVED_SLUGS))})")
    if slug in WINDOWS_DEVICES:
        return f"{slug!r} names a device on Windows, where no file or folder may have that name"
    return ""


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
    to the edition's own pages (with their origins), which only the rendered pages can confirm.

    `config` is the MkDocs configuration, by default `root/mkdocs.yml`."""
    problems: list[Problem] = []
    site = read_site_config(config or root / "mkdocs.yml", root, problems)
    edition, own_links, _ = load_data(root, site, problems)
    return edition, problems, own_links


def load_data(root: Path, site: SiteConfig | None, problems: list[Problem]
              ) -> tuple[Edition, list, SiteConfig | None]:
    """The edition's data under `root` as far as it is valid, its problems added to `problems`, and
    the links of notes and definitions to the edition's own pages. `site` is the configuration as
    read (site_config.read_site_config), None when its data is not sound; it is validated by MkDocs
    here, after the edition's identity in it is checked (notes and definitions are judged once both are),
    and returned when it is valid (else None)."""
    problems.extend(plainfiles.data_problems(root))  # links, devices: refused at their path, never read
    identity = load_identity(site, problems) if site else None
    # Only a configuration whose data is sound is handed to MkDocs, which imports what it names.
    if site is not None and not (identity is not None and validate_site_config(site, problems)):
        site = None
    _account_for_files(root, problems)
    texts = _load_texts(root, problems)
    # A hand-written page may not describe a text the edition does not hold (edition/pages.py).
    problems += pages_problems(root, {path.stem for path in (root / "source").glob("*.txt")})
    by_slug = {t.slug: t for t in texts}
    # Every text the edition has, read or refused: an entry naming a refused text is no second mistake.
    known = {p.stem for p in (root / "source").glob("*.txt")} if (root / "source").is_dir() else set()
    incomplete = known - set(by_slug)
    corrections: list[Correction] = []
    notes: list[Note] = []
    annotation_dir = root / "annotations"
    for path in plainfiles.listed(annotation_dir, "*.yaml"):
        if plainfiles.is_plain(path):  # a folder of that name is reported with the files
            refused = _load_annotation_file(root, path, by_slug, known, corrections, notes, problems)
            if refused is not None:
                incomplete.add(refused)
    terms = _load_glossary(root, problems, known)
    _check_unique(corrections, "correction", problems)
    _check_unique(notes, "note", problems)
    _check_unique(terms, "glossary term", problems)
    _check_overlaps(corrections, problems)
    _check_derived_ids(corrections, "correction", "-supplied", problems)
    _check_derived_ids(notes, "note", "-end", problems)
    own_links: list[tuple[Origin, safety.OwnLink]] = []
    fragments: list[tuple[Note | Term, str]] = [*((n, n.body) for n in notes), *((t, t.definition) for t in terms)]
    for correction in corrections:
        if too_much := over_limits(correction.reason):
            problems.append(Problem(correction.origin, f"its reason {too_much}"))
    for item, source in fragments if site else []:
        assert site is not None
        reasons, links = safety.judge(source, site.markup)
        problems.extend(Problem(item.origin, reason) for reason in reasons)
        own_links.extend((item.origin, link) for link in links)
    if site:
        for group in (fragments[:len(notes)], fragments[len(notes):]):  # the Notes page, the Glossary page
            within = [(item, source) for item, source in group if not over_limits(source)]  # the rest: refused unread
            problems.extend(Problem(item.origin, reason) for item, reason in safety.crossings(within, site.markup))
    edition = Edition(tuple(texts), tuple(corrections), tuple(notes), tuple(terms), identity,
                      frozenset(incomplete - {""}) if "" not in incomplete else frozenset(known))
    return edition, own_links, site


def check_rendered(edition: Edition, own_links, pages, markup: Markup, static_dir: Path) -> list[Problem]:
    """What only the rendered pages show, and MkDocs' strict build or a reader's browser would meet:
    links of notes and definitions to the edition's pages and anchors that do not exist, and an
    entry's id that is also another anchor of its page (the link to it would lead elsewhere).
    Each is reported at the entry that wrote it."""
    twice: dict[str, list[str]] = {}
    anchors = safety.page_anchors(pages, markup, static_dir, twice)
    problems = []
    for origin, link in own_links:
        reason = safety.own_link_problem(link, anchors)
        if reason:
            problems.append(Problem(origin, reason))
    # The hand-written pages, checked as data at their lines.
    for path in (p for p in plainfiles.listed(static_dir, "*.md") if plainfiles.is_plain(p)):
        name = f"{static_dir.name}/{path.name}"
        problems += [Problem(Origin(name, line, "page"), reason)
                     for line, reason in safety.page_problems(path, path.name, anchors, markup)]
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
    if (root / "glossary.yaml").is_dir():
        problems.append(Problem(Origin("glossary.yaml", 1, "file"), "a folder, not a file: the glossary is the file "
                                "glossary.yaml"))
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
        if page_name_problem(slug):
            problems.append(Problem(origin, f"file name {path.name!r} cannot name a page: {page_name_problem(slug)}"))
            continue
        if not plainfiles.is_plain(path) or meta_path.is_dir():
            continue  # a folder named like a data file: reported with the files of source/
        if not plainfiles.is_plain(meta_path):
            if not os.path.lexists(meta_path):
                problems.append(Problem(origin, f"no metadata: {_rel(root, meta_path)} is missing"))
            continue  # else it is refused at its own path
        try:
            raw = plainfiles.read_plain(path, plainfiles.MAX_TEXT_BYTES)
        except plainfiles.NotPlain as error:
            problems.append(Problem(origin, str(error)))
            continue
        read: dict[str, Mapping] = {}
        meta = _load_meta(root, slug, meta_path, path, raw, problems, read)
        try:
            # A byte order mark opening the witness is its encoding's signature, not its text: the
            # file keeps it (and its hash), the heading does not.
            blocks = split_blocks(raw.decode("utf-8-sig"), verse=meta is not None and meta.verse)
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
        header = {role: " ".join(block.split()) for role, block in zip(meta.header, blocks, strict=False)}
        document = read[slug]
        if "structure" in document:  # which blocks are headings, left out or the author's notes
            structure = _structure(document, blocks, meta, _rel(root, meta_path), problems)
            if structure is None:
                continue
            paragraphs = tuple(Paragraph(b.number, b.text, b.skipped) for b in structure.roles if b.kind == PARAGRAPH)
            texts.append(Text(meta, name, hashlib.sha256(raw).hexdigest(), header, paragraphs,
                              tuple(structure.roles), tuple(structure.markers)))
            continue
        body = blocks[len(meta.header):]
        paragraphs = tuple(Paragraph(n, t) for n, t in enumerate(body, 1))
        texts.append(Text(meta, name, hashlib.sha256(raw).hexdigest(), header, paragraphs))
    return texts


def _structure(document: Mapping, blocks: list[str], meta: TextMeta, file: str,
               problems: list[Problem]) -> Structure | None:
    """The text's blocks read with its metadata's `structure` (edition/structure.py), each problem at
    the line of its entry; None when there is one (the text is then refused, not numbered at a guess)."""
    def line_of(*path) -> int:
        return schemas.locate(document, ("structure", *path), file).line

    found = read_structure(blocks, len(meta.header), document["structure"], line_of)
    reasons = list(found.problems)
    # The page's own headings' anchors: the part's (by its unit), and the title's, which the toc
    # extension names after its text (its default slugify: mkdocs.yml sets none).
    title = slugify(" ".join(blocks[meta.header.index("title")].split()) if "title" in meta.header else meta.title, "-")
    for role in found.roles:
        if role.id and role.id in (meta.part_anchor, title):
            reasons.append((role.line, f"structure: {role.id!r}", f"id {role.id!r} is the anchor of the page's "
                            f"{'title' if role.id == title else 'part heading'}: choose another"))
    if not any(role.kind == PARAGRAPH for role in found.roles):
        reasons.append((line_of(), "structure", "leaves no paragraph: a text must keep a body"))
    problems.extend(Problem(Origin(file, line, entry), reason) for line, entry, reason in reasons)
    return None if reasons else found


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
               problems: list[Problem], read: dict[str, Mapping] | None = None) -> TextMeta | None:
    """The text's metadata, its witness hash checked; None if it is wrong. The document as read
    is left in `read` (for its `structure`, read with the witness's blocks)."""
    document, origin, found = _read_mapping(root, path, schemas.TEXT_METADATA, problems)
    if document is None:
        return None
    if read is not None:
        read[slug] = document
    actual = hashlib.sha256(raw).hexdigest()
    for problem in found:
        if problem.path == () and problem.reason == "missing key 'sha256'":
            problems.append(Problem(problem.origin, f"missing key 'sha256': record the witness's hash, "
                                    f"sha256: {actual} (see the README, 'A text')"))
        elif problem.path[:1] == ("sha256",):
            problems.append(Problem(Origin(origin.file, problem.origin.line, "key 'sha256'"), problem.reason))
        else:
            problems.append(Problem(problem.origin, problem.reason))
    if found or document.refused:
        return None
    if document["sha256"] != actual:
        _witness_changed(root, text_path, raw, actual, document["sha256"], origin.file, document.line_of("sha256"),
                         problems)
    return _meta_fields(slug, document, origin, problems)


def _meta_fields(slug: str, document: Mapping, origin: Origin, problems: list[Problem]) -> TextMeta | None:
    """What the schema cannot say about metadata the schema has passed."""
    # A key the schema makes optional takes the schema's default.
    properties = schemas.rules(schemas.TEXT_METADATA)["properties"]
    defaults = {k: rule["default"] for k, rule in properties.items() if "default" in rule}
    fields = {k: v.strip() for k, v in {**defaults, **document}.items() if k not in ("header", "sha256", "structure")}
    stripped = Mapping(fields)
    stripped.key_lines = document.key_lines
    ok = _check_characters(stripped, [k for k in fields if k != "provenance"], LINE, origin, problems)
    ok &= _check_characters(stripped, ["provenance"], PROSE, origin, problems)
    if not ok:
        return None
    for key in ("author", "title", "date_display", "language"):
        if not fields[key]:
            problems.append(Problem(_at(origin, document, key), f"{key!r} must not be empty"))
            ok = False
    try:
        fields["date"] = dates.parse(fields["date"]).text  # "207" is kept as EDTF writes it, "0207"
    except dates.DateError as error:
        problems.append(Problem(_at(origin, document, "date"), f"'date': {error}"))
        ok = False
    if fields.get("captured") and not _real_date(*fields["captured"].split("-")):
        problems.append(Problem(_at(origin, document, "captured"), f"'captured' {short(fields['captured'])} must be "
                                "YYYY, YYYY-MM or YYYY-MM-DD (quoted), a real date"))
        ok = False
    if fields["language"] and not langcodes.tag_is_valid(fields["language"]):
        problems.append(Problem(_at(origin, document, "language"), f"'language' {short(fields['language'])} is not a "
                                "valid BCP 47 language tag: write a tag such as en, en-GB, ko or zh-Hant"))
        ok = False
    family, author = fields.get("author_family", ""), fields["author"]
    first = fields["name_order"] == "family-first"
    if family and fields["name_order"] == "single":
        problems.append(Problem(_at(origin, document, "author_family"), f"'author_family' {short(family)}: a single "
                                "name (name_order: single) has no family name; leave author_family out"))
        ok = False
    elif family and not _name_part(author, family, first):
        where = "first" if first else "last"
        problems.append(Problem(_at(origin, document, "author_family"), f"'author_family' {short(family)} must be "
                                f"the {where} name in 'author' ({short(author)}), as 'name_order' says: followed "
                                "by a space, or written without one in a script that writes names so (최남선)"))
        ok = False
    if not ok:
        return None
    return TextMeta(slug=slug, header=tuple(document["header"]), **fields)


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


def _name_part(author: str, family: str, first: bool) -> bool:
    """Whether `family` is the family name at the start (family-first) or end of `author`, with the
    rest of the name beyond a space, or joined to it in a script without spaces between names."""
    rest = author.removeprefix(family) if first else author.removesuffix(family)
    if rest == author or not rest.strip():
        return False
    if rest[:1].isspace() if first else rest[-1:].isspace():
        return True
    joined = (family[-1], rest[0]) if first else (rest[-1], family[0])
    return all(unspaced_script(c) for c in joined)


def _real_date(year: str, month: str | None = None, day: str | None = None) -> bool:
    import datetime

    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


# The edition's identity ------------------------------------------------------------------


def _editor(entry: Mapping) -> Editor:
    """An editor as the schema allows one: an organisation, a person's single name, or a person's
    family and given names, in the order written (in Han, Hangul or Kana without a space)."""
    if entry.get("organisation"):
        return Editor(name=entry["name"].strip(), organisation=True)
    if entry.get("name_order") == "single":
        return Editor(name=entry["name"].strip())
    family, given = entry["family"].strip(), entry.get("given", "").strip()
    first = entry.get("name_order") == "family-first"
    unspaced = first and given and unspaced_script(family[-1]) and unspaced_script(given[0])
    return Editor(family=family, given=given, family_first=first, written=family + given if unspaced else "")


def load_identity(site: SiteConfig, problems: list[Problem]) -> EditionIdentity | None:
    """The edition's identity from the configuration's `extra.edition`."""
    name = site.name
    origin = Origin(name, 1, "extra.edition")
    extra = site.extra
    edition = extra.get("edition") if isinstance(extra, dict) else None
    if not isinstance(edition, Mapping):
        problems.append(Problem(origin, "the edition's identity is missing: 'extra: edition:' with the keys "
                                + ", ".join(schemas.rules(schemas.EDITION)["required"])))
        return None
    origin = Origin(name, edition.line, "extra.edition")
    found = schemas.validate(edition, schemas.EDITION, name, "extra.edition")
    for problem in found:
        editor = problem.path[:1] == ("editors",) and len(problem.path) > 1
        where = f"extra.edition.editors #{int(problem.path[1]) + 1}" if editor else "extra.edition"
        problems.append(Problem(Origin(name, problem.origin.line, where), problem.reason))
    if found:
        return None
    ok = True
    for key, value in edition.items():
        if isinstance(value, str) and not value.strip():
            problems.append(Problem(_at(origin, edition, key), f"{key!r} must be non-empty text"))
            ok = False
    # Data printed in every page's head, the EPUBs and the citations: one line each, no control
    # or bidirectional character (the schema gives the shapes, and the repository's scheme).
    ok &= _check_characters(edition, [k for k in edition if k != "editors"], LINE, origin, problems)
    for index, entry in enumerate(edition["editors"], 1):
        if isinstance(entry, Mapping):
            at = Origin(name, getattr(entry, "line", origin.line), f"extra.edition.editors #{index}")
            ok &= _check_characters(entry, list(entry), LINE, at, problems)
    if not ok:
        return None
    editors = tuple(_editor(e) for e in edition["editors"])
    return EditionIdentity(editors=editors, **{k: v.strip() for k, v in edition.items() if k != "editors"})


# Annotations ---------------------------------------------------------------------------


def _load_annotation_file(root, path, texts, known, corrections, notes, problems) -> str | None:
    """Read one annotation file's entries into `corrections` and `notes`; return the name of a
    text some of whose corrections were refused (its corrected text is then not the one the
    editor meant, and a note's phrase not found in it is no second mistake)."""
    document, origin, found = _read_mapping(root, path, schemas.ANNOTATIONS, problems)
    if document is None:
        return _named_text(path)
    problems.extend(Problem(p.origin, p.reason) for p in found)
    refused = _refused_entries(document, found)
    name = document.get("text")
    if not isinstance(name, str) or any(p.path[:1] in ((), ("text",)) for p in found):
        return _named_text(path) if any(r[:1] == ("text",) for r in document.refused) else None
    text = texts.get(name)
    if text is None:
        if name not in known:  # a text that exists but was refused has said so already
            problems.append(Problem(_at(origin, document, "text"), f"unknown text {short(name)}; "
                                    f"known: {sorted(known)}"))
        return name
    incomplete = ("corrections", "") in refused
    for key, build, into in (("corrections", _correction, corrections), ("notes", _note, notes)):
        entries = document.get(key)
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            if (key, index) in refused:
                incomplete |= key == "corrections"
                continue
            item = build(entry, text, schemas.locate(document, (key, index), origin.file), problems)
            if item is not None:
                into.append(item)
            incomplete |= item is None and key == "corrections"
    return name if incomplete else None


def _named_text(path: Path) -> str | None:
    """The text an annotation file that could not be read names, if its `text:` line says (for
    nothing but keeping that text's notes from being reported as a second mistake)."""
    try:
        with open(path, "rb") as stream:  # its first lines: a file over the size limit is not read whole
            head = stream.read(65_536).decode("utf-8", errors="replace")
        match = re.search(r"^text:\s*['\"]?([a-z][a-z0-9-]*)", head, re.MULTILINE)
    except OSError:
        return None
    return match.group(1) if match else ""  # no telling: every text


def _refused_entries(document: Mapping, found) -> set[tuple[str, int | str]]:
    """The entries the schema or the YAML reader refused, (list, index), and (list, "") where a
    whole list was."""
    refused: set[tuple[str, int | str]] = set()
    for path in [*(problem.path for problem in found), *document.refused]:
        if path[:1] and path[0] in schemas.ENTRY_LABELS:
            refused.add((path[0], path[1] if len(path) > 1 else ""))
    return refused


def _read_mapping(root, path, schema, problems) -> tuple[Mapping | None, Origin, list[schemas.SchemaProblem]]:
    """A data file's top-level mapping and what its schema finds wrong with it, or None when
    it cannot be read or is no mapping (its problems are reported)."""
    name = _rel(root, path)
    document, found = read_yaml(path, name)
    problems.extend(found)
    origin = Origin(name, getattr(document, "line", 1), "file")
    if document is None and found:
        return None, origin, []  # the file could not be read: its problems say why
    if not isinstance(document, Mapping):
        keys = schemas.rules(schema)["properties"]
        problems.append(Problem(origin, "must be a mapping with the keys " + ", ".join(keys)))
        return None, origin, []
    # A node refused while reading (an alias, a tag, ...) was reported there; what the schema says
    # of it or inside it would be the same mistake again.
    refused = document.refused
    return document, origin, [p for p in schemas.validate(document, schema, name)
                              if not any(p.path[:len(r)] == r for r in refused)]


def _paragraph(entry, text: Text, origin, problems) -> Paragraph | None:
    number = entry["paragraph"]
    if not isinstance(number, int) or not 1 <= number <= len(text.paragraphs):
        problems.append(Problem(origin, f"unknown paragraph {short(number)}: text {text.slug!r} has "
                                f"paragraphs 1 to {len(text.paragraphs)}"))
        return None
    return text.paragraph(number)


def _correction(entry, text, origin, problems) -> Correction | None:
    """What the schema cannot say about a correction it has passed."""
    ok = _check_characters(entry, ("reading",), LINE, origin, problems)
    ok &= _check_characters(entry, ("reason",), PROSE, origin, problems)
    ok &= _check_characters(entry, ("witnessed",), EDGE, origin, problems)
    ok &= _check_characters(entry, ("after",), WITNESS, origin, problems)
    paragraph = _paragraph(entry, text, origin, problems)
    if paragraph is None:
        return None
    has_after = "after" in entry
    key = "after" if has_after else "witnessed"
    span, reason = locate(paragraph.text, entry[key], entry.get("occurrence"), f"{key!r} string",
                          f"¶{paragraph.number} of {text.slug!r}")
    if span is None:
        problems.append(Problem(origin, reason))
        return None
    start, end = (span[1], span[1]) if has_after else span
    if any(a < end and start < b or a < start < b for a, b in paragraph.skipped):
        problems.append(Problem(origin, f"the {key!r} string is in a line the text's structure leaves out of the "
                                "reading ('skip_lines'): it is no text to correct"))
        return None
    # The witness's own characters: its line breaks where the entry wrote a space.
    witnessed = "" if has_after else paragraph.text[start:end]
    if not has_after and " ".join(witnessed.split()) == " ".join(entry["reading"].split()):
        problems.append(Problem(_at(origin, entry, "reading"), f"the reading {short(entry['reading'])} is what the "
                                "witness has: a correction must change the text; remove the entry"))
        ok = False
    # Verse: a correction across a line end keeps it, so that two lines are never joined.
    reading = verse_lines_kept(witnessed, entry["reading"]) if text.meta.verse else entry["reading"]
    if reading is None:
        problems.append(Problem(_at(origin, entry, "reading"), f"the witnessed string {short(witnessed)} runs over "
                                f"{witnessed.count(chr(10))} line end(s) of the verse, which the reading keeps: write "
                                "the reading with as many spaces as the witnessed string has runs of white space "
                                "(a space for each line end), so that each of its words stays on its line"))
        ok = False
    if not ok or reading is None:
        return None
    return Correction(
        id=entry["id"], text=text.slug, paragraph=paragraph.number, witnessed=witnessed, reading=reading,
        kind=entry["kind"], confidence=entry["confidence"], reason=entry["reason"].strip(), start=start, end=end,
        origin=origin,
    )


def _note(entry, text, origin, problems) -> Note | None:
    """What the schema cannot say about a note it has passed."""
    ok = _check_characters(entry, ("phrase",), EDGE, origin, problems)
    ok &= _check_characters(entry, ("text",), PROSE, origin, problems)
    paragraph = _paragraph(entry, text, origin, problems)
    if paragraph is None or not ok:
        return None
    return Note(entry["id"], text.slug, paragraph.number, entry["phrase"], entry.get("occurrence"),
                entry["text"].strip(), origin)


# Glossary ------------------------------------------------------------------------------


def _load_glossary(root: Path, problems: list[Problem], known: set[str]) -> list[Term]:
    path = root / "glossary.yaml"
    if not plainfiles.is_plain(path):
        return []  # absent; a folder, link or device is reported at its path
    document, origin, found = _read_mapping(root, path, schemas.GLOSSARY, problems)
    if document is None:
        return []
    problems.extend(Problem(p.origin, p.reason) for p in found)
    refused = _refused_entries(document, found)
    terms = []
    entries = document.get("terms")
    for index, entry in enumerate(entries if isinstance(entries, list) and ("terms", "") not in refused else []):
        if ("terms", index) in refused:
            continue
        entry_origin = schemas.locate(document, ("terms", index), origin.file)
        ok = _check_characters(entry, ("term", "forms"), LINE, entry_origin, problems)
        ok &= _check_characters(entry, ("definition",), PROSE, entry_origin, problems)
        for slug in entry.get("texts", []):
            if slug not in known:
                problems.append(Problem(entry_origin, f"'texts' names an unknown text {slug!r}; known: {sorted(known)}"))
                ok = False
        if ok:
            terms.append(Term(entry["id"], entry["term"], tuple(entry["forms"]), entry["definition"].strip(),
                              entry_origin, tuple(entry.get("texts", ()))))
    _check_forms(terms, problems)
    return terms


def _check_forms(terms: list[Term], problems: list[Problem]) -> None:
    """A form links to one term: two terms claiming one form (case is ignored, as where the page
    looks for it) would leave the link to chance."""
    claimed: dict[str, Term] = {}
    for term in terms:
        for form in term.forms:
            key = unicodedata.normalize("NFC", form).casefold()
            other = claimed.setdefault(key, term)
            if other is not term and (not term.texts or not other.texts or set(term.texts) & set(other.texts)):
                problems.append(Problem(term.origin, f"form {short(form)} is also a form of term {other.id!r} "
                                        f"({other.origin.file}:{other.origin.line}): a form links to one term"))


# Shared checks -------------------------------------------------------------------------


BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
# Unicode's Default_Ignorable_Code_Point: characters a renderer shows as nothing (zero-width space
# and joiners, soft hyphen, the Hangul filler U+3164, invisible operators, tag characters,
# variation selectors, ...). The property comes from the regex module's Unicode data, kept current.
INVISIBLE = r"\p{Default_Ignorable_Code_Point}"
_INVISIBLE = regex.compile(INVISIBLE)
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


def _suspects(how: str) -> regex.Pattern:
    """Every character the loop below may refuse in a string printed `how` (control characters are
    categories Cc and Cs): a string with none of them, nearly every string, is passed by one search,
    not a loop per character."""
    chars = set(BIDI_CONTROLS) if how != WITNESS else set()
    chars |= LINE_BREAKS if how == LINE else set()
    controls = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
    return regex.compile(f"[{controls}{regex.escape(''.join(sorted(chars)))}{INVISIBLE if how == LINE else ''}]")


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
        if how == LINE and _INVISIBLE.match(char):
            return f"holds U+{code:04X} ({unicodedata.name(char, 'unnamed')}), an invisible character; remove it"
    if how in (LINE, EDGE) and value and value != value.strip():
        return ("begins or ends with white space, which the page cannot show where it marks the string "
                "(~~ and ^^ would print as they are): begin and end with a visible character")
    return ""


def _at(origin: Origin, entry: Mapping, key) -> Origin:
    """The origin moved to the line of `key` in `entry`."""
    return Origin(origin.file, entry.line_of(key), origin.entry)


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
    for a, b in zip(ordered, ordered[1:], strict=False):
        if (a.text, a.paragraph) != (b.text, b.paragraph):
            continue
        if b.start < a.end or (a.start == a.end == b.start == b.end):
            problems.append(Problem(b.origin, f"overlaps correction {a.id!r} ({a.origin.file}:{a.origin.line}) "
                                    f"in ¶{a.paragraph}: two corrections may not touch the same characters"))


def _check_derived_ids(items, label: str, suffix: str, problems) -> None:
    """The TEI export names a second element after an entry's id (edition/exports/tei.py: a note's
    phrase ends at phrase-ID-end, a lacuna's supplement is c-ID-supplied): an entry named like
    another's second element would give two elements one xml:id."""
    by_id = {item.id: item for item in items}
    for item in items:
        other = by_id.get(item.id.removesuffix(suffix)) if item.id.endswith(suffix) else None
        if other is not None:
            problems.append(Problem(item.origin, f"the {label} id {item.id!r} is what the TEI export calls a part of "
                                    f"{label} {other.id!r} ({other.origin.file}:{other.origin.line}); choose an id "
                                    f"that does not end in {suffix!r}"))
