"""The reading page as a reader uses all of it: every mark's panel whole on every screen, the
cite panel whole on a phone, a clean copy (the page's DOM contract), print with every layer
setting, arrival at a paragraph's address, one cite button, numbers on screen at every width,
and the keyboard's way to the text.

Expectations come from the data: every text in source/, every paragraph, every mark.
"""

from __future__ import annotations

from collections import Counter

import io
import re
import unicodedata

import pytest
import regex
from conftest import (
    PHONE,
    SUB_PATH,
    accessible_name,
    add_stylesheet,
    in_reading_order,
    letters_only,
    middle,
    reading_text,
    rendered_text,
    squashed,
)

from edition.languages import direction
from edition.model import HEADING, Edit, NoteRef, Plain, ReadingParagraph, Skipped, TermLink, shown
from edition.model import body as body_of
from edition.render import note_numbers
from edition.witness import CONTINUOUS_SCRIPTS, as_shown, one_line

# A page-level check: it runs for every text (tests/test_added_texts.py runs it on a copy with the test texts).
pytestmark = pytest.mark.page

MARKS = ".md-content p.numbered :is(a.edit, a.term, a.footnote-ref)"
ALL_LAYERS = f"localStorage.setItem({SUB_PATH + '.edition.layers'!r}, JSON.stringify({{terms: true, edits: true}}))"


def dom_text(paragraph, verse: bool = False) -> str:
    """A paragraph's DOM text: its reading text, a line break of the witness read as a space (in
    verse, kept: a line of verse)."""
    return "".join(as_shown(shown(segment), verse) for segment in paragraph.segments)


# The page's DOM contract ---------------------------------------------------------------------


def test_each_paragraphs_text_is_its_reading_text_and_nothing_else(soup, slug):
    """Numbers, note numbers and witnessed readings are attributes (shown by CSS): the DOM text of
    #pN is what a W3C TextQuote/TextPosition selector and a copied selection see."""
    page = soup(f"{slug}")
    text = reading_text(slug)
    numbers = note_numbers(text)
    verse = text.text.meta.verse
    for paragraph in text.paragraphs:
        element = page.select_one(f"#p{paragraph.number}")
        assert element.get_text() == dom_text(paragraph, verse), paragraph.number
        number = element.select_one(":scope > a.paragraph-number")
        assert number["data-n"] == str(paragraph.number) and number["href"] == f"#p{paragraph.number}"
        assert number["aria-label"] == f"{'Stanza' if verse else 'Paragraph'} {paragraph.number}"
        for segment in paragraph.segments:
            if isinstance(segment, Edit) and not segment.correction.is_gap:
                mark = element.select_one(f"#c-{segment.correction.id}")
                assert mark["data-witness"] == as_shown(segment.correction.witnessed, verse), segment.correction.id
            elif isinstance(segment, NoteRef):
                ref = element.select_one(f"a.footnote-ref[href='#fn:{segment.note.id}']")
                number = str(numbers[segment.note.id])
                assert ref["data-note"] == number and ref["aria-label"] == f"Note {number}", segment.note.id


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_numbers_and_notes_show_and_are_named_with_and_without_javascript(browser, base_url, slug, javascript):
    """What the DOM carries as attributes still shows (CSS) and is named to a screen reader."""
    text = reading_text(slug)
    numbers = note_numbers(text)
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    for paragraph in (text.paragraphs[0], text.paragraphs[-1]):
        selector = f"#p{paragraph.number} > a.paragraph-number"
        assert rendered_text(page, selector) == f"¶{paragraph.number}"
        assert accessible_name(page, selector) == f"{'Stanza' if text.text.meta.verse else 'Paragraph'} {paragraph.number}"
    for note in text.notes[:3]:
        selector = f"a.footnote-ref[href='#fn:{note.id}']"
        assert rendered_text(page, selector) == str(numbers[note.id])
        assert accessible_name(page, selector) == f"Note {numbers[note.id]}"
    for correction in [c for c in text.corrections if not c.is_gap][:3]:
        assert accessible_name(page, f"#c-{correction.id}") == squashed(f"correction: {correction.reading}")
    context.close()


def reading_context(browser, viewport, touch: bool, scheme: str = "light"):
    context = browser.new_context(viewport=viewport, is_mobile=touch, has_touch=touch, color_scheme=scheme)
    context.add_init_script(ALL_LAYERS)
    return context


