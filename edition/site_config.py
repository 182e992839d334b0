"""mkdocs.yml, read once, by MkDocs' own loader and validated by MkDocs' own schema.

Everything the edition takes from the configuration comes from here: the published address
(`site_url`), the edition's identity (`extra.edition`, read by load.py) and the Markdown
converter (`markdown_extensions` and `mdx_configs`, exactly as MkDocs hands them to
Python-Markdown for a page). The file is read with MkDocs' reader (its `!ENV` and `!relative`
tags and `INHERIT` included), with two differences that keep it data: every mapping remembers
its line, so a problem is reported at `mkdocs.yml:LINE`, and a date stays text.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import get_yaml_loader, yaml_load

from .markup import Markup
from .plainfiles import MAX_PAGE_BYTES, NotPlain, read_plain
from .problems import Origin, Problem
from .yamlfile import Mapping


class _LineLoader(yaml.Loader):
    """MkDocs' base loader, whose mappings remember their line and each key's line."""

    def construct_mapping(self, node, deep=False):
        mapping = Mapping(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {key.value: key.start_mark.line + 1 for key, _ in node.value
                             if isinstance(key, yaml.ScalarNode)}
        return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
# A date stays text (`date_released: 2026-11-30` is checked as a string, not made a datetime).
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.Loader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class SiteConfig:
    """The validated configuration, and what the edition reads from it."""

    path: Path
    name: str  # as messages name the file: relative to the edition's folder where it is inside it
    document: Mapping  # the file as read, lines included (`extra.edition` is checked from it)
    mkdocs: MkDocsConfig

    @property
    def site_url(self) -> str:
        """The published address, ending in a slash ("/" when none is set)."""
        url = self.mkdocs.site_url or ""
        return url if url.endswith("/") else url + "/"

    @property
    def extra(self) -> Any:
        return self.document.get("extra")

    @functools.cached_property
    def markup(self) -> Markup:
        """The one Markdown converter: the extensions and their options as MkDocs builds a page with."""
        return Markup(tuple(self.mkdocs.markdown_extensions), self.mkdocs.mdx_configs)

    def line_of(self, *keys: str) -> int:
        """The line of the nested key `keys` (as far as it exists), else 1."""
        node: Any = self.document
        line = 1
        for key in keys:
            if not isinstance(node, Mapping) or key not in node:
                break
            line = node.line_of(key)
            node = node[key]
        return line

    def for_build(self, **settings: Any) -> MkDocsConfig:
        """MkDocs' configuration for one build: the file as read, with `settings` (the folders, the
        navigation) replacing its values; validated afresh, as MkDocs' load_config does."""
        config = MkDocsConfig(config_file_path=str(self.path))
        config.load_dict(copy.deepcopy(dict(self.document)))
        config.load_dict({key: value for key, value in settings.items() if value is not None})
        errors, warnings = config.validate()
        if errors or warnings:
            raise ConfigurationError("; ".join(f"{key}: {message}" for key, message in errors + warnings))
        return config


def load_site_config(path: Path, root: Path, problems: list[Problem]) -> SiteConfig | None:
    """The configuration at `path`, or None with every mistake in it added to `problems`, each at its line.

    MkDocs validates `docs_dir` as an existing folder, but the generated docs exist only once
    `build` has written them: this package's folder stands in for it here (`for_build` names the real one).
    """
    name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    config = MkDocsConfig(config_file_path=str(path))
    try:
        read_plain(path, MAX_PAGE_BYTES)  # looked at first: a link or a device is refused unread
        with open(path, "rb") as stream:
            document = yaml_load(stream, loader=get_yaml_loader(_LineLoader, config=config))
    except NotPlain as error:
        problems.append(Problem(Origin(name, 1, "file"), str(error)))
        return None
    except FileNotFoundError:
        problems.append(Problem(Origin(name, 1, "extra.edition"),
                                f"no configuration: {name} is missing (it holds the edition's identity)"))
        return None
    except ConfigurationError as error:
        cause = error.__context__
        mark = getattr(cause, "problem_mark", None)
        problems.append(Problem(Origin(name, mark.line + 1 if mark else 1, "file"), f"not valid YAML: {cause or error}"))
        return None
    if not isinstance(document, Mapping):
        problems.append(Problem(Origin(name, 1, "file"), "not a mapping of MkDocs settings"))
        return None
    site = SiteConfig(path, name, document, config)
    config.load_dict(copy.deepcopy(dict(document)))
    config.load_dict({"docs_dir": str(Path(__file__).parent)})
    errors, warnings = config.validate()
    for key, message in errors + warnings:
        problems.append(Problem(Origin(name, site.line_of(key), key), f"MkDocs refuses the setting: {message}"))
    return None if errors or warnings else site
