"""Web load test on loopback: requests/s and p50/p99 latency of the search and article pages.

    .venv/bin/python bench/bench_web.py [--articles 20000] [--requests 600] [--server-workers 2]
                                        [--queries distinct|frequency] [--json]
                                        [--db STORE] [--keep DIR]

The store is built with bench/bench_ingest.py's synthetic corpus builder (``make_corpus``: the
detik bodies of ../shared varied per article, or the VIVA sample alone without ../shared), sized
by --articles (default 20,000), ingested with ``warta ingest --workers N``; --db uses an existing
store instead. ``warta serve --workers N`` (N uvicorn processes, default one per core) runs on
127.0.0.1 at a free port; clients are
asyncio tasks, each with its own keep-alive connection (a minimal HTTP/1.1 client, see
Connection), at 1, 10 and 50 concurrent clients. Each level sends
--requests requests per page kind (bounded: nothing runs longer than that), after a short warm-up:
- search: GET /search?q=WORD[ WORD] (words drawn from the corpus's titles and bodies; the page
  runs the FTS query, its count and three facet queries). The server caches a query's ranking,
  count and facets, so --queries says how they are drawn: ``distinct`` (default) never sends a
  query string twice in the whole run, so every search is computed afresh; ``frequency`` draws
  them with replacement, common words as often as the corpus uses them, as a search log would;
- article: GET /articles/ID for a random stored article (record decode + highlighting).
Only loopback is ever contacted. --json prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ingest import load_bases, make_corpus  # noqa: E402

LEVELS = (1, 10, 50)
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def build_store(work: Path, n: int, shared: Path | None, workers: int) -> Path:
    corpus, db = work / "corpus", work / "web.db"
    make_corpus(corpus, n, load_bases(shared))
    t = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "warta.cli", "ingest", str(corpus), "--db", str(db),
                        "--workers", str(workers), "--batch-size", "64"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode not in (0, 1):
        raise SystemExit(f"ingest failed: {r.stderr.decode()[-2000:]}")
    print(f"store: {n} articles ingested in {time.monotonic() - t:.0f}s", file=sys.stderr, flush=True)
    return db


def sample_targets(db: Path, seed: int = 5) -> tuple[list[str], list[int]]:
    rng = random.Random(seed)
    c = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True)
    ids = [r[0] for r in c.execute("SELECT id FROM articles")]
    words: list[str] = []
    for aid in rng.sample(ids, min(len(ids), 400)):
        row = c.execute("SELECT title, substr(text, 1, 400) FROM articles WHERE id=?", (aid,)).fetchone()
        words += re.findall(r"[A-Za-z]{4,}", " ".join(filter(None, row)))
    c.close()
    queries = [" ".join(rng.sample(words, rng.choice((1, 1, 2)))) for _ in range(10000)]
    return queries, ids


class Connection:
    """One keep-alive HTTP/1.1 connection that sends GETs and reads whole responses.

    The load clients are this small asyncio client rather than httpx: on these two cores httpx
    spent about 2.7 ms of CPU per request, most of a core at 50 clients, so the figures measured the
    client as much as the server. This costs a fraction of that; it reads what ``warta serve``
    sends (a status line, headers with Content-Length, the body) and nothing more."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        for attempt in (1, 2):      # a keep-alive connection the server has closed is reopened once
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            try:
                self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode("ascii"))
                head = await self.reader.readuntil(b"\r\n\r\n")
                break
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if attempt == 2:
                    raise
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = next((int(v) for k, _, v in (line.partition(":") for line in lines[1:])
                       if k.strip().lower() == "content-length"), None)
        if length is None:
            raise RuntimeError(f"no Content-Length in the answer to {path}")
        await self.reader.readexactly(length)
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def run_level(host: str, port: int, paths: list[str], clients: int) -> dict:
    todo = iter(paths)
    times: list[float] = []
    errors = 0

    async def worker():
        nonlocal errors
        conn = Connection(host, port)
        try:
            for path in todo:            # the shared iterator hands each path to one client
                t = time.perf_counter()
                try:
                    status = await conn.get(path)
                except (OSError, RuntimeError, asyncio.IncompleteReadError):
                    status = 0
                    await conn.close()
                times.append((time.perf_counter() - t) * 1000)
                if status != 200:
                    errors += 1
        finally:
            await conn.close()

    # the load generator's own garbage collection would be counted as server latency
    gc.disable()
    started = time.perf_counter()
    try:
        await asyncio.gather(*(worker() for _ in range(clients)))
    finally:
        elapsed = time.perf_counter() - started
        gc.enable()
    times.sort()
    return {"clients": clients, "requests": len(times), "errors": errors,
            "rps": round(len(times) / elapsed, 1), "p50_ms": round(statistics.median(times), 1),
            "p99_ms": round(times[max(0, int(0.99 * len(times)) - 1)], 1)}


