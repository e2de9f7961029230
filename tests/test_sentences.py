from warta.resources import load_wordlist
from warta.stages.sentences import split_sentences, tokenize

ABBR = load_wordlist("id/abbreviations.txt")


def sentences(text):
    return [text[s:e] for s, e, _ in split_sentences(text, 0, ABBR)]


def test_abbreviations_do_not_end_sentences():
    text = ("Kantor itu di Jl. Merdeka No. 5 dekat rumah dr. Andi dan H. Rahmat. "
            "Biayanya Rp 3,5 juta per tgl. 5 bulan ini. Semua setuju.")
    assert sentences(text) == [
        "Kantor itu di Jl. Merdeka No. 5 dekat rumah dr. Andi dan H. Rahmat.",
        "Biayanya Rp 3,5 juta per tgl. 5 bulan ini.",
        "Semua setuju.",
    ]


def test_decimals_and_amounts_are_one_token():
    words = [t.text for t in tokenize("Inflasi 5,95 persen atau Rp10.000 dari VIVA.co.id")]
    assert "5,95" in words and "10.000" in words and "VIVA.co.id" in words


def test_a_quote_and_its_cue_stay_one_sentence():
    text = '"Kami siap. Kami terbuka untuk kerja sama," ucap dia. Lalu ia pergi.'
    assert sentences(text) == ['"Kami siap. Kami terbuka untuk kerja sama," ucap dia.', "Lalu ia pergi."]


def test_an_unclosed_quote_does_not_swallow_the_paragraph():
    text = '"Kami siap. Kami terbuka untuk kerja sama. Semua negara diajak.'
    assert len(sentences(text)) == 3


def test_token_offsets():
    text = "Ia berkata, “Ya.”"
    for tok in tokenize(text, 10):
        assert text[tok.start - 10:tok.end - 10] == tok.text
