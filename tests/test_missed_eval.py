"""Events readers found where Warta coded none (warta eval missed): what is found today, what is
still missed, and the estimate for the pool."""
import json

from warta.evaluation.judged_eval import sentence_key
from warta.evaluation.missed_eval import MISSED, evaluate_missed

SECOND = MISSED.with_name("events_missed_second.jsonl")
from warta.ingest.sources import make_article
from warta.pipeline import default_pipeline


def _line(source, text, events, weight, stratum="two_or_more"):
    return {"source": source, "sentence_key": sentence_key(text), "stratum": stratum, "weight": weight,
            "events": events, "batch": "T", "text": text}


def test_found_missed_and_the_estimate(tmp_path):
    found = ("idner_news_2k/train.txt#1", "Polisi menangkap dua pelaku pencurian di Bogor, Senin.")
    missed = ("idner_news_2k/train.txt#2", "Warga Bogor bersorak-sorai di depan kantor Pemkot Bogor, Senin.")
    empty = ("idner_news_2k/train.txt#3", "Hujan turun di Bogor sejak pagi, Senin.")
    coded = default_pipeline()(make_article(found[0], found[1], "text", {})).events
    assert [(e.type, e.actor.code[:3], e.target.code[:3]) for e in coded] == [("COERCE", "IDN", "IDN")]
    assert not default_pipeline()(make_article(missed[0], missed[1], "text", {})).events
    # the reader's codes differ from Warta's in the sector only: still found
    lines = [_line(*found, [{"type": "COERCE", "actor": "IDNGOV", "target": "IDNCVL", "negated": False,
                             "trigger": "menangkap"}], 10.0),
             _line(*missed, [{"type": "PROTEST", "actor": "IDNCVL", "target": "IDNGOV", "negated": False,
                              "trigger": "bersorak-sorai"},
                             {"type": "ASSAULT", "actor": "IDNCVL", "target": "IDNGOV", "negated": True,
                              "trigger": "bersorak-sorai"}], 10.0),
             _line(*empty, [], 10.0)]
    path = tmp_path / "m.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    r = evaluate_missed(None, path)
    assert r["sentences"] == 3 and r["sentences_with_event"] == 2
    assert r["events"] == 2 and r["found"] == 1 and r["recall_on_sample"] == 0.5
    assert r["missed_without_lexicon_predicate"] == 1 and r["missed_with_lexicon_predicate"] == 0
    assert r["negated"] == 1 and r["negated_produced"] == 0
    # one missed event in three sampled sentences, each standing for ten: ten missed in thirty
    assert r["pool_sentences"] == 30 and r["estimated_missed_in_pool"] == 10
    assert r["by_type"]["PROTEST"] == {"events": 1, "found": 0}


def test_the_stored_readings_hold_no_copied_detik_or_pfsa_text():
    first = [json.loads(x) for x in MISSED.read_text(encoding="utf-8").splitlines()]
    second = [json.loads(x) for x in SECOND.read_text(encoding="utf-8").splitlines()]
    for v in first + second:
        assert "text" not in v and v["stratum"] in ("two_or_more", "one") and v["weight"] >= 1
        assert all(set(e) == {"type", "actor", "target", "negated", "trigger"} for e in v["events"])
    # the second reading is of the same sentences, in the same order
    assert [(v["source"], v["sentence_key"]) for v in first] == [(v["source"], v["sentence_key"]) for v in second]
