"""Language identification of the body: Indonesian, Malay, English or another language.

lingua (low-accuracy mode, a fixed set of languages: ~37 MB resident, under 1 ms an article)
decides at document level; between Indonesian and Malay, which it confuses, a list of words
that differ between the two (``resources/id/language_markers.toml``) has the last word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

from warta.model import Article
from warta.resources import load_toml
from warta.settings import Settings, default_settings

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _detector():
    codes = load_toml("id/language_markers.toml")["detect"]
    languages = [getattr(Language, name) for name in codes]
    detector = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
    return detector, {getattr(Language, name): code for name, code in codes.items()}


@lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    data = load_toml("id/language_markers.toml")
    single = lambda words: frozenset(w for w in words if " " not in w)  # noqa: E731
    multi = lambda words: tuple(w for w in words if " " in w)  # noqa: E731
    return single(data["id"]), single(data["ms"]), multi(data["id"]), multi(data["ms"])


def detect_language(text: str, settings: Settings | None = None) -> str | None:
    settings = settings or default_settings()
    if len(text.strip()) < settings.language_min_chars:
        return None
    detector, codes = _detector()
    language = detector.detect_language_of(text[: settings.language_sample_chars])
    code = codes.get(language) if language else None
    lower = text[: settings.language_markers_chars].lower()
    words = _WORD.findall(lower)
    id_single, ms_single, id_multi, ms_multi = _markers()
    # distinct marker words, so that one name or term repeated ("Bandar Lampung") proves nothing
    seen = set(words)
    id_hits = len(id_single & seen) + sum(p in lower for p in id_multi)
    ms_hits = len(ms_single & seen) + sum(p in lower for p in ms_multi)
    if code in ("id", "ms"):
        # lingua cannot tell the two apart reliably; Malay needs words only Malay uses
        return "ms" if ms_hits >= 2 and ms_hits > id_hits else "id"
    if code is None and id_hits + ms_hits >= 3:
        return "ms" if ms_hits > id_hits else "id"
    return code


def identify_language(article: Article, settings: Settings | None = None) -> Article:
    """Stage: set ``language`` from the body; warn when it is not Indonesian."""
    article.language = detect_language(article.text or article.title or "", settings)
    if article.language is None:
        article.warnings.append("language unknown: too little text to tell")
    elif article.language != "id":
        article.warnings.append(f"language looks like {article.language}, not id")
    return article
