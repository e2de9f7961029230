"""Events: who did what to whom, coded in PLOVER, read from Indonesian sentences directly.

A predicate from the lexicon (``resources/id/event_lexicon.tsv``: "memerangi", "bertemu",
"menangkap", "perbedaan pendapat", ...) gives the PLOVER type. Its actor is the actor-like entity
before it in the sentence (after it, behind "oleh", for passive forms such as "ditangkap"), its
target the first one after it ("antara A dan B" for disagreements). Inside a quotation a first-person
subject ("kami") is the speaker, and a person acts for the state and sector of their role: the
ambassador of Russia speaks for RUSDIP. A negated predicate ("tidak akan menyerang"), a denied one
("membantah menyerang"), one that is only asked for ("kami harap negara lain ikut bantu": the
request is the event), only able, aimed at or talked about ("bisa menyerang", "upaya untuk
menangkap", "dalam mencabut izin") produces no event of its own; planned cooperation is intent
(AGREE). Where no name stands, pronouns ("ia", "pihaknya") refer back to the person last named,
common nouns ("polisi", "tersangka") and a person's initials name the actor or target, and those are
coded in the country the story is set in (Indonesia unless another country plainly dominates it).
A harsh word in what someone is reported to have said ("Menurutnya, kinerja Satgas BLBI tidak
memuaskan") is that speaker's criticism where the sentence codes nothing else, a word of praise
('"Tindakan Dinas ESDM Jatim patut diapresiasi," kata ...') their support.
Whether a sentence asserts an act is worked out in ``warta.events.assertion``, criticism and praise
by a word of judgement in ``warta.events.criticism``. Words for all of this are in
``resources/id/event_modifiers.toml``; the gold it is measured against (``warta eval events``) is
described in eval/gold/events_README.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from warta.entities.gazetteer import gazetteer
from warta.events.actors import Coder, word_before
from warta.events.assertion import (ACTIVE_PREFIX, VERB_PREFIX, clause_start_of, future_over_coordination,
                                    is_negated, listed_after, not_an_act, obligations, shares_subject,
                                    statute_pattern)
from warta.events.criticism import judged_alone_words, judgement_asserted, reported_judgement, speaker_pronouns
from warta.events.predicates import WORD, candidate_words, casualty_before, event_nouns, find_triggers, modifiers
from warta.model import Actor, Article, EntityMention, Event
from warta.resources import load_toml, load_wordlist
from warta.settings import Settings

_ACTOR_LABELS = ("GPE", "ORG", "PER")


def extract_events(article: Article, settings: Settings | None = None) -> Article:
    """Stage: fill ``events`` from the sentences, entities and quotes."""
    coder = Coder(article)
    mods = modifiers()
    mentions = sorted((m for m in article.entities if m.source is None and m.label in _ACTOR_LABELS),
                      key=lambda m: m.start)
    starts = [m.start for m in mentions]
    quotes = [(q.start, q.end, q) for q in article.quotes]
    date = article.event_date or article.published
    events: list[Event] = []
    seen: set[tuple] = set()

    def speaker_actor(pos: int) -> Actor | None:
        for a, b, q in quotes:
            if a <= pos < b and q.speaker and q.speaker.id:
                entity = coder.entities.get(q.speaker.id)
                if entity is not None:
                    fake = EntityMention(text=entity.name, label=entity.label, start=0, end=0, id=entity.id)
                    return coder.code(fake)
        return None

    def speaker_just_before(pos: int) -> Actor | None:
        """The speaker of a quotation closed right before pos by its cue and a word of time:
        '... hati-hati juga," katanya saat Rapat Kerja dengan Komisi XII DPR RI'."""
        for a, b, q in quotes:
            if b <= pos <= b + 80 and q.speaker and q.speaker.id and _cue_then_time().fullmatch(article.text[b:pos]):
                return speaker_actor(a)
        return None

    def antecedent(pos: int) -> Actor | None:
        """The person named last before pos, within the same or the previous paragraph."""
        k = bisect_left(starts, pos) - 1
        while k >= 0 and pos - mentions[k].start <= mods["antecedent_window"]:
            if mentions[k].label == "PER":
                return coder.code(mentions[k])
            k -= 1
        return None

    def coded_between(lo: int, hi: int, reverse: bool) -> list[tuple[EntityMention, Actor]]:
        i, j = bisect_left(starts, lo), bisect_left(starts, hi)
        found = [(m, coder.code(m)) for m in mentions[i:j]]
        found = [(m, a) for m, a in found if a is not None]
        return found[::-1] if reverse else found

    scenes: dict[int, bool] = {}
    # per sentence, found once: where verbs of saying end, and the cues set between commas
    said_ends: dict[int, list[int]] = {}
    cue_spans: dict[int, list[tuple[int, int]]] = {}

    def protest_scene(sentence, crowd: bool) -> bool:
        """Does the sentence's paragraph tell of a street protest (and not of demands handed over
        at a meeting)? For a crowd (citizens, students, workers) the article's title may say so: a
        protest story lists the demands in paragraphs of their own ("Mahasiswa Demo di DPR, Bawa 8
        Tuntutan": "BEM UI juga meminta pemerintah mengevaluasi ...")."""
        if sentence.paragraph not in scenes:
            para = article.paragraphs[sentence.paragraph]
            words = set(re.findall(r"\w+", article.text[para.start:para.end].lower()))
            scenes[sentence.paragraph] = bool(words & mods["protest_scene"])
        if not scenes[sentence.paragraph] and not (
                crowd and not mods["protest_title"].isdisjoint(WORD.findall((article.title or "").lower()))):
            return False
        return not set(re.findall(r"\w+", sentence.text.lower())) & mods["delivery_scene"]

    def reported_judgement_event(sentence, at: int, end: int, kind: str = "ACCUSE") -> Event | None:
        """ACCUSE (SUPPORT for a word of praise) by the one reported to have said the harsh word
        at..end: the speaker of the quotation around it, the one named after "menurut", after a cue
        ('..., kata Megawati') or before a verb of saying ('Faisal menyampaikan, pemerintah kurang
        mengantisipasi ...').
        Its target is the party named last before the word, outside the words naming the speaker,
        else the first named after it; with none, nobody was judged and there is no event."""
        text = article.text
        speaker, key, zone = None, None, (at, at)
        quote = next((q for a, b, q in quotes if a <= at < b and q.speaker and q.speaker.id), None)
        if quote is not None:
            speaker, key, zone = speaker_actor(at), quote.speaker.id, (max(quote.start, sentence.start),) * 2
        lead = _according_to().search(text, sentence.start, at) if speaker is None else None
        if lead is not None:
            zone = (lead.start(), lead.end())
            if lead.group(1):
                speaker = antecedent(sentence.start)     # "Menurutnya, ...", "menurut dia"
            else:
                named = coded_between(lead.end(), at, False)
                named = [x for x in named if x[0].label == "PER"][:1] or named[:1]
                if named:
                    speaker, key, zone = named[0][1], named[0][0].id or named[0][0].text, (lead.start(), named[0][0].end)
        if speaker is None:
            cue = _post_cue().search(text, sentence.start, sentence.end)
            if cue is not None:
                zone = (cue.start(), sentence.end if cue.start() > at else cue.end())
                if cue.group(1) or cue.group(2):
                    speaker = antecedent(sentence.start)  # '..., katanya', "lanjutnya", "kata dia"
                else:
                    named = [x for x in coded_between(cue.end(), min(sentence.end, cue.end() + 80), False)
                             if _TITLES_ONLY.fullmatch(text[cue.end():x[0].start])][:1]
                    if named:
                        speaker, key = named[0][1], named[0][0].id or named[0][0].text
        if speaker is None:
            verb = _pre_speech().search(text, sentence.start, at)
            if verb is not None:
                zone = (sentence.start, verb.end())
                named = [(m, a) for m, a in coded_between(sentence.start, verb.start(), True)
                         if word_before(text, m.start) not in mods["prepositions"]][:1]
                if named:
                    speaker, key = named[0][1], named[0][0].id or named[0][0].text
                elif not mods["third_person"].isdisjoint(WORD.findall(text[sentence.start:verb.start()].lower())):
                    speaker = antecedent(sentence.start)
        if speaker is None:
            return None
        parties = [(m, a) for m, a in _outside_places(text, coded_between(sentence.start, sentence.end, False), mods)
                   if not zone[0] <= m.start < zone[1] and (m.id or m.text) != key]
        # the one judged stands before the word ("kinerja Satgas BLBI tidak memuaskan", "pemerintah
        # kurang mengantisipasi"), or after a noun of failing ("inkonsistensi Presiden Jokowi")
        before = [a for m, a in parties if m.start < at]
        after = [a for m, a in parties if m.start >= end]
        target = before[-1] if before else coder.unnamed(text[zone[1] if zone[1] <= at else sentence.start:at], True) \
            or (after[0] if after else None)
        if target is None:
            return None           # "kegagalan mobil nasional", "sumber yang keliru": no one judged
        return Event(actor=speaker, type=kind, target=target, sentence=sentence.text, start=sentence.start,
                     end=sentence.end, date=date, place=_place(article, sentence.start, sentence.end),
                     trigger=text[at:end], trigger_start=at, trigger_end=end)

    def joint_action_event(sentence) -> Event | None:
        """COOPERATE for two parties acting together where no predicate of the lexicon stands:
        "Satpolairud Polres Situbondo bersama Pos TNI AL melaksanakan apel", "Bio Farma bersama
        Fakultas Kedokteran Unpad sedang melakukan uji klinis". The one named first acts on the one
        after "bersama", when an active verb follows them with no negation or plan before it."""
        text = article.text
        for m in _JOINT.finditer(text, sentence.start, sentence.end):
            before = [(x, a) for x, a in coded_between(sentence.start, m.start(), True)
                      if _JOINT_GAP.fullmatch(text[x.end:m.start()])][:1]
            if before and word_before(text, before[0][0].start) in mods["joint_blockers"]:
                continue          # "rapat bersama Komisi XI", "dikembangkan oleh KTH bersama Pertamina"
            words_before = WORD.findall(text[max(sentence.start, m.start() - 30):m.start()])[-2:]
            if before:
                actor = before[0][1]
            elif words_before and words_before[-1].lower() in mods["third_person"] | mods["first_person"]:
                # "pihaknya bersama pemkab ...", "kami bersama ...": the one quoted or named last
                actor = speaker_actor(m.start()) or antecedent(sentence.start)
            else:
                actor = coder.unnamed(" ".join(words_before), True)
            after = [(x, a) for x, a in coded_between(m.end(), sentence.end, False)
                     if _JOINT_GAP.fullmatch(text[m.end():x.start])][:1]
            if after:
                partner, rest = after[0][1], after[0][0].end
            else:             # "pihaknya bersama pemkab sedang menyusun program"
                named = _COMMON_PARTY.match(text, m.end())
                partner = coder.unnamed(named.group(1), False) if named else None
                if partner is not None and (partner.code or "")[3:] not in mods["official_sectors"]:
                    partner = None    # "bersama tim dokter", "bersama warga lainnya": not a party
                rest = named.end() if named else m.end()
            if actor is None or partner is None or actor.code is None or partner.code is None:
                continue
            # what follows the partner (and any others listed with it, and its acronym): the verb of
            # the joint act
            rest = _ACRONYM_AFTER.match(text, rest).end()
            more = coded_between(rest, sentence.end, False)
            while more and _LIST_JOINER.fullmatch(text[rest:more[0][0].start]):
                rest = more[0][0].end
                more = more[1:]
            verb = None
            for w in WORD.finditer(text, rest, min(sentence.end, rest + 60)):
                word = w.group().lower()
                if word in mods["joint_adverbs"]:
                    continue
                if word in mods["negation"] or word in mods["future"] or word in mods["joint_not_done"]:
                    break
                if w.group().islower() and ACTIVE_PREFIX.match(word):
                    verb = word       # an active verb (not "dikembangkan", a passive naming another agent)
                break
            if verb is None or verb in mods["call_on_officials"]:
                continue          # a call made together is a visit: coded as one, or not at all
            return Event(actor=actor, type="COOPERATE", target=partner, sentence=sentence.text,
                         start=sentence.start, end=sentence.end, date=date,
                         place=_place(article, sentence.start, sentence.end),
                         trigger=m.group(), trigger_start=m.start(), trigger_end=m.end())
        return None

    hopes = {(w,) for w in mods["hopes"]}
    # lower-cased once: each sentence's words are read from it by offset (unless lower-casing
    # changed the length, as a dotted capital I does)
    text_lower = article.text.lower()
    aligned = len(text_lower) == len(article.text)
    for sentence in article.sentences:
        present = WORD.findall(text_lower, sentence.start, sentence.end) if aligned \
            else WORD.findall(sentence.text.lower())
        lexical = not candidate_words().isdisjoint(present)
        joint = mods["joint_marker"] in present
        # a harsh or praising word is looked for only where it could count: no predicate, or none coded
        maybe_judged = not judged_alone_words().isdisjoint(present)
        judged = reported_judgement(sentence.text, mods) if maybe_judged and not lexical else None
        if not lexical and judged is None and not joint:
            continue                  # most sentences: no word that could start a predicate
        tokens = sentence.tokens
        lower = [t.text.lower() for t in tokens]
        triggers = find_triggers(lower) if lexical else []
        if not triggers and mods["obligation"].isdisjoint(lower) and not maybe_judged and not joint:
            continue
        if not mods["statute_words"].isdisjoint(lower) and statute_pattern().search(sentence.text):
            continue                  # "Setiap orang yang dengan sengaja menyerang ...": the law, not an act
        if _first_word(sentence.text, mods) in mods["interrogatives"] and sentence.text.rstrip(" \"”'").endswith("?"):
            continue                  # "Apakah semua sepakat ...?": a question (not one quoted with its answer)
        words = [t.text for t in tokens]
        first = len(events)           # this sentence's events are events[first:]
        # "meminta keterangan", "meminta maaf": not a request, and governs nothing after it
        not_requests = {a for a, _, p in triggers if p.type != "REQUEST"}
        last_subject: tuple[int, Actor, str | None] | None = None
        last_patient: tuple[int, Actor] | None = None
        last_aim: int | None = None
        last_pledged = False
        last_negated: int | None = None
        last_task: int | None = None
        for k, (i, j, pred) in enumerate(triggers):
            nominal = pred.voice == "nominal_passive"
            # what negation and modality attach to: the verb ("OTT itu tidak dilakukan")
            h = j - 1 if nominal and lower[i] not in mods["light_verbs_passive"] else i
            clause_start = clause_start_of(words, lower, i, mods)
            if last_negated is not None and i - last_negated <= 2 and shares_subject(lower, last_negated, i, mods):
                last_negated = j
                continue              # "DPR tidak tegas membatasi dan memberikan perlindungan": neither was done
            if not mods["task_words"].isdisjoint(lower[max(0, h - 2):h]) \
                    or last_task is not None and listed_after(lower, last_task, i, mods):
                last_task = j
                continue              # "tim yang bertugas menyelidiki ...": a task, not an act done
            negated = is_negated(lower, h, mods)
            if negated:
                last_negated = j
            if not_an_act(words, lower, i, j, h, pred, clause_start, not_requests, negated, mods):
                continue
            kind = pred.type
            near = lower[max(0, h - 3):h]
            planned = any(w in mods["future"] for w in near) and not any(w in mods["ongoing_after_future"] for w in near)
            planned = planned or future_over_coordination(lower, clause_start, h, mods) \
                or kind in mods["joint_types"] and any(w in mods["agreed_to"] for w in near)
            # the main clause of a condition ("Kalau proposalnya sudah siap, kami ... akan langsung
            # menemui Menteri PUPR") is promised or threatened, not done; a threat is made all the same
            opening = max((x for x in range(h) if lower[x] in (".", "!", "?")), default=-1) + 1
            opening_word = next((w for w in lower[opening:h] if WORD.fullmatch(w)), None)
            planned = planned or (kind != "THREATEN" and opening_word in mods["conditional"])
            # "akan terus berada di garis depan untuk memerangi ISIS": an ongoing act, not an aim; but
            # "untuk kembali menyerang" aims at doing it again
            aim = next((x for x in range(h - 1, max(-1, h - 3), -1) if lower[x] in mods["purpose"]), None)
            aimed = aim is not None \
                and not any(w in mods["ongoing_after_future"] for w in lower[clause_start:aim]) \
                and not any(w in mods["decided"] for w in lower[max(0, h - 3):h]) \
                and not any(w in mods["visits"] for w in lower[clause_start:h])
            # an aim stated as an intent ("berkomitmen untuk bekerja sama") is a pledge
            pledged = aimed and aim > 0 and lower[aim - 1] in mods["intent_before_purpose"]
            # "untuk kembali menyerang dan menolak minyak sawit": a verb joined right after an aimed one
            # is aimed too (not one further on: "digelar untuk menyoroti janji ... serta menuntut reformasi")
            if not aimed and last_aim is not None and i - last_aim <= 2 and shares_subject(lower, last_aim, i, mods):
                aimed, pledged = True, last_pledged
            if aimed:
                last_aim, last_pledged = j, pledged
            if pred.words[0] in mods["visits"] and any(
                    a > i and lower[a - 1] in mods["purpose_clause"] for a, _, _ in triggers):
                continue              # the visit is the setting of the act it was made for
            if aimed and kind in mods["joint_types"] and any(p.type in mods["joint_types"] for _, _, p in triggers[:k]):
                continue              # "melakukan audiensi dengan Kemenlu untuk membahas ...": the meeting's business;
                                      # "menggandeng Garuda untuk bekerja sama ...": the partnership's
            if aimed and aim is not None and not any(WORD.fullmatch(w) for w in lower[:aim]):
                continue              # "Untuk mendukung peningkatan partisipasi, BPJS ...": what the main clause is for
            if aimed and pred.words[0] in mods["guarantees"]:
                continue              # "untuk menjamin mutu sertifikasi": what a step is for, no one's pledge
            before_aim = lower[aim - 1] if aimed and aim is not None and aim > 0 else None
            if before_aim is not None and _is_passive_verb(before_aim, mods):
                continue              # "uang itu dialokasikan untuk membantu sektor lain": what a thing is for
            if before_aim in mods["occasions"] or (h > 0 and lower[h - 1] in mods["occasions"]):
                continue              # "menjadi momentum untuk mengapresiasi kerja keras ...": what an occasion is for
            if aimed and not planned and not pledged:
                continue              # "memberikan tips untuk membantu detikers beradaptasi": what it is for
            if planned or aimed:
                if kind not in mods["cooperative_types"]:
                    continue          # a hostile act only planned did not happen
                kind = "AGREE"        # planned (or pledged) cooperation: intent to cooperate
            t_start, t_end = tokens[i].start, tokens[j - 1].end
            # the target stands in the predicate's own clause: before the next predicate or full stop
            clause_end = tokens[triggers[k + 1][0]].start if k + 1 < len(triggers) else sentence.end
            if kind in mods["governing_types"] and k + 1 < len(triggers) and triggers[k + 1][0] - j <= 1:
                # "tak akan segan memberhentikan Jusuf Kalla": whom the threatened act is aimed at
                clause_end = tokens[triggers[k + 2][0]].start if k + 2 < len(triggers) else sentence.end
            reach_end = clause_end    # what the predicate needs after it may follow "untuk"
            # ... or before a purpose clause ("berbicara dengan X untuk melawan Y": Y is not talked to)
            stop = _clause_stop().search(article.text, t_end, clause_end)
            while stop and kind in mods["beneficiary_types"] and stop.group().lower() in mods["beneficiary_markers"] \
                    and not VERB_PREFIX.match(article.text, stop.end() + 1):
                # "membagikan 40 paket sembako untuk para ustaz": whom aid is for, not what it is for
                stop = _clause_stop().search(article.text, stop.end(), clause_end)
            if stop:
                clause_end = stop.start()
            phrase = " ".join(pred.words)
            praised = False
            required = mods["requires_after"].get(phrase)
            # "mencegah empat orang untuk bepergian ke luar negeri"
            reach = article.text[t_end:reach_end].lower()
            needed_in = reach
            if phrase in mods["judging_verbs"]:
                if j < len(lower) and lower[j] in mods["content_openers"]:
                    # "mengatakan, membatasi pedagang berjualan justru kontraproduktif": the content
                    # opened may hold predicates of its own; it runs to the sentence's end
                    needed_in = article.text[t_end:sentence.end].lower()
                judged_as = judgement_asserted(needed_in, mods)
                if judged_as is None:
                    continue          # no harsh word, or one negated: "DKPP menilai Betty tidak terbukti melanggar"
                if judged_as == "SUPPORT":
                    # "Arman menilai Amran dikenal sebagai sosok tegas, bersih, dan kompeten": praise
                    kind, praised = "SUPPORT", True
            elif required and not (set(WORD.findall(needed_in)).intersection(required)
                                   or any((" " in w or "-" in w) and w in needed_in for w in required)):
                continue              # "menetapkan target", not "menetapkan X sebagai tersangka"
            excluded = mods["excludes_object"].get(phrase)
            if excluded and pred.voice == "passive":
                reach = re.sub(r"^\W*oleh\b", "", reach)   # "didukung oleh surplus neraca": the agent
            if excluded and next((w for w in WORD.findall(reach) if w not in mods["quantities"]
                                  and w not in mods["adverbs"] and not w.isdigit()), None) in excluded:
                continue              # "memeriksa dua bangkai penyu": examining things questions no one
            actor = target = None
            more_targets: list[Actor] = []
            mutual = False
            if pred.voice == "pair":
                m = re.search(r"antara\s+(?:negara\s+)?(.+?)\s+(?:dan|dengan)\s+(.+)", article.text[t_end:sentence.end])
                if m and len(WORD.findall(article.text[t_end:t_end + m.start()])) > mods["pair_reach"]:
                    m = None          # "Pada pertemuan ini, Presiden ... menjadi jembatan antara Rusia dan Ukraina"
                pair = coded_between(t_end + m.start() if m else t_end, sentence.end, False)
                if m and len(pair) >= 2:
                    actor, target = pair[0][1], pair[1][1]
                elif len(pair) >= 2 and _TITLES_ONLY.fullmatch(article.text[t_end:pair[0][0].start]):
                    # "berkat kerja sama Kementerian Pertanian dengan Singapore Food Agency", "atas kerja
                    # sama Polres Tegal Kota, Kodim Tegal, dan Pemkot Tegal": the first acts on the others
                    if _LIST_JOINER.fullmatch(article.text[pair[0][0].end:pair[1][0].start]) \
                            or word_before(article.text, pair[1][0].start) == "dengan":
                        actor, target, more_targets = pair[0][1], pair[1][1], _rest_of_list(article.text, pair[1:])
            elif pred.voice == "directive":
                # "atas arahan dan perintah Bapak Presiden", "sebagaimana arahan dari Menkeu Purbaya":
                # the one who gave it asks someone of the story's country
                giver = _directive_giver().match(article.text, t_end)
                if giver and _REGULATION_NAME.match(article.text, t_start):
                    giver = None      # "sesuai Instruksi Presiden (Inpres) Nomor 7": a regulation cited
                if giver:
                    named = [(m, a) for m, a in coded_between(giver.end(), giver.end() + 60, False)
                             if _TITLES_ONLY.fullmatch(article.text[giver.end():m.start])]
                    actor = named[0][1] if named else coder.unnamed(
                        " ".join(WORD.findall(article.text[giver.end():giver.end() + 40])[:3]), False, agent=True)
                    target = Actor(name=None, code=coder.home) if actor is not None else None
            elif pred.voice == "caused":
                # the victims stand before the casualty word, the attacker after the noun
                # ("serangan udara yang kembali dilancarkan Israel", "serangan KKB")
                fallen = tokens[casualty_before(lower, i - 1)].start
                victims = coded_between(sentence.start, fallen, True)
                if phrase in mods["mutual_nouns"]:
                    # "Dua anggota MIT dan satu anggota TNI meninggal dunia dalam baku tembak"
                    sides = list({a.code: a for _, a in reversed(victims)}.values())
                    if len(sides) >= 2:
                        actor, target, mutual = sides[0], sides[1], True
                else:
                    attackers = coded_between(t_end, min(clause_end, t_end + 60), False)
                    actor = attackers[0][1] if attackers else None
                    target = victims[0][1] if victims else coder.unnamed(article.text[sentence.start:fallen], True) \
                        or Actor(name=None, code=coder.home)
            elif pred.voice in ("passive", "nominal_passive"):
                after = coded_between(t_end, clause_end, False)
                oleh = article.text.find(" oleh ", t_end, clause_end)
                # the agent follows "oleh", or the verb directly ("ditangkap polisi")
                agent_from = oleh if oleh >= 0 else t_end
                agent_to = clause_end if oleh >= 0 else min(clause_end, t_end + 40)
                if oleh < 0 and not nominal:
                    # "ditahan saat penyerahan tersangka": a verb's agent follows it directly; a
                    # nominal one ("Rapat koordinasi digelar di Pendopo Gubernur") is often only placed
                    agent_to = _agent_end(article.text, t_end, agent_to, mods)
                agents = [a for m, a in after if agent_from <= m.start < agent_to]
                actor = agents[0] if agents else coder.unnamed(article.text[agent_from:agent_to], False, agent=True)
                implied = mods["implied_agents"].get(pred.words[0])
                if actor is None and implied:
                    actor = coder.localise(Actor(name=None, code=implied))
                if nominal:
                    # "Penangkapan terhadap X dilakukan oleh ...": whom it was done to stands
                    # between the noun and its verb
                    zone = (tokens[i + len(pred.words) - 1].end, tokens[j - 1].start) if h == j - 1 else (t_end, t_end)
                    patients = coded_between(*zone, False)
                    # ... or after the verb, behind a preposition of direction ("Permintaan itu
                    # diajukan aktris tersebut ke PN Jakarta Pusat")
                    patients = patients or [(m, a) for m, a in after if a is not actor
                                            and word_before(article.text, m.start) in mods["recipient_prepositions"]]
                    target = patients[0][1] if patients else None
                    if target is None and kind in mods["patient_types"] or (
                            target is None and kind in mods["object_types"] and _has_object(article.text[zone[0]:zone[1]], mods)):
                        # "Penertiban tambang ilegal ...", "OTT itu dilakukan ...": someone was caught
                        target = Actor(name=None, code=coder.home)
                else:
                    # in what someone is said to have said, the one it was done to stands after the
                    # verb of saying ("Ferry mengatakan polantas tersebut diamankan"), not the speaker
                    if sentence.start not in said_ends:
                        said_ends[sentence.start] = [m.end() for m in _speech_verb().finditer(
                            article.text, sentence.start, sentence.end)]
                    said = max((e for e in said_ends[sentence.start] if e <= t_start), default=None)
                    lo = said if said is not None else sentence.start
                    # ... and a place in someone's address is where they live, not whom it was done
                    # to ("SF, warga Desa Kijang, Kecamatan Praya Timur, Lombok Tengah, ditembak polisi")
                    patients = [(m, a) for m, a in coded_between(lo, t_start, True)
                                if not (m.label in ("GPE", "LOC") and _in_address(article.text, m, mods))]
                    if last_patient is not None and _joined_passive(lower, last_patient[0], i, mods):
                        # "SF ... ditembak polisi saat ditangkap", "ditangkap dan ditahan": the one the
                        # first was done to, not the first one's agent
                        target = last_patient[1]
                    else:
                        target = patients[0][1] if patients else coder.unnamed(article.text[lo:t_start], True)
                    if target is None and said is not None:
                        target = Actor(name=None, code=coder.home)   # "Agus mengatakan Kamal dijerat ...": someone
                    if target is None and kind in mods["patient_types"]:
                        target = Actor(name=None, code=coder.home)   # "aktivitas tambang ilegal ditindak"
                    if target is not None:
                        last_patient = (j, target)
                if target is None and any(w in mods["third_person"] for w in lower[clause_start:i]):
                    target = antecedent(sentence.start)   # "Dia telah divonis ..."
            else:
                # a name right after a preposition ("dengan Indonesia", "terhadap ISIS") is an
                # object of something said before, not the one acting
                # ... nor a place named further on in a chain after one ("menuju Moskwa, Rusia, dan bertemu")
                if sentence.start not in cue_spans:
                    cue_spans[sentence.start] = _inserted_cues(article.text, sentence.start, sentence.end)
                inserted = next((span for span in cue_spans[sentence.start] if span[1] <= t_start), None)
                # ... and a subject of its own after the cue ("..., kata Veronica, pihak keluarga juga
                # sudah berembuk") leaves the names before the cue out
                own = inserted is not None and coder.unnamed(article.text[inserted[1]:t_start], True, agent=True) is not None
                subjects = [(m, a) for m, a in coded_between(sentence.start, t_start, True)
                            if word_before(article.text, m.start) not in mods["prepositions"]
                            and not (m.label == "GPE" and _place_chain("journey_prepositions", False).search(
                                article.text, sentence.start, m.start))
                            and not _claim_source().search(article.text, max(sentence.start, m.start - 40), m.start)
                            and not (inserted and (inserted[0] <= m.start < inserted[1] or own and m.start < inserted[0]))]
                fronted: list[tuple[EntityMention, Actor]] = []
                if pred.voice == "focus":
                    # "Pemerintah Arab Saudi saya datangi": the name just before the pronoun is what
                    # is acted on; the pronoun is the one acting
                    lo, pronoun = _fronted_zone(article.text, tokens, lower, i, sentence.start, mods)
                    fronted = [(m, a) for m, a in _outside_places(article.text, coded_between(lo, pronoun, True), mods)[:1]
                               if _FRONTED_GAP.fullmatch(article.text[m.end:pronoun])]
                    subjects = []
                quoted = speaker_actor(t_start)
                first_person = any(w in mods["first_person"] for w in lower[max(0, i - 4):i])
                thing = _thing_subject(words, lower, clause_start, i, mods) \
                    if pred.voice == "active" and not fronted and not first_person else None
                if thing is not None and not any(m.start >= tokens[thing].start for m, _ in subjects) \
                        and (last_subject is None or not shares_subject(lower, last_subject[0], i, mods)):
                    # "keberadaan CCTV akan membantu aparat": a thing, not a party, does it ("program
                    # Kemensos membantu" names who acts)
                    continue
                actor_key = None
                if quoted is not None and (first_person or not subjects):
                    # in what a speaker is reported to have said, a common noun before the verb is
                    # its subject ("Menurut Dewa, polisi akan membantu warga"); "kami" is the speaker
                    said_in = article.text[tokens[clause_start].start:t_start]
                    if inserted and not own and inserted[1] >= tokens[clause_start].start - 1:
                        # "Presiden, kata Bey, akan berkumpul ...": the subject stands before the cue
                        said_in = article.text[sentence.start:inserted[0]] + " " + article.text[inserted[1]:t_start]
                    common = None if first_person else coder.unnamed(said_in, True, agent=True)
                    actor = common or quoted
                elif subjects:
                    actor = subjects[0][1]
                    actor_key = subjects[0][0].id or subjects[0][0].text
                head = _relative_head(lower, clause_start, i, mods) if not first_person and not fronted else None
                head_actor: tuple[Actor, str | None] | None = None
                if head is not None:
                    lo, hi = tokens[head[0]].start, tokens[head[1]].end
                    named = coded_between(lo, hi, True)
                    common = coder.unnamed(article.text[lo:hi], True, agent=True) if not named else None
                    if named:
                        head_actor = (named[0][1], named[0][0].id or named[0][0].text)
                    elif common is not None:
                        head_actor = (common, None)
                if last_subject is not None and (shares_subject(lower, last_subject[0], i, mods)
                                                 or listed_after(lower, last_subject[0], i, mods)):
                    # "Gerilyawan membunuh dua polisi Iran dan menculik empat orang", "Polisi menangkap
                    # dua pelaku, menahan tiga lainnya, ...": the verbs joined or listed share the
                    # subject; the name just before the second is the first one's object
                    actor, actor_key = last_subject[1], last_subject[2]
                if actor is None and lower[0] in mods["fronting"] and i <= 3:
                    # "Dalam rapat kerja dengan Komisi II DPR, Basuki meminta ...": the subject of
                    # the main clause after the comma acts; the fronted phrase holds the target
                    comma = article.text.find(",", t_end, sentence.end)
                    if comma >= 0:
                        main = [(m, a) for m, a in coded_between(comma, min(sentence.end, comma + 60), False)
                                if word_before(article.text, m.start) not in mods["prepositions"]]
                        if main:
                            actor, actor_key = main[0][1], main[0][0].id or main[0][0].text
                            clause_end = min(clause_end, comma)
                if actor is None:
                    actor = speaker_just_before(t_start)
                if actor is None:
                    actor = coder.unnamed(article.text[sentence.start:t_start], True, agent=True)
                    if actor is not None and actor.name and len(actor.code or "") > 3:
                        # "aparat di Thailand berhasil menyita ...": the officers of the country
                        # named right after them
                        noun = article.text[sentence.start:t_start].lower().rfind(actor.name)
                        abroad = [a for m, a in coded_between(sentence.start + noun, t_start, False)
                                  if _PLACED_AT.fullmatch(article.text[sentence.start + noun + len(actor.name):m.start])
                                  and len(a.code or "") == 3 and a.code != coder.home] if noun >= 0 else []
                        if abroad:
                            actor = Actor(name=actor.name, code=abroad[0].code + actor.code[3:])
                if actor is None and inserted:
                    # no one else named or described: the speaker's side did it ("Sebelumnya, kata
                    # Kapolres X, telah menangkap dua pelaku")
                    named = coded_between(inserted[0], inserted[1], True)
                    actor = next((a for m, a in named if m.label == "PER"), named[0][1] if named else None)
                if actor is None and any(w in mods["third_person"] for w in lower[clause_start:i]):
                    # "Ia meminta ...": the person last named, else someone of the story's country
                    actor = antecedent(sentence.start) or Actor(name=None, code=coder.home)
                if actor is None and lower[i - 1:i] and lower[i - 1] in mods["first_person"]:
                    # "Saya menganjurkan ...," tuturnya: a speaker the text does not name is of the
                    # story's country
                    actor = Actor(name=None, code=coder.home)
                if actor is None and any(w in mods["third_person"] for w in lower[:i]) \
                        and any(w in mods["coordinators"] for w in lower[clause_start:i]):
                    # "ia meninjau dapur MBG, ..., serta menyerahkan bantuan": the same subject goes on
                    actor = antecedent(sentence.start) or Actor(name=None, code=coder.home)
                if actor is None and any(w in mods["speech_passives"] for w in lower[:i]):
                    # "Hal tersebut disampaikan pada audiensi dengan Wali Kota ...": who said it,
                    # named before, was at the meeting
                    actor = antecedent(sentence.start) or Actor(name=None, code=coder.home)
                if actor is None and phrase in mods["implied_active_agents"]:
                    # '"Menjatuhkan pidana kepada Terdakwa ...," demikian putusan hakim': a court
                    actor = coder.localise(Actor(name=None, code=mods["implied_active_agents"][phrase]))
                if actor is None and any(w in mods["people_quantifiers"] for w in lower[clause_start:i]):
                    actor = Actor(name=None, code=coder.home)   # "Para konservasionis mendesak ..."
                if actor is not None:
                    last_subject = (j, actor, actor_key)
                if actor is not None and head_actor is not None:
                    # "permohonan dua serikat pekerja yang menolak PHK": the noun the relative clause
                    # hangs on does it, not a name further back (where no one acts, this makes no
                    # event); a verb joined after it goes on with the main clause's subject ("Sultan
                    # menemui serikat buruh yang berunjuk rasa dan berjanji ...")
                    actor, actor_key = head_actor
                # not the actor itself again; two officials of one state may well meet
                # nor a place where it happened ("menahan empat WNI di Phnom Penh", "di Senayan,
                # Jakarta")
                objects = [(m, a) for m, a in _outside_places(article.text, coded_between(t_end, clause_end, False), mods,
                                                              buildings=kind not in mods["building_owner_types"])
                           if actor is None or (m.id or m.text) != actor_key and not _own_state(m, a, actor, coder.home)]
                if objects and pred.words in hopes \
                        and not _TITLES_ONLY.fullmatch(article.text[t_end:objects[0][0].start]):
                    objects = []      # "berharap hubungan Indonesia dan Pakistan makin harmonis": no one asked
                # the one named after a quotation closes ('... kami sepakati," kata Saurlin') said it
                quote_end = _QUOTE_CLOSE.search(article.text, t_end, clause_end)
                if quote_end:
                    objects = [(m, a) for m, a in objects if m.start < quote_end.start()]
                if objects and _victim_of_crime(article.text, t_end, objects[0][0].start, mods):
                    objects = []      # "menangkap pelaku pembunuhan Riky Saputra": Riky was killed, not caught
                objects = fronted[:1] or objects
                if objects:
                    target = objects[0][1]
                    # "menggeledah kantor Dinas PUPR dan CV Permata Bunda": one event per target
                    # named in a list
                    more_targets = _rest_of_list(article.text, objects)
                    more_targets += _other_parties([target, *more_targets], _listed_parties(
                        article.text, objects[0][0].end, clause_end, coder,
                        coded_between(objects[0][0].end, clause_end, False), mods))
                else:
                    if phrase in mods["named_sides_only"]:
                        continue      # "kebijakan yang berpihak kepada rakyat": a policy's leaning, no side taken
                    # a phrase predicate may hold its object ("membatalkan status tersangka")
                    after = article.text[tokens[i].end:clause_end]
                    if pred.words in hopes:   # the one hoped of or urged stands right after
                        after = " ".join(re.findall(r"[^\W\d_]+", after)[:2])
                    target = coder.unnamed(after, False)
                    noun = _word_pattern(target.name.split()[-1]).search(article.text, tokens[i].end, clause_end) \
                        if target is not None and target.name and pred.words not in hopes else None
                    if noun:
                        more_targets = _other_parties([target], _listed_parties(
                            article.text, noun.end(), clause_end, coder,
                            coded_between(noun.end(), clause_end, False), mods))
                # an object met, joined or signed with is behind "dengan" or right after the verb;
                # a name further on ("perjanjian terkait mineral Australia") is not a party
                party = bool(objects) and (word_before(article.text, objects[0][0].start) == "dengan"
                                           or objects[0][0].start - t_end <= 1)
                if not party and actor_key is not None and (kind in mods["symmetric_types"]
                                                            or pred.words[0] in mods["symmetric_predicates"]):
                    # "Trump dan Albanese menandatangani perjanjian", "Indonesia dan Malaysia
                    # sepakat": the first named acts on the second, as with "antara A dan B"
                    partner = _coordinated_partner(article.text, sentence.start, subjects)
                    if partner is not None:
                        actor, target, more_targets = partner, actor, []
            if pred.voice == "host" and actor is not None:
                # "Natalius Pigai saat menerima Bupati Flores Timur Anton Doni Dihen": the visitor,
                # named right after the verb (only titles between), acts on the host
                visitor = next((a for m, a in coded_between(t_end, clause_end, False)
                                if _TITLES_ONLY.fullmatch(article.text[t_end:m.start])
                                and (m.label == "PER" or len(a.code or "") == 3 or (a.code or "")[3:] in mods["official_sectors"])), None)
                if visitor is None:
                    continue
                actor, target, more_targets = visitor, actor, []
            if actor is None and (phrase in mods["unnamed_home_actors"]
                                  and not (i > 0 and lower[i - 1] in mods["relative_markers"])   # not "nilai yang disepakati"
                                  or any(" ".join(lower[max(0, i - len(many.split())):i]) == many
                                         for many in mods["indefinite_subjects"])):
                # "Bekerja sama dengan BUMDes setempat, produksi ikan ... diserap", "telah disepakati
                # pengembalian 28.131 fosil", "Banyak yang mengkritisi kampanye Golkar": someone of the
                # story's country, though not named
                actor = Actor(name=None, code=coder.home)
            if actor is None:
                continue
            if pred.type == "CONSULT" and actor.name in mods["leisure_visitors"]:
                continue              # "800 wisatawan berkunjung ke desa ini": tourists meet no one
            if pred.words[0] in mods["agreed_to"] and not mods["opinion_holders"].isdisjoint(lower[max(0, i - 3):i]):
                continue              # "sejumlah pakar sepakat bahwa ...", "96% responden setuju ...": an opinion shared
            if pred.type == "CONSULT" and phrase in mods["call_on_officials"] and not any(
                    p is not None and (p.code or "")[3:] in mods["official_sectors"] for p in (actor, target)):
                continue              # "Pemberi utang mendatangi rumah korban", "pasien yang mendatangi FKTP"
            if kind == "CONSULT" and _press_after().match(article.text, t_end):
                continue              # "saat berbincang dengan detikcom": an interview (though the
                                      # press may call on someone: "Redaksi detikSumbagsel melakukan audiensi")
            if phrase in mods["suspicion_verbs"] and (actor.code or "")[3:] not in mods["investigator_sectors"] \
                    and mods["offence_words"].isdisjoint(WORD.findall(article.text[t_end:sentence.end].lower())):
                continue              # "Para peneliti menduga anomali itu disebabkan proses geologi"
            after_words = set(re.findall(r"\w+", article.text[t_end:clause_end].lower()))
            retype = mods["retype_by_sector"].get(phrase, {})
            if actor.code and actor.code[3:] in retype:
                kind = retype[actor.code[3:]]   # a prosecutor's demand accuses; a crowd's protests
            if kind == "REQUEST" and phrase in mods["sentencing_demands"] and after_words & mods["prison_words"]:
                kind = "ACCUSE"       # "(JPU), yang menuntut 2,5 tahun penjara": a sentence demanded, whoever is named
            if phrase in mods["invitations"] and set(
                    re.findall(r"\w+", re.split(r"[.,;]", article.text[t_end:sentence.end])[0].lower())) & mods["joint_acts"]:
                kind = "AGREE"        # "mengajak DPN Tani Merdeka berkolaborasi": an offer to work together
            if kind == "REQUEST" and actor.code and actor.code[3:] in mods["protesting_sectors"] \
                    and protest_scene(sentence, actor.code[3:] in mods["crowd_sectors"]):
                kind = "PROTEST"      # demands made at a demonstration are the protest (events_README.md)
            # "mendorong kasus tersebut diusut kembali": what is asked is a thing to be done, as after "agar"
            # (not a hope: "berharap hubungan kedua negara makin harmonis" asks no one)
            done_to = kind == "REQUEST" and target is None and pred.words[0] not in mods["hoping"] \
                and _asks_a_passive(article.text[t_end:reach_end], mods)
            urged = kind == "REQUEST" and (not mods["that_clause"].isdisjoint(WORD.findall(needed_in))   # "mendorong X agar diperbaiki"
                                           or pred.words[-1] in mods["that_clause"] or done_to)
            that_word = _first_word(article.text[t_end:reach_end], mods) if urged and target is None else None
            that = None
            if that_word in mods["that_clause"]:
                that = t_end + re.search(r"\b%s\b" % that_word, article.text[t_end:reach_end], re.I).end()
            elif urged and target is None and (pred.words[-1] in mods["that_clause"] or done_to):
                that = t_end          # "mendorong agar pilkada dilakukan": the clause follows the phrase
            asked_thing = False
            if that is not None:
                # "meminta agar pemerintah lebih mengedepankan ...": the one asked is the subject of
                # the clause asked for
                # (not the subject of a passive asked for right after the verb: "minta Khariq dibebaskan"
                # asks someone to free him)
                asked = [] if done_to else _outside_places(
                    article.text, coded_between(that, min(reach_end, that + 25), False), mods)
                clause_words = [] if done_to else WORD.findall(article.text[that:reach_end])[:3]
                subject = [w for w in clause_words if w.lower() not in mods["people_quantifiers"]]
                target = asked[0][1] if asked else coder.unnamed(subject[0] if subject else "", False)
                by = re.search(r"\boleh\b", article.text[that:reach_end])
                if target is None and by:
                    # "meminta supaya aturan ini dikawal dan ditegakkan oleh TNI / Polri": the agent asked
                    agent_at = that + by.end()
                    agents = coded_between(agent_at, min(reach_end, agent_at + 40), False)
                    target = agents[0][1] if agents else coder.unnamed(
                        " ".join(WORD.findall(article.text[agent_at:reach_end])[:2]), False, agent=True)
                if target is None and clause_words and clause_words[0].lower() in mods["addressed_quantifiers"] \
                        and not (len(clause_words) > 1 and _is_thing(clause_words[1].lower(), mods)):
                    # "agar para pembantu Presiden ...", "agar semua pihak ...": people are asked (not
                    # "agar semua persyaratan ...")
                    target = Actor(name=None, code=coder.home)
                # "agar pilkada dilakukan tahun 2021": a thing to be done; no one is named as asked
                asked_thing = target is None
            if target is None and kind in mods["acts_on_initials"] and pred.voice == "active":
                # "polisi menangkap AH": capitals no entity took right after the predicate are a
                # person's initials, unless the article spells them out as an acronym ("(OTT)")
                m = _INITIALS_AFTER.match(article.text, t_end)
                if m and f"({m.group(1)})" not in article.text:
                    target = Actor(name=m.group(1), code=coder.home)
            # "mendukung kebijakan melarang mudik": support of the thing (not a signature, not said of
            # those "yang mendukung kebijakan ...")
            praised_step = kind in mods["praise_types"] and pred.words[0] not in mods["symmetric_predicates"] \
                and not (i > 0 and lower[i - 1] in mods["relative_markers"]) \
                and _first_word(article.text[t_end:clause_end], mods) in mods["policy_nouns"]
            if target is None and not urged and not praised_step \
                    and (phrase if len(pred.words) > 1 else pred.words[0]) in mods["needs_target"]:
                continue              # "The Fed menahan bunga acuan": holding rates, not a person
            if praised and target is None:
                continue              # "mengatakan situasi sudah baik": no one is praised
            if target is None and pred.voice in ("active", "focus") and kind in mods["object_types"] \
                    and pred.words[0] not in mods["object_is_no_party"] and not asked_thing \
                    and _has_object(_promised(article.text, t_end, clause_end, reach_end, pred.words, mods), mods,
                                    kind in mods["thing_object_types"]):
                # "menahan empat orang", "meminta pemerintah": someone is named, though not by a
                # name Warta can code: in an Indonesian story, an Indonesian
                target = Actor(name=None, code=coder.home)
            if target is None and kind not in mods["praise_types"] and not asked_thing \
                    and _first_word(article.text[t_end:clause_end], mods) in mods["policy_nouns"]:
                target = Actor(name=None, code=coder.home)   # "memprotes kebijakan ...": its maker
            if target is None and kind in mods["partnered_types"] and after_words.isdisjoint(mods["other_states"]):
                # "telah berkoordinasi": with someone unnamed; not "pembicaraan dengan negara-negara
                # yang sepaham", other states Warta cannot code
                target = Actor(name=None, code=coder.home)
            if target is None and pred.words[0] in mods["implied_targets"]:
                target = coder.localise(Actor(name=None, code=mods["implied_targets"][pred.words[0]]))
            if pred.words[0] in mods["armed_targets_only"] and not _armed_group(target):
                continue              # "melawan Jepang" in a match report, "melawan" a verdict
            if target is None and phrase in mods["needs_recipient"]:
                continue              # "antibodi membantu memerangi virus": what a thing does, no one helped
            kinds = [kind]
            if kind == "SANCTION" and after_words & mods["prison_words"]:
                kinds.append("COERCE")   # "divonis 6,5 tahun penjara": convicted and imprisoned
            place = _place(article, sentence.start, sentence.end)
            pairs = [(actor, t) for t in [target, *more_targets]] + ([(target, actor)] if mutual else [])
            if phrase in mods["received_visits"] and target is not None:
                # "Presiden menerima kunjungan Perdana Menteri Jepang": the visitor acts on the host
                pairs = [(t, actor) for t in [target, *more_targets]]
            for kind, (actor, target) in [(k, p) for k in kinds for p in pairs]:
                # one event per (actor, type, target) code, as the gold codes them: "meminta Pemkot
                # Semarang maupun Pemprov Jateng" asks one party of the same code (IDNGOV) once
                key = (sentence.start, actor.code, kind, target.code if target else None)
                if key in seen:
                    continue
                seen.add(key)
                events.append(Event(actor=actor, type=kind, target=target, sentence=sentence.text,
                                    start=sentence.start, end=sentence.end, date=date, place=place,
                                    trigger=article.text[t_start:t_end], trigger_start=t_start, trigger_end=t_end))
        for x, oleh, should_have in obligations(lower, mods):
            obliged = "ACCUSE" if should_have else "REQUEST"   # a reproach, or a request
            # "ICW mengatakan Polda Jabar mesti menghentikan ...", "Mereka harus meningkatkan
            # kontribusinya," katanya: the speaker asks the one who must act
            before = article.text[sentence.start:tokens[x].start]
            # the one addressed stands right before the modal ("Polda Jabar mesti", "pemerintah juga perlu")
            y = x - 1 if lower[x - 1] not in mods["adverbs_before_modal"] else x - 2
            if oleh is not None:
                # ... or after "oleh" ("UU Ketenagakerjaan mutlak harus dijalankan oleh pemerintah")
                agent_end = min(sentence.end, tokens[oleh].end + 60)
                addressees = coded_between(tokens[oleh].end, agent_end, False)[:1]
                target = addressees[0][1] if addressees else coder.unnamed(
                    " ".join(words[oleh + 1:oleh + 3]), False, agent=True)
                if not addressees and target is not None and (target.code or "")[3:] not in mods["official_sectors"]:
                    target = None     # "harus diisi oleh orang yang ...": a requirement, no one asked
            else:
                addressees = [(m, a) for m, a in coded_between(sentence.start, tokens[x].start, True)
                              if y >= 0 and m.end >= tokens[y].start]
                target = addressees[0][1] if addressees else coder.unnamed(words[y] if y >= 0 else "", True)
            if target is None and lower[x - 1] in mods["third_person_plural"]:
                target = Actor(name=None, code=coder.home)
            speaker = speaker_actor(tokens[x].start)
            if speaker is None:
                cue = _speech_verb().search(before)
                subjects = coded_between(sentence.start, sentence.start + cue.start(), True) if cue else []
                speaker = subjects[0][1] if subjects else None
            if speaker is None and target is not None and (target.code or "")[3:] in mods["official_sectors"]:
                # "Pemkot Serang harus memastikan ...": what an authority must do is asked of it by
                # someone of the story's country, though the sentence does not say who
                speaker = Actor(name=None, code=coder.home)
            if speaker is None or target is None:
                continue
            key = (sentence.start, speaker.code, obliged, target.code)
            if key not in seen:
                seen.add(key)
                events.append(Event(actor=speaker, type=obliged, target=target, sentence=sentence.text,
                                    start=sentence.start, end=sentence.end, date=date,
                                    place=_place(article, sentence.start, sentence.end), trigger=tokens[x].text,
                                    trigger_start=tokens[x].start, trigger_end=tokens[x].end))
        if len(events) - first > 1:
            # "OVO sepakat menjalin kerja sama dengan BRI", "berkomitmen untuk bekerja sama dengan
            # Kejaksaan": one intent, aimed at the partner; the verb of agreeing adds no second one
            aimed_at = {(e.actor.code, e.type) for e in events[first:] if e.target is not None}
            events[first:] = [e for e in events[first:] if e.target is not None or e.type not in mods["one_intent_types"]
                              or (e.actor.code, e.type) not in aimed_at]
        coded = len(events) > first
        if maybe_judged and lexical and not coded:
            judged = reported_judgement(sentence.text, mods)
        if judged is not None and not coded:
            judgement = reported_judgement_event(sentence, sentence.start + judged[0], sentence.start + judged[1], judged[2])
            if judgement is not None:
                events.append(judgement)
                coded = True
        if not coded and joint:
            together = joint_action_event(sentence)
            if together is not None:
                events.append(together)
    article.events = events
    return article


@lru_cache(maxsize=1)
def _speech_verb() -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted(modifiers()["speech_verbs"])))


