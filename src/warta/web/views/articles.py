"""The article page: clean text with entities, quotes and events highlighted in place."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Request

from warta.web import highlight, queries
from warta.web.app import html_response, loop_db

router = APIRouter(include_in_schema=False)


@router.get("/articles/{article_id}")
async def article_page(request: Request, conn: Annotated[sqlite3.Connection, Depends(loop_db)],
                 article_id: Annotated[int, Path(ge=1, le=2**63 - 1)]):
    rec = queries.article(conn, article_id)
    if rec is None:
        raise HTTPException(404, f"no article {article_id}")
    body = highlight.render(rec.get("text") or "", rec.get("paragraphs") or [], rec.get("entities") or [],
                            rec.get("quotes") or [], rec.get("events") or [])
    counts: dict[str, int] = {}
    for ent in rec.get("entities") or []:
        counts[ent.get("label")] = counts.get(ent.get("label"), 0) + 1
    return html_response(request, "article.html", {
        "rec": rec, "body": body, "source_url": highlight.safe_url(rec.get("url")), "label_counts": counts,
        "title": rec.get("title") or rec.get("source")})
