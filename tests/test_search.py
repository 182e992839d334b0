"""Search as a reader uses it (Chromium): paragraphs first, each with a snippet that shows the
reading and the witnessed form apart; each correction, note and term a result of its own; the
number of results announced. Expectations come from the data."""

from __future__ import annotations

import re

import pytest

from conftest import EDITION, READING
WORD = re.compile(r"[A-Za-z]+")
RESULT_LINKS = ".md-search-result__item > a.md-search-result__link"


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def unique_corrections():
    """Per text, a correction of one word by one word, each form found in its paragraph only."""
    found = []
    for text in READING.texts:
        for correction in text.corrections:
            if not (WORD.fullmatch(correction.witnessed) and WORD.fullmatch(correction.reading)):
                continue
            forms = {correction.witnessed.lower(), correction.reading.lower()}
            where = {p.number for p in text.paragraphs for form in forms
                     if form in words(p.reading) | words(p.witness)}
            if where == {correction.paragraph}:
                found.append(correction)
                break
    assert found, "the edition corrects a word that occurs in one paragraph"
    return found


def search(page, base_url, query: str):
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    # Results are redrawn at each keystroke: wait for those of the whole word.
    page.wait_for_function(
        "q => { const a = document.querySelector('.md-search-result__item a');"
        " return a && new URL(a.href).searchParams.get('h') === q.toLowerCase(); }", arg=query, timeout=10000)
    return page.locator(RESULT_LINKS)


@pytest.mark.parametrize("form", ["witnessed", "reading"])
@pytest.mark.parametrize("correction", unique_corrections(), ids=lambda c: c.id)
def test_either_reading_puts_its_paragraph_first_with_both_readings_apart(page, base_url, correction, form):
    results = search(page, base_url, getattr(correction, form))
    first = results.first
    assert re.search(rf"/{correction.text}/\?p={correction.paragraph}&h=[^#]*$",
                     first.get_attribute("href")), first.get_attribute("href")
    snippet = " ".join(first.inner_text().split())
    assert f"{correction.reading} (witness: {correction.witnessed})" in snippet
    # Followed, the result leads to the paragraph's anchor.
    first.click()
    page.wait_for_url(re.compile(rf"\?p={correction.paragraph}&h=[^#]*#p{correction.paragraph}$"))


def test_paragraphs_come_before_the_apparatus(page, base_url):
    correction = unique_corrections()[0]
    hrefs = search(page, base_url, correction.reading).evaluate_all("els => els.map(e => e.href)")
    paragraph = [bool(re.search(r"\?p=\d+&h=[^#]*$", h)) for h in hrefs]
    assert paragraph[0], hrefs[0]
    assert paragraph == sorted(paragraph, reverse=True), hrefs


def test_each_correction_note_and_term_is_its_own_result(site_dir):
    import json

    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    for correction in EDITION.corrections:
        assert f"corrections/#{correction.id}" in locations, correction.id
    for note in EDITION.notes:
        assert f"notes/#{note.id}" in locations, note.id
    for term in EDITION.terms:
        assert f"glossary/#{term.id}" in locations, term.id
    # Nothing holds a whole list: the reading page's notes are found on the Notes page.
    for doc in index["docs"]:
        assert doc["text"].count("(witness:") <= max(
            (sum(1 for c in EDITION.corrections if c.text == t.slug and c.paragraph == n)
             for t in EDITION.texts for n in range(1, len(t.paragraphs) + 1)), default=0), doc["location"]


def test_the_number_of_results_is_announced(page, base_url):
    correction = unique_corrections()[0]
    search(page, base_url, correction.reading)
    meta = page.locator(".md-search-result__meta")
    assert meta.get_attribute("aria-live") == "polite" and meta.get_attribute("role") == "status"
    count = page.locator(".md-search-result__item").count()
    assert re.search(r"\d+|one", meta.inner_text()), meta.inner_text()
    assert count >= 1
