"""mkdocs.yml, read once, by MkDocs' own loader and validated by MkDocs' own schema.

Everything the edition takes from the configuration comes from here: the published address
(`site_url`), the edition's identity (`extra.edition`, read by load.py) and the Markdown
converter (`markdown_extensions` and `mdx_configs`, exactly as MkDocs hands them to
Python-Markdown for a page). The file is read with MkDocs' reader (its `!ENV` and `!relative`
tags and `INHERIT` included), with two differences that keep it data: every mapping remembers
its line, so a problem is reported at `mkdocs.yml:LINE`, and a date stays text.

mkdocs.yml is code as much as data: it names the theme overrides, the hooks and the Markdown
extensions, which run in every build and are reviewed as code. Where it is data, it is checked
as data first (`site_url`, the extensions' names; `extra.edition` in load.py), and only a
configuration that passes is handed to MkDocs' validation, which imports the extensions, the
hooks and the plugins: `check` runs no code a configuration names before it has read it.
"""

from __future__ import annotations

import copy
import functools
import importlib.machinery
import importlib.util
import re
from importlib.metadata import entry_points
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import get_yaml_loader, yaml_load

from .markup import Markup
from .plainfiles import MAX_PAGE_BYTES, NotPlain, read_plain
from .problems import Origin, Problem, short
from .yamlfile import Mapping, Sequence


class _LineLoader(yaml.SafeLoader):
    """MkDocs' reader made safe, whose mappings remember their line and each key's line.

    MkDocs reads with PyYAML's full Loader, where a `!!python/...` tag imports a module or calls a
    function as the file is read. Here such a tag is kept as a `PythonTag`; a configuration that
    has one is read again by MkDocs' own reader once its data has been checked (`_full_reading`).
    """

    def construct_mapping(self, node, deep=False):
        mapping = Mapping(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {key.value: key.start_mark.line + 1 for key, _ in node.value
                             if isinstance(key, yaml.ScalarNode)}
        return mapping


    def construct_sequence(self, node, deep=False):
        sequence = Sequence(super().construct_sequence(node, deep=deep))
        sequence.line = node.start_mark.line + 1
        sequence.item_lines = [item.start_mark.line + 1 for item in node.value]
        return sequence


@dataclass(frozen=True)
class PythonTag:
    """A `!!python/...` tag, read as what it names and not run."""

    tag: str
    value: Any


_LineLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: PythonTag(
    suffix, loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else None))
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_sequence)
# A date stays text (`date_released: 2026-11-30` is checked as a string, not made a datetime).
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# An address the edition publishes as a link (its own, its repository's): http(s), a host, and
# none of the characters that would end an HTML attribute or a Markdown link.
WEB_ADDRESS = re.compile(r"https?://[^\s\"'<>\\^`{|}\x00-\x1f\x7f]+")


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
    def language(self) -> str:
        """The edition's own language, its apparatus's: the theme's (`theme.language`, Material's "en" by default)."""
        theme = self.document.get("theme")
        language = theme.get("language") if isinstance(theme, Mapping) else None
        return language if isinstance(language, str) and language else "en"

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
    """The configuration at `path`, read and validated, or None with every mistake in it added to
    `problems`, each at its line. (The pipeline reads it, checks `extra.edition` too, and only then
    validates it: load.load_data.)"""
    site = read_site_config(path, root, problems)
    return site if site is not None and validate_site_config(site, problems) else None


def read_site_config(path: Path, root: Path, problems: list[Problem]) -> SiteConfig | None:
    """The configuration at `path` read as data and checked where it is data (nothing it names is
    imported), or None with its mistakes added to `problems`."""
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
    found = _data_problems(site)
    problems.extend(found)
    return None if found else site


