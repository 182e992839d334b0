"""What editors' Markdown (a note, a glossary definition) may publish, judged on its HTML.

A link can be written in Markdown in many ways: inline, as a reference whose definition
may stand anywhere (in a list item, in a blockquote), as an autolink, in raw HTML, with the
scheme hidden behind character entities (`jav&#x61;script:`) or broken by a tab. Rather
than recognise each form in the source, the note is rendered as the page will render it:
through the site's converter (`markup.Markup`: raw HTML shown as text, attribute lists disabled,
the Markdown extensions MkDocs loads from mkdocs.yml). Then every element, attribute and URL of the resulting
HTML is judged:

- elements and attributes: only ALLOWED_TAGS and ALLOWED_ATTRIBUTES; images are refused (a
  reader's browser would fetch them from another host, and the edition has no images of its
  own to offer);
- link targets: http, https and mailto, or one of the edition's own pages (`glossary.md#id`),
  whose anchor `own_link_problem` looks up in the pages' anchors (load.check_rendered);
- as defence in depth, nh3 (the Rust sanitizer ammonia) cleans the HTML with the same
  allow-list, and a note whose HTML nh3 would change is refused even if no rule above named
  the reason. `check` runs before every build, so nothing nh3 would remove is published.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Protocol, TypeVar

import nh3
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.toc import unique

from .limits import over_limits
from .markup import Markup
from .plainfiles import MAX_PAGE_BYTES, is_plain, listed, read_plain
from .problems import Origin, short

ALLOWED_TAGS = frozenset({"p", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "a", "br", "hr",
                          "del", "ins", "sup", "sub"})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# What a browser ignores in a URL before reading its scheme (the URL standard's stripping).
_IGNORED_IN_URL = re.compile(r"[\t\n\r]")
_LEADING = re.compile(r"^[\x00-\x20]+")
_OWN_PAGE = re.compile(r"^(?P<page>[a-z0-9][a-z0-9-]*\.md)(?:#(?P<anchor>[^#]+))?$")


@dataclass(frozen=True)
class OwnLink:
    """A link to one of the edition's pages, checked once the pages are rendered."""

    page: str
    anchor: str | None
    href: str


class _Elements(HTMLParser):
    """Every element with its attributes (entities decoded), and a canonical token list."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.tokens: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self.tokens.append(("start", tag, tuple(sorted((k, v or "") for k, v in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.tokens.append(("end", tag))

    def handle_data(self, data):
        if data.strip():
            self.tokens.append(("text", " ".join(data.split())))


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


def note_html(source: str, markup: Markup) -> str:
    """The note's HTML as the page will have it."""
    return markup.html(source)


def judge(source: str, markup: Markup) -> tuple[list[str], list[OwnLink]]:
    """The reasons `source` may not be published, and its links to the edition's own pages."""
    too_much = over_limits(source)
    if too_much:
        return [too_much], []  # refused before it is rendered: its rendering would not be linear
    html = note_html(source, markup)
    parsed = _parse(html)
    reasons: list[str] = []
    own: list[OwnLink] = []
    if any(tag == "div" and "footnote" in (attrs.get("class") or "").split() for tag, attrs in parsed.elements):
        return ["holds a footnote ([^…]); a note cannot have notes of its own, and its label would collide with "
                "the page's"], []
    missing = markup.missing_features(source)
    if missing:
        reasons.append(f"uses Markdown that this site's converter does not have ({', '.join(missing)}, not in "
                       "mkdocs.yml's markdown_extensions): the page would print its signs as written; escape "
                       "them with a backslash, or write it otherwise")
    refused_tags: list[str] = []
    for tag, attrs in parsed.elements:
        if tag == "a" and attrs.get("class") == "headerlink":
            continue  # the permalink of a heading, which is refused itself
        if tag == "img":
            reasons.append(f"embeds an image ({short(attrs.get('src') or '', 80)}): images are refused in notes "
                           "and definitions, since a reader's browser would fetch them")
            continue
        if tag not in ALLOWED_TAGS:
            refused_tags.append(tag)
            continue
        allowed = ALLOWED_ATTRIBUTES.get(tag, set())
        for name in attrs:
            if name not in allowed:
                reasons.append(f"gives <{tag}> the attribute {short(name)}, which a note does not publish")
        if tag == "a":
            reason, link = judge_href(attrs.get("href") or "")
            if reason:
                reasons.append(reason)
            if link:
                own.append(link)
    if refused_tags:
        made = ", ".join(f"<{tag}>" for tag in dict.fromkeys(refused_tags))
        reasons.append(f"makes {made}, which a note or definition does not publish; allowed: "
                       f"{', '.join(sorted(ALLOWED_TAGS - {'a'}))} and links")
    reasons = list(dict.fromkeys(reasons))
    if not reasons and _parse(_sanitize(html)).tokens != parsed.tokens:
        reasons.append("holds markup that the allow-list sanitizer (nh3) would remove; write plain Markdown: "
                       "paragraphs, emphasis, lists, quotations, code and links")
    return reasons, own


