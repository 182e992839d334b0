"""Trust the whole build, not each entry alone (issue 21): hostile cases that combine entries,
that are not plain files, or that aim at the build itself. Each plants its case, asserts the
refusal (or the inert output), and that a site built before is left byte for byte as it was.
"""

from __future__ import annotations

import shutil
import textwrap

import pytest
from bs4 import BeautifulSoup
from conftest import SMALL_FILES, run_cli, write_edition

A, S, G, T = "annotations/small.yaml", "source/small.yaml", "glossary.yaml", "source/small.txt"


def snapshot(folder):
    """Every file and link under `folder`, with its bytes or target: what a refused build must not change."""
    found = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[key] = ("link", str(path.readlink()))
        elif path.is_file():
            found[key] = path.read_bytes()
    return found


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    """The small edition with a good site built, once for the module."""
    root = tmp_path_factory.mktemp("built") / "edition"
    write_edition(root, {name: textwrap.dedent(content).lstrip("\n") for name, content in SMALL_FILES.items()})
    assert run_cli("build", root=root).returncode == 0
    return root


@pytest.fixture
def built(built_once, tmp_path):
    """A copy of the small edition with a good site built (where small_edition puts it): a test plants
    its case and rebuilds. Copied, not rebuilt: a build per test cost the module most of its time."""
    root = tmp_path / "edition"
    shutil.copytree(built_once, root, symlinks=True)
    return root


def refused(root, *lines: str) -> None:
    """`check` and `build` both refuse with each line given, and site/ is as it was."""
    before = snapshot(root / "site")
    for command in ("check", "build"):
        result = run_cli(command, root=root)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
        for line in lines:
            assert line in result.stderr, result.stderr
    assert snapshot(root / "site") == before


def replace(root, name: str, old: str, new: str | bytes) -> None:
    path = root / name
    data = path.read_bytes()
    assert old.encode() in data, (name, old)
    path.write_bytes(data.replace(old.encode(), new if isinstance(new, bytes) else new.encode(), 1))


# The witness: characters no export can carry ----------------------------------------------

@pytest.mark.parametrize("char", ["\x0c", "\x1b", "\x00", "\x7f", "\x85", "\ufffe"])
def test_a_character_xml_or_html_cannot_carry_is_refused_in_a_witness_at_its_line(char, built):
    from conftest import record_witness_hash
    replace(built, T, "second paragraph", f"second{char}paragraph")
    record_witness_hash(built / S)
    refused(built, f"source/small.txt:7: text 'small': holds U+{ord(char):04X} (")


# A note's bare CR line breaks stay inside its footnote ------------------------------------

def test_a_notes_bare_cr_line_breaks_keep_its_second_paragraph_in_the_note(built):
    replace(built, A, "text: A note.", 'text: "A note.\\r\\rIts second paragraph.\\r\\rAnd a third."')
    result = run_cli("build", root=built)
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((built / "site" / "small" / "index.html").read_text(encoding="utf-8"), "html.parser")
    note = page.find(id="fn:ties")
    assert "Its second paragraph." in note.get_text() and "And a third." in note.get_text()
    article = page.find("article")
    outside = [p for p in article.find_all("p") if "second paragraph." in p.get_text() and not p.find_parent(id="fn:ties")]
    assert outside == []


# Entries that combine on a page: the output gate ------------------------------------------

TWO_NOTES = """    text: |
      Sources.

      [ref]: javascript:alert(document.domain)
      [pix]: https://evil.example/pixel.png
  - id: other
    paragraph: 1
    phrase: round
    text: See [the source][ref] and ![][pix].
"""


def test_two_notes_that_each_look_clean_never_make_a_live_link(built):
    """Note A holds only reference definitions, note B uses them: whichever stage refuses it (each
    note rendered alone, or the output gate on the built page), the build fails and no
    javascript: URL or other host's image is published."""
    replace(built, A, "    text: A note.\n", TWO_NOTES)
    before = snapshot(built / "site")
    result = run_cli("build", root=built)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "annotations/small.yaml:" in result.stderr and "'other'" in result.stderr, result.stderr
    assert snapshot(built / "site") == before


def test_two_definitions_never_make_a_data_link_on_the_glossary(built):
    replace(built, G, "    definition: Not square.\n", """    definition: |
      Not square.

      [d]: data:text/html,<script>alert(1)</script>
  - id: whole
    term: whole
    forms: [whole]
    definition: See [this][d].
""")
    before = snapshot(built / "site")
    result = run_cli("build", root=built)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "glossary.yaml:" in result.stderr, result.stderr
    assert snapshot(built / "site") == before


