"""Every page passes axe-core; the keyboard reaches every mark in reading order.

The marks' popovers, their names and their keyboard use: tests/test_marks.py.
"""

from __future__ import annotations

import pytest

from conftest import SLUGS

# A page-level check: it runs for every text (tests/test_new_text.py runs it on a copy with another).
pytestmark = pytest.mark.page

PAGES = ["", *(f"{slug}/" for slug in SLUGS), "corrections/", "notes/", "glossary/", "about/", "how-to-cite/",
         "404.html"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_has_no_axe_violations(browser, base_url, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    found = {}
    for name in PAGES:
        page.goto(base_url + name)
        page.wait_for_load_state("networkidle")
        violations = axe.run(page).response["violations"]
        if name.rstrip("/") in SLUGS:  # the witness view too
            page.click("button.view-switch")
            violations += axe.run(page).response["violations"]
            page.click("button.view-switch")
        found[name or "home"] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    context.close()
    assert found == {name or "home": [] for name in PAGES}


def test_tab_reaches_every_mark_in_reading_order(page, base_url, slug):
    page.goto(base_url + f"{slug}/")
    marks_in_order = page.eval_on_selector_all(
        "p.numbered a.edit, p.numbered a.term, p.numbered a.footnote-ref",
        "els => els.filter(e => e.offsetParent !== null).map(e => e.id || e.getAttribute('href'))")
    page.focus("#p1 a.paragraph-number")
    reached = []
    for _ in range(len(marks_in_order) * 3 + 100):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement;
            if (!e.closest('p.numbered')) return null;
            return e.matches('a.edit, a.term, a.footnote-ref') ? (e.id || e.getAttribute('href')) : ''; }""")
        if focused is None:
            break
        if focused:
            reached.append(focused)
    assert reached == marks_in_order
