"""`warta eval ner`: entity-level precision, recall and F1 (conlleval: exact spans) on the NER sets.

Scores Warta's shipped model on one set's split, micro and macro over that set's own types
(IndoNLU reports macro), with the set's own label names: for NERP also FNB, which the model keeps
internally though Warta leaves it out of its output. The model never saw a test split: training
drops every sentence that occurs in any dev or test split (scripts/ner/train_ner.py).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from warta.entities import datasets as D
from warta.entities.features import spans

# the model's labels -> each set's own names
NAMES = {
    "nerp": {"PER": "PPL", "ORG": "IND", "LOC": "PLC", "EVT": "EVT", "FNB": "FNB"},
    "nerui": {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"},
    "nerugm": {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"},
    "idner": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "nergrit": {"PER": "PERSON", "ORG": "ORGANISATION", "LOC": "PLACE"},
}


def _prf(tp: int, predicted: int, gold: int) -> dict:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(gold_seqs, pred_seqs, types) -> dict:
    counts = {t: [0, 0, 0] for t in types}   # true positives, predicted, gold
    for g, p in zip(gold_seqs, pred_seqs):
        gs = {x for x in spans(g) if x[0] in counts}
        ps = {x for x in spans(p) if x[0] in counts}
        for x in gs:
            counts[x[0]][2] += 1
        for x in ps:
            counts[x[0]][1] += 1
        for x in gs & ps:
            counts[x[0]][0] += 1
    total = [sum(v[i] for v in counts.values()) for i in range(3)]
    per_type = {t: _prf(*v) for t, v in counts.items()}
    macro = {k: sum(v[k] for v in per_type.values()) / len(per_type) for k in ("precision", "recall", "f1")}
    return {"micro": _prf(*total), "macro": macro, "per_type": per_type, "gold_entities": total[2]}


def eval_set(tagger, features, name: str, sentences) -> dict:
    gold = [D.map_tags([t for _, t in s], name) for s in sentences]
    start = time.perf_counter()
    pred = [tagger.tag(features.sent2features([w for w, _ in s])) for s in sentences]
    seconds = time.perf_counter() - start
    result = score(gold, pred, list(NAMES[name]))
    result["per_type"] = {NAMES[name][t]: v for t, v in result["per_type"].items()}
    result["sentences"] = len(sentences)
    result["tokens_per_second"] = sum(len(s) for s in sentences) / seconds if seconds else 0.0
    return result


def eval_sets(data, split: str):
    """(name, sentences); NER-UGM also without its sentences shared with idner-news-2k."""
    out = [(n, D.load(data, n, split)) for n in D.DATASETS]
    idner = {D.sent_key(s) for sp in ("train", "dev", "test") for s in D.load(data, "idner", sp)}
    out.insert(3, ("nerugm_dedup", [s for s in D.load(data, "nerugm", split) if D.sent_key(s) not in idner]))
    return out


def report(tagger, features, data, split: str, log=None) -> dict:
    results = {}
    for name, sentences in eval_sets(data, split):
        r = eval_set(tagger, features, "nerugm" if name.startswith("nerugm") else name, sentences)
        results[name] = r
        if log is not None:
            print(f"{name:13} {split:4} n={r['sentences']:4}  micro F1 {r['micro']['f1']:.4f}  "
                  f"macro F1 {r['macro']['f1']:.4f}", file=log)
    return results


def evaluate_ner(shared: Path, dataset: str, split: str = "test") -> dict:
    from warta.entities.model import ner_model

    model = ner_model()
    data = shared / "data"
    if dataset == "nerugm_dedup":
        sentences = dict(eval_sets(data, split))["nerugm_dedup"]
        name = "nerugm"
    elif dataset in NAMES:
        sentences, name = D.load(data, dataset, split), dataset
    else:
        raise ValueError(f"unknown dataset {dataset!r}")
    result = eval_set(model.tagger, model.features, name, sentences)
    cased = sum(any(c.isupper() for w, _ in s for c in w) for s in sentences)
    return {"dataset": dataset, "split": split, "cased_sentences": cased, **result}


def format_report(r: dict) -> str:
    lines = [f"{r['dataset']} {r['split']}: {r['sentences']} sentences ({r['cased_sentences']} cased), "
             f"{r['gold_entities']} gold entities, {r['tokens_per_second']:.0f} tokens/s"]
    for kind in ("micro", "macro"):
        m = r[kind]
        lines.append(f"{kind:5}  P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    lines.append("  ".join(f"{t} {v['f1']:.3f}" for t, v in r["per_type"].items()))
    return "\n".join(lines)


def evaluate_linking(shared: Path, gold_path: Path) -> dict:
    """Linking on eval/gold/linking.jsonl: for each gold (surface, entity) pair, Warta's mentions
    with that surface text in the body must carry the gold id. Reported over the pairs Warta found
    (accuracy) and over all pairs (coverage), overall, by label, and for countries alone."""
    import csv
    import gzip
    import json

    from warta.ingest.sources import make_article
    from warta.pipeline import default_pipeline

    csv.field_size_limit(1 << 30)
    with open(shared / "data" / "detik1000_entity_summ" / "data_berita.csv", encoding="utf-8", newline="") as fh:
        detik = {row["id"]: row for row in csv.DictReader(fh)}
    tallies: dict[str, list[int]] = {}   # group -> [gold pairs, found, linked right]
    mistakes = []

    def tally(group: str, found: bool, right: bool) -> None:
        t = tallies.setdefault(group, [0, 0, 0])
        t[0] += 1
        t[1] += found
        t[2] += right

    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        source = entry["source"]
        if source.startswith("detik1000#"):
            row = detik[source.split("#", 1)[1]]
            article = make_article(source, row["isi_berita"], "text", {"url": row["tautan"], "title": row["judul"]})
        else:
            path = shared / "data" / "news_html_fixtures" / source
            raw = (gzip.open(path) if path.suffix == ".gz" else open(path, "rb")).read().decode("utf-8", "replace")
            article = make_article(source, raw, "html", {"url": entry.get("url")})
        article = default_pipeline()(article)
        by_text: dict[str, list[str]] = {}
        for m in article.entities:
            if m.source is None:
                by_text.setdefault(m.text, []).append(m.id)
        for gold in entry["mentions"]:
            ids = by_text.get(gold["text"], [])
            found = bool(ids)
            right = found and ids.count(gold["id"]) * 2 > len(ids)   # most of its mentions
            groups = ["all", gold["label"]]
            if gold["label"] == "GPE" and re.fullmatch(r"[A-Z]{3}", gold["id"]):
                groups.append("country")
            for group in groups:
                tally(group, found, right)
            if found and not right:
                mistakes.append({"source": source, "text": gold["text"], "gold": gold["id"], "got": sorted(set(ids))})
    out = {}
    for group, (n, found, right) in sorted(tallies.items()):
        out[group] = {"pairs": n, "found": found, "coverage": found / n if n else 0.0,
                      "accuracy": right / found if found else 0.0}
    return {"linking": out, "mistakes": mistakes}
