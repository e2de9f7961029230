"""Corpus ingest at scale: throughput (1 and 2 workers), store size, search latency, memory.

    .venv/bin/python bench/bench_ingest.py [--articles 100000] [--process-sample 10000] [--json]
                                           [--shared ../shared] [--keep DIR]

The corpus is synthetic, made at run time from the 1,000 detik.com bodies in
``../shared/data/detik1000_entity_summ/data_berita.csv`` (never copied into the repo): article i is
base body ``i mod 1000`` with its sentences shuffled within each paragraph and its paragraphs
shuffled (the first kept), every number replaced by a random one of the same length, and its
title given a serial number; written as JSONL (``text``, ``title``, ``url``, ``date``) in files of
10,000 lines. Variants of one body are near-duplicates of each other, so the story clustering is
exercised at full load. Without ../shared the VIVA sample text is the only base body.

Measured, each in a fresh child process on this machine:
- ``warta process PART --format jsonl > /dev/null``: the pipeline alone, one process, over the
  first --process-sample documents of the same corpus (whole 10,000-line files; 0 = all of it).
  ``process`` keeps no state between documents, so its articles/s does not depend on how many it
  is given, and sampling saves the hour that a second full pass over 100,000 articles would take;
- ``warta ingest CORPUS --db`` with 1 worker and with 2 workers (fresh store each): articles/s,
  and the resident memory of the ingest process tree at 25/50/75/100% of the corpus (read from
  the run's progress row in the store while it runs);
- store size per article (database + WAL after a checkpoint, 1-worker store);
- search latency p50/p99 over 1,000 queries (one or two words drawn from the corpus's titles and
  bodies, some with --since or --outlet filters), through :func:`warta.store.search`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def load_bases(shared: Path | None) -> list[dict]:
    path = shared / "data" / "detik1000_entity_summ" / "data_berita.csv" if shared else None
    if path and path.exists():
        csv.field_size_limit(1 << 30)
        with open(path, encoding="utf-8", newline="") as fh:
            return [{"title": r["judul"], "text": r["isi_berita"], "url": r["tautan"]} for r in csv.DictReader(fh)]
    text = (ROOT / "samples" / "viva-2015-rusia-isis.txt").read_text(encoding="utf-8")
    return [{"title": "Rusia Membuka Kerjasama dengan Indonesia Lawan ISIS", "text": text, "url": None}]


_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def vary(text: str, rng: random.Random) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    out = []
    for p in paras:
        sents = _SENT.split(p)
        if len(sents) > 2:
            first, rest = sents[:1], sents[1:]
            rng.shuffle(rest)
            sents = first + rest
        out.append(" ".join(sents))
    head, rest = out[:1], out[1:]
    rng.shuffle(rest)
    joined = "\n".join(head + rest)
    return re.sub(r"\d+", lambda m: str(rng.randint(10 ** (len(m.group()) - 1) if len(m.group()) > 1 else 0,
                                                    10 ** len(m.group()) - 1)), joined)


def make_corpus(folder: Path, n: int, bases: list[dict], seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    fh = None
    for i in range(n):
        if i % 10_000 == 0:
            if fh:
                fh.close()
            fh = open(folder / f"part-{i // 10_000:04d}.jsonl", "w", encoding="utf-8")
        base = bases[i % len(bases)]
        rec = {"title": f"{base['title']} ({i})", "text": vary(base["text"], rng),
               "url": f"{base['url']}?v={i}" if base["url"] else None,
               "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if fh:
        fh.close()


def warta(*args: str) -> list[str]:
    return [sys.executable, "-m", "warta.cli", *args]


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc] + proc.children(recursive=True):
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_ingest(corpus: Path, db: Path, workers: int, n: int) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    started = time.monotonic()
    proc = subprocess.Popen(warta("ingest", str(corpus), "--db", str(db), "--workers", str(workers),
                                  "--batch-size", "64"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ps = psutil.Process(proc.pid)
    marks, rss, peak, last = [0.25, 0.5, 0.75, 1.0], {}, 0, 0
    while proc.poll() is None:
        time.sleep(0.5)
        try:
            now = tree_rss(ps)
        except psutil.Error:
            break
        if now == 0:                # the tree exited during the sleep: nothing left to measure
            break
        peak = max(peak, now)
        last = now
        seen = 0
        if db.exists():
            try:
                c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                row = c.execute("SELECT seen FROM runs ORDER BY id DESC LIMIT 1").fetchone()
                c.close()
                seen = row[0] if row else 0
            except sqlite3.Error:
                pass
        while marks and seen >= marks[0] * n * 0.999:
            rss[f"{int(marks.pop(0) * 100)}%"] = round(now / 2 ** 20, 1)
    proc.wait()
    elapsed = time.monotonic() - started
    for mark in marks:              # reached between the last sample and the exit: the last sample
        rss[f"{int(mark * 100)}%"] = round(last / 2 ** 20, 1)
    return {"workers": workers, "seconds": round(elapsed, 1), "articles_per_s": round(n / elapsed, 1),
            "rss_mb": rss, "peak_rss_mb": round(peak / 2 ** 20, 1), "exit": proc.returncode}


def run_process(corpus: Path, n: int, sample: int = 0) -> dict:
    files = sorted(corpus.glob("part-*.jsonl"))
    if sample:
        files = files[:max(1, -(-sample // 10_000))]
        n = min(n, len(files) * 10_000)
    started = time.monotonic()
    subprocess.run(warta("process", *map(str, files), "--format", "jsonl"), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    elapsed = time.monotonic() - started
    return {"articles": n, "seconds": round(elapsed, 1), "articles_per_s": round(n / elapsed, 1)}


def search_latency(db: Path, queries: int = 1000, seed: int = 3) -> dict:
    from warta.store import Store, search

    rng = random.Random(seed)
    with Store(db, readonly=True) as store:
        c = store.conn
        n = c.execute("SELECT max(id) FROM articles").fetchone()[0]
        outlets = [r[0] for r in c.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")]
        words = []
        while len(words) < 500:
            row = c.execute("SELECT title, substr(text, 1, 400) FROM articles WHERE id=?",
                            (rng.randint(1, n),)).fetchone()
            if row:
                words += [w for w in re.findall(r"[A-Za-z]{4,}", " ".join(filter(None, row)))]
        times, hits = [], 0
        for i in range(queries):
            q = " ".join(rng.sample(words, rng.choice((1, 1, 2))))
            kwargs = {}
            if i % 4 == 1:
                kwargs["since"] = "2025-06-01"
            if i % 4 == 2 and outlets:
                kwargs["outlet"] = rng.choice(outlets)
            t = time.perf_counter()
            hits += len(search(c, q, limit=20, **kwargs))
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"queries": queries, "p50_ms": round(statistics.median(times), 2),
            "p99_ms": round(times[int(0.99 * len(times)) - 1], 2), "mean_hits": round(hits / queries, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--process-sample", type=int, default=10_000,
                    help="documents the process-alone baseline runs on (0: the whole corpus)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--keep", help="build the corpus and stores in this folder and keep them")
    args = ap.parse_args()
    shared = Path(args.shared) if Path(args.shared, "data").is_dir() else None
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        corpus = work / "corpus"
        t = time.monotonic()
        bases = load_bases(shared)
        make_corpus(corpus, args.articles, bases)
        report = {"articles": args.articles, "base_bodies": len(bases),
                  "corpus_mb": round(sum(p.stat().st_size for p in corpus.iterdir()) / 2 ** 20, 1),
                  "corpus_build_s": round(time.monotonic() - t, 1), "cpus": os.cpu_count()}
        print(f"corpus: {report}", file=sys.stderr, flush=True)
        report["process_alone"] = run_process(corpus, args.articles, args.process_sample)
        print(f"process: {report['process_alone']}", file=sys.stderr, flush=True)
        db1 = work / "w1.db"
        report["ingest_1_worker"] = run_ingest(corpus, db1, 1, args.articles)
        print(f"ingest 1: {report['ingest_1_worker']}", file=sys.stderr, flush=True)
        report["ingest_vs_process"] = round(report["ingest_1_worker"]["articles_per_s"]
                                            / report["process_alone"]["articles_per_s"], 3)
        c = sqlite3.connect(db1)
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stored, stories = c.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories)").fetchone()
        c.close()
        size = sum(Path(str(db1) + s).stat().st_size for s in ("", "-wal") if Path(str(db1) + s).exists())
        report["store"] = {"articles": stored, "stories": stories, "mb": round(size / 2 ** 20, 1),
                           "kb_per_article": round(size / 1024 / max(1, stored), 2)}
        report["search"] = search_latency(db1)
        print(f"store: {report['store']} search: {report['search']}", file=sys.stderr, flush=True)
        report["ingest_2_workers"] = run_ingest(corpus, work / "w2.db", 2, args.articles)
        report["speedup_2_workers"] = round(report["ingest_2_workers"]["articles_per_s"]
                                            / report["ingest_1_worker"]["articles_per_s"], 2)
    if args.json:
        print(json.dumps(report))
    else:
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
