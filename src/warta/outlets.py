"""The outlets Warta knows (``resources/id/outlets.toml``): lookup by host, by alias, and datelines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from warta.resources import load_toml


@dataclass(frozen=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]
    headline_lines_are_related: bool = False


@dataclass(frozen=True)
class DatelineMatch:
    end: int            # where the body text starts after the dateline
    text: str           # the dateline as written (without the dash)
    place: str | None
    outlet: Outlet | None
    outlet_text: str | None


class OutletTable:
    def __init__(self, outlets: list[Outlet]):
        self.outlets = outlets
        self._by_alias = {a.lower(): o for o in outlets for a in (*o.aliases, o.name, *o.domains)}
        aliases = sorted(self._by_alias, key=len, reverse=True)
        alias_re = "|".join(re.escape(a) for a in aliases)
        # An outlet-like token nobody listed yet ("Beritasatu.com") still marks a dateline.
        outlet_re = rf"(?i:{alias_re}|[A-Za-z0-9]+\.(?:com|co\.id|id|net|tv|news))"
        place = r"[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3}"
        dash = r"\s*(?:-{1,2}|–|—)\s*"
        self._with_outlet = re.compile(
            rf"(?P<dl>(?:(?P<place>{place}(?:,\s*{place})?)\s*(?:,\s*|(?=\()))?\(?\s*(?P<outlet>{outlet_re})\s*\)?"
            rf"(?:\s*,\s*(?P<place2>{place}))?){dash}(?=\S)"
        )
        # Without an outlet name a dateline is a capitalised place followed by a spaced dash.
        self._place_only = re.compile(rf"(?P<dl>{place})\s+(?:-{{1,2}}|–|—)\s*(?=[A-Z\"“'‘])")

    def by_alias(self, text: str | None) -> Outlet | None:
        return self._by_alias.get((text or "").strip().lower()) if text else None

    def by_url(self, url: str | None) -> Outlet | None:
        if not url:
            return None
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        for outlet in self.outlets:
            if any(host == d or host.endswith("." + d) for d in outlet.domains):
                return outlet
        return None

    def is_site_name(self, line: str) -> bool:
        return line.strip().lower() in self._by_alias

    def match_dateline(self, paragraph: str) -> DatelineMatch | None:
        head = paragraph[:120]
        m = self._with_outlet.match(head)
        if m:
            place = m.group("place") or m.group("place2")
            text = m.group("outlet")
            return DatelineMatch(m.end(), m.group("dl").strip(), _place_name(place),
                                 self.by_alias(text), text)
        m = self._place_only.match(head)
        if m and len(m.group("dl").split()) <= 3:
            return DatelineMatch(m.end(), m.group("dl").strip(), _place_name(m.group("dl")), None, None)
        return None


def _place_name(place: str | None) -> str | None:
    if not place:
        return None
    place = place.strip(" ,")
    return place.title() if place.isupper() else place


@lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    data = load_toml("id/outlets.toml")
    return OutletTable([
        Outlet(o["name"], tuple(o["domains"]), tuple(o["aliases"]),
               o.get("headline_lines_are_related", False))
        for o in data["outlet"]
    ])
