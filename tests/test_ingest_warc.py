"""WARC / WARC.gz input: HTML responses only, target URL and WARC-Date kept, path#N sources."""

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import FIXTURES, run_warta
from warta.engines.local import ingest
from warta.ingest import iter_documents
from warta.store import Store

DATE = "2025-10-22T01:02:03Z"


def write_warc(path, gz=True):
    pages = [("https://www.antaranews.com/berita/527615", (FIXTURES / "antara-singlepage.html").read_bytes(),
              "text/html; charset=utf-8", "200 OK"),
             ("https://example.invalid/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png", "200 OK"),
             ("https://example.invalid/missing", b"<html><body>not found</body></html>", "text/html", "404 Not Found"),
             ("https://regional.kompas.com/read/2015/11/04", (FIXTURES / "kompas-singlepage.html").read_bytes(),
              "text/html", "200 OK")]
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "warta-test"}))
        for url, body, ctype, status in pages:
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                warc_headers_dict={"WARC-Date": DATE}))
    return path


@pytest.mark.parametrize("name,gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_documents(tmp_path, name, gz):
    path = write_warc(tmp_path / name, gz)
    docs = list(iter_documents([str(path)]))
    assert [d.source for d in docs] == [f"{path}#3", f"{path}#7", f"{path}#9"]
    ok, missing, kompas = docs
    assert ok.url == "https://www.antaranews.com/berita/527615" and ok.meta["warc_date"] == DATE
    assert ok.input_kind == "html" and "Lombok" in ok.raw
    assert missing.error == "HTTP status 404, not a page"
    assert kompas.url.startswith("https://regional.kompas.com")


def test_warc_ingest_keeps_capture_date_and_url(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz")
    db = tmp_path / "w.db"
    counts = ingest([str(path)], str(db))
    assert (counts.stored, counts.failed) == (2, 1)
    with Store(db) as store:
        rows = store.conn.execute("SELECT source, url, crawled, title, published FROM articles ORDER BY id").fetchall()
    assert rows[0][:3] == (f"{path}#3", "https://www.antaranews.com/berita/527615", DATE)
    assert rows[0][3].startswith("29 penerbangan") and rows[0][4] == "2015-11-05"   # not the capture date
    assert ingest([str(path)], str(db)).skipped == 3


def test_warc_through_process_command(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz")
    r = run_warta("process", str(path), "--format", "jsonl")
    assert r.returncode == 1 and r.stdout.count(b"\n") == 3 and b"#7: HTTP status 404" in r.stderr


def test_damaged_warc_is_an_error_not_a_crash(tmp_path):
    path = write_warc(tmp_path / "crawl.warc", gz=False)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(path.read_bytes() + b"this is not a WARC record\r\n\r\n")
    docs = list(iter_documents([str(broken)]))
    assert [d.source for d in docs[:3]] == [f"{broken}#3", f"{broken}#7", f"{broken}#9"]
    assert docs[-1].source == f"{broken}#10" and "not a readable WARC record" in docs[-1].error
