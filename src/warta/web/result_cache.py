"""Results of the costly read queries (a query's ranking, its count, its facets, the outlet list),
kept in a small per-process LRU until the store changes.

Paging through a result, or clicking one of its facets, asks for the same ranking again; and a few
queries make most of any search log. The store changes only by ingest and load runs, which bump
``runs.updated`` with every committed batch, and by new articles, whose ids only grow: the pair is
read (two index lookups) on every use, so an entry never outlives the data it came from.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

SIZE = 512


def store_version(conn: sqlite3.Connection) -> tuple:
    return conn.execute("SELECT (SELECT max(updated) FROM runs), (SELECT max(id) FROM articles)").fetchone()


class ResultCache:
    def __init__(self, size: int = SIZE):
        self.size = size
        self.data: OrderedDict[Hashable, Any] = OrderedDict()
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, conn: sqlite3.Connection, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached value of ``compute()`` for ``key`` on this store as it is now. Callers treat
        the value as read-only: it is shared."""
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        full = (path, store_version(conn), key)
        with self.lock:
            if full in self.data:
                self.data.move_to_end(full)
                self.hits += 1
                return self.data[full]
        value = compute()
        with self.lock:
            self.misses += 1
            self.data[full] = value
            while len(self.data) > self.size:
                self.data.popitem(last=False)
        return value

    def clear(self) -> None:
        with self.lock:
            self.data.clear()


results = ResultCache()


def cached(fn: Callable) -> Callable:
    """``fn(conn, *args, **kwargs)`` through the cache: for the whole-corpus aggregates (entity
    lists, entity pages, quotes by speaker, the overview) that take seconds on 100,000 articles.
    Arguments must be hashable; errors are raised, not kept."""
    @functools.wraps(fn)
    def wrapper(conn: sqlite3.Connection, *args, **kwargs):
        key = (fn.__name__, args, tuple(sorted(kwargs.items())))
        return results.get(conn, key, lambda: fn(conn, *args, **kwargs))

    return wrapper
