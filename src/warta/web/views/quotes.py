"""The quotes browser: quotes with their speaker and article, filtered by speaker and kind."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Request

from warta.web import queries
from warta.web.app import db, html_response
from warta.web.queries import QueryError

router = APIRouter(include_in_schema=False)
PER_PAGE = 30


@router.get("/quotes")
def quotes_page(request: Request, conn: Annotated[sqlite3.Connection, Depends(db)], speaker: Optional[str] = None,
                kind: Optional[str] = None, page: int = 1):
    if not 1 <= page <= queries.MAX_OFFSET // PER_PAGE:
        raise QueryError(f"page must be between 1 and {queries.MAX_OFFSET // PER_PAGE}")
    kind = kind or None
    result = queries.quotes(conn, speaker, kind, None, PER_PAGE, (page - 1) * PER_PAGE)
    return html_response(request, "quotes.html", {
        "result": result, "params": {"speaker": speaker, "kind": kind}, "page": page,
        "pages": max(1, -(-result["total"] // PER_PAGE)), "speakers": queries.top_speakers(conn),
        "title": "Quotes"})
