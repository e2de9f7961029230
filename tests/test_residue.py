"""One test per residue kind: the line leaves the body and is listed in `removed` with its kind."""

import pytest

import warta

P1 = ("Pemerintah Provinsi Jawa Barat menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak "
      "akibat banjir pekan ini. Gubernur meminta dinas terkait bergerak cepat.")
P2 = ("Kepala Dinas Bina Marga mengatakan perbaikan dimulai pada Senin depan dan ditargetkan selesai "
      "sebelum akhir bulan, tergantung cuaca di lapangan.")


def article_with(residue: str, *, where: str = "middle", title: str = "Jalan Rusak Segera Diperbaiki",
                 url: str | None = None):
    lines = [title, ""]
    if where == "top":
        lines += [residue, ""]
    lines += [P1, ""]
    if where == "middle":
        lines += [residue, ""]
    lines += [P2, ""]
    if where == "bottom":
        lines += [residue, ""]
    return warta.process("\n".join(lines), url=url)


def assert_removed(article, text: str, kind: str):
    assert [p.text for p in article.paragraphs] == [P1, P2], article.text
    matches = [r for r in article.removed if r.text == text.strip()]
    assert matches, f"{text!r} not in removed: {article.removed}"
    assert matches[0].kind == kind


@pytest.mark.parametrize("line", [
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Halaman selanjutnya >>",
    "Halaman 2 dari 3",
    "Saksikan Live DetikPagi :",
])
def test_ads_and_page_furniture(line):
    assert_removed(article_with(line), line, "ad")


@pytest.mark.parametrize("line", [
    "Baca juga: Banjir Rendam Ratusan Rumah di Bandung",
    "Baca Juga : Jalan Tol Cipali Padat",
    "Berita Terkait",
    "Simak video 'Jalan Rusak di Bogor' di sini",
    "Simak juga Video: Jalan Berlubang Makan Korban",
    'Tonton juga video "Perbaikan Jalan Nasional" di sini:',
    "Lihat Juga: Gubernur Tinjau Lokasi",
    "'Lihat juga Video: Food Vlogger Codeblu Diperiksa soal Dugaan Pelanggaran UU ITE'",
])
def test_related_article_links(line):
    assert_removed(article_with(line), line, "related")


def test_headline_line_inside_body_is_related_in_viva_house_style():
    line = "Kala Pasukan Khusus Rusia 'Berguru' pada Sekte Tua"
    assert_removed(article_with(line, url="https://www.viva.co.id/berita/123"), line, "related")


def test_headline_like_subheading_is_kept_where_house_style_uses_subheadings():
    article = article_with("Anggaran Tambahan", url="https://news.detik.com/berita/d-1/x")
    assert "Anggaran Tambahan" in [p.text for p in article.paragraphs]


def test_trailing_headlines_after_the_body_are_related():
    article = article_with("Jalan Tol Baru Dibuka Bulan Depan", where="bottom")
    assert_removed(article, "Jalan Tol Baru Dibuka Bulan Depan", "related")


@pytest.mark.parametrize("line,kind", [
    ("Reporter: Siti Nurhaliza", "byline"),
    ("Editor: Budi Santoso", "byline"),
    ("Pewarta: Andi Firmansyah", "byline"),
    ("(nvc/ain)", "byline"),
    ("Laporan Wartawan Tribunnews.com, Rina Ayu", "byline"),
])
def test_bylines(line, kind):
    article = article_with(line, where="bottom")
    assert_removed(article, line, kind)


def test_byline_names_become_authors_but_not_photographers():
    article = article_with("Reporter: Siti Nurhaliza", where="bottom")
    assert article.authors == ["Siti Nurhaliza"]
    article = article_with("Foto: Agus Salim/detikcom", where="middle")
    assert article.authors == []


def test_editor_initials_glued_to_the_last_paragraph():
    text = f"Jalan Rusak\n\n{P1}\n\n{P2} (nvc/ain)\n"
    article = warta.process(text)
    assert [p.text for p in article.paragraphs] == [P1, P2]
    assert ("(nvc/ain)", "byline") in {(r.text, r.kind) for r in article.removed}


@pytest.mark.parametrize("caption,credit_lines,credit", [
    ("Sebuah kapal melintas di Selat Bosphorus.", ["Sumber :", "  • Reuters/Murad Sezer"], "Reuters/Murad Sezer"),
    ("Petugas memperbaiki jalan di Bandung.", ["Foto: Agus Salim/detikcom"], "Agus Salim/detikcom"),
])
def test_caption_and_credit_under_the_title(caption, credit_lines, credit):
    text = "\n".join(["Jalan Rusak Segera Diperbaiki", "", caption, *credit_lines, "", P1, "", P2])
    article = warta.process(text)
    assert [p.text for p in article.paragraphs] == [P1, P2]
    assert [(p.caption, p.credit) for p in article.photos] == [(caption, credit)]
    assert (caption, "caption") in {(r.text, r.kind) for r in article.removed}


