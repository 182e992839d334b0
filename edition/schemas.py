"""The data's structural rules, read from the JSON Schemas in schemas/ (draft 2020-12).

The same files give an editor completion and live errors (the YAML language server) and give
`check` its rules: which keys a file or entry needs or may have, their types, the closed lists
(`enum`) and the formats (`pattern`, `format`). A schema's `errorMessage` and
`patternErrorMessage` (keywords the YAML language server shows too) word the message where the
keyword alone would not say enough. What a schema cannot say (a paragraph that exists, a string
found in the witness, ids unique across files) stays in load.py.

Each failure is mapped back to `file:line: entry: reason` with the lines yamlfile.py keeps.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

import jsonschema_rs
from jschon import JSON, URI, create_catalog
from jschon.catalog import LocalSource
from jschon.jsonschema import JSONSchema, Result
from jschon.vocabulary.format import format_validator

from .downloads import File
from .model import SCHEMAS, Origin, short
from .yamlfile import Mapping, Sequence, describe

# The schema of each kind of data file (schemas/NAME.schema.json).
TEXT_METADATA, ANNOTATIONS, GLOSSARY, EDITION = "text-metadata", "annotations", "glossary", "edition"
# Where the schemas are found when they refer to each other: a base for relative references
# only, never fetched.
_BASE = "urn:edition-schemas:/"
# How a message names an entry of each list: "correction 'p2-world-1'", "term #3".
ENTRY_LABELS = {"corrections": "correction", "notes": "note", "terms": "term"}
# Keywords whose failures a schema's errorMessage does not replace: they say which key is missing
# or unknown, or lead to the values inside, each reported at its own line.
_STRUCTURAL = {"required", "properties", "additionalProperties", "patternProperties", "items", "prefixItems",
               "$ref", "allOf", "dependentRequired", "unevaluatedProperties"}
# Applicators whose results hold one subschema's evaluation per property or per item.
_BY_NAME = {"properties", "patternProperties", "prefixItems", "allOf", "anyOf", "oneOf", "dependentSchemas"}
_TYPES = {"string": "text", "array": "a list", "object": "a mapping of keys and values",
          "integer": "a whole number", "number": "a number", "boolean": "true or false"}


@format_validator("date")
def _calendar_date(value: str) -> None:
    """RFC 3339's full-date, and a real one (no 30 February)."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise ValueError("not YYYY-MM-DD")
    datetime.date.fromisoformat(value)


@cache
def _catalog():
    catalog = create_catalog("2020-12", name="edition-schemas")
    catalog.add_uri_source(URI(_BASE), LocalSource(SCHEMAS))
    catalog.enable_formats("date")
    return catalog


@cache
def schema(name: str) -> JSONSchema:
    """The schema of one kind of data file, by its name in schemas/ (without .schema.json)."""
    return _catalog().get_schema(URI(f"{_BASE}{name}.schema.json"), cacheid="edition-schemas")


def reread() -> None:
    """Read the schemas again on next use (after they were edited, or SCHEMAS was moved)."""
    for cached in (_catalog, schema, rules, _fast):
        cached.cache_clear()


def metaschema_errors(path: Path) -> list[str]:
    """How a schema file falls short of the draft 2020-12 meta-schema ([] when it is valid)."""
    metaschema = _catalog().get_metaschema(URI("https://json-schema.org/draft/2020-12/schema"))
    result = metaschema.evaluate(JSON.loadf(path))
    return [] if result.valid else [f"{e['instanceLocation']}: {e['error']}" for e in result.output("basic")["errors"]
                                    if "error" in e]


def published_files() -> tuple[File, ...]:
    """The schemas, as the site publishes them (schemas/NAME.schema.json), for anyone's tools."""
    return tuple(File(f"schemas/{path.name}", path.read_bytes()) for path in sorted(SCHEMAS.glob("*.schema.json")))


@cache
def rules(name: str) -> dict[str, Any]:
    """A schema as plain data, for the code that reads a rule from it (a default, a pattern)."""
    document: dict[str, Any] = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    return document


def id_pattern() -> str:
    """The pattern of an id, a text's name and every published anchor of an entry."""
    return str(rules("common")["$defs"]["id"]["pattern"])


@dataclass(frozen=True)
class SchemaProblem:
    origin: Origin
    reason: str
    keyword: str                 # the schema keyword that failed: required, enum, pattern, ...
    path: tuple[str | int, ...]  # where in the document: ("corrections", 0, "kind")


