"""Judgements on the shape of a line of text: a headline, a fragment, a caption, a sentence.

Shared by the residue cleaner (which lines are body) and the HTML stage (did trafilatura return
an article or a list of teasers); the thresholds come from the settings.
"""

from __future__ import annotations

import re

from warta.settings import Settings

_FINAL_PUNCT = ('.', '!', '?', ':', ';', '"', '”', '’', "'", '…', ')', ']', ',')
_QUOTES = ('"', '“', '”')


def _title_case_ratio(text: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


class Shape:
    """Judgements on a line's shape, with the thresholds from the settings."""

    def __init__(self, settings: Settings):
        self.s = settings

    def short(self, text: str) -> bool:
        return len(text) <= self.s.headline_max_chars and len(text.split()) <= self.s.headline_max_words

    def unfinished(self, text: str) -> bool:
        return not text.rstrip().endswith(_FINAL_PUNCT)

    def headline(self, text: str) -> bool:
        """A title or related-article link: short, title case, and not a finished sentence."""
        if not self.short(text) or any(q in text for q in _QUOTES):
            return False
        ends_open = self.unfinished(text) or (text.endswith(("?", "!")) and _title_case_ratio(text) >= 0.6)
        return ends_open and _title_case_ratio(text) >= 0.5

    def fragment(self, text: str) -> bool:
        """Short and unfinished: a headline or a teaser's lede."""
        return self.short(text) and self.unfinished(text) and not any(q in text for q in _QUOTES)

    def caption(self, text: str) -> bool:
        """One short sentence without quotation marks."""
        return (len(text) <= self.s.caption_max_chars and not any(q in text for q in _QUOTES)
                and ". " not in text.rstrip("."))
