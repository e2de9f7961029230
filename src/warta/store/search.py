"""Full-text search over the store: FTS5 with bm25 ranking and highlighted snippets.

The query is FTS5 query syntax (words, "phrases", AND/OR/NOT, prefix*, column filters such as
``title: banjir``) and is always passed as a bound parameter, never spliced into SQL. A query FTS5
cannot parse raises :class:`SearchError` with a message meant for a person.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass

# bm25 weights per FTS column: title, body, quotes
WEIGHTS = (5.0, 1.0, 2.0)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_LIMIT = 10_000


class SearchError(ValueError):
    """A query or filter that cannot be run; the message says why."""


@dataclass
class Hit:
    id: int
    source: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    story: int | None
    score: float
    snippet: str

    def to_json(self) -> dict:
        return asdict(self)


def search(conn: sqlite3.Connection, query: str, *, outlet: str | None = None, since: str | None = None,
           until: str | None = None, entity: str | None = None, limit: int = 20) -> list[Hit]:
    """Articles matching ``query``, best first (bm25; title counts most, then quotes, then body)."""
    if not query or not query.strip():
        raise SearchError("empty query")
    if not 1 <= limit <= MAX_LIMIT:
        raise SearchError(f"--limit must be between 1 and {MAX_LIMIT}")
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not _DATE.match(value):
            raise SearchError(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    where = ["articles_fts MATCH ?"]
    params: list = [query]
    if outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:
        # a date prefix: --until 2015-11 includes every day of November 2015
        where.append("substr(a.published, 1, ?) <= ?")
        params += [len(until), until]
    if entity:
        where.append("EXISTS (SELECT 1 FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id "
                     "WHERE m.article_id = a.id AND (m.entity_id = ? OR e.name = ? COLLATE NOCASE "
                     "OR m.text = ? COLLATE NOCASE))")
        params += [entity, entity, entity]
    # Ranked first, described after: a snippet in the ranking query would be made for every match
    # before the sort, and an article row read for each when only the query filters.
    join = "JOIN articles a ON a.id = articles_fts.rowid " if len(where) > 1 else ""
    ranking = (f"SELECT articles_fts.rowid AS id, bm25(articles_fts, {', '.join(str(w) for w in WEIGHTS)}) AS score "
               f"FROM articles_fts {join}WHERE {' AND '.join(where)} ORDER BY score, id LIMIT ?")
    sql = (f"SELECT a.id, a.source, a.title, a.outlet, a.published, a.url, a.story_id, r.score, "
           f"snippet(articles_fts, 1, '[', ']', '…', 16) "
           f"FROM ({ranking}) AS r JOIN articles a ON a.id = r.id "
           f"JOIN articles_fts ON articles_fts.rowid = r.id AND articles_fts MATCH ? ORDER BY r.score, r.id")
    params += [limit, query]
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "fts5" in message or "syntax error" in message or "no such column" in message \
                or "unterminated" in message or "unknown special query" in message:
            raise SearchError(f"cannot parse the search query {query!r} ({message}). Use words, "
                              f"\"quoted phrases\", AND / OR / NOT, prefix*; put a query with "
                              f"punctuation in double quotes") from None
        raise
    return [Hit(*row[:7], score=-row[7], snippet=row[8]) for row in rows]


def quote_query(text: str) -> str:
    """``text`` as one FTS5 phrase (for callers that want plain words, no query syntax)."""
    return '"' + text.replace('"', '""') + '"'
