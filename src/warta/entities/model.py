"""Warta's NER model: a linear-chain CRF (python-crfsuite) trained by scripts/train_ner.py.

The artefacts live in ``resources/models/``: ``ner.crfsuite`` (the weights) and
``ner_resources.json`` (word clusters, gazetteer lists and the feature configuration the model
was trained with). Both are built from the openly licensed NER sets in ../shared/data; see
``resources/models/README.md`` for data, licences and scores.
"""

from __future__ import annotations

import gc
import json
import struct
from contextlib import ExitStack
from functools import lru_cache
from importlib import resources

import pycrfsuite

from warta.entities.features import FeatureExtractor

MODEL = "ner.crfsuite"
POS_MODEL = "ner_pos.crfsuite"   # only when the resources' cfg has "pos"
RESOURCES = "ner_resources.json"


def _u32(buf, off: int) -> int:
    return struct.unpack_from("<I", buf, off)[0]


def _attr_id(buf, off_attrs: int, end: int, name: str) -> int | None:
    """Id of an attribute in the model's attribute CQDB (records: id, size, name + NUL)."""
    key = name.encode("utf-8") + b"\0"
    needle = struct.pack("<I", len(key)) + key
    bwd_offset = _u32(buf, off_attrs + 20)
    at = buf.find(needle, off_attrs, end)
    while at >= 0:
        rec = at - 4
        aid = _u32(buf, rec)
        if _u32(buf, off_attrs + bwd_offset + 4 * aid) == rec - off_attrs:
            return aid
        at = buf.find(needle, at + 1, end)
    return None


def with_label_bias(model: bytes, labels: list[str], bias: dict) -> bytes:
    """The CRFsuite model with constants added to state weights: bias = {attribute: {label: offset}}.
    With an attribute every token carries (the bias feature 'b', or its case-mode copy 'lc|b'), an
    offset shifts that label's state score at every position (lowercased sentences only for
    'lc|b'): Viterbi with per-label offsets, at no cost at prediction time."""
    buf = bytearray(model)
    if buf[:4] != b"lCRF":
        raise ValueError("not a CRFsuite model")
    off_features, _, off_attrs, _, off_attrrefs = struct.unpack_from("<5I", buf, 28)
    label_id = {lab: i for i, lab in enumerate(labels)}
    for attr, offsets in bias.items():
        aid = _attr_id(buf, off_attrs, off_attrs + _u32(buf, off_attrs + 4), attr)
        if aid is None:
            raise ValueError(f"attribute {attr!r} not in the model")
        ref = _u32(buf, off_attrrefs + 12 + 4 * aid)
        done = set()
        for k in range(_u32(buf, ref)):
            fid = _u32(buf, ref + 4 + 4 * k)
            at = off_features + 12 + 20 * fid
            ftype, src, dst = struct.unpack_from("<3I", buf, at)
            if ftype == 0 and src == aid and labels[dst] in offsets:
                w = struct.unpack_from("<d", buf, at + 12)[0]
                struct.pack_into("<d", buf, at + 12, w + offsets[labels[dst]])
                done.add(labels[dst])
        missing = set(offsets) - done - {lab for lab, v in offsets.items() if not v}
        if missing - set(label_id):
            raise ValueError(f"unknown labels {sorted(missing - set(label_id))}")
        if missing:
            raise ValueError(f"no state feature ({attr!r}, {sorted(missing)}) in the model")
    return bytes(buf)


class NerModel:
    def __init__(self, model_path: str, resources_data: dict, pos_model_path: str | None = None):
        cfg = resources_data.get("cfg") or {}
        pos_tagger = None
        if cfg.get("pos"):   # the NER features include tags of the small POS model shipped beside it
            pos_tagger = pycrfsuite.Tagger()
            pos_tagger.open(pos_model_path or model_path + ".pos.crfsuite")
        self.tagger = pycrfsuite.Tagger()
        bias = cfg.get("label_bias")
        if bias:
            self.tagger.open(model_path)
            labels = self.tagger.labels()
            self.tagger.close()
            with open(model_path, "rb") as fh:
                # CRFsuite reads the model from this buffer for as long as the tagger is open: keep it
                self._model_bytes = with_label_bias(fh.read(), labels, bias)
            self.tagger.open_inmemory(self._model_bytes)
        else:
            self.tagger.open(model_path)
        self.features = FeatureExtractor(resources_data, cfg, pos_tagger)

    def tags(self, words: list[str]) -> list[str]:
        return self.tagger.tag(self.features.sent2features(words)) if words else []

    def predict(self, words: list[str]) -> list[tuple[int, int, str]]:
        """(start token, end token, label) spans in CONTRACT labels: PER, ORG, GPE, LOC, EVT."""
        if not words:
            return []
        return [(s, e, label) for label, s, e, _ in self.features.to_contract(words, self.tags(words))]


_files = ExitStack()


@lru_cache(maxsize=1)
def ner_model() -> NerModel:
    folder = resources.files("warta.resources").joinpath("models")
    path = _files.enter_context(resources.as_file(folder.joinpath(MODEL)))
    data = json.loads(folder.joinpath(RESOURCES).read_text(encoding="utf-8"))
    pos_path = None
    if (data.get("cfg") or {}).get("pos"):
        pos_path = str(_files.enter_context(resources.as_file(folder.joinpath(POS_MODEL))))
    model = NerModel(str(path), data, pos_path)
    # its millions of feature strings, dicts and lists live as long as the process: the cyclic
    # garbage collector need not scan them again on every collection a later stage triggers
    gc.freeze()
    return model
