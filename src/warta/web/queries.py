"""Read-only queries for the web UI and API, over the store's tables (see warta.store.schema).

Every value from a request is a bound parameter; the only text spliced into SQL is built here from
fixed fragments. Errors a person can fix (a bad FTS query, a bad date) raise :class:`QueryError`.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from warta.store.repository import decode_record
from warta.web.result_cache import cached, results

MAX_LIMIT = 100          # most rows one list request returns
MAX_OFFSET = 1_000_000
LABELS = ("PER", "ORG", "GPE", "LOC", "EVT")
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
WEIGHTS = (5.0, 1.0, 2.0)     # bm25 weights: title, body, quotes (as warta.store.search)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(ValueError):
    """A request parameter that cannot be used; the message says why (answered with a 4xx)."""


def connect(path: str | Path) -> sqlite3.Connection:
    """Open the store read-only (``mode=ro`` URI): the web server never writes."""
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"no store at {path}")
    conn = sqlite3.connect(f"file:{p.resolve()}?mode=ro", uri=True, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("PRAGMA query_only=ON")
    return conn


# -- filters --------------------------------------------------------------------------------------

@dataclass
class Filters:
    """The article filters shared by search, the article list and the facets."""

    q: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    label: str | None = None

    def check(self) -> "Filters":
        for name in ("q", "outlet", "since", "until", "entity", "label"):
            value = getattr(self, name)
            if value is not None:
                value = value.strip() or None
                if value is not None and len(value) > 500:
                    raise QueryError(f"{name} is too long (at most 500 characters)")
                setattr(self, name, value)
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _DATE.match(value):
                raise QueryError(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
        if self.label is not None:
            self.label = self.label.upper()
            if self.label not in LABELS:
                raise QueryError(f"label must be one of {', '.join(LABELS)}, not {self.label!r}")
        return self

    def where(self, skip: str | None = None) -> tuple[list[str], list]:
        """SQL conditions on ``a`` (articles) and their parameters; ``skip`` leaves one facet out."""
        where: list[str] = []
        params: list = []
        if self.q:
            where.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(self.q)
        if self.outlet and skip != "outlet":
            where.append("a.outlet = ? COLLATE NOCASE")
            params.append(self.outlet)
        if self.since:
            where.append("a.published >= ?")
            params.append(self.since)
        if self.until:
            where.append("substr(a.published, 1, ?) <= ?")
            params += [len(self.until), self.until]
        if self.entity and skip != "entity":
            where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ?)")
            params.append(self.entity)
        if self.label and skip != "label":
            where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.label = ?)")
            params.append(self.label)
        return where, params


def page(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}, not {offset}")
    return limit, offset


def _run(conn: sqlite3.Connection, sql: str, params, query: str | None = None) -> list[sqlite3.Row]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if query and ("fts5" in message or "syntax error" in message or "no such column" in message
                      or "unterminated" in message or "unknown special query" in message):
            raise QueryError(f"cannot parse the search query {query!r} ({message}). Use words, "
                             f"\"quoted phrases\", AND / OR / NOT, prefix*; put a query with "
                             f"punctuation in double quotes") from None
        raise


def _sql_where(where: list[str]) -> str:
    return ("WHERE " + " AND ".join(where)) if where else ""


# -- articles and search --------------------------------------------------------------------------

ARTICLE_FIELDS = ("a.id, a.source, a.title, a.outlet, a.published, a.event_date, a.url, a.story_id, "
                  "a.language, (s.canonical_id = a.id) AS canonical")


def _article_row(r: sqlite3.Row) -> dict:
    return {"id": r["id"], "source": r["source"], "title": r["title"], "outlet": r["outlet"],
            "published": r["published"], "event_date": r["event_date"], "url": r["url"],
            "story": r["story_id"], "canonical": bool(r["canonical"]) if r["canonical"] is not None else None,
            "language": r["language"]}


FACET_SAMPLE = 100      # facets count the first 100 articles of a result, best (or newest) first
RANK_WINDOW = 1000      # a query ranks (bm25) at most its 1,000 most recently stored matches
NEWEST_FIRST = "a.published IS NULL, a.published DESC, a.id DESC"   # the order without a query


def _ranked(conn: sqlite3.Connection, f: Filters, limit: int, offset: int = 0,
            skip: str | None = None) -> list[tuple[int, float | None]]:
    """Ids of the result's articles in result order (bm25 with a query, newest first without).

    bm25 has to score every match before it can sort, so a word found in most of a million
    articles would cost a million scores per search; the ranking therefore covers the query's
    RANK_WINDOW most recently stored matches (all of them for any rarer query). Titles, snippets
    and the rest are fetched afterwards for the few ids shown."""
    cond, params = f.where(skip)
    if not f.q:
        sql = f"SELECT a.id FROM articles a {_sql_where(cond)} ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?"
        return [(r[0], None) for r in _run(conn, sql, params + [limit, offset])]
    cond[0] = "articles_fts MATCH ?"
    # The query alone needs nothing from articles (its rowid is the article id), and looking up a
    # thousand article rows cost more than scoring them: join only when another filter needs it.
    join = "JOIN articles a ON a.id = articles_fts.rowid " if len(cond) > 1 else ""
    base = f"FROM articles_fts {join}{_sql_where(cond)}"
    edge = _run(conn, f"SELECT articles_fts.rowid {base} ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?",
                params + [RANK_WINDOW - 1], f.q)
    if edge:
        base += " AND articles_fts.rowid >= ?"
        params = params + [edge[0][0]]
    # the score is read here, with the ranking: bm25() counts each term's documents once per
    # statement, which for a common word costs more than scoring the window itself
    sql = (f"SELECT articles_fts.rowid, bm25(articles_fts, {', '.join(str(w) for w in WEIGHTS)}) AS score "
           f"{base} ORDER BY score, articles_fts.rowid LIMIT ? OFFSET ?")
    return [(r[0], r[1]) for r in _run(conn, sql, params + [limit, offset], f.q)]


def _key(f: Filters, skip: str | None = None) -> tuple:
    return tuple(None if name == skip else getattr(f, name)
                 for name in ("q", "outlet", "since", "until", "entity", "label"))


def _count(conn: sqlite3.Connection, f: Filters) -> int:
    return results.get(conn, ("count", _key(f)), lambda: _count_now(conn, f))


def _count_now(conn: sqlite3.Connection, f: Filters) -> int:
    cond, params = f.where()
    if f.q and len(cond) == 1:          # the query alone: count its doclist, no join
        return _run(conn, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", params, f.q)[0][0]
    if f.q:
        cond[0] = "articles_fts MATCH ?"
        return _run(conn, f"SELECT count(*) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                          f"{_sql_where(cond)}", params, f.q)[0][0]
    return _run(conn, f"SELECT count(*) FROM articles a {_sql_where(cond)}", params)[0][0]


def search(conn: sqlite3.Connection, f: Filters, limit: int = 20, offset: int = 0) -> dict:
    """Articles matching the filters: best first (bm25) with a query, newest first without one.
    Returns ``{"total", "limit", "offset", "items"}``; items carry a ``snippet`` and ``score``
    when there is a query (the snippet marks matches with [ ])."""
    return _search(conn, f, limit, offset, {})


def search_with_facets(conn: sqlite3.Connection, f: Filters, limit: int = 20, offset: int = 0) -> tuple[dict, dict]:
    """:func:`search` and :func:`facets` together, ranking the result once for both."""
    samples: dict[tuple, list[tuple[int, float | None]]] = {}
    return _search(conn, f, limit, offset, samples), facets(conn, f, samples=samples)


def _search(conn: sqlite3.Connection, f: Filters, limit: int, offset: int, samples: dict) -> dict:
    f.check()
    limit, offset = page(limit, offset)
    if offset + limit <= FACET_SAMPLE:     # the page lies inside the facet sample: rank once
        ranked = _sample(conn, f, None, samples)[offset:offset + limit]
    else:
        ranked = _ranked(conn, f, limit, offset)
    ids = [i for i, _ in ranked]
    scores = dict(ranked)
    total = _count(conn, f)
    if not ids:
        return {"total": total, "limit": limit, "offset": offset, "items": []}
    id_list = json.dumps(ids)
    rows = {r["id"]: r for r in conn.execute(
        f"SELECT {ARTICLE_FIELDS} FROM articles a LEFT JOIN stories s ON s.id = a.story_id "
        f"WHERE a.id IN (SELECT value FROM json_each(?))", (id_list,))}
    items = [_article_row(rows[i]) for i in ids if i in rows]
    if f.q:
        snippets = {r[0]: r[1] for r in _run(
            conn, "SELECT rowid, snippet(articles_fts, 1, char(2), char(3), '…', 16) FROM articles_fts "
                  "WHERE articles_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
            (f.q, id_list), f.q)}
        for item in items:
            item.update({"score": round(-(scores.get(item["id"]) or 0.0), 4),
                         **_snippet(snippets.get(item["id"], ""))})
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _snippet(raw: str | None) -> dict:
    """The FTS snippet as text with [matches] in brackets, and as parts (text, is_match) for a page."""
    raw = raw or ""
    parts = []
    for i, chunk in enumerate(raw.split("\x02")):
        if i == 0:
            parts.append((chunk, False))
            continue
        hit, _, rest = chunk.partition("\x03")
        parts += [(hit, True), (rest, False)]
    return {"snippet": raw.replace("\x02", "[").replace("\x03", "]"),
            "snippet_parts": [p for p in parts if p[0]]}


def _sample(conn: sqlite3.Connection, f: Filters, skip: str | None, samples: dict) -> list[tuple[int, float | None]]:
    """The first FACET_SAMPLE (id, score) of the result without the ``skip`` filter, memoised in
    ``samples``."""
    key = _key(f, skip)
    if key not in samples:
        samples[key] = results.get(conn, ("sample", key, FACET_SAMPLE, RANK_WINDOW),
                                   lambda: _ranked(conn, f, FACET_SAMPLE, 0, skip=skip))
    return samples[key]


def facets(conn: sqlite3.Connection, f: Filters, top: int = 10, samples: dict | None = None) -> dict:
    """Counts per outlet, per entity label and per entity among the first FACET_SAMPLE articles of
    the result, in result order (``sample`` says how many were counted). Each facet ignores its own
    filter, so the other values stay selectable.

    Counting a sample keeps a search's cost bounded whatever the store's size: over a million
    articles, a facet over every match of a common word would read millions of mention rows."""
    f.check()
    samples = {} if samples is None else samples
    return results.get(conn, ("facets", _key(f), top, FACET_SAMPLE, RANK_WINDOW),
                       lambda: _facets_now(conn, f, top, samples))


def _facets_now(conn: sqlite3.Connection, f: Filters, top: int, samples: dict) -> dict:
    def sample(skip: str) -> str:
        return json.dumps([i for i, _ in _sample(conn, f, skip, samples)])

    out: dict = {}
    out["outlet"] = [{"value": r[0], "count": r[1]} for r in conn.execute(
        "SELECT coalesce(a.outlet, '(unknown)'), count(*) AS n FROM articles a "
        "WHERE a.id IN (SELECT value FROM json_each(?)) GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?",
        (sample("outlet"), top))]
    out["label"] = [{"value": r[0], "count": r[1]} for r in conn.execute(
        "SELECT m.label, count(DISTINCT m.article_id) AS n FROM mentions m "
        "WHERE m.article_id IN (SELECT value FROM json_each(?)) GROUP BY m.label ORDER BY n DESC, 1",
        (sample("label"),))]
    # counted first, named after: only the rows shown are looked up in entities
    out["entity"] = [{"value": r[0], "name": r[1], "label": r[2], "count": r[3]} for r in conn.execute(
        "SELECT g.entity_id, coalesce(e.name, g.entity_id), e.label, g.n FROM ("
        "  SELECT entity_id, count(DISTINCT article_id) AS n FROM mentions "
        "  WHERE article_id IN (SELECT value FROM json_each(?)) AND entity_id IS NOT NULL GROUP BY entity_id"
        ") AS g LEFT JOIN entities e ON e.id = g.entity_id ORDER BY g.n DESC, 2 LIMIT ?", (sample("entity"), top))]
    out["sample"] = max(len(v) for v in samples.values())
    return out


@cached
def outlets(conn: sqlite3.Connection) -> list[str]:
    """Every outlet in the store, for the search form (cached: it walks the whole outlet index)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1")]


