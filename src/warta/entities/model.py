"""Warta's NER model: a linear-chain CRF (python-crfsuite) trained by scripts/train_ner.py.

The artefacts live in ``resources/models/``: ``ner.crfsuite`` (the weights) and
``ner_resources.json`` (word clusters, gazetteer lists and the feature configuration the model
was trained with). Both are built from the openly licensed NER sets in ../shared/data; see
``resources/models/README.md`` for data, licences and scores.
"""

from __future__ import annotations

import json
from contextlib import ExitStack
from functools import lru_cache
from importlib import resources

import pycrfsuite

from warta.entities.features import FeatureExtractor

MODEL = "ner.crfsuite"
RESOURCES = "ner_resources.json"


class NerModel:
    def __init__(self, model_path: str, resources_data: dict):
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(model_path)
        self.features = FeatureExtractor(resources_data, resources_data.get("cfg"))

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
    return NerModel(str(path), data)
