"""The edition's identity lives in one place, mkdocs.yml's `extra.edition`; everything else agrees.

Each failure names the file to update. The loader's own checks of the identity are shown to
reject planted errors below.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import EDITION, ROOT, run_cli

IDENTITY = EDITION.identity


def test_the_site_name_is_the_edition_title():
    from test_citation import mkdocs_config

    assert mkdocs_config()["site_name"] == IDENTITY.title, (
        "mkdocs.yml: site_name must be extra.edition.title, the edition's title")


def test_citation_cff_agrees_with_the_identity():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    where = "CITATION.cff: update it from mkdocs.yml's extra.edition"
    assert cff["title"] == IDENTITY.title, where + " (title)"
    people = [{"name": e.name} if e.single else {"family-names": e.family, "given-names": e.given}
              for e in IDENTITY.editors]  # a single name (a person's or an organisation's) is never split
    assert cff["authors"] == people, where + " (authors: the edition's editors)"
    assert str(cff["version"]) == IDENTITY.version, where + " (version)"
    assert str(cff["date-released"]) == IDENTITY.date_released, where + " (date-released)"
    assert cff["repository-code"] == IDENTITY.repository, where + " (repository-code)"
    if IDENTITY.licence == "NOASSERTION":
        assert "license" not in cff, where + " (no licence has been chosen: no license key)"
    else:
        assert cff.get("license") == IDENTITY.licence, where + " (license)"


def test_the_licence_file_gives_the_identitys_licence_and_leaves_the_witnesses_out():
    path = ROOT / "LICENSE"
    licence = " ".join(path.read_text(encoding="utf-8").split()) if path.exists() else ""
    if IDENTITY.licence == "NOASSERTION":  # none chosen: LICENSE may cover the code, not the edition
        assert "(SPDX: " not in licence, "LICENSE gives the edition a licence that mkdocs.yml does not"
        return
    assert f"(SPDX: {IDENTITY.licence})" in licence, "LICENSE does not give mkdocs.yml's extra.edition.licence"
    assert "The witnesses, source/*.txt" in licence, "LICENSE must say that no witness is covered"


def test_about_states_the_identity():
    about = " ".join((ROOT / "pages" / "about.md").read_text(encoding="utf-8").split())
    values = {"title": IDENTITY.title, "publisher": IDENTITY.publisher, "version": IDENTITY.version,
              "date_released": IDENTITY.date_released, "licence": IDENTITY.licence,
              "repository": IDENTITY.repository}
    values |= {f"editor {e.display}": e.display for e in IDENTITY.editors}
    for key, value in values.items():
        assert value in about, f"pages/about.md does not give the edition's {key} ({value!r}) from mkdocs.yml"


def test_how_to_cite_names_the_edition():
    page = " ".join((ROOT / "pages" / "how-to-cite.md").read_text(encoding="utf-8").split())
    assert IDENTITY.title in page, f"pages/how-to-cite.md does not name the edition ({IDENTITY.title!r})"


def test_a_broken_identity_is_refused_at_its_place(small_edition):
    config = small_edition / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("organisation: true", "organisation: yes please")
                      .replace('date_released: "', 'date_released: "13/'), encoding="utf-8")
    result = run_cli("check", root=small_edition)
    assert result.returncode == 1, result.stdout
    assert "mkdocs.yml:" in result.stderr and "extra.edition" in result.stderr
    assert "date_released" in result.stderr and "an editor is a person" in result.stderr
    assert "Traceback" not in result.stderr

    config.write_text(text.replace("  edition:\n", "  edition_old:\n", 1), encoding="utf-8")
    result = run_cli("check", root=small_edition)
    assert result.returncode == 1 and "the edition's identity is missing" in result.stderr, result.stderr

    # A name that says neither that it is one person's single name nor an organisation's, and a
    # family name that says it is a single name: each refused at its editor.
    ambiguous = "      - name: Ahmad ibn Ali\n      - family: Doe\n        name_order: single\n"
    config.write_text(text.replace("    editors:\n", "    editors:\n" + ambiguous, 1), encoding="utf-8")
    result = run_cli("check", root=small_edition)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "extra.edition.editors #1" in result.stderr and "extra.edition.editors #2" in result.stderr, result.stderr
    assert "name_order: single" in result.stderr, result.stderr  # the message names the forms an editor takes


@pytest.mark.page
@pytest.mark.parametrize("name", ["about", "how-to-cite"])
def test_about_and_how_to_cite_list_every_text(soup, name):
    from edition.render import TEXTS_PLACEHOLDER

    source = ROOT / "pages" / f"{name}.md"
    assert TEXTS_PLACEHOLDER in source.read_text(encoding="utf-8"), (
        f"pages/{name}.md must list the texts: put the line {TEXTS_PLACEHOLDER} where the list goes")
    links = {a["href"] for a in soup(name).select("article li a")}
    for text in EDITION.texts:
        assert f"../{text.slug}/" in links, f"pages/{name}.md does not list {text.slug}"
