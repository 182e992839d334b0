"""The stages between data and Markdown: corrections, notes and glossary links."""

from __future__ import annotations

import markdown
from hypothesis import given, settings, strategies as st

from edition.model import Correction, Edit, Note, NoteRef, Origin, Plain, Problem, ReadingParagraph, Term, TermLink
from conftest import MARKUP
from edition.render import escape, inert_markdown
from edition.transform import apply_corrections, attach_note, link_terms

HERE = Origin("test", 1, "entry")


def correction(start, end, witnessed, reading, id="c", kind="ocr"):
    return Correction(id, "t", 1, witnessed, reading, kind, "certain", "r", start, end, HERE)


def note(phrase, id="n", occurrence=None):
    return Note(id, "t", 1, phrase, occurrence, "Body.", HERE)


def term(id, *forms):
    return Term(id, forms[0], forms, "A definition.", HERE)


def test_apply_corrections_keeps_both_readings():
    text = "the whole word turns"
    segments = apply_corrections(text, [correction(10, 14, "word", "world")])
    assert segments == [Plain("the whole "), Edit(correction(10, 14, "word", "world")), Plain(" turns")]
    paragraph = ReadingParagraph(1, tuple(segments))
    assert paragraph.reading == "the whole world turns"
    assert paragraph.witness == text


def test_a_gap_is_shown_in_brackets():
    gap = correction(4, 4, "", "more", kind="lacuna")
    paragraph = ReadingParagraph(1, tuple(apply_corrections("text and", [gap])))
    assert paragraph.reading == "text [more] and"
    bare = correction(8, 8, "", "", kind="lacuna")
    assert ReadingParagraph(1, tuple(apply_corrections("text and", [bare]))).reading == "text and […]"


words = st.text(alphabet="abc ", min_size=0, max_size=40)


@given(words, st.lists(st.tuples(st.integers(0, 40), st.integers(0, 5), st.text("xyz", min_size=1, max_size=4)), max_size=6))
def test_any_set_of_corrections_rebuilds_the_witness(text, raw):
    spans, taken = [], 0
    for start, length, reading in sorted(raw):
        start, end = max(start, taken), min(max(start, taken) + max(length, 1), len(text))
        if start < end:
            spans.append(correction(start, end, text[start:end], reading, id=f"c{start}"))
            taken = end
    paragraph = ReadingParagraph(1, tuple(apply_corrections(text, spans)))
    assert paragraph.witness == text
    expected, position = "", 0
    for c in spans:
        expected += text[position:c.start] + c.reading
        position = c.end
    assert paragraph.reading == expected + text[position:]


def test_a_note_follows_its_phrase():
    problems: list[Problem] = []
    segments = attach_note([Plain("The Pyongyang Declaration reflects")], note("Pyongyang Declaration"), problems)
    assert segments == [Plain("The Pyongyang Declaration"), NoteRef(note("Pyongyang Declaration")), Plain(" reflects")]
    assert problems == []


def test_a_note_is_found_in_the_corrected_text_and_never_splits_an_edit():
    edit = correction(4, 14, "whole word", "whole world")
    segments = apply_corrections("the whole word turns", [edit])
    placed = attach_note(segments, note("the whole"), [])
    assert placed == [Plain("the "), Edit(edit), NoteRef(note("the whole")), Plain(" turns")]
    problems: list[Problem] = []
    assert attach_note(segments, note("whole word"), problems) == segments
    assert "is not found" in problems[0].reason


def test_terms_link_once_per_paragraph_longest_first():
    segments, found = link_terms(
        [Plain("Revolutionary parties and a revolutionary party; parties.")],
        (term("party", "revolutionary party", "revolutionary parties"), term("parties", "parties")),
    )
    assert segments == [
        TermLink(term("party", "revolutionary party", "revolutionary parties"), "Revolutionary parties"),
        Plain(" and a revolutionary party; "),
        TermLink(term("parties", "parties"), "parties"),
        Plain("."),
    ]
    assert found == ["party", "parties"]


def test_a_term_inside_an_edit_is_not_linked_but_still_occurs():
    edit = correction(0, 5, "Peace", "peace")
    segments, found = link_terms(apply_corrections("Peace and peace", [edit]), (term("peace", "peace"),))
    assert segments == [Edit(edit), Plain(" and "), TermLink(term("peace", "peace"), "peace")]
    assert found == ["peace"]


@settings(deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_escaped_text_renders_as_itself(text):
    md = markdown.Markdown(extensions=["pymdownx.escapeall", "pymdownx.tilde", "pymdownx.caret", "attr_list", "footnotes"],
                           extension_configs={"pymdownx.escapeall": {"hardbreak": False, "nbsp": False}})
    rendered = plain_text_of(md.convert("x " + escape(text)))
    assert rendered == " ".join(("x " + text).split())


def plain_text_of(html: str) -> str:
    from bs4 import BeautifulSoup
    return " ".join(BeautifulSoup(html, "html.parser").get_text().split())


def test_editors_markdown_is_inert():
    from bs4 import BeautifulSoup

    source = 'See *this* <script>alert(1)</script> [x](https://example.org){ onclick="alert(2)" }'
    html = BeautifulSoup(markdown.markdown(inert_markdown(source), extensions=["attr_list"]), "html.parser")
    assert html.find("script") is None
    assert not any(attr.startswith("on") for tag in html.find_all(True) for attr in tag.attrs)
    assert html.find("em").text == "this"
    assert "<script>alert(1)</script>" in html.get_text()
    assert MARKUP.plain_text("A *term* <b>bold</b>") == "A term <b>bold</b>"


def test_a_tooltip_is_the_opening_sentence():
    from edition.render import first_sentence

    assert first_sentence('Polarisation into rich and poor. Glossed in ¶17 as "the rich".') == "Polarisation into rich and poor."
    assert first_sentence("One sentence only") == "One sentence only"
    assert first_sentence("Ends (¶2). Next.") == "Ends (¶2)."
