"""HTML pages through trafilatura and the residue cleaner (MIT-licensed fixtures, see LICENSES/)."""

import gzip

from conftest import FIXTURES

import warta


def test_kompas_page():
    html = (FIXTURES / "kompas-singlepage.html").read_text(encoding="utf-8")
    article = warta.process(html, url="http://regional.kompas.com/read/2015/11/04/21040031/x")
    assert article.title == "Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan"
    assert article.outlet == "Kompas.com"
    assert article.published == "2015-11-04"
    assert article.dateline.place == "Lhokseumawe"
    assert article.text.startswith("Penyidik Polres Lhokseumawe melimpahkan Faisal")
    assert "KOMPAS.com" not in article.text.split("\n\n")[0][:30]


def test_antara_page_byline_and_footer():
    html = (FIXTURES / "antara-singlepage.html").read_text(encoding="utf-8")
    article = warta.process(html, url="http://www.antaranews.com/berita/527615/x")
    assert article.outlet == "ANTARA"
    assert article.dateline.place == "Mataram, NTB"
    kinds = {(r.kind, r.text) for r in article.removed}
    assert ("byline", "Editor: Ade Marboen") in kinds
    assert any(k == "footer" and "ANTARA" in t for k, t in kinds)
    assert "Ade Marboen" in article.authors


def test_mediaindonesia_related_cards_and_footer_are_gone():
    html = gzip.decompress((FIXTURES / "MediaIndonesia_2025_10_22.html.gz").read_bytes()).decode("utf-8")
    url = "https://mediaindonesia.com/ekonomi/822959/kpk-tak-temukan-surat-pencabutan-iup-nikel-raja-ampat"
    article = warta.process(html, url=url)
    assert article.outlet == "Media Indonesia"
    assert article.published == "2025-10-22"
    assert "Seharusnya DKPP lebih berani" not in article.text          # a teaser card
    assert "Ketika awak media menanyakan" not in article.text          # a related-article lede
    assert "Copyright" not in article.text
    assert article.text.startswith("Komisi Pemberantasan Korupsi (KPK) mengaku")


def test_html_without_article_text_is_an_error_record():
    article = warta.process("<html><body><nav>Menu</nav></body></html>", html=True)
    assert article.error.startswith("no article text found in the HTML page")


def test_a_lead_of_loose_paragraphs_before_the_first_tagged_one_is_kept():
    # the template prints its first paragraphs as bare text split by <br> after a bold dateline,
    # and opens the tagged ones with an entity for the quotation mark (written for this test)
    body = ("<p>&ldquo;Masyarakat menjadi punya banyak pilihan dalam membeli mobil baru tahun ini,&rdquo; "
            "ungkap Ketua Umum asosiasi itu kepada wartawan di Jakarta, Selasa (23/2/2016).</p>"
            + "".join(f"<p>Paragraf lanjutan nomor {n} menjelaskan rencana investasi pabrik mobil baru "
                      "di Indonesia serta dampaknya bagi tenaga kerja lokal di sekitar kawasan industri.</p>"
                      for n in range(6)))
    html = ("<html><head><title>Merek Baru Serbu Indonesia</title></head><body><div class='read'>"
            "<br /><strong>Jakarta, KompasOtomotif</strong> &ndash; Tahun depan, dua produsen otomotif asal "
            "China mulai meramaikan industri otomotif Indonesia dengan membangun pabrik besar.<br /><br />"
            "Menanggapi kondisi itu, ketua umum asosiasi produsen mengatakan semakin banyak merek baru yang "
            "masuk semakin bagus bagi pasar.\n" + body + "</div></body></html>")
    article = warta.process(html, url="http://otomotif.kompas.com/read/2016/02/23/165200515/x")
    assert article.text.startswith("Tahun depan, dua produsen otomotif")
    assert "Menanggapi kondisi itu" in article.text.split("\n\n")[1]
    assert article.dateline.place == "Jakarta"