def validate_site_config(site: SiteConfig, problems: list[Problem]) -> bool:
    """MkDocs' own validation of a configuration whose data is sound: it imports the theme, the
    plugins, the hooks and the Markdown extensions the configuration names. Its refusals are added
    to `problems`, each at its line.

    MkDocs validates `docs_dir` as an existing folder, but the generated docs exist only once
    `build` has written them: this package's folder stands in for it here (`for_build` names the real one).
    """
    config = site.mkdocs
    config.load_dict(copy.deepcopy(dict(_full_reading(site))))
    config.load_dict({"docs_dir": str(Path(__file__).parent)})
    errors, warnings = config.validate()
    for key, message in errors + warnings:
        problems.append(Problem(Origin(site.name, site.line_of(key), key), f"MkDocs refuses the setting: {message}"))
    return not (errors or warnings)


def _full_reading(site: SiteConfig) -> dict[str, Any]:
    """The configuration as MkDocs reads it: the safe reading, unless it holds a `!!python/` tag,
    which only MkDocs' own reader makes into what it names."""
    if not _holds_python_tags(site.document):
        return site.document
    with open(site.path, "rb") as stream:
        return yaml_load(stream, loader=get_yaml_loader(config=site.mkdocs))


def _holds_python_tags(value: Any) -> bool:
    if isinstance(value, PythonTag):
        return True
    if isinstance(value, dict):
        return any(_holds_python_tags(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_python_tags(v) for v in value)
    return False


def _data_problems(site: SiteConfig) -> list[Problem]:
    """What is wrong in the configuration's data, read without importing anything it names."""
    document, found = site.document, []
    url = document.get("site_url")
    if url is not None and not (isinstance(url, str) and WEB_ADDRESS.fullmatch(url)):
        found.append(Problem(Origin(site.name, site.line_of("site_url"), "site_url"),
                             f"{short(url, 80)} is not an http(s) address without spaces, quotation marks or angle "
                             "brackets: every page's head and the citations print it"))
    extensions = document.get("markdown_extensions")
    if extensions is None:
        return found
    if not isinstance(extensions, list):
        return [*found, Problem(Origin(site.name, site.line_of("markdown_extensions"), "markdown_extensions"),
                                "must be a list of extension names, each with its options or not")]
    lines = getattr(extensions, "item_lines", [])
    for index, entry in enumerate(extensions):
        line = lines[index] if index < len(lines) else site.line_of("markdown_extensions")
        name = next(iter(entry)) if isinstance(entry, dict) and len(entry) == 1 else entry
        if not isinstance(name, str):
            found.append(Problem(Origin(site.name, line, "markdown_extensions"),
                                 f"{short(entry, 80)} is not an extension: write its name, or its name with its "
                                 "options as a mapping"))
        elif not _extension_installed(name):
            found.append(Problem(Origin(site.name, line, "markdown_extensions"),
                                 f"no Markdown extension named {short(name)} is installed (misspelt?); the site "
                                 "converts every page with these"))
    return found


def _extension_installed(name: str) -> bool:
    """Whether Python-Markdown can find the extension `name` (an entry point's name or a module's
    path, `module:Class` included), found without importing, let alone running, its module."""
    return _module_found(name.split(":", 1)[0]) or name in _entry_point_names()


@functools.cache
def _entry_point_names() -> frozenset[str]:
    """The extensions installed packages name (Python-Markdown's own `toc`, `tables`, ...): read once,
    and only for a name that is not a module's path (reading them scans every installed package)."""
    return frozenset(point.name for point in entry_points(group="markdown.extensions"))


def _module_found(path: str) -> bool:
    parts = path.split(".")
    try:
        spec = importlib.util.find_spec(parts[0])  # a top-level name is found, not imported
        for depth in range(1, len(parts)):
            locations = spec.submodule_search_locations if spec else None
            if locations is None:
                return False
            spec = importlib.machinery.PathFinder.find_spec(".".join(parts[: depth + 1]), list(locations))
    except (ImportError, ValueError):
        return False
    return spec is not None
