"""Bad, odd and hostile input: each case is refused at its place, as `file:line: entry: reason`.

One row per case: the file edited, the text replaced in it (None: the file is written whole,
or removed when the new content is None too), what replaces it, and the exact line `check`
must print. The edition edited is the small one of conftest.py, whose files read:

    source/small.yaml       1 author  2 title  3 date  4 date_display  5 name_order  6 unit  7 number
                            8 part_title  9 language  10 provenance  11 header  12 sha256
    annotations/small.yaml  1 text  2 corrections:  3 - id: world-1  4 paragraph  5 witnessed
                            6 occurrence  7 reading  8 kind  9 confidence  10 reason
                            11 notes:  12 - id: ties  13 paragraph  14 phrase  15 text
    glossary.yaml           1 terms:  2 - id: round  3 term  4 forms  5 definition
"""

from __future__ import annotations

import hashlib
import textwrap
import time
import unicodedata

import pytest

import build_site
from conftest import SMALL_FILES, write_edition

A, S, G, T = "annotations/small.yaml", "source/small.yaml", "glossary.yaml", "source/small.txt"
LONG = "x" * 100_000
NFD_TEXT = unicodedata.normalize("NFD", "Café")
N, D = "text: A note.", "definition: Not square."
# "Billion laughs": nine aliases of nine aliases ... of nine strings, 9**9 once expanded.
BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join(['*' + alias] * 9)}]\n" for alias, name in zip("abcdefgh", "bcdefghi"))

