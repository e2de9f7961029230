"""Indonesian date expressions, resolved to ISO dates.

dateparser reads "Senin 28 Desember 2015" but returns nothing for "pekan lalu", "Senin lalu" or
"dua hari lalu" (see DEPENDENCIES.md), and news text leans on exactly those, so Warta parses them
itself from the vocabulary in ``resources/id/dates.toml``. Relative expressions ("kemarin",
"Januari lalu") need an anchor: the article's date when known, else the first full date the
body states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from warta.model import Article, DateMention
from warta.resources import load_toml


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: date
    granularity: str = "day"
    relative: bool = False


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class _Vocab:
    def __init__(self) -> None:
        data = load_toml("id/dates.toml")
        self.months: dict[str, int] = data["months"]
        self.weekdays: dict[str, int] = data["weekdays"]
        self.numbers: dict[str, int] = data["numbers"]
        self.relative_days: dict[str, int] = data["relative_days"]
        self.units: dict[str, list] = data["units"]
        self.direction: dict[str, int] = data["direction"]
        full_months = [m for m in self.months if len(m) > 3 or m == "mei"]
        mon, fmon, wd = _alt(self.months), _alt(full_months), _alt(self.weekdays)
        num = _alt(self.numbers)
        unit, direc = _alt(self.units), _alt(self.direction)
        wd_opt = rf"(?:(?P<wd>{wd})\s*,?\s*)?"
        cap_wd = _alt(w.capitalize() for w in self.weekdays)
        i = re.IGNORECASE
        # Ordered by priority: a longer, more explicit match wins over the pieces inside it.
        self.patterns: list[tuple[str, re.Pattern]] = [
            ("dmy", re.compile(rf"\b{wd_opt}(?P<d>\d{{1,2}})\s+(?P<m>{mon})\.?\s+(?P<y>\d{{4}})\b", i)),
            ("mdy", re.compile(rf"\b(?P<m>{fmon})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", i)),
            ("wd_paren", re.compile(
                rf"\b(?P<wd>{wd})\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
                rf"(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\)", i)),
            ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
            ("numeric", re.compile(
                rf"\b{wd_opt}(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>(?:19|20)\d{{2}})\b", i)),
            ("month_rel", re.compile(
                rf"\b(?:(?:awal|akhir|pertengahan)\s+)?(?P<m>{fmon})\s+(?P<dir>lalu|kemarin|silam|mendatang|depan)\b", i)),
            ("dm", re.compile(rf"\b{wd_opt}(?P<d>\d{{1,2}})\s+(?P<m>{fmon})\b(?!\s+\d)", i)),
            ("my", re.compile(rf"\b(?P<m>{fmon})\s+(?P<y>(?:19|20)\d{{2}})\b", i)),
            ("n_unit", re.compile(
                rf"\b(?P<n>\d{{1,3}}|{num})\s+(?P<u>{unit})\s+(?P<dir>{direc})\b", i)),
            ("unit", re.compile(rf"\b(?P<u>pekan|minggu|bulan|tahun)\s+(?P<dir>lalu|kemarin|silam|depan|mendatang)\b", i)),
            # A bare weekday is only a date when capitalised: lower-case "minggu" means "week".
            ("wd", re.compile(rf"\b(?P<wd>{cap_wd})\s+(?P<dir>lalu|kemarin|depan|ini|besok|mendatang)\b")),
            ("rel_day", re.compile(rf"\b(?P<rel>{_alt(self.relative_days)})\b", i)),
            ("wd", re.compile(rf"\b(?P<wd>{cap_wd})\b")),
        ]

    def month(self, token: str) -> int:
        return int(token) if token.isdigit() else self.months[token.lower()]

    def number(self, token: str) -> int:
        return int(token) if token.isdigit() else self.numbers[token.lower()]


@lru_cache(maxsize=1)
def vocab() -> _Vocab:
    return _Vocab()


def _year(token: str | None, anchor: date | None) -> int | None:
    if token is None:
        return anchor.year if anchor else None
    y = int(token)
    return y + 2000 if y < 100 else y


def _safe_date(y: int | None, m: int, d: int) -> date | None:
    if y is None or not 1900 <= y <= 2100:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match, anchor: date | None, v: _Vocab) -> Found | None:
    g = m.groupdict()
    if kind in ("dmy", "mdy", "iso", "numeric", "wd_paren", "dm"):
        value = _safe_date(_year(g.get("y"), anchor), v.month(g["m"]), int(g["d"]))
        if value is None:
            return None
        relative = g.get("y") is None
        return Found(m.start(), m.end(), value, "day", relative)
    if kind == "my":
        value = _safe_date(int(g["y"]), v.month(g["m"]), 1)
        return value and Found(m.start(), m.end(), value, "month")
    if anchor is None:
        return None  # everything below is relative to the article's date
    if kind == "month_rel":
        month = v.month(g["m"])
        forward = v.direction.get(g["dir"].lower(), -1) > 0
        year = anchor.year
        if forward and month <= anchor.month:
            year += 1
        elif not forward and month >= anchor.month:
            year -= 1
        return Found(m.start(), m.end(), date(year, month, 1), "month", True)
    if kind in ("n_unit", "unit"):
        n = v.number(g["n"]) if g.get("n") else 1
        granularity, days = v.units[g["u"].lower()]
        sign = v.direction.get(g["dir"].lower(), -1)
        if sign == 0:
            return None
        return Found(m.start(), m.end(), _shift(anchor, granularity, n * sign, days), granularity, True)
    if kind == "rel_day":
        return Found(m.start(), m.end(), anchor + timedelta(days=v.relative_days[g["rel"].lower()]),
                     "day", True)
    if kind == "wd":
        target = v.weekdays[g["wd"].lower()]
        sign = v.direction.get((g.get("dir") or "").lower(), 0)
        delta = (anchor.weekday() - target) % 7
        if sign > 0:
            value = anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
        elif sign < 0 and delta == 0:
            value = anchor - timedelta(days=7)
        else:
            value = anchor - timedelta(days=delta)  # news usage: the most recent such day
        return Found(m.start(), m.end(), value, "day", True)
    return None


def _shift(anchor: date, granularity: str, n: int, days: int) -> date:
    if granularity == "month":
        month0 = anchor.month - 1 + n
        return date(anchor.year + month0 // 12, month0 % 12 + 1, 1)
    if granularity == "year":
        return date(anchor.year + n, 1, 1)
    return anchor + timedelta(days=n * days)


def find_dates(text: str, anchor: date | None = None) -> list[Found]:
    """All date expressions in ``text``, longest-first, without overlaps, in text order."""
    v = vocab()
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    for kind, pattern in v.patterns:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            hit = _resolve(kind, m, anchor, v)
            if hit is not None:
                taken.append((hit.start, hit.end))
                found.append(hit)
    return sorted(found, key=lambda f: f.start)


_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT|GMT[+-]?\d*|UTC)?\b", re.IGNORECASE)
_DATE_LINE_FILLER = re.compile(
    r"\b(?:WIB|WITA|WIT|pukul|jam|diperbarui|diterbitkan|dipublikasikan|dipublikasi|terbit|"
    r"update|updated|published|posted|pada)\b|[|,•·:()\-–—/\s]", re.IGNORECASE)


def parse_date_line(line: str) -> date | None:
    """The date when a whole line is nothing but a date (with weekday, time, 'WIB', ...)."""
    if not line or len(line) > 80 or not any(c.isdigit() for c in line):
        return None
    hits = [f for f in find_dates(line) if f.granularity == "day" and not f.relative]
    if not hits:
        return None
    rest = line
    for f in sorted(hits, key=lambda f: f.start, reverse=True):
        rest = rest[: f.start] + " " + rest[f.end:]
    rest = _DATE_LINE_FILLER.sub("", _TIME.sub("", rest))
    return hits[0].value if not rest.strip() else None


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def annotate_dates(article: Article, settings=None) -> Article:
    """Stage: fill ``dates`` (and ``event_date``) from the clean body."""
    text = article.text
    anchor = parse_iso(article.published)
    if anchor is None:
        absolute = [f for f in find_dates(text) if f.granularity == "day" and not f.relative]
        anchor = absolute[0].value if absolute else None
    mentions = find_dates(text, anchor)
    article.dates = [
        DateMention(text=text[f.start:f.end], start=f.start, end=f.end, value=f.value.isoformat(),
                    granularity=f.granularity, relative=f.relative)
        for f in mentions
    ]
    full = [f for f in mentions if f.granularity == "day" and not f.relative]
    article.event_date = full[0].value.isoformat() if full else None
    return article
