"""YAML reading that means what it says, keeps line numbers, and refuses what it cannot trust.

The data is written by hand and arrives by pull request, so a data file is input like any
other. PyYAML's loaders follow YAML 1.1, where `no` is False, `010` is 8 and an unquoted date
is a date; they expand aliases (a "billion laughs" file exhausts memory), build objects from
tags, and recurse on deep nesting. Here the file is read from PyYAML's event stream, without
its constructors, and:

- plain scalars are resolved with the YAML 1.2 core schema: null, true/false (in any of their
  three spellings), decimal, octal `0o` and hexadecimal `0x` integers, floats; everything else,
  `no`, `on`, `010`-less forms and dates included, stays a string. Wherever a string is
  expected, a plain scalar read as something else is refused with "quote it" (load.py);
- tags, anchors, aliases, complex (collection) keys, keys that are not strings, more than one
  document, nesting deeper than MAX_DEPTH and integers longer than MAX_DIGITS digits are
  refused at their line, before anything is built from them;
- two equal keys in one mapping are refused (PyYAML would silently keep the last);
- a byte that is not UTF-8, or a character YAML does not allow, is reported at its own line.

Every mapping and sequence remembers its own line and the line of each key or item.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from yaml import events

from .model import Origin, Problem, short
from .plainfiles import NotPlain, read_plain

MAX_DEPTH = 12      # the data needs 4 (file, list, entry, list of forms)
MAX_DIGITS = 15     # a paragraph or occurrence number, never a 5,000-digit integer
MAX_BYTES = 5_000_000

_NULL = re.compile(r"^(?:null|Null|NULL|~|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_SPECIAL_FLOAT = {".inf": float("inf"), ".Inf": float("inf"), ".INF": float("inf"),
                  "+.inf": float("inf"), "+.Inf": float("inf"), "+.INF": float("inf"),
                  "-.inf": float("-inf"), "-.Inf": float("-inf"), "-.INF": float("-inf"),
                  ".nan": float("nan"), ".NaN": float("nan"), ".NAN": float("nan")}


class Mapping(dict):
    """A YAML mapping that remembers the line it starts on and each key's line (1-based)."""

    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.key_lines: dict[object, int] = {}
        # Where reading refused a node (on the top-level mapping only): see read_yaml.
        self.refused: frozenset[tuple[object, ...]] = frozenset()
        # The source text of each value written as a plain (unquoted) scalar, for "quote it".
        self.plain: dict[object, str] = {}

    def line_of(self, key) -> int:
        """The line of `key`, or of the mapping when the key is absent."""
        return self.key_lines.get(key, self.line)


class Sequence(list):
    """A YAML sequence that remembers the line it starts on and each item's line (1-based)."""

    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.item_lines: list[int] = []


def resolve_plain(value: str) -> object:
    """A plain scalar under the YAML 1.2 core schema (the caller bounds integers' length)."""
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        return int(value)
    if _OCT.match(value):
        return int(value[2:], 8)
    if _HEX.match(value):
        return int(value[2:], 16)
    if value in _SPECIAL_FLOAT:
        return _SPECIAL_FLOAT[value]
    if _FLOAT.match(value):
        return float(value)
    return value


