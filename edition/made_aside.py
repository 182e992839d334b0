"""Files made in a second process while MkDocs builds the pages (the exports: TEI, EPUB, JSON, ...).

They come from the validated reading and no page's content depends on theirs; only their names
are needed early, when MkDocs collects the files and checks the pages' links to them. So
`build` names them to MkDocs at once (`on_files`) and makes them in a forked process on the
machine's other core, while MkDocs converts the pages; MkDocs copies them into the site after
the last page is converted (`on_env` waits for them first). A failure in that process is a bug,
raised in the build as an error naming it; the site is then left as it was.
"""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from pathlib import Path

from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File as MkDocsFile
from mkdocs.structure.files import Files

from .exports import LaterFiles
from .downloads import File

ERROR_FILE = ".error"  # what the process writes if making the files fails


def _make_into(later: LaterFiles, folder: Path) -> None:
    """In the second process: make the files and write each under `folder`."""
    try:
        for file in later.make():
            target = folder / file.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.content)
    except BaseException:  # noqa: BLE001 - reported by the build process, as a bug, not as a traceback
        (folder / ERROR_FILE).write_text(traceback.format_exc(), encoding="utf-8")
        sys.exit(1)


class MadeAside(BasePlugin):
    """A plugin the build adds to MkDocs' configuration for the time of one build."""

    def __init__(self, later: LaterFiles, folder: Path):
        super().__init__()
        self.later, self.folder = later, folder
        folder.mkdir(parents=True, exist_ok=True)
        # fork: the process starts with the reading already in memory, nothing is pickled.
        self.process = multiprocessing.get_context("fork").Process(target=_make_into, args=(later, folder))
        self.process.start()

    def on_files(self, files: Files, config) -> Files:
        for path in self.later.paths:
            files.append(MkDocsFile(path, str(self.folder), config.site_dir, config.use_directory_urls))
        return files

    def on_env(self, env, config, files):
        self.wait()
        return env

    def wait(self) -> None:
        self.process.join()
        error = self.folder / ERROR_FILE
        if self.process.exitcode != 0 or error.exists():
            told = error.read_text(encoding="utf-8").strip().splitlines()[-1:] if error.exists() else []
            raise RuntimeError(f"making the downloads failed ({'; '.join(told) or f'exit {self.process.exitcode}'})")

    def made(self) -> tuple[File, ...]:
        """The files as made, once `wait` has returned."""
        return tuple(File(path, (self.folder / path).read_bytes()) for path in self.later.paths)

    def close(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
