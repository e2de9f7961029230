"""Ingest: turn paths, folders, JSONL records and standard input into Article records."""

from warta.ingest.sources import iter_documents

__all__ = ["iter_documents"]