def describe(value: object) -> str:
    """What YAML made of a plain scalar, for a message that asks to quote it."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the truth value {str(value).lower()}"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "text"


class _Stop(Exception):
    """Nothing more is read from the file; the problem is recorded."""


class _Reader:
    def __init__(self, loader: yaml.SafeLoader, name: str):
        self.loader = loader
        self.name = name
        self.problems: list[Problem] = []
        self.fatal = False
        # Where the reader is (keys and item indexes from the top), and where it refused a node:
        # the rest of the file is still read and validated, the entry holding a refusal is not.
        self.path: list[object] = []
        self.refused: set[tuple[object, ...]] = set()

    def refuse(self, event, what: str, reason: str) -> None:
        self.problems.append(Problem(Origin(self.name, event.start_mark.line + 1, what), reason))
        self.fatal = True
        self.refused.add(tuple(self.path))

    def next(self):
        event = self.loader.get_event()
        if getattr(event, "style", None) == "":  # libyaml's plain scalar; PyYAML's is None
            event.style = None
        return event

    def skip(self, event) -> None:
        """Consume the rest of a collection whose start `event` was refused."""
        depth = 1
        while depth:
            event = self.next()
            if isinstance(event, (events.MappingStartEvent, events.SequenceStartEvent)):
                depth += 1
            elif isinstance(event, (events.MappingEndEvent, events.SequenceEndEvent)):
                depth -= 1

    def check_node(self, event, depth: int) -> bool:
        """False when the node is refused (already recorded)."""
        if isinstance(event, events.AliasEvent):
            self.refuse(event, "alias", f"alias *{short(event.anchor, 40, quote=False)} refused: anchors and aliases "
                        "are not allowed in the edition's data; write the value out")
            return False
        ok = True
        if event.anchor is not None:
            self.refuse(event, "anchor", f"anchor &{short(event.anchor, 40, quote=False)} refused: anchors and "
                        "aliases are not allowed in the edition's data; write the value out")
            ok = False
        tag = getattr(event, "tag", None)
        if tag is not None:
            self.refuse(event, "tag", f"tag {short(tag, 60, quote=False)} refused: tags are not allowed in the "
                        "edition's data")
            ok = False
        if depth > MAX_DEPTH and isinstance(event, (events.MappingStartEvent, events.SequenceStartEvent)):
            self.refuse(event, "nesting", f"nested more than {MAX_DEPTH} levels deep; the edition's data needs "
                        "four at most")
            raise _Stop  # reading on through the rest would take as long as the nesting is deep
        if not ok and isinstance(event, (events.MappingStartEvent, events.SequenceStartEvent)):
            self.skip(event)
        return ok

    def scalar(self, event) -> tuple[object, bool]:
        """The scalar's value and whether it was written plain (unquoted)."""
        if event.style is not None or not event.implicit[0]:
            return event.value, False
        value = event.value
        digits = len(value.lstrip("+-"))
        if (_INT.match(value) or _OCT.match(value) or _HEX.match(value)) and digits > MAX_DIGITS:
            self.refuse(event, "number", f"a number of {digits} digits refused: no number in the edition's "
                        f"data has more than {MAX_DIGITS}; if it is text, quote it")
            return None, True
        return resolve_plain(value), True

    def value(self, event, depth: int) -> tuple[object, bool]:
        """A node's value, and whether it is a plain scalar."""
        if not self.check_node(event, depth):
            return None, False
        if isinstance(event, events.ScalarEvent):
            return self.scalar(event)
        if isinstance(event, events.SequenceStartEvent):
            return self.sequence(event, depth), False
        return self.mapping(event, depth), False

    def sequence(self, start, depth: int) -> Sequence:
        result = Sequence()
        result.line = start.start_mark.line + 1
        while not isinstance(event := self.next(), events.SequenceEndEvent):
            result.item_lines.append(event.start_mark.line + 1)
            self.path.append(len(result))
            result.append(self.value(event, depth + 1)[0])
            self.path.pop()
        return result

    def mapping(self, start, depth: int) -> Mapping:
        result = Mapping()
        result.line = start.start_mark.line + 1
        while not isinstance(key_event := self.next(), events.MappingEndEvent):
            key = self.key(key_event, depth)
            value_event = self.next()
            self.path.append(key)
            value, plain = self.value(value_event, depth + 1)
            self.path.pop()
            if key is None:
                continue
            line = key_event.start_mark.line + 1
            if key in result:
                self.problems.append(Problem(
                    Origin(self.name, line, f"key {short(key)}"),
                    f"duplicate key {short(key)} in one mapping (the first is on line {result.key_lines[key]})"))
                continue
            result.key_lines[key] = line
            if plain:
                result.plain[key] = value_event.value
            result[key] = value
        return result

    def key(self, event, depth: int) -> str | None:
        if not isinstance(event, events.ScalarEvent):
            if isinstance(event, (events.MappingStartEvent, events.SequenceStartEvent)):
                self.refuse(event, "key", "a list or mapping as a key refused: keys are names")
                self.skip(event)
            else:
                self.check_node(event, depth + 1)
            return None
        if not self.check_node(event, depth + 1):
            return None
        value, plain = self.scalar(event)
        if not isinstance(value, str):
            self.refuse(event, "key", f"key {short(event.value)} refused: YAML reads it as {describe(value)}; "
                        "keys are names")
            return None
        return value

    def document(self):
        self.next()  # stream start
        event = self.next()
        if isinstance(event, events.StreamEndEvent):
            return None
        root = self.value(self.next(), 1)[0]
        self.next()  # document end
        event = self.next()
        if not isinstance(event, events.StreamEndEvent):
            self.refuse(event, "file", "a second YAML document (after `---`) refused: a data file holds one")
        return root


