import pytest

from warta.stages.language import detect_language

ID = ("Pemerintah provinsi menyiapkan anggaran tambahan karena banyak jalan rusak setelah banjir kemarin. "
      "Gubernur meminta dinas terkait bergerak cepat agar warga bisa kembali beraktivitas.")
MS = ("Kerajaan negeri menyediakan peruntukan tambahan kerana banyak jalan rosak selepas banjir. "
      "Menteri Besar meminta jabatan berkaitan bertindak segera, manakala pihak polis mengawal lalu lintas.")
EN = ("The provincial government prepared an additional budget because many roads were damaged after "
      "yesterday's flood, and the governor asked agencies to act quickly.")


@pytest.mark.parametrize("text,code", [(ID, "id"), (MS, "ms"), (EN, "en")])
def test_detects_the_body_language(text, code):
    assert detect_language(text) == code


def test_too_short_to_tell():
    assert detect_language("Oke.") is None
