"""Every page passes axe-core; every tooltip opens on focus and hover, is announced and dismissable."""

from __future__ import annotations

import pytest

from conftest import ROOT
from edition.load import load_edition
from edition.render import first_sentence, plain_text

EDITION = load_edition(ROOT)
PAGES = ["", "section-3/", "corrections/", "notes/", "glossary/", "about/", "how-to-cite/", "404.html"]
TOOLTIP = ".md-tooltip2--active"


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
        if name == "section-3/":  # the witness view too
            page.click("button.view-switch")
            violations += axe.run(page).response["violations"]
            page.click("button.view-switch")
        found[name or "home"] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    context.close()
    assert found == {name or "home": [] for name in PAGES}


def accessible(page, selector: str) -> dict:
    """The element's computed name and description, as the browser gives them to a screen reader."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.getDocument")
    node = cdp.send("DOM.describeNode", {"objectId": cdp.send(
        "Runtime.evaluate", {"expression": f"document.querySelector({selector!r})"})["result"]["objectId"]})
    ax = cdp.send("Accessibility.getPartialAXTree", {"backendNodeId": node["node"]["backendNodeId"],
                                                     "fetchRelatives": False})["nodes"][0]
    cdp.detach()
    return {key: ax.get(key, {}).get("value", "") for key in ("name", "description")}


def marks():
    """One of each kind of tooltip on the reading page: (selector, text the tooltip and description carry)."""
    correction = next(c for c in EDITION.corrections if c.witnessed and c.text == "section-3")
    note = next(n for n in EDITION.notes if n.text == "section-3")
    return [
        ("correction", f"#c-{correction.id}", correction.witnessed),
        ("term", "a.term", None),  # the first term in the text; its definition is looked up below
        ("note", f"a.footnote-ref[href='#fn:{note.id}']", plain_text(note.body)[:40]),
    ]


def expected_text(page, kind, selector, text):
    if text is not None:
        return text
    href = page.get_attribute(selector, "href")
    term = next(t for t in EDITION.terms if href.endswith("#" + t.id))
    return first_sentence(plain_text(term.definition))[:40]


@pytest.mark.parametrize("kind, selector, text", marks(), ids=[m[0] for m in marks()])
def test_a_tooltip_opens_on_focus_and_hover_is_announced_and_escape_dismisses_it(page, base_url, kind, selector, text):
    page.goto(base_url + "section-3/")
    page.wait_for_load_state("networkidle")
    text = expected_text(page, kind, selector, text)
    # Announced: the description a screen reader reads, before and while the tooltip is open.
    assert text in accessible(page, selector)["description"]
    page.focus(selector)
    tooltip = page.locator(TOOLTIP).filter(has_text=text)
    tooltip.wait_for(state="visible", timeout=5000)
    assert text in accessible(page, selector)["description"]
    page.keyboard.press("Escape")
    tooltip.wait_for(state="hidden", timeout=2000)
    assert page.evaluate("s => document.activeElement.matches(s)", selector), "focus stays where it was"
    page.evaluate("document.activeElement.blur()")
    page.locator(TOOLTIP).wait_for(state="detached", timeout=5000)
    page.hover(selector)  # at once: Material may reuse the closing tooltip
    page.locator(TOOLTIP).filter(has_text=text).wait_for(state="visible", timeout=5000)
    page.keyboard.press("Escape")
    page.locator(TOOLTIP).filter(has_text=text).wait_for(state="hidden", timeout=2000)


def test_tab_reaches_every_mark_in_reading_order(page, base_url):
    page.goto(base_url + "section-3/")
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