def article(conn: sqlite3.Connection, article_id: int) -> dict | None:
    """The stored CONTRACT record of one article (with ``store``: id, story, crawled), or None."""
    row = conn.execute("SELECT text, record, story_id, crawled, id FROM articles WHERE id=?",
                       (article_id,)).fetchone()
    if row is None:
        return None
    rec = decode_record(tuple(row))
    rec["store"]["removed"] = [dict(r) for r in conn.execute(
        "SELECT kind, text, line, rule FROM removed WHERE article_id=? ORDER BY id", (article_id,))]
    rec["store"]["story_members"] = [dict(r) for r in conn.execute(
        "SELECT id, title, outlet, published FROM articles WHERE story_id=? AND id<>? ORDER BY published, id "
        "LIMIT 20", (rec["store"]["story"], article_id))] if rec["store"]["story"] is not None else []
    return rec


# -- entities -------------------------------------------------------------------------------------

@cached
def entities(conn: sqlite3.Connection, q: str | None = None, label: str | None = None,
             limit: int = 20, offset: int = 0) -> dict:
    """Canonical entities with their mention and article counts, most mentioned first."""
    limit, offset = page(limit, offset)
    where, params = ["m.entity_id IS NOT NULL"], []
    if q and q.strip():
        where.append("(e.name LIKE ? ESCAPE '\\' OR e.id = ?)")
        params += ["%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", q.strip()]
    if label:
        label = label.upper()
        if label not in LABELS:
            raise QueryError(f"label must be one of {', '.join(LABELS)}, not {label!r}")
        where.append("e.label = ?")
        params.append(label)
    base = f"FROM mentions m JOIN entities e ON e.id = m.entity_id {_sql_where(where)}"
    total = conn.execute(f"SELECT count(DISTINCT m.entity_id) {base}", params).fetchone()[0]
    rows = conn.execute(f"SELECT e.id, e.name, e.label, count(*) AS mentions, count(DISTINCT m.article_id) AS articles "
                        f"{base} GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?",
                        params + [limit, offset]).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "items": [dict(r) for r in rows]}


