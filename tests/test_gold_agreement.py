"""eval/gold/agreement.py: a second coder is scored as the evaluator scores Warta."""

import importlib.util
import json
import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "eval" / "gold" / "agreement.py"
_spec = importlib.util.spec_from_file_location("gold_agreement", SCRIPT)
agreement_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement_module)


def _entry(line, events):
    return {"source": "detik1000#1", "line": line, "start": 0, "end": 10, "events": events}


def _ev(actor, type_, target=None, negated=False):
    return {"actor": actor, "type": type_, "target": target, "negated": negated}


REFERENCE = [
    _entry(0, [_ev("IDNCOP", "COERCE", "IDNCRM"), _ev("IDNJUD", "ACCUSE", "IDNCRM")]),
    _entry(1, []),
    _entry(2, [_ev("RUSGOV", "ASSAULT", "ISIL"), _ev("RUSGOV", "AID", "IDN", negated=True)]),
    _entry(3, [_ev("IDNGOV", "REQUEST", None)]),
]
SECOND = [
    # sector differs (scored on three letters), the accusation is missed
    _entry(0, [_ev("IDNGOV", "COERCE", "IDNCRM")]),
    # an event where the reference has none
    _entry(1, [_ev("IDNGOV", "SUPPORT", "IDN")]),
    # the negated aid coded as having happened
    _entry(2, [_ev("RUS", "ASSAULT", "ISI"), _ev("RUSGOV", "AID", "IDNGOV")]),
    # entry 3 is not in the second coding
]


def test_second_coder_scored_like_the_evaluator():
    r = agreement_module.agreement(REFERENCE, SECOND)
    assert r["sentences"] == 3 and r["sentences_missing_in_second"] == 1
    assert (r["reference_events"], r["second_events"]) == (3, 4)
    assert r["triple"] == {"precision": 0.5, "recall": 0.667, "f1": 0.571}
    assert r["type"]["precision"] == 0.5 and r["type"]["recall"] == 0.667
    assert r["negated"] == {"ref": 1, "ref_as_positive": 1, "second": 0, "second_as_positive": 0}
    assert r["per_type"]["ACCUSE"] == {"reference": 1, "second": 0, "both": 0}
    # has-event pairs (T,T), (F,T), (T,T): observed 2/3, chance 2/3 -> no better than chance
    assert r["sentence_has_event_kappa"] == 0.0


def test_identical_codings_agree_fully_and_split_picks_odd_lines(tmp_path):
    ref = tmp_path / "ref.jsonl"
    ref.write_text("\n".join(json.dumps(e) for e in REFERENCE), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), str(ref), str(ref), "--split", "test", "--json"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    r = json.loads(run.stdout)
    assert r["sentences"] == 2 and r["reference_events"] == 1   # lines 1 and 3
    assert r["triple"]["f1"] == 1.0 and r["sentence_has_event_kappa"] == 1.0
