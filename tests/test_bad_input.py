"""One test per kind of bad input: an error line with path and reason, and the batch goes on."""

import gzip
import json
import os

import pytest
from conftest import FIXTURES, run_warta

from warta.ingest import iter_documents
from warta.pipeline import default_pipeline


def process_paths(*paths):
    return list(default_pipeline().pipe(iter_documents([str(p) for p in paths])))


@pytest.fixture
def good(tmp_path, viva_text):
    path = tmp_path / "good.txt"
    path.write_text(viva_text, encoding="utf-8")
    return path


def check_batch_goes_on(bad, good, reason_part):
    records = process_paths(bad, good)
    assert len(records) == 2
    assert records[0].source == str(bad)
    assert records[0].error and reason_part in records[0].error
    assert records[0].text == "" and records[0].paragraphs == []
    assert records[1].error is None and records[1].title


def test_empty_file(tmp_path, good):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"  \n\n ")
    check_batch_goes_on(bad, good, "empty")


def test_binary_file(tmp_path, good):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    check_batch_goes_on(bad, good, "binary")


def test_not_utf8_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "cp1252.txt"
    text = ("Judul Berita\n\nMenteri itu menyebut harga naik “tajam” pekan ini dan "
            "pemerintah akan turun tangan segera.")
    path.write_bytes(text.encode("cp1252"))
    (record,) = process_paths(path)
    assert record.error is None
    assert "“tajam”" in record.text
    assert any("not UTF-8" in w for w in record.warnings)


def test_mojibake_is_repaired(tmp_path):
    path = tmp_path / "mojibake.txt"
    text = "Judul\n\nMenteri itu menyebut harga naik ‘tajam’ pekan ini – dan pemerintah akan turun tangan."
    path.write_text(text.encode("utf-8").decode("cp1252"), encoding="utf-8")
    (record,) = process_paths(path)
    assert "‘tajam’ pekan ini – dan" in record.text
    assert any("mojibake" in w for w in record.warnings)


def test_too_large_file(tmp_path, good):
    bad = tmp_path / "huge.txt"
    with open(bad, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    check_batch_goes_on(bad, good, "too large")


def test_broken_html(tmp_path, good):
    bad = tmp_path / "broken.html"
    bad.write_text("<html><body><div><p>Tidak <b>lengkap</div></span></html><<<>", encoding="utf-8")
    check_batch_goes_on(bad, good, "no article text")


def test_jsonl_line_that_is_not_json(tmp_path, viva_text):
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": viva_text}),
        "{this is not json",
        json.dumps({"title": "no body here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": viva_text, "url": "https://www.viva.co.id/x"}),
    ]), encoding="utf-8")
    records = process_paths(path)
    assert [r.source for r in records] == [f"{path}#{n}" for n in range(1, 6)]
    assert records[0].error is None
    assert "not valid JSON" in records[1].error
    assert "no text" in records[2].error
    assert "not an object" in records[3].error
    assert records[4].error is None and records[4].url == "https://www.viva.co.id/x"


def test_gzipped_jsonl(tmp_path, viva_text):
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": viva_text}) + "\n")
    (record,) = process_paths(path)
    assert record.error is None and record.source == f"{path}#1"


def test_missing_path(tmp_path, good):
    check_batch_goes_on(tmp_path / "nope.txt", good, "No such file")


def test_unreadable_path(tmp_path, good, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("Judul\n\nIsi berita yang cukup panjang untuk diproses.", encoding="utf-8")
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if str(path) == str(locked):  # CI runs as root, who can read a chmod-0 file
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("warta.ingest.sources.open", guarded_open, raising=False)
    check_batch_goes_on(locked, good, "cannot read: Permission denied")


def test_not_indonesian_gets_a_warning(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("Floods in Jakarta\n\nHeavy rain flooded hundreds of homes in the capital on Monday, "
                    "and the governor said the city would open more shelters for residents.", encoding="utf-8")
    (record,) = process_paths(path)
    assert record.error is None
    assert record.language == "en"
    assert "language looks like en, not id" in record.warnings


def test_cli_exit_status_and_error_lines(tmp_path, good):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    run = run_warta("process", str(bad), str(good), "--format", "jsonl")
    assert run.returncode == 1
    lines = [json.loads(x) for x in run.stdout.decode().splitlines()]
    assert [x["source"] for x in lines] == [str(bad), str(good)]
    assert lines[0]["error"] == "empty document" and lines[1]["error"] is None
    assert f"{bad}: empty document" in run.stderr.decode()
    assert b"Traceback" not in run.stderr


def test_cli_bad_usage_exits_2():
    assert run_warta("process", str(FIXTURES / "viva-2015-rusia-isis.txt"), "--format", "xml").returncode == 2
    assert run_warta("frobnicate").returncode == 2
