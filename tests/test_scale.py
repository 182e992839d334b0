"""The pipeline stays cheap as the edition grows: no stage does work that grows with its square.

These tests count work rather than time it (the machine running them may be busy): each
entry is looked at a bounded number of times however many texts and paragraphs there are,
a term's popover text is made once, and the navigation does not list many texts. `benchmarks/scale.py` measures
the times.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import yaml
from hypothesis import given, settings, strategies as st

from conftest import MARKUP, ROOT
from edition import render, safety, yamlfile
from edition import run_mkdocs as export
from edition.markup import Markup
from edition.pipeline import prepare
from edition.model import (
    Correction, Edition, Note, Origin, Paragraph, Term, TermOccurrences, Text, TextMeta,
)
from edition.render import render_glossary, render_text
from edition.transform import transform
from edition.witness import find_all, find_each

HERE = Origin("test", 1, "entry")

# find_each is find_all for many needles at once -----------------------------------------

# Word and non-word characters, and letters that case-fold unusually (long s, Kelvin sign,
# dotless and dotted i), so "the same result" covers re's own case rules; and Han and Hangul,
# which match inside a run of their own script (the matching rule).
ALPHABET = "abS ,-'\u017f\u212ak\u0131\u0130i朝鮮의"
haystacks = st.text(alphabet=ALPHABET, max_size=30)
needles = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), max_size=6)


@settings(deadline=None)  # a busy machine is not a slow function
@given(haystacks, needles, st.booleans())
def test_find_each_finds_what_find_all_finds_for_each_needle(haystack, wanted, ignore_case):
    found = find_each(haystack, tuple(wanted), ignore_case=ignore_case)
    assert found == {n: find_all(haystack, n, ignore_case=ignore_case) for n in wanted}


# Synthetic editions built in memory ------------------------------------------------------

WORDS = "The popular masses of every country build the independent world together"


class _Counted:
    """Counts how often the pipeline reads an entry's place (its text and its paragraph)."""

    reads = 0

    def __getattribute__(self, name):
        if name in ("text", "paragraph"):
            _Counted.reads += 1
        return super().__getattribute__(name)


class CountedCorrection(_Counted, Correction):
    pass


class CountedNote(_Counted, Note):
    pass


def synthetic(texts: int, paragraphs: int) -> Edition:
    """`texts` texts of `paragraphs` paragraphs, each paragraph with a correction, a note and a term."""
    all_texts, corrections, notes = [], [], []
    for t in range(texts):
        slug = f"t{t}"
        meta = TextMeta(slug=slug, author="A. Writer", title=f"Text {t}", date="2001", date_display="2001",
                        unit="section", number="1", part_title="One", language="en", provenance="test", header=())
        body = tuple(Paragraph(n, WORDS) for n in range(1, paragraphs + 1))
        all_texts.append(Text(meta, f"source/{slug}.txt", "0" * 64, {}, body))
        start = WORDS.index("world")
        for n in range(1, paragraphs + 1):
            corrections.append(CountedCorrection(f"c-{slug}-{n}", slug, n, "world", "World", "capitalisation",
                                                 "certain", "r", start, start + 5, HERE))
            notes.append(CountedNote(f"n-{slug}-{n}", slug, n, "country", None, "A note.", HERE))
    term = Term("masses", "popular masses", ("popular masses",), "The people. More.", HERE)
    return Edition(tuple(all_texts), tuple(corrections), tuple(notes), (term,))


def reads_per_entry(texts: int, paragraphs: int) -> float:
    edition = synthetic(texts, paragraphs)
    _Counted.reads = 0
    transform(edition)
    return _Counted.reads / (len(edition.corrections) + len(edition.notes))


def test_transform_reads_each_entry_a_bounded_number_of_times_whatever_the_size():
    small = reads_per_entry(2, 5)
    # Ten times the paragraphs, ten times the texts: the same reads per entry, not ten times as many.
    assert reads_per_entry(2, 50) <= small
    assert reads_per_entry(20, 5) <= small
    assert small <= 10


def test_a_terms_popover_text_is_made_once_however_often_and_wherever_it_is_linked(monkeypatch):
    calls = []
    markup = Markup(MARKUP.extensions, MARKUP.configs)  # a fresh converter, with empty caches
    real = markup.converter.convert
    monkeypatch.setattr(markup.converter, "convert", lambda source: calls.append(1) or real(source))
    reading = transform(synthetic(3, 100))
    pages = [render_text(text).markdown for text in reading.texts]
    assert all(page.count("glossary.md#masses") == 100 for page in pages)
    render.render_marks_files(reading, markup)  # where the popovers' texts are written, once per text
    assert len(calls) == 1


def test_front_matter_is_the_same_whichever_yaml_emitter_writes_it(monkeypatch):
    reading = transform(synthetic(1, 5))
    fast = render_text(reading.texts[0]).markdown
    monkeypatch.setattr(render, "_YAML_DUMPER", yaml.SafeDumper)
    assert render_text(reading.texts[0]).markdown == fast


class _CountedPlaces(tuple):
    iterations = 0

    def __iter__(self):
        _CountedPlaces.iterations += 1
        return super().__iter__()


def test_the_glossary_groups_a_terms_places_in_one_pass():
    reading = transform(synthetic(30, 3))
    entry = reading.glossary[0]
    counted = TermOccurrences(entry.term, _CountedPlaces(entry.places))
    _CountedPlaces.iterations = 0
    page = render_glossary(type(reading)(reading.texts, (counted,))).markdown
    assert page.count("#p") == 90
    assert _CountedPlaces.iterations <= 2


# The anchors check confirms links against ------------------------------------------------