def _date_expr() -> str:
    return "substr(coalesce(a.published, a.event_date), 1, 10)"


@cached
def entity(conn: sqlite3.Connection, entity_id: str, top: int = 15) -> dict | None:
    """One entity: name, label, aliases, roles, mentions per day, co-mentioned entities, quotes by
    it, events where it is actor or target, and the latest articles mentioning it."""
    row = conn.execute("SELECT id, name, label FROM entities WHERE id=?", (entity_id,)).fetchone()
    if row is None:
        return None
    out = dict(row)
    counts = conn.execute("SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE entity_id=?",
                          (entity_id,)).fetchone()
    out["mentions"], out["articles"] = counts[0], counts[1]
    out["aliases"] = [{"text": r[0], "count": r[1]} for r in conn.execute(
        "SELECT text, count(*) AS n FROM mentions WHERE entity_id=? GROUP BY text ORDER BY n DESC, text LIMIT 50",
        (entity_id,))]
    roles: dict[str, int] = {}
    for r in conn.execute("SELECT speaker_role, count(*) FROM quotes WHERE speaker_id=? AND speaker_role IS NOT NULL "
                          "GROUP BY speaker_role", (entity_id,)):
        roles[r[0]] = roles.get(r[0], 0) + r[1]
    # roles written for the entity in the articles (entity_list in the stored record), latest 100
    for (blob,) in conn.execute("SELECT a.record FROM articles a WHERE a.id IN (SELECT DISTINCT article_id FROM "
                                "mentions WHERE entity_id=?) ORDER BY a.id DESC LIMIT 100", (entity_id,)):
        try:
            rec = json.loads(zlib.decompress(blob))
        except (zlib.error, ValueError):
            continue
        for ent in rec.get("entity_list") or []:
            if ent.get("id") == entity_id:
                for role in ent.get("roles") or []:
                    roles[role] = roles.get(role, 0) + 1
    out["roles"] = [{"role": k, "count": v} for k, v in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))][:30]
    out["timeline"] = [{"date": r[0], "mentions": r[1], "articles": r[2]} for r in conn.execute(
        f"SELECT {_date_expr()} AS d, count(*), count(DISTINCT m.article_id) FROM mentions m "
        f"JOIN articles a ON a.id = m.article_id WHERE m.entity_id=? AND d IS NOT NULL GROUP BY d ORDER BY d",
        (entity_id,))]
    out["undated_mentions"] = conn.execute(
        "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id=? "
        "AND a.published IS NULL AND a.event_date IS NULL", (entity_id,)).fetchone()[0]
    out["co_mentioned"] = [dict(r) for r in conn.execute(
        "SELECT m.entity_id AS id, e.name, e.label, count(DISTINCT m.article_id) AS articles FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN "
        "(SELECT article_id FROM mentions WHERE entity_id=?) AND m.entity_id <> ? "
        "GROUP BY m.entity_id ORDER BY articles DESC, e.name LIMIT ?", (entity_id, entity_id, top))]
    out["quotes"] = quotes(conn, speaker=entity_id, limit=20)
    out["events"] = events(conn, entity=entity_id, entity_name=row["name"], limit=20)
    out["recent_articles"] = [_article_row(r) for r in conn.execute(
        f"SELECT {ARTICLE_FIELDS} FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE a.id IN "
        f"(SELECT article_id FROM mentions WHERE entity_id=?) ORDER BY a.published IS NULL, a.published DESC, "
        f"a.id DESC LIMIT 20", (entity_id,))]
    return out


