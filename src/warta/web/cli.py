"""The ``warta serve`` command: the web UI and REST API over a store, read-only."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the ``warta`` app."""

    @app.command()
    def serve(
        db: Annotated[str, typer.Option(help="the store file (SQLite), opened read-only")] = "warta.db",
        host: Annotated[str, typer.Option(help="address to listen on (127.0.0.1: this machine only)")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port")] = 8000,
        workers: Annotated[int, typer.Option(help="uvicorn worker processes")] = 1,
    ) -> None:
        """Serve the web UI (search, articles, entities, quotes, events, overview) and the REST API
        under /api/ (OpenAPI docs at /docs). The store is opened read-only."""
        from pathlib import Path

        import uvicorn

        if not Path(db).is_file():
            typer.echo(f"warta serve: no store at {db} (make one with `warta ingest PATH --db {db}`)", err=True)
            raise typer.Exit(2)
        if not 0 < port < 65536:
            raise typer.BadParameter("must be 1-65535", param_hint="--port")
        if workers < 1:
            raise typer.BadParameter("must be at least 1", param_hint="--workers")
        typer.echo(f"warta serve: {db} (read-only) on http://{host}:{port}/  (API docs: /docs)", err=True)
        if workers == 1:
            from warta.web.app import create_app

            uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
        else:
            import os
            import socket

            from uvicorn.supervisors import Multiprocess

            os.environ["WARTA_DB"] = str(Path(db).resolve())
            config = uvicorn.Config("warta.web.server:app", host=host, port=port, workers=workers,
                                    log_level="warning")
            sock = config.bind_socket()
            # Accepted connections inherit this from the shared listening socket. Without it the
            # worker processes answered every keep-alive request about 40 ms late (Nagle's
            # algorithm meeting the client's delayed ACK), which one process does not.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            Multiprocess(config, sockets=[sock]).run()
