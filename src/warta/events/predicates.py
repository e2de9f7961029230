"""Predicates: the Indonesian words and constructions that signal a PLOVER event type.

The lexicon (``resources/id/event_lexicon.tsv``) gives verbs and phrases with their voice; event
nouns (``id/event_nouns.tsv``) code only in a construction that asserts the act (a light verb, a
passive light verb, "antara A dan B", a receiving verb); a bare verb after a first- or second-person
pronoun is the object-focus form of a lexicon verb ("kami robohkan"). Words that change what a
predicate asserts are in ``id/event_modifiers.toml`` (``modifiers()``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.resources import load_toml, load_tsv


@dataclass(frozen=True)
class Predicate:
    """A PLOVER type signalled by these words, read in one voice: "active" (actor before, target
    after), "passive" (target before, actor after the verb or "oleh"), "directive" (an order followed,
    its giver after the noun: "atas arahan Presiden"), "pair" ("antara A dan B": A
    on B), "host" (the visitor after the verb acts on the host before it), "caused" (an attack noun
    after its casualties: "tewas dalam serangan Israel"), "focus" (a bare verb after
    a first- or second-person pronoun, its object before the pronoun: "Pemerintah Arab Saudi saya
    datangi"), "noun" (an event noun, waiting for a construction) or "nominal_passive" (an event noun
    with a passive light verb)."""

    type: str
    voice: str
    words: tuple[str, ...]


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[Predicate]]:
    """First word -> predicates starting with it, longest first."""
    table: dict[str, list[Predicate]] = {}
    for row in load_tsv("id/event_lexicon.tsv"):
        kind, voice, form = row[:3]
        words = tuple(form.split())
        table.setdefault(words[0], []).append(Predicate(kind, voice, words))
    for preds in table.values():
        preds.sort(key=lambda p: -len(p.words))
    return table


@lru_cache(maxsize=1)
def _lexicon_order() -> dict[Predicate, int]:
    """Each predicate's place in the order phrases are tried (longest first, then file order)."""
    return {pred: n for n, pred in enumerate(p for preds in lexicon().values() for p in preds)}


@lru_cache(maxsize=1)
def _by_length_and_last() -> dict[str, list[tuple[int, dict[str, list[Predicate]]]]]:
    """First word -> (phrase length, last word -> its predicates in lexicon order), longest first:
    a common first word ("melakukan", "memberikan") opens dozens of phrases, and looking a phrase up
    by its last word replaces trying each of them in turn."""
    out: dict[str, list[tuple[int, dict[str, list[Predicate]]]]] = {}
    for first, preds in lexicon().items():
        lengths: dict[int, dict[str, list[Predicate]]] = {}
        for pred in preds:                    # longest first, then file order: the order of trying
            lengths.setdefault(len(pred.words), {}).setdefault(pred.words[-1], []).append(pred)
        out[first] = sorted(lengths.items(), key=lambda kv: -kv[0])
    return out


@lru_cache(maxsize=1)
def modifiers() -> dict:
    """event_modifiers.toml: lists as frozensets, tables as dicts. A table key may name several
    phrases that share one value, joined by "|" ("mengerahkan|menerjunkan" = [...])."""
    data = load_toml("id/event_modifiers.toml")
    return {k: ({phrase: entry for key, entry in v.items() for phrase in key.split("|")} if isinstance(v, dict)
                else frozenset(v) if isinstance(v, list) else v)
            for k, v in data.items()}