CASES = [
    # The witness and its hash.
    ("hash-not-hex", S, "sha256:", "sha256: zz #", "source/small.yaml:12: key 'sha256': 'sha256' must be the witness's "
     "SHA-256 hash: 64 hexadecimal digits in lowercase"),
    ("hash-a-number", S, "sha256:", "sha256: 123 #", "source/small.yaml:12: key 'sha256': 'sha256' must be the "
     "witness's SHA-256 hash: 64 hexadecimal digits in lowercase"),

    # YAML means what it says: a plain scalar that YAML reads as something else is to be quoted.
    ("number-as-title", S, "title: A Small Text", "title: 1.5",
     "source/small.yaml:2: file: 'title' must be text, but YAML reads '1.5' as a number: quote it, title: \"1.5\""),
    ("octal-looking-display", S, "date_display: February 3, 2001", "date_display: 010",
     "source/small.yaml:4: file: 'date_display' must be text, but YAML reads '010' as a number: quote it, "
     "date_display: \"010\""),
    ("true-as-language", S, "language: en", "language: true",
     "source/small.yaml:9: file: 'language' must be text, but YAML reads 'true' as the truth value true: quote it, "
     "language: \"true\""),
    ("empty-provenance", S, "provenance: Made in a test.", "provenance:",
     "source/small.yaml:10: file: 'provenance' must be text, but YAML reads '' as nothing (null): quote it, "
     "provenance: \"\""),
    ("hex-author", S, "author: A. Writer", "author: 0x1F",
     "source/small.yaml:1: file: 'author' must be text, but YAML reads '0x1F' as a number: quote it, author: \"0x1F\""),
    ("list-as-title", S, "title: A Small Text", "title: [A, B]",
     "source/small.yaml:2: file: 'title' must be text, not a list"),
    ("number-as-reason", A, "reason: The whole world turns.", "reason: 12",
     "annotations/small.yaml:10: correction 'world-1': 'reason' must be text, but YAML reads '12' as a number: "
     "quote it, reason: \"12\""),
    ("false-as-reading", A, "reading: world", "reading: false",
     "annotations/small.yaml:7: correction 'world-1': 'reading' must be text, but YAML reads 'false' as the truth "
     "value false: quote it, reading: \"false\""),
    ("number-as-phrase", A, "phrase: second paragraph", "phrase: 2.0",
     "annotations/small.yaml:14: note 'ties': 'phrase' must be text, but YAML reads '2.0' as a number: quote it, "
     "phrase: \"2.0\""),
    ("mapping-as-note-text", A, "text: A note.", "text: {a: 1}",
     "annotations/small.yaml:15: note 'ties': 'text' must be text, not a mapping"),
    ("number-as-text-name", A, "text: small", "text: 3",
     "annotations/small.yaml:1: file: 'text' '3' must be lowercase letters, digits and hyphens, starting with a "
     "letter: a text's file name without .txt"),
    ("list-as-text-name", A, "text: small", "text: [small]",
     "annotations/small.yaml:1: file: 'text' must be text, not a list"),
    ("number-as-term", G, "term: round", "term: 7",
     "glossary.yaml:3: term 'round': 'term' must be text, but YAML reads '7' as a number: quote it, term: \"7\""),
    ("number-as-id", A, "id: world-1", "id: 12",
     "annotations/small.yaml:3: correction #1: 'id' '12' must be lowercase letters, digits and hyphens, starting "
     "with a letter"),
    ("string-paragraph", A, "paragraph: 1", "paragraph: '1'",
     "annotations/small.yaml:4: correction 'world-1': 'paragraph' must be a whole number, not text"),
    ("bool-occurrence", A, "occurrence: 2", "occurrence: true",
     "annotations/small.yaml:6: correction 'world-1': 'occurrence' must be a whole number, not the truth value true"),

    # YAML constructs that are refused before anything is built from them.
    ("python-tag", A, "reason: The whole world turns.", "reason: !!python/object/apply:os.system [echo]",
     "annotations/small.yaml:10: tag: tag tag:yaml.org,2002:python/object/apply:os.system refused: tags are not "
     "allowed in the edition's data"),
    ("str-tag", S, "title: A Small Text", "title: !!str 12",
     "source/small.yaml:2: tag: tag tag:yaml.org,2002:str refused: tags are not allowed in the edition's data"),
    ("local-tag", G, "term: round", "term: !custom round",
     "glossary.yaml:3: tag: tag !custom refused: tags are not allowed in the edition's data"),
    ("anchor", A, "reading: world", "reading: &w world",
     "annotations/small.yaml:7: anchor: anchor &w refused: anchors and aliases are not allowed in the edition's "
     "data; write the value out"),
    ("alias", A, "reason: The whole world turns.", "reason: *w",
     "annotations/small.yaml:10: alias: alias *w refused: anchors and aliases are not allowed in the edition's "
     "data; write the value out"),
    ("alias-bomb", A, None, BOMB,
     "annotations/small.yaml:1: anchor: anchor &a refused: anchors and aliases are not allowed in the edition's "
     "data; write the value out"),
    ("complex-key", A, "    reason: The whole world turns.", "    ? [a, b]\n    : c",
     "annotations/small.yaml:10: key: a list or mapping as a key refused: keys are names"),
    ("number-key", G, "term: round", "1: round",
     "glossary.yaml:3: key: key '1' refused: YAML reads it as a number; keys are names"),
    ("null-key", G, "term: round", "~: round",
     "glossary.yaml:3: key: key '~' refused: YAML reads it as nothing (null); keys are names"),
    ("alias-as-key", G, "term: round", "*t : round",
     "glossary.yaml:3: alias: alias *t refused: anchors and aliases are not allowed in the edition's data; write "
     "the value out"),
    ("set-tag", G, "forms: [round]", "forms: !!set {round}",
     "glossary.yaml:4: tag: tag tag:yaml.org,2002:set refused: tags are not allowed in the edition's data"),
    ("float-paragraph", A, "paragraph: 1", "paragraph: 1.0",
     "annotations/small.yaml:3: correction 'world-1': unknown paragraph 1.0: text 'small' has paragraphs 1 to 2"),
    ("deep-nesting", A, "text: A note.", "text: " + "[" * 3000 + "]" * 3000,
     "annotations/small.yaml:15: nesting: nested more than 12 levels deep; the edition's data needs four at most"),
    ("deep-block-nesting", G, "definition: Not square.",
     "definition:\n" + "".join(" " * (6 + 2 * i) + f"k{i}:\n" for i in range(20)) + " " * 46 + "v",
     "glossary.yaml:15: nesting: nested more than 12 levels deep; the edition's data needs four at most"),
    ("huge-integer", A, "paragraph: 1", "paragraph: " + "9" * 5000,
     "annotations/small.yaml:4: number: a number of 5000 digits refused: no number in the edition's data has more "
     "than 15; if it is text, quote it"),
    ("second-document", G, None, "terms: []\n---\nterms: []\n",
     "glossary.yaml:2: file: a second YAML document (after `---`) refused: a data file holds one"),
    ("duplicate-key", A, "reading: world", "reading: world\n    reading: word",
     "annotations/small.yaml:8: key 'reading': duplicate key 'reading' in one mapping (the first is on line 7)"),

    # Bytes and characters.
    ("bad-byte-yaml", A, "reason: The whole world turns.", b"reason: The whole w\xf6rld turns.",
     "annotations/small.yaml:10: file: not UTF-8: byte 0xf6 on this line (invalid start byte); save the file as UTF-8"),
    ("bad-byte-text", T, "second", b"sec\xffond",
     "source/small.txt:7: text 'small': not UTF-8: byte 0xff on this line (invalid start byte)"),
    ("nul-character", G, "definition: Not square.", "definition: \"Not \x00square.\"",
     "glossary.yaml:5: file: the character U+0000 is not allowed in YAML; remove it or write it as an escape in a "
     "double-quoted string"),
    ("tab-indent", G, "    term: round", "\tterm: round",
     "glossary.yaml:3: file: not valid YAML: found character '\\t' that cannot start any token (while scanning for "
     "the next token)"),
    ("unclosed-quote", A, "reading: world", "reading: \"world",
     "annotations/small.yaml:16: file: not valid YAML: found unexpected end of stream (while scanning a quoted "
     "scalar that begins on line 7)"),
    ("bad-indentation", S, "title: A Small Text", " title: A Small Text",
     "source/small.yaml:2: file: not valid YAML: mapping values are not allowed here"),

    # Wrongly shaped data, each at its own line.
    ("corrections-a-mapping", A, None, "text: small\ncorrections: {id: x}\n",
     "annotations/small.yaml:2: file: 'corrections' must be a list of entries, each beginning with '- ', not a mapping"),
    ("entry-a-string", A, "notes:\n", "notes:\n  - just a string\n",
     "annotations/small.yaml:12: note #1: must be a mapping of keys and values (id: ..., paragraph: ...), not text"),
    ("entry-a-list", G, "terms:\n", "terms:\n  - [a, b]\n",
     "glossary.yaml:2: term #1: must be a mapping of keys and values (id: ..., term: ...), not a list"),
    ("file-a-list", G, None, "- id: round\n",
     "glossary.yaml:1: file: must be a mapping with the keys terms"),
    ("file-empty", G, None, "",
     "glossary.yaml:1: file: must be a mapping with the keys terms"),
    ("header-a-string", S, "header: [author, title]", "header: author",
     "source/small.yaml:11: file: 'header' must be a list of header lines, not text"),
    ("forms-empty", G, "forms: [round]", "forms: []",
     "glossary.yaml:4: term 'round': 'forms' must be a non-empty list of the term's forms in the text"),
    ("unknown-key", A, "kind: ocr", "kind: ocr\n    kinds: ocr",
     "annotations/small.yaml:9: correction 'world-1': unknown key 'kinds'; allowed: id, paragraph, witnessed, after, "
     "occurrence, reading, kind, confidence, reason"),

    # Strings that would corrupt the page where they are printed.
    ("bidi-override-in-reading", A, "reading: world", "reading: \"wor\\u202eld\"",
     "annotations/small.yaml:7: correction 'world-1': 'reading' 'wor\\u202eld' holds U+202E (RIGHT-TO-LEFT OVERRIDE), "
     "an invisible bidirectional control that would reorder the text after it on the page; remove it"),
    ("bidi-isolate-in-reason", A, "reason: The whole world turns.", "reason: \"The \\u2066whole\"",
     "annotations/small.yaml:10: correction 'world-1': 'reason' 'The \\u2066whole' holds U+2066 (LEFT-TO-RIGHT "
     "ISOLATE), an invisible bidirectional control that would reorder the text after it on the page; remove it"),
    ("bidi-in-title", S, "title: A Small Text", "title: \"A \\u202dSmall\"",
     "source/small.yaml:2: file: 'title' 'A \\u202dSmall' holds U+202D (LEFT-TO-RIGHT OVERRIDE), an invisible "
     "bidirectional control that would reorder the text after it on the page; remove it"),
    ("line-break-in-reading", A, "reading: world", "reading: \"wor\\n\\nld\"",
     "annotations/small.yaml:7: correction 'world-1': 'reading' 'wor\\n\\nld' holds a line break, but it is printed "
     "on one line: write it on one line (a folded scalar, >-, joins lines with spaces)"),
    ("line-break-in-title", S, "title: A Small Text", "title: \"A\\nSmall\"",
     "source/small.yaml:2: file: 'title' 'A\\nSmall' holds a line break, but it is printed on one line: write it on "
     "one line (a folded scalar, >-, joins lines with spaces)"),
    ("line-separator-in-term", G, "term: round", "term: \"ro\\Lund\"",
     "glossary.yaml:3: term 'round': 'term' 'ro\\u2028und' holds a line break, but it is printed on one line: write "
     "it on one line (a folded scalar, >-, joins lines with spaces)"),
    ("zero-width-in-reading", A, "reading: world", "reading: \"wor\\u200bld\"",
     "annotations/small.yaml:7: correction 'world-1': 'reading' 'wor\\u200bld' holds U+200B (ZERO WIDTH SPACE), an "
     "invisible character; remove it"),
    ("zero-width-in-form", G, "forms: [round]", "forms: [\"ro\\u200dund\"]",
     "glossary.yaml:4: term 'round': 'forms' 'ro\\u200dund' holds U+200D (ZERO WIDTH JOINER), an invisible "
     "character; remove it"),
    ("space-around-reading", A, "reading: world", "reading: ' world'",
     "annotations/small.yaml:7: correction 'world-1': 'reading' ' world' begins or ends with white space, which the "
     "page cannot show where it marks the string (~~ and ^^ would print as they are): begin and end with a visible "
     "character"),
    ("space-after-witnessed", A, "witnessed: word", "witnessed: 'word '",
     "annotations/small.yaml:5: correction 'world-1': 'witnessed' 'word ' begins or ends with white space, which the "
     "page cannot show where it marks the string (~~ and ^^ would print as they are): begin and end with a visible "
     "character"),
    ("space-before-phrase", A, "phrase: second paragraph", "phrase: ' second paragraph'",
     "annotations/small.yaml:14: note 'ties': 'phrase' ' second paragraph' begins or ends with white space, which "
     "the page cannot show where it marks the string (~~ and ^^ would print as they are): begin and end with a "
     "visible character"),
    ("control-character-in-note", A, "text: A note.", "text: \"A \\a note.\"",
     "annotations/small.yaml:15: note 'ties': 'text' 'A \\x07 note.' holds the control character U+0007, which no "
     "page should print; remove it"),
    ("lone-surrogate-in-definition", G, "definition: Not square.", "definition: \"Not \\ud800 square.\"",
     "glossary.yaml:5: term 'round': 'definition' 'Not \\ud800 square.' holds the control character U+D800, which "
     "no page should print; remove it"),

    # Links, images and markup in notes and definitions, judged on the HTML the page will have;
    # links to the edition's own pages are looked up in the rendered pages, as MkDocs' strict build would.
    ('javascript-inline', A, N, 'text: "[click](javascript:alert(1))"',
     "annotations/small.yaml:12: note 'ties': links to 'javascript:alert(1)', with the scheme 'javascript'; only http, https, mailto or a page of the edition (NAME.md or NAME.md#anchor)"),
    ('javascript-uppercase', A, N, 'text: "[click](JaVaScRiPt:alert(1))"',
     "annotations/small.yaml:12: note 'ties': links to 'JaVaScRiPt:alert(1)', with the scheme 'javascript'; only http, https, mailto or a page of the edition (NAME.md or NAME.md#anchor)"),
    ('reference-in-list', A, N, 'text: |\n      - [click][r]\n\n        [r]: javascript:alert(1)',
     "annotations/small.yaml:12: note 'ties': links to 'javascript:alert(1)', with the scheme 'javascript'; only http, https, mailto or a page of the edition (NAME.md or NAME.md#anchor)"),
    ('reference-in-blockquote', A, N, 'text: |\n      > [click][r]\n      >\n      > [r]: javascript:alert(1)',
     "annotations/small.yaml:12: note 'ties': links to 'javascript:alert(1)', with the scheme 'javascript'; only http, https, mailto or a page of the edition (NAME.md or NAME.md#anchor)"),
    ('entity-scheme', A, N, 'text: "[click](jav&#x61;script&#58;alert(1))"',
     "annotations/small.yaml:12: note 'ties': links to 'javascript:alert(1)', with the scheme 'javascript'; only http, https, mailto or a page of the edition (NAME.md or NAME.md#anchor)"),
    ('data-scheme', G, D, 'definition: "[x](data:text/html;base64,PHNjcmlwdD4=)"',
     "glossary.yaml:2: term 'round': links to 'data:text/html;base64,PHNjcmlwdD4=', with the scheme 'data'; only http, https, mailto or a page of the edition (NAME.md or NAME.md#anchor)"),
    ('vbscript-reference', G, D, 'definition: |\n      See [x].\n\n      [x]: vbscript:msgbox',
     "glossary.yaml:2: term 'round': links to 'vbscript:msgbox', with the scheme 'vbscript'; only http, https, mailto or a page of the edition (NAME.md or NAME.md#anchor)"),
    ('file-scheme', A, N, 'text: "[x](file:///etc/passwd)"',
     "annotations/small.yaml:12: note 'ties': links to 'file:///etc/passwd', with the scheme 'file'; only http, https, mailto or a page of the edition (NAME.md or NAME.md#anchor)"),
    ('image-inline', A, N, 'text: "![a map](https://example.org/map.png)"',
     "annotations/small.yaml:12: note 'ties': embeds an image ('https://example.org/map.png'): images are refused in notes and definitions, since a reader's browser would fetch them"),
    ('image-reference', G, D, 'definition: |\n      ![a map][m]\n\n      [m]: https://example.org/map.png',
     "glossary.yaml:2: term 'round': embeds an image ('https://example.org/map.png'): images are refused in notes and definitions, since a reader's browser would fetch them"),
    ('protocol-relative', A, N, 'text: "[x](//example.org/)"',
     "annotations/small.yaml:12: note 'ties': links to '//example.org/' without a scheme: write https:// in full"),
    ('server-root-path', A, N, 'text: "[x](/glossary/)"',
     "annotations/small.yaml:12: note 'ties': links to '/glossary/', a path from the server's root, which breaks when the site is served under a sub-path: link to NAME.md or NAME.md#anchor"),
    ('bare-anchor', A, N, 'text: "[x](#p1)"',
     "annotations/small.yaml:12: note 'ties': links to '#p1', an anchor without its page: a note is shown on its text's page and on the Notes page, where it would lead elsewhere; write NAME.md#anchor"),
    ('unknown-page', A, N, 'text: "[x](nowhere.md)"',
     "annotations/small.yaml:12: note 'ties': links to 'nowhere.md', but the edition has no page 'nowhere.md'; its pages: corrections.md, glossary.md, index.md, notes.md, small.md"),
    ('parent-path', G, D, 'definition: "[x](../secret.md)"',
     "glossary.yaml:2: term 'round': links to '../secret.md', which is not a page of the edition: write NAME.md or NAME.md#anchor for a page, or a full http(s) address"),
    ('missing-anchor', A, N, 'text: "[x](glossary.md#nothing)"',
     "annotations/small.yaml:12: note 'ties': links to 'glossary.md#nothing', but glossary.md has no anchor 'nothing'"),
    ('missing-paragraph-anchor', G, D, 'definition: "[x](small.md#p9)"',
     "glossary.yaml:2: term 'round': links to 'small.md#p9', but small.md has no anchor 'p9'"),
    ('footnote-in-note', A, N, 'text: |\n      A claim.[^x]\n\n      [^x]: Its source.',
     "annotations/small.yaml:12: note 'ties': holds a footnote ([^…]); a note cannot have notes of its own, and its label would collide with the page's"),
    ('heading-in-note', A, N, 'text: "# A heading"',
     "annotations/small.yaml:12: note 'ties': makes <h1>, which a note or definition does not publish; allowed: blockquote, br, code, del, em, hr, ins, li, ol, p, pre, strong, sub, sup, ul and links"),
    ('admonition-in-definition', G, D, 'definition: |\n      !!! note\n          Boxed.',
     "glossary.yaml:2: term 'round': makes <div>, which a note or definition does not publish; allowed: blockquote, br, code, del, em, hr, ins, li, ol, p, pre, strong, sub, sup, ul and links"),
    ('table-in-note', A, N, 'text: |\n      | a | b |\n      |---|---|\n      | 1 | 2 |',
     "annotations/small.yaml:12: note 'ties': makes <table>, <thead>, <tr>, <th>, <tbody>, <td>, which a note or definition does not publish; allowed: blockquote, br, code, del, em, hr, ins, li, ol, p, pre, strong, sub, sup, ul and links"),

    # An id that is also another anchor of its page: a link to it would lead to either.
    ("correction-id-is-a-text-slug", A, "id: world-1", "id: small",
     "annotations/small.yaml:3: correction 'small': the correction's id 'small' is also another anchor of "
     "corrections.md (a heading or a text's section), so a link to it would lead to either; choose another id"),
    ("note-id-is-a-text-slug", A, "id: ties", "id: small",
     "annotations/small.yaml:12: note 'small': the note's id 'small' is also another anchor of notes.md (a heading "
     "or a text's section), so a link to it would lead to either; choose another id"),

    # Every file accounted for.
    ("yml-extension", "annotations/extra.yml", None, "text: small\n",
     "annotations/extra.yml:1: file: 'extra.yml' is not read: annotations/ holds only annotation files ending in "
     ".yaml (not .yml), and no folders"),
    ("other-file-in-annotations", "annotations/README.md", None, "notes\n",
     "annotations/README.md:1: file: 'README.md' is not read: annotations/ holds only annotation files ending in "
     ".yaml (not .yml), and no folders"),
    ("uppercase-extension", "source/other.TXT", None, "A\n\nB\n\nC\n",
     "source/other.TXT:1: file: 'other.TXT' is not read: source/ holds only texts (NAME.txt) and their metadata "
     "(NAME.yaml), with these extensions in lowercase"),
    ("metadata-without-text", "source/orphan.yaml", None, "author: X\n",
     "source/orphan.yaml:1: file: metadata without its text: source/orphan.txt is missing"),
    ("text-without-metadata", "source/lonely.txt", None, "A\n\nB\n\nC\n",
     "source/lonely.txt:1: text 'lonely': no metadata: source/lonely.yaml is missing"),
    ("folder-in-source", "source/sub/x.txt", None, "A\n",
     "source/sub:1: file: a folder in source/ is not read: texts are source/NAME.txt, each with its metadata "
     "source/NAME.yaml"),
    ("glossary-yml", "glossary.yml", None, "terms: []\n",
     "glossary.yml:1: file: is not read: the glossary is glossary.yaml"),
    ("bad-page-name", "source/Index.txt", None, "A\n\nB\n\nC\n",
     "source/Index.txt:1: text 'Index': file name 'Index.txt' cannot name a page: use lowercase letters, digits and "
     "hyphens, starting with a letter"),

    # Long values are quoted short; other normalisations are pointed out.
    ("long-witnessed", A, "witnessed: word", "witnessed: " + LONG,
     f"annotations/small.yaml:3: correction 'world-1': 'witnessed' string '{'x' * 119}…' is not found in ¶1 of "
     "'small'"),
    ("long-kind", A, "kind: ocr", "kind: " + LONG,
     f"annotations/small.yaml:8: correction 'world-1': unknown kind '{'x' * 119}…'; one of ocr, encoding, "
     "capitalisation, punctuation, grammar, lacuna"),
    ("long-id", A, "id: world-1", "id: " + LONG.upper(),
     f"annotations/small.yaml:3: correction '{'X' * 59}…': 'id' '{'X' * 119}…' must be lowercase letters, digits and "
     "hyphens, starting with a letter"),
    ("nfd-witnessed", A, "witnessed: word\n    occurrence: 2", "witnessed: " + NFD_TEXT,
     f"annotations/small.yaml:3: correction 'world-1': 'witnessed' string '{NFD_TEXT}' is not found in ¶1 of "
     "'small'; it is there with its accented letters composed, NFC, as the text has them, where the entry's are "
     "not: retype them, or copy the string from the text"),
]