def _sanitize(html: str) -> str:
    return nh3.clean(html, tags=set(ALLOWED_TAGS), attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
                     url_schemes=set(SCHEMES), link_rel=None, strip_comments=True)


def judge_href(href: str) -> tuple[str, OwnLink | None]:
    """Why a link target is refused ("" if it is not), and the own page it leads to, if any."""
    url = _LEADING.sub("", _IGNORED_IN_URL.sub("", href))
    scheme = _SCHEME.match(url)
    if scheme:
        if scheme.group(1).lower() in SCHEMES:
            return "", None
        return (f"links to {short(href, 80)}, with the scheme {short(scheme.group(1).lower())}; only "
                f"{', '.join(sorted(SCHEMES))} or a page of the edition (NAME.md or NAME.md#anchor)"), None
    if url.startswith("//"):
        return f"links to {short(href, 80)} without a scheme: write https:// in full", None
    if url.startswith("/"):
        return (f"links to {short(href, 80)}, a path from the server's root, which breaks when the site is "
                "served under a sub-path: link to NAME.md or NAME.md#anchor"), None
    if url.startswith("#"):
        return (f"links to {short(href, 80)}, an anchor without its page: a note is shown on its text's page "
                "and on the Notes page, where it would lead elsewhere; write NAME.md#anchor"), None
    own = _OWN_PAGE.match(url)
    if own:
        return "", OwnLink(own.group("page"), own.group("anchor"), href)
    return (f"links to {short(href, 80)}, which is not a page of the edition: write NAME.md or NAME.md#anchor "
            "for a page, or a full http(s) address"), None


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.ids += [value for name, value in attrs if name == "id" and value]


def html_ids(markdown_text: str, markup: Markup) -> list[str]:
    """Every id of the page's HTML, in order, as the site's Markdown extensions make it."""
    body = re.sub(r"\A---\n.*?\n---\n", "", markdown_text, count=1, flags=re.S)
    parser = _Ids()
    parser.feed(markup.convert(body))
    return parser.ids


def written_ids(anchors, markup: Markup) -> list[str]:
    """Every id a generated page's HTML will have, from what its renderer wrote (render.Anchors),
    named as the site's Markdown extensions name them; without converting the page."""
    converter = markup.converter.reset()
    ids = list(anchors.ids)
    footnotes = next((e for e in converter.registeredExtensions if isinstance(e, FootnoteExtension)), None)
    if footnotes is not None:
        ids += [footnotes.makeFootnoteRefId(label) for label in anchors.footnotes]
        ids += [footnotes.makeFootnoteId(label) for label in anchors.footnotes]
    if "toc" in converter.treeprocessors:
        toc, used = converter.treeprocessors["toc"], set(ids)
        ids += [unique(toc.slugify(heading, toc.sep), used) for heading in anchors.headings]
    return ids


