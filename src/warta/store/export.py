"""Export the store as JSONL, CSV or Parquet: articles, entities, quotes or events.

Rows stream from SQLite (constant memory; Parquet is written in row groups). ``events`` is a
GDELT-style event table: one row per event with its date, actor code/name, PLOVER type (with its
CAMEO root code and GDELT QuadClass, resources/plover_cameo.tsv), target
code/name, place, the article's source and URL, and the sentence it was read from.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from typing import IO

from warta.resources import load_tsv
from warta.store.repository import decode_record

WHAT = ("articles", "entities", "quotes", "events")
FORMATS = ("jsonl", "csv", "parquet")

ARTICLE_COLUMNS = ("id", "story", "canonical", "source", "url", "title", "outlet", "published",
                   "event_date", "language", "authors", "crawled", "text")
ENTITY_COLUMNS = ("id", "name", "label", "mentions", "articles")
QUOTE_COLUMNS = ("article_id", "source", "outlet", "published", "kind", "speaker_name", "speaker_id",
                 "speaker_role", "cue", "text", "start", "end")
EVENT_COLUMNS = ("event_id", "date", "actor_code", "actor_name", "type", "cameo_root", "quad_class",
                 "target_code", "target_name", "place", "source", "url", "outlet", "article_id", "sentence")
COLUMNS = {"articles": ARTICLE_COLUMNS, "entities": ENTITY_COLUMNS, "quotes": QUOTE_COLUMNS,
           "events": EVENT_COLUMNS}
INT_COLUMNS = {"id", "story", "mentions", "articles", "article_id", "start", "end", "event_id", "quad_class"}


@lru_cache(maxsize=1)
def plover_to_cameo() -> dict[str, tuple[str, int]]:
    """PLOVER type -> (CAMEO root code, GDELT QuadClass), from resources/plover_cameo.tsv."""
    return {row[0]: (row[1], int(row[2])) for row in load_tsv("plover_cameo.tsv")}


def rows(conn: sqlite3.Connection, what: str) -> Iterator[dict]:
    """Flat rows (one dict per row, keys = COLUMNS[what])."""
    if what == "articles":
        sql = ("SELECT a.id, a.story_id, s.canonical_id = a.id, a.source, a.url, a.title, a.outlet, a.published, "
               "a.event_date, a.language, a.authors, a.crawled, a.text FROM articles a "
               "LEFT JOIN stories s ON s.id = a.story_id ORDER BY a.id")
        for row in conn.execute(sql):
            out = dict(zip(ARTICLE_COLUMNS, row))
            out["canonical"] = bool(out["canonical"])
            out["authors"] = "; ".join(json.loads(out["authors"] or "[]"))
            yield out
    elif what == "entities":
        sql = ("SELECT m.entity_id, coalesce(e.name, min(m.text)), coalesce(e.label, m.label), count(*), "
               "count(DISTINCT m.article_id) FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id "
               "GROUP BY coalesce(m.entity_id, m.text), CASE WHEN m.entity_id IS NULL THEN m.label END "
               "ORDER BY count(*) DESC, 2")
        for row in conn.execute(sql):
            yield dict(zip(ENTITY_COLUMNS, row))
    elif what == "quotes":
        sql = ('SELECT q.article_id, a.source, a.outlet, a.published, q.kind, q.speaker_name, q.speaker_id, '
               'q.speaker_role, q.cue, q.text, q.start, q."end" FROM quotes q JOIN articles a ON a.id = q.article_id '
               'ORDER BY q.article_id, q.start')
        for row in conn.execute(sql):
            yield dict(zip(QUOTE_COLUMNS, row))
    elif what == "events":
        sql = ("SELECT e.id, coalesce(e.date, a.event_date, a.published), e.actor_code, e.actor_name, e.type, "
               "e.target_code, e.target_name, e.place, a.source, a.url, a.outlet, a.id, e.sentence "
               "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.article_id, e.start")
        cameo = plover_to_cameo()
        for row in conn.execute(sql):
            root, quad = cameo.get(row[4], (None, None))
            yield dict(zip(EVENT_COLUMNS, (*row[:5], root, quad, *row[5:])))
    else:
        raise ValueError(f"--what must be one of {', '.join(WHAT)}")


def records(conn: sqlite3.Connection) -> Iterator[dict]:
    """Full CONTRACT records of the stored articles (with a ``store`` object: id, story, crawled)."""
    for row in conn.execute("SELECT text, record, story_id, crawled, id FROM articles ORDER BY id"):
        yield decode_record(row)


def export(conn: sqlite3.Connection, what: str, fmt: str, out: IO | str) -> int:
    """Write ``what`` in format ``fmt`` to ``out`` (a text stream for jsonl/csv, a path or binary
    stream for parquet). JSONL articles are full records; every other combination is flat rows.
    Returns the number of rows written."""
    if what not in WHAT:
        raise ValueError(f"--what must be one of {', '.join(WHAT)}")
    if fmt not in FORMATS:
        raise ValueError(f"--format must be one of {', '.join(FORMATS)}")
    n = 0
    if fmt == "jsonl":
        source = records(conn) if what == "articles" else rows(conn, what)
        for item in source:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS[what], lineterminator="\n")
        writer.writeheader()
        for item in rows(conn, what):
            writer.writerow(item)
            n += 1
    else:
        n = _parquet(rows(conn, what), what, out)
    return n


def _parquet(items: Iterator[dict], what: str, out, chunk: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    for name in COLUMNS[what]:
        kind = pa.int64() if name in INT_COLUMNS and (what, name) != ("entities", "id") else pa.bool_() if name == "canonical" else pa.string()
        fields.append(pa.field(name, kind))
    schema = pa.schema(fields)
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        buffer: list[dict] = []
        for item in items:
            buffer.append(item)
            if len(buffer) >= chunk:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                n += len(buffer)
                buffer = []
        if buffer or n == 0:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            n += len(buffer)
    return n