# The panel, wherever it opens: inside the viewport, and on top at its corners and centre.
WHOLE = """async id => {
  // Two frames: as a reader sees it once the page has settled around it.
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const panel = document.getElementById(id);
  if (!panel || panel.hidden) return 'no panel';
  const r = panel.getBoundingClientRect(), width = document.documentElement.clientWidth, height = innerHeight;
  const found = [];
  if (r.left < 0 || r.top < 0 || r.right > width || r.bottom > height || r.width < 40 || r.height < 20)
    found.push('box ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(','));
  const header = document.querySelector('.md-header').getBoundingClientRect();
  if (r.top < header.bottom - 1) found.push('under the header');
  for (const [x, y] of [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2],
                        [r.right - 2, r.bottom - 2], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]]) {
    const hit = document.elementFromPoint(x, y);
    if (!hit || !panel.contains(hit)) found.push(`(${Math.round(x)},${Math.round(y)}): ${hit ? hit.tagName + '.' + hit.className : 'nothing'}`);
  }
  return found.join('; ');
}"""


# Before each mark is opened: the last panel gone (Escape closed it), the mark brought into view as
# Playwright's tap and click bring it (scrolled to the centre only if not in view), and the point
# a tap or click lands on, which must hit the mark itself (nothing covers it). One round trip.
AIM = """async index => {
  const frame = () => new Promise(done => requestAnimationFrame(done));
  for (let waited = 0; document.getElementById('mark-popover'); waited++) {
    if (waited > 180) return {problem: 'the last panel stayed open after Escape'};
    await frame();
  }
  const mark = document.querySelectorAll(%r)[index];
  const name = mark.id || mark.getAttribute('href');
  const inView = r => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= document.documentElement.clientWidth;
  if (!inView(mark.getBoundingClientRect())) { mark.scrollIntoViewIfNeeded(true); await frame(); await frame(); }
  // Until the mark stands still: paragraphs scrolled into view are laid out then (content-visibility),
  // and the mark may move once their real heights replace the estimates.
  const boxOf = () => [...mark.getClientRects()].find(r => r.width * r.height > 0.99);
  for (let settled = 0, last = '', waited = 0; settled < 2 && waited < 60; waited++) {
    const now = JSON.stringify(boxOf() || null);
    settled = now === last ? settled + 1 : 0;
    last = now;
    await frame();
  }
  const box = boxOf();
  if (!box) return {name, problem: 'no box to tap'};
  const x = box.left + box.width / 2, y = box.top + box.height / 2, hit = document.elementFromPoint(x, y);
  if (!hit || !(mark === hit || mark.contains(hit))) return {name, problem: `covered by ${hit ? hit.tagName + '.' + hit.className : 'nothing'}`};
  return {name, x, y};
}""" % MARKS

# After the tap or click: the panel, once shown (within 3 s), judged whole (WHOLE). One round trip.
OPENED_WHOLE = """async () => {
  for (let waited = 0; ; waited++) {
    const panel = document.getElementById('mark-popover');
    if (panel && panel.checkVisibility()) break;
    if (waited > 180) return 'no panel';
    await new Promise(done => requestAnimationFrame(done));
  }
  return await (%s)('mark-popover');
}""" % WHOLE


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("screen", ["phone", "900"])
def test_every_marks_panel_opens_whole(browser, base_url, slug, screen, scheme):
    """Every correction, note and term (every layer on) opened as a reader opens it: a tap on a
    phone, a click at 900 x 900 (where the paragraphs are contained, content-visibility).

    The tap and click are real input at the mark's centre (page.touchscreen, page.mouse), aimed
    and judged by one script each (AIM, OPENED_WHOLE): Playwright's own checks before a tap cost
    several round trips a mark, and the sweep is every mark at two sizes in two schemes."""
    touch = screen == "phone"
    context = reading_context(browser, PHONE if touch else {"width": 900, "height": 900}, touch, scheme)
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    text = reading_text(slug)
    expected = sum(isinstance(s, (Edit, NoteRef, TermLink)) for p in text.paragraphs for s in p.segments)
    assert page.locator(MARKS).count() == expected
    failures = []
    for index in range(expected):
        aim = page.evaluate(AIM, index)
        if "problem" in aim:
            failures.append((aim.get("name"), aim["problem"]))
            if "name" not in aim:
                break
            continue
        (page.touchscreen.tap if touch else page.mouse.click)(aim["x"], aim["y"])
        if index == 0:
            page.wait_for_load_state("networkidle")  # the marks data, which completes the panel
        problem = page.evaluate(OPENED_WHOLE)
        if problem:
            failures.append((aim["name"], problem))
        page.keyboard.press("Escape")
    page.locator("#mark-popover").wait_for(state="detached", timeout=3000)
    context.close()
    assert failures == []


