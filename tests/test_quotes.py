"""Quotes: direct and indirect, cues, and speakers resolved to entities."""

import json

import pytest
from conftest import FIXTURES

import warta

EXPECTED = json.loads((FIXTURES / "viva-2015-rusia-isis.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def viva():
    return warta.process((FIXTURES / "viva-2015-rusia-isis.txt").read_text(encoding="utf-8"))


def test_the_three_direct_quotes_by_galuzin_with_his_role(viva):
    direct = [q for q in viva.quotes if q.kind == "direct"]
    gold = [q for q in EXPECTED["quotes"] if q["kind"] == "direct"]
    assert [q.text for q in direct] == [g["text"] for g in gold]
    assert [q.cue for q in direct] == [g["cue"] for g in gold]
    for q in direct:
        assert q.speaker.name == "Mikail Galuzin"
        assert q.speaker.role == "Duta Besar Rusia untuk Indonesia"
        assert viva.text[q.start:q.end] == q.text


def test_indirect_quotes_and_their_speakers(viva):
    indirect = [q for q in viva.quotes if q.kind == "indirect"]
    for gold in [q for q in EXPECTED["quotes"] if q["kind"] == "indirect"]:
        match = [q for q in indirect if q.text.startswith(gold["text_starts"])]
        assert match, gold
        expected_id = "RUS" if gold["speaker"] == "Rusia" else "per:mikail-galuzin"
        assert match[0].speaker.id == expected_id, gold


def article(body: str, entities: dict[str, tuple[str, str, list[str]]]):
    """The quote stage alone, on a body whose entities are given: {surface: (label, id, roles)}.

    Mentions are every occurrence of each surface form; names map to the id's canonical name (the
    longest surface with that id)."""
    from warta.model import Article, EntityMention, EntitySummary, Paragraph
    from warta.stages.quotes import extract_quotes
    from warta.stages.sentences import add_sentences

    paragraphs, pos = [], 0
    for para in body.split("\n\n"):
        paragraphs.append(Paragraph(text=para, start=pos, end=pos + len(para)))
        pos += len(para) + 2
    art = add_sentences(Article(source="t", text=body, paragraphs=paragraphs))
    names = {}
    for surface, (label, eid, roles) in entities.items():
        if len(surface) > len(names.get(eid, ("", "", []))[0]):
            names[eid] = (surface, label, roles)
    mentions = []
    for surface, (label, eid, _) in entities.items():
        start = body.find(surface)
        while start >= 0:
            if not any(m.start <= start < m.end for m in mentions):
                mentions.append(EntityMention(text=surface, label=label, start=start, end=start + len(surface),
                                              id=eid, name=names[eid][0]))
            start = body.find(surface, start + 1)
    art.entities = sorted(mentions, key=lambda m: m.start)
    art.entity_list = [EntitySummary(id=eid, name=n, label=lab, mentions=1, roles=roles)
                       for eid, (n, lab, roles) in names.items()]
    return extract_quotes(art)


LISTYO = {"Listyo Sigit Prabowo": ("PER", "per:listyo", ["Kapolri Jenderal"]), "Listyo": ("PER", "per:listyo", [])}


def test_pre_cue_and_pronoun_cue():
    a = article('Kapolri Jenderal Listyo Sigit Prabowo mengatakan, "Kami akan menindak tegas semua pelaku." '
                'Ia menambahkan, penyelidikan masih berlangsung di Jakarta.\n\n'
                '"Semua pihak diminta tenang dan menunggu hasil penyelidikan," ujarnya.', LISTYO)
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert [q.speaker.name for q in direct] == ["Listyo Sigit Prabowo"] * 2
    assert [q.cue for q in direct] == ["mengatakan", "ujarnya"]
    assert direct[0].speaker.role == "Kapolri Jenderal"
    (indirect,) = [q for q in a.quotes if q.kind == "indirect"]
    assert indirect.text.startswith("penyelidikan masih berlangsung")
    assert indirect.speaker.name == "Listyo Sigit Prabowo"


def test_cue_phrase_with_its_pronoun_refers_back():
    names = {"Ardiles Mewoh": ("PER", "per:ardiles", []), "Ardiles": ("PER", "per:ardiles", [])}
    a = article('Ketua KPU Ardiles Mewoh menambahkan, lelang berjalan baik. "Prosesnya lebih transparan," '
                'kata dia.', names)
    (direct,) = [q for q in a.quotes if q.kind == "direct"]
    assert direct.cue == "kata dia" and direct.speaker.name == "Ardiles Mewoh"


def test_next_paragraph_continuing_names_the_pronoun_speaker():
    names = {"Eti Rohaeti": ("PER", "per:eti", []), "Eti": ("PER", "per:eti", []),
             "Fikri Husin": ("PER", "per:fikri", [])}
    text = ('Kepala dinas Eti Rohaeti meninjau kebun warga.\n\nWarga Fikri Husin menanam sayur di gang.\n\n'
            '"Ini potensi yang luar biasa," katanya.\n\n')
    carried = article(text + 'Eti menambahkan, gang hijau juga bermanfaat.', names)
    assert carried.quotes[0].speaker.name == "Eti Rohaeti"
    # without the continuation the pronoun goes to the person named last
    plain = article(text + 'Eti meninjau gang lain.', names)
    assert plain.quotes[0].speaker.name == "Fikri Husin"


def test_quote_interrupted_by_its_cue_and_carried_on():
    a = article('Menteri Keuangan Sri Mulyani menjelaskan kebijakan baru. "Defisit tetap terjaga di bawah tiga '
                'persen," kata Sri Mulyani. "Kami juga menjaga belanja sosial tetap tinggi tahun ini."',
                {"Sri Mulyani": ("PER", "per:sri-mulyani", ["Menteri Keuangan"])})
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert [q.cue for q in direct] == ["kata Sri Mulyani", None]
    assert [q.speaker.name for q in direct] == ["Sri Mulyani"] * 2


def test_quote_running_over_paragraphs():
    a = article('Gubernur Jawa Barat Ridwan Kamil berkata, "Banjir ini harus ditangani bersama oleh semua daerah.\n\n'
                '"Kami sudah menyiapkan posko di tiga kabupaten dan kota yang terdampak," katanya.',
                {"Ridwan Kamil": ("PER", "per:ridwan-kamil", ["Gubernur Jawa Barat"]), "Jawa Barat": ("GPE", "IDN-32", [])})
    (quote,) = [q for q in a.quotes if q.kind == "direct"]
    assert quote.text.startswith("Banjir ini") and quote.text.endswith("terdampak")
    assert quote.speaker.name == "Ridwan Kamil" and quote.cue == "katanya"  # the cue after wins


def test_according_to_and_organisation_speakers():
    a = article("Menurut Kemenlu, seluruh warga negara Indonesia di Sudan dalam keadaan aman. "
                "Rusia menegaskan akan terus mendukung proses perdamaian di kawasan itu.",
                {"Kemenlu": ("ORG", "IDN-KEMENLU", []), "Rusia": ("GPE", "RUS", []),
                 "Indonesia": ("GPE", "IDN", []), "Sudan": ("GPE", "SDN", [])})
    assert [(q.kind, q.cue, q.speaker.id) for q in a.quotes] == [
        ("indirect", "Menurut", "IDN-KEMENLU"), ("indirect", "menegaskan", "RUS")]
    assert a.quotes[1].text == "akan terus mendukung proses perdamaian di kawasan itu"


def test_mid_sentence_cue():
    a = article("Tetapi, kata Galuzin, hal yang terutama adalah menggabungkan usaha bersama.",
                {"Galuzin": ("PER", "per:galuzin", [])})
    (quote,) = a.quotes
    assert (quote.kind, quote.cue, quote.speaker.name) == ("indirect", "kata Galuzin", "Galuzin")
    assert quote.text == "hal yang terutama adalah menggabungkan usaha bersama"


def test_the_person_a_title_names_speaks_not_the_place_in_the_title():
    a = article("Menurut Wali Kota Surabaya Tri Rismaharini, buruh di ibu kota Jatim tersebut tidak perlu khawatir.",
                {"Surabaya": ("GPE", "IDN-35.78", []), "Tri Rismaharini": ("PER", "per:risma", ["Wali Kota Surabaya"])})
    (quote,) = a.quotes
    assert quote.speaker.name == "Tri Rismaharini"


def test_role_only_cue_resolves_to_the_holder():
    a = article("Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi ledakan di Makassar pada Minggu pagi.\n\n"
                '"Pelaku sudah kami identifikasi dan sedang dikejar," kata Kapolri.', LISTYO)
    (quote,) = [q for q in a.quotes if q.kind == "direct"]
    assert quote.speaker.name == "Listyo Sigit Prabowo"


def test_unresolved_speaker_stays_null_and_terms_in_quotes_are_not_speech():
    a = article('Film "Pengabdi Setan" ditonton jutaan orang. "Kami tidak menyangka sambutannya sebesar ini '
                'dan kami sangat berterima kasih," ujarnya.', {})
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker is None and direct[0].cue == "ujarnya"


def test_through_the_whole_pipeline_offsets_hold():
    a = warta.process("Judul Berita Hari Ini\n\n" + 'Presiden Joko Widodo mengatakan, "Kita harus bekerja '
                      'lebih keras lagi tahun ini." Ia juga meminta para menteri fokus pada harga pangan.')
    assert a.quotes
    for q in a.quotes:
        assert a.text[q.start:q.end] == q.text
        assert a.text[q.cue_start:q.cue_end] in q.cue


def test_speaker_scoring_matches_names_of_one_person():
    from warta.evaluation.quotes_eval import same_person

    assert same_person("Tri Rismaharini", "Risma") and same_person("Abdul Mu’ti", "Mu’ti")
    assert same_person("Uu", "Uu") and not same_person("Uu", "Joko Widodo")
    assert not same_person("Bima Arya", "") and not same_person("Mu’ti", "Muhadjir Effendy")
