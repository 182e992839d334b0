"""mkdocs.yml, extra.edition and pages/ checked by `check` as data (issue 21, point 7).

Each planted mistake is refused at its file and line as a configuration or page problem (exit 1,
never "internal error" or "a bug in the edition's code"), and nothing a configuration names is
imported before the configuration has been read and found sound.
"""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SMALL_FILES, run_cli

CONFIG = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def config_with(old: str, new: str) -> str:
    assert re.search(old, CONFIG, re.M), old
    return re.sub(old, lambda _: new, CONFIG, count=1, flags=re.M)


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def refused(root, file: str, line: int, *words: str) -> str:
    result = run_cli("check", root=root)
    err = result.stderr
    assert result.returncode == 1, err
    assert "internal error" not in err and "bug" not in err and "Traceback" not in err, err
    mine = [m for m in err.splitlines() if m.startswith(f"{file}:{line}: ")]
    assert mine and all(any(word in m for m in mine) for word in words), err
    return err


@pytest.mark.parametrize("old, new, needle, words", [
    (r"^site_url: .*$", "site_url: javascript:alert(1)", "site_url:", ("site_url", "http(s) address")),
    (r"^site_url: .*$", "site_url: 'https://example.org/\"><script>alert(1)</script>'", "site_url:",
     ("site_url", "quotation marks")),
    (r"^  - attr_list$", "  - attr_lsit", "attr_lsit", ("no Markdown extension named 'attr_lsit'",)),
    (r"^  - pymdownx\.details$", "  - pymdownx.detials", "detials", ("'pymdownx.detials'",)),
    (r"^    repository: .*$", "    repository: javascript:alert(1)", "repository:", ("'repository'", "http")),
    (r"^    publisher: .*$", '    publisher: "The\\fEditors"', "publisher:", ("'publisher'",)),
    (r"^    title: .*$", '    title: "An \\u202eedition"', "    title:", ("bidirectional",)),
])
def test_a_configuration_mistake_is_refused_at_its_line_as_a_configuration_mistake(make_edition, old, new, needle, words):
    config = config_with(old, new)
    root = make_edition({**SMALL_FILES, "mkdocs.yml": config})
    refused(root, "mkdocs.yml", line_of(config, needle), *words)


HOOK = """
from pathlib import Path
Path(__file__).with_name("imported").write_text("the hook ran")
"""


@pytest.mark.parametrize("broken", ["site_url", "extra.edition", None])
def test_check_imports_no_code_the_configuration_names_before_the_configuration_is_sound(make_edition, broken):
    config = config_with(r"^hooks:$", "hooks:\n  - planted_hook.py")
    if broken == "site_url":
        config = config.replace("site_url: !ENV", "site_url: javascript:alert(1) #", 1)
    elif broken == "extra.edition":
        config = config_with(r"^    repository: .*$", "    repository: javascript:alert(1)")
        config = config.replace("hooks:\n", "hooks:\n  - planted_hook.py\n", 1)
    root = make_edition({**SMALL_FILES, "mkdocs.yml": config, "planted_hook.py": HOOK})
    result = run_cli("check", root=root)
    assert result.returncode == (1 if broken else 0), result.stderr
    # The control: a sound configuration's hooks are imported by MkDocs' validation, as in a build.
    assert (root / "imported").exists() is (broken is None)


def test_a_python_tag_in_the_configuration_is_not_run_by_check(make_edition):
    """MkDocs reads mkdocs.yml with PyYAML's full Loader, where !!python/object/apply calls a function."""
    marker = "python-tag-ran"
    config = config_with(r"^site_url: .*$", f'site_url: !!python/object/apply:os.system ["touch {marker}"]')
    root = make_edition({**SMALL_FILES, "mkdocs.yml": config})
    result = run_cli("check", root=root)
    assert result.returncode == 1 and "mkdocs.yml:" in result.stderr and "site_url" in result.stderr, result.stderr
    assert not (root / marker).exists() and not (ROOT / marker).exists()


PAGE = """# A page

Text with [a link](notes.md) and [a heading](#a-page).
"""


@pytest.mark.parametrize("planted, words", [
    ("<script>alert(1)</script>", ("<script>",)),
    ('<p onclick="alert(1)">Click</p>', ("event handler", "'onclick'")),
    ('<img src="https://evil.example/pixel.png">', ("another host",)),
    ("[Evil](javascript:alert(1))", ("scheme 'javascript'",)),
    ("[Gone](glossary.md#no-such-term)", ("glossary.md has no anchor 'no-such-term'",)),
    ("[Nowhere](#nowhere)", ("no anchor 'nowhere'",)),
    ("[Root](/notes/)", ("from the server's root",)),
])
def test_a_page_is_checked_as_data_at_its_line(make_edition, planted, words):
    page = PAGE + "\nMore text.\n\n" + planted + "\n"
    root = make_edition({**SMALL_FILES, "pages/extra.md": page})
    refused(root, "pages/extra.md", line_of(page, planted), *words)


def test_a_sound_page_passes(make_edition):
    root = make_edition({**SMALL_FILES, "pages/extra.md": PAGE})
    result = run_cli("check", root=root)
    assert result.returncode == 0, result.stderr
