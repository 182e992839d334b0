"""What surrounds the text, as a reader meets it: the home page, the key to the marks, the
Corrections list on a phone and its filter, the witness view off the reading page, the notes
at the foot, confidence told apart without colour. Expectations come from the data."""

from __future__ import annotations

import re

import pytest

from conftest import EDITION, PHONE, accessible_name, squashed
SWITCH = "button.view-switch"


def site_pages(site_dir) -> list[str]:
    """Every page of the built site, as a path under the base URL."""
    pages = sorted(str(p.parent.relative_to(site_dir)) for p in site_dir.rglob("index.html"))
    return [("" if p == "." else p + "/") for p in pages] + ["404.html"]


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


# Phone ---------------------------------------------------------------------------------

SIDEWAYS = """() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  // Inside a box that clips within the screen, an element cannot stick out of the page.
  const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.clipPath !== 'none' || (s.overflowX !== 'visible' && a.getBoundingClientRect().right <= width + 1)) return true;
  } return false; };
  if (document.documentElement.scrollWidth > width) found.push('the page: ' + document.documentElement.scrollWidth);
  for (const e of document.querySelectorAll('body *')) {
    const style = getComputedStyle(e);
    if (style.visibility === 'hidden' || !e.getClientRects().length) continue;
    // The drawer and the search dialog are off screen until opened.
    if (e.closest('.md-sidebar, .md-search') && !document.querySelector('#__search:checked, #__drawer:checked')) continue;
    const scrolls = /(auto|scroll)/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1;
    const box = e.getBoundingClientRect();
    const sticksOut = style.position !== 'fixed' && box.width > 0 && (box.right > width + 1 || box.left < -1)
      && !e.closest('.md-tooltip2, .md-tooltip, [hidden]') && !clipped(e);
    if (scrolls || sticksOut) found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className);
  }
  return found.slice(0, 5);
}"""


def test_on_a_phone_no_element_of_any_page_scrolls_sideways(phone, base_url, site_dir):
    found = {}
    for name in site_pages(site_dir):
        phone.goto(base_url + name)
        found[name] = phone.evaluate(SIDEWAYS)
    assert found == {name: [] for name in found}


def test_on_a_phone_the_corrections_cards_show_every_field_of_every_entry(phone, base_url):
    phone.goto(base_url + "corrections/")
    assert EDITION.corrections
    for correction in EDITION.corrections:
        card = phone.locator(f"tr:has(> td > a[id='{correction.id}'])")
        box = card.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], correction.id
        shown = squashed(card.inner_text())
        for field in (f"¶{correction.paragraph}", correction.witnessed, correction.shown.strip(),
                      correction.kind, correction.confidence, correction.reason):
            assert squashed(field) in shown, (correction.id, field)
        # A card, not a table row: its fields wrap within the screen, the reason under them.
        reason = card.locator("td").last.bounding_box()
        place = card.locator("td").first.bounding_box()
        assert reason["y"] > place["y"], correction.id


def test_the_home_page_says_what_this_is_and_links_each_text_on_a_phone(phone, base_url):
    phone.goto(base_url)
    article = phone.locator("article")
    assert "witness" in article.inner_text()
    for text in EDITION.texts:
        link = article.get_by_role("link", name="Start reading").and_(
            article.locator(f"a[href$='{text.slug}/']"))
        assert link.is_visible(), text.slug
        counts = squashed(article.inner_text())
        assert f"{len(text.paragraphs)} paragraphs" in counts
    assert article.locator("#key").is_visible()
    assert phone.get_by_role("heading", name="How to cite").is_visible()


def test_the_header_title_fits_on_a_phone(phone, base_url):
    """Not cut to "On the Fund…": the short title, then, scrolled into the text, its part."""
    fits = "e => e.scrollWidth <= e.clientWidth + 1"
    for text in EDITION.texts:
        phone.goto(base_url + text.slug + "/")
        topic = phone.locator(".md-header__topic").first.locator(".md-ellipsis")
        assert topic.evaluate(fits), topic.inner_text()
        phone.locator(f"#p{len(text.paragraphs)}").scroll_into_view_if_needed()
        page_topic = phone.locator(".md-header__topic[data-md-component=header-topic] .md-ellipsis")
        phone.locator(".md-header__title--active").wait_for()
        assert page_topic.evaluate(fits), page_topic.inner_text()


# The Corrections filter ------------------------------------------------------------------


def test_the_corrections_list_narrows_by_kind_and_confidence(page, base_url):
    page.goto(base_url + "corrections/")
    rows = page.locator("tr:has(> td:first-child > a[id])")
    assert rows.count() == len(EDITION.corrections)
    kind = EDITION.corrections[-1].kind
    page.get_by_label("Kind", exact=True).select_option(kind)
    expected = {c.id for c in EDITION.corrections if c.kind == kind}
    visible = set(page.eval_on_selector_all(
        "tr:has(> td:first-child > a[id])", "rs => rs.filter(r => r.offsetParent !== null).map(r => r.cells[0].querySelector('a').id)"))
    assert visible == expected
    confidence = next(c.confidence for c in EDITION.corrections if c.kind == kind)
    page.get_by_label("Confidence", exact=True).select_option(confidence)
    expected = {c.id for c in EDITION.corrections if c.kind == kind and c.confidence == confidence}
    status = page.locator(".corrections-filter output")
    assert status.get_attribute("role") == "status"
    assert status.inner_text() == f"{len(expected)} of {len(EDITION.corrections)} corrections shown"
    page.get_by_label("Kind", exact=True).select_option("")
    page.get_by_label("Confidence", exact=True).select_option("")
    assert page.locator("tr:has(> td:first-child > a[id]):visible").count() == len(EDITION.corrections)


