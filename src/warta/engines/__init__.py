"""Engines that run the per-document pipeline over a corpus: a local process pool, or Dask."""

# Documents per batch: one transaction in the store, one Dask task, and the unit the pipeline runs
# stage by stage (warta.pipeline); from about 64 the light stages run as fast as they do with the
# processor to themselves (bench/bench_stages.py --batch-size).
BATCH_SIZE = 128
