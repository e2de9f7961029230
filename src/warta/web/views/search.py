"""The search page (/ and /search): FTS query, facets (outlet, dates, entity, label), pagination."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Request

from warta.web import queries
from warta.web.app import html_response, loop_db
from warta.web.queries import Filters, QueryError

router = APIRouter(include_in_schema=False)
PER_PAGE = 20


@router.get("/")
@router.get("/search")
async def search_page(request: Request, conn: Annotated[sqlite3.Connection, Depends(loop_db)], q: Optional[str] = None,
                outlet: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                entity: Optional[str] = None, label: Optional[str] = None, page: int = 1):
    if not 1 <= page <= queries.MAX_OFFSET // PER_PAGE:
        raise QueryError(f"page must be between 1 and {queries.MAX_OFFSET // PER_PAGE}")
    f = Filters(q, outlet, since, until, entity, label).check()
    result, facets = queries.search_with_facets(conn, f, PER_PAGE, (page - 1) * PER_PAGE)
    params = {"q": f.q, "outlet": f.outlet, "since": f.since, "until": f.until, "entity": f.entity,
              "label": f.label}
    entity_name = None
    if f.entity:
        row = conn.execute("SELECT name FROM entities WHERE id=?", (f.entity,)).fetchone()
        entity_name = row[0] if row else None
    return html_response(request, "search.html", {
        "result": result, "facets": facets, "params": params, "page": page,
        "pages": max(1, -(-result["total"] // PER_PAGE)), "outlets": queries.outlets(conn),
        "entity_name": entity_name, "title": f"Search: {f.q}" if f.q else "Articles"})
