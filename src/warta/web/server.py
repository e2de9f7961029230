"""``app`` for uvicorn with several workers: the store path comes from $WARTA_DB (set by ``warta serve``)."""

import os

from warta.web.app import create_app

app = create_app(os.environ.get("WARTA_DB", "warta.db"))
