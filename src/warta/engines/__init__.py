"""Engines that run the per-document pipeline over a corpus: a local process pool, or Dask."""
