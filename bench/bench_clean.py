"""Speed and memory of the core pipeline on scraped text and on HTML, beside trafilatura alone.

    .venv/bin/python bench/bench_clean.py [--json] [--repeat N] [--shared ../shared]

Each measurement runs in a fresh child process on one core, so that its peak resident memory
(ru_maxrss) is its own. Inputs:
- text: the 1,000 detik1000 article bodies from ../shared (the samples' VIVA text when absent),
  processed as scraped text;
- html: every HTML page in ../shared/data/news_html_fixtures (the samples' pages when absent),
  through Warta's core stages (trafilatura + cleaner + metadata + sentences + dates + language),
  through the whole pipeline (with entities, quotes and events) and through
  trafilatura alone (`trafilatura.extract` with metadata, the same call Warta makes minus our
  pruning), interleaved page by page so that both see the same cache state.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(shared: Path | None) -> list[str]:
    if shared and (shared / "data" / "detik1000_entity_summ" / "data_berita.csv").exists():
        csv.field_size_limit(1 << 30)
        with open(shared / "data" / "detik1000_entity_summ" / "data_berita.csv", encoding="utf-8", newline="") as fh:
            return [row["isi_berita"] for row in csv.DictReader(fh)]
    return [(ROOT / "samples" / "viva-2015-rusia-isis.txt").read_text(encoding="utf-8")] * 200


def load_pages(shared: Path | None) -> list[str]:
    folder = shared / "data" / "news_html_fixtures" if shared else ROOT / "samples"
    pages = []
    for path in sorted(folder.rglob("*.htm*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as fh:
            pages.append(fh.read().decode("utf-8", errors="replace"))
    return pages


def child(mode: str, shared: Path | None, repeat: int) -> dict:
    """One measurement, in this (fresh) process."""
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from warta.ingest.sources import make_article
    from warta.pipeline import STAGES, Pipeline, default_pipeline

    if mode in ("text", "text-core", "text-base"):
        texts = load_texts(shared)
        if mode == "text":
            pipeline = default_pipeline()
        elif mode == "text-base":  # the core stages, without entities, quotes and events
            pipeline = Pipeline([s for s in STAGES if s.name not in ("entities", "quotes", "events")])
        else:  # cleaning + metadata + sentences: what the target names
            pipeline = Pipeline([s for s in STAGES if s.name in ("clean", "metadata", "sentences")])
        pipeline(make_article("warm-up", texts[0], "text", {}))
        start = time.perf_counter()
        for _ in range(repeat):
            for n, text in enumerate(texts):
                pipeline(make_article(f"t#{n}", text, "text", {}))
        seconds = time.perf_counter() - start
        count = len(texts) * repeat
        return {"documents": count, "seconds": seconds, "per_second": count / seconds,
                "bytes_per_document": sum(len(t.encode()) for t in texts) / len(texts),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if mode == "html":
        import trafilatura

        pages = load_pages(shared)
        # the core (extraction, cleaning, metadata, sentences, dates, language) and the whole
        # pipeline (with entities, quotes and events)
        core = Pipeline([s for s in STAGES if s.name not in ("entities", "quotes", "events")])
        full = default_pipeline()
        full(make_article("warm-up", pages[0], "html", {}))
        core(make_article("warm-up", pages[0], "html", {}))
        trafilatura.extract(pages[0], with_metadata=True)
        core_s = full_s = traf_s = 0.0
        for _ in range(repeat):
            for n, page in enumerate(pages):
                t0 = time.perf_counter()
                core(make_article(f"h#{n}", page, "html", {}))
                t1 = time.perf_counter()
                trafilatura.extract(page, with_metadata=True, include_comments=False)
                t2 = time.perf_counter()
                full(make_article(f"h#{n}", page, "html", {}))
                t3 = time.perf_counter()
                core_s += t1 - t0
                traf_s += t2 - t1
                full_s += t3 - t2
        count = len(pages) * repeat
        return {"documents": count, "warta_per_second": count / core_s,
                "warta_full_per_second": count / full_s,
                "trafilatura_per_second": count / traf_s, "warta_over_trafilatura_time": core_s / traf_s,
                "warta_full_over_trafilatura_time": full_s / traf_s,
                "bytes_per_document": sum(len(p.encode()) for p in pages) / len(pages),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    raise ValueError(mode)


def find_shared(arg: str | None) -> Path | None:
    for candidate in (arg, os.environ.get("WARTA_SHARED"), ROOT.parent / "shared"):
        if candidate and (Path(candidate) / "data").is_dir():
            return Path(candidate)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the inputs (default 3)")
    parser.add_argument("--shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if args.child:
        print(json.dumps(child(args.child, shared, args.repeat)))
        return
    results = {"inputs": "shared" if shared else "samples (../shared not found)", "cores_used": 1}
    for mode in ("text", "text-base", "text-core", "html"):
        cmd = [sys.executable, __file__, "--child", mode, "--repeat", str(args.repeat)]
        if shared:
            cmd += ["--shared", str(shared)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        results[mode.replace("-", "_")] = json.loads(out.stdout.strip().splitlines()[-1])
    if args.json:
        print(json.dumps(results))
        return
    t, c, h = results["text"], results["text_core"], results["html"]
    print(f"inputs: {results['inputs']}; one core per measurement")
    print(f"text, full pipeline           {t['per_second']:8.0f} articles/s  peak {t['peak_rss_mb']:.0f} MB"
          f"  ({t['documents']} docs, {t['bytes_per_document'] / 1000:.1f} KB each)")
    b = results["text_base"]
    print(f"text, core stages (no NER...) {b['per_second']:8.0f} articles/s  peak {b['peak_rss_mb']:.0f} MB")
    print(f"text, clean+metadata+sentences{c['per_second']:8.0f} articles/s  peak {c['peak_rss_mb']:.0f} MB")
    print(f"HTML, Warta core              {h['warta_per_second']:8.0f} pages/s     peak {h['peak_rss_mb']:.0f} MB"
          f"  ({h['documents']} pages, {h['bytes_per_document'] / 1000:.0f} KB each)")
    print(f"HTML, Warta whole pipeline    {h['warta_full_per_second']:8.0f} pages/s")
    print(f"HTML, trafilatura alone       {h['trafilatura_per_second']:8.0f} pages/s")
    print(f"Warta core time / trafilatura {h['warta_over_trafilatura_time']:8.2f}")
    print(f"whole pipeline / trafilatura  {h['warta_full_over_trafilatura_time']:8.2f}")


if __name__ == "__main__":
    main()
