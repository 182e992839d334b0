"""Nothing assumes one text: a second file in source/ becomes a second reading page."""

from __future__ import annotations

import shutil
import textwrap

from bs4 import BeautifulSoup

from conftest import ROOT, SMALL_META, record_witness_hash, run_cli


def add_other_text(root, paragraphs: list[str], corrected: int) -> None:
    """A second text, "other", beside the small edition's, with "word" corrected to "world" in
    paragraph `corrected`."""
    (root / "source" / "other.txt").write_text(
        "\n\n".join(["Somebody Else", "Another Text", *paragraphs]), encoding="utf-8")
    (root / "source" / "other.yaml").write_text(
        textwrap.dedent(SMALL_META).replace("A Small Text", "Another Text"), encoding="utf-8")
    record_witness_hash(root / "source" / "other.yaml")
    (root / "annotations" / "other.yaml").write_text(textwrap.dedent(f"""
        text: other
        corrections:
          - id: other-world
            paragraph: {corrected}
            witnessed: word
            reading: world
            kind: ocr
            confidence: probable
            reason: As in the other text.
    """), encoding="utf-8")


def test_a_second_text_gets_its_own_page_anchors_and_apparatus(small_edition, tmp_path):
    root = small_edition
    add_other_text(root, ["One.", "Two with a word.", "Three."], corrected=2)
    site = tmp_path / "site"
    result = run_cli("build", "--site-dir", str(site), root=root)
    assert result.returncode == 0, result.stderr

    def page(name):
        return BeautifulSoup((site / name / "index.html").read_text(encoding="utf-8"), "html.parser")

    small, other = page("small"), page("other")
    assert [p["id"] for p in small.select("p.numbered")] == ["p1", "p2"]
    assert [p["id"] for p in other.select("p.numbered")] == ["p1", "p2", "p3"]
    # Each text's corrections land on its own page only.
    assert small.find(id="c-world-1") is not None and small.find(id="c-other-world") is None
    assert other.find(id="c-other-world").find("ins").get_text() == "world"
    assert other.find("h1").get_text(strip=True).startswith("Another Text")
    corrections = page("corrections")
    assert corrections.find(id="other-world")["href"] == "../other/#c-other-world"
    assert corrections.find(id="world-1")["href"] == "../small/#c-world-1"
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert {"small/", "other/"} <= {a["href"] for a in home.select("article a")}
    # Counts agree with their number: one correction and one note are not "1 corrections, 1 notes".
    said = home.find("article").get_text(" ", strip=True)
    assert "2 paragraphs, 1 correction, 1 note." in said, said
    assert "3 paragraphs, 1 correction, 0 notes." in said, said


def test_with_several_texts_the_corrections_list_narrows_by_text(small_edition, tmp_path, page):
    root = small_edition
    add_other_text(root, ["One word."], corrected=1)
    shutil.copytree(ROOT / "pages" / "assets", root / "pages" / "assets")  # the filter's script
    site = tmp_path / "site"
    assert run_cli("build", "--site-dir", str(site), root=root).returncode == 0
    page.goto((site / "corrections" / "index.html").as_uri())
    rows = "tr:has(> td:first-child > a[id]):visible"
    assert page.locator(rows).count() == 2
    text = page.get_by_label("Text", exact=True)
    assert text.locator("option").count() == 3  # All, and each text
    text.select_option(label=text.locator("option", has_text="Another Text").inner_text())
    assert page.eval_on_selector_all(rows, "rs => rs.map(r => r.cells[0].querySelector('a').id)") == ["other-world"]
