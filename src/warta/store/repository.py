"""The store: one SQLite file (WAL) that holds processed articles and everything extracted from them.

All writes go through :meth:`Store.write_batch`, which applies one batch of processed documents in
a single transaction together with the run's progress counters. A process killed at any moment
therefore leaves either the whole batch or none of it, and the next run skips what is stored
(same source, same input hash), replaces what changed (same source, new input) and adds the rest.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.model import Article
from warta.store import dedup
from warta.store.schema import migrate

MAX_CANDIDATES = 20   # near-duplicate candidates compared per new article


@dataclass
class Processed:
    """One document after the pipeline, ready for the store (also one row of a Parquet shard)."""

    source: str
    input_hash: str
    record: dict                    # Article.to_json()
    signature: bytes | None = None  # MinHash of the body (None for errors and empty bodies)
    crawled: str | None = None      # WARC-Date of the capture


@dataclass
class Counts:
    seen: int = 0
    stored: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    last_source: str | None = None

    def add(self, other: "Counts") -> None:
        for name in ("seen", "stored", "replaced", "skipped", "failed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.last_source = other.last_source or self.last_source


def input_hash(article: Article) -> str:
    """Content hash of a document as read: source, kind, raw input and the metadata that came with it.

    A document read again unchanged gets the same hash (and is skipped); any change to its bytes
    or its JSONL/WARC metadata gives a new one (and replaces the stored version).
    """
    h = hashlib.sha256()
    for part in (article.source, article.input_kind, article.raw,
                 json.dumps(article.meta, sort_keys=True, ensure_ascii=False, default=str),
                 article.error or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        if not Path(path).exists():
            raise FileNotFoundError(f"no store at {path}")
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=60)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")   # durable against a killed process (WAL); not power loss
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=60000")
    return conn


class Store:
    """A Warta store file. ``Store(path)`` creates or migrates it; use as a context manager."""

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        self.conn = connect(path, readonly)
        if not readonly:
            migrate(self.conn)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- lookups -----------------------------------------------------------------------------

    def known(self, source: str, hash_: str) -> bool:
        """Is this exact input (source and content) already stored, as an article or an error?"""
        c = self.conn
        return (c.execute("SELECT 1 FROM articles WHERE source=? AND input_hash=?", (source, hash_)).fetchone()
                is not None or
                c.execute("SELECT 1 FROM errors WHERE source=? AND input_hash=?", (source, hash_)).fetchone()
                is not None)

    def article_id(self, source: str) -> int | None:
        row = self.conn.execute("SELECT id FROM articles WHERE source=?", (source,)).fetchone()
        return row[0] if row else None

    def record(self, article_id: int) -> dict | None:
        """The stored CONTRACT record of one article, with its story and capture date."""
        row = self.conn.execute("SELECT text, record, story_id, crawled, id FROM articles WHERE id=?",
                                (article_id,)).fetchone()
        return decode_record(row) if row else None

    # -- runs --------------------------------------------------------------------------------

    def start_run(self, command: str, inputs: Sequence[str]) -> int:
        now = time.time()
        cur = self.conn.execute("INSERT INTO runs(command, inputs, started, updated) VALUES (?, ?, ?, ?)",
                                (command, json.dumps(list(inputs), ensure_ascii=False), now, now))
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: Counts | None = None) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        if counts is not None:
            self._count(run_id, counts)
        self.conn.execute("UPDATE runs SET finished=?, updated=? WHERE id=?", (time.time(), time.time(), run_id))
        self.conn.execute("COMMIT")

    def _count(self, run_id: int, c: Counts) -> None:
        self.conn.execute(
            "UPDATE runs SET seen=seen+?, stored=stored+?, replaced=replaced+?, skipped=skipped+?, "
            "failed=failed+?, last_source=coalesce(?, last_source), updated=? WHERE id=?",
            (c.seen, c.stored, c.replaced, c.skipped, c.failed, c.last_source, time.time(), run_id))

    # -- writes ------------------------------------------------------------------------------

    def write_batch(self, items: Iterable[Processed], run_id: int | None = None,
                    extra: Counts | None = None) -> Counts:
        """Store a batch in one transaction; ``extra`` (documents seen and skipped before the
        pipeline) is added to the run's counters in the same transaction."""
        counts = Counts()
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for item in items:
                counts.seen += 1
                counts.last_source = item.source
                self._write_one(item, run_id, counts)
            total = Counts()
            total.add(counts)
            if extra is not None:
                total.add(extra)
            if run_id is not None:
                self._count(run_id, total)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return total

    def _write_one(self, item: Processed, run_id: int | None, counts: Counts) -> None:
        conn = self.conn
        if self.known(item.source, item.input_hash):
            counts.skipped += 1
            return
        old = conn.execute("SELECT id FROM articles WHERE source=?", (item.source,)).fetchone()
        had_error = conn.execute("DELETE FROM errors WHERE source=?", (item.source,)).rowcount
        if old:
            self._delete_article(old[0])
        if old or had_error:
            counts.replaced += 1
        error = item.record.get("error")
        if error:
            conn.execute("INSERT INTO errors(source, input_hash, reason, run_id, stored_at) VALUES (?, ?, ?, ?, ?)",
                         (item.source, item.input_hash, error, run_id, time.time()))
            counts.failed += 1
            return
        self._insert_article(item, run_id)
        counts.stored += 1

    def _insert_article(self, item: Processed, run_id: int | None) -> int:
        conn = self.conn
        rec = item.record
        text = rec.get("text") or ""
        quotes = rec.get("quotes") or []
        quotes_text = "\n".join(q.get("text") or "" for q in quotes)
        rest = {k: v for k, v in rec.items() if k != "text"}
        blob = zlib.compress(json.dumps(rest, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
        text_hash = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        cur = conn.execute(
            "INSERT INTO articles(source, input_hash, text_hash, url, title, outlet, published, event_date, "
            "language, authors, crawled, text, quotes_text, record, minhash, run_id, stored_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (item.source, item.input_hash, text_hash, rec.get("url"), rec.get("title"), rec.get("outlet"),
             rec.get("published"), rec.get("event_date"), rec.get("language"),
             json.dumps(rec.get("authors") or [], ensure_ascii=False), item.crawled, text, quotes_text,
             blob, item.signature, run_id, time.time()))
        aid = cur.lastrowid
        conn.execute("INSERT INTO articles_fts(rowid, title, text, quotes_text) VALUES (?, ?, ?, ?)",
                     (aid, rec.get("title"), text, quotes_text))
        conn.executemany('INSERT INTO paragraphs(article_id, n, start, "end") VALUES (?, ?, ?, ?)',
                         [(aid, n, p["start"], p["end"]) for n, p in enumerate(rec.get("paragraphs") or [])])
        for m in rec.get("entities") or []:
            if m.get("id"):
                conn.execute("INSERT INTO entities(id, name, label) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE "
                             "SET name=coalesce(entities.name, excluded.name), "
                             "label=coalesce(entities.label, excluded.label)",
                             (m["id"], m.get("name"), m.get("label")))
        conn.executemany('INSERT INTO mentions(article_id, entity_id, text, label, start, "end") '
                         'VALUES (?, ?, ?, ?, ?, ?)',
                         [(aid, m.get("id"), m["text"], m["label"], m["start"], m["end"])
                          for m in rec.get("entities") or []])
        conn.executemany('INSERT INTO quotes(article_id, kind, text, start, "end", cue, speaker_name, speaker_id, '
                         'speaker_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
                         [(aid, q["kind"], q["text"], q["start"], q["end"], q.get("cue"),
                           *_speaker(q.get("speaker"))) for q in quotes])
        conn.executemany('INSERT INTO events(article_id, type, actor_name, actor_code, target_name, target_code, '
                         'sentence, start, "end", date, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                         [(aid, e["type"], *_actor(e.get("actor")), *_actor(e.get("target")), e["sentence"],
                           e["start"], e["end"], e.get("date"), e.get("place"))
                          for e in rec.get("events") or []])
        conn.executemany("INSERT INTO removed(article_id, kind, text, line, rule) VALUES (?, ?, ?, ?, ?)",
                         [(aid, r["kind"], r["text"], r.get("line"), r.get("rule"))
                          for r in rec.get("removed") or []])
        self._cluster(aid, text_hash, item.signature, rec.get("published"))
        return aid

    def _cluster(self, aid: int, text_hash: str, sig: bytes | None, published: str | None) -> None:
        """Put the article in the story of its closest duplicate, or in a story of its own."""
        conn = self.conn
        best, best_sim = None, 0.0
        exact = conn.execute("SELECT id FROM articles WHERE text_hash=? AND id<>? ORDER BY id LIMIT 1",
                             (text_hash, aid)).fetchone()
        if exact:
            best, best_sim = exact[0], 1.0
        elif sig is not None:
            # the candidates sharing most LSH buckets first; at most MAX_CANDIDATES are compared, so
            # a story with thousands of copies costs no more per insert than one with a few
            keys = dedup.band_keys(sig)
            # CROSS JOIN from the keys pins the plan to primary-key lookups: with an IN list and
            # GROUP BY article_id, SQLite chose to scan all of lsh by its article index, which made
            # every insert cost time proportional to the store's size
            values = ", ".join("(?, ?)" for _ in keys)
            candidates = [r[0] for r in conn.execute(
                f"WITH k(band, key) AS (VALUES {values}) "
                f"SELECT l.article_id FROM k CROSS JOIN lsh AS l ON l.band=k.band AND l.key=k.key "
                f"GROUP BY l.article_id ORDER BY count(*) DESC, l.article_id LIMIT ?",
                [x for pair in keys for x in pair] + [MAX_CANDIDATES])]
            for cid in candidates:
                other = conn.execute("SELECT minhash FROM articles WHERE id=?", (cid,)).fetchone()
                if other and other[0]:
                    sim = dedup.similarity(sig, other[0])
                    if sim >= dedup.THRESHOLD and sim > best_sim:
                        best, best_sim = cid, sim
        if sig is not None:
            conn.executemany("INSERT OR IGNORE INTO lsh(band, key, article_id) VALUES (?, ?, ?)",
                             [(band, key, aid) for band, key in dedup.band_keys(sig)])
        if best is not None:
            story = conn.execute("SELECT story_id FROM articles WHERE id=?", (best,)).fetchone()[0]
        else:
            story = conn.execute("INSERT INTO stories(canonical_id) VALUES (?)", (aid,)).lastrowid
        conn.execute("UPDATE articles SET story_id=? WHERE id=?", (story, aid))
        self._elect_canonical(story)

    def _elect_canonical(self, story: int) -> None:
        """The canonical member: the earliest published (undated last), then the first stored."""
        row = self.conn.execute("SELECT id FROM articles WHERE story_id=? "
                                "ORDER BY published IS NULL, published, id LIMIT 1", (story,)).fetchone()
        if row is None:
            self.conn.execute("DELETE FROM stories WHERE id=?", (story,))
        else:
            self.conn.execute("UPDATE stories SET canonical_id=? WHERE id=?", (row[0], story))

    def _delete_article(self, aid: int) -> None:
        conn = self.conn
        title, text, quotes_text, story = conn.execute(
            "SELECT title, text, quotes_text, story_id FROM articles WHERE id=?", (aid,)).fetchone()
        conn.execute("INSERT INTO articles_fts(articles_fts, rowid, title, text, quotes_text) "
                     "VALUES ('delete', ?, ?, ?, ?)", (aid, title, text, quotes_text))
        conn.execute("DELETE FROM lsh WHERE article_id=?", (aid,))
        conn.execute("DELETE FROM articles WHERE id=?", (aid,))   # children go by ON DELETE CASCADE
        if story is not None:
            self._elect_canonical(story)

    # -- reading back ------------------------------------------------------------------------

    def summary(self, top: int = 10) -> dict:
        c = self.conn
        one = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "errors": one("SELECT count(*) FROM errors"),
            "stories": one("SELECT count(*) FROM stories"),
            "duplicates": one("SELECT count(*) FROM articles a JOIN stories s ON s.id=a.story_id "
                              "WHERE s.canonical_id<>a.id"),
            "outlets": [{"outlet": o, "articles": n} for o, n in c.execute(
                "SELECT coalesce(outlet, '(unknown)'), count(*) AS n FROM articles GROUP BY 1 "
                "ORDER BY n DESC, 1 LIMIT ?", (top,))],
            "top_entities": [{"id": i, "name": name, "label": label, "mentions": n} for i, name, label, n in c.execute(
                "SELECT coalesce(m.entity_id, ''), coalesce(e.name, m.text), m.label, count(*) AS n "
                "FROM mentions m LEFT JOIN entities e ON e.id=m.entity_id "
                "GROUP BY coalesce(m.entity_id, m.text), m.label ORDER BY n DESC, 2 LIMIT ?", (top,))],
            "top_speakers": [{"name": name, "quotes": n} for name, n in c.execute(
                "SELECT speaker_name, count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL "
                "GROUP BY speaker_name ORDER BY n DESC, 1 LIMIT ?", (top,))],
        }


def decode_record(row: Sequence) -> dict:
    """(text, record blob, story_id, crawled, id) -> the CONTRACT record plus store fields."""
    text, blob, story, crawled, aid = row
    rec = json.loads(zlib.decompress(blob).decode("utf-8"))
    out = {}
    for key, value in rec.items():
        out[key] = value
        if key == "dateline":           # keep CONTRACT field order: text follows dateline
            out["text"] = text
    out.setdefault("text", text)
    out["store"] = {"id": aid, "story": story, "crawled": crawled}
    return out


def _speaker(s: dict | None) -> tuple:
    return (s.get("name"), s.get("id"), s.get("role")) if s else (None, None, None)


def _actor(a: dict | None) -> tuple:
    return (a.get("name"), a.get("code")) if a else (None, None)
