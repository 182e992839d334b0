"""Annotating texts written without spaces between words: Chinese (Han) and Korean (Hanja and Hangul).

The texts are in tests/data/cjk/ (see its README), never in the edition's source/. Under the
matching rule (README, "The matching rule") a string of these scripts matches wherever it occurs,
so one character can be corrected, a two-character glossary form linked and a note phrase that
occurs twice placed at the occurrence the entry names; an ambiguous string is refused, never
placed at a guess. Each placement is checked on the built page and in the exports.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, run_cli, write_edition

DATA = ROOT / "tests" / "data" / "cjk"
TEI = "{http://www.tei-c.org/ns/1.0}"

META = {
    "duan-ge-xing": """\
author: 曹操
name_order: family-first
title: 短歌行
date: "0208"
date_display: "c. 208"
unit: ""
number: ""
part_title: ""
language: zh-Hans
provenance: Typed for the tests, with a misprint planted (tests/data/cjk/README.md).
header: [title, author]
""",
    "declaration": """\
author: 崔南善
name_order: family-first
title: 宣言書
date: "1919-03-01"
date_display: 1 March 1919
unit: ""
number: ""
part_title: ""
language: ko
provenance: Typed for the tests, with a misprint planted (tests/data/cjk/README.md).
header: [title]
""",
}

# The Chinese text: 入 corrected to 人 (the only 入 of ¶1); 讌 regularised at its first
# occurrence of two in ¶3 (the verse, not the inline variant gloss after it).
CHINESE_ANNOTATIONS = """\
text: duan-ge-xing
corrections:
  - id: ren
    paragraph: 1
    witnessed: 入
    reading: 人
    kind: ocr
    confidence: certain
    reason: 入 misread for 人; 人生几何 is the line.
  - id: yan
    paragraph: 3
    witnessed: 讌
    occurrence: 1
    reading: 宴
    kind: encoding
    confidence: certain
    reason: The variant form, regularised as the witness's own gloss allows.
"""

# The Korean text: one syllable corrected; the note on the second 朝鮮 of ¶1 (朝鮮人), not the first.
KOREAN_ANNOTATIONS = """\
text: declaration
corrections:
  - id: im
    paragraph: 1
    witnessed: 입
    reading: 임
    kind: ocr
    confidence: certain
    reason: 입 misread for 임, as in 自主民임을 later in the sentence.
notes:
  - id: joseon-people
    paragraph: 1
    phrase: 朝鮮
    occurrence: 2
    text: The second 朝鮮 of the sentence, in 朝鮮人.
"""

GLOSSARY = """\
terms:
  - id: du-kang
    term: 杜康
    forms: [杜康]
    texts: [duan-ge-xing]
    definition: Du Kang, in legend the first maker of wine; here, wine itself.
