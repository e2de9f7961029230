"""Would a learned model help Warta's rule-based event coder?  Two measurements, development sets only.

    .venv/bin/pip install -r scripts/ner/requirements.txt        # scikit-learn: build time only
    .venv/bin/python scripts/event_learning_experiment/run.py [--shared ../shared] [--json]

Both are trained and scored leave-one-split-out over the development gold sets (dev, dev2 ... dev5,
kompas2/3/5/7/9; eval/gold/events_README.md). The test split and the kept-back sets kompas1/4/6/8/10
are never read.

A. Confidence of a coded event: a logistic regression over what the rules knew when they coded it
   (type, predicate, sectors, whether the target is named, of the story's country or foreign, the
   words before and after the predicate, modal words in the clause, quotation, sentence length ...)
   predicts whether the (actor, type, target) triple is in the gold. Dropping events under a
   threshold trades recall for precision; the figure that matters is F1 against the rules alone.
B. Events the rules miss: one TF-IDF logistic regression per PLOVER type says whether a sentence holds
   an event of that type. Counted are the sentences where it says so and the rules coded no event of
   that type: how many of those the gold confirms (type only, before any actor or target is sought).
"""

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from warta.evaluation.events_eval import evaluate_events, _articles, _locate, _root, LATER_DEV

DEVELOPMENT = ["dev", "dev2", "dev3", "dev4", "dev5", "kompas2", "kompas3", "kompas5", "kompas7", "kompas9"]
GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold" / "events.jsonl"
WORD = re.compile(r"\w+(?:-\w+)*")
MODAL_WORDS = {"akan", "bakal", "berencana", "hendak", "ingin", "jika", "apabila", "kalau", "bila", "harus",
               "perlu", "seharusnya", "agar", "supaya", "untuk", "belum", "tidak", "tak", "bukan", "diduga", "disebut"}


def coded_events(shared: Path, split: str) -> list[tuple[list, list[dict]]]:
    """Per gold sentence: its gold triples and the events Warta coded in it."""
    path = GOLD.with_name(f"events_{split}.jsonl") if split in LATER_DEV else GOLD
    entries = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    if split == "dev":
        entries = entries[0::2]
    articles = _articles(shared, entries)
    out = []
    for entry in entries:
        article, row = articles[entry["source"]]
        if "text" in entry:
            sentence = entry["text"]
        elif "line" not in entry:
            sentence = row["text"][entry["start"]:entry["end"]].strip()
        else:
            sentence = row["isi_berita"].split("\n")[entry["line"]][entry["start"]:entry["end"]].strip()
        gold = [(_root(g["actor"]), g["type"], _root(g.get("target"))) for g in entry["events"] if not g.get("negated")]
        span = _locate(article, sentence)
        found = [] if span is None else [e for e in article.events if span[0] <= (
            e.trigger_start if e.trigger_start is not None else e.start) < span[1]]
        items = [{"event": e, "text": article.text, "n": len(found),
                  "triple": (_root(e.actor.code if e.actor else None), e.type, _root(e.target.code if e.target else None))}
                 for e in found]
        out.append((gold, items))
    return out


def features(item: dict) -> dict:
    e, text = item["event"], item["text"]
    actor, kind, target = item["triple"]
    trigger = (e.trigger or "").lower()
    where = "none" if target is None else "home" if target == actor else "other"
    actor_code, target_code = (e.actor.code or "") if e.actor else "", (e.target.code or "") if e.target else ""
    f = {f"type={kind}": 1, f"trigger={trigger}": 1, f"head={kind}:{trigger.split()[0] if trigger else ''}": 1,
         f"actor_sector={actor_code[3:]}": 1, f"target_sector={target_code[3:]}": 1,
         f"target={where}": 1, f"type_target={kind}:{where}": 1, "foreign": int(actor not in (None, "IDN"))}
    for side, actor_obj in (("actor", e.actor), ("target", e.target)):
        name = actor_obj.name if actor_obj else "absent"
        f[f"{side}_name=" + ("absent" if name == "absent" else "unnamed" if name is None
                              else "common" if name.islower() else "proper")] = 1
    t0 = e.trigger_start if e.trigger_start is not None else e.start
    before = WORD.findall(text[e.start:t0].lower())
    after = WORD.findall(text[(e.trigger_end or t0):e.end].lower())
    for w in before[-3:]:
        f["left:" + w] = 1
    for w in after[:2]:
        f["right:" + w] = 1
    for w in set(before) & MODAL_WORDS:
        f["modal_before:" + w] = 1
    sentence = text[e.start:e.end]
    f["quoted"] = int(any(q in sentence for q in "\"“”"))
    f[f"events_in_sentence={min(item['n'], 4)}"] = 1
    f[f"position={int(3 * (t0 - e.start) / max(1, e.end - e.start))}"] = 1
    f[f"length={min(len(WORD.findall(sentence)) // 15, 4)}"] = 1
    return f