def validate(document: Any, name: str, file: str, entry: str = "file") -> list[SchemaProblem]:
    """Every way `document` (read by yamlfile.py) breaks the schema `name`, each at its line;
    `file` and `entry` are how a message names the file and the document itself.

    Each entry of a list of entries (corrections, notes, terms) is evaluated on its own: jschon
    evaluates a list's items in one result node, whose failure check scans every item before it,
    so a file of thousands of entries would take quadratic time."""
    if _fast(name).is_valid(document):  # nearly always: a word from the fast validator is enough
        return []
    whole = schema(name)
    top, lists = document, {}
    if isinstance(document, Mapping):
        lists = {key: document[key] for key in ENTRY_LABELS
                 if isinstance(document.get(key), list) and key in rules(name).get("properties", {})}
        if lists:
            top = Mapping({key: [] if key in lists else value for key, value in document.items()})
            top.line, top.key_lines, top.plain = document.line, document.key_lines, document.plain
    found = _evaluate(whole, top, file, entry)
    for key, entries in lists.items():
        item_schema = cast(JSONSchema, whole["properties"][key]["items"])
        fast = _fast(name, f"/properties/{key}/items")
        for index, item in enumerate(entries):
            if fast.is_valid(item):
                continue
            for problem in _evaluate(item_schema, item, file, entry) or _worded_by(fast, item, file, entry):
                path = (key, index, *problem.path)
                found.append(SchemaProblem(locate(document, path, file, entry), problem.reason, problem.keyword, path))
    found = found or _worded_by(_fast(name), document, file, entry)
    return list({(p.origin, p.reason): p for p in found}.values())


def _worded_by(validator: jsonschema_rs.Validator, document: Any, file: str, entry: str) -> list[SchemaProblem]:
    """Should the two validators ever disagree, what the one that refused says."""
    return [SchemaProblem(locate(document, tuple(error.instance_path), file, entry), error.message, "schema",
                          tuple(error.instance_path)) for error in validator.iter_errors(document)]


@cache
def _fast(name: str, pointer: str = "") -> jsonschema_rs.Validator:
    """jsonschema-rs's validator for a schema, or for its subschema at `pointer`: it decides in
    microseconds whether a file or an entry is valid; jschon, whose results name every keyword
    that failed, words the messages for those that are not."""
    base = SCHEMAS.as_uri() + "/"
    registry = jsonschema_rs.Registry([(base + path.name, json.loads(path.read_text(encoding="utf-8")))
                                       for path in SCHEMAS.glob("*.schema.json")])
    return jsonschema_rs.Draft202012Validator({"$ref": f"{base}{name}.schema.json#{pointer}"}, registry=registry,
                                              validate_formats=True)


def _evaluate(schema: JSONSchema, document: Any, file: str, entry: str) -> list[SchemaProblem]:
    result = schema.evaluate(JSON(document))
    found: list[SchemaProblem] = []
    if not result.valid:
        _visit(result, document, file, entry, found)
    return found


def _visit(node: Result, document, file: str, entry: str, found: list[SchemaProblem]) -> None:
    failed = [child for child in node.children.values() if not child.passed and not child._discard]
    if not failed:
        if node.parent is not None and node.key != "if":
            found.extend(_problem(document, node, file, entry, str(node.key), reason, key)
                         for key, reason in _reasons(node, document))
        return
    # The keywords of one schema applied to one value, together.
    groups: dict[tuple[int, str], list[Result]] = {}
    for child in failed:
        if node.key in _BY_NAME:  # a subschema of properties, allOf, ...: look inside
            _visit(child, document, file, entry, found)
        else:
            groups.setdefault((id(child.schema), str(child.instance.path)), []).append(child)
    for children in groups.values():
        own: dict[str, Any] = children[0].schema.value if isinstance(children[0].schema.value, dict) else {}
        for first in ("type", "minLength"):  # a value of the wrong type, or empty: nothing else is worth saying
            if any(child.key == first for child in children):
                children = [child for child in children if child.key == first]
                break
        if "errorMessage" in own and any(child.key not in _STRUCTURAL for child in children):
            # The schema's own wording replaces what its value-level keywords would say (its type,
            # a oneOf, an if/then), as the YAML language server does; missing and unknown keys and
            # the values inside are still reported each at its own line.
            reason = own["errorMessage"]
            if any(child.key == "type" for child in children) and own.get("type") in ("array", "object"):
                reason += f", not {describe(children[0].instance.value)}"
            found.append(_problem(document, children[0], file, entry, "errorMessage", reason))
            children = [child for child in children if child.key in _STRUCTURAL]
        for child in children:
            _visit(child, document, file, entry, found)


def _problem(document: Any, node: Result, file: str, entry: str, keyword: str, reason: str,
             key: str | None = None) -> SchemaProblem:
    """The problem at the value `node` judged, or at its key `key`."""
    path: list[str | int] = []
    value = document
    for name in node.instance.path:
        step: str | int = int(name) if isinstance(value, list) else name
        path.append(step)
        value = value[step]
    if key is not None:
        path.append(key)
    return SchemaProblem(locate(document, tuple(path), file, entry), reason, keyword, tuple(path))


