"""Every tunable in one place: ``resources/settings.toml`` read into one frozen object."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from warta.resources import load_toml


@dataclass(frozen=True)
class Settings:
    max_document_bytes: int
    max_binary_ratio: float
    language_sample_chars: int
    language_markers_chars: int
    language_min_chars: int
    headline_max_chars: int
    headline_max_words: int
    caption_max_chars: int
    teaser_max_lines: int
    min_html_text_chars: int
    html_retry_fragment_share: float
    html_retry_min_chars: int
    html_index_fragment_share: float
    lead_window_chars: int
    lead_max_paragraphs: int

    @classmethod
    def from_dict(cls, data: dict) -> "Settings":
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        return cls(**data)


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    return Settings.from_dict(load_toml("settings.toml"))
