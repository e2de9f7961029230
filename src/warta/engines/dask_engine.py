"""Corpus processing on a Dask distributed cluster, written as Parquet shards; loading shards.

The client reads the documents (streaming, as the local engine does), skips those a store given
with ``db`` already holds, and submits batches of documents as tasks; each task runs the same
per-document pipeline as the local engine (:func:`warta.engines.local.process_batch`) and writes
its results as one Parquet shard, ``shard-NNNNNN-<digest>.parquet``, into ``shards`` -- a folder
every worker and the client can reach (a shared file system on a real cluster). A shard is written
to a temporary name and renamed, so a shard that exists is complete; re-running the same input
skips the batches whose shard exists. At most ``inflight`` tasks are pending at once, so the
client's memory stays bounded. :func:`load` merges shards into a store, in shard-name order, with
the same insert/replace/skip rules as a local ingest.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from warta.engines.local import BATCH_SIZE, Progress, ProgressFn, batched, pending, process_batch
from warta.store.repository import Counts, Processed, Store

SHARD_COLUMNS = ("source", "input_hash", "crawled", "record", "signature")


def _schema():
    import pyarrow as pa

    return pa.schema([("source", pa.string()), ("input_hash", pa.string()), ("crawled", pa.string()),
                      ("record", pa.string()), ("signature", pa.binary())])


def write_shard(results: Sequence[Processed], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pydict({
        "source": [r.source for r in results],
        "input_hash": [r.input_hash for r in results],
        "crawled": [r.crawled for r in results],
        "record": [json.dumps(r.record, ensure_ascii=False) for r in results],
        "signature": [r.signature for r in results],
    }, schema=_schema())
    tmp = f"{path}.tmp-{os.getpid()}"
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return len(results)


def process_to_shard(batch: Sequence, path: str) -> int:
    """A Dask task: the pipeline over one batch of (article, input hash), written as a shard."""
    return write_shard(process_batch(batch), path)


def read_shard(path: str) -> Iterator[Processed]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    for group in range(pf.num_row_groups):
        table = pf.read_row_group(group)
        cols = {name: table.column(name).to_pylist() for name in SHARD_COLUMNS}
        for i in range(table.num_rows):
            yield Processed(source=cols["source"][i], input_hash=cols["input_hash"][i],
                            crawled=cols["crawled"][i], record=json.loads(cols["record"][i]),
                            signature=cols["signature"][i])


def shard_files(paths: Iterable[str]) -> list[str]:
    """Shard files behind ``paths`` (files, or folders holding *.parquet), in name order per folder."""
    found = []
    for path in paths:
        if os.path.isdir(path):
            found.extend(sorted(str(p) for p in Path(path).glob("*.parquet")))
        else:
            found.append(path)
    return found


def run_dask(paths: Sequence[str], scheduler: str | None, shards: str, *, db: str | None = None,
             batch_size: int = BATCH_SIZE, inflight: int | None = None, client=None,
             progress: ProgressFn | None = None, total: int | None = None) -> Counts:
    """Process every document behind ``paths`` on the cluster at ``scheduler`` into Parquet shards.

    With ``db``, documents whose exact input that store already holds are not sent. Returns the
    counts (``stored`` = documents written to shards this run, ``skipped`` = not sent)."""
    from distributed import Client, wait

    from warta.ingest import iter_documents

    os.makedirs(shards, exist_ok=True)
    own_client = client is None
    if own_client:
        client = Client(scheduler) if scheduler else Client(processes=True)
    started = time.monotonic()
    counts = Counts()
    skipped = Counts()
    store = Store(db) if db else None
    try:
        if inflight is None:
            inflight = 2 * max(1, sum(client.nthreads().values()))
        docs = iter_documents(paths)
        source = pending(docs, store, skipped) if store else ((a, _hash(a)) for a in docs)
        futures = []
        for n, batch in enumerate(batched(source, batch_size)):
            digest = hashlib.sha256("\n".join(f"{a.source}\t{h}" for a, h in batch).encode()).hexdigest()[:16]
            path = os.path.join(shards, f"shard-{n:06d}-{digest}.parquet")
            if os.path.exists(path):
                counts.skipped += len(batch)
                counts.seen += len(batch)
                continue
            futures.append(client.submit(process_to_shard, batch, path, pure=False))
            counts.seen += len(batch)
            if len(futures) >= inflight:
                done, rest = wait(futures, return_when="FIRST_COMPLETED")
                for f in done:
                    counts.stored += f.result()
                futures = list(rest)
                if progress:
                    progress(Progress(_plus(counts, skipped), time.monotonic() - started, total))
        for f in futures:
            counts.stored += f.result()
    finally:
        if store:
            store.close()
        if own_client:
            client.close()
    counts.add(skipped)
    if progress:
        progress(Progress(counts, time.monotonic() - started, total))
    return counts


def _hash(article):
    from warta.store.repository import input_hash

    return input_hash(article)


def _plus(a: Counts, b: Counts) -> Counts:
    c = Counts()
    c.add(a)
    c.add(b)
    return c


def load(shards: Sequence[str], db: str, *, batch_size: int = 256, progress: ProgressFn | None = None) -> Counts:
    """Merge Parquet shards into the store at ``db`` (skip stored inputs, replace changed ones)."""
    files = shard_files(shards)
    started = time.monotonic()
    counts = Counts()
    with Store(db) as store:
        run = store.start_run("load", files)
        for file in files:
            for batch in batched(read_shard(file), batch_size):
                counts.add(store.write_batch(batch, run))
                if progress:
                    progress(Progress(counts, time.monotonic() - started, None))
        store.finish_run(run)
    return counts
