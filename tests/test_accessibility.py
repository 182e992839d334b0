"""The keyboard reaches every mark in reading order.

Axe (WCAG 2.2 AA) on every page, phone and desktop, light, dark and witness view: tests/test_layers.py.
The marks' popovers, their names and their keyboard use: tests/test_marks.py.
"""

from __future__ import annotations

import pytest

# A page-level check: it runs for every text (tests/test_added_texts.py runs it on a copy with the test texts).
pytestmark = pytest.mark.page


def test_tab_reaches_every_mark_in_reading_order(page, base_url, slug):
    page.goto(base_url + f"{slug}/")
    marks_in_order = page.eval_on_selector_all(
        "p.numbered a.edit, p.numbered a.term, p.numbered a.footnote-ref",
        "els => els.filter(e => e.offsetParent !== null).map(e => e.id || e.getAttribute('href'))")
    page.focus("#p1 a.paragraph-number")
    reached = []
    for _ in range(len(marks_in_order) * 3 + 100):
        page.keyboard.press("Tab")
        # A heading of the text between its paragraphs (README, "Structure"): its permalink is passed over.
        focused = page.evaluate("""() => { const e = document.activeElement, all = document.querySelectorAll('p.numbered');
            if (!e.closest('p.numbered')) return e.matches('article a.headerlink')
                && (e.compareDocumentPosition(all[all.length - 1]) & Node.DOCUMENT_POSITION_FOLLOWING) ? '' : null;
            return e.matches('a.edit, a.term, a.footnote-ref') ? (e.id || e.getAttribute('href')) : ''; }""")
        if focused is None:
            break
        if focused:
            reached.append(focused)
    assert reached == marks_in_order