@lru_cache(maxsize=1)
def _according_to() -> re.Pattern:
    """ "Menurut X", or "menurutnya"/"menurut dia" (group 1 set: a pronoun names the one)."""
    frames = "|".join(modifiers()["according_to"])
    return re.compile(r"\b(?:%s)(?:(nya\b|\s+(?:%s)\b)|\s)" % (frames, speaker_pronouns()), re.I)


@lru_cache(maxsize=1)
def _press_after() -> re.Pattern:
    """The press right after a predicate, behind a preposition: "dengan detikcom", "ke redaksi"."""
    mods = modifiers()
    return re.compile(r"\s+(?:(?:%s)\s+)?(?:para\s+)?(?:%s)\b" % ("|".join(mods["press_prepositions"]), mods["press"]), re.I)


@lru_cache(maxsize=1)
def _claim_source() -> re.Pattern:
    """ "menurut (perkiraan) " right before a name: whose claim it is, not who acted ("yang - -
    menurut perkiraan PBB - - sudah membunuh 200.000 orang")."""
    frames = "|".join(modifiers()["according_to"])
    return re.compile(r"\b(?:%s)(?:\s+[^\W\d_]+)?\s+$" % frames, re.I)


@lru_cache(maxsize=1)
def _post_cue() -> re.Pattern:
    """A cue after what was said: '..., kata Megawati', '," katanya', ', lanjutnya,'; group 1 or 2
    is set where a pronoun names the speaker."""
    cues = "|".join(sorted((re.escape(c) for c in load_toml("id/speech_cues.toml")["post"] if " " not in c),
                           key=len, reverse=True))
    return re.compile(r"[,\"”]\s*(?:%s)(?:(nya)\b|\s+(%s)\b|\b)" % (cues, speaker_pronouns()), re.I)


