"""Entity pages: the list (/entities) and one entity (/entities/{id}) with its mentions chart."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Request

from warta.web import queries
from warta.web.app import db, html_response
from warta.web.queries import QueryError

router = APIRouter(include_in_schema=False)
PER_PAGE = 50


@router.get("/entities")
def entities_page(request: Request, conn: Annotated[sqlite3.Connection, Depends(db)], q: Optional[str] = None,
                  label: Optional[str] = None, page: int = 1):
    if not 1 <= page <= queries.MAX_OFFSET // PER_PAGE:
        raise QueryError(f"page must be between 1 and {queries.MAX_OFFSET // PER_PAGE}")
    label = label or None
    result = queries.entities(conn, q, label, PER_PAGE, (page - 1) * PER_PAGE)
    return html_response(request, "entities.html", {
        "result": result, "params": {"q": q, "label": label}, "page": page,
        "pages": max(1, -(-result["total"] // PER_PAGE)), "title": "Entities"})


@router.get("/entities/{entity_id}")
def entity_page(request: Request, conn: Annotated[sqlite3.Connection, Depends(db)],
                entity_id: Annotated[str, Path(min_length=1, max_length=200)]):
    ent = queries.entity(conn, entity_id)
    if ent is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    series = queries.bucket_timeline(ent["timeline"], "mentions")
    return html_response(request, "entity.html", {
        "ent": ent, "chart": queries.bar_chart(series), "title": ent["name"] or ent["id"]})
