"""Per-label decoding offsets patched into a CRFsuite model (warta.entities.model.with_label_bias)."""
import pycrfsuite
import pytest

from warta.entities.model import NerModel, with_label_bias


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("crf") / "tiny.crfsuite")
    tr = pycrfsuite.Trainer(verbose=False)
    data = [(["lc|b", "w=piala"], "B-EVT"), (["lc|b", "w=dunia"], "I-EVT"), (["lc|b", "w=di"], "O"),
            (["lc|b", "w=nasi"], "B-FNB"), (["lc|b", "w=jakarta"], "B-LOC")]
    for _ in range(3):
        tr.append([f for f, _ in data], [t for _, t in data])
    tr.set_params({"c2": 1.0, "max_iterations": 30})
    tr.train(path)
    return path


def test_offsets_move_only_the_named_state_weights(tiny_model):
    tg = pycrfsuite.Tagger()
    tg.open(tiny_model)
    labels, before = tg.labels(), tg.info().state_features
    raw = open(tiny_model, "rb").read()
    patched = with_label_bias(raw, labels, {"lc|b": {"B-EVT": 1.5, "B-FNB": -0.5}})
    t2 = pycrfsuite.Tagger()
    t2.open_inmemory(patched)
    after = t2.info().state_features
    changed = {k: after[k] - before[k] for k in before if after[k] != before[k]}
    assert set(changed) == {("lc|b", "B-EVT"), ("lc|b", "B-FNB")}
    assert changed[("lc|b", "B-EVT")] == pytest.approx(1.5)
    assert changed[("lc|b", "B-FNB")] == pytest.approx(-0.5)
    assert with_label_bias(raw, labels, {"lc|b": {"B-EVT": 0.0}}) == raw


def test_unknown_attribute_is_an_error(tiny_model):
    tg = pycrfsuite.Tagger()
    tg.open(tiny_model)
    with pytest.raises(ValueError):
        with_label_bias(open(tiny_model, "rb").read(), tg.labels(), {"nope|b": {"B-EVT": 1.0}})


def test_ner_model_applies_the_configured_bias(tiny_model):
    res = {"vocab": [], "clusters": {}, "gaz": {}, "cfg": {"label_bias": {"lc|b": {"B-LOC": 50.0}}}}
    m = NerModel(tiny_model, res)
    assert set(m.tagger.tag([["lc|b", "w=di"], ["lc|b", "w=nasi"]])) == {"B-LOC"}