def _line_at(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def read_yaml(path: Path, name: str) -> tuple[object, list[Problem]]:
    """The document in `path` and the problems found reading it; `name` is how errors cite the file.

    When a construct is refused, its value is None and the document's `refused` names where (as
    paths of keys and item indexes): the entry holding it is not validated further, the rest is.
    When the whole file is refused (it is not YAML, or not one mapping), the document is None.
    """
    try:  # looked at before it is read: a link, a device or a file over the limit is refused unread
        raw = read_plain(path, MAX_BYTES)
    except NotPlain as error:
        return None, [Problem(Origin(name, 1, "file"), str(error))]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return None, [Problem(Origin(name, line, "file"), f"not UTF-8: byte 0x{raw[error.start]:02x} on this line "
                              f"({error.reason}); save the file as UTF-8")]
    if text.startswith("\ufeff"):
        text = text[1:]
    if _FAST_LOADER is not None:
        document, problems = _read(text, name, _FAST_LOADER)
        if not problems:
            return document, problems
    return _read(text, name, yaml.SafeLoader)


# libyaml's parser, where PyYAML was built with it, reads a large annotation file several times
# faster than PyYAML's own. A file it finds any problem in is read again by PyYAML's, so every
# problem is found, worded and placed as documented above, whichever parser is installed.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _read(text: str, name: str, loader_class) -> tuple[object, list[Problem]]:
    loader = None
    try:
        loader = loader_class(text)
        reader = _Reader(loader, name)
        document = reader.document()
    except _Stop:
        return None, reader.problems
    except yaml.reader.ReaderError as error:
        character = error.character if isinstance(error.character, str) else chr(error.character)
        return None, [Problem(Origin(name, _line_at(text, error.position), "file"),
                              f"the character U+{ord(character):04X} is not allowed in YAML; remove it or "
                              "write it as an escape in a double-quoted string")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(error, "problem", None) or str(error)
        context, context_mark = getattr(error, "context", None), getattr(error, "context_mark", None)
        if context and context_mark is not None and context_mark.line + 1 != line:
            context += f" that begins on line {context_mark.line + 1}"
        detail = f"{reason} ({context})" if context else reason
        return None, [Problem(Origin(name, line, "file"), f"not valid YAML: {short(detail, 200, quote=False)}")]
    finally:
        if loader is not None:
            loader.dispose()
    if reader.fatal:
        if () in reader.refused or not isinstance(document, Mapping):
            return None, reader.problems
        document.refused = frozenset(reader.refused)
    return document, reader.problems


class ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as data: MkDocs' own tags (!ENV, !!python/name) read as nothing; each
    mapping remembers its line; dates stay text."""

    def construct_mapping(self, node, deep=False):
        mapping = Mapping(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        return mapping


ConfigLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, ConfigLoader.construct_mapping)
ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
ConfigLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
