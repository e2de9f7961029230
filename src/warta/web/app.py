"""The FastAPI application: pages (warta.web.views.*), the REST API (warta.web.api), static files.

The store is opened read-only (``mode=ro``), one connection per worker thread. Errors a client can
fix answer 4xx with a message: JSON ``{"detail": ...}`` under /api/, an HTML page elsewhere.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta.web import queries
from warta.web.queries import QueryError

HERE = Path(__file__).resolve().parent
LABEL_NAMES = {"PER": "person", "ORG": "organisation", "GPE": "political place", "LOC": "place", "EVT": "event"}

# strict: no inline script or style, nothing from elsewhere (the Swagger page at /docs is exempt)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def _qs(params: dict, **changes) -> str:
    """A query string from ``params`` with ``changes`` applied; None/'' values are dropped."""
    merged = {**params, **changes}
    return urlencode([(k, v) for k, v in merged.items() if v not in (None, "")])


# autoescape on for every template, whatever its name (article text is untrusted)
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                                                   autoescape=True, undefined=jinja2.ChainableUndefined))
templates.env.globals.update(qs=_qs, LABEL_NAMES=LABEL_NAMES, LABELS=queries.LABELS,
                             EVENT_TYPES=queries.EVENT_TYPES, MAX_LIMIT=queries.MAX_LIMIT,
                             RANK_WINDOW=queries.RANK_WINDOW)


class Connections:
    """One read-only connection per thread (sqlite3 connections are not shared between threads)."""

    def __init__(self, path: str):
        self.path = path
        self.local = threading.local()
        queries.connect(path).close()       # fail now, at start, when the store is missing

    def get(self) -> sqlite3.Connection:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = queries.connect(self.path)
        return conn


def db(request: Request) -> sqlite3.Connection:
    """FastAPI dependency: this thread's read-only connection to the store."""
    return request.app.state.connections.get()


async def loop_db(request: Request) -> sqlite3.Connection:
    """The event loop thread's connection, for the ``async def`` handlers of the busiest pages
    (search, article). Their few milliseconds of SQLite and templating run on the loop itself:
    handing them to a worker thread and back cost more CPU under load (GIL hand-offs) than it
    won, since the work holds the GIL throughout."""
    return request.app.state.connections.get()


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def error_page(request: Request, status: int, message: str):
    if _is_api(request):
        return JSONResponse({"detail": message}, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message, "title": f"{status} error"},
                                      status_code=status)


class SecurityHeaders:
    """Adds the CSP and no-sniff/no-referrer headers to every response.

    A plain ASGI middleware rather than ``@app.middleware("http")``: that one wraps each response
    in a streaming proxy, which cost about a millisecond per request under load."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        strict = not scope.get("path", "").startswith(("/docs", "/redoc"))

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in (b"content-security-policy", b"x-content-type-options",
                                                b"referrer-policy")]
                if strict:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers += [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# Handler threads per process. The handlers hold the GIL nearly all the time (SQLite, JSON,
# templates), so anyio's default of 40 threads only made them take turns ever more finely: at 50
# concurrent clients every request's latency grew to that of all of them together, and a
# GIL-starved worker could miss uvicorn's health check and be killed. Requests beyond these
# threads wait in the event loop, first come first served.
HANDLER_THREADS = 4


@asynccontextmanager
async def _lifespan(app: FastAPI):
    import anyio.to_thread

    anyio.to_thread.current_default_thread_limiter().total_tokens = HANDLER_THREADS
    # what is loaded by now (modules, templates, the app) lives as long as the process: keep it out
    # of the collector's full passes, whose pauses otherwise land on whatever request is running
    import gc

    gc.collect()
    gc.freeze()
    yield


def create_app(db_path: str) -> FastAPI:
    app = FastAPI(title="Warta", version="0.1.0", lifespan=_lifespan, docs_url=None, redoc_url=None,
                  description="Indonesian news as structured data: articles, entities, quotes, PLOVER events "
                              "(read-only). List endpoints take `limit` (1-100) and `offset`.")
    app.state.connections = Connections(db_path)
    app.state.db_path = db_path

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        return error_page(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        message = "bad parameter: " + "; ".join(parts)
        if _is_api(request):
            return JSONResponse({"detail": message, "errors": [
                {"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]},
                status_code=422)
        return error_page(request, 400, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_page(request, exc.status_code, str(exc.detail))

    from warta.web import api
    from warta.web.views import articles, entities, events, overview, quotes, search

    app.include_router(api.router)
    for module in (search, articles, entities, quotes, events, overview):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _add_docs(app)
    return app


def _add_docs(app: FastAPI) -> None:
    """/docs (Swagger UI) and /redoc with their scripts and styles served from here: FastAPI's
    defaults load them from a CDN, which a machine without internet never reaches. The files come
    from the fastapi-offline package (its static folder only)."""
    import fastapi_offline
    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html

    assets = Path(fastapi_offline.__file__).resolve().parent / "static"
    app.mount("/docs-assets", StaticFiles(directory=str(assets)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def swagger() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="Warta API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=app.openapi_url, title="Warta API",
                              redoc_js_url="/docs-assets/redoc.standalone.js",
                              redoc_favicon_url="/docs-assets/favicon.png", with_google_fonts=False)


def html_response(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)
