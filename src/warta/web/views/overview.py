"""The corpus overview: counts, articles per day (chart) and per outlet, top entities and speakers."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, Request

from warta.web import queries
from warta.web.app import db, html_response

router = APIRouter(include_in_schema=False)


@router.get("/overview")
def overview_page(request: Request, conn: Annotated[sqlite3.Connection, Depends(db)]):
    data = queries.overview(conn)
    chart = queries.bar_chart(queries.bucket_timeline(data["per_day"], "articles"))
    return html_response(request, "overview.html", {"data": data, "chart": chart, "title": "Corpus overview"})
