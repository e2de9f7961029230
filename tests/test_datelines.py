"""Datelines in the house styles of the outlets Warta handles."""

import pytest

import warta

BODY = ("Pemerintah menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak akibat banjir. "
        "Gubernur meminta dinas terkait bergerak cepat.")


@pytest.mark.parametrize("prefix,place,outlet", [
    ("VIVA.co.id -", None, "VIVA.co.id"),
    ("Jakarta, KOMPAS.com -", "Jakarta", "Kompas.com"),
    ("JAKARTA, KOMPAS.com --", "Jakarta", "Kompas.com"),
    ("Jakarta -", "Jakarta", None),  # detik
    ("TEMPO.CO, Jakarta -", "Jakarta", "Tempo.co"),
    ("Mataram (ANTARA News) -", "Mataram", "ANTARA"),
    ("Jakarta (ANTARA) -", "Jakarta", "ANTARA"),
    ("Liputan6.com, Jakarta -", "Jakarta", "Liputan6.com"),
    ("Jakarta, CNN Indonesia --", "Jakarta", "CNN Indonesia"),
    ("REPUBLIKA.CO.ID, JAKARTA --", "Jakarta", "Republika"),
    ("Okezone.com, Jakarta -", "Jakarta", "Okezone"),
    ("TRIBUNNEWS.COM, JAKARTA -", "Jakarta", "Tribunnews.com"),
    ("MEDIAINDONESIA.COM -", None, "Media Indonesia"),
    ("KapanLagi.com -", None, "KapanLagi.com"),
])
def test_dateline_is_removed_and_parsed(prefix, place, outlet):
    article = warta.process(f"Judul Berita Hari Ini\n\n{prefix} {BODY}")
    assert article.text == BODY
    assert article.dateline is not None
    assert article.dateline.place == place
    assert article.dateline.outlet == outlet
    if outlet:
        assert article.outlet == outlet
    assert ("dateline", prefix) == next((r.kind, r.text) for r in article.removed if r.kind == "dateline")


def test_dateline_glued_to_the_first_word():
    article = warta.process(f"Judul Berita\n\nVIVA.co.id -{BODY}")
    assert article.text == BODY


def test_sentence_starting_with_a_name_is_not_a_dateline():
    text = "Presiden Joko Widodo meresmikan jalan tol baru di Semarang pada Senin pagi bersama para menteri."
    article = warta.process(f"Judul\n\n{text}")
    assert article.text == text
    assert article.dateline is None