def test_a_script_link_in_the_editions_identity_fails_the_build_at_the_built_file(built):
    """`extra.edition.repository` becomes a link in the EPUB's title page: the gate reads the EPUB."""
    replace(built, "mkdocs.yml", "repository: https://github.com/example/edition", "repository: javascript:alert(1)")
    before = snapshot(built / "site")
    result = run_cli("build", root=built)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "javascript" in result.stderr, result.stderr
    assert snapshot(built / "site") == before


def test_a_quote_and_a_script_in_site_url_fail_the_build(built):
    before = snapshot(built / "site")
    result = run_cli("build", root=built, env={"SITE_URL": 'https://example.org/a"><script>alert(1)</script>/'})
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert snapshot(built / "site") == before


# Files are plain files inside the repository -----------------------------------------------

def test_build_docs_as_a_committed_link_never_makes_build_touch_the_folder_it_names(built, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("keep me")
    (elsewhere / "index.md").write_text("not the edition's")
    outside = snapshot(tmp_path)
    import shutil
    shutil.rmtree(built / "build")
    (built / "build").mkdir()
    (built / "build" / "docs").symlink_to(elsewhere, target_is_directory=True)
    refused(built, "build/docs:1: file: is a symbolic link")
    after = snapshot(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("edition/")} == \
           {k: v for k, v in outside.items() if not k.startswith("edition/")}
    assert (elsewhere / "precious.txt").read_text() == "keep me"


@pytest.mark.parametrize("name, target", [
    ("source/other.txt", "/etc/os-release"),
    ("pages/other.md", "/etc/os-release"),
    ("annotations/zero.yaml", "/dev/zero"),
    ("glossary.yaml", "/etc/os-release"),
])
def test_a_link_in_the_data_is_refused_at_its_path_and_never_read(name, target, built):
    import os
    import time
    path = built / name
    if path.exists():
        path.unlink()
    os.symlink(target, path)
    started = time.perf_counter()
    refused(built, f"{name}:1: file: is a symbolic link (to {target})")
    assert time.perf_counter() - started < 60  # /dev/zero is never read


def test_a_device_in_the_data_is_refused_at_its_path(built):
    import os
    os.symlink("/dev/null", built / "annotations" / "null.yaml")  # a link to it: a device itself needs root
    refused(built, "annotations/null.yaml:1: file: is a symbolic link")


def test_a_folder_named_like_a_data_file_is_refused_at_its_path(built):
    (built / "annotations" / "folder.yaml").mkdir()
    (built / "source" / "folder.txt").mkdir()
    refused(built, "annotations/folder.yaml:1: file:", "source/folder.txt:1: file:")


def test_a_committed_file_named_build_is_refused_before_anything_is_replaced(built):
    import shutil
    shutil.rmtree(built / "build")
    (built / "build").write_text("a file")
    refused(built, "build:1: file: is a file, where a folder must be")


def test_a_link_in_place_of_the_site_is_refused_and_not_followed(built, tmp_path):
    import shutil
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(built / "site", elsewhere)
    before = snapshot(elsewhere)
    shutil.rmtree(built / "site")
    (built / "site").symlink_to(elsewhere, target_is_directory=True)
    result = run_cli("build", root=built)
    assert result.returncode == 1 and "is a symbolic link" in result.stderr, result.stderr
    assert (built / "site").is_symlink() and snapshot(elsewhere) == before


def test_a_site_folder_that_holds_no_site_is_not_replaced(built, tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("mine")
    result = run_cli("build", "--site-dir", str(folder), root=built)
    assert result.returncode == 1 and "holds files but no site" in result.stderr, result.stderr
    assert (folder / "letter.txt").read_text() == "mine"
    for inside in (built, built / "source"):
        result = run_cli("build", "--site-dir", str(inside), root=built)
        assert result.returncode == 1, result.stderr
    assert (built / "source" / "small.txt").exists()


# A failed build leaves site/ as it was: every output path planned first ----------------------

def test_a_text_named_like_the_whole_editions_download_is_refused_before_the_swap(built):
    """Two texts make downloads/edition.epub, the whole edition's; a text named `edition` has the same path."""
    for suffix in (".txt", ".yaml"):
        (built / "source" / f"edition{suffix}").write_bytes((built / "source" / f"small{suffix}").read_bytes())
    before = snapshot(built / "site")
    result = run_cli("build", root=built)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "edition" in result.stderr, result.stderr
    assert snapshot(built / "site") == before


# Bounded time --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, reason", [
    ("[a](" * 20000, "characters long"),
    ("[a](" * 2000, "square brackets"),
    ("1. " * 300, "nests more than"),
    ("> " * 300 + "x", "nests more than"),
])
def test_an_entry_that_would_take_quadratic_time_is_refused_at_once(text, reason, built):
    import time

    import yaml
    path = built / A
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["notes"][0]["text"] = text
    path.write_text(yaml.safe_dump(document, width=1_000_000), encoding="utf-8")
    started = time.perf_counter()
    refused(built, f"annotations/small.yaml:11: note 'ties': {''}")
    assert reason in run_cli("check", root=built).stderr
    assert time.perf_counter() - started < 60


