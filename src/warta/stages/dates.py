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
        wd_opt = r"(?:(?P<wd>" + wd + r")\s*,?\s*)?"
        cap_wd = _alt(w.capitalize() for w in self.weekdays)
        # Ordered by priority: at one position the first alternative that matches wins, so the
        # longer, more explicit forms come first. (?i:...) marks the case-insensitive ones: a bare
        # weekday counts only when capitalised, since lower-case "minggu" means "week".
        alternatives: list[tuple[str, str]] = [
            ("dmy", rf"(?i:{wd_opt}(?P<d>\d{{1,2}})\s+(?P<m>{mon})\.?\s+(?P<y>\d{{4}}))\b"),
            ("mdy", rf"(?i:(?P<m>{fmon})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}))\b"),
            ("wd_paren", rf"(?i:(?P<wd>{wd})\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
                         rf"(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\))"),
            ("iso", r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
            ("numeric", rf"(?i:{wd_opt})(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>(?:19|20)\d{{2}})\b"),
            ("month_rel", rf"(?i:(?:(?:awal|akhir|pertengahan)\s+)?(?P<m>{fmon})\s+"
                          rf"(?P<dir>lalu|kemarin|silam|mendatang|depan))\b"),
            ("dm", rf"(?i:{wd_opt}(?P<d>\d{{1,2}})\s+(?P<m>{fmon}))\b(?!\s+\d)"),
            ("my", rf"(?i:(?P<m>{fmon})\s+(?P<y>(?:19|20)\d{{2}}))\b"),
            ("n_unit", rf"(?i:(?P<n>\d{{1,3}}|{num})\s+(?P<u>{unit})\s+(?P<dir>{direc}))\b"),
            ("unit", r"(?i:(?P<u>pekan|minggu|bulan|tahun)\s+(?P<dir>lalu|kemarin|silam|depan|mendatang))\b"),
            ("wd", rf"(?P<wd>{cap_wd})\s+(?P<dir>lalu|kemarin|depan|ini|besok|mendatang)\b"),
            ("rel_day", rf"(?i:(?P<rel>{_alt(self.relative_days)}))\b"),
            ("wd", rf"(?P<wd>{cap_wd})\b"),
        ]
        # One scan of the text instead of one per form: group names get the alternative's number.
        self.kinds: dict[str, str] = {}
        parts = []
        for n, (kind, pattern) in enumerate(alternatives):
            self.kinds[f"a{n}"] = kind
            parts.append(f"(?P<a{n}>" + re.sub(r"\(\?P<(\w+)>", rf"(?P<a{n}_\1>", pattern) + ")")
        self.scanner = re.compile(r"\b(?:" + "|".join(parts) + ")")
        # Words a date expression can start with: the scanner is only tried where one stands,
        # which is far cheaper than letting the regex try every position of the text.
        self.triggers = frozenset(w.split()[0] for w in (
            *self.months, *self.weekdays, *self.numbers, *self.relative_days, *self.units,
            "awal", "akhir", "pertengahan"))

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


def _resolve(kind: str, g: dict, start: int, end: int, anchor: date | None, v: _Vocab) -> Found | None:
    if kind in ("dmy", "mdy", "iso", "numeric", "wd_paren", "dm"):
        value = _safe_date(_year(g.get("y"), anchor), v.month(g["m"]), int(g["d"]))
        if value is None:
            return None
        relative = g.get("y") is None
        return Found(start, end, value, "day", relative)
    if kind == "my":
        value = _safe_date(int(g["y"]), v.month(g["m"]), 1)
        return value and Found(start, end, value, "month")
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
        return Found(start, end, date(year, month, 1), "month", True)
    if kind in ("n_unit", "unit"):
        n = v.number(g["n"]) if g.get("n") else 1
        granularity, days = v.units[g["u"].lower()]
        sign = v.direction.get(g["dir"].lower(), -1)
        if sign == 0:
            return None
        return Found(start, end, _shift(anchor, granularity, n * sign, days), granularity, True)
    if kind == "rel_day":
        return Found(start, end, anchor + timedelta(days=v.relative_days[g["rel"].lower()]),
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
        return Found(start, end, value, "day", True)
    return None


def _shift(anchor: date, granularity: str, n: int, days: int) -> date:
    if granularity == "month":
        month0 = anchor.month - 1 + n
        return date(anchor.year + month0 // 12, month0 % 12 + 1, 1)
    if granularity == "year":
        return date(anchor.year + n, 1, 1)
    return anchor + timedelta(days=n * days)


_WORD = re.compile(r"\w+")


def find_dates(text: str, anchor: date | None = None) -> list[Found]:
    """All date expressions in ``text``, in text order; relative ones only with an anchor."""
    v = vocab()
    found: list[Found] = []
    resume = 0
    for word in _WORD.finditer(text):
        start = word.start()
        token = word.group()
        if start < resume or not (token[0].isdigit() or token.lower() in v.triggers):
            continue
        m = v.scanner.match(text, start)
        if m is None:
            continue
        alt = m.lastgroup
        prefix = alt + "_"
        groups = {k[len(prefix):]: val for k, val in m.groupdict().items() if val is not None and k.startswith(prefix)}
        hit = _resolve(v.kinds[alt], groups, m.start(), m.end(), anchor, v)
        if hit is not None:
            found.append(hit)
            resume = m.end()
    return found


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
