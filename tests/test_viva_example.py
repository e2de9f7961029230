"""The real VIVA article (shared/examples) against its expected analysis."""

import json

from conftest import FIXTURES

import warta

EXPECTED = json.loads((FIXTURES / "viva-2015-rusia-isis.expected.json").read_text(encoding="utf-8"))


def test_title_outlet_and_exact_paragraphs(viva_text):
    article = warta.process(viva_text)
    assert article.title == EXPECTED["title"]
    assert article.outlet == "VIVA.co.id"
    assert [p.text for p in article.paragraphs] == EXPECTED["body_paragraphs"]
    assert article.text == "\n\n".join(EXPECTED["body_paragraphs"])


def test_caption_and_credit_are_separated(viva_text):
    article = warta.process(viva_text)
    assert [(p.caption, p.credit) for p in article.photos] == [
        (EXPECTED["photo"]["caption"], EXPECTED["photo"]["credit"])]
    kinds = {r.text: r.kind for r in article.removed}
    assert kinds[EXPECTED["photo"]["caption"]] == "caption"
    assert kinds["• Reuters/Murad Sezer"] == "credit"


def test_every_residue_line_is_listed_in_removed(viva_text):
    article = warta.process(viva_text)
    removed = {r.text for r in article.removed}
    for line in EXPECTED["residue_lines"]:
        assert line in removed, line
    assert "VIVA.co.id -" in {r.text for r in article.removed if r.kind == "dateline"}


def test_date_found_and_teaser_date_not_taken(viva_text):
    article = warta.process(viva_text)
    found = {(d.text, d.value) for d in article.dates}
    assert ("Senin 28 Desember 2015", "2015-12-28") in found
    assert article.event_date == "2015-12-28"
    assert not (article.published or "").startswith("2016-08-05")
    assert all(not d.value.startswith("2016-08") for d in article.dates)


def test_offsets_index_the_text(viva_text):
    article = warta.process(viva_text)
    for span in [*article.paragraphs, *article.sentences, *article.dates]:
        assert article.text[span.start:span.end] == span.text
    assert article.language == "id"
    assert article.warnings == []
