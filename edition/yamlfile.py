"""YAML reading that keeps line numbers and refuses duplicate keys.

PyYAML silently keeps the last of two equal keys; an editor who pastes an entry twice
would lose one without a word, so a duplicate key is reported as a problem here.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .model import Origin, Problem


class Mapping(dict):
    """A YAML mapping that remembers the line it starts on and each key's line (1-based)."""

    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.key_lines: dict[object, int] = {}

    def line_of(self, key) -> int:
        """The line of `key`, or of the mapping when the key is absent."""
        return self.key_lines.get(key, self.line)


class _Loader(yaml.SafeLoader):
    def __init__(self, stream, name: str):
        super().__init__(stream)
        self.name = name
        self.problems: list[Problem] = []

    def construct_mapping(self, node, deep=False):
        mapping = Mapping()
        mapping.line = node.start_mark.line + 1
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in mapping:
                line = key_node.start_mark.line + 1
                self.problems.append(
                    Problem(Origin(self.name, line, f"key {key!r}"),
                            f"duplicate key {key!r} in one mapping (the first is on line {mapping_key_line(node, key)})")
                )
            else:
                mapping.key_lines[key] = key_node.start_mark.line + 1
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def mapping_key_line(node, key) -> int:
    for key_node, _ in node.value:
        if key_node.value == key:
            return key_node.start_mark.line + 1
    return node.start_mark.line + 1


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_mapping)
# Dates stay strings: the metadata says how a date is written, YAML must not reinterpret it.
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, name: str) -> tuple[object, list[Problem]]:
    """The document in `path` and the problems found reading it; `name` is how errors cite the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return None, [Problem(Origin(name, 1, "file"), f"not UTF-8 ({error.reason})")]
    loader = _Loader(text, name)
    try:
        document = loader.get_single_data()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(error, "problem", None) or str(error)
        return None, [Problem(Origin(name, line, "file"), f"not valid YAML: {reason}")]
    finally:
        loader.dispose()
    return document, loader.problems
