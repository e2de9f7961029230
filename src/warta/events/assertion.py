"""Does a sentence assert that the act its predicate names was done?

Not when the predicate is negated ("tidak akan menyerang"), denied ("membantah menyerang"), only
asked for, able, planned against, conditional, habitual, judged, alleged, a task, a topic or a step
referred to ("bisa menyerang", "jika jaksa menuntut", "menilai ... mengancam", "langkah Prabowo
mewajibkan ..."), and not in a law's wording ("Setiap orang yang dengan sengaja menyerang ...").
These tests read a sentence's lower-cased tokens around the predicate; the clause a token stands in,
and whether two predicates share a subject, are worked out here too. The words are in
``resources/id/event_modifiers.toml``; ``warta.stages.events`` asks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warta.events.predicates import Predicate, is_number, modifiers


@lru_cache(maxsize=1)
def statute_pattern() -> re.Pattern:
    return re.compile("|".join(re.escape(p) for p in sorted(modifiers()["statute_openings"])), re.I)


# verbs carry these prefixes; event nouns and phrases such as "rapat kerja" do not
VERB_PREFIX = re.compile(r"(?:me|di|ber|ter)")
# ... and of them the active ones: an act done by the subject ("melaksanakan", "bekerja")
ACTIVE_PREFIX = re.compile(r"(?:me|ber)")


def not_an_act(words: list[str], lower: list[str], i: int, j: int, h: int, pred: Predicate, clause_start: int,
                not_requests: set[int], negated: bool, mods: dict) -> bool:
    """Does the sentence mention the predicate without asserting it was done? Negated, denied, only
    asked for, relative, a list item, a refusal to comment, reflexive, a report, conditional, modal,
    an opinion, a step referred to, a topic. i:j is the predicate's span, h the word negation and
    modality attach to; negated: a negator stands before h (is_negated, worked out once by the caller)."""
    if negated and not (j < len(lower) and lower[j] in mods["not_negation_after"]):
        return True
    if any(w in mods["denial"] for w in lower[max(0, h - 4):h]) and pred.type != "REJECT":
        return True
    if pred.type != "REQUEST" and any(w in mods["requested_after"] and x not in not_requests
                                      for x, w in enumerate(lower[max(0, h - 5):h], max(0, h - 5))):
        return True
    if pred.voice in ("passive", "nominal_passive") and _after_relative(lower, h, mods) \
            and not (pred.voice == "passive" and j < len(lower) and lower[j] == "oleh"):
        return True           # "aset yang disita"; not "polisi, yang diserang oleh massa, ...": its agent told
    if pred.words[0] in mods["describing_in_relative"] and i > 0 and lower[i - 1] in mods["relative_markers"]:
        return True              # "kasus narkoba yang melibatkan AH": what the case involves
    if i > 0 and lower[i - 1] in mods["list_bullets"]:
        return True              # "- Bersedia ditempatkan di ...": a requirement in a list, not an act
    if pred.words[0] in mods["refusals"]:
        c = j + 1 if j < len(lower) and lower[j] in mods["declined_comment_skip"] else j
        if c < len(lower) and (lower[c] in mods["declined_comment"] or lower[c] in mods["giving_verbs"]
                               and lower[c + 1:c + 2] and lower[c + 1] in mods["declined_comment_objects"]):
            return True          # "menolak (untuk) membeberkan secara detail", "menolak memberikan informasi": no comment
    if h > 0 and pred.type != "REJECT" and (lower[h - 1] in mods["refusal_governs"] or (
            h > 1 and lower[h - 1] in mods["declined_comment_skip"] and lower[h - 2] in mods["refusal_governs"])):
        return True              # "menolak (untuk) menandatangani perjanjian": not signed
    subject_end = h - 1
    while subject_end > clause_start and lower[subject_end] in mods["auxiliaries"]:
        subject_end -= 1
    if subject_end >= 0 and lower[subject_end] in mods["forces"]:
        return True              # "pandemi membatasi pergerakan orang": no one acts
    before = frozenset(lower[clause_start:h])
    if not mods["whether"].isdisjoint(before):
        return True              # "apakah bersedia membuka cadar": asked, not told
    if not _no_one_openers().isdisjoint(before) and any(
            " ".join(lower[x:x + 2]) in mods["no_one_did"] or " ".join(lower[x:x + 3]) in mods["no_one_did"]
            for x in range(clause_start, h)):
        return True              # "Tak ada yang pernah minta APBN", "jangan sampai polisi melepaskan pelaku"
    if pred.words[0] in mods["refusals"] and not mods["protest_words"].isdisjoint(lower[max(0, i - 6):i]):
        return True              # "aksi unjuk rasa menolak RUU Cipta Kerja": the protest's cause
    if j < len(lower) and lower[j] in mods["reflexive"]:
        return True              # "massa membubarkan diri": they dispersed, no one was dispersed
    if pred.words[0] in mods["share_verbs"] and j < len(lower) and (
            lower[j] in mods["amount_openers"] or is_number(lower[j], mods["phrase_numbers"])
            or not mods["share_words"].isdisjoint(lower[j:j + 4])):
        return True              # "Bali menyumbang 44 persen devisa pariwisata": a share, not a gift
    openers = set(lower[j:j + 2]) & mods["statement_openers"]
    if pred.type == "REQUEST":
        openers -= mods["that_clause"]   # "mengingatkan warga agar tidak mudik" asks, it reports nothing
    if pred.words[0] in mods["statement_predicates"] and openers:
        return True              # "memperingatkan bahwa ...": a warning about, not a threat
    if _asked_for(lower, clause_start, h, mods, not_requests, pred.type == "REQUEST"):
        return True              # "meminta kepala daerah dari PDI Perjuangan untuk berkolaborasi";
                                 # "mengimbau Pemprov DKI terus mendorong ...": one request, not two
    if not mods["conditional"].isdisjoint(before) or not mods["habitual"].isdisjoint(before):
        return True              # "Bila jaksa menuntut ...", "Biasanya mereka membunuh ...": no one act
    if any(w in mods["modal"] for w in lower[max(0, h - 2):h]):
        return True              # "bisa menyerang": able to, not done
    if any(w in mods["judgement"] for w in lower[clause_start:i]):
        return True              # "menilai kebijakan ini ... mengancam industri": an opinion
    if i > 0 and lower[i - 1] in mods["adjectival"].get(pred.words[0], ()):
        return True              # "keperluan mendesak": an urgent need
    if pred.type != "ACCUSE" and any(w in mods["allegation"] for w in lower[clause_start:i]):
        return True              # "menuduh Iran ... membantu pemberontak": alleged, not told as done
    if _named_step(words, lower, i, mods):
        return True              # "langkah Prabowo mewajibkan para menteri ...": the step, told before
    if i > 0 and lower[i - 1] in mods["gerund_markers"] and VERB_PREFIX.match(pred.words[0]):
        return True              # "keseriusan pemerintah dalam mencabut izin": the act as a topic
                                 # ("dalam rapat kerja dengan ..." is where something was said)
    return False


@lru_cache(maxsize=1)
def _no_one_openers() -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in modifiers()["no_one_did"])


def clause_start_of(words: list[str], lower: list[str], i: int, mods: dict) -> int:
    """The first token of the clause token i stands in: after the last comma, semicolon or colon
    before it, but not after a comma that only separates the items of a list ("kepada Kementerian
    Kesehatan, Kementerian Perindustrian, dan Kementerian Perdagangan untuk ...", "para operator dari
    bandara, pelabuhan, dan terminal untuk ..."): one followed by a noun, with "dan"/"serta" and a
    further noun before token i. A word that is not an active verb (me-, ber-) is taken as a noun."""
    for k in range(i - 1, -1, -1):
        if lower[k] in (";", ":"):
            return k + 1
        if lower[k] != ",":
            continue
        # ", dan Kementerian Perdagangan": the list's last name
        last = k + 2 < i and lower[k + 1] in mods["coordinators"] and _noun(words[k + 2])
        listed = last or k + 1 < i and _noun(words[k + 1]) and any(
            lower[x] in mods["coordinators"] and x + 1 < i and _noun(words[x + 1]) for x in range(k + 1, i))
        if not listed:
            return k + 1
    return 0


def _noun(word: str) -> bool:
    return word[:1].isupper() or word.isalpha() and not ACTIVE_PREFIX.match(word)


def obligations(lower: list[str], mods: dict) -> list[tuple[int, int | None, bool]]:
    """Obligation modals that address someone: "X harus/mesti/perlu <active verb>", not in a relative
    or conditional clause, not of the speaker's own side ("kita harus ...") nor a bare passive ("harus
    diakui"). A passive with its agent ("harus dijalankan oleh pemerintah") addresses the agent: its
    "oleh" comes with the modal's index. The flag is set for what should already have been done
    ("Pemerintah seharusnya sudah lebih dulu mengkaji ..."): a reproach, not a request."""
    out: list[tuple[int, int | None, bool]] = []
    if mods["obligation"].isdisjoint(lower):
        return out
    for x, w in enumerate(lower):
        if w not in mods["obligation"] or x == 0 or x + 1 >= len(lower):
            continue
        v, past = x + 1, False
        while v + 1 < len(lower) and v - x <= 3 and (lower[v] in mods["adverbs_after_modal"]
                                                     or lower[v] in mods["should_have"]):
            past = past or lower[v] in mods["should_have"] and w in mods["should_have_modals"]
            v += 1            # "pemerintah perlu terus memperluas", "harus bisa memastikan"
        verb = lower[v]
        oleh = None
        if verb.startswith("di"):
            oleh = next((k for k in range(v + 1, min(len(lower), v + 4)) if lower[k] == "oleh"), None)
            if oleh is None:
                continue
        elif not verb.startswith("me") or verb in mods["stative_verbs"] or lower[x - 1] in mods["not_addressees"]:
            continue
        clause = lower[max((k for k in range(x) if lower[k] in (",", ";", ":")), default=-1) + 1:x]
        if set(clause) & (mods["conditional"] | mods["relative_markers"] | mods["first_person"]):
            continue
        out.append((x, oleh, past))
    return out


def _named_step(words: list[str], lower: list[str], i: int, mods: dict) -> bool:
    """A predicate that spells out a step or decision named just before it ("langkah Prabowo
    mewajibkan ...", "keputusan KPU membatalkan ...", "kebijakan melarang mudik"): the act is
    referred to, not told."""
    k = i - 1
    while k >= 0 and i - k <= 4 and words[k][:1].isupper():
        k -= 1
    return k >= 0 and lower[k] in mods["step_nouns"]


def _asked_for(lower: list[str], start: int, i: int, mods: dict, not_requests: set[int], request: bool = False) -> bool:
    """A request or invitation earlier in the clause governs the predicate through "untuk/agar" or
    within a few words. A clause of time or cause starts a new act between them ("meminta maaf karena
    telah ..."); so does a coordinator, unless it joins acts inside the purpose clause ("mengajak
    pengguna jalan untuk mematuhi aturan dan mendukung upaya kepolisian") rather than after the
    request ("meminta keterangan saksi dan menahan tersangka"). A hope reaches the clause's end:
    "berharap pemerintah konsisten menerapkan aturan TKDN dan memberikan dukungan ..." does nothing.
    A request (request=True) is governed only by another request, not by a wish: "saya ingin
    meminta ..." asks."""
    purpose = coordinated = False
    for k in range(i - 1, start - 1, -1):
        if lower[k] in mods["relative_markers"] and k < i - 3 and not mods["that_clause"].isdisjoint(lower[start:k]):
            continue          # "agar dinas yang mengurus izin kafe mencabut izinnya": the subject asked, described
        if lower[k] in mods["request_breaks"] or lower[k] in (".", "!", "?"):
            return False      # (a quotation Warta keeps as one sentence may hold several)
        coordinated = coordinated or lower[k] in mods["coordinators"]
        purpose = purpose or lower[k] in mods["purpose_clause"]
        if request and lower[k] in mods["hoping"] and not (k > 0 and lower[k - 1] in mods["negation"]):
            continue          # "kami ingin mengusulkan" asks; "tak ingin ... dengan meminta" does not
        if lower[k] in mods["requested_after"] and k not in not_requests:
            return purpose or lower[k] in mods["hoping"] or (not coordinated and i - k <= mods["request_reach"])
        if lower[k] in mods["request_nouns"] and purpose:
            return True
    return False


def _after_relative(lower: list[str], i: int, mods: dict) -> bool:
    """ "aset yang disita", "tempat yang akan dikunjungi": a relative marker right before the
    predicate, or with one auxiliary between."""
    at = i - 1 if i > 0 and lower[i - 1] in mods["relative_markers"] else \
        i - 2 if i > 1 and lower[i - 1] in mods["auxiliaries"] and lower[i - 2] in mods["relative_markers"] else None
    if at is None:
        return False
    # "Ada juga pihak swasta yang terjaring OTT": "ada ... yang" asserts the act ("tidak ada yang
    # ditahan" does not)
    ada = [k for k in range(max(0, at - 6), at) if lower[k] in mods["existential"]]
    return not ada or (ada[-1] > 0 and lower[ada[-1] - 1] in mods["negation"])


def is_negated(lower: list[str], i: int, mods: dict) -> bool:
    """A negator up to three words before the predicate, with only auxiliaries between ("tidak akan
    menyerang", "belum resmi ditahan"); not "KPK tidak terima sehingga mengajukan kasasi"."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if lower[k] in mods["negation"]:
            return True
        if lower[k] not in mods["auxiliaries"]:
            return False
    return False


def listed_after(lower: list[str], after: int, i: int, mods: dict) -> bool:
    """Is the predicate at i the next item of a comma list whose last item ended at after
    ("menelusuri sumber makanan, memeriksa dapur produksi, hingga memastikan ...")?"""
    x = i - 1
    while x >= after and lower[x] in mods["list_joiners"]:
        x -= 1
    return x >= after and lower[x] == "," and i - after <= 8 and "," not in lower[after:x]


def shares_subject(lower: list[str], after: int, i: int, mods: dict) -> bool:
    """Is the predicate at i joined to an earlier one (ending at after) by a coordinator right
    before it, auxiliaries aside ("... dan langsung menahan")?"""
    x = i - 1
    while x >= after and lower[x] in mods["auxiliaries"]:
        x -= 1
    return x >= after and lower[x] in mods["coordinators"]


def future_over_coordination(lower: list[str], start: int, i: int, mods: dict) -> bool:
    """ "akan melakukan pengecekan ... dan melakukan penyelidikan": a future marker earlier in the
    clause governs a predicate coordinated with its own (not across a relative clause)."""
    for p in range(i - 1, start - 1, -1):
        if lower[p] in mods["future"]:
            between = lower[p + 1:i]
            return bool(set(between) & mods["coordinators"]) and not set(between) & (
                mods["relative_markers"] | mods["ongoing_after_future"])
    return False
