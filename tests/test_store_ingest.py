"""The corpus store: ingest, re-run, replacement, errors, story clusters, migrations, search, export."""

import json
import shutil
import sqlite3

import pytest

from conftest import FIXTURES, run_warta
from warta.engines.local import ingest
from warta.store import SearchError, Store, search
from warta.store.export import export
from warta.store.schema import MIGRATIONS, SCHEMA_VERSION, m0001_core, migrate

VIVA = (FIXTURES / "viva-2015-rusia-isis.txt").read_text(encoding="utf-8")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(FIXTURES / "antara-singlepage.html", folder / "antara.html")
    (folder / "viva.txt").write_text(VIVA, encoding="utf-8")
    # a syndicated copy: the same story, another outlet's furniture, a number changed
    (folder / "viva-copy.txt").write_text(VIVA.replace("2015", "2016") + "\n\nBaca juga: Berita lain\n",
                                          encoding="utf-8")
    other = "Banjir melanda Kota Semarang sejak Senin pagi. Ratusan rumah warga terendam air setinggi satu meter.\n\n" \
            "Wali Kota Semarang meminta warga waspada. \"Kami siapkan posko pengungsian,\" katanya di Semarang."
    (folder / "banjir.txt").write_text(other, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n")
    (folder / "dump.jsonl").write_text(json.dumps({"text": other.replace("satu meter", "dua meter"),
                                                   "title": "Banjir di Semarang", "date": "2024-02-05"}) +
                                       "\n{not json\n", encoding="utf-8")
    return folder


def test_ingest_is_idempotent_and_keeps_errors(corpus, tmp_path):
    db = tmp_path / "w.db"
    first = ingest([str(corpus)], str(db))
    assert (first.seen, first.stored, first.failed) == (7, 5, 2)
    again = ingest([str(corpus)], str(db))
    assert (again.seen, again.stored, again.skipped, again.failed) == (7, 0, 7, 0)
    with Store(db) as store:
        c = store.conn
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        errors = dict(c.execute("SELECT source, reason FROM errors"))
        assert errors[str(corpus / "empty.txt")] == "empty document"
        assert "not valid JSON" in errors[str(corpus / "dump.jsonl") + "#2"]
        runs = c.execute("SELECT seen, stored, skipped, failed, finished IS NOT NULL FROM runs ORDER BY id").fetchall()
        assert runs == [(7, 5, 0, 2, 1), (7, 0, 7, 0, 1)]
        assert c.execute("SELECT count(*) FROM paragraphs").fetchone()[0] > 10
        assert c.execute("SELECT count(*) FROM removed").fetchone()[0] > 0
        # paragraph offsets index into the stored text
        row = c.execute("SELECT text FROM paragraph_texts WHERE n = 0 LIMIT 1").fetchone()
        assert row[0].strip()
        rec = store.record(store.article_id(str(corpus / "viva.txt")))
        assert rec["title"] and rec["text"] and rec["paragraphs"] and "entities" in rec


def test_changed_document_replaces_its_old_version(corpus, tmp_path):
    db = tmp_path / "w.db"
    ingest([str(corpus)], str(db))
    with Store(db) as store:
        old_id = store.article_id(str(corpus / "banjir.txt"))
    (corpus / "banjir.txt").write_text("Gempa bumi mengguncang Kabupaten Cianjur pada Selasa siang. "
                                       "Warga berhamburan keluar rumah.", encoding="utf-8")
    (corpus / "empty.txt").write_text("Kini berkas ini berisi berita singkat tentang pasar murah di Bogor.")
    counts = ingest([str(corpus)], str(db))
    assert (counts.stored, counts.replaced, counts.skipped) == (2, 2, 5)
    with Store(db) as store:
        c = store.conn
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
        assert c.execute("SELECT count(*) FROM errors").fetchone()[0] == 1
        new_id = store.article_id(str(corpus / "banjir.txt"))
        assert new_id != old_id
        assert c.execute("SELECT count(*) FROM paragraphs WHERE article_id=?", (old_id,)).fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM lsh WHERE article_id=?", (old_id,)).fetchone()[0] == 0
        assert [h.id for h in search(c, "Cianjur")] == [new_id]
        assert search(c, "posko") == [] or all(h.id != old_id for h in search(c, "posko"))
        c.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_duplicates_form_one_story_with_a_canonical_member(corpus, tmp_path):
    db = tmp_path / "w.db"
    ingest([str(corpus)], str(db))
    with Store(db) as store:
        c = store.conn
        story = dict(c.execute("SELECT source, story_id FROM articles"))
        viva, copy = story[str(corpus / "viva.txt")], story[str(corpus / "viva-copy.txt")]
        assert viva == copy                                                   # syndicated copy
        assert story[str(corpus / "banjir.txt")] == story[str(corpus / "dump.jsonl") + "#1"]   # near-duplicate
        assert story[str(corpus / "antara.html")] not in (viva, story[str(corpus / "banjir.txt")])
        canonical = c.execute("SELECT canonical_id FROM stories WHERE id=?", (viva,)).fetchone()[0]
        assert canonical == store.article_id(str(corpus / "viva-copy.txt"))  # neither dated: the first stored
        # the dated member is canonical in the flood story
        flood = story[str(corpus / "banjir.txt")]
        canonical = c.execute("SELECT canonical_id FROM stories WHERE id=?", (flood,)).fetchone()[0]
        assert canonical == store.article_id(str(corpus / "dump.jsonl") + "#1")
        assert store.summary()["duplicates"] == 2


def test_migrations_bring_an_old_store_up_to_date(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied REAL NOT NULL)")
    m0001_core(conn)                   # a store made by the first release: only migration 1
    conn.execute("INSERT INTO migrations VALUES (1, 'm0001_core', 0)")
    assert migrate(conn) == list(range(2, SCHEMA_VERSION + 1))
    assert migrate(conn) == []
    names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY version")]
    assert names == [fn.__name__ for fn in MIGRATIONS]
    conn.close()
    with Store(db) as store:
        store.conn.execute("SELECT * FROM articles_fts LIMIT 1")


def test_search_filters_ranking_and_bad_queries(corpus, tmp_path):
    db = tmp_path / "w.db"
    ingest([str(corpus)], str(db))
    with Store(db, readonly=True) as store:
        c = store.conn
        hits = search(c, "banjir")
        assert {h.source for h in hits} == {str(corpus / "banjir.txt"), str(corpus / "dump.jsonl") + "#1"}
        assert hits[0].source.endswith("#1")          # the word is in its title: ranked first
        assert "[" in hits[0].snippet
        assert [h.source for h in search(c, "banjir", since="2024-01-01")] == [str(corpus / "dump.jsonl") + "#1"]
        assert search(c, "banjir", until="2023-12") == []
        assert search(c, "Lombok", outlet="antara")[0].source.endswith("antara.html")
        assert search(c, "Lombok", outlet="Kompas.com") == []
        assert len(search(c, "Rusia OR banjir", limit=2)) == 2
        assert search(c, '"posko pengungsian"')          # phrase over the quote text
        for bad in ['"unclosed', "'; DROP TABLE articles; --", "AND", "nosuchcol: x", "*", "NEAR(a b"]:
            with pytest.raises(SearchError, match="cannot parse"):
                search(c, bad)
        with pytest.raises(SearchError):
            search(c, "banjir", since="kemarin")
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


def test_cli_ingest_search_export(corpus, tmp_path):
    db = str(tmp_path / "w.db")
    r = run_warta("ingest", str(corpus), "--db", db, "--summary")
    assert r.returncode == 1, r.stderr                 # some documents failed
    out = r.stdout.decode()
    assert "5 articles in 3 stories" in out and "top entities" in out and "top quoted speakers" in out
    assert b"done: 7 documents" in r.stderr and b"Traceback" not in r.stderr
    r = run_warta("search", "banjir", "--db", db, "--json")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 2
    for bad in ["'; DROP TABLE articles; --", '"oops', "title: AND"]:
        r = run_warta("search", bad, "--db", db)
        assert r.returncode == 2 and b"cannot parse" in r.stderr and b"Traceback" not in r.stderr
    r = run_warta("search", "x", "--db", str(tmp_path / "none.db"))
    assert r.returncode == 2 and b"no store" in r.stderr and not (tmp_path / "none.db").exists()
    r = run_warta("export", "--db", db, "--format", "jsonl", "--what", "articles")
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(records) == 5 and all(rec["text"] and "store" in rec for rec in records)
    assert [k for k in records[0] if k in ("dateline", "text", "paragraphs")] == ["dateline", "text", "paragraphs"]
    out = tmp_path / "events.csv"
    r = run_warta("export", "--db", db, "--format", "csv", "--what", "events", "--out", str(out))
    assert r.returncode == 0
    assert out.read_text().splitlines()[0] == ("event_id,date,actor_code,actor_name,type,cameo_root,quad_class,target_code,target_name,"
                                               "place,source,url,outlet,article_id,sentence")
    r = run_warta("export", "--db", db, "--format", "xml")
    assert r.returncode == 2


def test_export_formats_and_stored_lists(tmp_path):
    """Entities, quotes and events in a record are stored and exported (stages fill them later)."""
    from warta.store.repository import Processed

    text = "Presiden Joko Widodo bertemu Vladimir Putin di Moskow. \"Kami sepakat,\" kata Jokowi."
    record = {"source": "x.txt", "error": None, "title": "Jokowi dan Putin", "text": text, "published": "2015-11-05",
              "paragraphs": [{"text": text, "start": 0, "end": len(text)}], "removed": [], "authors": ["A"],
              "entities": [{"text": "Joko Widodo", "label": "PER", "start": 9, "end": 20, "id": "Q1", "name": "Joko Widodo"},
                           {"text": "Jokowi", "label": "PER", "start": 78, "end": 84, "id": "Q1", "name": "Joko Widodo"},
                           {"text": "Moskow", "label": "GPE", "start": 47, "end": 53, "id": None, "name": None}],
              "quotes": [{"kind": "direct", "text": "Kami sepakat,", "start": 56, "end": 69, "cue": "kata",
                          "speaker": {"name": "Joko Widodo", "id": "Q1", "role": "Presiden"}}],
              "events": [{"actor": {"name": "Indonesia", "code": "IDNGOV"}, "type": "CONSULT",
                          "target": {"name": "Russia", "code": "RUSGOV"}, "sentence": text[:55], "start": 0,
                          "end": 55, "date": "2015-11-05", "place": "Moskow"}]}
    db = tmp_path / "w.db"
    with Store(db) as store:
        store.write_batch([Processed(source="x.txt", input_hash="h", record=record)])
        c = store.conn
        assert c.execute("SELECT id, name, label FROM entities").fetchall() == [("Q1", "Joko Widodo", "PER")]
        assert c.execute("SELECT count(*) FROM mentions").fetchone()[0] == 3
        s = store.summary()
        assert s["top_entities"][0] == {"id": "Q1", "name": "Joko Widodo", "label": "PER", "mentions": 2}
        assert s["top_speakers"] == [{"name": "Joko Widodo", "quotes": 1}]
        assert search(c, "sepakat", entity="Q1") and search(c, "sepakat", entity="Moskow")
        assert search(c, "sepakat", entity="Prabowo") == []
        for what in ("articles", "entities", "quotes", "events"):
            for fmt, target in (("jsonl", tmp_path / f"{what}.jsonl"), ("csv", tmp_path / f"{what}.csv")):
                with open(target, "w", encoding="utf-8", newline="") as fh:
                    assert export(c, what, fmt, fh) >= 1
            assert export(c, what, "parquet", str(tmp_path / f"{what}.parquet")) >= 1
    import pyarrow.parquet as pq

    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert events[0] | {"event_id": 0} == {
        "event_id": 0, "date": "2015-11-05", "actor_code": "IDNGOV", "actor_name": "Indonesia", "type": "CONSULT",
        "cameo_root": "04", "quad_class": 1, "target_code": "RUSGOV", "target_name": "Russia", "place": "Moskow", "source": "x.txt", "url": None,
        "outlet": None, "article_id": 1, "sentence": text[:55]}
    entities = [json.loads(line) for line in (tmp_path / "entities.jsonl").read_text().splitlines()]
    assert entities[0] == {"id": "Q1", "name": "Joko Widodo", "label": "PER", "mentions": 2, "articles": 1}
    assert entities[1]["id"] is None and entities[1]["name"] == "Moskow"
    quotes = (tmp_path / "quotes.csv").read_text().splitlines()
    assert len(quotes) == 2 and "Presiden" in quotes[1]
