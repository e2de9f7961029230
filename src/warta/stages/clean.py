"""Residue cleaning: a line classifier that separates the body from everything scraped around it.

Every input line gets one label. Pattern rules (``resources/id/residue.toml``) label furniture
such as ads, bylines, credits and "Baca juga" links; the layout rules below use what the patterns
found (a credit header makes the line above it a caption, ``img_title`` closes a related-article
teaser, the dateline opens the body) and the shape of lines (a short line with no final punctuation
reads as a headline). What is not body goes to ``removed`` with its kind and rule, never silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.model import Article, Dateline, Paragraph, Photo, Removed
from warta.outlets import Outlet, outlet_table
from warta.resources import load_toml
from warta.settings import Settings, default_settings
from warta.shape import Shape
from warta.stages.dates import parse_date_line

_BULLETS = "•·∙● "
_TAIL_WINDOW = 300


@dataclass
class Rule:
    name: str
    kind: str
    pattern: re.Pattern
    anchor: bool = False
    caption_next: bool = False
    outlets: tuple[str, ...] = ()

    def applies(self, outlet: Outlet | None) -> bool:
        return not self.outlets or (outlet is not None and outlet.name in self.outlets)


@dataclass
class Line:
    index: int
    text: str
    kind: str | None = None     # None: not decided yet; "body": kept
    rule: str | None = None

    def label(self, kind: str, rule: str) -> None:
        self.kind, self.rule = kind, rule


@lru_cache(maxsize=1)
def residue_rules() -> tuple[list[Rule], list[Rule], list[Rule]]:
    data = load_toml("id/residue.toml")

    def build(entries: list[dict], anchored: str) -> list[Rule]:
        rules = []
        for e in entries:
            flags = 0 if e.get("case") else re.IGNORECASE
            rules.append(Rule(e["name"], e["kind"], re.compile(anchored.format(e["pattern"]), flags),
                              e.get("anchor", False), e.get("caption_next", False),
                              tuple(e.get("outlets", ()))))
        return rules

    return (build(data.get("line", []), "(?:{})"), build(data.get("tail", []), "(?:{})$"),
            build(data.get("head", []), "^(?:{})"))


def clean(article: Article, settings: Settings | None = None) -> Article:
    """Stage: split ``article.raw`` (scraped text, or text extracted from HTML) into body and residue."""
    settings = settings or default_settings()
    shape = Shape(settings)
    table = outlet_table()
    outlet = table.by_url(article.url) or table.by_alias(article.meta.get("outlet"))
    lines = [Line(i, t.strip()) for i, t in enumerate(article.raw.split("\n")) if t.strip()]
    rules, tails, heads = residue_rules()

    caption_headers: list[int] = []
    anchors: list[int] = []
    for pos, line in enumerate(lines):
        for rule in rules:
            if rule.applies(outlet) and rule.pattern.fullmatch(line.text):
                line.label(rule.kind, rule.name)
                if rule.caption_next:
                    caption_headers.append(pos)
                if rule.anchor:
                    anchors.append(pos)
                break
        else:
            if table.is_site_name(line.text):
                line.label("footer", "site-name")
                outlet = outlet or table.by_alias(line.text)
            elif parse_date_line(line.text):
                line.label("date", "date-line")

    _find_title(article, lines, shape)
    photos = _find_captions(lines, caption_headers, shape)
    _find_teasers(lines, anchors, shape, settings)
    body_start = _find_body_start(lines, table, shape)
    _find_headlines_in_body(lines, body_start, shape, outlet)
    _header_date(article, lines, body_start)

    removed: list[Removed] = []
    paragraphs: list[str] = []
    for pos, line in enumerate(lines):
        if line.kind not in (None, "body"):
            removed.append(Removed(text=line.text, kind=line.kind, line=line.index, rule=line.rule))
            continue
        text = line.text
        if not paragraphs:
            text, dateline = _strip_dateline(text, table)
            if dateline is not None:
                article.dateline = dateline
                removed.append(Removed(text=dateline.text, kind="dateline", line=line.index, rule="dateline"))
                outlet = outlet or table.by_alias(dateline.outlet)
        text = _strip_glued(text, line.index, heads, tails, removed)
        if text:
            paragraphs.append(text)

    article.photos = photos
    article.removed = removed
    article.outlet = article.outlet or (outlet.name if outlet else None)
    _set_text(article, paragraphs)
    if not article.text:
        article.warnings.append("no body text left after cleaning")
    return article


def _find_title(article: Article, lines: list[Line], shape: Shape) -> None:
    given = article.title or article.meta.get("title")
    first = next((line for line in lines if line.kind is None), None)
    if first is None:
        return
    if given:
        if _same(first.text, given):
            first.label("title", "title-given")
        article.title = article.title or str(given).strip()
        _title_repeated(lines, article.title)
    elif article.input_kind == "text" and first is lines[0] and shape.short(first.text) \
            and not first.text.endswith("."):
        first.label("title", "first-line")
        article.title = first.text


def _title_repeated(lines: list[Line], title: str) -> None:
    """Pages often print the headline again inside the text block; what stands above it is header."""
    for pos, line in enumerate(lines[:12]):
        if line.kind is None and _same(line.text, title):
            line.label("title", "title-repeated")
            for above in lines[:pos]:
                if above.kind is None:
                    above.label("other", "header-above-title")
            return


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.lower()))
    return norm(a) == norm(str(b))


def _find_captions(lines: list[Line], caption_headers: list[int], shape: Shape) -> list[Photo]:
    """A credit header ("Sumber :") makes the line above it a caption and the bullets below it credits."""
    photos: list[Photo] = []
    claimed: set[int] = set()
    for pos in caption_headers:
        caption = None
        above = lines[pos - 1] if pos > 0 else None
        if above is not None and above.kind is None and shape.caption(above.text):
            above.label("caption", "caption-above-credit")
            caption = above.text
        credits = []
        for below in lines[pos + 1: pos + 4]:
            if below.kind != "credit" or below.rule == "credit-header":
                break
            credits.append(_credit_text(below.text))
            claimed.add(below.index)
        photos.append(Photo(caption=caption, credit="; ".join(credits) or None))
        claimed.add(lines[pos].index)
    for pos, line in enumerate(lines):
        if line.rule == "caption-with-credit":
            photos.append(_split_caption_credit(line.text))
            continue
        if line.kind != "credit" or line.index in claimed:
            continue
        caption = None
        above = lines[pos - 1] if pos > 0 else None
        if above is not None and above.kind is None and shape.caption(above.text) \
                and above.text.endswith(".") and line.rule in ("credit-label", "credit-parenthesised", "credit-agency"):
            above.label("caption", "caption-above-credit")
            caption = above.text
        photos.append(Photo(caption=caption, credit=_credit_text(line.text)))
    return photos


@lru_cache(maxsize=1)
def _credit_label() -> str:
    words = load_toml("id/residue.toml")["labels"]["credit"]
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _credit_text(text: str) -> str:
    text = text.strip(_BULLETS + "()[]")
    m = re.match(rf"(?i){_credit_label()}\s*[:：.]\s*", text)
    return text[m.end():].strip() if m else text


def _split_caption_credit(text: str) -> Photo:
    """ "Warga antre. Foto: Agus/detikcom" -> caption and credit."""
    m = re.search(rf"(?i)[.,]\s*{_credit_label()}\s*:\s*", text)
    if not m:
        return Photo(caption=text)
    return Photo(caption=text[: m.start() + 1].strip(), credit=text[m.end():].strip() or None)


def _find_teasers(lines: list[Line], anchors: list[int], shape: Shape, settings: Settings) -> None:
    """Lines just before a teaser anchor (img_title) are the teaser's caption, headline and lede."""
    for pos in anchors:
        taken = 0
        for line in reversed(lines[max(0, pos - settings.teaser_max_lines): pos]):
            if line.kind is not None:
                continue
            if shape.fragment(line.text):
                line.label("related", "teaser-before-anchor")
                taken += 1
            elif taken and shape.caption(line.text):
                line.label("related", "teaser-before-anchor")  # the teaser's photo caption opens it
                break
            else:
                break


