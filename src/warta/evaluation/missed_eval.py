"""What Warta misses on unlabelled text: events readers found in sentences where Warta coded none.

``eval/judged/events_missed.jsonl`` holds a random sample of sentences from the unlabelled pool of
``events_judged.jsonl`` (detik1000 and PFSA-ID documents outside the test and kept-back sets) in
which Warta coded no event although they name at least one party, each read by an annotator who
coded every event it asserts (eval/judged/README.md). The sample is stratified: sentences naming two
or more parties, and those naming one, each line carrying its stratum's weight (sentences in the
stratum / sentences sampled from it). This module runs Warta on those articles again and says how
many of the readers' events it codes today (matched one to one on type and the first three letters
of both codes, as `warta eval events` scores), and how many events of the pool's uncoded sentences
it still misses, estimated from the sample. Misses in sentences Warta coded something in, or that
name no party, are outside the estimate: it is a floor, not the whole of what is missed. detik1000
and PFSA-ID sentences are named by a hash of their text, as the verdicts' are; a line from a corpus
that may be copied can carry its ``text``.

Whether the lexicon has the readers' predicate at all is also counted: a missed event whose
predicate the lexicon finds was dropped by a later test (no codable actor, not asserted), one
whose predicate it lacks needs a new wording.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from pathlib import Path

from warta.evaluation.clean_eval import REPO
from warta.evaluation.events_eval import _root
from warta.evaluation.judged_eval import detik_for, sentence_key, source_article
from warta.events.predicates import WORD, find_triggers
from warta.pipeline import default_pipeline

MISSED = REPO / "eval" / "judged" / "events_missed.jsonl"


def _triple(code_type: str, actor: str | None, target: str | None) -> tuple[str, str | None, str | None]:
    return code_type, _root(actor), _root(target)


def _lexicon_has(sentence: str, trigger: str) -> bool:
    """Does the lexicon find a predicate among the words the reader named as the event's?"""
    words = [w.lower() for w in WORD.findall(sentence)]
    wanted = {w.lower() for w in WORD.findall(trigger)}
    return any(wanted & set(words[a:b]) for a, b, _ in find_triggers(words))


def evaluate_missed(shared: Path | None, path: Path) -> dict:
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_source: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        by_source[line["source"]].append(line)
    detik = detik_for(shared, set(by_source))
    pipeline = default_pipeline()
    strata: dict[str, dict] = defaultdict(lambda: {"weight": 0.0, "missed": []})
    counts: Counter = Counter()
    types: dict[str, Counter] = defaultdict(Counter)
    for source, sampled in by_source.items():
        article = pipeline(source_article(shared, source, sampled[0].get("text"), detik))
        sentences = {sentence_key(s.text): s.text for s in article.sentences}
        coded: dict[str, list] = defaultdict(list)
        for event in article.events:
            actor, target = (event.actor.code if event.actor else None), (event.target.code if event.target else None)
            coded[sentence_key(event.sentence)].append(_triple(event.type, actor, target))
        for line in sampled:
            stratum = strata[line["stratum"]]
            stratum["weight"] = line["weight"]
            text = sentences.get(line["sentence_key"])
            if text is None:
                counts["sentences_not_located"] += 1
                continue
            counts["sentences"] += 1
            today = Counter(coded.get(line["sentence_key"], []))
            missed = 0
            for e in line["events"]:
                key = _triple(e["type"], e["actor"], e["target"])
                if e["negated"]:
                    counts["negated"] += 1
                    counts["negated_produced"] += today[key] > 0
                    continue
                counts["events"] += 1
                types[e["type"]]["events"] += 1
                if today[key] > 0:
                    today[key] -= 1
                    counts["found"] += 1
                    types[e["type"]]["found"] += 1
                    continue
                missed += 1
                has = _lexicon_has(text, e["trigger"])
                counts["missed_with_lexicon_predicate" if has else "missed_without_lexicon_predicate"] += 1
            counts["sentences_with_event"] += any(not e["negated"] for e in line["events"])
            stratum["missed"].append(missed)
    estimate, variance = 0.0, 0.0
    for stratum in strata.values():
        n = len(stratum["missed"])
        if not n:
            continue
        size = stratum["weight"] * n            # the stratum's sentences in the pool
        mean = sum(stratum["missed"]) / n
        var = sum((m - mean) ** 2 for m in stratum["missed"]) / (n - 1) if n > 1 else 0.0
        estimate += size * mean
        variance += size * size * var / n * max(0.0, 1 - n / size)
    half = 1.96 * math.sqrt(variance)
    return {
        "sentences": counts["sentences"],
        "sentences_not_located": counts["sentences_not_located"],
        "sentences_with_event": counts["sentences_with_event"],
        "events": counts["events"],
        "found": counts["found"],
        "recall_on_sample": counts["found"] / counts["events"] if counts["events"] else 0.0,
        "missed_with_lexicon_predicate": counts["missed_with_lexicon_predicate"],
        "missed_without_lexicon_predicate": counts["missed_without_lexicon_predicate"],
        "negated": counts["negated"],
        "negated_produced": counts["negated_produced"],
        "pool_sentences": round(sum(s["weight"] * len(s["missed"]) for s in strata.values())),
        "estimated_missed_in_pool": round(estimate),
        "estimated_missed_ci95": [round(max(0.0, estimate - half)), round(estimate + half)],
        "by_type": {t: {"events": c["events"], "found": c["found"]}
                    for t, c in sorted(types.items(), key=lambda kv: -kv[1]["events"])},
    }


def format_report(r: dict) -> str:
    lo, hi = r["estimated_missed_ci95"]
    by_type = ", ".join(f"{t} {c['found']}/{c['events']}" for t, c in r["by_type"].items())
    return (f"{r['sentences']} sampled sentences where Warta had coded nothing ({r['sentences_not_located']} not "
            f"found again); readers found {r['events']} events in {r['sentences_with_event']} of them\n"
            f"coded today: {r['found']} ({r['recall_on_sample']:.3f}); negated events produced: "
            f"{r['negated_produced']} of {r['negated']}\n"
            f"still missed: {r['missed_with_lexicon_predicate']} with a predicate the lexicon has (dropped later), "
            f"{r['missed_without_lexicon_predicate']} without one\n"
            f"estimated events missed in the pool's {r['pool_sentences']} such sentences: "
            f"{r['estimated_missed_in_pool']} [{lo}-{hi}]\nfound/events by type: {by_type}")