# -- quotes and events ----------------------------------------------------------------------------

def _article_ref(r: sqlite3.Row) -> dict:
    return {"id": r["article_id"], "title": r["a_title"], "outlet": r["a_outlet"], "published": r["a_published"],
            "source": r["a_source"]}


@cached
def quotes(conn: sqlite3.Connection, speaker: str | None = None, kind: str | None = None,
           article_id: int | None = None, limit: int = 20, offset: int = 0) -> dict:
    """Quotes in CONTRACT shape plus their article; ``speaker`` matches the speaker's entity id or
    name (case-insensitive)."""
    limit, offset = page(limit, offset)
    where, params = [], []
    if speaker and speaker.strip():
        where.append("(q.speaker_id = ? OR q.speaker_name = ? COLLATE NOCASE)")
        params += [speaker.strip(), speaker.strip()]
    if kind:
        if kind not in ("direct", "indirect"):
            raise QueryError(f"kind must be direct or indirect, not {kind!r}")
        where.append("q.kind = ?")
        params.append(kind)
    if article_id is not None:
        where.append("q.article_id = ?")
        params.append(article_id)
    w = _sql_where(where)
    total = conn.execute(f"SELECT count(*) FROM quotes q {w}", params).fetchone()[0]
    rows = conn.execute(
        f'SELECT q.*, a.title AS a_title, a.outlet AS a_outlet, a.published AS a_published, a.source AS a_source '
        f'FROM quotes q JOIN articles a ON a.id = q.article_id {w} '
        f'ORDER BY a.published IS NULL, a.published DESC, q.article_id DESC, q.start LIMIT ? OFFSET ?',
        params + [limit, offset]).fetchall()
    items = [{"id": r["id"], "kind": r["kind"], "text": r["text"], "start": r["start"], "end": r["end"],
              "cue": r["cue"],
              "speaker": ({"name": r["speaker_name"], "id": r["speaker_id"], "role": r["speaker_role"]}
                          if r["speaker_name"] or r["speaker_id"] else None),
              "article": _article_ref(r)} for r in rows]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@cached
