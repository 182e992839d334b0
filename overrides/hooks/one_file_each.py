"""The edition's stylesheets and scripts reach a reader as one stylesheet and one script.

They are written one small file per behaviour (pages/assets/: cite, views, marks, layers, ...),
listed in mkdocs.yml under extra_css and extra_javascript in the order they apply. Served as
they are, a reading page asks for twelve files, each compressed on its own; joined, the
compression finds what they share and the page makes two requests instead of twelve. Before
the build, the two lists are replaced by one file each, generated here by joining the listed
files in their order (no other change: each script is a self-contained function). The files
themselves are still published, so an address to one of them keeps working.
"""

from __future__ import annotations

import rcssmin
import rjsmin
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.structure.files import File, Files

CSS, JS = "assets/edition-all.css", "assets/edition-all.js"
MINIFY = {"css": rcssmin.cssmin, "js": rjsmin.jsmin}
_listed: dict[str, list[str]] = {}


def on_config(config):
    _listed["css"] = [str(path) for path in config.extra_css]
    _listed["js"] = [str(getattr(script, "path", script)) for script in config.extra_javascript]
    if _listed["css"]:
        config.extra_css = [CSS]
    if _listed["js"]:
        config.extra_javascript = [ExtraScriptValue(JS)]
    return config


def _joined(files: Files, paths: list[str]) -> str:
    parts = []
    for path in paths:
        file = files.get_file_from_path(path)
        if file is None:  # as a link to it would, a file that is not there adds nothing
            continue
        parts.append(f"/* {path} */\n{file.content_string.rstrip()}\n")
    return "\n".join(parts)


def on_files(files: Files, config):
    for name, target in (("css", CSS), ("js", JS)):
        if _listed.get(name):
            joined = MINIFY[name](_joined(files, _listed[name]))
            files.append(File.generated(config, target, content=joined))
    return files
