"""Search results a reader can use: each paragraph, correction, note and term its own result.

Material's search plugin makes one index entry per heading, so a reading page, which has a
single section heading, would be one entry holding every paragraph, and the Corrections list
one entry holding every correction. It also drops tags without a space, so an edit's
`<del>fiendish</del><ins>friendship</ins>` became the one word "fiendishfriendship".

This hook changes how the plugin's index (its class, extended at `on_config`) reads the
pages the edition's renderer writes:

- A reading page (front matter `edition_text`): each numbered paragraph becomes an entry
  titled "¶N" whose text is the reading text (without note numbers), each edit's witnessed
  reading after it as <sub>, so that either reading finds it; a paragraph with edits also
  has a field `witness`, the witness paragraph, in which a quoted phrase is looked up too.
  overrides/assets/javascripts/workers/search-phrases.js makes the snippet: the reading,
  short and centred on the match, with a witnessed reading only where the match is in it.
  A paragraph's entry also has its text's `lang` (and `dir` where right to left), which the
  worker puts on the snippet.
  Material groups results by page (the part of the location before "#") and folds all but
  the best of a page under "N more on this page"; a paragraph's location is therefore the
  page with a query of its own, `PAGE?p=N`, which makes it a result of its own;
  pages/assets/paragraph-query.js takes a reader who follows it to the anchor #pN (search
  needs JavaScript, so the script is always there). Paragraphs are
  boosted so that they come before the apparatus.
  The key to the marks and the notes at the foot are left out: the notes are found, one by
  one, on the Notes page.
- A page with the Corrections list: each correction becomes an entry at its row's anchor.

Only the index changes; the pages' HTML is untouched. Every step is one regular-expression
pass over the page, and such a page is indexed once, already cut (not first whole by Material
and then again): indexing stays linear in the page's size.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING, Any

from mkdocs.plugins import event_priority

# The markup the edition's renderer writes (edition/render.py), as MkDocs outputs it.
# (A text's paragraph has its language, and its direction where right to left: edition/languages.py.)
NUMBERED_PARAGRAPH = re.compile(
    r'<p class="numbered(?P<verse> verse)?"(?: dir="(?P<dir>[^"]*)")? id="p(?P<n>\d+)"(?: lang="(?P<lang>[^"]*)")?>'
    r'<a [^>]*class="paragraph-number"[^>]*>\d*</a>\s*')
# A verse paragraph (`form: verse`): its line breaks are its lines. Its text goes into the index
# inside <pre>, where Material's parser keeps them (elsewhere it makes a line break a space), and
# search-phrases.js shows them in the snippet. The lines' empty anchors are no text.
VERSE_PARAGRAPH = re.compile(r'(<p class="numbered verse"(?: dir="[^"]*")? id="p\d+"(?: lang="[^"]*")?>.*?)</p>', re.S)
LINE_ANCHOR = re.compile(r'<span class="line" [^>]*></span>')
# An edit's two readings: the witnessed one is the link's attribute (overrides/hooks/reading_dom.py);
# a gap has only the supplement (<ins>).
READINGS = re.compile(r'(?P<open><a (?:(?!data-witness=)[^>])*)(?:data-witness="(?P<witnessed>[^"]*)")?'
                      r'(?P<rest>[^>]*>)<ins>(?P<reading>[^<]*)</ins>')
# A note number in the text (the footnotes extension's reference), not a word of it.
NOTE_NUMBER = re.compile(r'<sup id="fnref:[^"]*">.*?</sup>', re.S)
# Han, Hiragana and Katakana are written without spaces between words: each character is
# made a word of its own for the index (a zero-width space either side, a separator in
# mkdocs.yml), and search-phrases.js looks a run of them up as a phrase. Same ranges there.
CJK = re.compile("[\u3005\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
ZERO_WIDTH_SPACES = re.compile("\u200b+")
# The links to the text's reference files, after the last paragraph: not a part of it.
REFERENCE_FILES = re.compile(r'<p class="reference-files">.*?</p>', re.S)
# The key to the marks (a <details> block) and the notes at the foot of the page (from their
# heading to the end, where the footnotes extension puts them).
KEY = re.compile(r'<details class="key">.*?</details>', re.S)
FOOT_NOTES = re.compile(r'<h2 id="notes">.*\Z', re.S)
# A row of the Corrections list: its first cell holds the correction's anchor.
CORRECTION_ROW = re.compile(
    r'<tr>\s*<td><a href="[^"]*" id="(?P<id>[^"]+)">(?P<place>[^<]*)</a></td>\s*'
    r'<td>(?P<witnessed>.*?)</td>\s*<td>(?P<reading>.*?)</td>\s*<td>(?P<kind>[^<]*)</td>\s*'
    r'<td>(?P<confidence>[^<]*)</td>\s*<td>(?P<reason>.*?)</td>\s*</tr>', re.S)
TABLE = re.compile(r"<table>.*?</table>", re.S)
# Paragraphs before every other result (a title match, boosted 1000 by Material, included).
PARAGRAPH_BOOST = 1e4


def index_reading_page(content: str, view: str = "reading") -> str:
    """A reading page as the index should see it: a heading before each numbered paragraph,
    each edit as its reading followed by the witnessed reading as <sub> (which the index keeps,
    and search-phrases.js shows only where the match is in it); view="witness": the witness."""
    content = REFERENCE_FILES.sub("", NOTE_NUMBER.sub("", FOOT_NOTES.sub("", KEY.sub("", content))))
    content = VERSE_PARAGRAPH.sub(r"\1</pre></p>", LINE_ANCHOR.sub("", content))
    def edit(match: re.Match) -> str:
        link = match["open"] + match["rest"]
        if view == "witness":
            return link + (match["witnessed"] or "")
        return link + match["reading"] + (f"<sub>{match['witnessed']}</sub>" if match["witnessed"] else "")
    content = READINGS.sub(edit, content)
    return NUMBERED_PARAGRAPH.sub(lambda m: f'<h6 id="p{m["n"]}">¶{m["n"]}</h6><p>' + ("<pre>" if m["verse"] else ""),
                                  content)


def words_of_cjk(text: str) -> str:
    """Each Han or Kana character a word of its own for the index (see CJK)."""
    return ZERO_WIDTH_SPACES.sub("\u200b", CJK.sub(lambda match: f"\u200b{match[0]}\u200b", text))


def _correction(match: re.Match) -> str:
    witnessed = re.sub(r"</?del[^>]*>", "", match["witnessed"])  # with the text's lang and dir
    reading = re.sub(r"</?ins[^>]*>", "", match["reading"])
    return (f'<h6 id="{match["id"]}">Correction, {match["place"]}</h6>'
            f"<p>{reading} (witness: {witnessed}); {match['kind']}, {match['confidence']}. {match['reason']}</p>")


def index_corrections(content: str) -> str:
    """Each row of the Corrections list as a section of its own, titled by its place."""
    def table(match: re.Match) -> str:
        rows = [_correction(row) for row in CORRECTION_ROW.finditer(match[0])]
        return "".join(rows) if rows else match[0]
    return TABLE.sub(table, content)


def _search_plugin(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None and hasattr(plugin, "search_index"):
            return plugin
    return None


if TYPE_CHECKING:  # the index class it is mixed into
    from material.plugins.search.plugin import SearchIndex as _Index
else:
    _Index = object


class _Cheap(_Index):
    """What the search index does differently here (mixed into the plugin's own index class).

    - A reading page is indexed once, already cut into paragraphs. Indexed whole, as one
      section, Material's parser would rescan the section for every closing tag of its
      footnotes: time growing with the square of the page's length (33 s of an 80 s build
      for a text of 6,900 paragraphs), for entries this hook would throw away.
    - A heading is found in the page's table of contents through a dictionary built once per
      page, not by a search of the whole table for each heading (square again, on the Notes
      page of a large edition). The entries are the same: a heading's table entry is its id.
    """

    def add_entry_from_context(self, page):
        reading = "edition_text" in page.meta
        if not reading and not CORRECTION_ROW.search(page.content):
            return super().add_entry_from_context(page)
        indexed = copy.copy(page)
        start = len(self.entries)
        witness = {}
        if reading:  # the witness's paragraphs, by location, for the reading's entries below
            indexed.content = index_reading_page(page.content, "witness")
            super().add_entry_from_context(indexed)
            witness = {entry["location"]: entry["text"] for entry in self.entries[start:]}
            del self.entries[start:]
        indexed.content = index_reading_page(page.content) if reading else index_corrections(page.content)
        # Each paragraph's language and direction, for its snippet (search-phrases.js marks it so).
        languages = {m["n"]: {k: m[k] for k in ("lang", "dir") if m[k]} for m in NUMBERED_PARAGRAPH.finditer(page.content)}
        result = super().add_entry_from_context(indexed)
        for entry in self.entries[start:]:
            number = re.fullmatch(re.escape(page.url) + r"#p(\d+)", entry["location"]) if reading else None
            if number:
                entry.update(languages.get(number[1], {}))
                if witness.get(entry["location"], entry["text"]) != entry["text"]:
                    entry["witness"] = witness[entry["location"]]
                entry["location"] = f"{page.url}?p={number[1]}"
                entry["boost"] = PARAGRAPH_BOOST
        return result

    def create_entry_for_section(self, section, toc, url, page):
        super().create_entry_for_section(section, toc, url, page)
        entry = self.entries[-1]
        entry["title"], entry["text"] = words_of_cjk(entry["title"]), words_of_cjk(entry["text"])

    def _find_toc_by_id(self, toc, id):
        if getattr(self, "_toc", None) is not toc:
            self._toc = toc
            self._toc_ids: dict[str, Any] = {}
            pending = list(toc)[::-1]
            while pending:  # depth first, in order: the first entry with an id wins, as in Material
                item = pending.pop()
                self._toc_ids.setdefault(item.id, item)
                pending.extend(list(item.children)[::-1])
        return self._toc_ids.get(id)


# After the search plugin (priority 0) has made its index.
@event_priority(-50)
def on_config(config):
    plugin = _search_plugin(config)
    if plugin is None or not plugin.config.enabled:
        return config
    index = plugin.search_index
    # The witness paragraph of a paragraph with edits is a field of its own (see above).
    index.config["fields"].setdefault("witness", {"boost": 1.0})
    if not isinstance(index, _Cheap):
        index.__class__ = type("ParagraphSearchIndex", (_Cheap, type(index)), {})
    return config
