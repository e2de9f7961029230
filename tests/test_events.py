"""Events: PLOVER types, actors and targets from Indonesian sentences."""

import json

import pytest
from conftest import FIXTURES

import warta
from warta.events.actors import home_country

EXPECTED = json.loads((FIXTURES / "viva-2015-rusia-isis.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def viva():
    return warta.process((FIXTURES / "viva-2015-rusia-isis.txt").read_text(encoding="utf-8"))


def test_the_five_viva_events(viva):
    got = {(e.actor.code[:3], e.type, e.target.code if e.target else None) for e in viva.events}
    assert ("RUS", "ASSAULT", "ISIL") in got
    assert ("RUS", "AGREE", "IDN") in got
    assert ("RUS", "ACCUSE", "USA") in got
    assert ("RUS", "REQUEST", None) in got      # "negara lain": other states, none named
    assert ("RUS", "CONSULT", None) in got      # "negara yang satu visi"


def test_events_carry_sentence_offsets_date_and_place(viva):
    for e in viva.events:
        assert viva.text[e.start:e.end] == e.sentence
        assert e.trigger.lower() in e.sentence.lower()
        assert e.date == "2015-12-28"
    assert any(e.place == "Iraq" for e in viva.events if e.type == "ASSAULT")


def test_a_person_acts_for_the_state_and_sector_of_their_role(viva):
    quoted = [e for e in viva.events if e.sentence.startswith('"Kami harap')]
    assert {e.actor.code for e in quoted} == {"RUSDIP"}


def events_of(body):
    return {(e.actor.code, e.type, e.target.code if e.target else None)
            for e in warta.process("Judul Berita Hari Ini\n\n" + body).events}


def test_negated_denied_and_requested_predicates_make_no_event_of_their_own():
    assert not {e for e in events_of("Rusia tidak akan menyerang Ukraina dalam waktu dekat, kata pejabat itu.")
                if e[1] == "ASSAULT"}
    assert not {e for e in events_of("Israel membantah telah menyerang Lebanon pada pekan lalu.") if e[1] == "ASSAULT"}
    got = events_of("Indonesia meminta Malaysia membantu memulangkan para pekerja migran.")
    assert ("IDNGOV", "AID", "MYS") not in got and any(e[1] == "REQUEST" for e in got)


def test_passive_voice_actor_after_oleh():
    got = events_of("Tersangka korupsi itu ditangkap oleh KPK di Jakarta pada Senin malam.")
    assert any(e[0] == "IDNJUD" and e[1] == "COERCE" for e in got)


def test_organisations_and_states_code_with_sectors():
    got = events_of("Kementerian Luar Negeri Indonesia mengecam serangan Israel terhadap warga sipil di Gaza.")
    assert ("IDNDIP", "ACCUSE", "ISR") in got


def test_legal_steps_follow_the_coding_conventions():
    """eval/gold/events_README.md: naming a suspect is ACCUSE, an appeal REJECT, an
    administrative sanction by a state body COERCE."""
    assert any(e[0] == "IDNJUD" and e[1] == "ACCUSE" for e in events_of(
        "KPK menetapkan Bupati Lembata sebagai tersangka kasus suap pada Senin."))
    assert any(e[1] == "REJECT" for e in events_of(
        "Jaksa KPK mengajukan banding atas putusan Pengadilan Negeri Jakarta Selatan."))
    assert any(e[1] == "COERCE" for e in events_of(
        "DKPP menjatuhkan sanksi peringatan keras terhadap Ketua KPU."))


def test_a_passive_in_a_relative_clause_refers_back_and_a_bare_one_has_no_agent():
    assert not {e for e in events_of("KPK kemudian menghitung aset yang disita tersebut.") if e[1] == "COERCE"}
    assert not {e for e in events_of("Guru itu saat ini sudah ditetapkan sebagai tersangka.") if e[1] == "ACCUSE"}
    assert any(e[1] == "COERCE" for e in events_of("Aset milik tersangka disita KPK pada Senin."))


def test_ability_and_aims_are_not_acts():
    assert not events_of("Tawon itu terkenal ganas dan bisa menyerang warga secara berkelompok.")
    assert not events_of("Polisi mengatakan semua upaya sedang dilakukan untuk menangkap pelaku pencurian.")
    # an ongoing campaign stated with "akan terus ... untuk" stays an act
    got = events_of("Rusia menegaskan akan terus berada di garis depan untuk memerangi ISIS di Suriah.")
    assert ("RUS", "ASSAULT", "ISIL") in got


def test_a_story_set_abroad_codes_its_unnamed_actors_there():
    body = ("Polisi Singapura menahan seorang turis asal Kanada di Bandara Changi, Singapura, pada Minggu.\n\n"
            "Pria itu ditangkap polisi setelah melukai petugas bandara.")
    got = events_of(body)
    assert ("SGPCOP", "COERCE", "SGPCVL") in got or ("SGPCOP", "COERCE", "CAN") in got
    assert not any(a.startswith("IDN") for a, _, _ in got)
    # Indonesian stories keep Indonesian actors
    assert ("IDNCOP", "COERCE", "IDNCRM") in events_of("Di Boyolali, polisi menangkap tersangka pencurian motor.")


def test_pronoun_subjects_and_initials():
    body = ("Kapolres Boyolali AKBP Rosyid Hartanto memimpin penyelidikan kasus itu.\n\n"
            "Ia meminta warga melapor bila melihat pelaku berinisial SR.\n\n"
            "Polisi kemudian menangkap SR di rumahnya.")
    got = events_of(body)
    assert any(a.startswith("IDN") and t == "REQUEST" for a, t, _ in got)
    assert ("IDNCOP", "COERCE", "IDN") in got


def test_two_officials_of_one_state_meet():
    got = events_of("Presiden Prabowo Subianto bertemu Wakil Presiden Gibran Rakabuming Raka di Istana Merdeka, Jakarta.")
    assert ("IDNGOV", "CONSULT", "IDNGOV") in got


def test_one_event_per_target_named_in_a_list():
    got = events_of("Kejaksaan Negeri Lembata menggeledah kantor Dinas PUPR Lembata dan kantor CV Permata Bunda.")
    targets = {t for a, kind, t in got if kind == "COERCE"}
    assert len(targets) == 2
    # a name right after another is not a second target ("Mahkamah Agung Andri ...": his office)
    got = events_of("Polisi menangkap pegawai Mahkamah Agung Andri Tristianto Sutrisna di Jakarta.")
    assert len([e for e in got if e[1] == "COERCE"]) == 1
    # ... but two targets of one code are one event, one record per actor, type and target code
    # as event data (and the gold) count them
    article = warta.process("Judul Berita Hari Ini\n\nKejaksaan Negeri Lembata menggeledah kantor Dinas PUPR "
                            "Lembata dan kantor Dinas Pendidikan Lembata.")
    assert [(e.actor.code, e.type, e.target.code) for e in article.events] == [("IDNJUD", "COERCE", "IDNGOV")]


def test_melawan_is_fighting_only_against_an_armed_group():
    assert not [e for e in events_of("Timnas Indonesia melawan Jepang di Stadion Gelora Bung Karno malam ini.")
                if e[1] == "ASSAULT"]
    assert not [e for e in events_of("Terdakwa itu melawan putusan hakim dan mengajukan banding ke Pengadilan Tinggi.")
                if e[1] == "ASSAULT"]
    assert ("IRQ", "ASSAULT", "ISIL") in events_of("Irak melawan ISIS di Mosul sepanjang tahun lalu.")


def test_a_purpose_clause_ends_the_search_for_a_target():
    got = events_of("Rusia melakukan pembicaraan dengan negara-negara lain untuk membahas ancaman ISIS.")
    assert ("RUS", "CONSULT", "ISIL") not in got and ("RUS", "CONSULT", None) in got


def test_a_negator_reaches_its_predicate_only_through_auxiliaries():
    assert not [e for e in events_of("Polisi belum resmi menahan tersangka korupsi itu.") if e[1] == "COERCE"]
    got = events_of("KPK tidak terima sehingga mengajukan kasasi ke Mahkamah Agung.")
    assert any(e[1] == "REJECT" for e in got)


def test_a_prison_sentence_is_also_coercion_and_wni_are_indonesians_abroad():
    got = events_of("Pengadilan Negeri Medan memvonis terdakwa 6 tahun penjara dalam kasus korupsi itu.")
    assert {"SANCTION", "COERCE"} <= {t for _, t, _ in got}
    body = ("Polisi Kamboja menahan empat WNI yang diduga melakukan kekerasan di Phnom Penh, Kamboja.\n\n"
            "Kamboja menyatakan keempatnya akan diadili di Kamboja.")
    got = events_of(body)
    assert any(a.startswith("KHM") and t == "COERCE" and target == "IDNCVL" for a, t, target in got)
    assert not any(target and target.startswith("KHM") for _, _, target in got)   # Phnom Penh is where


def test_initials_that_spell_a_country_are_a_person():
    body = ("KPK menahan tersangka berinisial AS dalam kasus korupsi jual beli gas.\n\n"
            "Penyidik kemudian memeriksa AS selama delapan jam di Gedung Merah Putih KPK, Jakarta.")
    got = events_of(body)
    assert got and not any("USA" in (a, target) for a, _, target in got)
    assert any(t == "ACCUSE" and target == "IDN" for _, t, target in got)


def test_a_pronoun_before_a_passive_is_its_target():
    body = ("Mantan Bupati Karanganyar Juliyatmono hadir di pengadilan.\n\n"
            "Dia telah divonis enam tahun penjara dalam kasus korupsi itu.")
    assert any(t == "SANCTION" and (target or "").startswith("IDN") for _, t, target in events_of(body))


def test_a_verdict_falls_on_a_defendant_and_menahan_needs_someone_held():
    got = events_of("Ketua Majelis Hakim Pengadilan Negeri Denpasar membacakan vonis 1,5 tahun penjara.")
    assert any(t == "SANCTION" and (target or "").startswith("IDN") for _, t, target in got)
    assert not [e for e in events_of("Bank Indonesia menahan suku bunga acuan pada bulan ini.") if e[1] == "COERCE"]
    assert not [e for e in events_of("Amnesty International melaporkan bahwa aktivis itu dipenjara tanpa sidang.")
                if e[1] == "ACCUSE"]   # reporting that, not reporting someone to the police


def test_an_uncoded_object_of_an_indonesian_story_is_indonesian():
    got = events_of("Kapolres Boyolali meminta para perajin batik menutup bengkel lebih awal.")
    assert any(t == "REQUEST" and target == "IDN" for _, t, target in got)
    # a seizure of things has no target
    assert ("IDNJUD", "COERCE", None) in events_of("KPK menyita uang tunai Rp 2 miliar dari lokasi itu.")


def test_generic_institution_words_belong_to_the_country_a_story_is_set_in():
    body = ("Presiden AS Donald Trump kembali berselisih dengan Elon Musk di Washington, Amerika Serikat.\n\n"
            "Partai Republik mengecam Musk setelah ia mendirikan partai baru di AS.")
    got = events_of(body)
    assert any(a == "USAPTY" and t == "ACCUSE" for a, t, _ in got)
    # a Kejaksaan is Indonesian wherever it is named
    assert any(a == "IDNJUD" for a, _, _ in events_of("Kejaksaan Negeri Lembata menahan dua tersangka korupsi."))


def test_words_that_only_sometimes_name_an_event():
    assert not [e for e in events_of("Motor warga itu mogok setelah menerjang banjir di Jalan Sudirman.")
                if e[1] == "PROTEST"]
    assert not [e for e in events_of("China menetapkan target pengurangan emisi gas rumah kaca.")
                if e[1] == "ACCUSE"]
    assert any(t == "ACCUSE" for _, t, _ in events_of("Polda Metro Jaya menetapkan Andi Saputra sebagai tersangka."))
    got = events_of("Jaksa Penuntut Umum menuntut terdakwa dengan hukuman tiga bulan penjara.")
    assert any(t == "ACCUSE" for _, t, _ in got) and not any(t == "REQUEST" for _, t, _ in got)


def test_a_meeting_between_two_named_parties():
    got = events_of("Pertemuan antara Presiden Prabowo Subianto dan Presiden ke-7 RI Joko Widodo berlangsung di Jakarta.")
    assert any(t == "CONSULT" and a.startswith("IDN") and (target or "").startswith("IDN") for a, t, target in got)
    assert not [e for e in events_of("Pertemuan itu berlangsung tertutup selama dua jam.") if e[1] == "CONSULT"]


def test_catching_things_signing_decrees_and_lasting_detention_are_not_acts():
    assert not events_of("Drone KLH menangkap citra emisi dari cerobong pabrik itu.")
    assert not [e for e in events_of("Trump menandatangani perintah eksekutif soal tarif impor baja.")
                if e[1] in ("SUPPORT", "AGREE")]
    assert not [e for e in events_of("Banyak kawan kami masih ditahan di Polda Metro Jaya.") if e[1] == "COERCE"]
    assert not [e for e in events_of("Kementerian Keuangan melaporkan telah membuka blokir anggaran 99 lembaga.")
                if e[1] == "ACCUSE"]


def test_people_named_by_a_quantifier_or_pihaknya_act():
    got = events_of("Para konservasionis mendesak pemerintah daerah untuk melindungi hutan lindung itu.")
    assert any(t == "REQUEST" and a.startswith("IDN") for a, t, _ in got)
    body = ("Kapolsek Tanah Sareal Kompol Doddy Rosjadi membenarkan kejadian itu.\n\n"
            "Hingga kini, pihaknya masih melakukan penyelidikan terkait pelaku pembunuhan itu.")
    assert any(t == "ACCUSE" for _, t, _ in events_of(body))
    # "ibu kota" names no one
    assert not [e for e in events_of("Ibu kota Jakarta menyerang balik dengan program baru.") if e[0] == "IDNCVL"]


def test_an_act_talked_about_and_an_acronym_repeated():
    assert not [e for e in events_of("Dia mempertanyakan keseriusan pemerintah dalam mencabut izin tambang itu.")
                if e[1] == "SANCTION"]
    assert ("IDNJUD", "COERCE", None) in events_of("KPK melakukan operasi tangkap tangan (OTT) di Kota Medan.")


def test_a_state_sanctions_while_a_state_body_coerces():
    assert any(t == "SANCTION" for _, t, _ in events_of("Amerika Serikat menjatuhkan sanksi kepada Iran pekan lalu."))
    got = events_of("DKPP menjatuhkan sanksi peringatan keras kepada Ketua KPU.")
    assert any(t == "COERCE" for _, t, _ in got) and not any(t == "SANCTION" for _, t, _ in got)


def test_a_place_list_after_di_is_where_not_whom():
    got = events_of("Polisi setempat menahan empat WNI di Phnom Penh, Kamboja, pada Senin.")
    assert [target for _, t, target in got if t == "COERCE"] == ["IDNCVL"]


def test_a_future_marker_governs_coordinated_predicates():
    got = events_of("Polisi akan melakukan pengecekan ke lokasi kejadian dan melakukan penyelidikan kasus itu.")
    assert not [e for e in got if e[1] == "ACCUSE"]


def test_an_act_decided_on_is_told_not_aimed_at():
    got = events_of("Akhirnya KPU secara kelembagaan memutuskan untuk membatalkan Keputusan KPU Nomor 731 Tahun 2025.")
    assert {t for _, t, _ in got} == {"CONCEDE"}
    got = events_of("Polisi berupaya bertemu dengan para mahasiswa di kampus itu.")
    assert "CONSULT" not in {t for _, t, _ in got}


def test_observed_false_events_on_unlabelled_detik_articles():
    assert not [e for e in events_of("Pemprov Sumsel bekerja sama dengan pelaku industri pariwisata setempat.")
                if e[2] == "IDNCRM"]   # "pelaku industri" are businesses, not offenders
    assert not [e for e in events_of("Desa wisata Sekapuk menawarkan panorama alam yang memukau.") if e[1] == "AGREE"]
    assert not [e for e in events_of("Salah satu yang akan dikunjungi Gubernur adalah Tebet Eco-Park di Jakarta.")
                if e[1] in ("CONSULT", "AGREE")]
    assert not [e for e in events_of("Arman menyoroti bahwa sistem pendidikan nasional masih perlu diperbaiki.")
                if e[1] == "ACCUSE"]


def test_statutes_and_reflexives_state_no_act():
    assert not events_of("(4) Setiap Orang yang dengan sengaja menyerang kehormatan atau nama baik orang lain dipidana.")
    assert not [e for e in events_of("Massa mahasiswa yang menggelar demo di Patung Kuda akhirnya membubarkan diri.")
                if e[1] == "COERCE"]


def test_event_nouns_code_only_in_a_construction_that_asserts_the_act():
    got = events_of("OTT itu dilakukan oleh Bidpropam Polda Sumut di Medan.")
    assert [(a[:3], t) for a, t, _ in got] == [("IDN", "COERCE")]
    got = events_of("Penangkapan terhadap Budi Santoso dilakukan oleh Polda Metro Jaya pada Senin malam.")
    assert [(a[:3], t, target[:3]) for a, t, target in got] == [("IDN", "COERCE", "IDN")]
    assert [t for _, t, _ in events_of("Saat ini negosiasi antara Indonesia dan Amerika Serikat masih berlangsung.")] == ["CONSULT"]
    got = events_of("Kantor Kejati Jawa Tengah mulai mendapatkan penjagaan oleh TNI dari Kodam IV/Diponegoro.")
    assert [(a[:3], t) for a, t, _ in got] == [("IDN", "AID")]
    # the bare noun refers to the act; denied, planned or relative ones assert nothing
    assert all(t != "COERCE" for _, t, _ in events_of("Penangkapan Budi Santoso menuai kritik dari banyak pihak."))
    assert not events_of("Penangkapan itu tidak dilakukan oleh Polda Metro Jaya.")
    assert not events_of("Demo besar akan digelar oleh mahasiswa di depan gedung DPR.")
    assert all(t != "COERCE" for _, t, _ in events_of("Ia mengkritik penangkapan yang dilakukan oleh Polda Metro Jaya."))


def test_a_name_takes_the_country_the_words_around_it_give():
    got = events_of("Astra Otoparts bekerja sama dengan pabrikan ban asal Italia, Pirelli, dengan mendirikan perusahaan patungan.")
    assert {target for _, t, target in got if t == "COOPERATE"} == {"ITA"}
    got = events_of("Ketua juru runding Kolombia Haendel Rodriguez menuduh negara produsen minyak sebagai biang keladi.")
    assert {a[:3] for a, t, _ in got if t == "ACCUSE"} == {"COL"}
    got = events_of("Menteri Agama Budi Santoso melakukan kunjungan resmi ke Kementerian Haji dan Umrah Kerajaan Arab Saudi.")
    assert {target[:3] for _, t, target in got if t == "CONSULT"} == {"SAU"}


def test_coordinated_subjects_of_a_joint_act_are_actor_and_target():
    got = events_of("Indonesia dan Malaysia sepakat memperkuat kerja sama perbatasan.")
    assert {(a, t, target) for a, t, target in got} == {("IDN", "AGREE", "MYS")}
    # a name further on is not the co-signer; the first named signs with the second
    got = events_of("Presiden Amerika Serikat (AS) Donald Trump dan Perdana Menteri Australia Anthony Albanese "
                    "menandatangani perjanjian terkait mineral tanah jarang Australia di Gedung Putih.")
    assert {(a[:3], t, target[:3]) for a, t, target in got if t == "SUPPORT"} == {("USA", "SUPPORT", "AUS")}


def test_forms_read_in_unlabelled_articles():
    got = events_of("Menteri Keuangan Sri Mulyani menjelaskan hal itu dalam rapat kerja dengan Komisi XI DPR di Jakarta.")
    assert [t for _, t, _ in got] == ["CONSULT"]
    got = events_of("Dinas PU Kota Bogor menyampaikan permintaan maaf atas penutupan jalan kepada warga.")
    assert {t for _, t, _ in got} == {"CONCEDE"}
    assert not events_of("Tom Lembong disebut menyetujui impor gula tanpa melalui rapat koordinasi dengan lembaga terkait.") \
        & {("IDN", "CONSULT", "IDNGOV"), ("IDN", "CONSULT", "IDN")}


def test_pronoun_existential_and_fronted_subjects():
    # a pronoun subject with no one named before it is someone of the story's country
    assert [t for _, t, _ in events_of("Ia meminta truk-truk tersebut keluar melalui pintu Tol Cilegon Timur.")] == ["REQUEST"]
    # "ada ... yang" asserts the act; "tidak ada ... yang" denies it
    assert [t for _, t, _ in events_of("Ada juga pihak swasta yang terjaring OTT KPK.")] == ["COERCE"]
    assert not events_of("Polisi menyebut tidak ada warga yang ditahan dalam kejadian itu.")
    # a predicate in a fronted phrase takes the main clause's subject after the comma
    got = events_of("Dalam rapat kerja dengan Komisi II DPR RI, Basuki Hadimuljono meminta dukungan legislatif.")
    assert ("IDN", "CONSULT") in {(a[:3], t) for a, t, _ in got}
    # what a predicate needs may follow a purpose clause
    assert [t for _, t, _ in events_of("KPK juga mencegah empat orang untuk bepergian ke luar negeri.")] == ["COERCE"]


def test_urging_deploring_welcoming_and_dismissing():
    assert [t for _, t, _ in events_of("KPK mendorong agar kepala daerah menerbitkan surat edaran pencegahan gratifikasi.")] == ["REQUEST"]
    assert not events_of("Program itu diharapkan mendorong pertumbuhan ekonomi daerah.")
    got = events_of("Kehadiran Menteri Eddy Soeparno di Universitas Sam Ratulangi disambut langsung oleh Wakil Rektor Arthur Pinaria.")
    assert [t for _, t, _ in got] == ["CONSULT"]
    # a ministry firing its officials coerces; a party expelling a member sanctions
    got = events_of("Sejauh ini sudah ada 26 pegawai pajak yang dipecat oleh Kementerian Keuangan.")
    assert [t for _, t, _ in got] == ["COERCE"]
    assert {t for _, t, _ in events_of("Partai Golkar memecat Budi Santoso dari keanggotaan partai.")} == {"SANCTION"}


def test_a_thing_acted_on_or_a_place_beside_is_no_target():
    got = events_of("Seratusan mahasiswa menggelar aksi unjuk rasa di depan Gedung Sate, Kota Bandung, Senin sore.")
    assert [(t, target) for _, t, target in got] == [("PROTEST", None)]
    got = events_of("Akademisi dari Universitas Sriwijaya itu juga mengutuk keras kejadian yang menimpa dokter tersebut.")
    assert [(t, target) for _, t, target in got] == [("ACCUSE", None)]


def test_an_international_official_acts_for_the_organisation():
    got = events_of("Sekjen PBB António Guterres pernah memuji langsung prestasi Brigadir Renita dari Polri.")
    assert {a for a, t, _ in got if t == "SUPPORT"} == {"UN"}


def test_words_around_a_verb_and_noun_that_make_them_events():
    assert {(a, t) for a, t, _ in events_of("Pelaku pariwisata memprotes kebijakan larangan study tour di Jawa Barat.")} \
        == {("IDNBUS", "PROTEST")}
    got = events_of("Koordinasi antara Direktorat Gratifikasi KPK dengan Kementerian PU itu berlangsung pada Selasa.")
    assert [t for _, t, _ in got] == ["CONSULT"]
    got = events_of("Usulan itu disampaikan oleh Ketua DEMA UIN Syarif Hidayatullah dalam audiensi dengan pimpinan DPR RI.")
    assert "REQUEST" in {t for _, t, _ in got}


def test_demands_at_a_demonstration_are_the_protest():
    got = events_of("Ratusan mahasiswa menggelar demo di depan gedung DPRD. Dalam orasinya, mahasiswa meminta "
                    "pemerintah mengevaluasi program Makan Bergizi Gratis.")
    assert {t for _, t, _ in got} == {"PROTEST"}
    got = events_of("Perwakilan mahasiswa menyerahkan tuntutan dalam audiensi dengan DPR. Mahasiswa meminta "
                    "pemerintah mengevaluasi program itu.")
    assert "REQUEST" in {t for _, t, _ in got}


def test_a_harsh_judgement_criticises_and_what_it_judges_is_no_act():
    got = events_of("Indonesian Society of Steel Construction (ISSC) menilai kebijakan ini membuat usaha fabrikator "
                    "lokal terpuruk dan mengancam keberlangsungan industri baja nasional.")
    assert {(t, target) for _, t, target in got} == {("ACCUSE", "IDN")}
    assert not events_of("Ekonom itu menilai kebijakan ini cukup baik untuk pertumbuhan ekonomi.")
    got = events_of("DKPP menilai mereka telah melanggar kode etik penyelenggara pemilu.")
    assert {t for _, t, _ in got} == {"SANCTION"}


def test_a_host_receiving_a_visitor_is_the_visitors_consultation():
    got = events_of("Hal itu diungkapkan Natalius Pigai saat menerima Bupati Flores Timur Anton Doni Dihen di Jakarta.")
    assert [t for _, t, _ in got] == ["CONSULT"]
    assert not events_of("Kepala desa itu menerima uang dari Budi Santoso pada Senin.")


def test_requested_alleged_and_attempted_acts_are_not_done():
    got = events_of("Megawati bahkan meminta kepala daerah dari PDI Perjuangan untuk berkolaborasi dengan BRIDA.")
    assert {t for _, t, _ in got} == {"REQUEST"}
    # ... and each act joined to it inside the purpose clause
    got = events_of("Polisi mengajak seluruh pengguna jalan untuk mematuhi aturan dan mendukung upaya kepolisian.")
    assert {t for _, t, _ in got} == {"REQUEST"}
    assert not events_of("Pelaku diduga meminta uang kepada jajarannya untuk kepentingan pribadi.")
    assert not events_of("Mereka kemudian menuju Kejati Sumsel untuk mencoba bertemu pejabat tertentu, namun gagal.")
    # urging governs the act it urges, with or without "untuk"
    got = events_of("Yuke mendorong Dinas Lingkungan Hidup Jakarta bekerja sama secara aktif dengan BRIN.")
    assert {t for _, t, _ in got} == {"REQUEST"}
    # an apology is no request, and governs nothing after it
    got = events_of("Polisi meminta maaf kepada warga dan menangkap dua pelaku pencurian di Bogor.")
    assert "COERCE" in {t for _, t, _ in got}


def test_acts_on_a_policy_or_by_noun_have_a_target():
    got = events_of("Pelaku pariwisata memprotes kebijakan larangan study tour di Jawa Barat.")
    assert {(t, target) for _, t, target in got} == {("PROTEST", "IDN")}
    got = events_of("OTT itu dilakukan oleh Bidpropam Polda Sumut.")
    assert {(t, target) for _, t, target in got} == {("COERCE", "IDN")}


def test_clitics_fillers_and_opposition():
    got = events_of("Israel telah menarik pulang Duta Besarnya dari Madrid tahun lalu.")
    assert "SANCTION" in {t for _, t, _ in got}
    got = events_of("Presiden Prabowo mengatakan Indonesia dan Pakistan telah mencapai banyak kesepakatan di berbagai bidang.")
    assert "AGREE" in {t for _, t, _ in got}
    got = events_of("Elon Musk menentang keras undang-undang tersebut.")
    assert {t for _, t, _ in got} == {"ACCUSE"}


def test_an_obligation_laid_on_someone_is_a_request():
    got = events_of("Peneliti ICW Wana Alamsyah mengatakan Polda Jabar mesti menghentikan proses hukum kepada Tri Yanto.")
    assert ("REQUEST", "IDN") in {(t, target[:3]) for _, t, target in got}
    # a state asked of a thing, one's own side, or a passive is no request
    assert not events_of("Pengamat itu menyebut insiden kekerasan tersebut harus menjadi perhatian semua pihak.")
    assert not events_of("Ketua KPU mengatakan kita harus menyelesaikan tahapan pemilu tepat waktu.")
    # ... though a role that "must be acknowledged" is praise (the gold's dev2)
    assert {t for _, t, _ in events_of("Prabowo mengatakan peran Jokowi dalam mengendalikan inflasi harus diakui.")} \
        == {"SUPPORT"}


def test_demolition_advice_willingness_and_named_steps():
    assert {t for _, t, _ in events_of("Satpol PP Kabupaten Subang merobohkan bangunan liar di bantaran sungai.")} == {"COERCE"}
    assert {t for _, t, _ in events_of("NasDem menyarankan pemerintah menghentikan polemik IKN.")} == {"REQUEST"}
    assert {t for _, t, _ in events_of("Pemprov Jatim bersedia mengeluarkan anggaran untuk pembangunan pondok pesantren itu.")} == {"AGREE"}
    # the step named before its verb is referred to, not told again
    got = events_of("Wakil Ketua MPR Eddy Soeparno mendukung langkah Prabowo mewajibkan para menteri memakai mobil Maung.")
    assert {t for _, t, _ in got} == {"SUPPORT"}


def test_calling_names_and_trials_accuse():
    assert {t for _, t, _ in events_of('Trump menyebut Musk telah "keluar jalur".')} == {"ACCUSE"}
    assert not events_of("KPK menyebut Yudi adalah salah satu tersangkanya.")
    assert {t for _, t, _ in events_of("Hasto tengah menjalani sidang kasus dugaan suap di Pengadilan Tipikor.")} == {"ACCUSE"}


def test_object_focus_verbs_after_a_pronoun():
    got = warta.process('Judul\n\n"Usulan itu kami tolak," kata Wali Kota Bogor Dedie Rachim.').events
    assert {(e.actor.code, e.type) for e in got} == {("IDNGOV", "REJECT")}
    # the bare verb may be the sentence's only predicate word, and adverbs may stand before it
    got = warta.process('Judul\n\n"Warga luar Kota Bekasi kami tolak," kata Wali Kota Bekasi Rahmat Effendi.').events
    assert {(e.actor.code, e.type) for e in got} == {("IDNGOV", "REJECT")}
    got = warta.process('Judul\n\n"Kami sudah periksa sejumlah saksi," kata Kapolsek Budi Santoso.').events
    assert {(e.actor.code, e.type) for e in got} == {("IDNCOP", "ACCUSE")}
    # the object stands before the pronoun ...
    got = events_of('"Pemerintah Arab Saudi akhirnya saya datangi," kata Menteri Agama Nasaruddin Umar.')
    assert {(a, t, target) for a, t, target in got} == {("IDNGOV", "CONSULT", "SAU")}
    # ... but not a speaker before a speech verb, nor a name before a relative clause
    got = events_of("Kapolsek Budi Santoso mengatakan kami sudah periksa sejumlah saksi.")
    assert {(a, t, target) for a, t, target in got} == {("IDNCOP", "ACCUSE", "IDNCVL")}
    got = warta.process('Judul\n\n"Komnas HAM melanjutkan langkah-langkah yang sudah kami sepakati," kata Saurlin.').events
    agreed = [e for e in got if e.type == "AGREE"]
    assert agreed and not [e for e in agreed if e.target and e.target.name]
    # ... a request verb too ("saya perintahkan Dinas Perdagangan untuk ...")
    got = warta.process('Judul\n\n"Jadi tadi saya perintahkan Dinas Perdagangan untuk lakukan intervensi pasar," '
                        'ungkap Wali Kota Bogor Dedie Rachim.').events
    assert {(e.actor.code, e.type) for e in got} == {("IDNGOV", "REQUEST")}
    # "kita tindak lanjuti" is a follow-up, "cerita kami tentang" no opposition
    assert not events_of('"Laporan itu akan kita tindak lanjuti," kata Budi.')
    assert not events_of("Ini cerita kami tentang perjalanan ke Bandung.")


def test_known_foreign_figures_act_for_their_state():
    got = events_of("Presiden Ramaphosa akan bertemu Presiden Prabowo siang ini di Istana Merdeka, Jakarta.")
    assert {a[:3] for a, t, _ in got} == {"ZAF"}
    got = events_of("Netanyahu mengecam keputusan Mahkamah Pidana Internasional itu.")
    assert {a for a, t, _ in got} == {"ISRGOV"}


def test_a_destination_does_not_set_the_story_abroad():
    body = ("Trump memuji Prabowo soal rencana Indonesia mengirim pasukan perdamaian ke Gaza. Prabowo siap "
            "mengirim pasukan ke Gaza. Pasukan itu akan memasuki Gaza bila disetujui. Hamas dan Israel "
            "sepakat gencatan senjata di Gaza. Prabowo bertemu Trump di Washington.")
    assert home_country(warta.process("Judul Berita\n\n" + body)) == "IDN"
    body = ("Ratusan ribu siswa di Gaza kembali bersekolah. Sekolah di Gaza dibuka lagi setelah gencatan "
            "senjata, kata pejabat di Gaza. Warga Gaza menyambutnya.")
    assert home_country(warta.process("Judul Berita\n\n" + body)) == "PSE"
    got = events_of("Israel membunuhi tidak kurang dari 350 atlet Gaza.")
    assert {(a, t, target[:3]) for a, t, target in got} == {("ISR", "ASSAULT", "PSE")}


def test_a_promise_has_the_one_it_is_made_to():
    got = events_of("Gubernur NTT Emanuel Melkiades Laka Lena berjanji secepatnya memperbaiki gedung SMKN Restorasi.")
    assert {(t, target[:3] if target else None) for _, t, target in got if t == "AGREE"} == {("AGREE", "IDN")}


def test_a_meeting_named_as_the_setting_took_place():
    got = events_of("Dalam pertemuan dengan Menteri Keuangan Sri Mulyani, Gubernur Bali Wayan Koster menyampaikan usulan anggaran.")
    assert "CONSULT" in {t for _, t, _ in got}
    got = events_of("Menteri Sosial Saifullah Yusuf hadir di Jakarta. Hal tersebut diungkapkan olehnya saat rapat koordinasi "
                    "dengan seluruh Dinas Sosial se-Indonesia.")
    assert "CONSULT" in {t for _, t, _ in got}


def test_urging_that_something_be_done():
    got = events_of("Ketua KPK Setyo Budiyanto hadir. Dia mendorong agar partai politik terus melakukan pembenahan internal.")
    assert {t for _, t, _ in got} == {"REQUEST"}
    got = events_of("Komnas HAM juga mendorong regulasi yang belum selaras dengan norma HAM agar diperbaiki.")
    assert {t for _, t, _ in got} == {"REQUEST"}


def test_asked_by_someone_and_caught_in_a_sting():
    got = events_of("Koster bercerita ketika dirinya diminta Ketua Umum PDIP Megawati Soekarnoputri untuk menjadi pemateri.")
    assert "REQUEST" in {t for _, t, _ in got}
    assert not events_of("Masyarakat diminta tetap waspada terhadap cuaca ekstrem.")
    assert {t for _, t, _ in events_of("Noel turut terjaring dalam OTT tersebut.")} == {"COERCE"}


def test_handing_out_to_protesters_and_a_subject_that_goes_on():
    assert {t for _, t, _ in events_of("Para polisi membagikan air minum kepada para pendemo di tengah terik.")} == {"AID"}
    got = events_of("Wakil Presiden Gibran Rakabuming Raka tiba di Solok. Dalam kunjungannya ke Solok, ia meninjau dapur "
                    "MBG, serta menyerahkan bantuan Rp 50 juta untuk masjid setempat.")
    assert "AID" in {t for _, t, _ in got}


def test_an_invitation_to_work_together_and_a_summons_to_questioning():
    got = events_of("Pihaknya juga mengajak dewan guru untuk bersama menjaga dan mengawasi program MBG.")
    assert {t for _, t, _ in got} == {"AGREE"}
    got = events_of("Gubernur mengajak warga membantu membersihkan sungai.")
    assert {t for _, t, _ in got} == {"REQUEST"}
    assert not [e for e in events_of("Prabowo meminta anak buahnya tidak memakai mobil lain ketika dipanggil ke Istana.")
                if e[1] == "ACCUSE"]
    assert "ACCUSE" in {t for _, t, _ in events_of("Budi Santoso dipanggil penyidik KPK sebagai saksi kasus korupsi.")}


def test_a_hope_about_things_and_a_refusal_to_comment_ask_no_one():
    assert not events_of("Farhan berharap hubungan diplomatik Indonesia dan Pakistan makin harmonis.")
    assert {t for _, t, _ in events_of("Menteri Kesehatan Budi Santoso berharap Jerman bisa melakukan penelitian lanjutan.")} \
        == {"REQUEST"}
    assert not events_of("Namun, ia menolak membeberkan secara detail mengenai proses pengetesan.")


def test_list_items_declarations_and_undirected_urging_are_no_acts():
    assert not events_of("Syarat pendaftar:\n\n- Bersedia ditempatkan di seluruh wilayah Indonesia.")
    assert not events_of("Ternyata Elpi melaporkan hanya memiliki harta kekayaan Rp 1,5 miliar.")
    assert not events_of("Pertamina akan terus mendorong bagaimana keberlanjutan dilakukan dan memberikan manfaat kepada masyarakat.")


def test_a_verdict_read_out_is_the_courts():
    got = events_of('"Menjatuhkan pidana kepada Terdakwa dengan pidana penjara selama 15 tahun," demikian putusan hakim.')
    assert {(a[:3], t) for a, t, _ in got} == {("IDN", "SANCTION"), ("IDN", "COERCE")}


def test_an_agreement_between_two_and_an_offer_to_cooperate():
    got = events_of('"Sudah ada kesepakatan antara Pemprov Bali dan Universitas Udayana," kata Budi.')
    assert {t for _, t, _ in got} == {"AGREE"}
    assert {t for _, t, _ in events_of("Gubernur Pramono Anung juga menawarkan kerja sama dalam pengelolaan sampah.")} == {"AGREE"}


def test_kompas_held_out_misreadings():
    # pupils are people acted on; a colloquial apology concedes; a court that frees acquits
    assert ("COERCE", "IDNEDU") in {(t, target) for _, t, target in
                                   events_of("Sejumlah pelajar ditahan polisi dalam aksi unjuk rasa di Tangerang.")}
    assert {t for _, t, _ in events_of("Polisi minta maaf kepada warga atas kerumunan itu.")} == {"CONCEDE"}
    assert {t for _, t, _ in events_of("Majelis hakim membebaskan Muzni dari tuntutan pidana tambahan.")} == {"CONCEDE"}
    # a case that involves someone, and what is usual, tell no act
    assert not events_of("Polres Malang Kota mengungkap kasus narkoba yang melibatkan AH, pejabat Pemkot Malang.")
    assert not events_of("Biasanya mereka membunuh warga jika warga tak memberi mereka makanan.")
    # a country after a preposition is not the nationality of the name after it
    got = events_of("Belajar dari China Anwar juga meminta umat Islam tidak mudik.")
    assert {a[:3] for a, t, _ in got if t == "REQUEST"} == {"IDN"}


def test_a_person_named_by_initials_is_the_target():
    got = events_of("Pada pukul 07.30, polisi menangkap AH.")
    assert ("COERCE", "IDN") in {(t, (target or "")[:3]) for _, t, target in got}


def test_a_title_alone_names_the_actor():
    got = events_of("Karena itu, Presiden meminta kementerian serta pemerintah daerah segera menyelesaikan validasi.")
    assert ("IDNGOV", "REQUEST") in {(a, t) for a, t, _ in got}


def test_a_visit_is_the_setting_of_what_it_was_made_for():
    got = events_of("Penyidik mendatangi kediaman Rizieq di Petamburan untuk menyampaikan surat pemanggilan kedua.")
    assert {t for _, t, _ in got} == {"ACCUSE"}
    got = events_of("Di Kendari, pengunjuk rasa mendatangi Gedung DPRD Sultra untuk berunjuk rasa.")
    assert {t for _, t, _ in got} == {"PROTEST"}
    # a visit for no act Warta codes is still the visit
    got = events_of("Menteri Luar Negeri Retno Marsudi mengunjungi Presiden Filipina di Manila untuk mempererat hubungan.")
    assert "CONSULT" in {t for _, t, _ in got}


def test_calling_a_plan_contradictory_criticises_it():
    got = events_of("Anggota Komisi IX DPR Saleh Partaonan Daulay mengatakan, wacana ini sangat kontradiktif "
                    "dengan angka kasus yang terus naik.")
    assert {t for _, t, _ in got} == {"ACCUSE"}


def test_findings_of_an_inquiry_and_critical_opinions_accuse():
    got = events_of("Panwaslu menemukan pelanggaran di kedua TPS tersebut saat pencoblosan pilkada.")
    assert {(t, target) for _, t, target in got} == {("ACCUSE", None)}
    got = events_of("Polisi telah mengungkap peran empat tersangka kasus dugaan provokasi.")
    assert {t for _, t, _ in got} == {"ACCUSE"}
    got = events_of("Pengamat Fitra Misbah Hasan berpendapat, regulasi pesangon itu keliru dan merugikan pekerja.")
    assert {t for _, t, _ in got} == {"ACCUSE"}
    assert not events_of("Jaksa Agung menemukan cara baru untuk bekerja.")
    said = warta.process("Judul Berita Hari Ini\n\nMK mengatakan UU ITE mencegah penyalahgunaan kebebasan "
                         "berpendapat yang merugikan orang lain.")
    assert "berpendapat" not in {e.trigger for e in said.events}


def test_arson_threats_and_regret():
    got = events_of("Massa berjumlah ratusan orang membakar rumah milik calon bupati Boven Digoel, Chaerul Anwar.")
    assert {t for _, t, _ in got} == {"ASSAULT"}
    got = events_of("Gugus tugas sempat mengeluarkan ancaman akan menutup tempat jualan pedagang.")
    assert "THREATEN" in {t for _, t, _ in got}
    got = events_of("Keputusan Wali Kota Fasha itu disesalkan sebagian warga Jambi.")
    assert {t for _, t, _ in got} == {"ACCUSE"}
    got = events_of("Direktur CORE Mohammad Faisal mengatakan, pencabutan regulasi PSBB terlalu cepat.")
    assert {t for _, t, _ in got} == {"ACCUSE"}


def test_the_one_asked_opens_the_clause_asked_for():
    got = events_of("Choirul juga meminta agar pemerintah lebih mengedepankan urusan kesehatan.")
    assert {(t, target) for _, t, target in got} == {("REQUEST", "IDNGOV")}
    # a place is not asked anything
    got = events_of("Banyak warga meminta agar kawasan publik di Palembang dilengkapi kamera pengawas.")
    assert {(t, target) for _, t, target in got} == {("REQUEST", None)}


def test_a_minister_by_the_short_name_of_the_office():
    got = events_of("Menurut rencana, Mendagri akan rapat dengan kepala daerah, Jumat pekan depan.")
    assert ("IDNGOV", "AGREE") in {(a, t) for a, t, _ in got}


def test_kompas3_forms_and_settings():
    def types(body):
        return {t for _, t, _ in events_of(body)}
    assert types("Polisi melepaskan tembakan ke arah para pelaku.") == {"ASSAULT"}
    assert types("Rusia dikenai sanksi oleh AS dan sekutunya atas serangan tersebut.") == {"SANCTION"}
    assert types("Pasangan Muhamad-Saraswati mengakui hasil hitung cepat itu.") == {"CONCEDE"}
    assert types("Golkar juga berkomunikasi dengan Partai Demokrat dan PKS.") == {"CONSULT"}
    assert types("Presiden Joko Widodo makan siang dengan pimpinan partai politik di Istana.") == {"CONSULT"}
    # a scheduled meeting is intent; a visit made to talk is the talk
    assert types("Prabowo dijadwalkan bertemu dengan Ketua Umum Partai Golkar Airlangga Hartarto.") == {"AGREE"}
    assert types("Perwakilan KPU DIY datang ke Desa Bejiharjo untuk berdialog dengan para petugas.") == {"CONSULT"}
    # a police dismissal coerces; the main clause of a condition is not done
    assert types("Polda Kaltim sudah memberhentikan secara tidak hormat dua perwira.") == {"COERCE"}
    assert not types("Kalau memang itu ditemukan, baru diberhentikan secara tetap jabatannya oleh Polda Metro Jaya.")


def test_an_aim_of_doing_it_again_is_still_an_aim():
    got = events_of("Kegaduhan itu dipakai sejumlah kalangan di luar negeri untuk kembali menyerang minyak sawit Indonesia.")
    assert "ASSAULT" not in {t for _, t, _ in got}


def test_gatherings_proposals_and_groundless_rulings():
    assert {t for _, t, _ in events_of("BNPB akan berkumpul bersama Kementerian PUPR dan BMKG pada Selasa.")} == {"AGREE"}
    got = events_of("Pakar hukum tata negara Bivitri Susanti menilai pertimbangan putusan MK itu tidak memiliki dasar yang jelas.")
    assert {t for _, t, _ in got} == {"ACCUSE"}


def test_a_thing_acted_on_is_no_target():
    got = events_of("Warga memblokade jalan lingkar di Pulau Sangihe.")
    assert {(t, target) for _, t, target in got} == {("PROTEST", None)}
    got = events_of("Ketua Bawaslu Rahmat Bagja telah mengusulkan anggaran Rp 22 triliun untuk Pemilu 2024.")
    assert {(t, target) for _, t, target in got} == {("REQUEST", None)}


def test_one_met_behind_a_preposition_is_a_target():
    got = events_of("KPU Tangerang Selatan berkoordinasi dengan dinas kesehatan soal tes cepat.")
    assert {(t, target) for _, t, target in got} == {("CONSULT", "IDN")}
    got = events_of("Polda Metro Jaya sudah bekerja sama dengan penyelenggara untuk mengantisipasi kendaraan itu.")
    assert {(t, (target or "")[:3]) for _, t, target in got} == {("COOPERATE", "IDN")}


def test_a_passive_with_nya_names_the_act():
    assert not events_of("Ekspor benur lobster diduga menjadi penyebab ditangkapnya Edhy oleh KPK.")
    assert {t for _, t, _ in events_of("Edhy ditangkap oleh KPK di Bandara Soekarno-Hatta.")} == {"COERCE"}


def test_kompas5_aid_instructions_and_trade():
    def coded(body):
        return {(t, target) for _, t, target in events_of(body)}
    # aid handed out is no recipient
    assert coded("Pemerintah telah menyalurkan bansos paket bahan kebutuhan pokok dalam tiga tahap.") == {("AID", None)}
    assert not events_of("Masyarakat diminta menyalurkan aspirasi melalui jalur yang benar.")
    assert {t for t, _ in coded("Karena itu, Presiden Joko Widodo memberikan arahan agar vaksinasi booster dipercepat.")} == {"REQUEST"}
    assert {t for t, _ in coded("Sebanyak 23 orang diselamatkan oleh TNI Angkatan Laut pada Jumat dini hari.")} == {"AID"}
    assert {t for t, _ in coded("Malaysia menyetop pasokan ayam ke Singapura mulai 1 Juni 2022.")} == {"SANCTION"}
    # a reminder governs the act it asks for
    assert {t for t, _ in coded("Ia juga mengingatkan KPU untuk mengutamakan koordinasi dengan berbagai pihak.")} == {"REQUEST"}


def test_what_a_meeting_is_for_and_who_is_urged():
    got = events_of("KPU juga sudah melakukan audiensi dengan Kementerian Luar Negeri untuk membahas permasalahan DPTLN.")
    assert {t for _, t, _ in got} == {"CONSULT"}
    assert not events_of("Pemerintah didorong untuk menjamin akses nelayan kecil terhadap bahan bakar bersubsidi.")


def test_withholding_and_not_carrying_out_refuse():
    got = events_of("Oleh sebab itu, Kementerian Perhubungan tidak mengeluarkan persetujuan berlayar dulu.")
    assert {t for _, t, _ in got} == {"REJECT"}
    got = events_of("Atnike mengatakan rekomendasi Komnas HAM itu tidak dijalankan oleh pihak OCI.")
    assert "REJECT" in {t for _, t, _ in got}
    # ... but the noun form names the failure, it does not tell it
    got = events_of("Keracunan itu akibat tidak dijalankannya SOP dari BGN oleh SPPG.")
    assert "REJECT" not in {t for _, t, _ in got}


def test_a_coordination_meeting_held_training_given_and_unwillingness():
    got = events_of("Rapat koordinasi telah dilakukan oleh Kemenko PMK dengan Kementerian BUMN.")
    assert "CONSULT" in {t for _, t, _ in got}
    got = events_of("Perusahaan logistik itu juga memberikan pelatihan bagi UMKM yang belum paham teknologi.")
    assert {t for _, t, _ in got} == {"AID"}
    got = events_of("Enam pesawat Hawk harus diangkut dengan peti kemas karena AS tidak bersedia menjual radar.")
    assert ("USA", "REJECT") in {(a[:3], t) for a, t, _ in got}


def test_praise_of_a_step_has_no_target():
    got = events_of("Koalisi Masyarakat Sipil Medan mengapresiasi langkah awal untuk merevitalisasi Lapangan Merdeka itu.")
    assert {(t, target) for _, t, target in got} == {("SUPPORT", None)}
    got = events_of("Presiden Joko Widodo mengapresiasi gelaran konser tersebut.")
    assert {(t, target) for _, t, target in got} == {("SUPPORT", None)}
    # praise of someone keeps them
    got = events_of("Presiden Joko Widodo mengapresiasi kerja keras TNI dan Polri.")
    assert ("SUPPORT", "IDNMIL") in {(t, target) for _, t, target in got}


def test_a_consultation_has_someone_met():
    got = events_of("Menurut Rini, Kementerian Sosial sudah berkoordinasi sejak pekan lalu.")
    assert ("CONSULT", "IDN") in {(t, (target or "")[:3]) for _, t, target in got}


def test_no_refusal_in_a_protest_or_a_declined_comment():
    got = events_of("Sejumlah pelajar ditahan polisi dalam aksi unjuk rasa menolak RUU Cipta Kerja di Tangerang.")
    assert "REJECT" not in {t for _, t, _ in got}
    assert not events_of("Pihak Interpol menolak memberikan informasi terkait hal tersebut.")
    assert {t for _, t, _ in events_of("Pemerintah menolak memberikan izin kepada PT Freeport.")} == {"REJECT"}


def test_criticism_voiced():
    got = events_of("Dalam diskusi itu, peserta menyampaikan kritik terhadap Polri.")
    assert ("ACCUSE", "IDNCOP") in {(t, target) for _, t, target in got}


def test_habits_relative_visits_and_powerlessness():
    # what is often done is no one act
    assert "REJECT" not in {t for _, t, _ in events_of(
        "Laboratorium itu kerap menolak untuk menerima tambahan sampel usap dari puskesmas.")}
    # a visit in a relative clause describes who, not a visit
    got = events_of("Pemkab Magelang mewajibkan tes cepat bagi setiap wisatawan yang berkunjung ke kawasan Candi Borobudur.")
    assert "CONSULT" not in {t for _, t, _ in got}
    # unable to stop is not stopping
    assert not events_of("Aparat hanya bisa mengatur lalu lintas dan tidak kuasa melarang massa.")


def test_restrictions_supplies_and_a_spelling():
    assert {t for _, t, _ in events_of("Yayasan Masjid Agung Palembang membatasi jumlah jamaah shalat Idul Adha.")} == {"COERCE"}
    assert "COERCE" not in {t for _, t, _ in events_of("Pemerintah membatasi impor baja sejak tahun lalu.")}
    assert {t for _, t, _ in events_of("BPBD Lebak sudah memasok mi instan untuk warga terdampak banjir.")} == {"AID"}
    assert {t for _, t, _ in events_of("Kepolisian menghimbau masyarakat agar tidak mudik tahun ini.")} == {"REQUEST"}


def test_what_an_authority_must_do_is_asked_of_it():
    got = events_of("Pemkot Serang harus memastikan semua aman dari risiko penularan Covid-19.")
    assert {(a[:3], t, (target or "")[3:]) for a, t, target in got} == {("IDN", "REQUEST", "GOV")}
    # a plain necessity of a country or a rule for applicants asks no one
    assert not events_of("Artinya, Indonesia harus mengimpor sekitar 1 juta barel minyak per hari.")
    assert not events_of("Untuk mendaftar, calon guru harus membayar Rp 200 ribu.")


def test_examining_things_and_pointing_at_importance():
    assert not events_of("Petugas BKSDA bersama tim dokter sudah memeriksa dua bangkai penyu di pantai itu.")
    got = events_of("Petugas gabungan TNI dan Polri memeriksa ketat surat izin keluar masuk kepada pemudik "
                     "yang mengarah ke Jakarta, Bogor, Depok, dan Bekasi.")
    assert "ACCUSE" not in {t for _, t, _ in got}
    assert not events_of("Dosen UGM Rimawan Pradiptyo juga menyoroti pentingnya upaya gotong royong.")
    assert {t for _, t, _ in events_of("KPK memeriksa tiga saksi kasus suap itu hari ini.")} == {"ACCUSE"}


def test_a_prosecutors_demand_governs_the_sentence_it_asks_for():
    got = events_of("Dalam sidang, jaksa menuntut majelis hakim menghukum Muzni dengan hukuman 6 tahun penjara.")
    assert {t for _, t, _ in got} == {"ACCUSE"}
    assert not events_of("Imam menyarankan adanya perkumpulan pelajar atau kelompok diskusi.")


def test_a_reminder_that_asks_is_a_request():
    got = events_of("Polres Sekadau mengingatkan masyarakat agar lebih waspada terhadap modus penipuan digital ini.")
    assert {(a[:3], t) for a, t, _ in got} == {("IDN", "REQUEST")}
    # a reminder of a fact still reports, and asks no one
    assert not events_of("Menkeu mengingatkan bahwa defisit anggaran masih di bawah tiga persen.")


def test_a_government_body_named_by_its_kind_acts():
    got = events_of("Dinas Sosial membagikan bantuan kepada warga terdampak banjir.")
    assert {(a, t) for a, t, _ in got} == {("IDNGOV", "AID")}
    assert {(a, t) for a, t, _ in events_of("Pemkab menyalurkan bantuan sembako kepada warga.")} == {("IDNGOV", "AID")}
    # ... but is no one acted on: a decree that sets up a ministry is signed with no one
    assert not events_of("Presiden telah menandatangani keputusan pembentukan kementerian baru.")


def test_one_arrested_in_a_passive_is_of_the_storys_country():
    got = events_of("Muslim ditahan polisi setelah sebelumnya resmi ditetapkan tersangka.")
    assert {(a[:3], t, (target or "")[:3]) for a, t, target in got} == {("IDN", "COERCE", "IDN")}
    got = events_of("Kali ini Adies Kadir dinonaktifkan dari kursi legislatif oleh partainya, Golkar.")
    assert {(a[:3], t, (target or "")[:3]) for a, t, target in got} == {("IDN", "SANCTION", "IDN")}


def test_more_event_nouns_with_their_light_verbs():
    got = events_of("Hukuman tersebut diberlakukan lantaran Rusia melakukan invasi terhadap Ukraina.")
    assert ("RUS", "ASSAULT", "UKR") in {(a[:3], t, (target or "")[:3]) for a, t, target in got}
    got = events_of("Program ini merupakan hasil kolaborasi antara Pemkab Gresik dan PT Petrokimia Gresik.")
    assert {t for _, t, _ in got} == {"COOPERATE"}
    # a bare noun names an act and asserts none
    assert not events_of("Kolaborasi itu menuai pujian dari banyak pihak.")
    got = events_of("Polres Bogor telah melakukan koordinasi dengan TNI.")
    assert {(a[:3], t, (target or "")[:3]) for a, t, target in got} == {("IDN", "CONSULT", "IDN")}


def test_a_statement_in_the_passive_puts_its_speaker_at_the_meeting():
    got = events_of("Menteri Sosial Saifullah Yusuf meminta kepala daerah aktif. "
                    "Hal tersebut disampaikan pada audiensi dengan Wali Kota Sukabumi Ayep Zaki di Jakarta.")
    assert ("IDN", "CONSULT", "IDN") in {(a[:3], t, (target or "")[:3]) for a, t, target in got}


def test_a_hope_governs_the_rest_of_its_clause():
    got = events_of("Ia berharap pemerintah konsisten menerapkan aturan TKDN dan memberikan dukungan "
                    "strategis kepada perusahaan baja lokal.")
    assert "SUPPORT" not in {t for _, t, _ in got}
    # ... but not past the end of a sentence inside a quotation
    got = events_of('"Mereka ingin berinvestasi di sini. Kita menyambut baik rencana Presiden Prabowo itu," '
                    "kata Menteri Investasi.")
    assert "SUPPORT" in {t for _, t, _ in got}


def test_what_was_received_may_stand_between_the_noun_and_its_giver():
    got = events_of("Warga mendapat bantuan beras dari Kementerian Sosial.")
    assert {(a, t) for a, t, _ in got} == {("IDNGOV", "AID")}


def test_whom_aid_is_for_is_its_target():
    got = events_of("Pemerintah kembali menyalurkan bantuan tunai untuk masyarakat di akhir tahun ini.")
    assert {(a[:3], t, (target or "")[:3]) for a, t, target in got} == {("IDN", "AID", "IDN")}
    # what it is for is not
    got = events_of("Pemkab memberikan bantuan untuk membangun masjid itu.")
    assert {(t, target) for _, t, target in got} == {("AID", None)}


def test_tindakan_stands_between_a_light_verb_and_its_noun():
    got = events_of("Penyidik melakukan tindakan penahanan terhadap kedua tersangka di Rutan Bareskrim Polri.")
    assert {t for _, t, _ in got} == {"COERCE"}


def test_a_harsh_word_anywhere_in_the_content_a_judgement_opens():
    got = events_of("Pengamat ekonomi Teguh Dartanto mengatakan, membatasi pedagang berjualan justru "
                    "kontraproduktif bagi pasar tradisional.")
    assert "ACCUSE" in {t for _, t, _ in got}
    # without an opener, the harsh word must stand in the verb's own clause
    assert "ACCUSE" not in {t for _, t, _ in events_of(
        "MK mengatakan UU ITE juga ditujukan untuk mencegah penyebaran hoaks yang dapat merugikan orang lain.")}


def test_a_list_of_foreign_office_holders_names_each_state():
    got = events_of("Menlu Retno bertemu dengan Menlu Australia Penny Wong, Menlu Jepang Yoko Kamikawa, "
                    "dan Menlu India S Jaishankar.")
    assert {target[:3] for _, t, target in got if t == "CONSULT"} == {"AUS", "JPN", "IND"}


def test_getting_ready_to_act_is_planning_it():
    assert not events_of("Kemudian pihak kampus tempat Chiko berkuliah sudah bersiap menjatuhkan sanksi.")
    got = events_of("Pemerintah bersiap melakukan negosiasi dengan Tesla untuk berinvestasi di Indonesia.")
    assert {t for _, t, _ in got} == {"AGREE"}


def test_an_adverb_may_stand_between_an_obligation_and_its_verb():
    got = events_of("Ia menilai, pemerintah perlu terus memperluas tes usap massal di seluruh kelurahan.")
    assert {(t, (target or "")[:3]) for _, t, target in got} == {("REQUEST", "IDN")}


def test_a_passive_obligation_asks_its_agent():
    got = events_of("Nuruddin mengatakan, penegakan Undang-Undang Ketenagakerjaan mutlak harus dijalankan oleh pemerintah.")
    assert {(t, (target or "")[:3]) for _, t, target in got} == {("REQUEST", "IDN")}
    # a requirement on whoever fills a post asks no one; a bare passive names no one
    assert not events_of("Ia mengatakan, posisi ini harus diisi oleh orang yang memiliki kepekaan tinggi.")
    assert not events_of("Menurut dia, hal itu harus diakui.")


def test_cooperation_told_as_done_through_its_noun():
    got = events_of("Forum ini merupakan hasil kerja sama MPR RI dengan Emil Salim Institute.")
    assert {(a[:3], t) for a, t, _ in got} == {("IDN", "COOPERATE")}
    # a cooperation talked about is no act
    assert "COOPERATE" not in {t for _, t, _ in events_of("Kedua menteri membahas kerja sama Indonesia dengan Jepang.")}


def test_the_speaker_of_a_quotation_is_at_the_meeting_where_it_was_said():
    got = events_of('Kepala Bappenas Rachmat Pambudy menjelaskan target itu. "Angka itu moderat, tapi kita harus '
                    'hati-hati juga," katanya saat Rapat Kerja dengan Komisi XII DPR RI, Kamis (3/7/2025).')
    assert ("IDN", "CONSULT") in {(a[:3], t) for a, t, _ in got}


def test_an_order_followed_is_a_request_by_its_giver():
    got = events_of("Ia mengatakan, penundaan itu sebagaimana arahan dari Menteri Keuangan Purbaya Yudhi Sadewa.")
    assert {(a[:3], t, (target or "")[:3]) for a, t, target in got} == {("IDN", "REQUEST", "IDN")}
    # a regulation cited by name, or an order that has not come, asks no one
    assert not events_of("Pembangunan sekolah itu sesuai Instruksi Presiden (Inpres) Nomor 8 Tahun 2025.")
    assert not events_of("Menteri Yassierli mengatakan belum ada arahan dari Presiden Prabowo Subianto.")


def test_a_report_of_figures_or_an_incident_accuses_no_one():
    assert not events_of("Presiden Prabowo Subianto melaporkan penerima program makan bergizi gratis sudah mencapai "
                         "36,7 juta penerima manfaat.")
    got = events_of("Sejumlah warga Boyolali melaporkan Koperasi Bahana Lintas Nusantara ke Polres Boyolali.")
    assert {t for _, t, _ in got} == {"ACCUSE"}


def test_carrying_out_an_order_and_handing_over_money():
    assert not events_of("Kementerian Pertanian bergerak cepat mengeksekusi perintah Presiden melalui pemangkasan harga.")
    got = events_of("Pada 6 Oktober 2025, korban pun bertemu dengan pelaku dan menyerahkan uang Rp 15 juta.")
    assert "COOPERATE" not in {t for _, t, _ in got}


def test_what_a_matter_invites_is_no_guest():
    assert not events_of("Transformasi Kementerian BUMN menjadi Badan Pengelola BUMN juga mengundang perdebatan.")


def test_a_good_quality_denied_is_criticism():
    got = events_of("Ia juga menilai bahwa menggunakan APBN untuk membayar utang Whoosh merupakan langkah yang tidak tepat.")
    assert {t for _, t, _ in got} == {"ACCUSE"}


def test_handing_over_a_suspect_cooperates_handing_over_a_task_does_not():
    assert not events_of("Sementara untuk urusan teknis lapangan, KPU menyerahkan sepenuhnya kepada Pemkot Makassar.")
    got = events_of("Polres Lhokseumawe menyerahkan tersangka dan barang bukti kepada Kejaksaan Negeri Lhokseumawe.")
    assert "COOPERATE" in {t for _, t, _ in got}


def test_a_number_may_stand_inside_a_phrase_after_its_verb():
    got = events_of("Kementerian Agama memberikan 156.581 beasiswa KIP Kuliah kepada mahasiswa.")
    assert {t for _, t, _ in got} == {"AID"}
    # "dari" is no number: it belongs to the phrase
    got = events_of("Siswi SMK Balanipa berinisial RA dikeluarkan dari sekolah karena menganiaya temannya.")
    assert "SANCTION" in {t for _, t, _ in got}


def test_the_one_named_after_a_closing_quotation_said_it_and_is_not_acted_on():
    got = warta.process('Judul Berita Hari Ini\n\n"Kami berkomitmen menjatuhkan pidana kepada terdakwa," kata Ketua '
                        'Majelis Hakim Wa Ode Sania.').events
    assert got and all(e.target is None or e.target.name != "Wa Ode Sania" for e in got)
    got = warta.process('Judul Berita Hari Ini\n\n"Kami sudah memeriksa ketujuh orang itu," kata Kapolres Budi Santoso.').events
    assert [(e.actor.name, e.target.name) for e in got if e.type == "ACCUSE"] == [("Budi Santoso", "orang")]


def test_casualties_told_as_caused_by_an_attack():
    got = events_of("Dua warga Palestina tewas dalam serangan udara yang kembali dilancarkan Israel.")
    assert {(a, t, target) for a, t, target in got} == {("ISR", "ASSAULT", "PSE")}
    got = events_of("Setidaknya 10 orang tewas dan dua lainnya terluka akibat serangan KKB, Sabtu lalu.")
    assert {(a[:3], t, target) for a, t, target in got} == {("IDN", "ASSAULT", "IDNCVL")}
    # a firefight: each side named among the dead attacks the other
    got = events_of("Dua anggota kelompok teroris Mujahidin Indonesia Timur dan satu anggota TNI meninggal dunia "
                    "dalam baku tembak di Kabupaten Poso.")
    assert {(a, t, target) for a, t, target in got} == {("IDNMIL", "ASSAULT", "IDNREB"), ("IDNREB", "ASSAULT", "IDNMIL")}
    # casualties in a relative clause were told before; an attack with no attacker named codes nothing
    assert not [t for _, t, _ in events_of("Bantuan diberikan kepada keluarga para pahlawan yang gugur akibat "
                                            "serangan KKB di Papua.") if t == "ASSAULT"]
    assert not events_of("Rumah itu rusak dalam serangan kemarin.")


def test_a_story_with_one_foreign_place_and_nothing_indonesian_is_set_abroad():
    got = events_of("Bulan ini satu pengadilan di Xinjiang menghukum penjara 25 orang karena terlibat aksi teror.")
    assert {(a[:3], t) for a, t, _ in got} == {("CHN", "SANCTION"), ("CHN", "COERCE")}
    # ... but an Indonesian institution keeps it at home
    got = events_of("Pengadilan Negeri Jakarta Selatan menghukum penjara 25 orang yang ditangkap di Xinjiang.")
    assert {a[:3] for a, t, _ in got} == {"IDN"}


def test_talks_and_visits_of_wire_news():
    got = events_of("Perserikatan Bangsa-Bangsa merundingkan dengan Presiden Sudan Omar Beshir tentang pasukan perdamaian.")
    assert ("UN", "CONSULT") in {(a, t) for a, t, _ in got}
    got = events_of("Politikus PDI Perjuangan Guruh Soekarnoputra menjenguk Ketua Umum Partai Gerindra Suhardi di rumah sakit.")
    assert {t for _, t, _ in got} == {"CONSULT"}
    got = events_of("Demikian dikemukakan Mendagri usai pertemuan Presiden Susilo Bambang Yudhoyono dan Sri Sultan "
                    "Hamengku Buwono X di Istana Negara.")
    assert {(a, t, target) for a, t, target in got} == {("IDNGOV", "CONSULT", "IDNGOV")}
    got = events_of("Dubes AS Zalmay Khalilzad menjalin kontak antara pejabat Amerika Serikat dengan pemberontak Irak.")
    assert ("USA", "CONSULT", "IRQ") in {(a[:3], t, (target or "")[:3]) for a, t, target in got}
    # a contact number is no contact made
    assert not events_of("Warga dapat menghubungi nomor kontak Polres Bogor.")


def test_more_harsh_judgements_and_taking_issue():
    assert {t for _, t, _ in events_of("Ketiga, Menko Polhukam Tedjo menilai KPK kekanak-kanakan.")} == {"ACCUSE"}
    assert {t for _, t, _ in events_of("Ia juga mempermasalahkan kenapa Agus baru mengakui menerima cek sekarang.")} == {"ACCUSE"}
    # "tidak mampu" of the poor is no judgement
    assert not events_of("Mayoritas orang tua murid menilai kesempatan lebih besar untuk murid tidak mampu.")


def test_an_unnamed_first_person_speaker_is_of_the_story_country():
    got = events_of("Saya menganjurkan Prabowo Subianto mengeluarkan pernyataan terbuka, tuturnya.")
    assert {(a, t) for a, t, _ in got} == {("IDN", "REQUEST")}


def test_a_threat_not_to_shy_from_an_act_and_a_guilty_plea():
    got = events_of("Freddy menegaskan, Partai Golkar tak akan segan memberhentikan mantan Ketua Umum Golkar, "
                    "Jusuf Kalla, jika maju sebagai capres dari partai lain.")
    # the threat is made against its object; the threatened dismissal has not happened
    assert {(a, t, target) for a, t, target in got} == {("IDNPTY", "THREATEN", "IDNPTY")}
    assert {t for _, t, _ in events_of("Terdakwa Rodney Petersen mengaku bersalah di pengadilan.")} == {"CONCEDE"}


def test_alleged_acts_and_urgent_needs_are_not_acts():
    got = events_of("Washington menuduh Iran menggerakkan kekerasan di Irak serta membantu pemberontak anti AS di negara itu.")
    assert {(a[:3], t, target) for a, t, target in got} == {("USA", "ACCUSE", "IRN")}
    assert not [t for _, t, _ in events_of("Ahmad Haikal Hasan memaparkan kebutuhan mendesak Indonesia akan pasokan "
                                            "daging halal.") if t == "REQUEST"]
    assert {t for _, t, _ in events_of("Mahasiswa mendesak DPR membatalkan revisi UU Pilkada.")} == {"REQUEST"}


def test_armed_men_named_by_their_kind_act():
    assert {(a, t) for a, t, _ in events_of("Gerilyawan menyerang pos polisi di perbatasan.")} == {("IDNREB", "ASSAULT")}
    assert ("IDNMIL", "ASSAULT") in {(a, t) for a, t, _ in events_of("Pasukan menembaki warga yang berunjuk rasa.")}


def test_an_institution_named_by_its_kind_and_communication_as_talks():
    got = events_of("Ia mencontohkan, lembaga itu akan membantu pelaku usaha di Tanah Air mengakses dana hibah.")
    assert {(a, t) for a, t, _ in got} == {("IDN", "AGREE")}
    got = events_of("Jokowi mengatakan, ia akan melakukan komunikasi dengan para ketua umum partai mengenai menteri.")
    assert {t for _, t, _ in got} == {"AGREE"}     # a planned talk: intent to meet


def test_a_generic_noun_takes_the_side_named_after_it():
    from warta.events.actors import _common_actor
    assert _common_actor("melaporkan video itu ke pihak kepolisian", False).code == "IDNCOP"
    assert _common_actor("lembaga-lembaga penegak hukum", False).code == "IDNJUD"
    assert _common_actor("pihak yang lain", False).code == "IDN"


def test_support_affirmed_or_conveyed():
    got = events_of("Kementerian Sosial (Kemensos) menegaskan dukungan penuh terhadap program Koperasi Desa Merah Putih.")
    assert {(a, t) for a, t, _ in got} == {("IDNGOV", "SUPPORT")}


def test_officers_of_a_country_named_after_them_act_for_it():
    got = events_of("Kepolisian Indonesia melacak perdagangan satwa itu. Namun, aparat di Thailand berhasil menyita "
                    "satwa-satwa itu.")
    assert ("THACOP", "COERCE") in {(a, t) for a, t, _ in got}


def test_a_harsh_word_in_reported_speech_is_the_speakers_criticism():
    got = events_of("Pengamat ekonomi Faisal Basri hadir dalam diskusi itu. Menurutnya, sejauh ini kinerja Satgas BLBI "
                    "tidak memuaskan.")
    assert {(a[:3], t) for a, t, _ in got} == {("IDN", "ACCUSE")}
    got = events_of("Direktur Eksekutif CORE Mohammad Faisal menyampaikan, pemerintah kurang mengantisipasi ancaman "
                    "gelombang PHK.")
    assert {(a[:3], t, target) for a, t, target in got} == {("IDN", "ACCUSE", "IDNGOV")}
    # not said of anyone by anyone, not asserted, or only a condition
    assert not events_of("Kebijakan itu sangat tidak memuaskan bagi para pedagang di pasar.")
    assert not events_of("Marzuki menyebutkan, partai tak akan gegabah dalam menentukan sikap.")
    assert not events_of("Bimo Wijayanto menegaskan, ia akan menindak tegas apabila ada oknum yang terbukti melakukan "
                         "tindak kecurangan.")


def test_an_act_asked_for_past_a_list_of_those_asked():
    # the commas of "Kementerian Kesehatan, Kementerian Perindustrian, dan Kementerian Perdagangan"
    # do not end the clause: the approach to China is what was asked for, not done
    got = events_of("Oleh karena itu, kami telah mengajukan permohonan kepada Kementerian Kesehatan, Kementerian "
                    "Perindustrian, dan Kementerian Perdagangan untuk melakukan pendekatan dengan China dan India.")
    assert not [e for e in got if e[1] == "AGREE"]
    # a request named by its noun is rejected all the same
    got = events_of("Sebanyak 4.294 permohonan ditolak oleh Pemerintah Provinsi DKI Jakarta.")
    assert {t for _, t, _ in got} == {"REJECT"}
    from warta.events.predicates import modifiers
    from warta.events.assertion import clause_start_of
    words = "Saya minta kepada para operator dari bandara , pelabuhan , dan terminal untuk berkoordinasi".split()
    assert clause_start_of(words, [w.lower() for w in words], len(words) - 1, modifiers()) == 0
    # a comma before a verb does end it
    words = "Polisi menangkap dua orang , dan menahan mereka".split()
    assert clause_start_of(words, [w.lower() for w in words], 6, modifiers()) == 5


def test_a_request_asked_of_someone_is_one_request_and_a_wish_to_ask_is_a_request():
    got = events_of("Namun, Gubernur Pramono Anung mengimbau Pemprov DKI Jakarta terus mendorong strategi pengentasan "
                    "kemiskinan agar bisa diperkuat.")
    assert [t for _, t, _ in got] == ["REQUEST"]
    got = events_of("Menteri Keuangan Sri Mulyani mengatakan, kami ingin mengusulkan pagu Kemenkeu tahun 2026 kepada DPR.")
    assert "REQUEST" in {t for _, t, _ in got}
    # ... but a wish not to is no request
    assert not events_of("Dia mengaku tak ingin memberatkan negara dengan meminta tambahan anggaran.")


def test_look_alikes_of_attacks_and_arrests_and_a_cleared_name():
    assert not events_of("Setiap Orang dengan sengaja menyerang kehormatan atau nama baik orang lain dipidana.")
    assert not events_of("Produk ini bekerja membunuh bakteri, jamur, dan virus yang menyebabkan pembusukan.")
    assert not events_of("Rice menendang masuk bola sepakan Eberechi Eze yang ditepis kiper West Ham United.")
    assert not events_of("Aturan itu agar platform legal tidak ikut-ikutan mengenakan bunga mencekik kepada warga.")
    assert not [t for _, t, _ in events_of("Personel Polres Metro mengamankan aksi unjuk rasa mahasiswa di depan DPR.")
                if t == "COERCE"]
    assert not events_of("DKPP menilai Betty tidak terbukti melanggar kode etik penyelenggara pemilu.")
    assert {t for _, t, _ in events_of("DKPP menilai mereka telah melanggar kode etik penyelenggara pemilu.")} == {"SANCTION"}
    # a share of a total and attention caught
    assert not events_of("Padahal, Bali menyumbang 44 persen devisa pariwisata nasional.")
    assert not events_of("Peristiwa meninggalnya seorang diplomat Indonesia telah menyita perhatian publik.")
    assert {t for _, t, _ in events_of("Para guru itu ikut menyumbang untuk sekolah tempat mereka mengabdi.")} == {"AID"}


def test_the_agent_of_a_passive_follows_the_verb_directly():
    got = events_of("Kasi Intel Kejaksaan Negeri Kuantan Singingi Soenardi mengatakan Muslim ditahan saat penyerahan "
                    "tersangka dan barang bukti.")
    assert {a for a, t, _ in got if t == "COERCE"} == {"IDNCOP"}     # not the suspect named after "saat"
    assert {a for a, t, _ in events_of("Kini, kedua pelaku ditahan di Polresta Mataram.") if t == "COERCE"} == {"IDNCOP"}
    assert "AID" in {t for _, t, _ in events_of("Warga Desa Sepaku pun mendapatkan bantuan dari Otorita IKN.")}
    assert "COERCE" in {t for _, t, _ in events_of("Tambang ilegal itu ditindak tegas melalui Direktorat Jenderal "
                                                   "Penegakan Hukum ESDM.")}


def test_a_policy_named_by_its_act_is_referred_to_and_its_support_has_no_target():
    # "kebijakan melarang mudik" names the ban; backing it supports the policy, not a party
    got = events_of("Sejumlah pemerintah daerah mendukung kebijakan melarang mudik tahun ini.")
    assert {(a[:3], t, target) for a, t, target in got} == {("IDN", "SUPPORT", None)}
    # support said of others, or a signature, is not this
    assert not [t for _, t, _ in events_of("Trump akan mengenakan tarif kepada negara yang mendukung kebijakan BRICS.")
                if t == "SUPPORT"]


def test_a_diagnosis_and_acts_not_dared_or_not_done_to_each_other():
    assert not events_of("Saat menjadi mahasiswa, Andi mengalami kecelakaan dan divonis tidak bisa berlari.")
    assert not events_of("Masyarakat lebih takut saat divonis positif Covid oleh dokter.")
    assert not events_of("Polisi belum berani meminta informasi lebih mendalam kepada keluarga korban.")
    assert not events_of("Para menteri itu tak saling berbincang dengan Presiden.")


def test_a_question_asserts_nothing_but_what_follows_it_in_a_quotation_may():
    assert not events_of("Apakah semua pihak sepakat bahwa Covid-19 ini betul-betul bahaya?")
    got = events_of('"Kenapa Karawang? Kami mengapresiasi Pemkab Karawang atas kerja kerasnya," kata Menteri Sosial '
                    'Saifullah Yusuf.')
    assert "SUPPORT" in {t for _, t, _ in got}


def test_a_visit_to_a_place_of_leisure_meets_no_one():
    assert not events_of("Kendati demikian, Andi tertarik untuk mengunjungi Museum Louvre di Paris, Perancis.")


def test_no_agent_across_a_comma():
    # the firm named after the comma was sued, the police chief named after it only speaks
    assert not events_of("Empat perusahaan digugat, pertama PT Ide Jaya dengan 32 perkara tentang PHK.")
    assert not events_of("Korban dicegat lalu langsung dibacok, kata Kapolsek Cibadak AKP Iwan.")
    # a detention goes without saying who made it
    got = events_of("Tersangka ditahan di Polresta Mataram, kata Kapolresta Kombes Ariefaldi.")
    assert {(a, t) for a, t, _ in got} == {("IDNCOP", "COERCE")}


def test_a_place_on_the_way_is_not_who_meets():
    got = events_of("JAKARTA - Presiden Joko Widodo melakukan lawatan ke Ukraina dan Rusia pekan ini. Dari Ukraina, "
                    "Presiden Jokowi menuju Moskwa, Rusia, dan bertemu dengan Presiden Vladimir Putin.")
    assert ("IDNGOV", "CONSULT", "RUSGOV") in got
    assert not [a for a, _, _ in got if a.startswith("RUS")]


def test_rates_held_a_farewell_and_a_success_highlighted_are_not_acts():
    assert not events_of("Ketua Federal Reserve Jerome Powell menjelaskan penahanan suku bunga ini dilakukan untuk "
                         "mengendalikan inflasi AS.")
    assert not events_of("Ia juga menyoroti keberhasilan pemerintah dalam memperpendek waktu tunggu haji.")
    assert not events_of("Mereka tidak diberi kesempatan untuk mengucapkan selamat tinggal kepada Abdullah.")


def test_tourists_visiting_meet_no_one():
    assert not events_of("Setiap tahun, lebih dari 800 wisatawan berkunjung ke desa ini sehingga meningkatkan taraf "
                         "ekonomi masyarakat.")
    assert not events_of("Hal ini memicu keresahan wisatawan yang hendak berkunjung ke Benteng Kuto Besak.")


def test_suspicion_accuses_when_investigators_suspect_or_an_offence_is_suspected():
    assert {t for _, t, _ in events_of("KPK menduga ada kongkalikong pembagian kuota haji antara Kemenag dan biro "
                                       "travel.")} == {"ACCUSE"}
    assert "ACCUSE" in {t for _, t, _ in events_of("Para nasabah menduga ada skema ponzi dalam kasus ini.")}
    assert not events_of("Para peneliti menduga anomali itu disebabkan oleh proses geologi yang belum diketahui.")


def test_a_process_asked_for_or_judged_names_no_target():
    # the thing asked for or judged is no party ...
    assert events_of("Warga meminta percepatan pelebaran jalan di wilayah Bojonegara.") == {("IDNCVL", "REQUEST", None)}
    assert events_of("Komnas HAM menyoroti kerusakan lingkungan yang makin parah.") == {("IDNGOV", "ACCUSE", None)}
    assert events_of("Presiden juga menginstruksikan pembagian 200.000 paket kebutuhan pokok.") == \
        {("IDNGOV", "REQUEST", None)}
    # ... but a body named with the same affixes is the one asked
    assert events_of("BP3MI sudah meminta Kedutaan Besar di Arab Saudi untuk membantu memfasilitasi.") == \
        {("IDN", "REQUEST", "IDN")}


def test_verbs_joined_by_a_coordinator_share_their_subject():
    # the name before the second verb is the first verb's object, not who acts
    got = events_of("Gerilyawan membunuh dua polisi Iran dan menculik empat orang lagi dalam serangan Selasa malam.")
    assert {a for a, _, _ in got} == {"IRNREB"}
    got = events_of("Polisi menangkap dua pelaku dan langsung menahan mereka di Polres Bogor.")
    assert {(a, t) for a, t, _ in got} == {("IDNCOP", "COERCE")}


def test_refused_asked_whether_and_promising_are_no_acts():
    # a refusal right before a predicate: it was not done (the refusal itself is REJECT)
    got = events_of("Kelompok pemberontak menolak menandatangani perjanjian damai dengan pemerintah Sudan.")
    assert {t for _, t, _ in got} == {"REJECT"}
    assert not events_of("Kementerian luar negeri menolak untuk berkomentar terkait laporan itu.")
    assert not events_of("Hakim menanyakan ketiga saksi apakah bersedia untuk membuka cadar.")
    assert not events_of("Prospek pembangkit listrik ini akan semakin menjanjikan.")
    assert not events_of("Jokowi mengunjungi lokasi luapan lumpur Lapindo, Kamis.")
    assert not events_of("Berdasarkan pantauan, banyak warga yang mendatangi operasi pasar murah Pemprov Riau.")


def test_whose_claim_it_is_does_not_act_and_a_partnership_aimed_at_working_together_is_one():
    got = events_of("Milisi Janjaweed, yang - - menurut perkiraan Perserikatan Bangsa-Bangsa - - sudah membunuh "
                    "200.000 orang, kembali menyerang desa itu.")
    assert not [a for a, _, _ in got if a == "UN"]
    got = events_of("Soegeng menggandeng Garuda Indonesia dan agen perjalanan untuk bekerja sama mencapai target "
                    "kunjungan itu.")
    assert {t for _, t, _ in got} == {"COOPERATE"}


def test_helpful_not_too_troubled_and_unwilling_are_no_acts():
    assert not events_of("Bantuan dari pemerintah ini sangat membantu kami, terutama dari Kementerian Pertahanan.")
    assert not events_of("Sebenarnya PKB tidak terlalu mempermasalahkan adanya jatah menteri bagi Partai Golkar.")
    assert "COOPERATE" not in {t for _, t, _ in events_of("Ahok menyindir para PNS yang tidak suka bekerja sama "
                                                          "dengan Pemprov DKI.")}
    assert not events_of("Publik langsung menyoroti sosok Klopp yang akan kembali ke Dortmund.")


def test_talking_to_the_press_is_no_consultation():
    assert not events_of("Hal itu diungkapkan Sekjen PAN Eddy Soeparno saat berbincang dengan detikcom, Senin malam.")
    assert ("IDNDIP", "CONSULT", "MYS") in events_of("Menlu Retno bertemu dengan Menlu Malaysia di Jakarta.")


def test_a_meeting_attended_by_someone_is_a_consultation():
    got = events_of("Rapat juga dihadiri oleh Wakil Presiden Jusuf Kalla dan empat pimpinan KPK.")
    assert {(a[:3], t) for a, t, _ in got} == {("IDN", "CONSULT")}
    assert not events_of("Rapat itu membahas anggaran pendidikan tahun depan.")


def test_decrees_assets_expectations_and_the_national_exam_are_no_events():
    # signing a regulation agrees with no one
    assert not events_of("Presiden Prabowo Subianto telah meneken Peraturan Presiden (Perpres) Nomor 79 Tahun 2025.")
    # an official reporting his assets accuses no one
    assert not events_of("Pegawai Kemenhub paling patuh melaporkan LHKPN ke KPK.")
    # what one expected, what someone assumes, a harsh word negated with a colloquial negator
    assert not events_of("Ini lebih mudah daripada yang saya duga, kata Federer.")
    assert not events_of("Orang-orang mungkin menyangka DiCaprio akan berterima kasih kepada orangtuanya.")
    assert not events_of("Sekretaris DPD PDIP mengatakan waktu kita enggak terburu-buru.")
    # "UN" in Indonesian is the national exam (Ujian Nasional); the United Nations is "PBB"
    got = events_of("Anies mengapresiasi kinerja PLN dan Telkom yang mendukung terlaksananya UN dengan baik.")
    assert not [t for _, _, t in got if t == "UN"]


def test_the_language_of_economics_codes_no_event():
    assert not events_of("Vera mengatakan perolehan laba tersebut didukung oleh kinerja Bank Danamon yang membaik.")
    assert not events_of("Bank Mandiri menyumbang NPL terbanyak sebesar 56 persen dari total NPL.")
    assert not events_of("Menkeu Sri Mulyani membebaskan tarif akhir bea masuk atas impor bahan baku.")
    assert not events_of("Sri Mulyani mengatakan pemerintah tengah merestrukturisasi NPL (kredit bermasalah) Bank BUMN.")
    assert "SUPPORT" not in {t for _, t, _ in events_of("Apresiasi nilai tukar juga telah membantu mengurangi rasio "
                                                        "utang pemerintah, kata Anindya.")}
    # a person backing a plan still supports it
    assert {t for _, t, _ in events_of("Rencana ini didukung oleh Menteri ESDM Jero Wacik.")} == {"SUPPORT"}


def test_no_one_did_it_and_it_must_not_happen():
    assert not events_of("Namun menurutnya, tak satu pun dari mereka diajak berdiskusi terlebih dahulu.")
    assert not events_of("Whoosh itu kan tinggal restructuring. Siapa yang minta APBN? Tak ada yang pernah minta "
                         "APBN, kata Luhut.")
    assert not events_of("Termasuk hak untuk berhubungan suami-istri sebetulnya tidak ada yang melarang, kata Hasbullah.")
    assert not events_of("Dan jangan sampai polisi melepaskan pelaku dengan berbagai macam rayuan dan uang, ungkap Memet.")
    assert {t for _, t, _ in events_of("Polisi melepaskan pelaku setelah diperiksa.")} >= {"RETREAT"}


def test_forces_shares_diseases_and_conditions_are_no_acts():
    assert not events_of("Itu karena masyarakat ditantang untuk tetap produktif, sedangkan pandemi membatasi "
                         "pergerakan orang.")
    assert not events_of("Dew Shri Farmindo melepaskan 700 juta saham setelah penawaran umum perdana.")
    assert not events_of("Sulteng digempur penyakit menular yang menyerang paru-paru itu pada April 2020.")
    assert events_of("Israel menyerang sistem pertahanan udara Suriah pada Senin.") == {("ISR", "ASSAULT", "SYR")}
    assert not events_of("Pencacahan penduduk tak hanya menuntut kewaspadaan tinggi para petugas sensus.")
    assert not events_of("Pemerintah juga tidak terlihat menertibkan pelanggaran itu.")
    assert not events_of("Sebelumnya, Nugroho mengatakan, hak asimilasi narapidana bisa dicabut jika mereka melanggar "
                         "hukum.")
    # "mengatakan jika" is "says that": the criticism stands
    assert {t for _, t, _ in events_of("Ketua Apindo mengatakan jika kebijakan pemerintah itu akan merugikan pelaku "
                                       "usaha.")} == {"ACCUSE"}


def test_a_verb_joined_to_an_aim_is_aimed_and_doesnt_mean_negates():
    assert not events_of("Kegaduhan itu dipakai oleh sejumlah kalangan di luar negeri untuk kembali menyerang dan "
                         "menolak minyak sawit produk Indonesia.")
    assert not events_of("Bukan berarti kami melarang shalat berjemaah.")
    assert not events_of("Dedi menilai, lambatnya realisasi anggaran bukan berarti pemerintah daerah sengaja menahan "
                         "belanja publik.")


def test_slowness_alleged_is_criticism():
    got = events_of('"Kenapa kita membawa kura-kura, karena selama ini pemerintah lamban dalam menyelesaikan '
                    'permasalahan," kata Ketua BEM Undip, Aufa Atha Ariq.')
    assert {t for _, t, _ in got} == {"ACCUSE"}


def test_whom_a_that_clause_asks():
    # a thing to be done: no one is named as asked
    assert events_of("Sebelumnya, Komite I DPD juga mendorong agar pilkada dilakukan tahun 2021.") == \
        {("IDNLEG", "REQUEST", None)}
    assert events_of("Soal legalitas perusahaan tersebut, Jonan meminta agar semua persyaratan harus diikuti.") == \
        {("IDN", "REQUEST", None)}
    # people are asked, though no word names whom
    assert events_of("Ketua MPR mengimbau agar semua pihak menghormati hak prerogatif presiden.") == \
        {("IDNLEG", "REQUEST", "IDN")}
    assert events_of("Dia mendorong agar partai politik terus melakukan pembenahan internal.") == \
        {("IDN", "REQUEST", "IDNPTY")}


def test_the_agent_of_a_passive_that_clause_is_asked_and_aid_given_to_people():
    got = events_of("Pemerintah juga meminta supaya aturan ini dikawal dan ditegakkan oleh TNI / Polri dan Satpol PP.")
    assert got == {("IDNGOV", "REQUEST", "IDNMIL")}
    assert events_of("Pemerintah juga akan memberikan bantuan ini kepada kelompok rentan, dan miskin.") == \
        {("IDNGOV", "AGREE", "IDN")}


def test_things_asked_for_or_judged_name_no_target():
    assert events_of("Berdasarkan temuan itu, Bawaslu meminta PSU digelar.") == {("IDNGOV", "REQUEST", None)}
    assert events_of("Menteri Hukum dan HAM Yasonna Laoly meminta tambahan anggaran untuk membangun lapas.") == \
        {("IDNGOV", "REQUEST", None)}
    # a person asked still is
    assert events_of("Menteri Hukum dan HAM Yasonna Laoly meminta Kapolri menindak pelaku.") == \
        {("IDNGOV", "REQUEST", "IDNCOP")}


def test_a_guarantee_is_a_pledge_only_when_someone_gives_it():
    assert {t for _, t, _ in events_of("Dedi menjamin pihaknya akan melakukan pendampingan psikologis bagi para "
                                       "korban.")} == {"AGREE"}
    assert not events_of("BPJPH menggarisbawahi pentingnya pengawasan terhadap lembaga halal di Australia, untuk "
                         "menjamin mutu sertifikasi.")
    assert not events_of("Kita perlu regulasi yang menjamin bahwa dalam kondisi apa pun, pendidikan tetap jalan.")


def test_a_fronted_purpose_a_holiday_welcomed_and_an_option_are_no_acts():
    assert not events_of("Untuk mendukung peningkatan partisipasi tersebut, BPJS Kesehatan terus memperkuat "
                         "implementasi Prolanis.")
    assert not events_of("Kalangan warga memasang damar kurung menjadi tradisi menyambut Lailatul Qodar.")
    assert not events_of("Dicoba dilihat nanti (opsi membatasi operasional mal dan rumah makan).")
    # an aim after the act is still told with it
    assert ("IDNGOV", "CONSULT", "JPNGOV") in events_of("Presiden akan berkunjung ke Jepang untuk bertemu Perdana "
                                                        "Menteri Shigeru Ishiba.")


def test_negation_reaches_a_verb_joined_to_the_negated_one_and_a_call_is_no_act():
    assert not events_of("Polisi tidak menangkap dan menahan pelaku.")
    assert not events_of("Ketika memeriksa ponsel mereka, polisi menemukan ajakan berdemonstrasi.")


def test_fiscal_relief_given_is_aid_and_an_air_strike_launched_is_an_assault():
    # the gold codes incentives and subsidies given by a government as AID (kompas5, kompas7)
    assert ("IDNGOV", "AID", "IDNBUS") in events_of("Pemerintah memberikan insentif kepada pelaku usaha kecil.")
    assert {t for _, t, _ in events_of("Pemkot Bogor memberikan subsidi kepada petani.")} == {"AID"}
    assert not events_of("Pemkot Bogor tidak memberikan subsidi kepada petani.")
    assert {t for _, t, _ in events_of("Pemerintah akan memberikan insentif kepada dunia usaha.")} == {"AGREE"}
    assert ("ISR", "ASSAULT", "PSEGOV") in events_of("Israel meluncurkan serangan udara ke Gaza.")
    assert {t for _, t, _ in events_of("KKB membakar gereja di Intan Jaya.")} == {"ASSAULT"}


def test_a_request_that_a_thing_be_done_names_no_one_asked():
    # "agar pilkada dilakukan" asks a thing to be done; so does a noun with a passive right after the verb
    assert events_of("Bupati meminta jembatan itu segera diperbaiki.") == {("IDNGOV", "REQUEST", None)}
    assert events_of("Ketua DPRD mendorong agar program ini diperluas.") == {("IDNLEG", "REQUEST", None)}
    # the passive's subject is the one acted on, not the one asked
    assert events_of("Wali murid meminta Mansur dikembalikan ke sekolah.") == {("IDNEDU", "REQUEST", None)}
    # a hope asks no one; whom a request names is still its target
    assert not events_of("Farhan berharap hubungan kedua negara dapat ditingkatkan.")
    assert events_of("Polisi meminta warga diperiksa.") == {("IDNCOP", "REQUEST", "IDNCVL")}


def test_a_task_is_no_act_and_verbs_listed_after_a_comma_share_the_subject():
    assert not events_of("Jaksa Agung membentuk tim kerja yang bertugas menyelidiki pelanggaran hak asasi.")
    # each verb listed after the task is the task too
    assert not events_of("Tim ini bertugas menelusuri sumber makanan, memeriksa dapur produksi, hingga memastikan "
                         "standar higienitas.")
    # a later act of the tasked team is told as done
    assert {t for _, t, _ in events_of("Tim yang bertugas menyelidiki kasus itu kemudian menangkap dua orang.")} \
        == {"COERCE"}
    # "menahan" and "memeriksa" are the police's, not the arrested men's
    assert events_of("Polisi menangkap dua pelaku, menahan tiga lainnya, dan memeriksa lima saksi.") == {
        ("IDNCOP", "COERCE", "IDNCRM"), ("IDNCOP", "ACCUSE", "IDNCVL")}


def test_an_agency_named_by_its_acronym_acts_where_the_ner_misses_it():
    assert events_of("BPBD membagikan bantuan kepada warga.") == {("IDNGOV", "AID", "IDNCVL")}
    assert {(a, t) for a, t, _ in events_of("Satpol PP menyegel tempat hiburan malam itu.")} == {("IDNGOV", "COERCE")}
    # after the predicate it is the one acted on or told, not an actor
    assert {a for a, _, _ in events_of("Warga melaporkan kasus itu ke BPBD.")} == {"IDNCVL"}


def test_an_acquittal_is_a_concession_not_a_conviction():
    # acquittals -> CONCEDE (eval/gold/events_README.md); "memvonis" alone convicts
    assert events_of("Majelis hakim memvonis bebas terdakwa.") == {("IDNJUD", "CONCEDE", "IDNCRM")}
    assert events_of("Terdakwa divonis bebas oleh Pengadilan Negeri Jakarta Selatan.") == {("IDNJUD", "CONCEDE", "IDNCRM")}
    assert {t for _, t, _ in events_of("Hakim memvonis terdakwa 5 tahun penjara.")} == {"SANCTION", "COERCE"}


def test_praise_in_a_judgement_supports_the_party_praised():
    assert events_of("Arman menilai Menteri Pertanian Amran Sulaiman dikenal sebagai sosok tegas, bersih, dan kompeten.") \
        == {("IDN", "SUPPORT", "IDNGOV")}
    assert events_of("Ia menilai langkah Kemenkeu sudah tepat.") == {("IDN", "SUPPORT", "IDNGOV")}
    # a harsh word still criticises; no one named is no one praised; a promise is no praise
    assert events_of("Ia menilai langkah Kemenkeu tidak tepat.") == {("IDN", "ACCUSE", "IDNGOV")}
    assert not events_of("Polisi mengatakan situasi sudah baik.")
    assert not events_of("Panglima mengatakan TNI akan bekerja secara profesional.")


def test_praise_in_what_someone_is_reported_to_have_said_supports_the_party_praised():
    got = events_of('"Tindakan Dinas ESDM Jatim patut diapresiasi," kata anggota Komisi XII DPR Ratna Juwita.')
    assert {(t, target) for _, t, target in got} == {("SUPPORT", "IDNGOV")}
    # words said as often of things or of one's own side code only after a verb of judging
    assert not events_of('"Kami bertindak profesional berdasarkan fakta," kata Kapolres Bogor AKBP Rio Wahyu.')


def test_a_university_named_by_its_acronym_acts_for_education():
    assert events_of("UGM menjalin kerja sama dengan Pemkab Sleman.") == {("IDNEDU", "COOPERATE", "IDNGOV")}
    assert {a for a, _, _ in events_of("Unud memecat empat mahasiswa.")} == {"IDNEDU"}


def test_a_ministry_named_by_its_short_form_is_government():
    from warta.events.actors import _org_sector
    assert _org_sector("Kemenko IPK") == ("GOV", True)
    assert _org_sector("Kemendikti") == ("GOV", True)
    assert _org_sector("Kementerian Kesehatan") == ("GOV", False)
    assert _org_sector("Persatuan Sepak Bola Seluruh Indonesia") is None


def test_aid_received_and_a_visit_received_are_told_from_the_giver_and_the_visitor():
    # "menerima" would otherwise be read as a host receiving a visitor, and find none
    assert events_of("Warga menerima bantuan beras dari Kemensos.") == {("IDNGOV", "AID", "IDNCVL")}
    # the visitor acts on the host (eval/gold/events_README.md)
    assert events_of("Kapolri menerima kunjungan Panglima TNI.") == {("IDNMIL", "CONSULT", "IDNCOP")}


def test_a_clash_between_two_sides_and_a_building_is_no_target():
    assert events_of("Bentrokan antara Thailand dan Kamboja pecah di perbatasan.") == {("THA", "ASSAULT", "KHM")}
    assert events_of("Polisi bentrok dengan massa di depan gedung DPR.") == {("IDNCOP", "ASSAULT", "IDNCVL")}
    # where an arrest happened is not who was arrested ...
    assert events_of("Polisi menangkap pelaku di depan gedung DPR.") == {("IDNCOP", "COERCE", "IDNCRM")}
    # ... but a protest outside a building is aimed at its owner
    assert {target for _, t, target in events_of("Mahasiswa menggelar aksi di depan gedung DPR.")} == {"IDNLEG"}


def test_a_phone_call_between_leaders_is_a_consultation():
    assert events_of("Presiden Prabowo bertelepon dengan Presiden Putin.") == {("IDNGOV", "CONSULT", "RUSGOV")}
    assert not events_of("Prabowo tidak bertelepon dengan Trump.")


def test_a_capitalised_building_is_looked_past_too():
    assert events_of("Polisi menangkap pelaku di Kantor KPK.") == {("IDNCOP", "COERCE", "IDNCRM")}


def test_a_promise_to_act_for_someone_has_them_as_its_target():
    # the promised act follows "untuk", which after other verbs opens a purpose clause
    assert events_of("Pemkot Bekasi berkomitmen untuk menanggung bantuan sosial bagi keluarga miskin.") \
        == {("IDNGOV", "AGREE", "IDN")}
    # a quality promised is done to no one
    assert events_of("KPU berkomitmen untuk terbuka dan inklusif.") == {("IDNGOV", "AGREE", None)}


def test_rates_held_and_a_draw_detain_no_one():
    assert not events_of("Suku bunga acuan BI telah ditahan pada level 5,75 persen.")
    assert not events_of("Persib ditahan imbang Persija di Bandung.")
    assert not events_of("Timnas Indonesia menahan imbang Arab Saudi.")
    assert events_of("Tersangka ditahan di Polres Bogor.") == {("IDNCOP", "COERCE", "IDNCRM")}


def test_two_parties_acting_together_cooperate():
    # the water police of Polres Situbondo: police (read as the regency's government until stop 21)
    assert events_of("Satpolairud Polres Situbondo bersama Pos TNI AL melaksanakan apel bersama.") \
        == {("IDNCOP", "COOPERATE", "IDNMIL")}
    assert events_of("KAI bersama pemerintah saat ini tengah mendorong revitalisasi kawasan Kota Tua.") \
        == {("IDN", "COOPERATE", "IDNGOV")}
    # not what is still to be done, nor the partner of a meeting named by a noun
    assert not events_of("Pemerintah bersama penyelenggara pemilu belum mengambil keputusan.")
    assert not events_of("Pemerintah bersama DPR akan membahas aturan itu pekan depan.")
    assert not {e for e in events_of("Usai rapat bersama Komisi XI DPR, Sri Mulyani meninggalkan gedung.")
                if e[1] == "COOPERATE"}


def test_joint_work_agreed_to_is_one_intent_aimed_at_the_partner():
    assert events_of("Bank Mandiri sepakat bekerja sama dengan BRI.") == {("IDNBUS", "AGREE", "IDN")}
    assert events_of("Kemenag berkomitmen untuk bekerja sama dengan Kejaksaan Agung.") == {("IDNGOV", "AGREE", "IDNJUD")}
    # an act agreed on among those who then did it is told as done
    assert ("IDNCOP", "ACCUSE", "IDNCRM") in events_of(
        "Polisi sepakat untuk menaikkan status perkara dan menetapkan lima tersangka.")


def test_joint_work_and_agreements_with_no_one_named_are_the_story_country_s():
    assert events_of("Bekerja sama dengan BUMDes setempat, produksi ikan diserap oleh pasar.") \
        == {("IDN", "COOPERATE", "IDN")}
    assert events_of("Tunjangan perumahan anggota dewan pun disepakati untuk dihapus.") == {("IDN", "AGREE", "IDN")}
    # a value that is agreed on is described, not agreed here
    assert not events_of("Masyarakat stabil ketika ada nilai bersama yang disepakati.")
    # the many who act are people of the story's country
    assert events_of("Banyak yang mengkritisi kampanye Golkar.") == {("IDN", "ACCUSE", "IDNPTY")}
    # other predicates with no one named code nothing
    assert not events_of("Calon pekerja migran diminta berangkat dengan mengikuti prosedur resmi.")


def test_a_petition_or_request_followed_is_the_petitioner_s_request():
    assert ("IDN", "REQUEST", "IDN") in events_of(
        "Atas permohonan dari Krakatau Health Service, Kejari Cilegon memberikan pendampingan hukum.")
    assert ("IDNGOV", "REQUEST", "IDN") in events_of("Atas permintaan Presiden Prabowo, pajak itu diturunkan.")


def test_in_reported_speech_a_common_noun_subject_acts_not_the_speaker():
    assert {a for a, _, _ in events_of("Menurut Dewa, polisi akan membantu warga.")} == {"IDNCOP"}
    assert {a for a, _, _ in events_of('"Penyidik telah menggeledah rumah tersangka," kata Harli.')} == {"IDNCOP"}
    # "kami" is the speaker
    assert {a for a, _, _ in events_of('"Kami sudah menggeledah rumah tersangka," kata Menteri Keuangan Sri Mulyani.')} \
        == {"IDNGOV"}


def test_authority_and_a_chance_state_no_act():
    assert not events_of("KPK berwenang menahan tersangka.")
    assert not events_of("Kecil kemungkinan polisi menangkap pelaku.")
    # what one should have done is asked of them, as after "seharusnya"
    assert events_of("Polisi mestinya menahan pelaku.") == {("IDN", "REQUEST", "IDNCOP")}


def test_a_policy_leaning_to_the_people_takes_no_side():
    assert not events_of("Pemerintah membuat kebijakan yang berpihak kepada rakyat.")
    assert ("IDN", "SUPPORT", "IND") in events_of("Indonesia berpihak pada India dalam sengketa itu.")


def test_what_should_already_have_been_done_is_a_reproach():
    assert events_of("Pemerintah seharusnya sudah lebih dulu mengkaji dampak kebijakan itu.") \
        == {("IDN", "ACCUSE", "IDNGOV")}
    assert events_of("Pemerintah seharusnya mengkaji dampak kebijakan itu.") == {("IDN", "REQUEST", "IDNGOV")}


def test_what_one_wants_to_do_is_not_done():
    assert not events_of("Polisi mau menangkap pelaku itu.")
    assert events_of("Golkar mau bekerja sama dengan PDIP.") == {("IDNPTY", "AGREE", "IDNPTY")}


def test_what_is_proposed_or_begged_for_is_not_done():
    assert not {e for e in events_of(
        "Kepolisian mengusulkan ke Satpol PP agar dinas yang mengurus izin kafe mencabut izin usahanya.")
        if e[1] == "SANCTION"}
    assert not {e for e in events_of("Aku memohon pada suami untuk membantu orang-orang terdekat.") if e[1] in ("AID", "AGREE")}
    # an act told in a relative clause inside what is asked is told as done
    assert ("IDNCRM", "ASSAULT", "IDNCVL") in events_of("Warga meminta agar polisi menangkap pelaku yang telah membunuh dua warga.")


def test_a_task_force_acts_for_the_government():
    assert events_of("Bahkan, di Pasar Mardika, gugus tugas sempat mengeluarkan ancaman akan menutup tempat "
                     "jualan pedagang.") == {("IDNGOV", "THREATEN", "IDNBUS")}


def test_a_passive_in_a_relative_clause_with_its_agent_told_is_an_act():
    assert ("IDNCVL", "ASSAULT", "IDNCOP") in events_of("Polisi tersebut, yang diserang oleh massa, telah ditahan.")
    # with no agent it describes what it names
    assert not {e for e in events_of("Polisi menghitung aset yang disita.") if e[1] == "COERCE"}


def test_an_indefinite_subject_of_three_words_acts_too():
    assert events_of("Tidak sedikit yang mengkritisi kampanye Golkar.") == {("IDN", "ACCUSE", "IDNPTY")}


def test_a_foreign_actors_own_country_is_not_its_target():
    # Pakistan's interest, aimed at the story's country
    assert ("PAKDIP", "AGREE", "IDN") in events_of(
        "Otorita IKN di Kalimantan Timur menerima tamu dari Jakarta. Duta Besar Pakistan Zahid Hafeez Chaudhri "
        "menyatakan minat Pakistan untuk berkontribusi pada pembangunan IKN.")
    # a state acting on another is still coded
    assert ("RUS", "ASSAULT", "UKR") in events_of("Rusia menyerang Ukraina.")


def test_what_a_thing_is_for_is_no_ones_pledge():
    assert not events_of("Uang hasil sitaan ini, kata Prabowo, akan digunakan untuk membantu masyarakat.")
    assert not events_of("Prabowo menyebut, uang yang dikembalikan BGN dapat dialokasikan untuk membantu sektor lain.")
    # one's own aim still states an intent to cooperate
    assert ("IDNGOV", "AGREE", "IDNJUD") in events_of(
        "Bupati itu berkomitmen untuk bekerja sama dengan Kejaksaan dalam setiap proyek.")


def test_deploying_forces_mobilizes_but_machines_and_a_search_do_not():
    assert any(e[:2] == ("USAGOV", "MOBILIZE") for e in events_of(
        "Presiden Trump mengerahkan pasukan Garda Nasional ke kota-kota Amerika Serikat."))
    assert not events_of("Kementerian PU mengerahkan 4 excavator dan 2 motor grader.")
    assert not events_of("Setelah menerima informasi hilang kontak, Basarnas segera mengerahkan pencarian.")


def test_initials_after_a_crime_role_are_a_person_not_an_organisation():
    got = events_of("Kejadian itu berawal saat pelaku IS mengajak korban bertemu di sebuah kafe di Padangsidimpuan.")
    assert got and not {e for e in got if e[0] == "ISIL"}
    assert ("ISIL", "ASSAULT", "SYR") in events_of("Kelompok ISIS menyerang Suriah.")


def test_ignoring_health_rules_rejects_no_one_but_ignoring_a_demand_does():
    assert not events_of("Masyarakat masih mengabaikan protokol kesehatan di pasar tradisional.")
    assert events_of("Israel mengabaikan seruan PBB untuk gencatan senjata.") == {("ISR", "REJECT", "UN")}


def test_calling_on_someone_consults_only_where_one_side_holds_office():
    assert not events_of("Pada malam harinya, Suhendra mendatangi rumah Sri.")
    assert not events_of("Saat itu, petugas bersama FN mendatangi kamar hotel dimaksud.")
    assert events_of("Menteri Keuangan Purbaya Yudhi Sadewa menyambangi Kantor Kementerian Pekerjaan Umum.") \
        == {("IDNGOV", "CONSULT", "IDNGOV")}


def test_a_host_entertaining_a_guest_is_consulted_by_the_guest_and_clubs_consult_no_one():
    assert events_of("Presiden Joko Widodo menjamu Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor.") \
        == {("MYS", "CONSULT", "IDNGOV")}
    assert not events_of("Arsenal menjamu West Ham di Emirates Stadium, Sabtu malam.")


def test_an_appeal_told_as_a_petition_is_still_an_appeal():
    got = events_of("Terdakwa dihukum 4 tahun penjara, lalu jaksa mengajukan permohonan banding.")
    assert any(e[1] == "REJECT" for e in got) and not any(e[1] == "REQUEST" for e in got)


def test_the_parties_of_a_meeting_stand_right_after_its_noun():
    assert not events_of("Pada pertemuan ini, Presiden Jokowi menyatakan kesiapannya menjadi jembatan komunikasi "
                         "antara Rusia dan Ukraina.")
    assert events_of("Pertemuan di Kertanegara antara Presiden Prabowo Subianto dan Joko Widodo berlangsung hangat.") \
        == {("IDNGOV", "CONSULT", "IDNGOV")}


def test_a_medical_examination_questions_no_one():
    assert not events_of("Lebih dari 1.500 orang di sekitar kawasan industri Cikande, Serang, diketahui menjalani "
                         "pemeriksaan kesehatan menyusul temuan zat radioaktif.")
    assert not events_of("Petugas Puskesmas datang ke rumahnya untuk memeriksa kondisi anaknya.")
    assert events_of("KPK memeriksa tersangka di gedung KPK.") == {("IDNJUD", "ACCUSE", "IDNCRM")}


def test_ikut_and_turut_stand_between_a_relative_marker_and_its_passive():
    assert not events_of("Barang bukti yang ikut disita juga belum dijelaskan.")
    assert not {e for e in events_of("Polisi belum mengungkap jumlah orang yang turut diamankan.") if e[1] == "COERCE"}
    # and between a negator and its verb
    assert not {e for e in events_of("Indonesia tidak ikut menandatangani perjanjian itu.") if e[1] == "SUPPORT"}


def test_a_demand_told_by_an_orator_is_the_protest():
    got = events_of('"Kami menuntut Presiden Prabowo Subianto agar segera menandatangani Keppres," ujar orator '
                    'di atas mobil komando setiba di lokasi.')
    assert ("IDN", "PROTEST", "IDNGOV") in got and not {e for e in got if e[1] == "REQUEST"}


def test_a_penalty_one_faces_is_not_imposed():
    assert not events_of("Akibat perbuatannya, kedua tersangka terancam dijerat Pasal 2 Undang-Undang Tipikor.")
    assert events_of("Kedua tersangka dijerat Pasal 2 Undang-Undang Tipikor oleh penyidik KPK.") \
        == {("IDNJUD", "ACCUSE", "IDNCRM")}


def test_spending_held_back_detains_no_one():
    assert not events_of("Pemerintah daerah mengerem belanja karena dampak Covid-19, maka belanja ditahan dahulu.")


def test_what_one_is_advised_or_obliged_to_do_is_not_done():
    assert not events_of("Warga disarankan berkonsultasi dengan dokter terlebih dahulu.")
    assert not {e for e in events_of("Polisi diperintahkan menangkap pelaku dalam tiga hari.") if e[1] == "COERCE"}


def test_highlighting_hopes_or_a_package_criticises_no_one():
    assert not events_of("Boston menyoroti harapan besar yang disematkan pada program ini.")
    assert not events_of("Misbakhun juga menyoroti paket stimulus ekonomi pemerintah.")
    assert events_of("Menteri Keuangan Purbaya menyoroti lambatnya realisasi APBD.") == {("IDNGOV", "ACCUSE", "IDN")}


def test_nanti_plans_an_act_and_an_apology_asked_is_no_request():
    assert events_of("Kementerian Sosial nanti bekerja sama dengan Pemkab Karawang untuk mengintegrasikan program.") \
        == {("IDNGOV", "AGREE", "IDNGOV")}
    assert not {e for e in events_of("Kepala sekolah meminta permohonan maaf atas perbuatannya kepada siswa.")
                if e[1] == "REQUEST"}


def test_complaining_of_pain_is_a_symptom_not_a_grievance():
    assert not events_of("Kepala sekolah mengatakan puluhan anak mengeluhkan sakit perut secara bersamaan.")
    assert any(e[1] == "ACCUSE" for e in events_of("Bawaslu mengeluhkan kerja pemerintah daerah yang lamban."))


def test_securing_stability_or_a_vital_site_seizes_no_one():
    assert not events_of("Di LPS, dia lebih kepada mengamankan stabilitas perbankan.")
    assert events_of("Polisi mengamankan pelaku di lokasi kejadian.") == {("IDNCOP", "COERCE", "IDNCRM")}


def test_interest_in_working_together_is_intent_and_urgency_or_a_view_rejected_no_event():
    assert events_of("Kami tertarik bekerja sama dengan PMI, tutur Kepala Lembaga Eijkman.") \
        == {("IDNGOV", "AGREE", "IDN")}
    assert not events_of("Komunikasi di antara berbagai pihak terkait peraturan itu mendesak dilakukan.")
    assert not events_of("Lebih lanjut, ia menolak cara pandang antroposentris.")


def test_what_an_occasion_is_for_and_what_is_suspected_are_not_acts():
    assert not events_of("Bupati Gresik mengatakan Hari Perhubungan Nasional menjadi momentum untuk mengapresiasi "
                         "kerja keras seluruh insan transportasi.")
    assert not events_of("Acara lari itu juga menjadi momentum mengajak masyarakat membantu korban bencana.")
    assert not {e for e in events_of("Seorang tahanan ditemukan tewas dan dicurigai dianiaya oknum polisi.")
                if e[1] == "ASSAULT"}


def test_experts_or_respondents_who_agree_share_an_opinion():
    assert not events_of("Sejumlah pakar sepakat bahwa PSBB tidak bisa dilakukan hanya di Provinsi DKI Jakarta.")
    assert not events_of("Peneliti Celios menyampaikan 96 persen responden setuju harus ada pergantian pejabat publik.")
    assert any(e[1] == "AGREE" for e in events_of("Indonesia dan Malaysia sepakat membentuk tim bersama."))


def test_what_something_is_for_is_no_pledge_unless_an_intent_is_stated():
    # the incentives given are aid; what they are for is no pledge besides
    assert events_of("Pemerintah juga memberikan insentif untuk membantu perkembangan UMKM.") == {("IDNGOV", "AID", None)}
    assert not events_of("Peneliti itu memberikan tips untuk membantu warga beradaptasi dengan cuaca panas.")
    assert events_of("Bupati Bogor berkomitmen untuk bekerja sama dengan Kejaksaan Negeri Bogor.") \
        == {("IDNGOV", "AGREE", "IDNJUD")}


def test_a_crowds_demand_listed_in_a_protest_story_is_the_protest():
    def coded(title, body):
        return {(e.actor.code, e.type, e.target.code if e.target else None)
                for e in warta.process(title + "\n\n" + body).events}
    body = "Para mahasiswa membawa delapan tuntutan.\n\nBEM UI juga meminta pemerintah mengevaluasi program MBG."
    assert ("IDNEDU", "PROTEST", "IDNGOV") in coded("Mahasiswa Demo di Depan DPR, Bawa 8 Tuntutan", body)
    assert ("IDNEDU", "REQUEST", "IDNGOV") in coded("Mahasiswa Bertemu Pimpinan DPR, Bawa 8 Tuntutan", body)


def test_a_trend_borne_by_a_policy_is_no_support():
    assert not events_of("Nilai tukar rupiah tetap stabil didukung kebijakan stabilisasi Bank Indonesia.")
    assert not events_of("Ke depan, nilai tukar rupiah diperkirakan tetap stabil didukung oleh komitmen BI.")
    assert ("IDNCOP", "SUPPORT", None) in events_of("Langkah ini juga didukung oleh Polda Kalimantan Timur.")


def test_a_prison_term_demanded_is_a_charge_whoever_is_named():
    got = events_of("Vonis itu lebih ringan dari tuntutan jaksa penuntut umum (JPU) Ni Putu Eriek Sumyanti "
                    "yang menuntut 2,5 tahun penjara.")
    assert any(e[1] == "ACCUSE" for e in got) and not any(e[1] == "REQUEST" for e in got)
    assert any(e[1] == "PROTEST" for e in events_of("Massa ojol menuntut Presiden segera menandatangani peraturan itu."))


def test_help_given_to_no_one_is_what_a_thing_does():
    assert not events_of("Antibodi dalam plasma darah pasien yang sembuh akan membantu memerangi virus itu.")
    assert not events_of("Keempat, program itu memberikan dukungan modal usaha dan pelatihan di sektor perikanan.")
    assert ("IDNGOV", "AID", "IDNGOV") in events_of("Kementerian Sosial membantu Pemkab Karawang menangani banjir.")


def test_what_is_ensured_or_promising_is_no_pledge():
    assert not events_of("Hanung juga menjamin tak ada penimbunan BBM di berbagai SPBU.")
    assert not events_of("Kalsel bisa beralih ke sektor pertanian atau sektor lain yang menjanjikan.")
    assert ("IDNGOV", "AGREE", "IDNGOV") in events_of(
        "Gubernur Jawa Barat menjamin Pemkab Bogor akan mendapat bantuan pendidikan jangka panjang.")


def test_what_invites_interest_invites_no_guest():
    assert not events_of("Ini balapan yang mengundang kita untuk lebih tahu teknologi masa depan.")
    assert not events_of("Stasiun itu menjadi ruang publik yang mengundang interaksi lebih luas dari masyarakat.")
    assert ("IDNCOP", "AGREE", "IDN") in events_of("Divpropam Polri mengundang Kompolnas mengikuti kegiatan ini.")


def test_advice_given_to_no_one_is_a_tip():
    assert not events_of("Saat duduk atau berdiri, Noel menyarankan untuk menjaga punggung tetap tegak.")
    assert events_of("Wildan menyarankan pengelola tol meningkatkan kualitas tempat istirahat.") \
        == {("IDN", "REQUEST", "IDN")}


def test_criticism_received_from_critics_not_named():
    assert events_of("Sebelumnya, Partai Golkar menuai kritik karena materi kampanyenya menjual masa kejayaan "
                     "Orde Baru.") == {("IDN", "ACCUSE", "IDNPTY")}
    assert events_of("Kebijakan Menteri Keuangan itu menuai kecaman dari DPR.") == {("IDNLEG", "ACCUSE", "IDNGOV")}


def test_a_ministry_named_with_another_country_is_that_countrys():
    assert events_of("Kementerian luar negeri Mesir Sabtu menyerukan kedua pihak memulai kembali perundingan.") \
        == {("EGYGOV", "REQUEST", "IDN")}
    got = events_of("Kementerian Luar Negeri RI meminta Malaysia membebaskan para nelayan.")
    assert ("IDNDIP", "REQUEST", "MYS") in got


def test_figures_of_archived_wire_news_act_for_their_state():
    got = events_of("Beshir, yang dua kali bertemu dengan gubernur AS itu, menyetujui gencatan senjata tersebut.")
    assert ("SDNGOV", "CONSULT", "USA") in got
    assert events_of("NASA meminta bantuan masyarakat untuk memilah jutaan gambar.") == {("USAGOV", "REQUEST", "IDNCVL")}


def test_a_thing_does_not_act():
    assert not events_of("Menurut Dewa, keberadaan CCTV akan membantu aparat keamanan dalam melakukan pemantauan.")
    assert not events_of("Produk itu bernama SAMATA, stroller pintar yang membantu anak disabilitas berkomunikasi.")
    assert not events_of("Rosan menjelaskan, pembahasan dilakukan karena proyek kereta cepat melibatkan banyak kementerian.")
    # a party named inside the subject, or acting through the thing, acts; so do people named by a
    # quantity, and a subject a preposition's object only ends
    assert ("IDNGOV", "AID", "IDNCVL") in events_of("Kemensos melalui program ini membantu warga miskin.")
    assert ("IDNGOV", "AID", "IDNCVL") in events_of("Program Kemensos membantu warga miskin.")
    assert ("IDNLAB", "REJECT", None) in events_of(
        "Hakim mengabulkan permohonan dua serikat pekerja yang menolak pemutusan hubungan kerja.")
    assert {t for _, t, _ in events_of("Seratusan mahasiswa dari berbagai perguruan tinggi menggelar aksi unjuk rasa "
                                        "di depan Gedung Sate.")} == {"PROTEST"}
    # a place after the thing is part of it: the accident killed, no one attacked
    assert {t for _, t, _ in events_of("Deni Wicaksono menyoroti insiden tambang di Magetan yang menewaskan seorang "
                                        "pekerja.")} == {"ACCUSE"}


def test_a_case_that_ensnares_someone_and_destroyed_bonds_are_no_acts():
    # the case against someone, told in passing, is background to what the sentence says
    assert not {e for e in events_of("KPK belum mengungkapkan lebih jauh mengenai kasus yang menjerat Noel.")
                if e[1] == "ACCUSE"}
    assert ("IDNCOP", "ACCUSE", "IDN") in events_of("Polisi menjerat DISB dengan UU ITE.")
    # destroying what is no thing or place is a figure of speech
    assert not events_of("Ia menambahkan bahwa migrasi massal telah menghancurkan ikatan yang menyatukan komunitas itu.")
    assert ("ISR", "ASSAULT") in {e[:2] for e in events_of("Menurut Kementerian Pendidikan Palestina, Israel telah "
                                                          "menghancurkan 172 sekolah negeri di Gaza.")}


def test_in_reported_speech_a_passive_was_done_to_someone_after_the_verb_of_saying():
    def targets(body):
        return {(e.type, e.target.name if e.target else None)
                for e in warta.process("Judul Berita Hari Ini\n\n" + body).events}
    # not the police spokesman who tells it
    assert targets("Kapolres Tasikmalaya Kota AKBP Moch Faruk Rozi mengungkapkan, pengemudi mobil tersebut "
                   "telah diamankan di Mapolres.") == {("COERCE", "pengemudi")}
    assert ("ACCUSE", "remaja") in targets("Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Yusri Yunus "
                                           "mengatakan, hingga Kamis siang, 150-an remaja diperiksa.")
    # a name the recogniser missed is still someone of the story's country
    got = {(e.type, e.target.code if e.target else None, e.target.name if e.target else None)
           for e in warta.process("Judul Berita Hari Ini\n\nAgus mengatakan Kamal dijerat Pasal 340 KUHP.").events}
    assert got == {("ACCUSE", "IDN", None)}


def test_a_speaker_set_between_commas_does_not_act():
    def actors(body):
        return {(e.actor.name, e.actor.code, e.type) for e in warta.process("Judul Berita Hari Ini\n\n" + body).events}
    assert actors("Presiden, kata Bey, akan berkumpul bersama keluarga di Solo.") == {("presiden", "IDNGOV", "AGREE")}
    assert {(code, kind) for _, code, kind in actors("Pertamina, lanjut Nicke, juga meminta warga sekitar tetap "
                                                     "tenang.")} == {("IDNBUS", "REQUEST")}
    # ... unless no one else is named or described: the speaker's side did it
    assert {code for _, code, _ in actors("Sebelumnya, kata Kapolres Boyolali AKBP Rosyid Hartanto, telah menangkap "
                                          "dua pelaku pencurian.")} == {"IDNCOP"}


def test_the_victim_named_after_a_crime_is_not_the_one_caught():
    def targets(body):
        return {(e.type, e.target.name, e.target.code) for e in warta.process("Judul Berita Hari Ini\n\n" + body).events
                if e.target}
    assert targets("Polisi menangkap pelaku pembunuhan Riky Saputra (31) bernama Erwin di Palembang.") \
        == {("COERCE", "pelaku", "IDNCRM")}
    assert ("COERCE", "Erwin", "IDN") in targets("Polisi menangkap Erwin, pelaku pembunuhan Riky Saputra.")


def test_a_common_noun_party_keeps_the_word_its_name_needs():
    got = {(e.type, e.target.name, e.target.code) for e in warta.process(
        "Judul Berita Hari Ini\n\nPrabowo juga berterima kasih kepada penegak hukum yang mengembalikan uang negara.").events}
    assert got == {("SUPPORT", "penegak hukum", "IDNJUD")}


def test_the_noun_a_relative_clause_hangs_on_acts():
    got = {(e.actor.name, e.actor.code, e.type) for e in warta.process(
        "Judul Berita Hari Ini\n\nHakim Distrik Amerika Serikat (AS), Susan Illston, mengabulkan permohonan dua serikat "
        "pekerja yang menolak pemutusan hubungan kerja (PHK) di lebih dari 30 lembaga federal.").events}
    assert ("pekerja", "USALAB", "REJECT") in got
    # a verb joined after the relative clause goes on with the main clause's subject
    got = {(e.actor.code, e.type) for e in warta.process(
        "Judul Berita Hari Ini\n\nGubernur DIY Sultan Hamengku Buwono X menemui perwakilan serikat buruh yang berunjuk "
        "rasa dan berjanji meneruskan aspirasi mereka kepada Presiden Joko Widodo.").events}
    assert ("IDNLAB", "PROTEST") in got and ("IDNGOV", "AGREE") in got


def test_a_place_in_someones_address_is_not_what_was_done_to():
    got = {(e.type, e.target.code) for e in warta.process(
        "Judul Berita Hari Ini\n\nSeorang pria berinisial SF alias Berangus (28), warga Desa Kijang, Kecamatan Praya "
        "Timur, Lombok Tengah, ditembak polisi.").events}
    assert got == {("ASSAULT", "IDNCVL")}
    # a passive joined to it by a word of time was done to the same one, not to the first one's agent
    got = {(e.type, e.target.code) for e in warta.process(
        "Judul Berita Hari Ini\n\nSeorang pria berinisial SF, warga Desa Kijang, Kecamatan Praya Timur, Lombok Tengah, "
        "ditembak polisi saat ditangkap.").events}
    assert got == {("ASSAULT", "IDNCVL"), ("COERCE", "IDNCVL")}


def test_a_region_after_an_institution_word_is_that_institution_of_it():
    def actors(body):
        return {(e.actor.name, e.actor.code) for e in warta.process("Judul\n\n" + body).events}
    # the recogniser read "Polres Boyolali" as the regency alone
    assert actors("Polres Boyolali mengusut kasus dugaan penipuan yang dialami nasabah Koperasi Bahana Lintas "
                  "Nusantara (BLN).") == {("Polres Boyolali", "IDNCOP")}
    assert actors("Sejumlah warga Boyolali melaporkan Koperasi Bahana Lintas Nusantara (BLN) ke polisi.") \
        == {("warga Boyolali", "IDNCVL")}


def test_an_officer_of_a_named_institution_acts_for_its_sector():
    got = {(e.actor.name, e.actor.code, e.type) for e in warta.process(
        "Judul\n\nAsisten Tindak Pidana Khusus Kejati Papua Alexander Sinuraya mengatakan, pihaknya telah memeriksa "
        "sejumlah orang yang terkait dengan kasus dugaan korupsi itu.").events}
    assert ("Alexander Sinuraya", "IDNJUD", "ACCUSE") in got


def test_ministers_and_officials_of_the_2024_cabinet_act_for_their_sector():
    got = {(e.actor.name, e.actor.code) for e in warta.process(
        "Judul\n\nNatalius Pigai berjanji memperjuangkan hak warga Flores Timur.").events}
    assert ("Natalius Pigai", "IDNGOV") in got


def test_predicates_from_the_codebook_lists_code_in_both_voices():
    # the lexicon's codebook-derived block: wordings no development sentence had
    got = events_of("Ketua DPR Mike Johnson mencemooh demonstrasi tersebut.")
    assert {(a[:3], t) for a, t, _ in got} == {("IDN", "ACCUSE")}
    got = events_of("Kemendagri memberi teguran kepada kepala daerah yang inflasinya tinggi.")
    assert {(a, t) for a, t, _ in got} == {("IDNGOV", "ACCUSE")}
    got = events_of("Presiden Jokowi melakukan lawatan ke Ukraina.")
    assert {(a, t, target) for a, t, target in got} == {("IDNGOV", "CONSULT", "UKR")}
    got = events_of("Warga menolong korban kecelakaan itu.")
    assert {t for _, t, _ in got} == {"AID"}
    got = events_of("Menteri itu dicemooh oleh para mahasiswa.")      # passive: the agent acts
    assert {(a, t, target) for a, t, target in got} == {("IDNEDU", "ACCUSE", "IDNGOV")}
    # what the block left out still codes nothing: an invitation, a regulation signed
    assert not events_of("Para tokoh agama diundang ke Istana pada Senin.")
    assert not events_of("Peraturan itu diteken Menteri pada 8 Oktober 2025.")
    # and negation still holds on the new wordings
    assert not events_of("Warga tidak menjarah toko itu, kata polisi.")


def test_each_kind_of_party_listed_after_the_first_is_one_more_target():
    def targets(body):
        return {(kind, target) for _, kind, target in events_of(body)}
    # common nouns of actors after a common noun or a name, joined by "dan"
    assert targets("Prabowo meminta guru dan orang tua untuk membiasakan anak-anak mencuci tangan.") \
        == {("REQUEST", "IDNEDU"), ("REQUEST", "IDNCVL")}
    assert targets("Bawaslu juga terus berkoordinasi dengan kepolisian dan kejaksaan untuk pembentukan sentra.") \
        == {("CONSULT", "IDNCOP"), ("CONSULT", "IDNJUD")}
    # not a new subject with its own verb, nor an apposition, nor a word inside a name
    assert targets("Polisi menangkap pelaku, polisi juga menyita barang bukti.") \
        >= {("COERCE", "IDNCRM")}
    assert ("COERCE", "IDNCOP") not in targets("Polisi menangkap pelaku, polisi juga menyita barang bukti.")
    assert len(events_of("Satreskrim Polres Pandeglang menangkap Andi, pelaku tindak pidana pencabulan.")) == 1
    assert len(events_of("KPK bekerja sama dengan Dinas Pariwisata, Pemuda, dan Olahraga Kabupaten Ngawi.")) == 1
    # a state's unnamed people beside its people of one sector are coded once
    assert len(events_of("Dinas itu bekerja sama dengan lembaga dan aparat penegak hukum.")) == 1
