"""HTML pages: main text and metadata through trafilatura, then the shared residue cleaner.

trafilatura finds the article block and its metadata (title, author, date through htmldate,
site name); what it keeps is still scraped text with teasers and footers in it (DEPENDENCIES.md:
it keeps MediaIndonesia's related-article teasers and copyright line), so its output goes through
the same line cleaner as plain text.
"""

from __future__ import annotations

import logging

import trafilatura

from functools import lru_cache

from warta.ingest.decode import normalize_text
from warta.model import Article
from warta.outlets import outlet_table
from warta.resources import load_toml
from warta.settings import Settings, default_settings

# trafilatura logs every page it finds too short at WARNING; the pipeline reports that itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


class NoArticleText(Exception):
    pass


@lru_cache(maxsize=64)
def prune_xpaths(outlet: str | None) -> tuple[str, ...]:
    data = load_toml("id/html.toml")
    extra = data.get("outlet", {}).get(outlet or "", {}).get("prune_xpath", [])
    return tuple(data["prune_xpath"]) + tuple(extra)


def extract_html(article: Article, settings: Settings | None = None) -> Article:
    """Stage: replace the HTML in ``article.raw`` by its main text, one paragraph per line."""
    if article.input_kind != "html":
        return article
    outlet = outlet_table().by_url(article.url)
    try:
        doc = trafilatura.bare_extraction(
            article.raw, url=article.url, with_metadata=True, include_comments=False,
            include_tables=True, include_images=False, deduplicate=False,
            prune_xpath=list(prune_xpaths(outlet.name if outlet else None)),
        )
    except Exception as exc:  # trafilatura raises a zoo of lxml/parser errors on broken pages
        raise NoArticleText(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    found = len((doc.text or "").strip()) if doc is not None else 0
    if found < (settings or default_settings()).min_html_text_chars:
        raise NoArticleText(f"no article text found in the HTML page (only {found} characters of text)")
    text, fixes = normalize_text(doc.text)
    article.warnings += fixes
    article.raw = text
    meta = article.meta
    for key, value in (("title", doc.title), ("date", doc.date), ("sitename", doc.sitename),
                       ("url", doc.url), ("html_authors", doc.author), ("description", doc.description)):
        if value and key not in meta:
            meta[key] = value
    article.url = article.url or doc.url
    return article