def test_parenthesised_photo_credit():
    assert_removed(article_with("(Foto: dok. Humas Pemprov Jabar)"), "(Foto: dok. Humas Pemprov Jabar)", "credit")


@pytest.mark.parametrize("line", [
    "Copyright © 2015 VIVA.co.id. All Rights Reserved",
    "Ikuti berita terkini dari kami di Google News",
    "Tags: jalan rusak, banjir, jawa barat",
])
def test_footers(line):
    assert_removed(article_with(line, where="bottom"), line, "footer")


def test_site_name_line():
    assert_removed(article_with("VIVA.co.id", where="bottom"), "VIVA.co.id", "footer")


def test_stray_date_after_the_body_is_not_the_article_date():
    article = article_with("5 Agustus 2016", where="bottom")
    assert_removed(article, "5 Agustus 2016", "date")
    assert article.published is None


def test_date_line_under_the_title_is_the_article_date():
    article = article_with("Senin, 28 Desember 2015 10:05 WIB", where="top")
    assert_removed(article, "Senin, 28 Desember 2015 10:05 WIB", "date")
    assert article.published == "2015-12-28"


def test_title_line():
    article = article_with("ADVERTISEMENT")
    assert article.title == "Jalan Rusak Segera Diperbaiki"
    assert ("Jalan Rusak Segera Diperbaiki", "title") in {(r.text, r.kind) for r in article.removed}


def test_img_title_and_teaser_block():
    text = "\n".join(["Jalan Rusak Segera Diperbaiki", "", P1, "", P2, "",
                      "Warga menambal jalan berlubang.", "", "Jalan Tol Baru Dibuka Bulan Depan", "",
                      "Pemerintah menargetkan ruas baru", "", "img_title", "VIVA.co.id", "5 Agustus 2016"])
    article = warta.process(text)
    assert [p.text for p in article.paragraphs] == [P1, P2]
    kinds = {r.text: r.kind for r in article.removed}
    assert kinds["img_title"] == "other"
    assert kinds["Jalan Tol Baru Dibuka Bulan Depan"] == "related"
    assert kinds["Warga menambal jalan berlubang."] == "related"


def test_nothing_vanishes_silently(viva_text):
    article = warta.process(viva_text)
    kept = set(article.text.split("\n\n"))
    listed = {r.text for r in article.removed}
    for line in viva_text.splitlines():
        line = line.strip()
        if not line:
            continue
        assert line in kept or line in listed or any(line.endswith(p) for p in kept), line


@pytest.mark.parametrize("line,kind", [
    ("Load More...", "ad"),
    ("SolusiUKM · Iklan Baris · Blog · Forum · Sindikasi", "other"),
    ("Redaksi: redaksi[at]detikfinance.com", "footer"),
    ("Informasi pemasangan iklan", "footer"),
    ("Periksa kembali dan lengkapi data dirimu.", "footer"),
    ("— The GRAMMYs (@TheGRAMMYs) February 16, 2016", "other"),
    ("Disclaimer : Komentar adalah tanggapan pribadi, tidak mewakili kebijakan redaksi.", "footer"),
    ("-", "other"),
])
def test_page_furniture_lines(line, kind):
    assert_removed(article_with(line, where="bottom"), line, kind)


def test_caption_with_inline_credit_becomes_a_photo():
    line = "Petugas menambal jalan berlubang di Bandung. Foto: Agus Salim/detikcom"
    article = article_with(line)
    assert_removed(article, line, "caption")
    assert [(p.caption, p.credit) for p in article.photos] == [
        ("Petugas menambal jalan berlubang di Bandung.", "Agus Salim/detikcom")]


def test_repeated_title_and_the_header_above_it():
    text = "\n".join(["FotoBisnis", "Jalan Rusak Segera Diperbaiki", "Fotografer: Agus Salim", P1, P2])
    article = warta.process(text, title="Jalan Rusak Segera Diperbaiki")
    assert [p.text for p in article.paragraphs] == [P1, P2]
    kinds = {r.text: r.kind for r in article.removed}
    assert kinds == {"FotoBisnis": "other", "Jalan Rusak Segera Diperbaiki": "title",
                     "Fotografer: Agus Salim": "credit"}
    assert article.photos[0].credit == "Agus Salim"


def test_mediaindonesia_editor_code_glued_to_the_end():
    article = warta.process(f"Judul\n\n{P1}\n\n{P2} (H-4)")
    assert [p.text for p in article.paragraphs] == [P1, P2]
    assert ("(H-4)", "byline") in {(r.text, r.kind) for r in article.removed}
