"""Scoring today's events against readers' verdicts (warta eval judged)."""
import json
import subprocess
import sys

from warta.evaluation.judged_eval import JUDGED, evaluate_judged, event_key, sentence_key
from warta.ingest.sources import make_article
from warta.pipeline import default_pipeline


def _events(source, text):
    return default_pipeline()(make_article(source, text, "text", {})).events


def _verdict(source, text, event, verdict, **changed):
    key, trigger, kind, actor, target = event_key(event)
    return {"source": source, "sentence_key": key, "trigger": event.trigger, "type": kind,
            "actor": changed.get("actor", actor), "target": changed.get("target", target),
            "verdict": verdict, "reason": "", "batch": "T", "text": text}


def test_events_are_scored_by_the_verdict_given_on_them(tmp_path):
    one = ("idner_news_2k/train.txt#1", "Polisi menangkap dua pelaku pencurian di Bogor, Senin.")
    two = ("idner_news_2k/train.txt#2", "KPK menetapkan Bupati Bogor sebagai tersangka kasus suap.")
    three = ("idner_news_2k/train.txt#3", "Warga mengecam keputusan Pemkot Bogor menaikkan tarif parkir.")
    e1, e2, e3 = (_events(*x) for x in (one, two, three))
    assert e1 and e2 and e3
    lines = [_verdict(*one, e1[0], "right", actor="IDNGOV"),   # a sector put right since: still judged
             _verdict(*two, e2[0], "not_event"),
             # a rule has since changed the target's country: the verdict no longer speaks of it
             _verdict(*three, e3[0], "right", target="USAGOV")]
    path = tmp_path / "v.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    r = evaluate_judged(None, path)
    assert r["articles"] == 3 and r["verdicts"] == 3
    assert r["judged"] == 2 and r["events"] == len(e1) + len(e2) + len(e3)
    assert r["precision"] == 0.5 and r["event_precision"] == 0.5
    assert r["by_verdict"]["right"] == 1 and r["by_verdict"]["not_event"] == 1
    assert r["by_type"][e1[0].type]["right"] == 1 and r["by_type"][e2[0].type]["judged"] >= 1


def test_a_sentence_is_named_by_a_hash_of_its_text():
    # detik1000 text may not be copied: the key is a hash, and folds whitespace as cleaning may
    assert sentence_key("Polisi  menangkap\ndua pelaku.") == sentence_key("Polisi menangkap dua pelaku.")
    assert len(sentence_key("x")) == 16 and "Polisi" not in sentence_key("Polisi menangkap dua pelaku.")


def test_the_stored_verdicts_hold_no_copied_detik_or_pfsa_text():
    for line in JUDGED.read_text(encoding="utf-8").splitlines():
        v = json.loads(line)
        assert v["verdict"] in ("right", "wrong_actor", "wrong_target", "wrong_type", "not_asserted", "not_event")
        # only the MIT and CC BY sentence corpora are stored with their text
        assert ("text" in v) == v["source"].startswith(("idner_news_2k/", "indolem_nerui/"))


def test_the_command_says_what_is_missing(tmp_path):
    done = subprocess.run([sys.executable, "-m", "warta.cli", "eval", "judged", "--verdicts", str(tmp_path / "no.jsonl")],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "no such file" in done.stderr
