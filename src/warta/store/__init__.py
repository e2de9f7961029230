"""The corpus store: SQLite (WAL) with FTS5 search, story clusters, migrations; search and export.

    from warta.store import Store, search
    with Store("warta.db") as store:
        hits = search(store.conn, "banjir Jakarta", since="2025-01-01")
"""

from warta.store.repository import Counts, Processed, Store, input_hash
from warta.store.search import Hit, SearchError, search

__all__ = ["Counts", "Hit", "Processed", "SearchError", "Store", "input_hash", "search"]
