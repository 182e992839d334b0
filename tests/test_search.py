"""Search as a reader uses it (Chromium): paragraphs first, each with a short snippet of the
reading (a witnessed form only where the match is in it); a quoted phrase finds only what holds
it; each correction, note and term a result of its own; the number of results announced.
Expectations come from the data."""

from __future__ import annotations

import re

import pytest

from conftest import EDITION, READING
WORD = re.compile(r"[A-Za-z]+")
RESULT_LINKS = ".md-search-result__item > a.md-search-result__link"


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def share_a_stem(form: str, found: set[str]) -> bool:
    """Whether one of the words `found` may share the search's stem with `form` ("progress",
    "progressive"): the stemmer only cuts endings, so such words begin alike up to a few letters."""
    return any(w[:k] == form[:k] for w in found for k in [max(3, min(len(w), len(form)) - 3)])


def unique_corrections():
    """Per text, a correction of one word by one word, each form found in its paragraph only, in
    any text of the edition (a paragraph of another text that has the word, or a word of its stem,
    may rank first)."""
    found = []
    for text in READING.texts:
        for correction in text.corrections:
            if not (WORD.fullmatch(correction.witnessed) and WORD.fullmatch(correction.reading)):
                continue
            forms = {correction.witnessed.lower(), correction.reading.lower()}
            where = {(other.text.slug, p.number) for other in READING.texts for p in other.paragraphs
                     for form in forms if share_a_stem(form, words(p.reading) | words(p.witness))}
            if where == {(text.text.slug, correction.paragraph)}:
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
    # The witnessed reading shows only where the match is in it (search-phrases.js).
    if form == "witnessed":
        assert f"{correction.reading} (witness: {correction.witnessed})" in snippet
    else:
        assert correction.reading in snippet and "(witness:" not in snippet, snippet
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
        assert doc["text"].count("(witness:") + doc["text"].count("<sub>") <= max(
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


# Phrases and snippets ---------------------------------------------------------------------

SNIPPET_MAX = 2 * 90 + 40  # search-phrases.js: window either side of the match, the match, "…"


def ask(page, base_url, query: str):
    """The results of `query`, asked at once (one query, not one per keystroke)."""
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill(query)
    page.locator("input.md-search__input").dispatch_event("keyup")  # what Material reads the query on
    page.wait_for_function(
        "() => /matching|No /.test(document.querySelector('.md-search-result__meta').textContent)", timeout=15000)
    page.wait_for_timeout(300)  # a later answer to the same query would replace the list
    return page.locator(RESULT_LINKS)


def folded(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').lower().split())


def a_phrase_whose_words_are_elsewhere_too():
    """From the data: a phrase of four words (a text, the phrase, the paragraphs that hold it),
    whose words all occur in more paragraphs than the phrase does, so that a search by its
    words alone would find paragraphs without it."""
    for text in READING.texts:
        for paragraph in text.paragraphs:
            tokens = WORD.findall(paragraph.reading)
            for i in range(len(tokens) - 3):
                phrase = " ".join(tokens[i:i + 4])
                if not re.search(rf"(?<![A-Za-z]){re.escape(phrase)}(?![A-Za-z])", paragraph.reading):
                    continue  # punctuation between the words
                holding = {p.number for p in text.paragraphs
                           if re.search(rf"(?<![A-Za-z]){re.escape(phrase.lower())}(?![A-Za-z])",
                                        folded(p.reading) + " \n " + folded(p.witness))}
                with_words = {p.number for p in text.paragraphs
                              if set(w.lower() for w in tokens[i:i + 4]) <= words(p.reading)}
                if len(with_words) > len(holding) + 2:
                    return text.text.slug, phrase, holding
    pytest.fail("no phrase of the edition has its words elsewhere: this test would prove nothing")


def test_a_quoted_phrase_finds_only_the_paragraphs_that_hold_it(page, base_url):
    slug, phrase, holding = a_phrase_whose_words_are_elsewhere_too()
    results = ask(page, base_url, f'"{phrase}"')
    hrefs = results.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    found = {int(m[1]) for h in hrefs if (m := re.search(rf"/{slug}/\?p=(\d+)", h))}
    assert found == holding, (phrase, hrefs)
    items = page.locator(".md-search-result__item")
    for index in range(items.count()):  # every result, of the text or the apparatus, holds it
        shown = folded(items.nth(index).inner_text())
        assert folded(phrase) in shown, (phrase, shown)
    for snippet in page.locator(".md-search-result__article").evaluate_all(
            "els => els.map(e => [...e.children].filter(c => !/^H[12]$/.test(c.tagName))"
            ".map(c => c.textContent).join(' '))"):
        assert len(snippet) <= SNIPPET_MAX, snippet
    # Unquoted, the same words find more.
    assert ask(page, base_url, phrase).count() > len(holding)


def test_snippets_are_short_and_centred_on_the_match(page, base_url):
    correction = unique_corrections()[0]
    paragraph = EDITION.text(correction.text).paragraph(correction.paragraph)
    assert len(paragraph.text) > SNIPPET_MAX, "a paragraph longer than a snippet: this test would prove nothing"
    results = ask(page, base_url, correction.reading)
    first = results.first.locator("article")
    snippet = " ".join(first.locator(":scope > :not(h1):not(h2)").all_inner_texts())
    assert 0 < len(snippet) <= SNIPPET_MAX, snippet
    assert first.locator("mark").count() >= 1
    assert correction.reading.lower() in snippet.lower()
    assert "(witness:" not in snippet and "\ufffd" not in snippet.replace(correction.reading, "")


def test_a_quoted_phrase_of_the_witness_finds_its_paragraph_and_shows_the_witness(page, base_url):
    """A phrase the witness has and the reading does not (a witnessed word with the word before it)."""
    for text in READING.texts:
        for c in text.corrections:
            paragraph = EDITION.text(text.text.slug).paragraph(c.paragraph).text
            before = WORD.findall(paragraph[:c.start])
            if not (before and WORD.fullmatch(c.witnessed)) or not paragraph[:c.start].endswith(before[-1] + " "):
                continue
            phrase = f"{before[-1]} {c.witnessed}"
            if any(folded(phrase) in folded(p.reading) for t in READING.texts for p in t.paragraphs):
                continue
            results = ask(page, base_url, f'"{phrase}"')
            hrefs = results.evaluate_all("els => els.map(e => e.getAttribute('href'))")
            assert any(re.search(rf"/{text.text.slug}/\?p={c.paragraph}&", h) for h in hrefs), (phrase, hrefs)
            article = page.locator(f".md-search-result__link[href*='?p={c.paragraph}&'] article").first
            shown = " ".join(article.inner_text().split())
            assert "Witness:" in shown and folded(phrase) in folded(shown), shown
            return
    pytest.fail("no witnessed word follows a word of its paragraph: this test would prove nothing")
