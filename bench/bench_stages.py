"""Time of each pipeline stage, per core, on real articles; NER words/s and resident memory.

    .venv/bin/python bench/bench_stages.py [--json] [--articles N] [--batch-size N] [--shared ../shared]

Runs the whole pipeline on the detik1000 bodies from ../shared (the samples' VIVA text repeated
when absent) in one process pinned to one core, timing every stage separately. Reports for each
stage articles/s, and for the entity stage (the NER model and the gazetteers) words/s; peak
resident memory of the process. A stage's figure is its own time only: "quotes after entities"
means the quote stage's time on articles the entity stage has already annotated.

Articles go through the stages in batches, one stage over the whole batch at a time, as the
ingest engines run them (``warta.engines.BATCH_SIZE`` documents a batch, the default here);
``--batch-size 1`` times each article through every stage in turn, which is slower for the light
stages because each runs with the processor's caches just filled by the entity model.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time

from bench_clean import find_shared, load_texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--batch-size", type=int, help="articles per batch (default: the ingest engines' batch)")
    parser.add_argument("--shared")
    args = parser.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from warta.engines import BATCH_SIZE
    from warta.ingest.sources import make_article
    from warta.pipeline import STAGES, default_pipeline

    texts = load_texts(find_shared(args.shared))[: args.articles]
    default_pipeline()(make_article("warm-up", texts[0], "text", {}))   # load models once
    settings = default_pipeline().settings
    seconds = {stage.name: 0.0 for stage in STAGES}
    words = 0
    size = args.batch_size or BATCH_SIZE
    for first in range(0, len(texts), size):
        batch = [make_article(f"b#{n}", text, "text", {})
                 for n, text in enumerate(texts[first:first + size], first)]
        for stage in STAGES:
            start = time.perf_counter()
            batch = [stage.fn(article, settings) for article in batch]
            seconds[stage.name] += time.perf_counter() - start
        words += sum(len(s.tokens) for article in batch for s in article.sentences)
    count = len(texts)
    result = {
        "articles": count,
        "batch_size": size,
        "words": words,
        "stages": {name: {"seconds": s, "articles_per_second": count / s if s else None}
                   for name, s in seconds.items()},
        "ner_words_per_second": words / seconds["entities"] if seconds["entities"] else None,
        "pipeline_articles_per_second": count / sum(seconds.values()),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"{count} articles, {words} words, one core, batches of {size}")
    for name, r in result["stages"].items():
        print(f"  {name:10} {r['articles_per_second']:10.0f} articles/s")
    print(f"  NER (entities stage) {result['ner_words_per_second']:.0f} words/s")
    print(f"  whole pipeline {result['pipeline_articles_per_second']:.0f} articles/s; peak RSS {result['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