"""


def files(chinese: str = CHINESE_ANNOTATIONS, korean: str = KOREAN_ANNOTATIONS) -> dict[str, str | bytes]:
    return {"source/duan-ge-xing.txt": (DATA / "duan-ge-xing.txt").read_bytes(),
            "source/duan-ge-xing.yaml": META["duan-ge-xing"],
            "source/declaration.txt": (DATA / "declaration.txt").read_bytes(),
            "source/declaration.yaml": META["declaration"],
            "annotations/duan-ge-xing.yaml": chinese, "annotations/declaration.yaml": korean,
            "glossary.yaml": GLOSSARY}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cjk") / "edition"
    write_edition(root, files())
    out = root / "site"
    result = run_cli("build", "--site-dir", str(out), root=root)
    assert result.returncode == 0, result.stderr
    return out


def page(site: Path, slug: str) -> BeautifulSoup:
    return BeautifulSoup((site / slug / "index.html").read_text(encoding="utf-8"), "html.parser")


def text_before(paragraph, element_id: str) -> str:
    """The text of the paragraph up to the element with this id, without witnessed readings."""
    html = str(paragraph)
    cut = BeautifulSoup(html[:html.index(f'id="{element_id}"')] + ">", "html.parser")
    for witnessed in cut.select("del"):
        witnessed.decompose()
    return cut.get_text()


def test_one_character_is_corrected_at_the_right_occurrence_on_the_page(site):
    chinese = page(site, "duan-ge-xing")
    assert chinese.select_one("#c-ren ins").get_text() == "人"
    assert text_before(chinese.find(id="p1"), "c-ren").endswith("对酒当歌，")
    # The first 讌 of ¶3 is the verse's; the gloss after it keeps the witness's 讌.
    assert chinese.select_one("#c-yan ins").get_text() == "宴"
    assert text_before(chinese.find(id="p3"), "c-yan").endswith("契阔谈")
    korean = page(site, "declaration")
    assert korean.select_one("#c-im ins").get_text() == "임"
    assert text_before(korean.find(id="p1"), "c-im").endswith("獨立國")


def test_the_byte_order_mark_of_the_korean_file_reaches_no_title_or_text(site):
    assert (DATA / "declaration.txt").read_bytes().startswith(b"\xef\xbb\xbf")  # the test's premise
    korean = page(site, "declaration")
    assert "\ufeff" not in korean.find("h1").get_text() and "\ufeff" not in korean.find(id="p1").get_text()
    assert "\ufeff" not in (site / "downloads" / "declaration.diplomatic.txt").read_text(encoding="utf-8")


def test_a_two_character_glossary_form_is_linked(site):
    link = page(site, "duan-ge-xing").find(id="p1").select_one('a[href$="glossary/#du-kang"]')
    assert link is not None and link.get_text() == "杜康"
    assert "杜康" in page(site, "glossary").find(id="du-kang").find_parent().get_text()


def test_a_note_phrase_is_placed_at_the_occurrence_it_names(site):
    before = text_before(page(site, "declaration").find(id="p1"), "fnref:joseon-people")
    assert before.endswith("朝鮮") and before.count("朝鮮") == 2


def test_the_exports_place_them_where_the_page_does(site):
    downloads = site / "downloads"
    data = json.loads((downloads / "edition.json").read_text(encoding="utf-8"))
    texts = {text["slug"]: text for text in data["texts"]}
    korean = texts["declaration"]
    reading = korean["paragraphs"][0]["reading"]
    second = reading.index("朝鮮", reading.index("朝鮮") + 1)
    note = korean["notes"][0]
    assert (note["reading_span"]["start"], note["reading_span"]["end"]) == (second, second + 2)
    chinese = texts["duan-ge-xing"]
    assert chinese["paragraphs"][0]["reading"].startswith("对酒当歌，人生几何")
    assert "契阔谈宴（谈讌，一作谈宴）" in chinese["paragraphs"][2]["reading"]
    corrections = {c["id"]: c for c in chinese["corrections"]}
    assert corrections["yan"]["witness_span"]["start"] == chinese["paragraphs"][2]["witness"].index("讌")
    # Web Annotations: the note's position is the second 朝鮮.
    annotations = json.loads((downloads / "declaration.annotations.jsonld").read_text(encoding="utf-8"))
    commenting = next(a for a in annotations["first"]["items"] if a["motivation"] == "commenting")
    targets = commenting["target"] if isinstance(commenting["target"], list) else [commenting["target"]]
    on_the_page = next(t for t in targets if isinstance(t["selector"], dict))  # the paragraph's fragment, refined
    position = next(s for s in on_the_page["selector"]["refinedBy"] if s["type"] == "TextPositionSelector")
    assert (position["start"], position["end"]) == (second, second + 2)
    # Plain text and TEI.
    assert "契阔谈宴（谈讌，一作谈宴）" in (downloads / "duan-ge-xing.reading.txt").read_text(encoding="utf-8")
    tei = ET.parse(downloads / "duan-ge-xing.tei.xml").getroot()
    assert [term.text for term in tei.iter(f"{TEI}term") if term.get("ref")] == ["杜康"]
    assert [e.text for e in tei.iter(f"{TEI}reg")] == ["宴"] and [e.text for e in tei.iter(f"{TEI}corr")] == ["人"]
    korean_tei = ET.parse(downloads / "declaration.tei.xml").getroot()
    p1 = korean_tei.find(f"./{TEI}text/{TEI}body/{TEI}p")
    serialised = ET.tostring(p1, encoding="unicode")
    before = serialised[:serialised.index('xml:id="phrase-joseon-people-end"')]
    assert before.count("朝鮮") == 2 and re.search(r'xml:id="phrase-joseon-people" />朝鮮<(?:\w+:)?anchor $', before)


@pytest.mark.parametrize(("annotations", "refused"), [
    ({"chinese": CHINESE_ANNOTATIONS.replace("    occurrence: 1\n", "")}, "'讌' occurs 2 times"),
    ({"korean": KOREAN_ANNOTATIONS.replace("    occurrence: 2\n", "")}, "'朝鮮' occurs 2 times"),
    ({"korean": KOREAN_ANNOTATIONS.replace("occurrence: 2", "occurrence: 3")}, "occurrence 3 of phrase '朝鮮'"),
])
def test_an_ambiguous_string_is_refused_never_placed_at_a_guess(tmp_path, annotations, refused):
    root = tmp_path / "edition"
    write_edition(root, files(**annotations))
    result = run_cli("check", root=root)
    assert result.returncode == 1 and refused in result.stderr, result.stderr