@lru_cache(maxsize=1)
def _pre_speech() -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted(load_toml("id/speech_cues.toml")["pre"])), re.I)


def _rest_of_list(text: str, found: list[tuple[EntityMention, Actor]]) -> list[Actor]:
    """The actors named after found[0] in one list with it ("A, B dan C"; states each with its office
    holder: "Perdana Menteri Irlandia Enda Kenny, Perdana Menteri Israel ...")."""
    out, last = [], found[0][0]
    for m, a in found[1:]:
        gap = text[last.end:m.start]
        if last.label == "GPE" and m.label == "PER" and _YEARS_ONLY.fullmatch(gap):
            continue          # the holder of the title: "pejabat Inggris, George Osborne"
        if not (_LIST_JOINER.fullmatch(gap) or last.label == m.label == "GPE" and _TITLED_LIST_JOINER.fullmatch(gap)):
            break
        out.append(a)
        last = m
    return out


# a list going on after a party: ", ", "dan", "serta", "maupun", or "/" ("TNI / Polri")
_PARTY_JOINER = re.compile(r"\s*(?:,\s*(?:(?:dan|serta|maupun)\s+)?|(?:dan|serta|maupun)\s+|/\s*)")
_TWO_WORDS = re.compile(r"([^\W\d_]+)(?:\s+([^\W\d_]+))?")
_NEXT_WORDS = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")


