"""The Content-Security-Policy of every page (overrides/hooks/content_security.py): only the
site's own scripts and styles run, nothing comes from another host, and the site works under it."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest
from bs4 import BeautifulSoup
from conftest import SLUGS

POLICY = "Content-Security-Policy"
VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sample || '')));
"""


def digest(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def directives(content: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in content.split(";") if part.strip())}


def test_every_page_has_the_policy_before_anything_it_governs(site_dir):
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 5
    for html in pages:
        text = html.read_text(encoding="utf-8")
        name = str(html.relative_to(site_dir))
        soup = BeautifulSoup(text, "html.parser")
        metas = soup.find_all("meta", attrs={"http-equiv": POLICY})
        assert len(metas) == 1, name
        head = [element for element in soup.head.find_all(True)]
        assert head[0].get("charset") and head[1] is metas[0], (name, head[:2])  # before every script and style
        policy = directives(metas[0]["content"])
        assert policy["default-src"] == ["'none'"], name
        for directive, values in policy.items():
            assert "'unsafe-inline'" not in values and "'unsafe-eval'" not in values and "*" not in values, name
            hosts = [v for v in values if not v.startswith("'") and v not in ("data:",)]
            assert hosts == [], (name, directive, hosts)
        assert policy["style-src"] == ["'self'"], name
        for script in soup.find_all("script"):
            if script.get("src") or "json" in script.get("type", ""):
                continue
            assert digest(script.string or "") in policy["script-src"], (name, (script.string or "")[:80])


def test_the_site_works_under_its_policy(browser, base_url):
    """Material's inline scripts (__md_scope, palette, ...), its search worker, the popovers and the
    cite control run, and nothing on any page is refused by the policy."""
    context = browser.new_context()
    context.add_init_script(VIOLATIONS)
    page = context.new_page()
    try:
        for name in ["", *(f"{slug}/" for slug in SLUGS), "corrections/", "notes/", "glossary/", "about/",
                     "how-to-cite/", "404.html"]:
            page.goto(base_url + name)
            page.wait_for_load_state("networkidle")
            assert page.evaluate("typeof __md_scope === 'object' && typeof __md_get === 'function'"), name
            if name.rstrip("/") in SLUGS:
                page.locator("input.md-search__input").click()
                page.keyboard.type("party")
                page.locator(".md-search-result__item").first.wait_for()  # the worker ran, the index was fetched
                page.keyboard.press("Escape")
                page.locator("p.numbered a.edit").first.hover()
                page.locator(".mark-popover__line").first.wait_for()
                scheme = page.evaluate("document.body.dataset.mdColorScheme")
                page.locator("form[data-md-component=palette] label:visible").click()
                assert page.evaluate("document.body.dataset.mdColorScheme") != scheme  # the palette's script ran
                page.wait_for_load_state("networkidle")
            assert page.evaluate("window.__violations") == [], name
    finally:
        context.close()


@pytest.mark.parametrize("with_policy", [True, False])
def test_a_planted_inline_script_without_its_hash_does_not_run(browser, base_url, with_policy):
    """Planted in a page as data might plant it, an inline script and an event handler do not run; the
    same page without its policy runs them (so the test can fail)."""
    context = browser.new_context()
    context.add_init_script(VIOLATIONS)
    page = context.new_page()
    planted = ('<script>window.__planted = "script"</script>'
               '<img src="data:," onerror="window.__handler = 1" alt="">')

    def plant(route):
        body = route.fetch().text()
        if not with_policy:
            body = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", body)
        route.fulfill(body=body.replace("</article>", planted + "</article>", 1),
                      headers={"content-type": "text/html; charset=utf-8"})

    try:
        page.route(base_url + f"{SLUGS[0]}/", plant)
        page.goto(base_url + f"{SLUGS[0]}/")
        page.wait_for_load_state("networkidle")
        ran = page.evaluate("[window.__planted || null, window.__handler || null]")
        if with_policy:
            assert ran == [None, None]
            assert any("script-src" in v for v in page.evaluate("window.__violations"))
            assert page.evaluate("typeof __md_scope") == "object"  # the site's own inline scripts still ran
        else:
            assert ran == ["script", 1]
    finally:
        context.close()