@lru_cache(maxsize=1)
def _received_nouns() -> frozenset[str]:
    """First words of the event nouns told by their receiver ("mendapat bantuan dari ...")."""
    return frozenset(first for first, nouns in event_nouns().items() if any("receive" in c for _, c in nouns))


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Words a lexicon predicate starts with, also with a clitic "-nya"."""
    return frozenset(lexicon()) | frozenset(w + "nya" for w in lexicon())


WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def candidate_words() -> frozenset[str]:
    """One word every predicate, event noun, object-focus verb or obligation needs, as runs of word
    characters, also with a clitic "-nya": a sentence without any is passed over before it is split
    into lower-cased tokens. Of a phrase, its longest word that is not a common function word
    ("penyelidikan" of "dalam penyelidikan", "kesepakatan" of "ada kesepakatan"); of a phrase of
    common words only, its first ("rapat" of "rapat dengan")."""
    common = modifiers()["prefilter_common"]
    phrases = [p.words for preds in lexicon().values() for p in preds]
    phrases += [p.words for nouns in event_nouns().values() for p, _ in nouns]
    phrases += [(w,) for w in modifiers()["obligation"]]
    chunks: set[str] = set()
    for words in phrases:
        pieces = [c for w in words for c in WORD.findall(w)]
        rare = [c for c in pieces if c not in common] or pieces[:1]
        chunks.add(max(rare, key=len))
    chunks |= {c + "nya" for c in chunks}
    # the bare verb of an object-focus clause ("warga luar Kota Bekasi kami tolak") is its only word
    return frozenset(chunks | set(_object_focus()))


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, list[tuple[Predicate, frozenset[str]]]]:
    """First word -> (event noun, the constructions that assert it), longest first."""
    table: dict[str, list[tuple[Predicate, frozenset[str]]]] = {}
    for row in load_tsv("id/event_nouns.tsv"):
        kind, form, constructions = row[:3]
        words = tuple(form.split())
        table.setdefault(words[0], []).append((Predicate(kind, "noun", words), frozenset(constructions.split(","))))
    for nouns in table.values():
        nouns.sort(key=lambda n: -len(n[0].words))
    return table


def find_triggers(lower: list[str]) -> list[tuple[int, int, Predicate]]:
    """(first token, end token, predicate) for each predicate in a sentence's lower-cased tokens:
    lexicon phrases (longest first, a clitic "-nya" on the last word allowed), object-focus verbs
    after a pronoun, event nouns in a construction that asserts them; in token order."""
    table = lexicon()
    out: list[tuple[int, int, Predicate]] = []

    def bare(w: str) -> str:
        # a clitic "-nya" on a predicate's last word ("menolaknya", "menarik pulang duta besarnya")
        return w[:-3] if len(w) > 6 and w.endswith("nya") else w

    free, firsts, numbers = 0, _first_words(), modifiers()["phrase_numbers"]
    by_length, order = _by_length_and_last(), _lexicon_order()
    receiving, receivers = _received_nouns(), modifiers()["light_verbs_receive"]
    excludes = modifiers()["verb_excludes"]
    for i in [k for k, w in enumerate(lower) if w in firsts]:
        if i < free:
            continue          # inside the phrase matched before
        if lower[i] in receivers and i + 1 < len(lower) and lower[i + 1] in receiving:
            continue          # "menerima bantuan dari Kemensos": the received noun's, not "menerima" a visitor
        # a number may stand inside a phrase after its verb: "memberikan 156.581 beasiswa"
        after_number = i + 1
        while after_number < len(lower) and after_number - i <= 2 and is_number(lower[after_number], numbers):
            after_number += 1
        first = lower[i] if lower[i] in table else bare(lower[i])
        matched = False
        for n, by_last in by_length.get(first, ()):
            k = after_number if n > 1 else i + 1
            end = k + n - 1
            if end > len(lower):
                continue
            # the phrase's last word first: most phrases of a common verb fail on it
            last = lower[end - 1]
            stripped = bare(last)
            candidates = by_last.get(last, [])
            if stripped != last and stripped in by_last:
                candidates = sorted(candidates + by_last[stripped], key=order.__getitem__)
            for pred in candidates:
                words = pred.words
                if pred.voice == "passive" and i + n <= len(lower) and lower[i + n - 1] != words[-1]:
                    continue  # "penyebab ditangkapnya Edhy oleh KPK": a passive with "-nya" names the act
                if k == i + 1 and tuple(lower[i:end - 1]) == words[:-1] \
                        or k > i + 1 and (lower[i], *lower[k:end - 1]) == words[:-1]:
                    held = excludes.get(words[0]) if n == 1 else None
                    if not (held and (end < len(lower) and lower[end] in held
                                      or pred.voice == "passive" and any(w in held for w in lower[max(0, i - 4):i]))):
                        out.append((i, end, pred))     # else "menahan imbang", "suku bunga acuan telah ditahan"
                        free = end
                    matched = True
                    break
            if matched:
                break
    pronouns = modifiers()["object_focus_pronouns"]
    if not pronouns.isdisjoint(lower):
        bare_forms, adverbs = _object_focus(), modifiers()["focus_adverbs"]

        def after_pronoun(k: int) -> bool:
            # "kami tolak", "kita langsung coret", "kami sudah periksa"
            x = k - 1
            while x >= 0 and k - x <= 2 and lower[x] in adverbs:
                x -= 1
            return x >= 0 and lower[x] in pronouns

        focus = [(k, k + 1, bare_forms[w]) for k, w in enumerate(lower) if w in bare_forms and k > 0
                 and after_pronoun(k) and not any(a <= k < b for a, b, _ in out)]
        if focus:
            out = sorted(out + focus, key=lambda t: t[0])
    if event_nouns().keys().isdisjoint(lower):
        return out
    nominal = _nominal_triggers(lower, out)
    return sorted(out + nominal, key=lambda t: t[0]) if nominal else out


def is_number(word: str, numbers: frozenset[str]) -> bool:
    """A number word ("dua", "puluhan") or digits ("156.581", "16,5")."""
    return word in numbers or word[:1].isdigit() and word.replace(".", "").replace(",", "").isdigit()


def _roots(verb: str) -> list[str]:
    """The bare forms a meN- verb may have lost its prefix from ("menangkap" -> "tangkap",
    "mengecam" -> "kecam"/"ecam", "memberikan" -> "berikan", "merobohkan" -> "robohkan")."""
    vowels = "aeiou"
    if verb.startswith("memper"):
        return [verb[3:]]
    if verb.startswith("meny") and verb[4:5] in vowels:
        return ["s" + verb[4:]]
    if verb.startswith("meng"):
        rest = verb[4:]
        return [rest, "k" + rest] if rest[:1] in vowels else [rest]
    if verb.startswith("mem"):
        rest = verb[3:]
        return ["p" + rest, rest] if rest[:1] in vowels else [rest]
    if verb.startswith("men"):
        rest = verb[3:]
        return ["t" + rest] if rest[:1] in vowels else [rest]
    if verb.startswith("me") and verb[2:3] in "lmnrwy":
        return [verb[2:]]
    return []


@lru_cache(maxsize=1)
def _object_focus() -> dict[str, Predicate]:
    """Bare verbs after a first- or second-person pronoun ("Bangunannya kami robohkan", "akan saya
    bagikan KIP di sini", "Kita hargai keputusan KPU"): the object-focus form of an active
    one-word predicate of the lexicon, with the pronoun its actor."""
    mods = modifiers()
    # a verb that codes only with something beside it is left to its full form
    conditional = mods["needs_target"] | set(mods["requires_after"]) | mods["judging_verbs"] | mods["armed_targets_only"] \
        | mods["statement_predicates"] | set(mods["retype_by_sector"])
    table: dict[str, Predicate] = {}
    for preds in lexicon().values():
        for pred in preds:
            if pred.voice == "active" and len(pred.words) == 1 and pred.words[0] not in conditional:
                for root in _roots(pred.words[0]):
                    if len(root) > 3 and root not in mods["prepositions"] and root not in mods["not_object_focus"]:
                        table.setdefault(root, Predicate(pred.type, "focus", (root,)))
    return table


def casualty_before(lower: list[str], k: int) -> int | None:
    """The casualty word ("tewas", "hancur") before token k in the same clause, if any; not one in a
    relative clause ("keluarga para pahlawan yang gugur akibat serangan KKB": told before)."""
    mods = modifiers()
    for x in range(k - 1, max(-1, k - 1 - mods["casualty_reach"]), -1):
        if lower[x] in (".", ";", "!", "?"):
            return None
        if lower[x] in mods["casualty_words"]:
            return None if x > 0 and lower[x - 1] in mods["relative_markers"] else x
    return None


def _nominal_triggers(lower: list[str], taken: list[tuple[int, int, Predicate]]) -> list[tuple[int, int, Predicate]]:
    """Event nouns in a construction that asserts the act (id/event_nouns.tsv). The span runs from
    the light verb to the noun, or from the noun to a passive light verb after it; a noun already
    inside a lexicon phrase ("melakukan penangkapan") is left to it."""
    nouns, mods = event_nouns(), modifiers()
    used = [False] * (len(lower) + 1)
    for a, b, _ in taken:
        for x in range(a, b):
            used[x] = True
    out: list[tuple[int, int, Predicate]] = []
    i = 0
    while i < len(lower):
        forms = nouns.get(lower[i])
        if not forms or used[i]:
            i += 1
            continue
        match = next(((p, c) for p, c in forms if tuple(lower[i:i + len(p.words)]) == p.words), None)
        if match is None:
            i += 1
            continue
        noun, constructions = match
        j = i + len(noun.words)
        if j < len(lower) and lower[j] in mods["nominal_excludes"].get(lower[i], ()):
            i = j
            continue          # "penahanan suku bunga": rates held, no one detained
        before = i - 1
        while before >= 0 and lower[before] in mods["light_fillers"] and i - before <= 2:
            before -= 1
        found = None
        if before >= 0 and not used[before]:
            if "light" in constructions and lower[before] in mods["light_verbs_active"]:
                found = (before, j, Predicate(noun.type, "active", (lower[before], *noun.words)))
            elif "passive" in constructions and lower[before] in mods["light_verbs_passive"]:
                found = (before, j, Predicate(noun.type, "nominal_passive", noun.words))
            elif "receive" in constructions and lower[before] in mods["light_verbs_receive"]:
                # the giver after "dari"/"oleh", past what was received ("mendapat bantuan beras
                # dari Kemensos"): the span ends before it, where the agent is sought
                giver = next((v for v in range(j, min(len(lower), j + mods["receive_reach"] + 1))
                              if lower[v] in ("dari", "oleh") or lower[v] in mods["nominal_breaks"]), None)
                if giver is not None and lower[giver] in ("dari", "oleh"):
                    found = (before, giver, Predicate(noun.type, "passive", (lower[before], *noun.words)))
        if found is None and "caused" in constructions and i > 0 and lower[i - 1] in mods["cause_words"] \
                and casualty_before(lower, i - 1) is not None:
            # "Dua warga Palestina tewas dalam serangan udara Israel": the attack is told through
            # what it did
            found = (i, j, Predicate(noun.type, "caused", noun.words))
        if found is None and "pair" in constructions and "antara" in lower[j:j + 3]:
            found = (i, j, Predicate(noun.type, "pair", noun.words))
        if found is None and "directive" in constructions and i > 0 and (
                lower[i - 1] in mods["directive_frames"] or lower[i - 1] == "dengan" and i > 1 and lower[i - 2] == "sesuai"):
            # "sebagaimana arahan dari Menteri Keuangan", "sesuai dengan arahan Gubernur": done as directed
            found = (i, j, Predicate(noun.type, "directive", noun.words))
        if found is None and "result" in constructions and i > 0 and lower[i - 1] in mods["result_frames"] \
                and any(w in ("dengan", "dan") for w in lower[j + 1:j + 8]):
            # "hasil kerja sama MPR RI dengan Emil Salim Institute": the act is told as done
            found = (i, j, Predicate(noun.type, "pair", noun.words))
        if found is None and "passive" in constructions:
            for v in range(j, min(len(lower), j + mods["nominal_reach"] + 1)):
                if used[v] or lower[v] in mods["nominal_breaks"]:
                    break
                if lower[v] in mods["light_verbs_passive"]:
                    found = (i, v + 1, Predicate(noun.type, "nominal_passive", noun.words))
                    break
        if found is not None:
            out.append(found)
            for x in range(found[0], found[1]):
                used[x] = True
            i = found[1]
        else:
            i = j
    return out