def test_without_javascript_the_whole_corrections_list_shows(browser, base_url):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + "corrections/")
    assert page.locator("tr:has(> td:first-child > a[id]):visible").count() == len(EDITION.corrections)
    assert page.locator(".corrections-filter").count() == 0
    context.close()


# The key to the marks --------------------------------------------------------------------


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_key_is_one_click_from_every_paragraph(browser, base_url, javascript):
    context = browser.new_context(java_script_enabled=javascript, viewport=PHONE)
    page = context.new_page()
    for text in EDITION.texts:
        page.goto(base_url + f"{text.slug}/#p{len(text.paragraphs)}")
        key = page.locator("#key")
        assert not key.is_visible(), "the key is folded until asked for"
        page.get_by_role("link", name="Key to the marks").click()
        key.wait_for(state="visible", timeout=5000)
        assert "correction" in page.locator("details.key").inner_text()
    # From any other page, the home page's key.
    page.goto(base_url + "glossary/")
    page.get_by_role("link", name="Key to the marks").click()
    page.wait_for_url(re.compile(r"/edition/(index\.html)?#key$"))
    assert page.locator("#key").is_visible()
    context.close()


# Witness view off the reading page ------------------------------------------------------


def test_in_the_witness_view_each_gap_is_a_visible_named_marker(page, base_url):
    gaps = [c for c in EDITION.corrections if c.is_gap]
    assert gaps, "the edition has a gap"
    for gap in gaps:
        page.goto(base_url + f"{gap.text}/")
        page.click(SWITCH)
        marker = page.locator(f"#c-{gap.id}")
        assert marker.is_visible(), gap.id
        assert marker.evaluate("e => getComputedStyle(e, '::before').borderTopStyle") != "none"
        assert "gap" in accessible_name(page, f"#c-{gap.id}").lower()
        assert gap.reading not in marker.inner_text() or not gap.reading
        page.click(SWITCH)


def test_the_witness_view_is_shown_on_every_page_and_survives_navigation(page, base_url, site_dir):
    page.goto(base_url + EDITION.texts[0].slug + "/")
    button = page.locator(SWITCH)
    width = button.evaluate("e => e.getBoundingClientRect().width")
    button.click()
    assert button.evaluate("e => e.getBoundingClientRect().width") == width, "the button keeps its width"
    for name in site_pages(site_dir):
        page.goto(base_url + name)
        assert page.get_attribute(SWITCH, "aria-pressed") == "true", name
        assert "witness-view" in page.get_attribute("html", "class"), name
    page.click(SWITCH)
    page.goto(base_url)
    assert page.get_attribute(SWITCH, "aria-pressed") == "false"


def test_the_witnessed_reading_is_marked_by_a_shape_not_only_a_tint(page, base_url):
    correction = next(c for c in EDITION.corrections if c.witnessed)
    page.goto(base_url + f"{correction.text}/")
    page.click(SWITCH)
    style = page.locator(f"#c-{correction.id}").evaluate("e => getComputedStyle(e, '::after').textDecorationStyle")
    assert style == "wavy"


# Marks and notes on the reading page ----------------------------------------------------


def test_confidence_is_told_by_the_line_not_by_colour_alone(page, base_url):
    styles = {}
    for correction in EDITION.corrections:
        if correction.confidence in styles or correction.is_gap:
            continue
        page.goto(base_url + f"{correction.text}/")
        mark = page.locator(f"#c-{correction.id}")
        styles[correction.confidence] = mark.evaluate(
            "e => { const s = getComputedStyle(e); return [s.textDecorationStyle, s.fontStyle].join(' '); }")
    assert len(set(styles.values())) == len(styles), styles


def test_the_reading_page_names_the_work_once_and_heads_its_notes(page, base_url, soup):
    for text in EDITION.texts:
        html = soup(text.slug)
        assert html.title.get_text().count(text.meta.title) == 1
        heading = html.find(id="notes")
        assert heading.name == "h2" and heading.find_next_sibling().get("class") == ["footnote"]
        page.goto(base_url + f"{text.slug}/")
        note = page.locator(".footnote li").first
        size, colour = note.evaluate("e => [parseFloat(getComputedStyle(e).fontSize), getComputedStyle(e).color]")
        body = page.locator("p.numbered").first.evaluate("e => getComputedStyle(e).color")
        assert size >= 14 and colour == body


def test_no_correction_reason_cites_a_file_of_the_repository():
    for correction in EDITION.corrections:
        assert not re.search(r"README|seed|\.(ya?ml|md|txt|py)\b", correction.reason), correction.id


def test_the_key_link_follows_instant_navigation(page, base_url):
    from conftest import enable_instant_navigation

    enable_instant_navigation(page, base_url)
    page.goto(base_url + "notes/")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.sameDocument = true")
    text = EDITION.texts[0]
    page.locator(f"nav a[href$='/{text.slug}/']").first.click()
    page.locator("#p1").wait_for()
    page.get_by_role("link", name="Key to the marks").click()
    page.locator("#key").wait_for(state="visible", timeout=5000)
    assert page.url.endswith(f"/{text.slug}/#key")
    assert page.evaluate("window.sameDocument === true")
