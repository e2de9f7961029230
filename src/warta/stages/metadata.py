"""Article metadata: outlet, title, authors and publication date, from what the earlier stages found."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.model import Article
from warta.outlets import outlet_table
from warta.resources import load_toml, load_wordlist
from warta.settings import Settings
from warta.stages.dates import find_dates, parse_iso

_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:]\s+")
_SITE_PREFIX = re.compile(r"([\w.]+)\s*[:|]\s+")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")


@lru_cache(maxsize=1)
def _byline_label() -> re.Pattern:
    """The label opening a byline (resources/id/residue.toml [labels])."""
    labels = load_toml("id/residue.toml")["labels"]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return re.compile(rf"(?i)^(?:(?:{alt(labels['byline_with_outlet'])})(?: [\w.]+)?|{alt(labels['byline'])})"
                      rf"\s*[:|,]?\s*")


def add_metadata(article: Article, settings: Settings | None = None) -> Article:
    """Stage: settle title, outlet, authors and ``published`` from input metadata and residue."""
    table = outlet_table()
    if article.outlet is None:
        for guess in (article.meta.get("outlet"), article.meta.get("sitename")):
            outlet = table.by_alias(guess)
            if outlet:
                article.outlet = outlet.name
                break
    if article.title:
        article.title = _strip_site_from_title(article.title, table)
    article.authors = _authors(article)
    _published(article)
    return article


def _strip_site_from_title(title: str, table) -> str:
    title = title.strip()
    m = _SITE_PREFIX.match(title)
    if m and table.by_alias(m.group(1)):  # "KapanLagi.com: Judul"
        title = title[m.end():]
    parts = _TITLE_SEPARATORS.split(title)
    while len(parts) > 1 and _is_site_part(parts[-1], table):
        parts.pop()
    return " - ".join(parts) if len(parts) > 1 else parts[0]


def _is_site_part(part: str, table) -> bool:
    words = part.split()
    return any(table.by_alias(" ".join(words[:n])) for n in range(1, min(4, len(words)) + 1))


def _authors(article: Article) -> list[str]:
    names: list[str] = []
    for item in article.removed:
        if item.kind == "byline" and item.rule in ("byline-label", "laporan-wartawan", "caps-name-signature"):
            for chunk in re.split(r"\s*\|\s*", item.text):
                names += _names_in(_byline_label().sub("", chunk, count=1))
    given = article.meta.get("authors") or article.meta.get("html_authors")
    if isinstance(given, str):
        given = re.split(r"\s*[;,]\s*|\s+dan\s+", given)
    for name in given or []:
        names += _names_in(_byline_label().sub("", str(name), count=1))
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return list(seen.values())


def _names_in(text: str) -> list[str]:
    stopwords = load_wordlist("id/author_stopwords.txt")
    text = re.sub(r"\(.*?\)", "", text)
    out = []
    for part in re.split(r"\s*[;,/&]\s*|\s+dan\s+", text):
        part = part.strip(" .:-")
        tokens = re.findall(r"\w+", part.lower())
        if part and len(part.split()) <= 5 and part[0].isupper() and not stopwords.intersection(tokens):
            out.append(part.title() if part.isupper() else part)
    return out


def _published(article: Article) -> None:
    if article.published:
        return
    given = article.meta.get("date")
    value = parse_iso(given) if isinstance(given, str) else None
    if value is None and isinstance(given, str):
        found = [f for f in find_dates(given) if f.granularity == "day" and not f.relative]
        value = found[0].value if found else None
    if value is not None:
        article.published = value.isoformat()
        article.published_evidence = "input metadata"
        return
    if article.meta.get("header_date"):
        article.published, line = article.meta["header_date"]
        article.published_evidence = f"date line above the body: {line}"
        return
    m = _URL_DATE.search(article.url or "")
    if m:
        value = parse_iso(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
        if value:
            article.published = value.isoformat()
            article.published_evidence = "date in the URL"
