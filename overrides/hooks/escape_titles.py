"""Titles from the data reach Material's templates as text, escaped once for HTML.

Material prints a page's title raw in the navigation, the header, the breadcrumbs and the
footer's Previous/Next links (`{{ page.title }}`), because MkDocs' titles normally come from
Markdown the site's author wrote. Here a reading page's title is a text's title from
source/NAME.yaml: data, which may hold `<`, `&` or quotation marks. Before each page is
rendered, every title in the navigation is made `Markup` of its escaped text, so it prints as
text wherever a template puts it, and a template's own `| e` does not escape it twice. The
`<title>` element and the meta tags, where Material strips tags (and so would undo the
escaping) or prints `site_description` raw, are overridden in overrides/main.html.
"""

from __future__ import annotations

from markupsafe import Markup, escape


def _escape_titles(items) -> None:
    for item in items or ():
        title = getattr(item, "title", None)
        if isinstance(title, str) and not isinstance(title, Markup):
            item.title = escape(title)
        _escape_titles(getattr(item, "children", None))


def on_page_context(context, page, config, nav):
    _escape_titles(nav.items)
    _escape_titles([page])
    return context


def on_nav(nav, config, files):
    """Before anything is rendered: the 404 page, rendered without a page context, has the navigation too."""
    _escape_titles(nav.items)
    return nav
