"""Warta's web UI and REST API over a store, read-only: ``warta serve --db warta.db``.

    from warta.web.app import create_app
    app = create_app("warta.db")        # a FastAPI app; serve it with uvicorn
"""
