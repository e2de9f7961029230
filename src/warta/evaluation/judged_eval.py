"""Precision of Warta's events as readers judged them on text no gold set codes.

``eval/judged/events_judged.jsonl`` keeps the verdicts of annotators who read events Warta coded on
unlabelled articles (detik1000 and PFSA-ID documents outside the test and kept-back sets, sentences
of idner-news-2k and indolem_nerui ``train``) and said of each whether it is right, names the wrong
actor or target, has the wrong type, is not asserted or is no event (eval/judged/README.md). This
module runs Warta on those texts again and scores today's events against the verdicts: an event is
judged when its sentence, predicate, type and both codes' countries (their first three letters) are
those the verdict was given on. It measures precision only (nothing says what Warta missed), on far
more events than the gold sets hold; an event a rule changed since is counted as not judged, never
guessed.

Detik and PFSA-ID texts may not be copied, so a verdict names its sentence by a hash of its text;
the idner-news-2k (MIT) and indolem_nerui (CC BY 4.0) sentences are stored with their text.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

from warta.evaluation.clean_eval import REPO
from warta.evaluation.events_eval import _root, bootstrap_ci, detik_article, detik_rows
from warta.evaluation.quotes_eval import PFSA_SOURCE, pfsa_text
from warta.ingest.sources import make_article
from warta.model import Article, Event
from warta.pipeline import default_pipeline

JUDGED = REPO / "eval" / "judged" / "events_judged.jsonl"
VERDICTS = ("right", "wrong_actor", "wrong_target", "wrong_type", "not_asserted", "not_event")
# the event happened as coded, whoever the codes name
EVENT_RIGHT = ("right", "wrong_actor", "wrong_target")


def sentence_key(sentence: str) -> str:
    """What a verdict names its sentence by: a hash of its first 400 characters, whitespace folded."""
    return hashlib.sha1(" ".join(sentence[:400].split()).encode("utf-8")).hexdigest()[:16]


def event_key(event: Event) -> tuple[str, str, str, str | None, str | None]:
    """Sentence, predicate, type and the first three letters of both codes: the readers judged the
    parties at that level ("sector GOV wrong only, IDN ok"), as `warta eval events` scores them, so a
    verdict still speaks of an event whose sector or name a rule has since put right."""
    return (sentence_key(event.sentence), (event.trigger or "").lower(), event.type,
            _root(event.actor.code if event.actor else None), _root(event.target.code if event.target else None))


def source_article(shared: Path | None, source: str, text: str | None, detik: dict | None) -> Article:
    """The article a judged or sampled line names: its stored text, or the detik1000 or PFSA-ID
    document read from ../shared."""
    if text is not None:
        return make_article(source, text, "text", {})
    if source.startswith("detik1000#"):
        row = (detik or {}).get(source.split("#", 1)[1])
        if row is None:
            raise FileNotFoundError(f"no detik1000 article {source} under {shared}")
        return detik_article(source, row)
    if source.startswith(PFSA_SOURCE) and shared is not None:
        found = pfsa_text(shared, source)
        if found is not None:
            return make_article(source, found, "text", {})
    raise FileNotFoundError(f"no text for {source}" + (f" under {shared}" if shared else " (no shared folder)"))


def detik_for(shared: Path | None, sources: set[str]) -> dict | None:
    """detik1000's rows by id when any of sources is a detik article, else None (no CSV read)."""
    if not any(s.startswith("detik1000#") for s in sources):
        return None
    return detik_rows(shared or Path("/nonexistent"))


def evaluate_judged(shared: Path | None, path: Path) -> dict:
    """Run Warta on every text the verdicts in path were given on and score its events."""
    verdicts: dict[str, list[dict]] = defaultdict(list)
    texts: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            v = json.loads(line)
            verdicts[v["source"]].append(v)
            if v.get("text"):
                texts[v["source"]] = v["text"]
    detik = detik_for(shared, set(verdicts))
    pipeline = default_pipeline()
    counts: Counter = Counter()
    types: dict[str, Counter] = defaultdict(Counter)
    produced = 0
    per_article: list[tuple[int, int, int]] = []   # (judged, right, event right) for the interval
    for source, given in verdicts.items():
        article = pipeline(source_article(shared, source, texts.get(source), detik))
        # a verdict judges one event: two alike in a sentence need two verdicts
        pool = Counter((v["sentence_key"], v["trigger"].lower(), v["type"], _root(v["actor"]), _root(v["target"]),
                        v["verdict"]) for v in given)
        judged = right = event_right = 0
        for event in article.events:
            produced += 1
            key = event_key(event)
            verdict = next((k[5] for k in pool if k[:5] == key and pool[k] > 0), None)
            if verdict is None:
                counts["not_judged"] += 1
                continue
            pool[(*key, verdict)] -= 1
            counts[verdict] += 1
            types[event.type]["judged"] += 1
            types[event.type]["right"] += verdict == "right"
            judged += 1
            right += verdict == "right"
            event_right += verdict in EVENT_RIGHT
        per_article.append((judged, right, event_right))
    judged = sum(counts[v] for v in VERDICTS)
    right, event_right = counts["right"], sum(counts[v] for v in EVENT_RIGHT)
    return {
        "articles": len(verdicts),
        "verdicts": sum(len(v) for v in verdicts.values()),
        "events": produced,
        "judged": judged,
        "coverage": judged / produced if produced else 0.0,
        "precision": right / judged if judged else 0.0,
        "precision_ci95": _ci([(j, r) for j, r, _ in per_article]),
        "event_precision": event_right / judged if judged else 0.0,
        "event_precision_ci95": _ci([(j, e) for j, _, e in per_article]),
        "by_verdict": {v: counts[v] for v in VERDICTS},
        # which kinds of event an analyst can take as they come, and which to read again
        "by_type": {t: {"judged": c["judged"], "right": c["right"], "precision": c["right"] / c["judged"]}
                    for t, c in sorted(types.items(), key=lambda kv: -kv[1]["judged"])},
    }


def _ci(rows: list[tuple[int, int]]) -> list[float]:
    # the share of right events, resampled by article (events of one article are not independent);
    # bootstrap_ci reads (gold, predicted, matched) rows, so the judged events stand in both
    return bootstrap_ci([(j, j, r) for j, r in rows])["precision"]


def format_report(r: dict) -> str:
    lo, hi = r["precision_ci95"]
    elo, ehi = r["event_precision_ci95"]
    verdicts = ", ".join(f"{k} {v}" for k, v in r["by_verdict"].items())
    by_type = "\n".join(f"  {t:10} {c['precision']:.3f} of {c['judged']}" for t, c in r["by_type"].items())
    return (f"{r['events']} events on {r['articles']} judged texts; {r['judged']} of them judged "
            f"(coverage {r['coverage']:.3f}; an event changed since its verdict is not judged)\n"
            f"precision (actor, type and target right): {r['precision']:.3f} [{lo:.3f}-{hi:.3f}]\n"
            f"event precision (the event happened as typed): {r['event_precision']:.3f} [{elo:.3f}-{ehi:.3f}]\n"
            f"verdicts: {verdicts}\nprecision by type:\n{by_type}")
