"""The event evaluation finds each gold sentence in Warta's cleaned text."""
import warta
from warta.evaluation.events_eval import _locate


def test_a_gold_sentence_opening_with_the_dateline_is_found_after_it():
    article = warta.process("Judul Berita Hari Ini\n\nJAKARTA, KOMPAS — Polisi menangkap dua orang di Bogor.\n\n"
                            "Keduanya kini ditahan di Polres Bogor.")
    assert article.dateline is not None
    span = _locate(article, "JAKARTA, KOMPAS — Polisi menangkap dua orang di Bogor.")
    assert span is not None
    assert article.text[span[0]:span[1]] == "Polisi menangkap dua orang di Bogor."
    assert _locate(article, "Keduanya kini  ditahan di Polres Bogor.") is not None
    assert _locate(article, "Kalimat ini tidak ada.") is None


def test_triples_are_matched_one_to_one():
    from warta.evaluation.events_eval import matched_count
    arrest = ("IDN", "COERCE", "IDN")
    # the same arrest said twice by Warta is one right event and one wrong one
    assert matched_count([arrest], [arrest, arrest]) == 1
    # two gold arrests (of a suspect and of a police officer: both IDN) need two
    assert matched_count([arrest, arrest], [arrest]) == 1
    assert matched_count([arrest, ("IDN", "ACCUSE", None)], [("IDN", "ACCUSE", None), arrest]) == 2


def test_confidence_intervals_resample_sentences():
    from warta.evaluation.events_eval import bootstrap_ci
    # every sentence right: nothing to be unsure of
    assert bootstrap_ci([(1, 1, 1)] * 20) == {"precision": [1.0, 1.0], "recall": [1.0, 1.0], "f1": [1.0, 1.0]}
    # half the sentences right: the interval holds 0.5, is not a point, and is the same on every run
    counts = [(1, 1, 1), (1, 1, 0)] * 40
    ci = bootstrap_ci(counts)
    assert ci == bootstrap_ci(counts)
    lo, hi = ci["precision"]
    assert lo < 0.5 < hi and hi - lo < 0.3
    # fewer sentences, wider interval
    narrow, wide = ci["recall"], bootstrap_ci(counts[:10])["recall"]
    assert wide[1] - wide[0] > narrow[1] - narrow[0]


def test_pooled_splits_are_the_sets_they_name_and_share_no_sentence():
    from warta.evaluation.clean_eval import GOLD
    from warta.evaluation.events_eval import KEPT_BACK, POOLED, _entries
    gold = GOLD / "events.jsonl"
    held_out, development = _entries(gold, "held-out"), _entries(gold, "development")
    assert len(held_out) == len(_entries(gold, "test")) + sum(len(_entries(gold, s)) for s in KEPT_BACK)
    assert set(POOLED["held-out"]).isdisjoint(POOLED["development"])

    def key(e):
        return (e["source"], e.get("line"), e.get("start"), e.get("text"))
    # no sentence the rules were developed on is scored as held out
    assert {key(e) for e in held_out}.isdisjoint(key(e) for e in development)


def test_each_unmatched_event_is_put_down_to_one_reason():
    from warta.evaluation.events_eval import MISSED_KINDS, WRONG_KINDS, classify_errors
    arrest, charge = ("IDN", "COERCE", "IDN"), ("IDN", "ACCUSE", "IDN")
    # all right: nothing to explain
    assert classify_errors([arrest], [arrest], {"COERCE"}) == {}
    # the right type with a party wrong is one event, counted once
    assert classify_errors([("IDN", "ACCUSE", None)], [charge], {"ACCUSE"}) == {"target_where_gold_has_none": 1}
    assert classify_errors([charge], [("IDN", "ACCUSE", None)], {"ACCUSE"}) == {"no_target_where_gold_has_one": 1}
    assert classify_errors([("RUS", "ASSAULT", "ISI")], [("USA", "ASSAULT", "ISI")], {"ASSAULT"}) == {"wrong_actor": 1}
    assert classify_errors([("RUS", "ASSAULT", "ISI")], [("USA", "ASSAULT", "SYR")], {"ASSAULT"}) == \
        {"wrong_actor_and_target": 1}
    # of two predictions of the type, the one with the gold's actor is paired with it
    assert classify_errors([("RUS", "ASSAULT", "ISI")], [("USA", "ASSAULT", "ISI"), ("RUS", "ASSAULT", "SYR")],
                           {"ASSAULT"}) == {"wrong_target": 1, "more_than_gold": 1}
    # a missed event: why the lexicon did not give it
    assert classify_errors([arrest], [], set()) == {"no_predicate": 1}
    assert classify_errors([arrest], [], {"ACCUSE"}) == {"predicate_of_other_type": 1}
    assert classify_errors([arrest], [], {"COERCE"}) == {"predicate_not_coded": 1}
    assert classify_errors([arrest, arrest], [arrest], {"COERCE"}) == {"fewer_than_gold": 1}
    # a predicted event of a type the gold does not give, and the kinds the report prints
    assert classify_errors([arrest], [arrest, charge], {"COERCE", "ACCUSE"}) == {"type_not_in_gold": 1}
    gold, predicted = [arrest, charge, ("IDN", "REQUEST", None)], [("IDN", "COERCE", None), ("IDN", "AID", "IDN")]
    errors = classify_errors(gold, predicted, {"COERCE", "AID"})
    assert set(errors) <= set(MISSED_KINDS) | set(WRONG_KINDS)
    # every gold and every predicted event unmatched is accounted for, a party error on both sides
    party = sum(errors[k] for k in WRONG_KINDS[:5])
    assert sum(errors[k] for k in MISSED_KINDS) + party == len(gold)
    assert sum(errors[k] for k in WRONG_KINDS) == len(predicted)
