"""`warta eval events`: (actor, type, target) triples against eval/gold/events.jsonl.

The gold (eval/gold/events_README.md) codes 160 sentences of real articles by hand: detik1000 by
reference only (article, line, span: that set has no licence), the MIT/Apache HTML fixtures and the
VIVA example with their text. Each article goes through the whole pipeline; Warta's events whose
sentence overlaps the gold sentence are compared with its gold events.

- triple: actor, type and target agree on their first three letters (the state or group; the sector
  is informative, not scored; a target the sentence does not name is null on both sides), per
  sentence as multisets: each gold event is matched by at most one predicted event;
- type: the PLOVER type alone (per sentence, as multisets);
- negated: gold events marked negated must not come out (same actor root and type); reported as the
  share that did;
- errors: why each unmatched event is unmatched (`classify_errors`): a gold event missed for want of
  a lexicon predicate of its type, or with one that a later test dropped; a predicted event with the
  right type and a party wrong, or a type the gold does not give the sentence. The counts say which
  kind of work could move recall or precision, without reading the sentences;
- ci95: a 95% interval for each precision, recall and F1, by resampling the gold sentences with
  replacement (percentile bootstrap, fixed seed): with 80 sentences a split's figures move by several
  points from one sample of news to the next, and a bar is met only where the interval says so.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
from collections import Counter
from pathlib import Path

from warta.evaluation.quotes_eval import PFSA_SOURCE, pfsa_text
from warta.events.predicates import find_triggers
from warta.ingest.decode import normalize_text
from warta.ingest.sources import make_article
from warta.model import Article
from warta.pipeline import default_pipeline


# gold drawn from sentence-level corpora, stored with its text (their licences allow it)
SENTENCE_SOURCES = ("idner_news_2k/",)


def _root(code: str | None) -> str | None:
    return code[:3] if code else None


def detik_rows(shared: Path) -> dict[str, dict]:
    """The detik1000 articles by id (the CSV in ../shared; never copied into the repo)."""
    path = shared / "data" / "detik1000_entity_summ" / "data_berita.csv"
    if not path.is_file():
        raise FileNotFoundError(f"no {path}")
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


def detik_article(source: str, row: dict) -> Article:
    return make_article(source, row["isi_berita"], "text", {"url": row["tautan"], "title": row["judul"]})


def _articles(shared: Path, entries: list[dict]) -> dict[str, tuple[Article, dict]]:
    detik = detik_rows(shared)
    out = {}
    texts = {e["source"]: e.get("text") for e in entries}
    for source in dict.fromkeys(e["source"] for e in entries):
        if source.startswith(SENTENCE_SOURCES):
            # a corpus of single sentences (idner-news-2k, MIT): the sentence is the whole article
            article = make_article(source, texts[source], "text", {})
            extra = {}
        elif source.startswith("detik1000#"):
            row = detik[source.split("#", 1)[1]]
            article = detik_article(source, row)
            extra = row
        elif source.startswith(PFSA_SOURCE):
            # PFSA-ID (CC BY-NC-SA) is read from ../shared at scoring time, never copied
            text = pfsa_text(shared, source)
            if text is None:
                raise FileNotFoundError(f"no PFSA-ID document {source} under {shared}")
            article = make_article(source, text, "text", {})
            extra = {"text": text}
        elif source.startswith("examples/"):
            article = make_article(source, (shared / source).read_text(encoding="utf-8"), "text", {})
            extra = {}
        else:
            path = shared / "data" / "news_html_fixtures" / source
            raw = (gzip.open(path) if path.suffix == ".gz" else open(path, "rb")).read().decode("utf-8", "replace")
            article = make_article(source, raw, "html", {})
            extra = {}
        out[source] = (default_pipeline()(article), extra)
    return out


def _locate(article: Article, sentence: str) -> tuple[int, int] | None:
    # the gold quotes the raw line; Warta repairs its mojibake ("AntÃ³nio" -> "António")
    sentence = normalize_text(sentence)[0]
    # ... and moves an opening dateline ("JAKARTA, KOMPAS —") out of the text into metadata
    if article.dateline is not None and article.dateline.text and sentence.startswith(article.dateline.text):
        sentence = sentence[len(article.dateline.text):].strip()
    at = article.text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    words = sentence.split()   # whitespace may differ after cleaning
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, article.text)
    return (m.start(), m.end()) if m else None


def matched_count(gold: list, predicted: list) -> int:
    """Events matched one to one within a sentence: an event said twice is matched once, and a
    sentence whose gold holds two events with the same three-letter triple needs two."""
    return sum((Counter(gold) & Counter(predicted)).values())


# sets coded later by the same conventions (eval/gold/events_README.md): split "devN" or "kompasN"
# is the whole of events_devN.jsonl or events_kompasN.jsonl
LATER_DEV = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", *(f"kompas{n}" for n in range(1, 11)), "idner1", "idner2")
# the sets no rule was taken from (eval/gold/events_README.md), and those the rules were developed on;
# pooled, each is scored as one set: the test split's 80 sentences alone cannot tell 0.70 from 0.75
KEPT_BACK = ("dev7", "kompas1", "kompas4", "kompas6", "kompas8", "kompas10", "idner2")
DEVELOPMENT = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "kompas2", "kompas3", "kompas5", "kompas7", "kompas9",
               "idner1")
POOLED = {"held-out": ("test", *KEPT_BACK), "development": DEVELOPMENT}
SPLITS = ("test", "dev", *LATER_DEV, "all", *POOLED)


def _entries(gold_path: Path, split: str) -> list[dict]:
    if split in POOLED:
        return [e for part in POOLED[split] for e in _entries(gold_path, part)]
    if split in LATER_DEV:
        gold_path = gold_path.with_name(f"events_{split}.jsonl")
    entries = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    if split in ("dev", "test"):
        entries = entries[(0 if split == "dev" else 1)::2]
    return entries


def evaluate_events(shared: Path, gold_path: Path, split: str = "test", details: list | None = None) -> dict:
    """split: the gold's sentences alternate dev (even lines, used to develop the rules) and test
    (odd lines, never looked at while developing); "all" takes both; "dev2" ... "dev7", "kompas1" ...
    "kompas10", "idner1" and "idner2" are the whole of events_NAME.jsonl beside gold_path (later sets;
    the kompas sets code Kompas articles of PFSA-ID, read from ../shared; the idner sets single
    sentences of idner-news-2k, stored with their text); "held-out" pools the test split and the
    kept-back sets, "development" the sets the rules were developed on."""
    entries = _entries(gold_path, split)
    articles = _articles(shared, entries)
    triple = {"gold": 0, "predicted": 0, "matched": 0}
    types = {"gold": 0, "predicted": 0, "matched": 0}
    # per gold sentence: (triple gold, predicted, matched, type gold, predicted, matched)
    per_sentence: list[tuple[int, int, int, int, int, int]] = []
    negated_total = negated_out = located = 0
    errors: Counter = Counter()
    for entry in entries:
        article, row = articles[entry["source"]]
        if "text" in entry:
            sentence = entry["text"]
        elif "line" not in entry:
            sentence = row["text"][entry["start"]:entry["end"]].strip()
        else:
            sentence = row["isi_berita"].split("\n")[entry["line"]][entry["start"]:entry["end"]].strip()
        span = _locate(article, sentence)
        if span is None:
            # the sentence did not survive cleaning: counted as not located, its events as missed
            missed = [g for g in entry["events"] if not g.get("negated")]
            errors["sentence_not_found"] += len(missed)
            triple["gold"] += len(missed)
            types["gold"] += len(missed)
            per_sentence.append((len(missed), 0, 0, len(missed), 0, 0))
            continue
        located += 1
        # Warta's sentence may hold more than the gold one (a quotation kept whole): its events
        # count where their predicate lies in the gold sentence
        predicted = [e for e in article.events if span[0] <= (e.trigger_start if e.trigger_start is not None
                                                              else e.start) < span[1]]
        pred_triples = [(_root(e.actor.code if e.actor else None), e.type, _root(e.target.code if e.target else None))
                        for e in predicted]
        gold_events = [g for g in entry["events"] if not g.get("negated")]
        gold_triples = [(_root(g["actor"]), g["type"], _root(g.get("target"))) for g in gold_events]
        triple["gold"] += len(gold_triples)
        triple["predicted"] += len(pred_triples)
        triple["matched"] += matched_count(gold_triples, pred_triples)
        if Counter(gold_triples) != Counter(pred_triples):
            errors.update(classify_errors(gold_triples, pred_triples, _predicate_types(article, span)))
        if details is not None:
            details.append({"source": entry["source"], "sentence": sentence, "gold": gold_triples,
                            "predicted": pred_triples, "triggers": [e.trigger for e in predicted]})
        g_types, p_types = Counter(t[1] for t in gold_triples), Counter(t[1] for t in pred_triples)
        types["gold"] += sum(g_types.values())
        types["predicted"] += sum(p_types.values())
        types["matched"] += sum((g_types & p_types).values())
        per_sentence.append((len(gold_triples), len(pred_triples), matched_count(gold_triples, pred_triples),
                             sum(g_types.values()), sum(p_types.values()), sum((g_types & p_types).values())))
        for g in entry["events"]:
            if g.get("negated"):
                negated_total += 1
                negated_out += any(a == _root(g["actor"]) and t == g["type"] for a, t, _ in pred_triples)

    return {
        "split": split,
        "sentences": len(entries),
        "sentences_located": located,
        "triple": {**_prf(triple["gold"], triple["predicted"], triple["matched"]),
                   "ci95": bootstrap_ci([s[:3] for s in per_sentence])},
        "type": {**_prf(types["gold"], types["predicted"], types["matched"]),
                 "ci95": bootstrap_ci([s[3:] for s in per_sentence])},
        "gold_events": triple["gold"],
        "predicted_events": triple["predicted"],
        "negated_gold": negated_total,
        "negated_produced": negated_out / negated_total if negated_total else 0.0,
        # why the unmatched events are unmatched (classify_errors): gold events missed, predicted
        # events wrong; a party wrong counts once, on both sides
        "errors": {"missed": {k: errors[k] for k in ("sentence_not_found", *MISSED_KINDS)},
                   "wrong": {k: errors[k] for k in WRONG_KINDS}},
        # a pipeline error loses an article's sentences: say so rather than score less quietly
        "articles_failed": sorted(k for k, (a, _) in articles.items() if a.error),
    }


# the kinds of error `classify_errors` counts, in the order the report prints them
MISSED_KINDS = ("no_predicate", "predicate_of_other_type", "predicate_not_coded", "fewer_than_gold")
WRONG_KINDS = ("wrong_actor", "wrong_target", "target_where_gold_has_none", "no_target_where_gold_has_one",
               "wrong_actor_and_target", "type_not_in_gold", "more_than_gold")


def classify_errors(gold: list[tuple], predicted: list[tuple], predicate_types: set[str]) -> Counter:
    """Why each unmatched event of one sentence is unmatched. predicate_types: the PLOVER types of
    the lexicon predicates found in the sentence, coded or not.

    A gold event and a predicted one of the same type (same actor first) are one event with a party
    wrong: an actor, a target, a target the gold leaves out (the sentence names no recipient) or one
    it gives. A gold event left over is missed: no predicate of any type in the sentence (the wording
    is not in the lexicon), predicates of other types only, a predicate of its type that a later test
    dropped or aimed elsewhere, or fewer events of its type than the gold (one event for two targets).
    A predicted event left over has a type the gold does not give the sentence, or is one more event
    of a type the gold gives."""
    out: Counter = Counter()
    matched = Counter(gold) & Counter(predicted)
    g_left = list((Counter(gold) - matched).elements())
    p_left = list((Counter(predicted) - matched).elements())
    for g in sorted(g_left, key=lambda t: (t[1], str(t[0]), str(t[2]))):
        same = [p for p in p_left if p[1] == g[1]]
        if not same:
            continue
        p = next((x for x in same if x[0] == g[0]), same[0])
        p_left.remove(p)
        g_left.remove(g)
        if p[0] != g[0]:
            out["wrong_actor" if p[2] == g[2] else "wrong_actor_and_target"] += 1
        elif g[2] is None:
            out["target_where_gold_has_none"] += 1
        elif p[2] is None:
            out["no_target_where_gold_has_one"] += 1
        else:
            out["wrong_target"] += 1
    gold_types, predicted_types = {t[1] for t in gold}, {t[1] for t in predicted}
    for g in g_left:
        if g[1] in predicted_types:
            out["fewer_than_gold"] += 1
        elif g[1] in predicate_types:
            out["predicate_not_coded"] += 1
        elif predicate_types:
            out["predicate_of_other_type"] += 1
        else:
            out["no_predicate"] += 1
    for p in p_left:
        out["more_than_gold" if p[1] in gold_types else "type_not_in_gold"] += 1
    return out


def _predicate_types(article: Article, span: tuple[int, int]) -> set[str]:
    types: set[str] = set()
    for sentence in article.sentences:
        if sentence.start < span[1] and sentence.end > span[0]:
            types.update(p.type for _, _, p in find_triggers([t.text.lower() for t in sentence.tokens]))
    return types


def _prf(gold: int, predicted: int, matched: int) -> dict:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def bootstrap_ci(counts: list[tuple[int, int, int]], samples: int = 2000, seed: int = 0) -> dict:
    """95% percentile intervals of precision, recall and F1 over resamples of the sentences, each
    given as (gold, predicted, matched) events."""
    if not counts:
        return {k: [0.0, 0.0] for k in ("precision", "recall", "f1")}
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {"precision": [], "recall": [], "f1": []}
    for _ in range(samples):
        g = p = m = 0
        for _ in range(len(counts)):
            cg, cp, cm = counts[rng.randrange(len(counts))]
            g, p, m = g + cg, p + cp, m + cm
        for k, v in _prf(g, p, m).items():
            draws[k].append(v)
    out = {}
    for k, values in draws.items():
        values.sort()
        out[k] = [round(values[int(0.025 * samples)], 3), round(values[int(0.975 * samples) - 1], 3)]
    return out


def format_report(r: dict) -> str:
    t, ty = r["triple"], r["type"]
    return "\n".join([
        f"{r['split']}: {r['sentences']} gold sentences ({r['sentences_located']} found in Warta's text), "
        f"{r['gold_events']} gold events, {r['predicted_events']} predicted",
        f"triple (actor, type, target)  P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}{_ci(t)}",
        f"type                          P {ty['precision']:.3f}  R {ty['recall']:.3f}  F1 {ty['f1']:.3f}{_ci(ty)}",
        f"negated gold events produced anyway: {r['negated_produced']:.3f} of {r['negated_gold']}",
        *_error_lines(r.get("errors")),
        *([f"ARTICLES THAT FAILED IN THE PIPELINE: {', '.join(r['articles_failed'])}"] if r["articles_failed"] else []),
    ])


def _error_lines(errors: dict | None) -> list[str]:
    if not errors:
        return []
    party = {k: errors["wrong"][k] for k in WRONG_KINDS[:5]}
    return [
        "gold events missed: " + ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in errors["missed"].items()),
        f"right type, a party wrong ({sum(party.values())}): "
        + ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in party.items()),
        "predicted events left over: "
        + ", ".join(f"{k.replace('_', ' ')} {errors['wrong'][k]}" for k in WRONG_KINDS[5:]),
    ]


def _ci(figures: dict) -> str:
    ci = figures.get("ci95")
    if not ci:
        return ""
    return "   95% interval: P {0[0]:.3f}-{0[1]:.3f}  R {1[0]:.3f}-{1[1]:.3f}  F1 {2[0]:.3f}-{2[1]:.3f}".format(
        ci["precision"], ci["recall"], ci["f1"])
