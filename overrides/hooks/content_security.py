"""A Content-Security-Policy on every page: only the site's own scripts and styles run.

GitHub Pages sends no headers of its own choosing, so the policy is a `<meta http-equiv>`,
the first element after the page's character set (a policy covers only what follows it).
It allows scripts and stylesheets from the site itself ('self'), images from the site and
`data:` (Material's icons in its stylesheet), and nothing from another host; inline
scripts run only if their SHA-256 is listed. The hashes listed are those of the theme's own
inline scripts (Material's partials/javascripts/*.html: __md_scope and its helpers, the
palette, the tabs, ...), rendered with the page's own context, not read off the page: a
script that data smuggled into a page is not in its policy, so a browser does not run it,
and the output gate (edition/gate.py) fails the build on it. JSON data blocks (citation,
configuration) are not scripts a browser runs and need no hash.

Zensical ignores hooks: a site it builds has no policy (see README, Hosting).
"""

from __future__ import annotations

import base64
import hashlib
import re

from mkdocs.exceptions import PluginError

# Scripts Material writes inline, rendered from these partials with the page's context.
THEME_SCRIPTS = ("partials/javascripts/base.html", "partials/javascripts/announce.html",
                 "partials/javascripts/outdated.html", "partials/javascripts/content.html",
                 "partials/javascripts/palette.html")
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_CHARSET = re.compile(r'<meta charset="utf-8">', re.IGNORECASE)
# What a base_url (from site_url on the 404 page) may hold inside the theme's script strings.
_SAFE_BASE = re.compile(r"[A-Za-z0-9._~/%:@+-]*")
_hashes: dict[str, tuple[str, ...]] = {}

DIRECTIVES = (
    "default-src 'none'",
    "script-src 'self' {scripts}",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
)


def digest(script: str) -> str:
    """A CSP source for an inline script's exact text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(scripts) -> str:
    return "; ".join(DIRECTIVES).format(scripts=" ".join(sorted(set(scripts))))


def _theme_scripts(context, config) -> tuple[str, ...]:
    base = str(context.get("base_url", ""))
    if not _SAFE_BASE.fullmatch(base):
        raise PluginError(f"site_url's path {base!r} holds a character that would break out of the theme's scripts; "
                          "an address is letters, digits and / . - _ ~ % only")
    env = config.theme.get_env()
    found = []
    for name in THEME_SCRIPTS:
        if name not in env.list_templates():  # a partial this version of Material does not have
            continue
        html = env.get_template(name).render({**context, "features": config.theme.get("features") or []})
        found += [digest(script) for script in _INLINE_SCRIPT.findall(html)]
    return tuple(found)


def on_page_context(context, page, config, nav):
    _hashes[page.url] = _theme_scripts(context, config)
    return context


def on_template_context(context, template_name, config):
    _hashes["template:" + template_name] = _theme_scripts(context, config)
    return context


def _with_policy(output: str, key: str) -> str:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(_hashes.pop(key, ()))}">'
    with_policy, count = _CHARSET.subn(lambda m: m.group(0) + meta, output, count=1)
    if not count:
        raise PluginError(f"{key}: no <meta charset> to put the Content-Security-Policy after")
    return with_policy


def on_post_page(output, page, config):
    return _with_policy(output, page.url)


def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    return _with_policy(output_content, "template:" + template_name)
