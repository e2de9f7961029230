"""HTML pages: main text and metadata through trafilatura, then the shared residue cleaner.

trafilatura finds the article block and its metadata (title, author, date through htmldate,
site name); what it keeps is still scraped text with teasers and footers in it (DEPENDENCIES.md:
it keeps MediaIndonesia's related-article teasers and copyright line), so its output goes through
the same line cleaner as plain text.
"""

from __future__ import annotations

import html as htmllib
import logging
import re
from functools import lru_cache

import trafilatura

from warta.ingest.decode import normalize_text
from warta.model import Article
from warta.outlets import outlet_table
from warta.resources import load_toml
from warta.settings import Settings, default_settings
from warta.shape import Shape

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


def _extract(html: str, url: str | None, prune: tuple[str, ...], metadata: bool = True, **mode):
    return trafilatura.bare_extraction(
        html, url=url, with_metadata=metadata, include_comments=False, include_tables=True,
        include_images=False, deduplicate=False, prune_xpath=list(prune), **mode)


def _quality(text: str, shape: Shape) -> tuple[float, float]:
    """Prose characters, discounted by the share of headline-like fragments, and that share."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return 0.0, 1.0
    fragments = sum(shape.fragment(line) for line in lines)
    share = fragments / len(lines)
    prose = sum(len(line) for line in lines if not shape.fragment(line))
    return prose * (1 - share) ** 2, share


_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|div|br|li|ul|ol|h[1-6]|section|article|aside|table|tr|td|figure|"
                        r"figcaption|header|footer|blockquote|span\s+itemprop)[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")
_LETTER = re.compile(r"[^\W\d_]")
_PLAIN_START = re.compile(r"[^\W_][\w ,.]*")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def recover_lead(page: str, text: str, settings: Settings) -> str | None:
    """The opening paragraph trafilatura dropped, when it stands as loose text before the first one.

    Some templates print the lead as bare text after a bold outlet name ("<b>Kapanlagi.com</b> -
    Pesona ...", "<strong>Jakarta, KompasOtomotif</strong> - ...<br /><br />...") and only later wrap
    paragraphs in tags; trafilatura keeps the tagged ones. The lead, up to lead_max_paragraphs
    paragraphs, is taken back only when it opens with a dateline and reads as prose.
    """
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    # plain words only: the page may write an opening quotation mark as an entity ("&ldquo;")
    probe = _PLAIN_START.match(first.lstrip("\"'“‘ "))
    probe = probe.group(0)[:25] if probe else ""
    at = page.find(probe) if len(probe) >= 15 else -1
    if at < 0:
        return None
    before = _SCRIPT.sub(" ", page[max(0, at - settings.lead_window_chars): at])
    lines = htmllib.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", before))).split("\n")
    # the loose text may run to a few paragraphs split by <br>: walk back to the dateline
    lead: list[str] = []
    for line in reversed(lines):
        candidate = " ".join(line.split())
        if not _LETTER.search(candidate):
            continue          # an opening quotation mark of the first paragraph, a stray dash
        if len(candidate) < 40 or not candidate.endswith((".", '"', "”")) or candidate in text:
            return None
        lead.insert(0, candidate)
        if outlet_table().match_dateline(candidate):
            return "\n".join(lead) if len(candidate) >= 80 else None
        if len(lead) >= settings.lead_max_paragraphs:
            return None
    return None


def extract_html(article: Article, settings: Settings | None = None) -> Article:
    """Stage: replace the HTML in ``article.raw`` by its main text, one paragraph per line.

    When what trafilatura returns looks like a list of teasers (many headline-like lines) it has
    probably picked the wrong block, and its precision-oriented mode is tried; when it returns very
    little, its recall-oriented mode. The text that reads more like an article is kept.
    """
    if article.input_kind != "html":
        return article
    settings = settings or default_settings()
    outlet = outlet_table().by_url(article.url)
    prune = prune_xpaths(outlet.name if outlet else None)
    try:
        doc = _extract(article.raw, article.url, prune)
        text = (doc.text or "").strip() if doc is not None else ""
        shape = Shape(settings)
        score, share = _quality(text, shape)
        mode = None
        if len(text) < settings.html_retry_min_chars:
            mode = {"favor_recall": True}      # too little: look wider
        elif settings.html_retry_fragment_share <= share < settings.html_index_fragment_share:
            mode = {"favor_precision": True}   # a teaser list: look narrower
        # (nearly all fragments: an index page, which no mode turns into an article)
        if mode is not None:
            other = _extract(article.raw, article.url, prune, metadata=False, **mode)
            other_text = (other.text or "").strip() if other is not None else ""
            if _quality(other_text, shape)[0] > score:
                text = other_text
    except Exception as exc:  # trafilatura raises a zoo of lxml/parser errors on broken pages
        raise NoArticleText(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    lead = recover_lead(article.raw, text, settings) if text else None
    if lead:
        text = lead + "\n" + text
    if len(text) < settings.min_html_text_chars:
        raise NoArticleText(f"no article text found in the HTML page (only {len(text)} characters of text)")
    text, fixes = normalize_text(text)
    article.warnings += fixes
    article.raw = text
    meta = article.meta
    for key, value in (("title", doc.title), ("date", doc.date), ("sitename", doc.sitename),
                       ("url", doc.url), ("html_authors", doc.author), ("description", doc.description)):
        if value and key not in meta:
            meta[key] = value
    article.url = article.url or doc.url
    return article
