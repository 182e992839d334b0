"""Search the reading text paragraph by paragraph, by its corrected and its witnessed reading.

Material's search plugin makes one index entry per heading, so a reading page, which has a
single section heading, would be one entry holding every paragraph, and a search result
could only lead to the top of that section. It also drops tags without a space, so an edit's
`<del>fiendish</del><ins>friendship</ins>` became the one word "fiendishfriendship", which
neither reading finds as a word.

This hook re-indexes each reading page (a page with `edition_text` front matter) after the
plugin: each numbered paragraph becomes its own entry, titled "¶N" and located at its
anchor #pN, and the two readings of an edit are indexed as separate words. Only the
index changes; the page's HTML is untouched.
"""

from __future__ import annotations

import copy
import re

from mkdocs.plugins import event_priority

# The markup the edition's renderer writes (edition/render.py), as MkDocs outputs it:
# the paragraph's opening tag and its number link, and the join of an edit's two readings.
NUMBERED_PARAGRAPH = re.compile(
    r'<p class="numbered" id="p(?P<n>\d+)"><a [^>]*class="paragraph-number"[^>]*>\d+</a>\s*')
READINGS_JOIN = "</del><ins>"
# The footnotes after the last paragraph: their own entry, located at the first note.
NOTES = re.compile(r'<div class="footnote">(?P<rest>\s*<hr />\s*<ol>\s*<li id="(?P<id>fn:[^"]+)")')


def index_sections(content: str) -> str:
    """The page as the index should see it: a heading before each numbered paragraph and the notes."""
    content = content.replace(READINGS_JOIN, "</del> <ins>")
    content = NOTES.sub(r'<h6 id="\g<id>">Notes</h6><div class="footnote">\g<rest>', content, count=1)
    return NUMBERED_PARAGRAPH.sub(r'<h6 id="p\g<n>">¶\g<n></h6><p>', content)


def _search_plugin(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None and hasattr(plugin, "search_index"):
            return plugin
    return None


# After the search plugin (priority 0) has indexed the page.
@event_priority(-50)
def on_page_context(context, page, config, nav):
    plugin = _search_plugin(config)
    if plugin is None or not plugin.config.enabled or "edition_text" not in page.meta:
        return context
    index = plugin.search_index
    own = page.url
    index.entries = [entry for entry in index.entries
                     if entry["location"] != own and not entry["location"].startswith(own + "#")]
    indexed = copy.copy(page)
    indexed.content = index_sections(page.content)
    index.add_entry_from_context(indexed)
    return context