def test_footnotes_are_numbered_from_an_index_with_the_extensions_own_output():
    """edition/footnote_order.py: the same HTML as Python-Markdown's own footnotes, in linear time."""
    import time

    import markdown
    from markdown.extensions.footnotes import FootnoteExtension

    from edition import footnote_order

    def convert(notes: int, order: bool) -> tuple[str, float]:
        source = " ".join(f"x[^n{i}] y[^n{i}]" for i in range(notes)) + "\n\n" + "\n\n".join(
            f"[^n{i}]: note {i}" for i in reversed(range(notes)))
        md = markdown.Markdown(extensions=["footnotes"], extension_configs={"footnotes": {"USE_DEFINITION_ORDER": order}})
        started = time.process_time()
        return md.convert(source), time.process_time() - started

    for order in (True, False):
        indexed, _ = convert(300, order)
        FootnoteExtension.reset, FootnoteExtension.extendMarkdown = footnote_order._reset, footnote_order._extend
        try:
            original, _ = convert(300, order)
        finally:
            footnote_order.install()
        assert indexed == original
    small, large = convert(1000, True)[1], convert(8000, True)[1]
    assert large < 8 * small * 2.5, (small, large)  # linear, with room for a busy machine


# A property: random hostile fragments across entries and pages ---------------------------------

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

# Each is harmless alone, or refused alone; what matters is what they make together on a page.
COMBINING = [
    "[r]: javascript:alert(1)", "[r]: data:text/html,x", "[r]: https://evil.example/p.png", "[1]: https://example.org/",
    "[see][r]", "[r]", "![][r]", "![x](https://evil.example/i.png)", "[x](javascript:alert(2))", "[^1]", "[^1]: note",
    "*[HTML]: Hyper", "<script>alert(3)</script>", "<img src=x onerror=alert(4)>", "{: onclick=alert(5) }",
    "<javascript:alert(6)>", "<https://evil.example/x>", "&#106;avascript:alert(7)", "line  \nbreak", "a\r\rb",
    "> quoted", "- item", "1. item", "`code`", "***", "~~x~~", "^^x^^", "==x==", "\\", "|a|b|", "---", "???+ note",
    "[a](", "]]>", "<!--", "{{ config }}", "{% raw %}", "\"'", "&amp;", "x",
]
fragments = st.lists(st.sampled_from(COMBINING), min_size=1, max_size=4).map(lambda parts: "\n\n".join(parts))


def _hostile_edition(root, notes, definitions, reason, page) -> None:
    import yaml
    files = {name: text for name, text in SMALL_FILES.items()}
    import textwrap
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in files.items()}
    annotations = yaml.safe_load(files[A])
    annotations["corrections"][0]["reason"] = reason
    annotations["notes"] = [{"id": f"n{i}", "paragraph": 2, "phrase": "second paragraph" if i == 0 else "fiendish",
                             "text": text} for i, text in enumerate(notes)]
    glossary = yaml.safe_load(files[G])
    glossary["terms"] = [{"id": f"t{i}", "term": form, "forms": [form], "definition": text}
                         for i, (form, text) in enumerate(zip(("round", "whole"), definitions))]
    from conftest import write_edition
    write_edition(root, {T: files[T], S: files[S], A: yaml.safe_dump(annotations, allow_unicode=True),
                         G: yaml.safe_dump(glossary, allow_unicode=True), "pages/extra.md": f"# Extra\n\n{page}\n"})


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(notes=st.tuples(fragments, fragments), definitions=st.tuples(fragments, fragments), reason=fragments,
       page=fragments)
@example(notes=("[r]: javascript:alert(1)", "[see][r] ![][r]"), definitions=("[d]: data:text/html,x", "[x][d]"),
         reason="a\r\rb <script>alert(1)</script>", page="[see](https://example.org/) x")
def test_hostile_fragments_across_entries_publish_nothing_the_gate_would_refuse(notes, definitions, reason, page,
                                                                                  tmp_path_factory):
    import re

    from edition.gate import check_site
    root = tmp_path_factory.mktemp("fragments") / "edition"
    _hostile_edition(root, notes, definitions, reason, page)
    site = root / "site"
    result = run_cli("build", "--site-dir", str(site), root=root)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    if result.returncode == 0:
        assert check_site(site, "https://example.github.io/edition/") == []
        assert not re.search(r"(?i)(href|src)=\"\s*(javascript|data|vbscript):", "".join(
            p.read_text(encoding="utf-8") for p in site.rglob("*.html")))
    else:
        assert not site.exists(), "a refused build wrote a site"
        lines = result.stderr.splitlines()
        # Refused by check (every problem at its entry), or by MkDocs' strict build (a hand-written page's
        # Markdown, e.g. a footnote never referred to); never only at a built file by the gate.
        assert lines[-1].endswith("nothing was written.") or "site left as it was" in result.stderr, result.stderr
        assert not [line for line in lines if ": built file: " in line], result.stderr
    # Linear: the same entries repeated 4 times as often take check about 4 times as long, not 16.
    assert _check_seconds(root, notes, definitions, reason, page, 100) < 4 * 3 * max(
        _check_seconds(root, notes, definitions, reason, page, 25), 0.2)