@lru_cache(maxsize=256)
def _word_pattern(word: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


def _listed_parties(text: str, pos: int, end: int, coder: Coder, named: list[tuple[EntityMention, Actor]],
                    mods: dict) -> list[Actor]:
    """The parties listed after the one that ends at pos, named or a common noun of an actor:
    "meminta guru dan orang tua", "berkoordinasi dengan kepolisian dan kejaksaan", "audiensi dengan
    Pemerintah Kabupaten Karanganyar dan akademisi", "ditegakkan oleh TNI / Polri". The gold codes
    one event per (actor, type, target) code, so each kind of party listed is one more target.

    The list ends at the first word that is neither, or where a new clause begins ("menangkap
    pelaku, polisi juga menyita ..."); what only commas join is an apposition unless "dan", "serta",
    "maupun" or "/" closes the list ("menangkap A, pelaku pencabulan": one person)."""
    out: list[Actor] = []
    closed = False
    starts = {m.start: (m, a) for m, a in named}
    while True:
        joiner = _PARTY_JOINER.match(text, pos, end)
        if not joiner or joiner.end() >= end:
            break
        at = joiner.end()
        if at in starts:
            m, actor = starts[at]
            pos = m.end
        else:
            words = _TWO_WORDS.match(text, at, end)
            # a capital goes on a name ("Dinas Pariwisata, Pemuda, dan Olahraga"), not a list of people
            actor = coder.unnamed(words.group(0), False) if words and words.group(1).islower() else None
            first = words.group(1) if words else ""
            if actor is None or not (actor.name or "").startswith(first):
                break
            pos = words.end() if actor.name != first else words.end(1)
            # "dan pasukan keamanan juga bentrok": the noun is the subject of a clause of its own
            if _opens_clause(text, pos, end, mods):
                break
        closed = closed or joiner.group(0).strip() != ","
        out.append(actor)
    return out if closed else []


def _other_parties(found: list[Actor], listed: list[Actor]) -> list[Actor]:
    """The parties listed that are others than those found by their code: a state's unnamed people
    beside its people of one sector ("Kepala Sekolah dan guru", "lembaga dan aparat penegak hukum":
    IDN and IDNEDU) may be the same people, and the gold codes them once."""
    seen = list(found)
    out = []
    for actor in listed:
        code = actor.code or ""
        if any(code == (s.code or "") or code[:3] == (s.code or "")[:3] and 3 in (len(code), len(s.code or ""))
               for s in seen):
            continue
        seen.append(actor)
        out.append(actor)
    return out


def _opens_clause(text: str, pos: int, end: int, mods: dict) -> bool:
    """A verb or an adverb among the next two words, before a word that goes on the noun phrase
    ("guru untuk menindaklanjuti", "akademisi dari UNS")."""
    following = _NEXT_WORDS.match(text, pos, end)
    for word in (w.lower() for w in (following.groups() if following else ()) if w):
        if word in mods["noun_phrase_goes_on"]:
            return False
        if VERB_PREFIX.match(word) and len(word) > 5 or word in mods["adverbs"] \
                or word in mods["adverbs_before_modal"] or word in mods["future"]:
            return True
    return False


@lru_cache(maxsize=1)
def _cue_then_time() -> re.Pattern:
    """What stands between a quotation and a predicate told as the setting of its saying:
    '," katanya saat', '," kata Gus Ipul usai'."""
    cues = "|".join(sorted((re.escape(c) for c in load_toml("id/speech_cues.toml")["post"]), key=len, reverse=True))
    times = "|".join(modifiers()["fronting"])
    return re.compile(r"[\s,.\"”’']*(?:%s)(?:nya)?(?:\s+[A-Z][\w.'-]*){0,4}[\s,]+(?:%s)\s+" % (cues, times))


@lru_cache(maxsize=1)
def _directive_giver() -> re.Pattern:
    """What stands between a directive noun and its giver: "dari", another directive ("arahan dan
    perintah"), an honorific ("Bapak Presiden")."""
    directives = sorted({p.words[0] for nouns in event_nouns().values() for p, c in nouns if "directive" in c})
    honorifics = sorted(re.escape(w) for w in load_wordlist("id/person_titles.txt"))
    return re.compile(r"\s+(?:dari\s+)?(?:dan\s+(?:%s)\s+)?(?:(?:%s)\s+)?" % ("|".join(directives), "|".join(honorifics)))


@lru_cache(maxsize=1)
def _clause_stop() -> re.Pattern:
    words = "|".join(sorted(modifiers()["purpose_clause"]))
    return re.compile(r"[.!?;]|\b(?:" + words + r")\b", re.I)


# between a verb and a name: nothing but capitalised titles ("menerima Bupati Flores Timur Anton")
_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w.]*\s+){0,4}")
# a speaker's titles and name, nothing else: "Kapolres Boyolali AKBP Rosyid Hartanto"
_NAME_ONLY = re.compile(r"(?:\s+[A-Z][\w.'-]*){1,8}\s*")