def test_in_the_witness_view_every_corrections_panel_says_what_the_edition_reads(browser, base_url, slug):
    from edition.model import CONFIDENCE_MEANINGS, KIND_MEANINGS

    context = reading_context(browser, {"width": 1366, "height": 900}, False)
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    page.click("button.view-switch")
    for index, correction in enumerate(reading_text(slug).corrections):
        page.locator(f"#c-{correction.id}").click()
        if index == 0:
            page.wait_for_load_state("networkidle")
        panel = squashed(page.locator("#mark-popover").inner_text())
        said = (f"the edition supplies {correction.shown.strip()}" if correction.is_gap and correction.reading
                else "text is missing here" if correction.is_gap else f"The edition reads {correction.reading}")
        assert squashed(said) in panel, (correction.id, panel)
        assert "The witness reads" not in panel and "words in brackets" not in panel, correction.id
        assert f"({KIND_MEANINGS[correction.kind]})" in panel and f"({CONFIDENCE_MEANINGS[correction.confidence]})" in panel
        page.keyboard.press("Escape")
        if not correction.is_gap:  # named by what it shows
            assert accessible_name(page, f"#c-{correction.id}") == squashed(f"correction: {one_line(correction.witnessed)}")
    context.close()


def test_the_cite_panel_opens_whole_on_a_phone(browser, base_url, slug):
    context = reading_context(browser, PHONE, True)
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    last = len(reading_text(slug).paragraphs)
    for number in dict.fromkeys((1, middle(slug), last)):
        page.locator(f"#p{number} > a.paragraph-number").tap()
        page.locator(f"#p{number} > .cite-toggle").tap()
        panel = page.locator("#cite-panel")
        panel.wait_for(state="visible")
        assert page.evaluate(WHOLE, "cite-panel") == "", number
        # Usable: every row and download can be brought into view and tapped.
        for control in panel.locator(".cite-copy, .cite-download").all():
            control.scroll_into_view_if_needed()
            box = control.bounding_box()
            assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], number
            centre = page.evaluate("([x, y]) => { const e = document.elementFromPoint(x, y); return e && e.className; }",
                                   [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2])
            assert centre and ("cite-copy" in centre or "cite-download" in centre), (number, centre)
        page.keyboard.press("Escape")
        assert not panel.is_visible()
    context.close()


# Copying -----------------------------------------------------------------------------------


def most_marked_pair(slug: str) -> tuple[int, int]:
    """Two neighbouring paragraphs with the most marks between them, no heading of the text's
    structure between them (a copy across it holds the heading too); else the most marked paragraph twice."""
    paragraphs = reading_text(slug).paragraphs
    marks = [sum(not isinstance(s, Plain) for s in p.segments) for p in paragraphs]
    headed, heading = set(), False  # the paragraphs with a heading between them and the one before
    for item in body_of(reading_text(slug)):
        if isinstance(item, ReadingParagraph):
            if heading:
                headed.add(item.number)
            heading = False
        else:
            heading = heading or item.kind == HEADING
    pairs = [i for i in range(len(paragraphs) - 1) if i + 2 not in headed]
    if not pairs:
        best = max(range(len(paragraphs)), key=lambda i: marks[i])
        return best + 1, best + 1
    best = max(pairs, key=lambda i: marks[i] + marks[i + 1])
    return best + 1, best + 2


