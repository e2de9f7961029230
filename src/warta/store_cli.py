"""Corpus commands of the ``warta`` CLI: ingest, load, search, export (the library has no Typer)."""

from __future__ import annotations

import json
import sys
import time
from typing import Annotated, Optional

import typer

from warta.engines import BATCH_SIZE

DB_HELP = "the store file (SQLite)"


class _Reporter:
    """A rich progress bar (documents/s, ETA) on a terminal; plain log lines on stderr otherwise."""

    def __init__(self, label: str, every: float = 5.0):
        self.label = label
        self.every = every
        self.last = 0.0
        self.bar = None
        self.task = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self.bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("{task.fields[info]}"),
                                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=False)

    def __enter__(self):
        if self.bar:
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=None, rate=0.0, info="")
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()

    def __call__(self, p) -> None:
        c = p.counts
        rate = c.seen / p.elapsed if p.elapsed > 0 else 0.0
        info = f"stored {c.stored} skipped {c.skipped} failed {c.failed}"
        if self.bar:
            self.bar.update(self.task, completed=c.seen, total=p.total, rate=rate, info=info)
            return
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            eta = ""
            if p.total and rate > 0:
                eta = f", ETA {max(0.0, (p.total - c.seen) / rate):.0f}s"
            of = f"/{p.total}" if p.total else ""
            print(f"warta {self.label}: {c.seen}{of} documents, {rate:.1f}/s{eta}, {info}",
                  file=sys.stderr, flush=True)

    def done(self, counts, elapsed: float) -> None:
        rate = counts.seen / elapsed if elapsed > 0 else 0.0
        print(f"warta {self.label}: done: {counts.seen} documents in {elapsed:.1f}s ({rate:.1f}/s): "
              f"{counts.stored} stored, {counts.replaced} replaced, {counts.skipped} unchanged, "
              f"{counts.failed} failed", file=sys.stderr, flush=True)