def _inserted_cues(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the cues set between commas inside what was said, each from its first comma to its
    second ("Presiden, kata Bey, akan berkumpul", "Polisi, kata Kapolres Boyolali AKBP Rosyid
    Hartanto, menangkap"): their speaker does not act in the sentence, and the subject stands before
    the cue."""
    spans = []
    for cue in _post_cue().finditer(text, lo, hi):
        if text[cue.start()] != "," or cue.group(1) or cue.group(2):
            continue
        close = text.find(",", cue.end(), min(hi, cue.end() + 80))
        if close >= 0 and _NAME_ONLY.fullmatch(text, cue.end(), close):
            spans.append((cue.start(), close + 1))
    return spans


# between a common noun and the country it belongs to: "aparat di Thailand", "polisi Malaysia"
_PLACED_AT = re.compile(r"\s+(?:di\s+)?")

# "bahwa" opens what was said, as a speech verb does
_THAT = re.compile(r"\bbahwa\b", re.I)
# a quotation closing: what follows names who said it
_QUOTE_CLOSE = re.compile(r"[,.!?]\s*[\"”]")
# between a fronted object and its pronoun: at most two words, no relative clause ("Pak Kakanwil juga
# kami undang", "Pemerintah Arab Saudi akhirnya saya datangi"; not "langkah yang sudah kami sepakati")
_FRONTED_GAP = re.compile(r"[\s,]*(?:(?!yang\b)\w+[\s,]*){0,2}", re.I)

# a directive named as a regulation: "Instruksi Presiden (Inpres) Nomor 7 Tahun 2025"
_REGULATION_NAME = re.compile(r"[A-Z]\w+(?:\s+[A-Z]\w*){0,3}\s*(?:\(\w+\)\s*)?(?:Nomor|No\.)")

# between two states of a list of office holders: the first one's name, then the next title
# ("Wakil Presiden AS 2009 - 2017 Joe Biden, Perdana Menteri Irlandia ...", "... Netanyahu, dan
# pejabat Inggris")
_TITLED_LIST_JOINER = re.compile(r"[\s\d–-]*(?:[A-Z][\w'.-]*\s*){1,4}(?:,\s*(?:(?:dan|serta)\s+)?|\s*(?:dan|serta)\s+)"
                                 r"(?:[A-Za-z][\w.]*\s+){1,3}")
_YEARS_ONLY = re.compile(r"[\s\d–-]*,?\s*")

# "bersama" joining two parties, and what may stand between a party and it ("Polres Serang, bersama")
_JOINT = re.compile(r"\bbersama(?:\s+dengan)?\b")
_JOINT_GAP = re.compile(r"\s*,?\s*")
_COMMON_PARTY = re.compile(r"\s+([a-z]+(?:\s+[a-z]+)?)\b")
_ACRONYM_AFTER = re.compile(r"(?:\s*\([^)]{1,20}\))?")

# what stands between two names of one list: "A, B dan C", "A; dan B", "A serta B", "A maupun B"
# (and one common noun: "kantor A dan kantor B")
_LIST_JOINER = re.compile(r"\s*(?:[,;]\s*(?:(?:dan|serta|maupun)\s+)?|(?:dan|serta|maupun)\s+)(?:[a-z]+\s+)?")


def _fronted_zone(text: str, tokens: list, lower: list[str], i: int, start: int, mods: dict) -> tuple[int, int]:
    """Where the object of an object-focus verb at token i may stand: from the end of what
    introduces the words said (a speech verb, "bahwa": in "Budi mengatakan kami sudah periksa saksi"
    Budi speaks and no one is examined by name) to the pronoun, looking past the adverbs after it."""
    x = i - 1
    while x > 0 and i - x <= 2 and lower[x] in mods["focus_adverbs"]:
        x -= 1
    pronoun = tokens[x].start
    lead = text[start:pronoun]
    said = [m.end() for m in _speech_verb().finditer(lead)] + [m.end() for m in _THAT.finditer(lead)]
    return start + max(said, default=0), pronoun


def _coordinated_partner(text: str, start: int, subjects: list[tuple[EntityMention, Actor]]) -> Actor | None:
    """The subject joined by "dan"/"serta" to the one right before a predicate: "A dan B" ->
    A, when nothing but a role ("dan Perdana Menteri Australia") stands between the two."""
    if not subjects:
        return None
    nearest = subjects[0][0]
    m = re.search(r"\s(?:dan|serta|bersama)\s(?:[^,.;:!?]{0,60}\s)?$", text[start:nearest.start])
    if m is None:
        return None
    joiner = start + m.start()
    for mention, actor in subjects[1:]:
        if mention.end <= joiner:
            return actor if re.fullmatch(r"[\s)]*", text[mention.end:joiner]) else None
    return None


def _agent_end(text: str, start: int, end: int, mods: dict) -> int:
    """Where the agent right after a passive verb must have begun ("ditangkap polisi", "ditahan KPK"):
    before a preposition, a conjunction, another verb or a punctuation mark ("ditahan saat penyerahan
    tersangka", "diminta mematuhi arahan aparat", '... diselidiki," kata Suprapto': no agent there)."""
    stop = _AGENT_PUNCT.search(text, start, end)     # '... masih diselidiki," kata Suprapto'
    end = stop.start() if stop else end
    leading = True
    for m in _LETTERS.finditer(text, start, end):
        word = m.group(0).lower()
        if leading and (word in mods["agent_prepositions"] or word in mods["adverbs"]):
            continue          # "mendapat dukungan dari Polda", "ditindak tegas melalui Ditjen Gakkum"
        leading = False
        if word in mods["agent_stops"] or word in mods["prepositions"] or (
                m.group(0).islower() and VERB_PREFIX.match(word) and len(word) > 5):
            return m.start()
    return end


_AGENT_PUNCT = re.compile(r"[,;:.!?\"”()]")


def _first_word(text: str, mods: dict) -> str | None:
    """The first word of a stretch, adverbs looked past ("mengkritik keras aturan" -> "aturan")."""
    for m in _LETTERS.finditer(text):
        word = m.group(0).lower()
        if word not in mods["adverbs"]:
            return word
    return None


def _has_object(text: str, mods: dict, parties_only: bool = False) -> bool:
    """Does the clause after a predicate open with a noun phrase (not a preposition of place or
    time, a number of years, or nothing)? One met or addressed counts behind its preposition
    ("berkoordinasi dengan dinas kesehatan"), also past a demonstrative ("bantuan ini kepada ...").
    parties_only: a thing ("meminta PSU digelar", "menyoroti kerusakan lingkungan") does not count."""
    text = re.sub(r"^\s*\([^)]*\)", "", text)   # "operasi tangkap tangan (OTT) di ...": the acronym again
    first = _first_word(text, mods)
    if first in mods["demonstratives"]:
        # "memberikan bantuan ini kepada kelompok rentan": the thing given, then whom
        rest = text[re.search(r"\b%s\b" % first, text, re.I).end():]
        if _first_word(rest, mods) in mods["object_prepositions"]:
            text, first = rest, _first_word(rest, mods)
    if first in mods["object_prepositions"]:
        text = text[re.search(r"\b%s\b" % first, text, re.I).end():]
    word = _first_word(text, mods)
    if parties_only and word is not None and _is_thing(word, mods):
        return False
    return word is not None and word not in mods["not_object"]


def _promised(text: str, start: int, clause_end: int, reach_end: int, words: tuple, mods: dict) -> str:
    """The stretch after a predicate that may hold its object: for a promise, the promised act past
    the "untuk" that opens it ("berkomitmen untuk menanggung bansos bagi keluarga miskin"), which
    for other predicates starts a purpose clause. Only an act done to someone counts, one an active
    verb names ("untuk membiayai proyek"), not a quality ("berkomitmen untuk terbuka")."""
    opener = re.match(r"\W*untuk\b", text[start:reach_end], re.I)
    if opener and words[-1] in mods["promise_verbs"]:
        act = text[start + opener.end():reach_end]
        verb = _first_word(act, mods)
        return act if verb is not None and ACTIVE_PREFIX.match(verb) else ""
    return text[start:clause_end]


def _asks_a_passive(text: str, mods: dict) -> bool:
    """Does the clause after a request open with a noun phrase of a few words and a passive verb
    ("kasus tersebut diusut kembali", "jembatan itu segera diperbaiki")? Then a thing is asked to
    be done; whoever is to do it is not named by that noun."""
    words = WORD.findall(text)[:6]
    if not words or words[0].lower() in mods["passive_asked_stops"] or words[0].lower() in mods["interrogatives"]:
        return False          # "memohon untuk dipulangkan": the asker's own return; "mendorong bagaimana ..."
    for w in words[1:]:
        low = w.lower()
        if low in mods["passive_asked_stops"] or low in mods["that_clause"]:
            return False
        if _is_passive_verb(low, mods):
            return True
    return False


def _is_passive_verb(word: str, mods: dict) -> bool:
    """A passive verb ("diusut", "dialokasikan"), not a word of its shape ("dinas", "digital")."""
    return bool(_PASSIVE_VERB.fullmatch(word)) and word not in mods["not_passive_verbs"]


def _is_thing(word: str, mods: dict) -> bool:
    """A thing, not a party: a nominalised verb ("percepatan", "kerusakan", but not "kepolisian")
    or one of thing_objects ("skema", "tambahan", "PSU")."""
    return word in mods["thing_objects"] or bool(_process_noun().match(word)) and word not in mods["process_noun_parties"]


def _relative_head(lower: list[str], clause_start: int, i: int, mods: dict) -> tuple[int, int] | None:
    """The first and last token of the noun phrase a relative clause opening right before token i
    hangs on ("dua serikat pekerja yang menolak", "polisi yang telah menangkap"): the words before
    "yang" back to a verb, a preposition, a number or a clause boundary."""
    y = i - 1
    while y >= clause_start and lower[y] in mods["auxiliaries"] and lower[y] not in mods["subject_bounds"]:
        y -= 1
    if y <= clause_start or lower[y] != "yang":
        return None
    k = _noun_run(lower, clause_start, y - 1, mods)
    return (k + 1, y - 1) if k + 1 <= y - 1 else None


def _noun_run(lower: list[str], clause_start: int, end: int, mods: dict) -> int:
    """The token before the run of nouns ending at token end: back to a verb, a preposition, a word
    that bounds a subject (subject_bounds) or the clause's start; a number or a word of quantity
    opens the run ("permohonan dua serikat pekerja": "dua serikat pekerja")."""
    k = end
    while k >= clause_start and lower[k][:1].isalnum() and (lower[k] in mods["subject_determiners"] or not VERB_PREFIX.match(
            lower[k]) and lower[k] not in mods["prepositions"] and lower[k] not in mods["subject_bounds"]):
        k -= 1
        if lower[k + 1] in mods["quantities"] or lower[k + 1] in mods["subject_determiners"]:
            break
    return k


def _joined_passive(lower: list[str], after: int, i: int, mods: dict) -> bool:
    """Is the passive at i joined to an earlier passive (ending at after) in the same clause, by a
    coordinator or a word of time right before it ("ditembak polisi saat ditangkap", "ditangkap dan
    ditahan")? Then both were done to the same one."""
    x = i - 1
    while x >= after and lower[x] in mods["auxiliaries"]:
        x -= 1
    return x >= after and (lower[x] in mods["coordinators"] or lower[x] in mods["passive_joiners"]) \
        and not any(w in (",", ";", ".") for w in lower[after:x])


def _victim_of_crime(text: str, lo: int, at: int, mods: dict) -> bool:
    """Does the name at `at` follow a perpetrator and the crime done to it ("pelaku pembunuhan Riky
    Saputra", "tersangka penganiayaan terhadap Budi")? Then it is the victim, and the one acted on
    is the perpetrator."""
    words = WORD.findall(text[lo:at].lower())
    if words and words[-1] == "terhadap":
        words = words[:-1]
    return len(words) >= 2 and words[-1] in mods["crimes_on_people"] and words[-2] in mods["perpetrators"]


def _thing_subject(words: list[str], lower: list[str], clause_start: int, i: int, mods: dict,
                   inner: bool = False) -> int | None:
    """The first token of the subject standing right before token i when it is a thing rather than
    a party: a product, a programme, a process named by a nominalised verb ("keberadaan CCTV akan
    membantu", "stroller pintar yang membantu", "pelaksanaannya pun melibatkan banyak pihak"). The
    subject is the run of nouns before the verb, past auxiliaries and "yang"; a noun phrase opens
    with its head."""
    k = i - 1
    while k >= clause_start and (lower[k] in mods["subject_gap"]
                                 or lower[k] in mods["auxiliaries"] and lower[k] not in mods["subject_bounds"]):
        k -= 1
    end = k
    k = _noun_run(lower, clause_start, end, mods)
    if k >= clause_start and lower[k] in mods["subject_places"] and not inner:
        # "insiden tambang di Magetan yang menewaskan", "mahasiswa dari berbagai perguruan tinggi": the
        # words after the preposition end a longer subject, whose head is before it
        return _thing_subject(words, lower, clause_start, k, mods, inner=True)
    if k >= clause_start and (lower[k] in mods["prepositions"] or lower[k] in mods["subject_inside"]
                              or k > 0 and VERB_PREFIX.match(lower[k]) and lower[k - 1] == "yang"):
        return None           # "guru yang melakukan penganiayaan": the words end a longer subject
    at = next((x for x in range(k + 1, end + 1) if lower[x] not in mods["quantities"]
               and lower[x] not in mods["subject_determiners"]), None)
    phrase = lower[k + 1:end + 1]
    if at is None or not mods["third_person"].isdisjoint(phrase) or not mods["first_person"].isdisjoint(phrase) \
            or not mods["people_quantifiers"].isdisjoint(phrase):
        return None           # "kedatangan mereka", "keberadaan para pelaku yang membakar": people act
    if at > 0 and words[at][:1].isupper() and lower[at - 1] not in ('"', "“", "'"):
        return None           # a name ("di Petamburan untuk menyampaikan"), not a thing
    head = lower[at][:-3] if lower[at].endswith("nya") and len(lower[at]) > 6 else lower[at]
    thing = head in mods["thing_subjects"] or bool(_process_noun().match(head)) \
        and head not in mods["process_noun_parties"] and head not in mods["people_nouns_an"]
    return at if thing else None


@lru_cache(maxsize=1)
def _process_noun() -> re.Pattern:
    return re.compile(modifiers()["process_noun"])


_LETTERS = re.compile(r"[^\W\d_]+")
_PASSIVE_VERB = re.compile(r"di[a-z]{4,}")
_INITIALS_AFTER = re.compile(r"\s+([A-Z]{2,3})\b(?!-)")


# "di depan Gedung Sate, Kota Bandung": a name continuing a place phrase after a comma, though the
# first place is not one Warta codes
@lru_cache(maxsize=2)
def _place_chain(key: str, word_between: bool) -> re.Pattern:
    """A stretch ending in a chain of capitalised place names after one of the prepositions under
    key in event_modifiers.toml, and a comma ("di Kuningan, Jawa Barat, "); word_between: one
    lower-case word may stand after the preposition ("di depan Gedung Sate, ")."""
    names = r"(?:[A-Z][\w/.-]*\s+)*[A-Z][\w/.-]*"
    return re.compile(r"\b(?:%s)\s+%s%s(?:,\s*%s)*,\s*$" % (
        "|".join(sorted(modifiers()[key])), r"(?:[a-z]+\s+)?" if word_between else "", names, names))


def _in_address(text: str, mention: EntityMention, mods: dict) -> bool:
    """Does a place name stand in someone's address: right after "warga"/"asal", or at the end of a
    chain of places opened by one ("warga Desa Kijang, Kecamatan Praya Timur, Lombok Tengah")?"""
    return word_before(text, mention.start) in mods["resident_words"] or bool(
        _place_chain("resident_words", False).search(text[max(0, mention.start - 90):mention.start]))


def _outside_places(text: str, found: list[tuple[EntityMention, Actor]], mods: dict,
                    buildings: bool = True) -> list[tuple[EntityMention, Actor]]:
    """Drop the places that say where: one after "di", and those that continue it after a comma;
    any name after "di depan", "di sekitar", ... ("unjuk rasa di depan Gedung Sate"), and unless
    buildings is false, the owner of a building ("di kantor KPK"): a protest outside a building is
    aimed at its owner ("menggelar aksi di depan gedung DPR")."""
    kept, previous_place = [], None
    for m, a in found:
        word = word_before(text, m.start)
        # "di depan Gedung Sate", "di depan gedung DPR", "di Kantor KPK": up to three words naming a
        # spot or a building after "di" are looked past
        before = [w.lower() for w in WORD.findall(text, max(0, m.start - 60), m.start)][-4:]
        k = len(before) - 1
        while k >= len(before) - 3 and k >= 0 and (before[k] in mods["place_nouns"]
                                                    or buildings and before[k] in mods["building_nouns"]):
            k -= 1
        beside = 0 <= k < len(before) - 1 and before[k] in mods["place_prepositions"]
        place = m.label in ("GPE", "LOC")
        chained = place and text[max(0, m.start - 2):m.start].strip() == "," \
            and _place_chain("place_prepositions", True).search(text[max(0, m.start - 90):m.start])
        if beside or chained or place and (word in mods["place_prepositions"] or (
                previous_place is not None and re.fullmatch(r"\s*,\s*", text[previous_place.end:m.start]))):
            previous_place = m
            continue
        previous_place = None
        kept.append((m, a))
    return kept


def _own_state(mention: EntityMention, coded: Actor, actor: Actor, home: str) -> bool:
    """A foreign actor's own country named after its predicate is not what it acts on: "menyatakan
    minat Pakistan untuk berkontribusi" (Pakistan's interest, aimed at Indonesia). The story's own
    country may be: "Kami mendukung Australia modern" in an Australian story."""
    return mention.label in ("GPE", "LOC") and coded.code is not None and len(coded.code) == 3 \
        and coded.code != home and (actor.code or "")[:3] == coded.code


def _armed_group(actor: Actor | None) -> bool:
    if actor is None or not actor.code:
        return False
    entry = gazetteer().by_id.get(actor.code)
    return entry is not None and entry.sector == "REB"


def _place(article: Article, start: int, end: int) -> str | None:
    """The place the sentence names after 'di' (in Irak, in Jakarta), if any."""
    for m in article.entities:
        if m.source is None and start <= m.start < end and m.label in ("GPE", "LOC") \
                and article.text[max(start, m.start - 3):m.start] == "di ":
            return m.name or m.text
    return None