def test_copying_two_paragraphs_gives_their_reading_text_only(browser, base_url, slug):
    first, second = most_marked_pair(slug)
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.add_init_script(ALL_LAYERS)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=re.match(r"https?://[^/]+", base_url)[0])
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    page.locator(f"#p{first}").hover()  # the cite button, beside the number
    page.locator(f"#p{first} .cite-toggle").wait_for()
    page.evaluate("""([a, b]) => {
      const range = document.createRange(), last = document.getElementById(b);
      range.setStart(document.getElementById(a), 0);
      range.setEnd(last, last.childNodes.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }""", [f"p{first}", f"p{second}"])
    page.keyboard.press("Control+C")
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    paragraphs = reading_text(slug).paragraphs
    verse = reading_text(slug).text.meta.verse
    expected = [dom_text(paragraphs[first - 1], verse)] + ([dom_text(paragraphs[second - 1], verse)]
                                                            if second != first else [])
    # Each paragraph a block of its own; the text as it reads, every character kept.
    assert [squashed(block) for block in re.split(r"\n\s*\n", copied.strip())] == [squashed(t) for t in expected]
    assert [re.sub(r"[\t\n ]+", " ", b).strip() for b in re.split(r"\n\s*\n", copied.strip())] == \
           [re.sub(r"[\t\n ]+", " ", t).strip() for t in expected]


def test_a_note_number_sits_against_its_word(browser, base_url, slug):
    """No space between a word and its note number, on screen (the number is raised at once)."""
    text = reading_text(slug)
    refs = [(p.number, s.note.id) for p in text.paragraphs for s in p.segments if isinstance(s, NoteRef)]
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    # Every note's number on the page, and no other (a text without notes shows none).
    assert page.locator("p.numbered a.footnote-ref").count() == len(refs)
    for number, note in refs:
        gap = page.locator(f"#p{number} a.footnote-ref[href='#fn:{note}']").evaluate("""ref => {
          const sup = ref.parentElement, before = sup.previousSibling;
          if (!before || before.nodeType !== Node.TEXT_NODE || !/\\S$/.test(before.data)) return null;
          const range = document.createRange();
          range.setStart(before, before.data.length - 1);
          range.setEnd(before, before.data.length);
          return sup.getBoundingClientRect().left - range.getBoundingClientRect().right;
        }""")
        assert gap is None or gap < 2, (number, note, gap)
    context.close()


# Print, with each layer setting ------------------------------------------------------------

LAYER_SETTINGS = {
    "corrections": "",
    "corrections-off": "hide-edits",
    "witness-view": "witness-view",
}


def printed_text(paragraph, setting: str) -> str:
    """What a paragraph prints as under a layer setting (the witnessed readings aside)."""
    if setting == "witness-view":
        # A line left out of the reading (a page marker, README "Structure") prints in the witness view.
        return "".join("" if isinstance(s, Edit) and s.correction.is_gap
                       else s.correction.witnessed if isinstance(s, Edit)
                       else s.text if isinstance(s, Skipped) else shown(s) for s in paragraph.segments)
    return paragraph.reading


def words_only(text: str) -> str:
    """Without white space or digits: the printed note numbers stand in the text, the margin
    numbers beside it, and a line may break anywhere. NFKC: a CJK font's PDF may name a character
    by its compatibility form (the Kangxi radical ⾔ for 言)."""
    return re.sub(r"[\s\d\u00a0]+", "", unicodedata.normalize("NFKC", text))


def as_printed(text: str, language: str) -> str:
    """What of a text is looked for in its printout: a right-to-left text's letters (see in_reading_order)."""
    return letters_only(text) if direction(language) == "rtl" else words_only(text)


# A letter of a script written without spaces: a correction there may be part of a word (입 in 獨立國입과).
CONTINUOUS_LETTER = regex.compile("[" + "".join(f"\\p{{scx={script}}}" for script in CONTINUOUS_SCRIPTS) + "]")


@pytest.fixture(scope="module")
def printed(browser, base_url):
    from pypdf import PdfReader

    found = {}

    def pages(slug: str, setting: str) -> list[str]:
        if (slug, setting) not in found:
            context = browser.new_context()
            page = context.new_page()
            page.goto(base_url + f"{slug}/")
            page.evaluate("""cls => { document.documentElement.classList.remove('hide-edits', 'hide-terms', 'witness-view');
                                      if (cls) document.documentElement.classList.add(cls); }""", LAYER_SETTINGS[setting])
            pdf = page.pdf(format="A4", print_background=False)
            context.close()
            found[slug, setting] = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
        return found[slug, setting]
    return pages


