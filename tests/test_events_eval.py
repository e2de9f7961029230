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
