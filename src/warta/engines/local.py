"""Corpus ingest on this machine: read, skip what is stored, process (in a process pool), store.

Documents stream from :func:`warta.ingest.iter_documents`; each is hashed (source + raw input +
metadata) and skipped when the store already holds that exact input, so a re-run, or a run after
``kill -9``, only processes what is missing. The rest go in batches through the pipeline -- inline
for one worker, in a local process pool otherwise, with at most ``2 x workers`` batches in flight
and results taken in input order -- and each batch is committed in one transaction.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context

from warta.engines import BATCH_SIZE
from warta.model import Article
from warta.store import dedup
from warta.store.repository import Counts, Processed, Store, input_hash


@dataclass
class Progress:
    """What a progress display needs after each committed batch."""

    counts: Counts
    elapsed: float
    total: int | None


ProgressFn = Callable[[Progress], None]


def process_batch(batch: Sequence[tuple[Article, str]]) -> list[Processed]:
    """Run the pipeline over one batch of (article, input hash); in a worker or inline."""
    from warta.pipeline import default_pipeline

    done = default_pipeline().run_batch([article for article, _ in batch])
    out = []
    for (article, hash_), result in zip(batch, done):
        crawled = article.meta.get("warc_date") if article.meta else None
        sig = dedup.signature(result.text) if not result.error and result.text else None
        out.append(Processed(source=article.source, input_hash=hash_, record=result.to_json(),
                             signature=sig, crawled=crawled))
    return out


def pending(articles: Iterable[Article], store: Store, skipped: Counts) -> Iterator[tuple[Article, str]]:
    """The documents whose exact input is not in the store yet; the others are counted in ``skipped``."""
    for article in articles:
        hash_ = input_hash(article)
        if store.known(article.source, hash_):
            skipped.seen += 1
            skipped.skipped += 1
            skipped.last_source = article.source
            continue
        yield article, hash_


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(paths: Sequence[str], db: str, *, workers: int = 1, batch_size: int = BATCH_SIZE,
           progress: ProgressFn | None = None, total: int | None = None,
           articles: Iterable[Article] | None = None) -> Counts:
    """Ingest every document behind ``paths`` into the store at ``db``; return the run's counts."""
    from warta.ingest import iter_documents

    started = time.monotonic()
    counts = Counts()
    with Store(db) as store:
        run = store.start_run("ingest", paths)
        skipped = Counts()
        docs = articles if articles is not None else iter_documents(paths)
        batches = batched(pending(docs, store, skipped), batch_size)

        def commit(results: list[Processed]) -> None:
            extra = Counts()
            extra.add(skipped)
            skipped.__init__()      # the generator above keeps counting into the same object
            counts.add(store.write_batch(results, run, extra=extra))
            if progress:
                progress(Progress(counts, time.monotonic() - started, total))

        if workers <= 1:
            for batch in batches:
                commit(process_batch(batch))
        else:
            for results in run_pool(batches, workers):
                commit(results)
        store.finish_run(run, skipped)
        counts.add(skipped)
        if progress:
            progress(Progress(counts, time.monotonic() - started, total))
    return counts


def run_pool(batches: Iterable[list], workers: int) -> Iterator[list[Processed]]:
    """Process batches in a local process pool; yield results in input order, at most 2 x workers
    batches in flight (so memory stays bounded whatever the corpus size)."""
    ctx = get_context("spawn")  # no fork: the parent may hold threads (progress display) and a DB handle
    inflight: deque[Future] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for batch in batches:
            inflight.append(pool.submit(process_batch, batch))
            if len(inflight) >= 2 * workers:
                yield inflight.popleft().result()
        while inflight:
            yield inflight.popleft().result()


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))


def count_documents(paths: Sequence[str]) -> int | None:
    """How many documents ``paths`` hold, cheaply (files, JSONL lines); None when a WARC or standard
    input makes that unknown without reading everything."""
    from warta.ingest.sources import JSONL_SUFFIXES, WARC_SUFFIXES, _suffix, _walk

    total = 0
    for path in paths:
        files = list(_walk(path)) if os.path.isdir(path) else [path]
        for file in files:
            suffix = _suffix(file)
            if file == "-" or suffix in WARC_SUFFIXES:
                return None
            if suffix in JSONL_SUFFIXES:
                import gzip

                try:
                    opener = gzip.open if suffix.endswith(".gz") else open
                    with opener(file, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except (OSError, EOFError):
                    total += 1
            else:
                total += 1
    return total