WITNESS_NOTE = re.compile(r"\(witness:[^)]*\)")


@pytest.mark.parametrize("setting", LAYER_SETTINGS)
def test_each_layer_setting_prints_each_paragraph_once_in_order(printed, slug, setting):
    text = reading_text(slug)
    pages = printed(slug, setting)
    body = "\n".join(pages)
    if setting == "corrections":
        for match in WITNESS_NOTE.finditer(body):  # after its reading, never inside a word of a spaced script
            before, after = body[:match.start()].rstrip()[-1:], body[match.end():match.end() + 1]
            assert not (before.isalpha() and after.isalpha()) or CONTINUOUS_LETTER.match(before), \
                body[match.start() - 20:match.end() + 20]
    else:
        assert "(witness:" not in body, setting  # nor in the key, which describes what is printed
    flat = words_only(WITNESS_NOTE.sub("", body)).replace("¶#p", "")
    language = text.text.meta.language
    if direction(language) == "rtl":  # printed in visual order: by its letters, in reading order
        flat = letters_only(in_reading_order(body, language))
        witness_notes = [letters_only(f"witness{c.witnessed}") for c in text.corrections if c.witnessed]
        if setting != "corrections":
            assert not any(note in flat for note in witness_notes), setting
        for note in witness_notes:
            flat = flat.replace(note, "")
    position = 0
    # A text may have paragraphs alike (a signature, a salutation): each is printed as often as the text has it.
    alike = Counter(as_printed(printed_text(paragraph, setting), language) for paragraph in text.paragraphs)
    for paragraph in text.paragraphs:
        expected = as_printed(printed_text(paragraph, setting), language)
        found = flat.find(expected, position)
        assert found >= 0, f"¶{paragraph.number} missing or out of order ({setting})"
        assert flat.count(expected) == alike[expected], f"¶{paragraph.number} printed more than once ({setting})"
        position = found + len(expected)
    # Page 1 holds the title and the start of the text.
    first_page = words_only(WITNESS_NOTE.sub("", pages[0]))  # a correction may be among the first words
    if direction(language) == "rtl":
        first_page = letters_only(in_reading_order(pages[0], language))
    assert as_printed(text.text.header.get("title", text.text.meta.title), language) in first_page
    assert as_printed(" ".join(printed_text(text.paragraphs[0], setting).split()[:8]), language) in first_page


def test_the_printed_key_is_a_key_and_headings_stay_with_what_follows(printed, slug):
    text = reading_text(slug)
    pages = printed(slug, "corrections")
    flat = words_only("\n".join(pages))
    assert "Keytothemarks" in flat and words_only("(witness: …)") in flat
    for instruction in ("select the word", "turn them on with Marks"):
        assert words_only(instruction) not in flat, instruction
    if text.notes:
        heading = next(n for n, page in enumerate(pages) if re.search(r"(?m)^\s*Notes\s*$", page))
        first_note = note_numbers(text)
        assert re.search(r"(?m)^\s*1\.", pages[heading][pages[heading].rfind("Notes"):]), "Notes alone at a page's foot"
        assert first_note


# Arriving at a paragraph --------------------------------------------------------------------


def test_arrival_at_a_paragraph_marks_it_and_a_missing_one_says_so(browser, base_url, slug):
    paragraphs = len(reading_text(slug).paragraphs)
    cited, other = min(12, paragraphs), 1 if min(12, paragraphs) != 1 else paragraphs
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    marked = "id => { const s = getComputedStyle(document.getElementById(id));" \
             " return s.boxShadow !== 'none' && s.backgroundColor !== 'rgba(0, 0, 0, 0)'; }"
    page.goto(base_url + f"{slug}/#p{cited}")
    assert page.evaluate(marked, f"p{cited}")
    if other != cited:
        assert not page.evaluate(marked, f"p{other}")
    assert page.locator("[role=alert]").count() == 0
    missing = max(99, paragraphs + 1) if paragraphs < 99 else paragraphs + 1
    page.goto(base_url + f"{slug}/#p{missing}")
    alert = page.locator("#paragraph-missing[role=alert]")
    alert.wait_for(state="visible", timeout=3000)
    assert f"no paragraph {missing}" in alert.inner_text() and f"1 to {paragraphs}" in alert.inner_text()
    box = alert.bounding_box()
    assert 0 <= box["y"] < 900
    # Moving on: a link to another paragraph marks that one, and the message goes.
    page.evaluate(f"location.hash = '#p{other}'")
    alert.wait_for(state="detached", timeout=3000)
    assert page.evaluate(marked, f"p{other}")
    if other != cited:
        assert not page.evaluate(marked, f"p{cited}")
    context.close()


