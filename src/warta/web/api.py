"""REST API under /api/: articles, search, entities, quotes, events, overview (read-only JSON).

Lists answer ``{"total", "limit", "offset", "items"}``; ``limit`` is 1-100 (default 20). One
article is its CONTRACT record (CONTRACT.md) plus a ``store`` object; quotes and events keep the
CONTRACT field names, with the article they come from added.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from warta.web import queries
from warta.web.app import db
from warta.web.queries import MAX_LIMIT, MAX_OFFSET, Filters

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page, 1-{MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Conn = Annotated[sqlite3.Connection, Depends(db)]
Outlet = Annotated[Optional[str], Query(max_length=200, description="outlet name, e.g. Kompas.com")]
Since = Annotated[Optional[str], Query(max_length=10, description="published on or after YYYY-MM-DD")]
Until = Annotated[Optional[str], Query(max_length=10, description="published on or before YYYY-MM-DD (or YYYY-MM)")]
Entity = Annotated[Optional[str], Query(max_length=200, description="mentions this entity id, e.g. RUS")]
Label = Annotated[Optional[str], Query(max_length=3, description="mentions an entity of this label: "
                                                                 "PER, ORG, GPE, LOC, EVT")]


@router.get("/articles", summary="List articles (newest first), with filters")
def list_articles(conn: Conn, outlet: Outlet = None, since: Since = None, until: Until = None,
                  entity: Entity = None, label: Label = None, limit: Limit = 20, offset: Offset = 0) -> dict:
    return queries.search(conn, Filters(None, outlet, since, until, entity, label), limit, offset)


@router.get("/articles/{article_id}", summary="One article: its CONTRACT record plus store fields")
def get_article(conn: Conn, article_id: Annotated[int, Path(ge=1, le=2**63 - 1)]) -> dict:
    rec = queries.article(conn, article_id)
    if rec is None:
        raise HTTPException(404, f"no article {article_id}")
    return rec


@router.get("/search", summary="Full-text search (FTS5, bm25) with facets")
def search(conn: Conn, q: Annotated[str, Query(min_length=1, max_length=500,
                                               description='FTS5 query: words, "phrases", AND/OR/NOT, prefix*')],
           outlet: Outlet = None, since: Since = None, until: Until = None, entity: Entity = None,
           label: Label = None, limit: Limit = 20, offset: Offset = 0,
           with_facets: Annotated[bool, Query(alias="facets", description="add facet counts")] = True) -> dict:
    f = Filters(q, outlet, since, until, entity, label).check()
    if not f.q:
        raise HTTPException(400, "q must not be empty")
    if with_facets:
        out, facets = queries.search_with_facets(conn, f, limit, offset)
        out["facets"] = facets
    else:
        out = queries.search(conn, f, limit, offset)
    for item in out["items"]:
        item.pop("snippet_parts", None)
    out["query"] = f.q
    return out


@router.get("/entities", summary="List canonical entities, most mentioned first")
def list_entities(conn: Conn, q: Annotated[Optional[str], Query(max_length=200, description="name contains")] = None,
                  label: Label = None, limit: Limit = 20, offset: Offset = 0) -> dict:
    return queries.entities(conn, q, label, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity: aliases, roles, timeline, co-mentions, quotes, events")
def get_entity(conn: Conn, entity_id: Annotated[str, Path(min_length=1, max_length=200)]) -> dict:
    ent = queries.entity(conn, entity_id)
    if ent is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    return ent


@router.get("/quotes", summary="Quotes, filtered by speaker (entity id or name) and kind")
def list_quotes(conn: Conn,
                speaker: Annotated[Optional[str], Query(max_length=200, description="speaker entity id or name")] = None,
                kind: Annotated[Optional[str], Query(description="direct | indirect")] = None,
                article: Annotated[Optional[int], Query(ge=1, le=2**63 - 1, description="article id")] = None,
                limit: Limit = 20, offset: Offset = 0) -> dict:
    return queries.quotes(conn, speaker, kind, article, limit, offset)


@router.get("/events", summary="PLOVER events, filtered by type, actor and target")
def list_events(conn: Conn,
                type: Annotated[Optional[str], Query(max_length=20, description="PLOVER type, e.g. ASSAULT")] = None,
                actor: Annotated[Optional[str], Query(max_length=200, description="actor code (RUS matches RUSMIL) "
                                                                                  "or name")] = None,
                target: Annotated[Optional[str], Query(max_length=200, description="target code or name")] = None,
                limit: Limit = 20, offset: Offset = 0) -> dict:
    return queries.events(conn, type, actor, target, limit=limit, offset=offset)


@router.get("/overview", summary="Corpus overview: counts, articles per day and outlet, top entities")
def overview(conn: Conn) -> dict:
    return queries.overview(conn)