def page_anchors(pages, markup: Markup, static_dir: Path | None = None,
                 twice: dict[str, list[str]] | None = None) -> dict[str, set[str]]:
    """Every page of the site (generated or hand-written) with the anchors its Markdown gives it;
    the anchors a generated page gives twice are added to `twice`, page by page.

    A generated page's anchors are known from its renderer; a hand-written one's (pages/, small)
    from its HTML."""
    anchors: dict[str, set[str]] = {}
    for page in pages:
        ids = html_ids(page.markdown, markup) if page.anchors is None else written_ids(page.anchors, markup)
        anchors[page.path] = set(ids)
        if twice is not None and len(ids) > len(anchors[page.path]):
            counts = Counter(ids)
            twice[page.path] = [id for id in ids if counts[id] > 1]
    if static_dir is not None and static_dir.is_dir():
        for path in (p for p in listed(static_dir, "*.md") if is_plain(p)):
            if path.name not in anchors:
                text = read_plain(path, MAX_PAGE_BYTES).decode("utf-8", errors="replace")
                anchors[path.name] = set(html_ids(text, markup))
    return anchors


def own_link_problem(link: OwnLink, anchors: dict[str, set[str]]) -> str:
    """Why a link to one of the edition's pages would fail MkDocs' strict build ("" if it would not)."""
    if link.page not in anchors:
        return (f"links to {short(link.href, 80)}, but the edition has no page {short(link.page)}; its pages: "
                f"{', '.join(sorted(anchors))}")
    ids = anchors[link.page]
    if link.anchor and link.anchor not in ids:
        return f"links to {short(link.href, 80)}, but {link.page} has no anchor {short(link.anchor)}"
    return ""


# Fragments on a shared page ------------------------------------------------------------------
# A text's page holds all its notes, the Notes page every note, the Glossary page every
# definition, each page converted by MkDocs as one Markdown document. Each entry is judged alone
# (judge), so it must also render alone there: nothing it defines may reach another entry, and
# nothing another defines may reach it.

Entry = TypeVar("Entry", bound="_HasOrigin")


class _HasOrigin(Protocol):
    @property
    def origin(self) -> Origin: ...


_FOLLOWING = "edition-fragment-end"  # a paragraph after the entry, as its page writes one
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.M)


def crossings(fragments: Sequence[tuple[Entry, str]], markup: Markup) -> list[tuple[Entry, str]]:
    """The entries (with the reason) of `fragments`, (item, Markdown) pairs converted in one page,
    that would not render there as they render alone: a reference definition or abbreviation that
    another entry also defines, a reference that another entry's definition would resolve, and a
    construct (an unclosed code fence) that would run on into what follows."""
    found: list[tuple[Entry, str]] = []
    defined = [markup.definitions(source) for _, source in fragments]
    first: dict[str, Origin] = {}
    references: dict[str, tuple[str, str | None]] = {}
    for (item, _), definitions in zip(fragments, defined, strict=True):
        for key, target in definitions.items():
            if key in first:
                found.append((item, f"defines {short(key)}, as another entry on its page does ({first[key]}): "
                                    "a page converts its entries as one document, where one definition would "
                                    "serve both; give it another label"))
            else:
                first[key] = item.origin
            if key.startswith("["):
                references.setdefault(key[1:-1], target)  # type: ignore[arg-type]
        if any(key.startswith("*[") for key in definitions):
            found.append((item, "defines an abbreviation (*[...]: ...), which would act on the whole page it "
                                "stands in, the text included"))
    for (item, source), definitions in zip(fragments, defined, strict=True):
        others = {label: target for label, target in references.items() if f"[{label}]" not in definitions}
        if not (others or _FENCE.search(source)):
            continue  # nothing on the page can change it, nor it the page
        alone = "\n".join(part for part in (markup.html(source), f"<p>{_FOLLOWING}</p>") if part)
        if markup.in_context(source, others, _FOLLOWING) != alone:
            found.append((item, "renders differently beside the other entries of its page than alone (a "
                                "reference defined in another entry, or a code fence left open): each note and "
                                "definition must stand alone; define its references in it and close its fences"))
    return found


