"""An article's clean text as HTML with its entities, quotes and events marked in place.

Article text is untrusted. Every piece of it goes through :func:`markupsafe.escape` and every
attribute through ``Markup.format`` (which escapes its arguments), so the result can be marked safe
as a whole without any of the article's own characters ever becoming markup.

Entities become links to their entity page (class ``ent ent-LABEL``, title "name · id · label");
quotes and events are spans (``q``, ``ev``) cut at entity and paragraph edges, so the elements
always nest, whatever the overlap of the spans.
"""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup, escape

LABELS = ("PER", "ORG", "GPE", "LOC", "EVT")


def _clip(start, end, lo: int, hi: int) -> tuple[int, int] | None:
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    s, e = max(start, lo), min(end, hi)
    return (s, e) if s < e else None


def _quote_title(q: dict) -> str:
    sp = q.get("speaker") or {}
    who = sp.get("name") or "unknown speaker"
    if sp.get("id"):
        who += f" · {sp['id']}"
    if sp.get("role"):
        who += f" ({sp['role']})"
    return f"{q.get('kind', 'direct')} quote — {who}"


def _event_title(e: dict) -> str:
    def side(x):
        if not x:
            return "?"
        return f"{x.get('name') or '?'} [{x.get('code') or '?'}]"
    return f"event {e.get('type')}: {side(e.get('actor'))} → {side(e.get('target'))}"


def _spans(text: str, start: int, end: int, quotes: list, events: list) -> Markup:
    """text[start:end] cut at quote/event edges, each piece wrapped in the spans covering it."""
    cuts = {start, end}
    live = []
    for kind, items, title in (("q", quotes, _quote_title), ("ev", events, _event_title)):
        for i, item in enumerate(items):
            span = _clip(item.get("start"), item.get("end"), start, end)
            if span:
                cuts.update(span)
                live.append((span, kind, i, title(item)))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        piece = escape(text[a:b])
        covering = [(kind, i, title) for (s, e), kind, i, title in live if s <= a and b <= e]
        # events outside, quotes inside
        for kind, i, title in sorted(covering, key=lambda c: c[0] != "q"):
            piece = Markup('<span class="{} {}-{}" title="{}">{}</span>').format(kind, kind, i, title, piece)
        out.append(piece)
    return Markup("").join(out)


def render(text: str, paragraphs: list[dict], entities: list[dict], quotes: list[dict],
           events: list[dict]) -> Markup:
    """``<p>`` per paragraph with the marked-up spans inside."""
    text = text or ""
    paras = [(p["start"], p["end"]) for p in paragraphs or []
             if isinstance(p.get("start"), int) and isinstance(p.get("end"), int)]
    if not paras and text:
        paras, pos = [], 0
        for chunk in text.split("\n\n"):
            paras.append((pos, pos + len(chunk)))
            pos += len(chunk) + 2
    # an entity found in the title or a photo caption has a `source` and offsets into that string
    ents = sorted((e for e in entities or [] if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)
                   and e.get("source") in (None, "text", "body")),
                  key=lambda e: (e["start"], -e["end"]))
    html = []
    for p_start, p_end in paras:
        pieces, pos = [], p_start
        for ent in ents:
            span = _clip(ent["start"], ent["end"], p_start, p_end)
            if not span or span[0] < pos:
                continue        # outside this paragraph, or overlapping one already drawn
            s, e = span
            if s > pos:
                pieces.append(_spans(text, pos, s, quotes, events))
            label = ent.get("label") if ent.get("label") in LABELS else "OTHER"
            inner = _spans(text, s, e, quotes, events)
            if ent.get("id"):
                title = f"{ent.get('name') or ent['text']} · {ent['id']} · {label}"
                pieces.append(Markup('<a class="ent ent-{}" href="/entities/{}" title="{}" data-id="{}">{}</a>')
                              .format(label, quote(ent["id"], safe=""), title, ent["id"], inner))
            else:
                title = f"{ent.get('text')} · unlinked · {label}"
                pieces.append(Markup('<span class="ent ent-{}" title="{}">{}</span>').format(label, title, inner))
            pos = e
        if pos < p_end:
            pieces.append(_spans(text, pos, p_end, quotes, events))
        html.append(Markup("<p>{}</p>").format(Markup("").join(pieces)))
    return Markup("\n").join(html)


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s), else None (a ``javascript:`` or ``data:`` URL is never a link)."""
    if not url or not isinstance(url, str):
        return None
    u = url.strip()
    if u.lower().startswith(("http://", "https://")) and not any(c in u for c in "\x00\r\n\t "):
        return u
    return None
