"""Files are plain files inside the repository: what the pipeline reads and where build writes.

A pull request can commit a symbolic link, and a checkout can hold a device or a folder where
a file should be. Followed, a link in source/ or pages/ publishes a file from outside the
repository (`/etc/os-release` as a witness), `annotations/zero.yaml` -> `/dev/zero` is read
without end, and `build/docs` -> another folder makes build delete that folder's files. So:

- every path is looked at with `lstat` (the link itself, never its target) before it is used;
  a link, a device, a pipe or a socket where a data file or folder should be is refused at its
  path, and never read;
- a file's size is checked before it is read, and it is read through a descriptor opened
  without following links, no more than its limit;
- build/ and build/docs, where the generated Markdown goes, must be real folders (or absent)
  holding no link; the site folder must be a real folder (or absent), and may not hold the
  repository or its data (edition/export.py checks it before anything is written).
"""

from __future__ import annotations

import fnmatch
import os
import stat
from pathlib import Path

from .problems import Origin, Problem, short

MAX_TEXT_BYTES = 20_000_000   # a witness: the longest book is a few megabytes
MAX_PAGE_BYTES = 5_000_000    # a hand-written page or asset in pages/, and the configuration
# What the data folders are: the folders read (the first two one level deep) and the files.
DATA_FOLDERS = ("source", "annotations", "pages")
DATA_FILES = ("glossary.yaml",)
GENERATED = ("build", "build/docs")


class NotPlain(OSError):
    """A path that is not a plain file of an allowed size; the message says what it is."""


def what_is(path: Path) -> str:
    """What stands at `path`, looked at without following a link: "" for a plain file."""
    try:
        mode = os.lstat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"a symbolic link (to {short(target, 80, quote=False)})"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    return "a socket" if stat.S_ISSOCK(mode) else "not a plain file"


def is_plain(path: Path) -> bool:
    return what_is(path) == ""


def is_folder(path: Path) -> bool:
    """A real folder, not a link to one."""
    return what_is(path) == "a folder"


def read_plain(path: Path, limit: int) -> bytes:
    """The bytes of a plain file of at most `limit` bytes; NotPlain otherwise, before anything is read."""
    what = what_is(path)
    if what == "missing":
        raise FileNotFoundError(2, "No such file or directory", str(path))
    if what:
        raise NotPlain(f"is {what}; the edition reads only plain files inside the repository: put the file itself here")
    size = os.lstat(path).st_size
    if size > limit:
        raise NotPlain(f"is {size:,} bytes; a file here is at most {limit:,}")
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):  # replaced since it was looked at
            raise NotPlain("changed into something other than a plain file while it was read")
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise NotPlain(f"grew past {limit:,} bytes while it was read")
    return data


def listed(folder: Path, pattern: str = "*") -> list[Path]:
    """The plain files and real folders directly in `folder` whose names match `pattern`, in order;
    none if `folder` is not a real folder. Links and devices are left out: `data_problems` names them."""
    if not is_folder(folder):
        return []
    return sorted(path for path in folder.iterdir()
                  if fnmatch.fnmatchcase(path.name, pattern) and what_is(path) in ("", "a folder"))


def plain_files(folder: Path) -> list[Path]:
    """Every plain file under `folder`, at any depth, without entering a linked folder."""
    if not is_folder(folder):
        return []
    found = []
    for top, folders, files in os.walk(folder, followlinks=False):
        folders[:] = sorted(name for name in folders if is_folder(Path(top) / name))
        found += [Path(top) / name for name in sorted(files) if is_plain(Path(top) / name)]
    return found


def _problem(root: Path, path: Path, reason: str) -> Problem:
    return Problem(Origin(path.relative_to(root).as_posix(), 1, "file"), reason)


def data_problems(root: Path) -> list[Problem]:
    """Each path of the edition's data or generated folders that is not what it must be, at its path."""
    problems = []
    for name in (*DATA_FOLDERS, *GENERATED):
        folder = root / name
        if name == "build/docs" and not is_folder(root / "build"):
            continue  # its parent is reported, and is not looked through
        what = what_is(folder)
        if what == "missing":
            continue
        if what != "a folder":
            written = "build writes the generated Markdown there" if name in GENERATED else "it holds the edition's data"
            problems.append(_problem(root, folder, f"is {what or 'a file'}, where a folder must be ({written}); "
                                     "the edition uses only real folders inside the repository: remove it"))
            continue
        for path in [] if name == "build" else _entries(folder, deep=name in ("pages", "build/docs")):
            what = what_is(path)
            if what not in ("", "a folder"):
                problems.append(_problem(root, path, f"is {what}; the edition reads and writes only plain files "
                                         "inside the repository: put the file itself here, or remove it"))
    for name in DATA_FILES:
        what = what_is(root / name)
        if what not in ("", "missing", "a folder"):  # a folder: load reports it
            problems.append(_problem(root, root / name, f"is {what}; the edition reads only plain files inside the "
                                     "repository: put the file itself here"))
    return problems


def _entries(folder: Path, deep: bool) -> list[Path]:
    """What `folder` holds (at any depth if `deep`), without entering a linked folder."""
    if not deep:
        return sorted(folder.iterdir())
    found = []
    for top, folders, files in os.walk(folder, followlinks=False):
        found += [Path(top) / name for name in sorted([*folders, *files])]
        folders[:] = sorted(name for name in folders if is_folder(Path(top) / name))
    return found


# What a folder build may replace holds: nothing, or a site (MkDocs writes both into every one).
SITE_MARKERS = ("404.html", "sitemap.xml")


def site_folder_problem(root: Path, site_dir: Path) -> str:
    """Why build may not replace `site_dir` with a new site ("" if it may): it must be a real
    folder or absent, hold a site or nothing, and neither hold nor be inside the repository's
    data, so that no option or committed file makes build delete anything else."""
    what = what_is(site_dir)
    if what not in ("missing", "a folder"):
        return (f"{site_dir}: is {what}, where build puts the site: remove it, or choose another folder with "
                "--site-dir")
    real_site, real_root = site_dir.resolve(), root.resolve()
    if real_site == real_root or real_site in real_root.parents:
        return f"{site_dir}: holds the repository, which build would replace: choose another folder with --site-dir"
    if real_root in real_site.parents:
        top = real_site.relative_to(real_root).parts[0]
        if top in (*DATA_FOLDERS, *GENERATED, "overrides", "edition", ".git"):
            return (f"{site_dir}: is inside {top}/, which is not build's to replace: choose another folder with "
                    "--site-dir")
    if what == "a folder" and any(site_dir.iterdir()) and not all((site_dir / n).is_file() for n in SITE_MARKERS):
        return (f"{site_dir}: holds files but no site ({', '.join(SITE_MARKERS)}), and build replaces the whole "
                "folder: empty it, or choose another with --site-dir")
    return ""