def test_check_converts_only_the_hand_written_pages(monkeypatch):
    converted = []
    real = safety.html_ids
    monkeypatch.setattr(safety, "html_ids", lambda text, config: converted.append(text) or real(text, config))
    prepare(ROOT, with_files=False)
    assert len(converted) == len(list((ROOT / "pages").glob("*.md")))


# The navigation ---------------------------------------------------------------------------


def test_the_navigation_does_not_grow_with_the_number_of_texts(tmp_path):
    def settings(texts: int) -> dict:
        return export.mkdocs_settings(render.render_site(transform(synthetic(texts, 1))), tmp_path)

    def text_links(nav) -> list[str]:
        return [path for entry in nav for path in entry.values() if re.fullmatch(r"t\d+\.md", path)]

    # A few texts are listed; beyond NAV_TEXTS, none: the home page lists them all.
    assert text_links(settings(1)["nav"]) == ["t0.md"]
    few = settings(render.NAV_TEXTS)
    assert len(text_links(few["nav"])) == render.NAV_TEXTS and few["not_in_nav"] == ""
    more, many = settings(render.NAV_TEXTS + 1), settings(40)
    assert more["nav"] == many["nav"] and text_links(many["nav"]) == []
    assert len(many["nav"]) < len(few["nav"])
    # Each text is left out deliberately (strict MkDocs warns of a page forgotten), and the home page lists it.
    assert len(many["not_in_nav"].splitlines()) == 40
    home = next(p for p in render.render_site(transform(synthetic(40, 1))) if p.path == "index.md")
    assert all(f"(t{t}.md)" in home.markdown for t in range(40))


# Search -----------------------------------------------------------------------------------


class _CountedToc(list):
    iterations = 0

    def __iter__(self):
        _CountedToc.iterations += 1
        return super().__iter__()


def test_the_search_index_finds_a_heading_without_searching_the_whole_table_for_each():
    from material.plugins.search.plugin import SearchIndex
    from mkdocs.structure.toc import AnchorLink

    spec = importlib.util.spec_from_file_location("search_paragraphs", ROOT / "overrides/hooks/search_paragraphs.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    # The Notes page's shape: texts, each with its notes; an id given twice (the first wins, as in Material).
    toc = _CountedToc()
    for t in range(10):
        text = AnchorLink(f"Text {t}", f"t{t}", 2)
        text.children = [AnchorLink(f"Note {n}", f"n{t}-{n}", 3) for n in range(20)]
        toc.append(text)
    toc[3].children.append(AnchorLink("Again", "n0-1", 3))
    ids = [f"t{t}" for t in range(10)] + [f"n{t}-{n}" for t in range(10) for n in range(20)] + ["missing"]
    expected = {id: SearchIndex()._find_toc_by_id(toc, id) for id in ids}
    _CountedToc.iterations = 0
    index = type("Index", (hook._Cheap, SearchIndex), {})()
    assert {id: index._find_toc_by_id(toc, id) for id in ids} == expected
    assert _CountedToc.iterations == 1  # Material's own search walks the table again for each heading


# YAML -------------------------------------------------------------------------------------


def _shape(value):
    """A document with the lines and plain-scalar sources that yamlfile records."""
    if isinstance(value, yamlfile.Mapping):
        return ("map", value.line, value.key_lines, value.plain, {k: _shape(v) for k, v in value.items()})
    if isinstance(value, yamlfile.Sequence):
        return ("seq", value.line, value.item_lines, [_shape(v) for v in value])
    return value


def read_both(path: Path, monkeypatch):
    fast = yamlfile.read_yaml(path, path.name)
    monkeypatch.setattr(yamlfile, "_FAST_LOADER", None)
    slow = yamlfile.read_yaml(path, path.name)
    monkeypatch.undo()
    return fast, slow


def test_libyaml_and_pyyaml_read_every_data_file_alike(monkeypatch):
    if yamlfile._FAST_LOADER is None:
        return  # PyYAML without libyaml: there is only one parser
    files = [ROOT / "glossary.yaml", *sorted((ROOT / "source").glob("*.yaml")),
             *sorted((ROOT / "annotations").glob("*.yaml"))]
    for path in files:
        (fast, fast_problems), (slow, slow_problems) = read_both(path, monkeypatch)
        assert _shape(fast) == _shape(slow), path
        assert fast_problems == slow_problems == [], path


def test_a_file_with_problems_is_reported_as_pyyaml_reads_it(tmp_path, monkeypatch):
    path = tmp_path / "bad.yaml"
    for text in ("a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: [1\nb: 2\n", "a: \"\x07\"\n",
                 "- a: no\n  b: 010\n", "a:\n  - b\n  -: c\n"):
        path.write_text(text, encoding="utf-8")
        fast, slow = read_both(path, monkeypatch)
        assert (_shape(fast[0]), fast[1]) == (_shape(slow[0]), slow[1]), text


def test_the_benchmark_writes_editions_that_check(tmp_path):
    spec = importlib.util.spec_from_file_location("scale", ROOT / "benchmarks" / "scale.py")
    scale = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scale)
    from edition.load import load_edition

    real = load_edition(ROOT)
    for shape in scale.SHAPES:
        size = scale.write_edition(3, shape, tmp_path / shape)
        edition = load_edition(tmp_path / shape)
        assert len(edition.texts) == (3 * len(real.texts) if shape == "copies" else len(real.texts))
        assert sum(len(t.paragraphs) for t in edition.texts) == 3 * sum(len(t.paragraphs) for t in real.texts)
        assert size["corrections"] == len(edition.corrections) == 3 * len(real.corrections)
        transform(edition)
    assert re.search(r"--write-long", Path(spec.origin).read_text(encoding="utf-8"))
