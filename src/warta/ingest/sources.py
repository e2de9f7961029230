"""Find the documents behind the paths a user gives and read each into an Article record.

A document that cannot be read becomes an Article with ``error`` set (never an exception), so
one broken file is reported with its path and reason and the batch goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator

from warta.ingest.decode import InputError, decode_bytes, normalize_text
from warta.model import Article
from warta.settings import Settings, default_settings

TEXT_SUFFIXES = (".txt", ".text", ".txt.gz")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES

# Field names accepted in JSONL records, first match wins (English and Indonesian dumps).
TEXT_FIELDS = ("text", "body", "content", "isi_berita", "isi", "article")
HTML_FIELDS = ("html", "raw_html", "page")
META_FIELDS = {
    "title": ("title", "judul", "headline"),
    "url": ("url", "link", "tautan", "source_url"),
    "date": ("published", "date", "tanggal", "publish_date", "published_at", "datetime"),
    "outlet": ("outlet", "site", "sitename", "media"),
    "authors": ("authors", "author", "penulis", "reporter"),
}

_HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|div|p)\b", re.IGNORECASE)


def _suffix(path: str) -> str:
    name = path.lower()
    for suffix in sorted(KNOWN_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return os.path.splitext(name)[1]


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.search(text[:4096]))


def iter_documents(paths: Iterable[str], settings: Settings | None = None,
                   stdin: io.BufferedIOBase | None = None) -> Iterator[Article]:
    """Yield one Article per document, in input order; folders are read recursively, sorted."""
    settings = settings or default_settings()
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _from_bytes("-", stream.read(), None, settings)
        elif os.path.isdir(path):
            for file in _walk(path):
                yield from _from_file(file, settings)
        else:
            yield from _from_file(path, settings)


def _walk(folder: str) -> Iterator[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in files
                     if not f.startswith(".") and _suffix(f) in KNOWN_SUFFIXES)
    yield from sorted(found)


def _error(source: str, reason: str) -> Article:
    return Article(source=source, error=reason)


def _from_file(path: str, settings: Settings) -> Iterator[Article]:
    suffix = _suffix(path)
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        yield _error(path, f"cannot read: {exc.strerror or exc}")
        return
    if os.path.isdir(path):
        yield _error(path, "is a folder")
        return
    if suffix in WARC_SUFFIXES:
        from warta.ingest.warc import iter_warc

        yield from iter_warc(path, settings)
        return
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(path, settings)
        return
    if size > settings.max_document_bytes:
        yield _error(path, f"document too large: {size / 1e6:.1f} MB "
                           f"(limit {settings.max_document_bytes / 1e6:.0f} MB)")
        return
    try:
        if suffix.endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                data = fh.read(settings.max_document_bytes + 1)
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except (OSError, EOFError) as exc:
        yield _error(path, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        return
    kind = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None
    yield from _from_bytes(path, data, kind, settings)


def _from_bytes(source: str, data: bytes, kind: str | None, settings: Settings) -> Iterator[Article]:
    if len(data) > settings.max_document_bytes:
        yield _error(source, f"document too large: {len(data) / 1e6:.1f} MB "
                             f"(limit {settings.max_document_bytes / 1e6:.0f} MB)")
        return
    try:
        text, warnings = decode_bytes(data, settings)
    except InputError as exc:
        yield _error(source, str(exc))
        return
    if kind is None and source == "-" and text.lstrip().startswith("{"):
        yield from _jsonl_lines(source, io.StringIO(text), settings)
        return
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    yield make_article(source, text, kind, {}, warnings)


def make_article(source: str, content: str, kind: str, meta: dict,
                 warnings: list[str] | None = None) -> Article:
    """An Article ready for the pipeline: normalised input, its kind, and the metadata given."""
    warnings = list(warnings or [])
    if kind == "text":
        content, fixes = normalize_text(content)
        warnings += fixes
    if not content.strip():
        return Article(source=source, error="empty document", warnings=warnings)
    return Article(source=source, raw=content, input_kind=kind, meta=meta, warnings=warnings,
                   url=meta.get("url"))


def _from_jsonl(path: str, settings: Settings) -> Iterator[Article]:
    try:
        opener = gzip.open if path.lower().endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", errors="surrogateescape") as fh:
            yield from _jsonl_lines(path, fh, settings)
    except (OSError, EOFError) as exc:
        yield _error(path, f"cannot read: {getattr(exc, 'strerror', None) or exc}")


def _jsonl_lines(path: str, lines: Iterable[str], settings: Settings) -> Iterator[Article]:
    n = 0
    for line in lines:
        if not line.strip():
            continue
        n += 1
        source = f"{path}#{n}"
        if len(line) > settings.max_document_bytes:
            yield _error(source, f"record too large: {len(line) / 1e6:.1f} MB")
            continue
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            yield _error(source, "invalid UTF-8 in this line")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(source, f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield _from_record(source, record)


def _first(record: dict, names: tuple[str, ...]):
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def _from_record(source: str, record) -> Article:
    if not isinstance(record, dict):
        return _error(source, f"a JSON {type(record).__name__}, not an object with a text or html field")
    meta = {key: _first(record, names) for key, names in META_FIELDS.items()}
    meta = {key: value for key, value in meta.items() if value is not None}
    html = _first(record, HTML_FIELDS)
    text = _first(record, TEXT_FIELDS)
    if isinstance(html, str) and html.strip():
        return make_article(source, html, "html", meta)
    if isinstance(text, str) and text.strip():
        return make_article(source, text, "text", meta)
    fields = ", ".join(TEXT_FIELDS + HTML_FIELDS)
    return _error(source, f"no text: the record has none of the fields {fields} (or they are empty)")
