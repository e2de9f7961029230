"""Web UI and REST API (warta serve): a real uvicorn server on a free loopback port, in a thread,
over a real store built by ingesting tests/fixtures/, samples/ and one hostile article."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

import pytest

from conftest import FIXTURES, ROOT, WARTA

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")

from warta.engines.local import ingest  # noqa: E402
from warta.web import queries  # noqa: E402
from warta.web.app import create_app  # noqa: E402

EVIL_SOURCE_NAME = "evil.jsonl"
EVIL = {
    "title": "Uji <script>alert(1)</script> keamanan",
    "url": "javascript:alert(1)",
    "date": "2025-03-04",
    "text": ("Jakarta - Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta pada Selasa. "
             "<script>alert(1)</script> Pertemuan itu membahas kerja sama dengan Rusia.\n\n"
             "Warga menulis <img src=x onerror=alert(1)> di forum dan membagikan tautan "
             "<a href=\"javascript:alert(1)\">klik di sini</a> kepada wartawan.\n\n"
             "\"Kami akan terus bekerja sama <b onmouseover=alert(1)>dengan</b> Indonesia,\" kata Retno Marsudi "
             "di Jakarta.\n\nBaca juga: <script>alert(2)</script> Berita lain"),
}


def build_store(folder) -> str:
    """samples/ + tests/fixtures/ + the hostile article, ingested with the store's own ingest."""
    corpus = folder / "corpus"
    shutil.copytree(ROOT / "samples", corpus / "samples")
    shutil.copytree(FIXTURES, corpus / "fixtures")
    (corpus / EVIL_SOURCE_NAME).write_text(json.dumps(EVIL, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(folder / "web.db")
    counts = ingest([str(corpus)], db)
    assert counts.failed == 0 and counts.stored >= 10
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: str):
    """A real uvicorn server for ``db`` on a free loopback port, in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("web"))
    with serve(db) as base:
        yield base, db


class Response:
    def __init__(self, status: int, body: bytes, headers):
        self.status, self.body, self.headers = status, body, headers

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)


def get(base: str, path: str, **params) -> Response:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return Response(r.status, r.read(), r.headers)
    except urllib.error.HTTPError as e:
        return Response(e.code, e.read(), e.headers)


def evil_id(db: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id FROM articles WHERE source LIKE ?", (f"%{EVIL_SOURCE_NAME}#1",)).fetchone()[0]
    finally:
        conn.close()


# every route under /api/ and the test that covers it (checked against the app and /openapi.json)
API_ROUTES = {
    "/api/articles": "test_api_articles_list_and_pagination",
    "/api/articles/{article_id}": "test_api_article_one",
    "/api/search": "test_api_search_facets_and_filters",
    "/api/entities": "test_api_entities_list",
    "/api/entities/{entity_id}": "test_api_entity_one",
    "/api/quotes": "test_api_quotes_by_speaker",
    "/api/events": "test_api_events_filters",
    "/api/overview": "test_api_overview",
}


def test_every_api_route_is_tested_and_documented(site):
    base, db = site
    from warta.web import api
    assert {r.path for r in api.router.routes} == set(API_ROUTES)
    for name in API_ROUTES.values():
        assert name in globals(), name
    spec = get(base, "/openapi.json").json()
    assert set(API_ROUTES) <= set(spec["paths"])
    assert not any(p for p in spec["paths"] if not p.startswith("/api/"))    # pages stay out of the API docs
    assert get(base, "/docs").status == 200


def test_api_articles_list_and_pagination(site):
    base, _ = site
    r = get(base, "/api/articles", limit=5)
    assert r.status == 200 and r.headers["content-type"].startswith("application/json")
    page1 = r.json()
    assert page1["total"] >= 12 and page1["limit"] == 5 and page1["offset"] == 0 and len(page1["items"]) == 5
    page2 = get(base, "/api/articles", limit=5, offset=5).json()
    assert not {a["id"] for a in page1["items"]} & {a["id"] for a in page2["items"]}
    assert get(base, "/api/articles", limit=5, offset=10_000).json()["items"] == []
    kompas = get(base, "/api/articles", outlet="kompas.com").json()
    assert kompas["total"] >= 2 and all(a["outlet"] == "Kompas.com" for a in kompas["items"])
    dated = get(base, "/api/articles", since="2015-11-01", until="2015-11").json()
    assert dated["total"] >= 3 and all(a["published"].startswith("2015-11") for a in dated["items"])
    assert get(base, "/api/articles", entity="RUS").json()["total"] >= 3
    assert get(base, "/api/articles", label="per").json()["total"] >= 3
    for params, status, words in [({"limit": 0}, 422, "limit"), ({"limit": 101}, 422, "limit"),
                                  ({"offset": -1}, 422, "offset"), ({"limit": "ten"}, 422, "limit"),
                                  ({"since": "yesterday"}, 400, "since"), ({"until": "2015-13-99x"}, 422, "until"),
                                  ({"label": "XYZ"}, 400, "label")]:
        r = get(base, "/api/articles", **params)
        assert r.status == status, (params, r.text)
        assert words in r.json()["detail"]


def test_api_article_one(site):
    base, db = site
    first = get(base, "/api/articles", outlet="VIVA.co.id", limit=1).json()["items"][0]
    rec = get(base, f"/api/articles/{first['id']}").json()
    # CONTRACT fields, in CONTRACT order for dateline/text/paragraphs, plus the store's ids
    for key in ("source", "error", "warnings", "title", "outlet", "authors", "language", "published", "dateline",
                "text", "paragraphs", "removed", "photos", "dates", "entities", "quotes", "events"):
        assert key in rec, key
    assert rec["store"]["id"] == first["id"] and rec["text"] and rec["entities"] and rec["events"]
    ent = next(e for e in rec["entities"] if not e.get("source"))     # title/caption entities index those
    assert rec["text"][ent["start"]:ent["end"]] == ent["text"] and ent["id"] and ent["name"]
    ev = rec["events"][0]
    assert set(ev) >= {"actor", "type", "target", "sentence", "start", "end", "date", "place"}
    assert get(base, "/api/articles/999999").status == 404
    assert "no article" in get(base, "/api/articles/999999").json()["detail"]
    for bad in ("abc", "0", "-3", "99999999999999999999999"):
        r = get(base, f"/api/articles/{bad}")
        assert r.status == 422 and "article_id" in r.json()["detail"], bad
    evil = get(base, f"/api/articles/{evil_id(db)}").json()
    assert "<script>alert(1)</script>" in evil["text"]           # JSON gives the text as stored


def test_api_search_facets_and_filters(site):
    base, _ = site
    r = get(base, "/api/search", q="Rusia", limit=3)
    assert r.status == 200
    body = r.json()
    assert body["total"] >= 3 and len(body["items"]) == 3 and body["query"] == "Rusia"
    hit = body["items"][0]
    assert hit["score"] > 0 and "[" in hit["snippet"] and "snippet_parts" not in hit
    assert [h["score"] for h in body["items"]] == sorted((h["score"] for h in body["items"]), reverse=True)
    assert get(base, "/api/search", q="Rusia", limit=3, offset=3).json()["items"][0]["id"] not in \
        {h["id"] for h in body["items"]}
    facets = body["facets"]
    assert {f["value"] for f in facets["outlet"]} >= {"VIVA.co.id"}
    assert {f["value"] for f in facets["label"]} >= {"GPE", "PER"}
    assert "RUS" in {f["value"] for f in facets["entity"]}
    viva = get(base, "/api/search", q="Rusia", outlet="VIVA.co.id").json()
    assert viva["items"] and all(h["outlet"] == "VIVA.co.id" for h in viva["items"])
    # the outlet facet ignores its own filter, so other outlets stay selectable
    assert len(viva["facets"]["outlet"]) == len(facets["outlet"])
    assert get(base, "/api/search", q="Rusia", entity="per:mikail-galuzin").json()["total"] >= 1
    assert get(base, "/api/search", q="Rusia", since="2030-01-01").json()["total"] == 0
    assert get(base, "/api/search", q="penerbangan", label="EVT", facets="false").json().get("facets") is None
    for params, status, words in [({"q": '"oops'}, 400, "cannot parse"), ({"q": "title: AND"}, 400, "cannot parse"),
                                  ({"q": ""}, 422, "q"), ({}, 422, "q"), ({"q": "   "}, 400, "q"),
                                  ({"q": "a", "since": "05-11-2015"}, 400, "since"),
                                  ({"q": "a", "limit": 1000}, 422, "limit"), ({"q": "x" * 600}, 422, "q")]:
        r = get(base, "/api/search", **params)
        assert r.status == status, (params, r.status, r.text)
        assert words in r.json()["detail"], (params, r.text)
    # hostile input is data, not SQL
    r = get(base, "/api/search", q="'; DROP TABLE articles; --")
    assert r.status in (200, 400)
    assert get(base, "/api/articles").json()["total"] >= 12


def test_api_entities_list(site):
    base, _ = site
    body = get(base, "/api/entities", limit=5).json()
    assert body["total"] > 20 and len(body["items"]) == 5
    counts = [e["mentions"] for e in body["items"]]
    assert counts == sorted(counts, reverse=True) and body["items"][0]["id"] == "RUS"
    assert {e["label"] for e in get(base, "/api/entities", label="PER", limit=50).json()["items"]} == {"PER"}
    assert get(base, "/api/entities", q="galuzin").json()["items"][0]["id"] == "per:mikail-galuzin"
    assert get(base, "/api/entities", q="%").json()["total"] == 0       # LIKE wildcards are escaped
    assert get(base, "/api/entities", label="XX").status == 400
    assert get(base, "/api/entities", limit=500).status == 422


def test_api_entity_one(site):
    base, _ = site
    ent = get(base, "/api/entities/per:mikail-galuzin").json()
    assert ent["name"] == "Mikail Galuzin" and ent["label"] == "PER" and ent["mentions"] > 5
    assert {"Galuzin"} <= {a["text"] for a in ent["aliases"]}
    assert "Duta Besar Rusia untuk Indonesia" in {r["role"] for r in ent["roles"]}
    assert "RUS" in {c["id"] for c in ent["co_mentioned"]}
    assert ent["quotes"]["total"] > 5 and ent["quotes"]["items"][0]["speaker"]["id"] == "per:mikail-galuzin"
    assert ent["events"]["total"] >= 1
    rus = get(base, "/api/entities/RUS").json()
    assert rus["timeline"] and all(set(p) == {"date", "mentions", "articles"} for p in rus["timeline"])
    assert any(e["actor"] and e["actor"]["code"].startswith("RUS") for e in rus["events"]["items"])
    assert get(base, "/api/entities/nobody").status == 404
    assert get(base, "/api/entities/" + "x" * 300).status == 422


def test_api_quotes_by_speaker(site):
    base, _ = site
    body = get(base, "/api/quotes", limit=100).json()
    assert body["total"] >= 20
    q = body["items"][0]
    assert set(q) >= {"kind", "text", "start", "end", "cue", "speaker", "article"}
    by_id = get(base, "/api/quotes", speaker="per:mikail-galuzin").json()
    by_name = get(base, "/api/quotes", speaker="mikail galuzin").json()
    assert by_id["total"] == by_name["total"] > 5
    assert all(x["speaker"]["name"] == "Mikail Galuzin" for x in by_id["items"])
    direct = get(base, "/api/quotes", kind="direct").json()
    assert direct["items"] and all(x["kind"] == "direct" for x in direct["items"])
    assert get(base, "/api/quotes", kind="said").status == 400
    aid = q["article"]["id"]
    assert all(x["article"]["id"] == aid for x in get(base, "/api/quotes", article=aid).json()["items"])
    assert get(base, "/api/quotes", article="x").status == 422


def test_api_events_filters(site):
    base, _ = site
    body = get(base, "/api/events").json()
    assert body["total"] >= 3
    assault = get(base, "/api/events", type="assault").json()
    assert assault["items"] and all(e["type"] == "ASSAULT" for e in assault["items"])
    rus = get(base, "/api/events", actor="RUS").json()        # a country code matches its sectors too
    assert rus["items"] and all(e["actor"]["code"].startswith("RUS") for e in rus["items"])
    assert any(e["actor"]["code"] == "RUSDIP" for e in rus["items"])
    isis = get(base, "/api/events", target="ISIL", type="ASSAULT").json()
    assert isis["items"] and all(e["target"]["code"] == "ISIL" for e in isis["items"])
    assert get(base, "/api/events", actor="mikail galuzin").json()["total"] >= 1
    r = get(base, "/api/events", type="BOMB")
    assert r.status == 400 and "PLOVER" in r.json()["detail"]
    assert get(base, "/api/events", offset=2_000_000).status == 422


def test_api_overview(site):
    base, _ = site
    body = get(base, "/api/overview").json()
    assert body["articles"] >= 12 and body["outlets"] and body["per_day"] and body["top_entities"]
    assert sum(o["articles"] for o in body["outlets"]) == body["articles"]


def test_pages_render_and_bad_parameters_answer_4xx(site):
    base, db = site
    rus_article = get(base, "/api/search", q="Galuzin", limit=1).json()["items"][0]["id"]
    for path, params in [("/", {}), ("/search", {"q": "Rusia", "outlet": "VIVA.co.id", "label": "PER"}),
                         ("/search", {"entity": "RUS", "page": 1}), (f"/articles/{rus_article}", {}),
                         ("/entities", {"label": "GPE"}), ("/entities/RUS", {}), ("/quotes", {"speaker": "Galuzin"}),
                         ("/events", {"type": "ASSAULT", "actor": "RUS"}), ("/overview", {})]:
        r = get(base, path, **params)
        assert r.status == 200 and r.headers["content-type"].startswith("text/html"), (path, r.status)
        assert "Content-Security-Policy" in r.headers and "script-src 'self'" in r.headers["Content-Security-Policy"]
    page = get(base, f"/articles/{rus_article}").text
    assert 'class="ent ent-PER"' in page and 'href="/entities/per%3Amikail-galuzin"' in page
    assert 'title="Mikail Galuzin · per:mikail-galuzin · PER"' in page
    assert 'class="q q-' in page and 'class="ev ev-' in page and "Removed residue" in page
    assert '<svg class="chart" id="mentions-chart"' in get(base, "/entities/RUS").text
    for path, params, status in [("/search", {"q": '"oops'}, 400), ("/search", {"page": "x"}, 400),
                                 ("/search", {"page": 0}, 400), ("/search", {"since": "never"}, 400),
                                 ("/articles/abc", {}, 400), ("/articles/424242", {}, 404),
                                 ("/entities/nobody", {}, 404), ("/events", {"type": "BOMB"}, 400),
                                 ("/quotes", {"kind": "x"}, 400), ("/no-such-page", {}, 404)]:
        r = get(base, path, **params)
        assert r.status == status, (path, params, r.status)
        assert r.headers["content-type"].startswith("text/html") and 'id="error-message"' in r.text


def test_hostile_article_renders_inert(site):
    base, db = site
    aid = evil_id(db)
    html = get(base, f"/articles/{aid}").text
    # the only script on the page is ours; the article's markup arrives as text
    assert html.count("<script") == 1 and '<script src="/static/article.js" defer></script>' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;a href=&#34;javascript:alert(1)&#34;&gt;" in html
    assert "&lt;b onmouseover=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html          # in the removed residue, escaped too
    low = html.lower()
    assert "<img" not in low and "onerror=" not in low.replace("onerror=alert(1)&gt;", "")
    assert 'href="javascript:' not in low and "href='javascript:" not in low
    assert "original page" not in html and "url (not a web link)" in html   # javascript: URL never a link
    assert 'class="ent ent-PER"' in html                                     # still highlighted
    for path, params in [("/search", {"q": "alert"}), ("/search", {"q": "<script>alert(1)</script>"}),
                         ("/quotes", {"speaker": "<script>alert(1)</script>"}),
                         ("/entities", {"q": "\"><img src=x onerror=alert(1)>"})]:
        r = get(base, path, **params)
        assert r.status in (200, 400)
        assert "<script>alert" not in r.text and "<img src=x" not in r.text


def test_store_is_opened_read_only(site):
    _, db = site
    conn = queries.connect(db)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")
    conn.close()
    with pytest.raises(FileNotFoundError):
        queries.connect(db + ".missing")


def test_warta_serve_command(tmp_path, site):
    _, db = site
    r = subprocess.run(WARTA + ["serve", "--db", str(tmp_path / "none.db")], capture_output=True, timeout=60)
    assert r.returncode == 2 and b"no store" in r.stderr and not (tmp_path / "none.db").exists()
    port = free_port()
    proc = subprocess.Popen(WARTA + ["serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline, body = time.monotonic() + 60, None
        while time.monotonic() < deadline and body is None:
            try:
                body = get(f"http://127.0.0.1:{port}", "/api/overview").json()
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        assert body and body["articles"] >= 12
    finally:
        proc.terminate()
        proc.wait(10)
    assert sys.executable


def test_search_cost_is_bounded_by_rank_window_and_facet_sample(site, monkeypatch):
    """A common word is ranked among its newest RANK_WINDOW matches and faceted over the first
    FACET_SAMPLE results; the total still counts every match."""
    from warta.web import queries
    from warta.web.queries import Filters

    _, db = site
    conn = queries.connect(db)
    full = queries.search(conn, Filters("Rusia"), limit=50)
    assert full["total"] >= 4
    newest = [r[0] for r in conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Rusia' ORDER BY rowid DESC LIMIT 2")]
    monkeypatch.setattr(queries, "RANK_WINDOW", 2)
    monkeypatch.setattr(queries, "FACET_SAMPLE", 1)
    small, facets = queries.search_with_facets(conn, Filters("Rusia"), limit=20)
    assert small["total"] == full["total"]
    assert sorted(h["id"] for h in small["items"]) == sorted(newest)
    assert small["items"][0]["score"] >= small["items"][1]["score"]
    assert facets["sample"] == 1 and sum(f["count"] for f in facets["outlet"]) == 1
    conn.close()


def test_cached_search_results_follow_the_store(tmp_path):
    """Rankings, counts and facets are cached per query, but never outlive a change to the store."""
    from warta.web.result_cache import results

    def write(name: str, n: int) -> None:
        path = tmp_path / name
        path.write_text("".join(json.dumps({"title": f"Banjir {i}", "text": (
            f"Jakarta - Banjir melanda kampung {i} di Jakarta Utara pada Senin. Warga mengungsi ke masjid.\n\n"
            f"Petugas BPBD membantu {i} keluarga."), "date": "2025-02-0" + str(1 + i % 9)}) + "\n"
            for i in range(n)), encoding="utf-8")
        ingest([str(path)], str(tmp_path / "s.db"))

    write("a.jsonl", 2)
    conn = queries.connect(str(tmp_path / "s.db"))
    first, facets = queries.search_with_facets(conn, queries.Filters("banjir"))
    hits_before = results.hits
    again, facets_again = queries.search_with_facets(conn, queries.Filters("banjir"))
    assert results.hits > hits_before and again["total"] == first["total"] == 2
    assert facets_again == facets
    write("b.jsonl", 3)           # another run adds three articles: the cached ones are stale
    after, facets_after = queries.search_with_facets(conn, queries.Filters("banjir"))
    assert after["total"] == 5 and len(after["items"]) == 5
    assert sum(f["count"] for f in facets_after["outlet"]) == 5
    conn.close()
