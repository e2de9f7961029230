"""WARC and WARC.gz input: one Article per HTML response record, streamed (constant memory).

Records are numbered from 1 over every record of the file (warcinfo, request, response, ...), so
``path#N`` points at the N-th record whatever its type; only ``response`` records whose HTTP
Content-Type is HTML (or that carry no type but look like HTML) become documents. The record's
``WARC-Target-URI`` is the document's URL, and its ``WARC-Date`` (the capture time, not the
publication date) travels as ``meta["warc_date"]``. Read with warcio, which handles both plain
and gzipped (per-record or whole-file) WARCs.
"""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warta.ingest.decode import InputError, decode_bytes
from warta.model import Article
from warta.settings import Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(path: str, settings: Settings) -> Iterator[Article]:
    """Yield an Article (or an error record) for each HTML response of the WARC file at ``path``."""
    from warta.ingest.sources import looks_like_html, make_article

    n = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                n += 1
                if record.rec_type != "response":
                    continue
                source = f"{path}#{n}"
                ctype = ""
                if record.http_headers is not None:
                    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if ctype and not ctype.startswith(HTML_TYPES):
                    continue
                status = record.http_headers.get_statuscode() if record.http_headers is not None else None
                url = record.rec_headers.get_header("WARC-Target-URI")
                date = record.rec_headers.get_header("WARC-Date")
                stream = record.content_stream()
                data = stream.read(settings.max_document_bytes + 1)
                if len(data) > settings.max_document_bytes:
                    yield Article(source=source, url=url,
                                  error=f"record too large: over {settings.max_document_bytes / 1e6:.0f} MB")
                    continue
                if status and not str(status).startswith("2"):
                    yield Article(source=source, url=url, error=f"HTTP status {status}, not a page")
                    continue
                try:
                    text, warnings = decode_bytes(data, settings)
                except InputError as exc:
                    yield Article(source=source, url=url, error=str(exc))
                    continue
                if not ctype and not looks_like_html(text):
                    continue
                meta = {key: value for key, value in (("url", url), ("warc_date", date)) if value}
                yield make_article(source, text, "html", meta, warnings)
    except ArchiveLoadFailed as exc:
        yield Article(source=f"{path}#{n + 1}", error=f"not a readable WARC record: {exc}")
    except (OSError, EOFError) as exc:
        yield Article(source=f"{path}#{n + 1}" if n else path,
                      error=f"cannot read: {getattr(exc, 'strerror', None) or exc}")