def print_summary(db: str) -> None:
    from warta.store import Store

    with Store(db, readonly=True) as store:
        s = store.summary()
    typer.echo(f"{db}: {s['articles']} articles in {s['stories']} stories "
               f"({s['duplicates']} duplicates of a canonical article), {s['errors']} documents failed")
    typer.echo("outlets: " + (", ".join(f"{o['outlet']} ({o['articles']})" for o in s["outlets"]) or "none"))
    typer.echo("top entities: " + (", ".join(f"{e['name']} [{e['label']}] ({e['mentions']})"
                                             for e in s["top_entities"]) or "none yet"))
    typer.echo("top quoted speakers: " + (", ".join(f"{q['name']} ({q['quotes']})"
                                                    for q in s["top_speakers"]) or "none yet"))


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the ``warta`` app."""

    @app.command()
    def ingest(
        paths: Annotated[list[str], typer.Argument(help="files, folders, JSONL, WARC/WARC.gz")],
        db: Annotated[str, typer.Option(help=DB_HELP)] = "warta.db",
        workers: Annotated[int, typer.Option(help="local worker processes")] = 1,
        batch_size: Annotated[int, typer.Option(help="documents per batch (one transaction / one task)")] = BATCH_SIZE,
        engine: Annotated[str, typer.Option(help="local | dask")] = "local",
        scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (tcp://host:8786)")] = None,
        shards: Annotated[str, typer.Option(help="with --engine dask: the Parquet shard folder")] = "warta-shards",
        summary: Annotated[bool, typer.Option("--summary", help="print a summary of the store at the end")] = False,
    ) -> None:
        """Process documents into the store: new ones added, unchanged ones skipped, changed ones replaced.

        Safe to interrupt (even kill -9) and re-run. With --engine dask, documents are processed on
        the cluster into Parquet shards, then loaded into --db. Exit status 1 when some documents
        failed (they are in the errors table), 2 for bad usage.
        """
        from warta.engines.local import count_documents

        if workers < 1 or batch_size < 1:
            raise typer.BadParameter("must be at least 1", param_hint="--workers/--batch-size")
        if engine not in ("local", "dask"):
            raise typer.BadParameter("must be local or dask", param_hint="--engine")
        total = count_documents(paths)
        started = time.monotonic()
        try:
            if engine == "local":
                from warta.engines.local import ingest as run_ingest

                with _Reporter("ingest") as report:
                    counts = run_ingest(paths, db, workers=workers, batch_size=batch_size,
                                        progress=report, total=total)
                report.done(counts, time.monotonic() - started)
            else:
                from warta.engines.dask_engine import load, run_dask

                with _Reporter("dask") as report:
                    counts = run_dask(paths, scheduler, shards, db=db, batch_size=batch_size,
                                      progress=report, total=total)
                report.done(counts, time.monotonic() - started)
                with _Reporter("load") as report:
                    counts = load([shards], db, progress=report)
                report.done(counts, time.monotonic() - started)
        except OSError as exc:
            typer.echo(f"warta ingest: {exc}", err=True)
            raise typer.Exit(2)
        if summary:
            print_summary(db)
        raise typer.Exit(1 if counts.failed else 0)

    @app.command()
    def load(
        shards: Annotated[list[str], typer.Argument(help="Parquet shards, or folders of them")],
        db: Annotated[str, typer.Option(help=DB_HELP)] = "warta.db",
    ) -> None:
        """Merge Parquet shards written by `warta ingest --engine dask` into the store."""
        from warta.engines.dask_engine import load as run_load

        started = time.monotonic()
        try:
            with _Reporter("load") as report:
                counts = run_load(shards, db, progress=report)
        except OSError as exc:
            typer.echo(f"warta load: {exc}", err=True)
            raise typer.Exit(2)
        report.done(counts, time.monotonic() - started)

    @app.command()
    def search(
        query: Annotated[str, typer.Argument(help='FTS5 query: words, "phrases", AND/OR/NOT, prefix*')],
        db: Annotated[str, typer.Option(help=DB_HELP)] = "warta.db",
        outlet: Annotated[Optional[str], typer.Option(help="only this outlet, e.g. Kompas.com")] = None,
        since: Annotated[Optional[str], typer.Option(help="published on or after YYYY-MM-DD")] = None,
        until: Annotated[Optional[str], typer.Option(help="published on or before YYYY-MM-DD (or YYYY-MM)")] = None,
        entity: Annotated[Optional[str], typer.Option(help="mentions this entity (id, name or text)")] = None,
        limit: Annotated[int, typer.Option(help="at most this many results")] = 20,
        as_json: Annotated[bool, typer.Option("--json", help="one JSON object per result")] = False,
    ) -> None:
        """Full-text search over titles, bodies and quotes, best first (bm25)."""
        from warta.store import SearchError, Store
        from warta.store import search as run_search

        try:
            with Store(db, readonly=True) as store:
                hits = run_search(store.conn, query, outlet=outlet, since=since, until=until,
                                  entity=entity, limit=limit)
        except FileNotFoundError as exc:
            typer.echo(f"warta search: {exc}", err=True)
            raise typer.Exit(2)
        except SearchError as exc:
            typer.echo(f"warta search: {exc}", err=True)
            raise typer.Exit(2)
        for hit in hits:
            if as_json:
                typer.echo(json.dumps(hit.to_json(), ensure_ascii=False))
            else:
                typer.echo(f"{hit.score:6.2f}  {hit.published or '----------'}  {hit.outlet or '?'}  "
                           f"{hit.title or '(no title)'}\n        {hit.source}\n        {hit.snippet}")
        if not hits and not as_json:
            typer.echo("no match", err=True)

    @app.command()
    def export(
        db: Annotated[str, typer.Option(help=DB_HELP)] = "warta.db",
        format: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv | parquet")] = "jsonl",
        what: Annotated[str, typer.Option(help="articles | entities | quotes | events (GDELT-style)")] = "articles",
        out: Annotated[Optional[str], typer.Option(help="output file (default: standard output)")] = None,
    ) -> None:
        """Export the store: articles (JSONL: full records), entities, quotes, or an events table."""
        from warta.store import Store
        from warta.store.export import FORMATS, WHAT
        from warta.store.export import export as run_export

        if format not in FORMATS:
            raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
        if what not in WHAT:
            raise typer.BadParameter(f"must be one of {', '.join(WHAT)}", param_hint="--what")
        if format == "parquet" and not out:
            raise typer.BadParameter("parquet needs an output file", param_hint="--out")
        try:
            with Store(db, readonly=True) as store:
                if format == "parquet":
                    n = run_export(store.conn, what, format, out)
                elif out:
                    with open(out, "w", encoding="utf-8", newline="") as fh:
                        n = run_export(store.conn, what, format, fh)
                else:
                    n = run_export(store.conn, what, format, sys.stdout)
        except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
            typer.echo(f"warta export: {exc}", err=True)
            raise typer.Exit(2)
        typer.echo(f"warta export: {n} rows of {what}", err=True)
