"""Crash test of `warta ingest`: SIGKILL at random moments, re-run, check nothing lost or doubled.

    .venv/bin/python bench/kill_test.py [--runs 20] [--docs 300] [--kills 2] [--workers 1] [--seed N]

Each run builds a corpus (variants of the bundled samples and test fixtures: paragraphs shuffled,
numbers and names changed; a JSONL file, text files, HTML pages, exact copies, and a few broken
documents), ingests it once without interruption as the reference, then ingests it again into a
fresh store while killing the process (SIGKILL) after random delays, ``--kills`` times, and
finally lets a run finish. The store must then hold every document exactly once (articles +
errors = documents, sources unique), pass SQLite's and FTS5's integrity checks, and export the
same records as the reference. Prints one JSON object with the summary.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMES = ["Budi Santoso", "Siti Rahmawati", "Agus Salim", "Dewi Lestari", "Rudi Hartono", "Putri Ayu",
         "Joko Susilo", "Rina Marlina", "Hendra Wijaya", "Sri Mulyani"]
PLACES = ["Jakarta", "Surabaya", "Medan", "Makassar", "Bandung", "Semarang", "Palembang", "Denpasar"]


def base_texts() -> list[str]:
    """Plain-text bodies to vary: the scraped VIVA text and the bodies Warta extracts from the pages."""
    sys.path.insert(0, str(ROOT / "src"))
    from warta.ingest import iter_documents
    from warta.pipeline import default_pipeline

    texts = [(ROOT / "tests" / "fixtures" / "viva-2015-rusia-isis.txt").read_text(encoding="utf-8")]
    pipe = default_pipeline()
    for art in iter_documents([str(ROOT / "samples"), str(ROOT / "tests" / "fixtures")]):
        done = pipe(art)
        if not done.error and len(done.text) > 300:
            texts.append((done.title or "") + "\n\n" + done.text)
    return texts


def vary(text: str, rng: random.Random) -> str:
    """Shuffle the paragraphs after the first, change every number and some names and places."""
    paras = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    head, rest = paras[:1], paras[1:]
    rng.shuffle(rest)
    out = "\n\n".join(head + rest)
    out = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), out)
    for place in PLACES:
        if place in out and rng.random() < 0.5:
            out = out.replace(place, rng.choice(PLACES))
    out = re.sub(r"\b(Rusia|Indonesia|Google|Samsung|Lombok)\b",
                 lambda m: m.group() if rng.random() < 0.7 else rng.choice(NAMES), out)
    return out


def make_corpus(folder: Path, docs: int, seed: int) -> int:
    """Write about ``docs`` documents under ``folder``; return the exact number of documents."""
    rng = random.Random(seed)
    texts = base_texts()
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    pages = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix == ".html")
    for page in pages[:3]:                                   # a few real pages (slower: trafilatura)
        (folder / page.name).write_bytes(page.read_bytes())
        n += 1
    (folder / "empty.txt").write_text("")                     # broken documents: stored as errors
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    n += 2
    n_txt = max(1, docs // 5)
    for i in range(n_txt):
        (folder / f"teks-{i:04d}.txt").write_text(vary(rng.choice(texts), rng), encoding="utf-8")
        n += 1
    lines = []
    while n + len(lines) < docs:
        if lines and rng.random() < 0.05:
            lines.append(lines[-1])                            # exact copy at another source (#N)
        elif rng.random() < 0.02:
            lines.append('{"text": "broken')                   # not JSON: an error record
            continue
        else:
            text = vary(rng.choice(texts), rng)
            lines.append(json.dumps({"title": text.split("\n", 1)[0][:120], "text": text,
                                     "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"},
                                    ensure_ascii=False))
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n + len(lines)


def ingest_cmd(corpus: Path, db: Path, workers: int, batch: int) -> list[str]:
    return [sys.executable, "-m", "warta.cli", "ingest", str(corpus), "--db", str(db),
            "--workers", str(workers), "--batch-size", str(batch)]


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def full_run(corpus: Path, db: Path, workers: int, batch: int) -> float:
    t = time.monotonic()
    subprocess.run(ingest_cmd(corpus, db, workers, batch), env=_env(), capture_output=True, timeout=600)
    return time.monotonic() - t


def killed_runs(corpus: Path, db: Path, workers: int, batch: int, kills: int, horizon: float,
                rng: random.Random) -> list[float]:
    delays = []
    for _ in range(kills):
        delay = rng.uniform(0.2, horizon)
        proc = subprocess.Popen(ingest_cmd(corpus, db, workers, batch), env=_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)   # the ingest process and any pool workers, at once
            proc.wait()
        delays.append(round(delay, 3))
    return delays


def snapshot(db: Path) -> dict:
    """Counts, integrity and the exported records (without store-internal ids) of a store."""
    conn = sqlite3.connect(db)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    state = {
        "articles": one("SELECT count(*) FROM articles"),
        "errors": one("SELECT count(*) FROM errors"),
        "distinct_sources": one("SELECT count(DISTINCT source) FROM (SELECT source FROM articles "
                                "UNION ALL SELECT source FROM errors)"),
        "both": one("SELECT count(*) FROM articles a JOIN errors e ON e.source = a.source"),
        "stories": one("SELECT count(*) FROM stories"),
        "orphans": one("SELECT (SELECT count(*) FROM articles WHERE story_id IS NULL OR story_id NOT IN "
                       "(SELECT id FROM stories)) + (SELECT count(*) FROM stories WHERE canonical_id NOT IN "
                       "(SELECT id FROM articles)) + (SELECT count(*) FROM lsh WHERE article_id NOT IN "
                       "(SELECT id FROM articles)) + (SELECT count(*) FROM paragraphs WHERE article_id NOT IN "
                       "(SELECT id FROM articles))"),
        "fts_rows": one("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'dan OR yang OR di'"),
        "integrity": one("PRAGMA integrity_check"),
        "records": [repr(tuple(r)) for r in conn.execute(
            "SELECT source, input_hash, text_hash, title, published, story_id, record FROM articles ORDER BY id")],
        "error_rows": [tuple(r) for r in conn.execute("SELECT source, reason FROM errors ORDER BY source")],
    }
    conn.close()
    return state


def run_once(workdir: Path, seed: int, docs: int = 300, kills: int = 2, workers: int = 1,
             batch: int = 8, reference: dict | None = None, corpus: Path | None = None,
             expected: int | None = None, horizon: float | None = None) -> dict:
    """One crash test; returns its result (``ok`` says whether every check held)."""
    rng = random.Random(seed)
    if corpus is None:
        corpus = workdir / "corpus"
        expected = make_corpus(corpus, docs, seed)
    if reference is None:
        ref_db = workdir / "reference.db"
        horizon = full_run(corpus, ref_db, workers, batch)
        reference = snapshot(ref_db)
    db = workdir / f"killed-{seed}.db"
    delays = killed_runs(corpus, db, workers, batch, kills, horizon, rng)
    before = snapshot(db)["articles"] + snapshot(db)["errors"] if db.exists() else 0
    full_run(corpus, db, workers, batch)
    state = snapshot(db)
    again_t = full_run(corpus, db, workers, batch)            # a further run adds nothing
    again = snapshot(db)
    checks = {
        "all_documents_once": state["articles"] + state["errors"] == expected == state["distinct_sources"],
        "no_source_twice": state["both"] == 0,
        "no_orphans": state["orphans"] == 0,
        "integrity": state["integrity"] == "ok",
        "same_as_uninterrupted": state["records"] == reference["records"]
        and state["error_rows"] == reference["error_rows"],
        "rerun_adds_nothing": again["records"] == state["records"] and again["errors"] == state["errors"],
    }
    result = {}
    if not checks["same_as_uninterrupted"]:
        diffs = [i for i, (x, y) in enumerate(zip(state["records"], reference["records"])) if x != y]
        result["differences"] = {"records": len(state["records"]), "reference": len(reference["records"]),
                                 "first": [(state["records"][i][:200], reference["records"][i][:200])
                                           for i in diffs[:2]],
                                 "errors": [state["error_rows"], reference["error_rows"]]}
    return result | {"seed": seed, "documents": expected, "kill_delays_s": delays, "stored_before_final_run": before,
            "articles": state["articles"], "errors": state["errors"], "stories": state["stories"],
            "rerun_s": round(again_t, 2), "checks": checks, "ok": all(checks.values())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--kills", type=int, default=2, help="kills per run before the finishing run")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    seed0 = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    results = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="warta-kill-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        expected = make_corpus(corpus, args.docs, seed0)
        ref_db = work / "reference.db"
        horizon = full_run(corpus, ref_db, args.workers, args.batch_size)
        reference = snapshot(ref_db)
        for i in range(args.runs):
            r = run_once(work, seed0 + i, kills=args.kills, workers=args.workers, batch=args.batch_size,
                         reference=reference, corpus=corpus, expected=expected, horizon=horizon)
            results.append(r)
            if not r["ok"]:
                print(json.dumps(r, ensure_ascii=False)[:3000], file=sys.stderr)
            print(f"run {i + 1}/{args.runs}: {'ok' if r['ok'] else 'FAILED'} kills at {r['kill_delays_s']}s",
                  file=sys.stderr, flush=True)
            (work / f"killed-{seed0 + i}.db").unlink(missing_ok=True)
    summary = {
        "runs": args.runs, "passed": sum(r["ok"] for r in results), "documents": expected,
        "kills": sum(len(r["kill_delays_s"]) for r in results), "workers": args.workers,
        "uninterrupted_run_s": round(horizon, 2), "seed": seed0,
        "failed_checks": sorted({k for r in results for k, v in r["checks"].items() if not v}),
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    print(json.dumps(summary))
    sys.exit(0 if summary["passed"] == args.runs else 1)


if __name__ == "__main__":
    main()