def _find_body_start(lines: list[Line], table, shape: Shape) -> int:
    """Position of the first body line. A dateline marks it; what lies above it is header residue."""
    candidates = [pos for pos, line in enumerate(lines) if line.kind is None]
    if not candidates:
        return len(lines)
    for pos in candidates[:4]:
        if table.match_dateline(lines[pos].text):
            for earlier in candidates:
                if earlier >= pos:
                    break
                line = lines[earlier]
                if shape.caption(line.text) and line.text.endswith("."):
                    line.label("caption", "caption-above-dateline")
                else:
                    line.label("other", "header-above-dateline")
            return pos
    return candidates[0]


def _find_headlines_in_body(lines: list[Line], body_start: int, shape: Shape, outlet: Outlet | None) -> None:
    body = [pos for pos, line in enumerate(lines) if line.kind is None and pos >= body_start]
    if not body:
        return
    full = [pos for pos in body if not shape.fragment(lines[pos].text)]
    last_full = full[-1] if full else body[-1]
    for pos in body:
        line = lines[pos]
        if pos > last_full and shape.fragment(line.text):
            line.label("related", "fragment-after-body")
        elif outlet is not None and outlet.headline_lines_are_related and pos > body_start \
                and shape.headline(line.text):
            line.label("related", "headline-in-body")
        else:
            line.label("body", "body")


def _header_date(article: Article, lines: list[Line], body_start: int) -> None:
    """A date line above the body is the article's own date; one below it belongs to residue.

    Kept as a candidate in ``meta``: the metadata stage weighs it against dates that came with
    the input.
    """
    for line in lines[:body_start]:
        if line.kind == "date":
            value = parse_date_line(line.text)
            if value:
                article.meta.setdefault("header_date", (value.isoformat(), line.text))
                return


def _strip_dateline(text: str, table) -> tuple[str, Dateline | None]:
    m = table.match_dateline(text)
    if not m or len(text) - m.end < 20:
        return text, None
    outlet = m.outlet.name if m.outlet else m.outlet_text
    return text[m.end:].lstrip(), Dateline(place=m.place, outlet=outlet, text=text[: m.end].strip())


def _strip_glued(text: str, index: int, heads: list[Rule], tails: list[Rule], removed: list[Removed]) -> str:
    for rule in heads:
        m = rule.pattern.match(text)
        if m and m.end() < len(text):
            removed.append(Removed(text=m.group().strip(), kind=rule.kind, line=index, rule=rule.name))
            text = text[m.end():].lstrip()
    for rule in tails:
        # glued residue is short: look only at the paragraph's end, not its whole length
        m = rule.pattern.search(text, max(0, len(text) - _TAIL_WINDOW))
        if m and m.start() > 0:
            removed.append(Removed(text=m.group().strip(), kind=rule.kind, line=index, rule=rule.name))
            text = text[: m.start()].rstrip()
    return text


def _set_text(article: Article, paragraphs: list[str]) -> None:
    spans, pos = [], 0
    for text in paragraphs:
        spans.append(Paragraph(text=text, start=pos, end=pos + len(text)))
        pos += len(text) + 2
    article.paragraphs = spans
    article.text = "\n\n".join(paragraphs)