async def load(port: int, queries: list[str], ids: list[int], requests: int, seed: int = 11,
               distinct: bool = True) -> dict:
    rng = random.Random(seed)
    # FTS is case-blind; "banjir" is the warm-up query
    unused = [q for q in dict.fromkeys(q.lower() for q in queries) if q != "banjir"]
    rng.shuffle(unused)

    def draw() -> str:
        if not distinct:
            return rng.choice(queries)
        if not unused:
            raise SystemExit("not enough distinct queries: lower --requests")
        return unused.pop()

    out: dict = {"search": [], "article": []}
    warm = Connection(HOST, port)
    for path in ["/search?q=banjir", f"/articles/{ids[0]}"] * 10:
        await warm.get(path)
    await warm.close()
    for clients in LEVELS:
        for kind in ("search", "article"):
            if kind == "search":
                paths = ["/search?" + urlencode({"q": draw()}) for _ in range(requests)]
            else:
                paths = [f"/articles/{rng.choice(ids)}" for _ in range(requests)]
            res = await run_level(HOST, port, paths, clients)
            print(f"{kind:7s} {res}", file=sys.stderr, flush=True)
            out[kind].append(res)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=20_000, help="size of the synthetic store (default 20000)")
    ap.add_argument("--requests", type=int, default=600, help="requests per page kind and concurrency level")
    ap.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1), help="ingest worker processes")
    ap.add_argument("--server-workers", type=int, default=os.cpu_count() or 1,
                    help="uvicorn worker processes of warta serve (default: one per core)")
    ap.add_argument("--db", help="an existing store to serve instead of building one")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--keep", help="build the corpus and store in this folder and keep them")
    ap.add_argument("--queries", choices=("distinct", "frequency"), default="distinct",
                    help="distinct: no query twice (cache cold); frequency: drawn with replacement")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    if args.articles < 1 or not 1 <= args.requests <= 100_000:
        ap.error("--articles must be >= 1 and --requests 1-100000")
    shared = Path(args.shared) if Path(args.shared, "data").is_dir() else None
    with tempfile.TemporaryDirectory(prefix="warta-bench-web-") as tmp:
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        t = time.monotonic()
        db = Path(args.db) if args.db else build_store(work, args.articles, shared, args.workers)
        build_s = round(time.monotonic() - t, 1)
        queries, ids = sample_targets(db)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "warta.cli", "serve", "--db", str(db), "--host", HOST,
                                   "--port", str(port), "--workers", str(args.server_workers)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://{HOST}:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/api/overview", timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("warta serve did not start")
                time.sleep(0.2)
            results = asyncio.run(load(port, queries, ids, args.requests, distinct=args.queries == "distinct"))
        finally:
            server.terminate()
            server.wait(10)
    report = {"articles": len(ids), "built_store": not args.db, "store_build_s": build_s if not args.db else None,
              "corpus": "bench_ingest.make_corpus" + (" (../shared detik bodies)" if shared else " (VIVA sample only)"),
              "server": f"warta serve, {args.server_workers} uvicorn process(es), 127.0.0.1", "cpus": os.cpu_count(),
              "requests_per_level": args.requests, "queries": args.queries, **results}
    print(json.dumps(report) if args.json else json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