def top_speakers(conn: sqlite3.Connection, top: int = 30) -> list[dict]:
    return [{"name": r[0], "id": r[1], "quotes": r[2]} for r in conn.execute(
        "SELECT speaker_name, max(speaker_id), count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL "
        "GROUP BY speaker_name ORDER BY n DESC, 1 LIMIT ?", (top,))]


@cached
def events(conn: sqlite3.Connection, type: str | None = None, actor: str | None = None,
           target: str | None = None, entity: str | None = None, entity_name: str | None = None,
           limit: int = 20, offset: int = 0) -> dict:
    """Events in CONTRACT shape plus their article. ``actor``/``target`` match a code (exactly or as
    its prefix: RUS matches RUSMIL) or a name (case-insensitive); ``entity`` is either side."""
    limit, offset = page(limit, offset)
    where, params = [], []
    if type:
        t = type.strip().upper()
        if t not in EVENT_TYPES:
            raise QueryError(f"type must be one of PLOVER's types ({', '.join(EVENT_TYPES)}), not {type!r}")
        where.append("e.type = ?")
        params.append(t)
    for side, value in (("actor", actor), ("target", target)):
        if value and value.strip():
            v = value.strip()
            where.append(f"(e.{side}_code = ? OR substr(e.{side}_code, 1, 3) = ? AND length(?) = 3 "
                         f"OR e.{side}_name = ? COLLATE NOCASE)")
            params += [v, v, v, v]
    if entity:
        names = [entity_name or entity]
        where.append("(e.actor_code = ? OR e.target_code = ? OR e.actor_name = ? COLLATE NOCASE "
                     "OR e.target_name = ? COLLATE NOCASE)")
        params += [entity, entity, names[0], names[0]]
    w = _sql_where(where)
    total = conn.execute(f"SELECT count(*) FROM events e {w}", params).fetchone()[0]
    rows = conn.execute(
        f'SELECT e.*, a.title AS a_title, a.outlet AS a_outlet, a.published AS a_published, a.source AS a_source '
        f'FROM events e JOIN articles a ON a.id = e.article_id {w} '
        f'ORDER BY coalesce(e.date, a.published) IS NULL, coalesce(e.date, a.published) DESC, e.id LIMIT ? OFFSET ?',
        params + [limit, offset]).fetchall()
    items = [{"id": r["id"],
              "actor": {"name": r["actor_name"], "code": r["actor_code"]} if r["actor_name"] or r["actor_code"] else None,
              "type": r["type"],
              "target": ({"name": r["target_name"], "code": r["target_code"]}
                         if r["target_name"] or r["target_code"] else None),
              "sentence": r["sentence"], "start": r["start"], "end": r["end"], "date": r["date"],
              "place": r["place"], "article": _article_ref(r)} for r in rows]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# -- overview -------------------------------------------------------------------------------------