def _check_seconds(root, notes, definitions, reason, page, copies: int) -> float:
    """CPU seconds of an in-process check of the edition with its notes repeated `copies` times."""
    import time

    import build_site
    _hostile_edition(root, [text for text in notes for _ in range(copies)], definitions, reason, page)
    started = time.process_time()
    build_site.main(["check", "--root", str(root)])
    return time.process_time() - started


# The output gate itself: it refuses what is planted in each kind of file, and passes the real site ------

OWN = "example.github.io"
PLANTED = [
    ("x/index.html", b'<p id="p1"><a href="javascript:alert(1)">a</a></p>', "scheme 'javascript'"),
    ("x/index.html", b'<p id="p1"><a href=" jav&#x61;script:alert(1)">a</a></p>', "scheme 'javascript'"),
    ("x/index.html", b'<img src="https://evil.example/p.png">', "fetches from another host"),
    ("x/index.html", b'<img srcset="a.png 1x, https://evil.example/p.png 2x">', "fetches from another host"),
    ("x/index.html", b'<link rel="stylesheet" href="//cdn.example/x.css">', "fetches from another host"),
    ("x/index.html", b'<form action="data:text/html,x"></form>', "scheme 'data'"),
    ("x/index.html", b'<b onclick="alert(1)">b</b>', "event-handler attribute 'onclick'"),
    ("x/index.html", b"<script>alert(1)</script>", "not the site's own"),
    ("x/index.html", b'<script type="text/x-template">x</script>', "type 'text/x-template'"),
    ("x/index.html", b'<script type="application/ld+json">{"a": NaN}</script>', "JSON data block"),
    ("x/index.html", b'<base href="https://evil.example/">', "<base>"),
    ("x/index.html", b'<iframe src="a.html"></iframe>', "<iframe>"),
    ("x/index.html", b'<meta http-equiv="refresh" content="0;url=javascript:x">', "http-equiv"),
    ("x/index.html", b'<p id="a"></p><p id="a"></p>', "given twice"),
    ("d/x.tei.xml", b'<TEI><p xml:id="p1">form\x0cfeed</p></TEI>', "not well-formed"),
    ("d/x.tei.xml", b'<TEI><p xml:id="a"/><p xml:id="a"/></TEI>', "given twice"),
    ("d/x.tei.xml", b'<TEI><p>', "not well-formed"),
    ("d/x.xhtml", b'<html xmlns="http://www.w3.org/1999/xhtml"><a href="javascript:x">x</a></html>', "scheme"),
    ("d/x.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "not the site's own"),
    ("d/x.json", b'{"a": Infinity}', "not valid JSON"),
    ("d/x.jsonld", b'{"a": ', "not valid JSON"),
    ("d/x.bib", b"@book{a, title={x\x1by}}", "control character U+001B"),
    ("d/x.ris", b"TY  - BOOK\xff", "not UTF-8"),
    ("d/x.txt", b"[1] a\x00b", "control character U+0000"),
    ("a/x.css", b"a{background:url('https://evil.example/x.png')}", "another host"),
]


@pytest.mark.parametrize("name, content, reason", PLANTED, ids=[f"{n}:{r}" for n, _, r in PLANTED])
def test_the_gate_refuses_what_is_planted_in_each_kind_of_file(name, content, reason):
    from edition.gate import check_file
    findings = check_file(name, content, OWN)
    assert any(reason in finding.reason for finding in findings), findings


def test_the_gate_reads_the_epubs_parts():
    import io
    import zipfile

    from edition.gate import check_file
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("EPUB/title.xhtml", '<html xmlns="http://www.w3.org/1999/xhtml"><a href="javascript:x">r</a></html>')
    findings = check_file("downloads/x.epub", data.getvalue(), OWN)
    assert [f.file for f in findings] == ["downloads/x.epub!EPUB/title.xhtml"], findings


def test_the_gate_passes_the_real_site_and_a_planted_script_fails_it(site_dir, tmp_path):
    import shutil

    from edition.gate import check_site
    assert check_site(site_dir, f"https://{OWN}/edition/") == []
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    page = copy / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", "<script>alert(1)</script></article>", 1),
                    encoding="utf-8")
    assert [f.file for f in check_site(copy, f"https://{OWN}/edition/")] == ["index.html"]