def locate(document: Any, path: tuple[str | int, ...], file: str, entry: str = "file") -> Origin:
    """The origin of the value at `path`: the line of its key or list item, and the entry it is in
    (an item of a top-level list of entries is named by its id)."""
    line = getattr(document, "line", 0) or 1
    value = document
    for depth, step in enumerate(path):
        if isinstance(value, Mapping):
            line = value.line_of(step)
        elif isinstance(value, Sequence) and isinstance(step, int) and step < len(value.item_lines):
            line = value.item_lines[step]
        elif isinstance(value, list) and isinstance(step, int):
            line = getattr(value[step], "line", line)  # mkdocs.yml's lists keep no lines, its mappings do
        if depth == 1 and isinstance(value, list) and isinstance(step, int) and path[0] in ENTRY_LABELS:
            entry = _label(ENTRY_LABELS[str(path[0])], value[step], step + 1)
        value = value[step] if isinstance(value, (dict, list)) else None  # type: ignore[index]
    return Origin(file, line, entry)


def _label(label: str, item, index: int) -> str:
    """How a message names an entry: by its id when it has a usable one, else by its number."""
    id = item.get("id") if isinstance(item, dict) else None
    return f"{label} {short(id, 60)}" if isinstance(id, str) and id else f"{label} #{index}"


def _key_name(node: Result) -> str:
    """How a message names the value: its key, or the title of a list's items ("header line")."""
    title = node.schema.value.get("title") if isinstance(node.schema.value, dict) else None
    key = node.instance.key
    if key is not None and not key.isdigit():
        return short(key)
    return title.lower() if title else "the value"


def _reasons(node: Result, document) -> list[tuple[str | None, str]]:
    """The message for one failed keyword, as clear as a hand-written one, and the key it is about
    when that is not the value judged (a missing or unknown key)."""
    keyword, instance = str(node.key), node.instance
    rule: Any = node.schema_node.value
    value: Any = instance.value
    own: dict[str, Any] = node.schema.value if isinstance(node.schema.value, dict) else {}
    if keyword == "required":
        return [(None, f"missing key {short(k)}") for k in rule if k not in value]
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        allowed = ", ".join(own.get("properties", {}))
        return [(k, f"unknown key {short(k)}" + (f"; allowed: {allowed}" if allowed else ""))
                for k in value if k not in own.get("properties", {})]
    return [(None, _reason(node, document, keyword, rule, value, own))]


def _reason(node: Result, document, keyword: str, rule: Any, value: Any, own: dict[str, Any]) -> str:
    what = _key_name(node)
    if keyword == "type":
        written = _written(node, document)
        if "pattern" in own and written is not None and not re.search(own["pattern"], written):
            # An id written as a number: quoting it would not help; say what an id is.
            return f"{what} {short(written)} {own.get('patternErrorMessage', 'does not match ' + own['pattern'])}"
        if rule == "string":
            return _not_text(node, document)
        items = own.get("items", {}).get("title") if rule == "array" else None
        expected = f"a list of {items.lower()}s" if items else _TYPES.get(rule, rule)
        return f"{what} must be {expected}, not {describe(value)}"
    if keyword == "enum":
        key = node.instance.key
        noun = key if key is not None and not key.isdigit() else own.get("title", "value").lower()
        return f"unknown {noun} {short(value)}; one of {', '.join(map(str, rule))}"
    if keyword == "const":
        return f"{what} must be {short(rule)}, not {short(value)}"
    if keyword == "pattern":
        return f"{what} {short(value)} {own.get('patternErrorMessage', f'does not match {rule}')}"
    if keyword == "format":
        return f"{what} {short(value)} {own.get('patternErrorMessage', f'is not a {rule}')}"
    if keyword == "minLength":
        return f"{what} must not be empty"
    if keyword == "minItems":
        return f"{what} must be a list of at least {rule}"
    if keyword == "minimum":
        return f"{what} must be at least {rule}, not {short(value)}"
    if keyword == "uniqueItems":
        twice = sorted({v for v in value if isinstance(v, str) and value.count(v) > 1})
        item = (own.get("items") or {}).get("title", "item").lower()
        return "; ".join(f"{item} {short(v)} is named twice" for v in twice) or f"{what} holds an item twice"
    return f"{what}: {node.error}"


def _written(node: Result, document) -> str | None:
    """The source text of a value written as a plain (unquoted) scalar, or None."""
    parent = node.instance.parent
    container = document
    for step in parent.path if parent is not None else ():
        container = container[int(step) if isinstance(container, list) else step]
    return container.plain.get(node.instance.key) if isinstance(container, Mapping) else None


def _not_text(node: Result, document) -> str:
    """A value that should be text: where YAML read a plain scalar as something else, "quote it"."""
    key = node.instance.key
    value = node.instance.value
    written = _written(node, document)
    if written is not None:
        return (f"{short(key)} must be text, but YAML reads {short(written)} as {describe(value)}: quote it, "
                f"{key}: \"{short(written, quote=False)}\"")
    name = short(key) if key is not None and not key.isdigit() else "each item"
    return f"{name} must be text, not {describe(value)}"
