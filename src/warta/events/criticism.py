"""Criticism told through a harsh word ("kontraproduktif", "tidak adil", "kinerja ... tidak
memuaskan") and praise through a word of praise ("patut diapresiasi", "sosok yang kompeten"): where
one stands in a sentence, and whether it is asserted (not negated, not only possible, asked for or
promised, not in a condition or a prohibition). The words are ``harsh_words``, ``praise_words`` and
their neighbours in ``resources/id/event_modifiers.toml``; ``warta.stages.events`` codes criticism
as ACCUSE, praise as SUPPORT.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from warta.events.predicates import WORD, modifiers
from warta.resources import load_toml


@lru_cache(maxsize=4)
def _table(kind: str, alone: bool) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the harsh (kind "harsh") or praising ("praise") words and phrases as runs of
    word characters, longest first ("kekanak-kanakan" -> ("kekanak", "kanakan"); "sewenang" also
    stands in "sewenang-wenang"). alone: only those that code without a verb of judging."""
    mods = modifiers()
    words = mods[f"{kind}_words"] - mods[f"{kind}_needs_judging_verb"] if alone else mods[f"{kind}_words"]
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words:
        pieces = tuple(WORD.findall(phrase.lower()))
        table.setdefault(pieces[0], []).append(pieces)
    for runs in table.values():
        runs.sort(key=len, reverse=True)
    return table


def _runs(text: str, kind: str, alone: bool) -> Iterator[tuple[list[str], int, int, int]]:
    """(the sentence's lower-cased words, index of the first word of a harsh or praising word or
    phrase, its start and end offset) for each one in text, in order; a word-by-word match, not one
    regular expression of some 150 alternatives, which is slow."""
    lowered = text.lower()
    found = list(WORD.finditer(lowered if len(lowered) == len(text) else text))   # offsets into text
    words = [m.group(0).lower() for m in found] if len(lowered) != len(text) else [m.group(0) for m in found]
    table = _table(kind, alone)
    terms = modifiers()["harsh_term_heads"]
    for i, word in enumerate(words):
        if i and words[i - 1] in terms:
            continue          # "kredit bermasalah": a term of banking, no one judged
        for run in table.get(word, ()):
            if tuple(words[i:i + len(run)]) == run:
                yield words, i, found[i].start(), found[i + len(run) - 1].end()
                break


@lru_cache(maxsize=1)
def judged_alone_words() -> frozenset[str]:
    """One word of each harsh or praising word or phrase that codes alone, which must stand in a
    sentence for reported_judgement to be tried (as candidate_words does for the predicates): of a
    phrase its last word that is not a function word, the one that says what is wrong or right
    ("akal" of "tidak masuk akal", "jalur" of "keluar jalur"), common verbs like "masuk" letting
    most sentences through."""
    mods = modifiers()
    common = mods["prefilter_common"] | mods["negation"] | mods["degree_words"]
    keys = set()
    for kind in ("harsh", "praise"):
        for phrase in mods[f"{kind}_words"] - mods[f"{kind}_needs_judging_verb"]:
            pieces = WORD.findall(phrase)
            keys.add(([w for w in pieces if w not in common] or pieces)[-1])
    return frozenset(keys)


def reported_judgement(text: str, mods: dict) -> tuple[int, int, str] | None:
    """Where the first harsh word in a sentence stands that is not negated, only possible ("tak akan
    gegabah"), in a condition ("apabila ada oknum yang terbukti melakukan tindak kecurangan") or a
    prohibition, with "ACCUSE"; else the first such word of praise, not asked for or promised in the
    four words before it ("Tindakan Dinas ESDM Jatim patut diapresiasi"), with "SUPPORT"."""
    for kind, event in (("harsh", "ACCUSE"), ("praise", "SUPPORT")):
        window = mods[f"{kind}_blocker_window"]
        for words, i, start, end in _runs(text, kind, alone=True):
            before = words[:i]
            if not mods["conditional"].isdisjoint(before) or not mods["prohibitions"].isdisjoint(before):
                return None
            if mods[f"{kind}_blockers"].isdisjoint(before[-window:]) and mods["negation"].isdisjoint(before[-2:]):
                return start, end, event
    return None


def speaker_pronouns() -> str:
    return "|".join(w for w in load_toml("id/speech_cues.toml")["pronouns"] if w != "nya")


def judgement_asserted(text: str, mods: dict) -> str | None:
    """In the content of a verb of judging, "ACCUSE" when a harsh word stands there without a
    negation in the two words before it ("tidak terbukti melanggar") or a condition before it ("bisa
    dicabut jika mereka melanggar hukum"), a harsh phrase holding its own ("tidak adil") counting;
    else "SUPPORT" when a word of praise does, also not asked for or promised in the words before it
    ("menilai Amran sosok yang kompeten", not "TNI akan bekerja secara profesional"); else None."""
    # a condition word opening the content is "that" ("mengatakan jika ... akan merugikan pelaku usaha")
    for kind, event in (("harsh", "ACCUSE"), ("praise", "SUPPORT")):
        window, blockers = mods[f"{kind}_blocker_window"], mods[f"{kind}_blockers"] if kind == "praise" else frozenset()
        if any(mods["negation"].isdisjoint(words[max(0, i - 2):i]) and mods["conditional"].isdisjoint(words[1:i])
               and blockers.isdisjoint(words[max(0, i - window):i])
               for words, i, _, _ in _runs(text, kind, alone=False)):
            return event
    return None