# Cases that need the witness to hold something first (its hash is recorded after this change).
WITNESS_FIRST = {"nfd-witnessed": ("round", "Café")}


def edition_files(name: str, file: str, old, new) -> dict[str, str | bytes | None]:
    """The small edition's files with one edit made."""
    files: dict[str, str | bytes | None] = {name: textwrap.dedent(text).lstrip("\n") for name, text in SMALL_FILES.items()}
    if name in WITNESS_FIRST:
        files[T] = files[T].replace(*WITNESS_FIRST[name])
    files[S] += f"sha256: {hashlib.sha256(files[T].encode('utf-8')).hexdigest()}\n"
    if old is None:
        files[file] = new
    else:
        content = files[file]
        assert old in content, f"{old!r} is not in {file}"
        if isinstance(new, bytes):
            files[file] = content.encode("utf-8").replace(old.encode("utf-8"), new, 1)
        else:
            files[file] = content.replace(old, new, 1)
    return files


def check(root, capsys) -> tuple[int, list[str]]:
    status = build_site.main(["check", "--root", str(root)])
    captured = capsys.readouterr()
    return status, captured.err.splitlines()


@pytest.mark.parametrize("name, file, old, new, expected", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_at_its_place(name, file, old, new, expected, tmp_path, capsys):
    root = tmp_path / "edition"
    write_edition(root, edition_files(name, file, old, new))
    started = time.perf_counter()
    status, err = check(root, capsys)
    assert time.perf_counter() - started < 5
    assert status == 1, err
    assert expected in err, "\n".join(err)
    assert err[-1].endswith("nothing was written.")
    assert not any("Traceback" in line or "internal error" in line for line in err)


def test_the_unedited_small_edition_passes(tmp_path, capsys):
    root = tmp_path / "edition"
    write_edition(root, edition_files("", A, "text: small", "text: small"))
    assert check(root, capsys) == (0, [])


def test_there_are_at_least_sixty_cases():
    assert len(CASES) >= 60


def test_an_alias_bomb_is_refused_in_under_a_second(tmp_path, capsys):
    root = tmp_path / "edition"
    write_edition(root, edition_files("", A, None, BOMB * 1))
    started = time.perf_counter()
    status, err = check(root, capsys)
    assert status == 1 and time.perf_counter() - started < 1, err


def test_an_unexpected_exception_is_reported_as_a_bug_not_a_traceback(small_edition, capsys, monkeypatch):
    from edition import pipeline

    def broken(root, site, problems):
        raise KeyError("something the code did not foresee")
    monkeypatch.setattr(pipeline, "load_data", broken)
    status = build_site.main(["check", "--root", str(small_edition)])
    err = capsys.readouterr().err
    assert status == build_site.INTERNAL_ERROR == 2
    assert err.startswith("internal error: KeyError: 'something the code did not foresee'\n"
                          "This is a bug in the edition's code, not in your data")
    assert "Traceback" not in err


@pytest.mark.parametrize("written, value", [("no", "no"), ("yes", "yes"), ("on", "on"), ("off", "off"),
                                            ("2001-02-03", "2001-02-03"), ("1_000", "1_000"), ("y", "y")])
def test_yaml_1_1_booleans_and_dates_stay_strings(written, value, tmp_path):
    from edition.load import load_edition
    root = tmp_path / "edition"
    write_edition(root, edition_files("", S, "date_display: February 3, 2001", f"date_display: {written}"))
    assert load_edition(root).texts[0].meta.date_display == value


@pytest.mark.parametrize("markdown", [
    "[the glossary](glossary.md#round), [a paragraph](small.md#p1), [the notes](notes.md)",
    "[web](https://example.org/a?b=c#d), [mail](mailto:editors@example.org), [plain](http://example.org)",
    "- a list with [a reference][r]\n\n  [r]: https://example.org/",
    "Raw <a href=\"javascript:alert(1)\">HTML</a> and <img src=x onerror=alert(1)> are shown as text.",
])
def test_safe_markdown_passes(markdown, tmp_path, capsys):
    root = tmp_path / "edition"
    write_edition(root, edition_files("", A, N, "text: |\n" + textwrap.indent(markdown, "      ")))
    assert check(root, capsys) == (0, [])