@cached
def overview(conn: sqlite3.Connection, top: int = 15) -> dict:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    out = {
        "articles": one("SELECT count(*) FROM articles"),
        "stories": one("SELECT count(*) FROM stories"),
        "errors": one("SELECT count(*) FROM errors"),
        "entities": one("SELECT count(*) FROM entities"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "events": one("SELECT count(*) FROM events"),
    }
    out["outlets"] = [{"outlet": r[0], "articles": r[1]} for r in conn.execute(
        "SELECT coalesce(outlet, '(unknown)'), count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, 1")]
    out["per_day"] = [{"date": r[0], "articles": r[1]} for r in conn.execute(
        "SELECT substr(published, 1, 10) AS d, count(*) FROM articles WHERE published IS NOT NULL "
        "GROUP BY d ORDER BY d")]
    out["per_day_outlet"] = [{"date": r[0], "outlet": r[1], "articles": r[2]} for r in conn.execute(
        "SELECT substr(published, 1, 10) AS d, coalesce(outlet, '(unknown)'), count(*) FROM articles "
        "WHERE published IS NOT NULL GROUP BY d, 2 ORDER BY d DESC, 3 DESC LIMIT 200")]
    out["undated"] = one("SELECT count(*) FROM articles WHERE published IS NULL")
    out["top_entities"] = [dict(r) for r in conn.execute(
        "SELECT m.entity_id AS id, e.name, e.label, count(*) AS mentions, count(DISTINCT m.article_id) AS articles "
        "FROM mentions m JOIN entities e ON e.id = m.entity_id GROUP BY m.entity_id "
        "ORDER BY mentions DESC, e.name LIMIT ?", (top,))]
    out["top_speakers"] = top_speakers(conn, top)
    out["event_types"] = [{"type": r[0], "events": r[1]} for r in conn.execute(
        "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, 1")]
    return out


@dataclass
class Bar:
    label: str
    value: int
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    h: float = 0.0
    extra: dict = field(default_factory=dict)


def bucket_timeline(points: list[dict], key: str, max_bars: int = 60) -> list[tuple[str, int]]:
    """Per-day counts, or per-month when there are more days than ``max_bars``."""
    series = [(p["date"], p[key]) for p in points if p.get("date")]
    if len(series) <= max_bars:
        return series
    months: dict[str, int] = {}
    for d, v in series:
        months[d[:7]] = months.get(d[:7], 0) + v
    series = sorted(months.items())
    if len(series) <= max_bars:
        return series
    years: dict[str, int] = {}
    for d, v in series:
        years[d[:4]] = years.get(d[:4], 0) + v
    return sorted(years.items())


def bar_chart(series: list[tuple[str, int]], width: int = 640, height: int = 160) -> dict:
    """Geometry of an inline SVG bar chart (the template draws it; no script needed)."""
    pad_l, pad_b, pad_t = 30, 30, 10
    n = max(len(series), 1)
    top = max([v for _, v in series] or [0]) or 1
    slot = (width - pad_l) / n
    bars = []
    for i, (label, value) in enumerate(series):
        h = (height - pad_b - pad_t) * value / top
        bars.append(Bar(label, value, x=pad_l + i * slot + slot * 0.1, y=height - pad_b - h, w=max(slot * 0.8, 1), h=h))
    every = max(1, n // 8)
    return {"width": width, "height": height, "bars": bars, "max": top, "every": every,
            "base": height - pad_b, "pad_l": pad_l, "pad_t": pad_t}
