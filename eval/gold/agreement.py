#!/usr/bin/env python3
"""How far two hand codings of the same event sentences agree (standard library only).

    python eval/gold/agreement.py REFERENCE SECOND [--split dev|test|all] [--json]

REFERENCE is a gold file (events.jsonl, events_kompas2.jsonl, ...); SECOND is a coding of the same
sentences by another annotator, matched on the sentence's reference (source, line, start, end, text;
the sentence_key of eval/judged/events_missed.jsonl).
SECOND is scored against REFERENCE exactly as `warta eval events` scores Warta, so the figures say
what a second careful human gets on the measure the bars are set on:

- triple: (actor, type, target) on their first three letters, per sentence as multisets (each
  event matched at most once);
- type: the PLOVER type alone;
- negated: of the events one coder marks as not having happened, the share the other codes as
  having happened (same actor root and type), each way;
- sentences: Cohen's kappa on "this sentence asserts at least one event".

--split picks the even (dev) or odd (test) lines of REFERENCE, as the evaluator does for
events.jsonl; sentences SECOND lacks are counted and left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

KEY_FIELDS = ("source", "line", "start", "end", "text", "sentence_key")


def _key(entry: dict) -> tuple:
    return tuple(entry.get(k) for k in KEY_FIELDS)


def _root(code: str | None) -> str | None:
    return code[:3] if code else None


def _triples(events: list[dict], negated: bool) -> list[tuple]:
    return [(_root(e["actor"]), e["type"], _root(e.get("target"))) for e in events
            if bool(e.get("negated")) == negated]


def _prf(matched: int, predicted: int, gold: int) -> dict:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _leaked(negated: list[tuple], positive: list[tuple]) -> int:
    return sum(any(a == n[0] and t == n[1] for a, t, _ in positive) for n in negated)


def _kappa(pairs: list[tuple[bool, bool]]) -> float:
    n = len(pairs)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    pa, pb = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return round((observed - expected) / (1 - expected), 3) if expected < 1 else 1.0


def agreement(reference: list[dict], second: list[dict]) -> dict:
    by_key = {_key(e): e for e in second}
    t = {"gold": 0, "pred": 0, "matched": 0}
    ty = {"gold": 0, "pred": 0, "m": 0}
    per_type: dict[str, Counter] = {}
    neg = {"ref": 0, "ref_as_positive": 0, "second": 0, "second_as_positive": 0}
    has_event: list[tuple[bool, bool]] = []
    missing = 0
    for entry in reference:
        other = by_key.get(_key(entry))
        if other is None:
            missing += 1
            continue
        gold, pred = _triples(entry["events"], False), _triples(other["events"], False)
        t["gold"] += len(gold)
        t["pred"] += len(pred)
        t["matched"] += sum((Counter(gold) & Counter(pred)).values())
        g_types, p_types = Counter(x[1] for x in gold), Counter(x[1] for x in pred)
        ty["gold"] += len(gold)
        ty["pred"] += len(pred)
        ty["m"] += sum((g_types & p_types).values())
        for name in set(g_types) | set(p_types):
            c = per_type.setdefault(name, Counter())
            c["reference"] += g_types[name]
            c["second"] += p_types[name]
            c["both"] += min(g_types[name], p_types[name])
        ref_neg, sec_neg = _triples(entry["events"], True), _triples(other["events"], True)
        neg["ref"] += len(ref_neg)
        neg["ref_as_positive"] += _leaked(ref_neg, pred)
        neg["second"] += len(sec_neg)
        neg["second_as_positive"] += _leaked(sec_neg, gold)
        has_event.append((bool(gold), bool(pred)))
    return {
        "sentences": len(has_event),
        "sentences_missing_in_second": missing,
        "reference_events": t["gold"],
        "second_events": t["pred"],
        "triple": _prf(t["matched"], t["pred"], t["gold"]),
        "type": _prf(ty["m"], ty["pred"], ty["gold"]),
        "negated": neg,
        "sentence_has_event_kappa": _kappa(has_event),
        "per_type": {k: dict(v) for k, v in sorted(per_type.items())},
    }


def _load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reference", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    reference = _load(args.reference)
    if args.split != "all":
        reference = reference[(0 if args.split == "dev" else 1)::2]
    r = agreement(reference, _load(args.second))
    if args.json:
        print(json.dumps(r))
        return 0
    print(f"{r['sentences']} sentences ({r['sentences_missing_in_second']} not in the second coding); "
          f"{r['reference_events']} reference events, {r['second_events']} second-coder events")
    for name in ("triple", "type"):
        x = r[name]
        print(f"{name:7s} P {x['precision']:.3f}  R {x['recall']:.3f}  F1 {x['f1']:.3f}  (second coder against reference)")
    n = r["negated"]
    print(f"negated: {n['ref_as_positive']} of {n['ref']} reference-negated events coded as happened by the second coder; "
          f"{n['second_as_positive']} of {n['second']} the other way")
    print(f"sentence has an event: kappa {r['sentence_has_event_kappa']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