# The hand-written pages (pages/*.md) ---------------------------------------------------------
# Markdown with raw HTML, published as written: data an editor changes by pull request, so
# checked as data. No script runs from one and no resource is fetched from another host.

_PAGE_REFUSED_TAGS = frozenset({"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
                                "form", "meta", "link", "style"})
_URL_ATTRIBUTES = frozenset({"href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data",
                             "background", "cite"})


class _Page(_Elements):
    """Elements with the source line (within the converted HTML) each starts on."""

    def __init__(self):
        super().__init__()
        self.lines: list[int] = []

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        self.lines.append(self.getpos()[0])


def page_problems(path: Path, name: str, anchors: dict[str, set[str]], markup: Markup) -> list[tuple[int, str]]:
    """What a hand-written page may not publish, each with its line in the page's Markdown: a
    script, an element that embeds or fetches (iframe, object, form, ...), an event handler, an
    address with a scheme other than http, https or mailto, a resource from another host, and a
    link to a page or anchor of the edition that does not exist."""
    source = read_plain(path, MAX_PAGE_BYTES).decode("utf-8", errors="replace")
    parsed = _Page()
    parsed.feed(markup.convert(re.sub(r"\A---\n.*?\n---\n", "", source, count=1, flags=re.S)))
    parsed.close()
    found: list[tuple[int, str]] = []

    def at(pattern: str, reason: str) -> None:
        match = re.search(pattern, source, re.I)
        found.append((source.count("\n", 0, match.start()) + 1 if match else 1, reason))

    for tag, attrs in parsed.elements:
        if tag in _PAGE_REFUSED_TAGS:
            at(rf"<\s*{tag}\b", f"holds a <{tag}> element: a page publishes text and links, and runs or fetches "
                                "nothing but the site's own scripts and styles")
        for attribute, value in attrs.items():
            if attribute.startswith("on"):
                at(rf"\b{re.escape(attribute)}\s*=", f"gives <{tag}> the event handler {short(attribute)}: "
                                                      "a page runs no script of its own")
            elif attribute in _URL_ATTRIBUTES and value:
                reason = _page_url_problem(tag, attribute, value, name, anchors)
                if reason:
                    at(re.escape(value), reason)
    return found


def _page_url_problem(tag: str, attribute: str, value: str, page: str, anchors: dict[str, set[str]]) -> str:
    url = _LEADING.sub("", _IGNORED_IN_URL.sub("", value))
    scheme = _SCHEME.match(url)
    if tag != "a" or attribute != "href":
        if scheme or url.startswith("//"):
            return (f"<{tag} {attribute}> fetches {short(value, 80)} from another host: the site requests "
                    "nothing from another host")
        return ""
    if scheme:
        if scheme.group(1).lower() in SCHEMES:
            return ""
        return (f"links to {short(value, 80)}, with the scheme {short(scheme.group(1).lower())}; only "
                f"{', '.join(sorted(SCHEMES))} or a page of the edition")
    if url.startswith("//"):
        return f"links to {short(value, 80)} without a scheme: write https:// in full"
    if url.startswith("/"):
        return (f"links to {short(value, 80)}, a path from the server's root, which breaks when the site is "
                "served under a sub-path: link to NAME.md or NAME.md#anchor")
    if url.startswith("#"):
        own = _OWN_PAGE.match(f"{page}{url}")
        return own_link_problem(OwnLink(page, url[1:], value), anchors) if own else ""
    own = _OWN_PAGE.match(url)
    return own_link_problem(OwnLink(own.group("page"), own.group("anchor"), value), anchors) if own else ""