def score(data: dict, keep) -> tuple[float, float, float]:
    tp_pred = n_pred = tp_gold = n_gold = 0
    for split, sentences in data.items():
        for s, (gold, items) in enumerate(sentences):
            kept = [it["triple"] for k, it in enumerate(items) if keep(split, s, k)]
            n_pred += len(kept)
            tp_pred += sum(t in gold for t in kept)
            n_gold += len(gold)
            tp_gold += sum(t in kept for t in gold)
    p, r = tp_pred / n_pred if n_pred else 0.0, tp_gold / n_gold if n_gold else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3)


def confidence_experiment(data: dict) -> dict:
    rows = {split: [(s, k, features(it), int(it["triple"] in gold)) for s, (gold, items) in enumerate(sentences)
                    for k, it in enumerate(items)] for split, sentences in data.items()}
    out = {"rules_alone": score(data, lambda *_: True), "by_C": {}}
    for c in (0.1, 0.3, 1.0):
        prob = {}
        for held in data:
            train = [r for split in data if split != held for r in rows[split]]
            vec = DictVectorizer()
            model = LogisticRegression(C=c, max_iter=2000).fit(vec.fit_transform([r[2] for r in train]),
                                                               [r[3] for r in train])
            if rows[held]:
                p = model.predict_proba(vec.transform([r[2] for r in rows[held]]))[:, 1]
                prob.update({(held, r[0], r[1]): q for r, q in zip(rows[held], p)})
        labels = {(split, r[0], r[1]): r[3] for split in rows for r in rows[split]}
        keys = list(prob)
        out["by_C"][str(c)] = {
            "auc": round(roc_auc_score([labels[k] for k in keys], [prob[k] for k in keys]), 3),
            "thresholds": {str(t): score(data, lambda *key, t=t: prob[key] >= t) for t in (0.2, 0.3, 0.4, 0.5)}}
    out["share_of_coded_events_right"] = round(float(np.mean([r[3] for split in rows for r in rows[split]])), 3)
    return out


def sentence_type_experiment(shared: Path) -> dict:
    details = {}
    for split in DEVELOPMENT:
        d: list = []
        evaluate_events(shared, GOLD, split, d)
        details[split] = d
    kinds = sorted({g[1] for d in details.values() for x in d for g in x["gold"]})
    out = {}
    for threshold in (0.5, 0.6, 0.7):
        right = wrong = 0
        for held in DEVELOPMENT:
            train = [x for split in DEVELOPMENT if split != held for x in details[split]]
            vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
            x_train = vec.fit_transform([x["sentence"] for x in train])
            x_held = vec.transform([x["sentence"] for x in details[held]])
            for kind in kinds:
                y = [int(any(g[1] == kind for g in x["gold"])) for x in train]
                if sum(y) < 5:
                    continue
                model = LogisticRegression(C=10, max_iter=2000, class_weight="balanced").fit(x_train, y)
                for x, p in zip(details[held], model.predict_proba(x_held)[:, 1]):
                    if p >= threshold and not any(q[1] == kind for q in x["predicted"]):
                        if any(g[1] == kind for g in x["gold"]):
                            right += 1
                        else:
                            wrong += 1
        out[str(threshold)] = {"added_right": right, "added_wrong": wrong,
                               "precision_of_additions": round(right / (right + wrong), 3) if right + wrong else None}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data = {split: coded_events(args.shared, split) for split in DEVELOPMENT}
    result = {"development_sets": DEVELOPMENT, "confidence_filter": confidence_experiment(data),
              "sentence_type_classifier": sentence_type_experiment(args.shared)}
    if args.json:
        print(json.dumps(result))
        return
    a = result["confidence_filter"]
    print(f"A. rules alone P/R/F1 {a['rules_alone']}; {a['share_of_coded_events_right']:.0%} of coded events right")
    for c, r in a["by_C"].items():
        print(f"   C={c}: AUC {r['auc']}; " + "; ".join(f"drop < {t}: {v}" for t, v in r["thresholds"].items()))
    print("B. type classifier, additions where the rules coded no event of that type:")
    for t, r in result["sentence_type_classifier"].items():
        print(f"   p >= {t}: {r['added_right']} right, {r['added_wrong']} wrong")


if __name__ == "__main__":
    sys.exit(main())