def test_arrival_without_javascript_marks_the_paragraph(browser, base_url, slug):
    cited = middle(slug)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + f"{slug}/#p{cited}")
    assert page.locator(f"#p{cited}").evaluate("e => getComputedStyle(e).boxShadow") != "none"
    context.close()


# The cite button and the numbers, at every width ----------------------------------------------


def test_a_sweep_over_the_text_leaves_one_cite_button(browser, base_url, slug):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    for paragraph in reading_text(slug).paragraphs:
        page.locator(f"#p{paragraph.number}").hover()
        assert page.locator(".cite-toggle").count() == 1, paragraph.number
        assert page.locator(f"#p{paragraph.number} .cite-toggle").count() == 1, paragraph.number
    context.close()


@pytest.mark.parametrize("width", [390, 900, 960, 1000, 1100, 1219, 1220, 1366])
def test_paragraph_numbers_are_on_screen_at_every_width(browser, base_url, width, slug):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    off = page.eval_on_selector_all(".md-content p.numbered > a.paragraph-number", """els => els.filter(e => {
        const r = e.getBoundingClientRect();
        return r.left < 0 || r.right > document.documentElement.clientWidth || r.width < 10; }).map(e => e.getAttribute('href'))""")
    context.close()
    assert off == []


# Glossary terms: the key, the default and the control agree --------------------------------------


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1366, "height": 900}], ids=["phone", "desktop"])
def test_the_key_says_how_to_turn_on_the_terms_and_the_control_is_labelled(browser, base_url, viewport, slug):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(base_url + f"{slug}/")
    assert "hide-terms" in page.get_attribute("html", "class"), "terms are off by default"
    page.locator("details.key > summary").click()
    key = squashed(page.locator("details.key").inner_text())
    assert "start as plain text" in key and "Marks in the header" in key
    control = page.locator("button.layers-switch")
    assert control.is_visible() and control.inner_text().strip() == "Marks"
    control.click()
    page.locator(".layers-panel").get_by_label("Glossary terms").check()
    term = page.locator(".md-content p.numbered a.term").first
    if term.count():
        assert term.evaluate("e => getComputedStyle(e).display") != "contents"
    context.close()


# The keyboard -------------------------------------------------------------------------------


def test_at_most_twelve_visible_tab_stops_to_the_third_paragraphs_first_mark(browser, base_url, slug):
    """After "Skip to content", with the default layers: ¶3's first mark (or its number, if it
    has none) in at most 12 stops, none of them invisible."""
    target = min(3, len(reading_text(slug).paragraphs))
    for viewport in (PHONE, {"width": 1366, "height": 900}):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(base_url + f"{slug}/")
        # Judged as it settles: a permalink fades in on focus (Material's transition).
        add_stylesheet(page, "*, *::before, *::after { transition: none !important; }")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        page.evaluate("id => { window.goal = [...document.querySelectorAll(`#${id} :is(a.edit, a.term, a.footnote-ref)`)]"
                      ".filter(e => getComputedStyle(e).display !== 'contents')[0] || "
                      "document.querySelector(`#${id} > a.paragraph-number`); }", f"p{target}")
        invisible, stops = [], []
        for _ in range(40):
            page.keyboard.press("Tab")
            stop = page.evaluate("""() => { const e = document.activeElement, r = e.getBoundingClientRect();
              const visible = r.width >= 1 && r.height >= 1 && e.checkVisibility({visibilityProperty: true, opacityProperty: true});
              return [e.tagName + '.' + e.className + (e.getAttribute('href') || ''), visible, e === window.goal]; }""")
            stops.append(stop[0])
            if not stop[1]:
                invisible.append(stop[0])
            if stop[2]:
                break
        context.close()
        assert invisible == [], viewport
        assert len(stops) <= 12, (viewport, stops)
