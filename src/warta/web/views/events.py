"""The events table: PLOVER events filtered by type, actor and target."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Request

from warta.web import queries
from warta.web.app import db, html_response
from warta.web.queries import QueryError

router = APIRouter(include_in_schema=False)
PER_PAGE = 50


@router.get("/events")
def events_page(request: Request, conn: Annotated[sqlite3.Connection, Depends(db)], type: Optional[str] = None,
                actor: Optional[str] = None, target: Optional[str] = None, page: int = 1):
    if not 1 <= page <= queries.MAX_OFFSET // PER_PAGE:
        raise QueryError(f"page must be between 1 and {queries.MAX_OFFSET // PER_PAGE}")
    result = queries.events(conn, type or None, actor, target, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    return html_response(request, "events.html", {
        "result": result, "params": {"type": type, "actor": actor, "target": target}, "page": page,
        "pages": max(1, -(-result["total"] // PER_PAGE)), "title": "Events"})
