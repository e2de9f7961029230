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
Words for all of this are in ``resources/id/event_modifiers.toml``; the gold it is measured
against (``warta eval events``) is described in eval/gold/events_README.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from warta.entities.gazetteer import gazetteer, tokens_of
from warta.entities.resolve import name_key, role_sector
from warta.model import Actor, Article, EntityMention, EntitySummary, Event
from warta.resources import load_toml, load_tsv
from warta.settings import Settings

_ACTOR_LABELS = ("GPE", "ORG", "PER")


@dataclass(frozen=True)
class Predicate:
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
def modifiers() -> dict:
    data = load_toml("id/event_modifiers.toml")
    return {k: (dict(v) if isinstance(v, dict) else frozenset(v) if isinstance(v, list) else v)
            for k, v in data.items()}


def _common_actor(text: str, reverse: bool, initials: frozenset[str] = frozenset()) -> Actor | None:
    """A common noun that names an actor ("polisi", "tersangka"), or the initials the article gives
    a person ("berinisial SR"), in this stretch of text."""
    mods = modifiers()
    nouns, nationals, phrases = mods["common_actors"], mods["national_actors"], mods["not_actor_phrases"]
    words = re.findall(r"[^\W\d_]+", text)
    order = range(len(words) - 1, -1, -1) if reverse else range(len(words))
    for k in order:
        word, lower = words[k], words[k].lower()
        if lower in phrases and k + 1 < len(words) and words[k + 1].lower() in phrases[lower]:
            code = mods["phrase_actors"].get(f"{lower} {words[k + 1].lower()}")
            if code:          # "pelaku pariwisata": businesses
                return Actor(name=f"{lower} {words[k + 1].lower()}", code=code)
            continue          # "ibu kota"
        if lower in nouns or lower in nationals:
            return Actor(name=lower, code=nouns.get(lower) or nationals[lower])
        if word in initials:
            return Actor(name=word, code="IDN")
    return None


class Coder:
    """Actor codes: ISO alpha-3 plus sector for states and their people, ids for groups."""

    def __init__(self, article: Article):
        self.entities: dict[str, EntitySummary] = {e.id: e for e in article.entity_list}
        # crime reports name people by initials: "pelaku berinisial SR", later just "SR"
        self.initials = frozenset(re.findall(r"\b(?:berinisial|inisial|[Ss]audara|[Ss]audari)\s+([A-Z]{1,4})\b",
                                             article.text))
        self.home = home_country(article, self.initials)
        self.text = article.text
        self._coded: dict[tuple, Actor | None] = {}
        self._person_country: dict[str, str | None] = {}
        self.mentions: dict[str, list[EntityMention]] = {}
        for m in article.entities:
            if m.source is None and m.id:
                self.mentions.setdefault(m.id, []).append(m)

    def unnamed(self, text: str, reverse: bool) -> Actor | None:
        return self.localise(_common_actor(text, reverse, self.initials))

    def localise(self, actor: Actor | None) -> Actor | None:
        """A common noun's or an implied agent's code ("polisi" -> IDNCOP) in the article's own
        country: the police of a story set in Singapore are Singapore's."""
        if actor is None or self.home == "IDN" or not (actor.code or "").startswith("IDN") \
                or actor.name in modifiers()["national_actors"]:   # "WNI" are Indonesians anywhere
            return actor
        return Actor(name=actor.name, code=self.home + actor.code[3:])

    def code(self, mention: EntityMention) -> Actor | None:
        key = (mention.start, mention.end, mention.id)
        if key not in self._coded:   # the same mention is sought once per predicate near it
            self._coded[key] = self._code(mention)
        return self._coded[key]

    def _code(self, mention: EntityMention) -> Actor | None:
        if mention.text in self.initials:   # "Saudara AS" is a person, not the United States
            return Actor(name=mention.text, code=self.home)
        entity = self.entities.get(mention.id or "")
        if entity is None:
            return None
        if entity.label == "GPE":
            if re.fullmatch(r"[A-Z]{3}", entity.id):
                return Actor(name=entity.name, code=entity.id)
            if entity.country:   # a province or city: its government
                return Actor(name=entity.name, code=entity.country + "GOV")
            return None
        if entity.label == "ORG":
            if entity.country and entity.sector:
                return Actor(name=entity.name, code=entity.country + entity.sector)
            if entity.sector in ("IGO", "REB") or re.fullmatch(r"[A-Z][A-Z0-9-]{1,9}", entity.id):
                return Actor(name=entity.name, code=entity.id)
            found = _org_sector(entity.name)
            if found:    # "Polres Boyolali", "Kejaksaan Negeri Lembata": Indonesian unless named otherwise;
                sector, indonesian = found   # "Partai Republik": of the country the story is set in
                country = self.country_in(entity.name) or self.country_around(mention) \
                    or ("IDN" if indonesian else self.home)
                return Actor(name=entity.name, code=country + sector)
            # any other organisation: of its named country, else of the country the story is set in
            return Actor(name=entity.name, code=self.country_in(entity.name) or self.country_around(mention) or self.home)
        if entity.label == "PER":
            role = entity.roles[0] if entity.roles else ""
            igo = self.organisation_in(role, "IGO") if role and not self.country_in(role) else None
            if igo:               # "Sekjen PBB António Guterres" acts for the UN ("Dubes RI untuk PBB" for Indonesia)
                return Actor(name=entity.name, code=igo)
            known = _figures().get(name_key(entity.name))
            role_country = self.country_in(role) if role else None
            if known and not role_country:
                if not re.fullmatch(r"[A-Z]{3}[A-Z]*", known) or known in gazetteer().by_id:
                    return Actor(name=entity.name, code=known)      # "Guterres" -> UN, "Sinwar" -> HAMAS
                return Actor(name=entity.name, code=known[:3] + (entity.sector or (role_sector(role) if role else "") or known[3:]))
            # the words around any mention may give it: "Presiden Amerika Serikat (AS) Donald Trump"
            # once, "Trump" after
            if entity.id not in self._person_country:
                self._person_country[entity.id] = next(
                    filter(None, map(self.country_around, self.mentions.get(entity.id, [mention]))), None)
            country = role_country or self._person_country[entity.id]
            sector = entity.sector or (role_sector(role) if role else "")
            # a person of no stated nationality belongs to the country the story is set in
            # (Indonesia unless the article is plainly about another), without a sector when no
            # role says one
            return Actor(name=entity.name, code=(country or self.home) + (sector or ""))
        return None

    def country_around(self, mention: EntityMention) -> str | None:
        """A country the words around a name give it: "pabrikan asal Italia, Pirelli", "diplomat
        asal Ekuador, Vayas", "pihak China, khususnya NDRC", "juru runding Kolombia Haendel
        Rodriguez", "Kementerian Haji dan Umrah Kerajaan Arab Saudi"."""
        if mention.end <= mention.start:
            return None
        before = self.text[max(0, mention.start - 60):mention.start]
        m = _ORIGIN_BEFORE.search(before)
        if m:
            return self.country_in(m.group(1))
        m = re.search(r"(?:^|\s)([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)(?:\s\([A-Z]{2,5}\))?\s$", before)
        if m and mention.label == "PER":
            return self.country_in(m.group(1))
        if mention.label != "ORG":
            return None
        m = _NAME_TAIL.match(self.text, mention.end)
        return self.country_in(m.group(0)) if m else None

    @staticmethod
    def organisation_in(text: str, sector: str) -> str | None:
        for _, _, entry in gazetteer().find(list(tokens_of(text))):
            if entry.kind == "organisation" and entry.sector == sector:
                return entry.id
        return None

    @staticmethod
    @lru_cache(maxsize=8192)
    def country_in(text: str) -> str | None:
        found = gazetteer().find(list(tokens_of(text)))
        for _, _, entry in found:
            if entry.kind == "country":
                return entry.id
        return None


# "asal Italia, " / "pihak China, khususnya " right before a name: the name is of that country
_ORIGIN_BEFORE = re.compile(r"\b(?:asal|pihak|negara)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}),\s+(?:[a-z]+\s+)?$")
# the capitalised rest of a name the recogniser cut short ("Kementerian Haji" + " dan Umrah
# Kerajaan Arab Saudi")
_NAME_TAIL = re.compile(r"(?:\s+(?:dan\s+)?[A-Z][\w-]*){1,5}")


def home_country(article: Article, initials: frozenset[str] = frozenset()) -> str:
    """The country an article is set in: Indonesia, unless another country's places clearly
    outnumber Indonesia's places and institutions (a story from Singapore, Washington or Gaza). A
    person's initials that spell a country ("berinisial AS") do not count."""
    entities = {e.id: e for e in article.entity_list}
    weight: dict[str, float] = {}
    for mention in article.entities:
        entity = entities.get(mention.id or "")
        if entity is None or mention.text in initials:
            continue
        share = 1.0
        if entity.label == "GPE":
            code = entity.id if re.fullmatch(r"[A-Z]{3}", entity.id) else entity.country
            if _word_before(article.text, mention.start) in modifiers()["destination_prepositions"]:
                code = None   # "kirim pasukan ke Gaza": where someone goes, not where the story is
        elif entity.label == "ORG":
            # an institution of a known state counts for it, half as much as a place (a name like
            # "Partai Demokrat" or "DPR" may be another country's); so does one named by a word
            # only Indonesian institutions carry ("Polres", "Kejaksaan", "PT")
            found = _org_sector(entity.name)
            code, share = entity.country or ("IDN" if found and found[1] else None), 0.5
        else:
            code = None
        if code:
            weight[code] = weight.get(code, 0) + share
    if not weight:
        return "IDN"
    top = max(weight, key=lambda c: (weight[c], c == "IDN"))
    if top != "IDN" and weight[top] >= max(2, 2 * weight.get("IDN", 0)):
        return top
    return "IDN"


@lru_cache(maxsize=1)
def _org_sectors() -> list[tuple[str, str, bool]]:
    return [(row[0], row[1], len(row) > 2 and row[2] == "id") for row in load_tsv("id/org_sectors.tsv")]


@lru_cache(maxsize=8192)
def _org_sector(name: str) -> tuple[str, bool] | None:
    """(sector, whether the word names an Indonesian institution) from a word of the name."""
    words = set(re.findall(r"[\w]+", name))
    for word, sector, indonesian in _org_sectors():
        if word in words:
            return sector, indonesian
    return None


@lru_cache(maxsize=1)
def _figures() -> dict[tuple[str, ...], str]:
    """Foreign public figures by name and alias (id/world_figures.tsv) -> their code."""
    table: dict[tuple[str, ...], str] = {}
    for row in load_tsv("id/world_figures.tsv"):
        name, code = row[0], row[1]
        aliases = row[2].split("|") if len(row) > 2 and row[2] else []
        for form in [name, *aliases]:
            table.setdefault(name_key(form), code)
    return table


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Words a lexicon predicate starts with, also with a clitic "-nya"."""
    return frozenset(lexicon()) | frozenset(w + "nya" for w in lexicon())


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _candidates() -> frozenset[str]:
    """One word every predicate, event noun or obligation needs (of a phrase, its longest word that
    is not a common function word: "penyelidikan" of "dalam penyelidikan", "kesepakatan" of "ada
    kesepakatan"), as runs of word characters, also with a clitic "-nya": a sentence without any is
    passed over before it is split into lower-cased tokens."""
    common = modifiers()["prefilter_common"]
    phrases = [p.words for preds in lexicon().values() for p in preds]
    phrases += [p.words for nouns in event_nouns().values() for p, _ in nouns]
    phrases += [(w,) for w in modifiers()["obligation"]]
    chunks: set[str] = set()
    for words in phrases:
        pieces = [c for w in words for c in _WORD.findall(w)]
        rare = [c for c in pieces if c not in common] or pieces
        # the clitic attaches to the phrase's last word, so that one stays in as written
        chunks.add(max(rare, key=len))
    return frozenset(chunks | {c + "nya" for c in chunks})


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


def _triggers(words: list[str], lower: list[str] | None = None) -> list[tuple[int, int, Predicate]]:
    table = lexicon()
    out: list[tuple[int, int, Predicate]] = []
    lower = lower if lower is not None else [w.lower() for w in words]

    def bare(w: str) -> str:
        # a clitic "-nya" on a predicate's last word ("menolaknya", "menarik pulang duta besarnya")
        return w[:-3] if len(w) > 6 and w.endswith("nya") else w

    free, firsts = 0, _first_words()
    for i in [k for k, w in enumerate(lower) if w in firsts]:
        if i < free:
            continue          # inside the phrase matched before
        for pred in table.get(lower[i]) or table.get(bare(lower[i]), ()):
            n = len(pred.words)
            if i + n <= len(lower) and tuple(lower[i:i + n - 1]) == pred.words[:-1] \
                    and pred.words[-1] in (lower[i + n - 1], bare(lower[i + n - 1])):
                out.append((i, i + n, pred))
                free = i + n
                break
    pronouns = modifiers()["object_focus_pronouns"]
    if not pronouns.isdisjoint(lower):
        bare_forms = _object_focus()
        focus = [(k, k + 1, bare_forms[w]) for k, w in enumerate(lower) if w in bare_forms and k > 0
                 and lower[k - 1] in pronouns and not any(a <= k < b for a, b, _ in out)]
        if focus:
            out = sorted(out + focus, key=lambda t: t[0])
    if event_nouns().keys().isdisjoint(lower):
        return out
    nominal = _nominal_triggers(lower, out)
    return sorted(out + nominal, key=lambda t: t[0]) if nominal else out


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
    conditional = mods["needs_target"] | set(mods["requires_after"]) | mods["armed_targets_only"] \
        | mods["statement_predicates"] | set(mods["retype_by_sector"]) | mods["requested_after"]
    table: dict[str, Predicate] = {}
    for preds in lexicon().values():
        for pred in preds:
            if pred.voice == "active" and len(pred.words) == 1 and pred.words[0] not in conditional:
                for root in _roots(pred.words[0]):
                    if len(root) > 3 and root not in mods["prepositions"] and root not in mods["not_object_focus"]:
                        table.setdefault(root, Predicate(pred.type, "active", (root,)))
    return table


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
        match = next(((p, c) for p, c in nouns.get(lower[i], ()) if tuple(lower[i:i + len(p.words)]) == p.words), None)
        if match is None or used[i]:
            i += 1
            continue
        noun, constructions = match
        j = i + len(noun.words)
        before = i - 1
        while before >= 0 and lower[before] in mods["light_fillers"] and i - before <= 2:
            before -= 1
        found = None
        if before >= 0 and not used[before]:
            if "light" in constructions and lower[before] in mods["light_verbs_active"]:
                found = (before, j, Predicate(noun.type, "active", (lower[before], *noun.words)))
            elif "passive" in constructions and lower[before] in mods["light_verbs_passive"]:
                found = (before, j, Predicate(noun.type, "nominal_passive", noun.words))
            elif "receive" in constructions and lower[before] in mods["light_verbs_receive"] \
                    and j < len(lower) and lower[j] in ("dari", "oleh"):
                found = (before, j, Predicate(noun.type, "passive", (lower[before], *noun.words)))
        if found is None and "pair" in constructions and "antara" in lower[j:j + 3]:
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

    def protest_scene(sentence) -> bool:
        """Does the sentence's paragraph tell of a street protest (and not of demands handed over
        at a meeting)?"""
        if sentence.paragraph not in scenes:
            para = article.paragraphs[sentence.paragraph]
            words = set(re.findall(r"\w+", article.text[para.start:para.end].lower()))
            scenes[sentence.paragraph] = bool(words & mods["protest_scene"])
        return scenes[sentence.paragraph] and not set(re.findall(r"\w+", sentence.text.lower())) & mods["delivery_scene"]

    hopes = {(w,) for w in mods["hopes"]}
    for sentence in article.sentences:
        if _candidates().isdisjoint(_WORD.findall(sentence.text.lower())):
            continue                  # most sentences: no word that could start a predicate
        tokens = sentence.tokens
        lower = [t.text.lower() for t in tokens]
        triggers = _triggers([], lower)
        if not triggers and mods["obligation"].isdisjoint(lower):
            continue
        if not mods["statute_words"].isdisjoint(lower) and _statute().search(sentence.text):
            continue                  # "Setiap orang yang dengan sengaja menyerang ...": the law, not an act
        words = [t.text for t in tokens]
        # "meminta keterangan", "meminta maaf": not a request, and governs nothing after it
        not_requests = {a for a, _, p in triggers if p.type != "REQUEST"}
        for k, (i, j, pred) in enumerate(triggers):
            nominal = pred.voice == "nominal_passive"
            # what negation and modality attach to: the verb ("OTT itu tidak dilakukan")
            h = j - 1 if nominal and lower[i] not in mods["light_verbs_passive"] else i
            if _negated(lower, h, mods) and not (j < len(lower) and lower[j] in mods["not_negation_after"]):
                continue
            if any(w in mods["denial"] for w in lower[max(0, h - 4):h]) and pred.type != "REJECT":
                continue
            if pred.type != "REQUEST" and any(w in mods["requested_after"] and x not in not_requests
                                              for x, w in enumerate(lower[max(0, h - 5):h], max(0, h - 5))):
                continue
            if pred.voice in ("passive", "nominal_passive") and _after_relative(lower, h, mods):
                continue
            if i > 0 and lower[i - 1] in mods["list_bullets"]:
                continue              # "- Bersedia ditempatkan di ...": a requirement in a list, not an act
            if pred.words == ("menolak",) and j < len(lower) and lower[j] in mods["declined_comment"]:
                continue              # "menolak membeberkan secara detail": declining to comment
            if j < len(lower) and lower[j] in mods["reflexive"]:
                continue              # "massa membubarkan diri": they dispersed, no one was dispersed
            if pred.words[0] in mods["statement_predicates"] and set(lower[j:j + 2]) & mods["statement_openers"]:
                continue              # "memperingatkan bahwa ...": a warning about, not a threat
            kind = pred.type
            clause_start = max((k for k, w in enumerate(lower[:i]) if w in (",", ";", ":")), default=-1) + 1
            if pred.type != "REQUEST" and _asked_for(lower, clause_start, h, mods, not_requests):
                continue              # "meminta kepala daerah dari PDI Perjuangan untuk berkolaborasi"
            if any(w in mods["conditional"] for w in lower[clause_start:h]):
                continue              # "Bila jaksa menuntut ...": a condition, not an act
            if any(w in mods["modal"] for w in lower[max(0, h - 2):h]):
                continue              # "bisa menyerang": able to, not done
            if any(w in mods["judgement"] for w in lower[clause_start:i]):
                continue              # "menilai kebijakan ini ... mengancam industri": an opinion
            if _named_step(words, lower, i, mods):
                continue              # "langkah Prabowo mewajibkan para menteri ...": the step, told before
            if i > 0 and lower[i - 1] in mods["gerund_markers"] and _VERB_PREFIX.match(pred.words[0]):
                continue              # "keseriusan pemerintah dalam mencabut izin": the act as a topic
                                      # ("dalam rapat kerja dengan ..." is where something was said)
            near = lower[max(0, h - 3):h]
            planned = any(w in mods["future"] for w in near) and not any(w in mods["ongoing_after_future"] for w in near)
            planned = planned or _future_over_coordination(lower, clause_start, h, mods)
            # "akan terus berada di garis depan untuk memerangi ISIS": an ongoing act, not an aim
            aimed = any(w in mods["purpose"] for w in lower[max(0, h - 2):h]) \
                and not any(w in mods["ongoing_after_future"] for w in lower[clause_start:h])
            if planned or aimed:
                if kind not in mods["cooperative_types"]:
                    continue          # a hostile act only planned did not happen
                kind = "AGREE"        # planned cooperation: intent to cooperate
            t_start, t_end = tokens[i].start, tokens[j - 1].end
            # the target stands in the predicate's own clause: before the next predicate or full stop
            clause_end = tokens[triggers[k + 1][0]].start if k + 1 < len(triggers) else sentence.end
            reach_end = clause_end    # what the predicate needs after it may follow "untuk"
            # ... or before a purpose clause ("berbicara dengan X untuk melawan Y": Y is not talked to)
            stop = _clause_stop().search(article.text[t_end:clause_end])
            if stop:
                clause_end = t_end + stop.start()
            actor = target = None
            more_targets: list[Actor] = []
            phrase = " ".join(pred.words)
            if pred.voice == "pair":
                m = re.search(r"antara\s+(?:negara\s+)?(.+?)\s+(?:dan|dengan)\s+(.+)", article.text[t_end:sentence.end])
                if m:
                    pair = coded_between(t_end, sentence.end, False)
                    if len(pair) >= 2:
                        actor, target = pair[0][1], pair[1][1]
            elif pred.voice in ("passive", "nominal_passive"):
                after = coded_between(t_end, clause_end, False)
                oleh = article.text.find(" oleh ", t_end, clause_end)
                # the agent follows "oleh", or the verb directly ("ditangkap polisi")
                agent_from = oleh if oleh >= 0 else t_end
                agent_to = clause_end if oleh >= 0 else min(clause_end, t_end + 40)
                agents = [a for m, a in after if agent_from <= m.start < agent_to]
                actor = agents[0] if agents else coder.unnamed(article.text[agent_from:agent_to], False)
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
                                            and _word_before(article.text, m.start) in mods["recipient_prepositions"]]
                    target = patients[0][1] if patients else None
                    if target is None and kind in mods["patient_types"] or (
                            target is None and kind in mods["object_types"] and _has_object(article.text[zone[0]:zone[1]], mods)):
                        # "Penertiban tambang ilegal ...", "OTT itu dilakukan ...": someone was caught
                        target = Actor(name=None, code=coder.home)
                else:
                    patients = coded_between(sentence.start, t_start, True)
                    target = patients[0][1] if patients else coder.unnamed(
                        article.text[sentence.start:t_start], True)
                if target is None and any(w in mods["third_person"] for w in lower[clause_start:i]):
                    target = antecedent(sentence.start)   # "Dia telah divonis ..."
            else:
                # a name right after a preposition ("dengan Indonesia", "terhadap ISIS") is an
                # object of something said before, not the one acting
                subjects = [(m, a) for m, a in coded_between(sentence.start, t_start, True)
                            if _word_before(article.text, m.start) not in mods["prepositions"]]
                quoted = speaker_actor(t_start)
                first_person = any(w in mods["first_person"] for w in lower[max(0, i - 4):i])
                actor_key = None
                if quoted is not None and (first_person or not subjects):
                    actor = quoted
                elif subjects:
                    actor = subjects[0][1]
                    actor_key = subjects[0][0].id or subjects[0][0].text
                if actor is None and lower[0] in mods["fronting"] and i <= 3:
                    # "Dalam rapat kerja dengan Komisi II DPR, Basuki meminta ...": the subject of
                    # the main clause after the comma acts; the fronted phrase holds the target
                    comma = article.text.find(",", t_end, sentence.end)
                    if comma >= 0:
                        main = [(m, a) for m, a in coded_between(comma, min(sentence.end, comma + 60), False)
                                if _word_before(article.text, m.start) not in mods["prepositions"]]
                        if main:
                            actor, actor_key = main[0][1], main[0][0].id or main[0][0].text
                            clause_end = min(clause_end, comma)
                if actor is None:
                    actor = coder.unnamed(article.text[sentence.start:t_start], True)
                if actor is None and any(w in mods["third_person"] for w in lower[clause_start:i]):
                    # "Ia meminta ...": the person last named, else someone of the story's country
                    actor = antecedent(sentence.start) or Actor(name=None, code=coder.home)
                if actor is None and any(w in mods["third_person"] for w in lower[:i]) \
                        and any(w in mods["coordinators"] for w in lower[clause_start:i]):
                    # "ia meninjau dapur MBG, ..., serta menyerahkan bantuan": the same subject goes on
                    actor = antecedent(sentence.start) or Actor(name=None, code=coder.home)
                if actor is None and phrase in mods["implied_active_agents"]:
                    # '"Menjatuhkan pidana kepada Terdakwa ...," demikian putusan hakim': a court
                    actor = coder.localise(Actor(name=None, code=mods["implied_active_agents"][phrase]))
                if actor is None and any(w in mods["people_quantifiers"] for w in lower[clause_start:i]):
                    actor = Actor(name=None, code=coder.home)   # "Para konservasionis mendesak ..."
                # not the actor itself again; two officials of one state may well meet
                # nor a place where it happened ("menahan empat WNI di Phnom Penh", "di Senayan,
                # Jakarta")
                objects = [(m, a) for m, a in _outside_places(article.text, coded_between(t_end, clause_end, False), mods)
                           if actor is None or (m.id or m.text) != actor_key]
                if objects and pred.words in hopes \
                        and not _TITLES_ONLY.fullmatch(article.text[t_end:objects[0][0].start]):
                    objects = []      # "berharap hubungan Indonesia dan Pakistan makin harmonis": no one asked
                if objects:
                    target = objects[0][1]
                    # "menggeledah kantor Dinas PUPR dan CV Permata Bunda": one event per target
                    # named in a list
                    last = objects[0][0]
                    for m, a in objects[1:]:
                        if not _LIST_JOINER.fullmatch(article.text[last.end:m.start]):
                            break
                        more_targets.append(a)
                        last = m
                else:
                    # a phrase predicate may hold its object ("membatalkan status tersangka")
                    after = article.text[tokens[i].end:clause_end]
                    if pred.words in hopes:   # the one hoped of or urged stands right after
                        after = " ".join(re.findall(r"[^\W\d_]+", after)[:2])
                    target = coder.unnamed(after, False)
                # an object met, joined or signed with is behind "dengan" or right after the verb;
                # a name further on ("perjanjian terkait mineral Australia") is not a party
                party = bool(objects) and (_word_before(article.text, objects[0][0].start) == "dengan"
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
            if actor is None:
                continue
            after_words = set(re.findall(r"\w+", article.text[t_end:clause_end].lower()))
            required = mods["requires_after"].get(phrase)
            # "mencegah empat orang untuk bepergian ke luar negeri"
            reach = article.text[t_end:reach_end].lower()
            if required and not (set(required) & set(re.findall(r"\w+", reach))
                                 or any(" " in w and w in reach for w in required)):
                continue              # "menetapkan target", not "menetapkan X sebagai tersangka"
            retype = mods["retype_by_sector"].get(phrase, {})
            if actor.code and actor.code[3:] in retype:
                kind = retype[actor.code[3:]]   # a prosecutor's demand accuses; a crowd's protests
            if phrase in mods["invitations"] and set(
                    re.findall(r"\w+", re.split(r"[.,;]", article.text[t_end:sentence.end])[0].lower())) & mods["joint_acts"]:
                kind = "AGREE"        # "mengajak DPN Tani Merdeka berkolaborasi": an offer to work together
            if kind == "REQUEST" and actor.code and actor.code[3:] in mods["protesting_sectors"] \
                    and protest_scene(sentence):
                kind = "PROTEST"      # demands made at a demonstration are the protest (events_README.md)
            urged = kind == "REQUEST" and bool(set(re.findall(r"\w+", reach)) & mods["that_clause"])   # "mendorong X agar diperbaiki"
            if target is None and not urged and (phrase if len(pred.words) > 1 else pred.words[0]) in mods["needs_target"]:
                continue              # "The Fed menahan bunga acuan": holding rates, not a person
            if target is None and pred.voice == "active" and kind in mods["object_types"] \
                    and _has_object(article.text[t_end:clause_end], mods):
                # "menahan empat orang", "meminta pemerintah": someone is named, though not by a
                # name Warta can code: in an Indonesian story, an Indonesian
                target = Actor(name=None, code=coder.home)
            if target is None and _first_word(article.text[t_end:clause_end], mods) in mods["policy_nouns"]:
                target = Actor(name=None, code=coder.home)   # "memprotes kebijakan ...": its maker
            if target is None and pred.words[0] in mods["implied_targets"]:
                target = coder.localise(Actor(name=None, code=mods["implied_targets"][pred.words[0]]))
            if pred.words[0] in mods["armed_targets_only"] and not _armed_group(target):
                continue              # "melawan Jepang" in a match report, "melawan" a verdict
            kinds = [kind]
            if kind == "SANCTION" and after_words & mods["prison_words"]:
                kinds.append("COERCE")   # "divonis 6,5 tahun penjara": convicted and imprisoned
            place = _place(article, sentence.start, sentence.end)
            for kind, n, target in [(k, n, t) for k in kinds for n, t in enumerate([target, *more_targets])]:
                # each target named in a list is one event, though two share a code ("kantor Dinas
                # PUPR dan CV Permata Bunda")
                key = (sentence.start, actor.code, kind, target.code if target else None, n)
                if key in seen:
                    continue
                seen.add(key)
                events.append(Event(actor=actor, type=kind, target=target, sentence=sentence.text,
                                    start=sentence.start, end=sentence.end, date=date, place=place,
                                    trigger=article.text[t_start:t_end], trigger_start=t_start, trigger_end=t_end))
        for x in _obligations(lower, mods):
            # "ICW mengatakan Polda Jabar mesti menghentikan ...", "Mereka harus meningkatkan
            # kontribusinya," katanya: the speaker asks the one who must act
            before = article.text[sentence.start:tokens[x].start]
            # the one addressed stands right before the modal ("Polda Jabar mesti", "pemerintah juga perlu")
            y = x - 1 if lower[x - 1] not in mods["adverbs_before_modal"] else x - 2
            addressees = [(m, a) for m, a in coded_between(sentence.start, tokens[x].start, True)
                          if y >= 0 and m.end >= tokens[y].start]
            target = addressees[0][1] if addressees else coder.unnamed(words[y] if y >= 0 else "", True)
            if target is None and lower[x - 1] in mods["third_person_plural"]:
                target = Actor(name=None, code=coder.home)
            speaker = speaker_actor(tokens[x].start)
            if speaker is None:
                cue = re.search(r"\b(?:%s)\b" % "|".join(sorted(mods["speech_verbs"])), before)
                subjects = coded_between(sentence.start, sentence.start + cue.start(), True) if cue else []
                speaker = subjects[0][1] if subjects else None
            if speaker is None or target is None:
                continue
            key = (sentence.start, speaker.code, "REQUEST", target.code, 0)
            if key not in seen:
                seen.add(key)
                events.append(Event(actor=speaker, type="REQUEST", target=target, sentence=sentence.text,
                                    start=sentence.start, end=sentence.end, date=date,
                                    place=_place(article, sentence.start, sentence.end), trigger=tokens[x].text,
                                    trigger_start=tokens[x].start, trigger_end=tokens[x].end))
    article.events = events
    return article


@lru_cache(maxsize=1)
def _statute() -> re.Pattern:
    return re.compile("|".join(re.escape(p) for p in sorted(modifiers()["statute_openings"])), re.I)


@lru_cache(maxsize=1)
def _clause_stop() -> re.Pattern:
    words = "|".join(sorted(modifiers()["purpose_clause"]))
    return re.compile(r"[.!?;]|\b(?:" + words + r")\b", re.I)


# between a verb and a name: nothing but capitalised titles ("menerima Bupati Flores Timur Anton")
_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w.]*\s+){0,4}")

# verbs carry these prefixes; event nouns and phrases such as "rapat kerja" do not
_VERB_PREFIX = re.compile(r"(?:me|di|ber|ter)")

# what stands between two names of one list: "A, B dan C", "A; dan B", "A serta B", "A maupun B"
# (and one common noun: "kantor A dan kantor B")
_LIST_JOINER = re.compile(r"\s*(?:[,;]\s*(?:(?:dan|serta|maupun)\s+)?|(?:dan|serta|maupun)\s+)(?:[a-z]+\s+)?")


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


def _obligations(lower: list[str], mods: dict) -> list[int]:
    """Obligation modals that address someone: "X harus/mesti/perlu <active verb>", not in a relative
    or conditional clause, not of the speaker's own side ("kita harus ...") nor a passive ("harus
    diakui")."""
    out: list[int] = []
    if mods["obligation"].isdisjoint(lower):
        return out
    for x, w in enumerate(lower):
        if w not in mods["obligation"] or x == 0 or x + 1 >= len(lower):
            continue
        verb = lower[x + 1]
        if not verb.startswith("me") or verb in mods["stative_verbs"] or lower[x - 1] in mods["not_addressees"]:
            continue
        clause = lower[max((k for k in range(x) if lower[k] in (",", ";", ":")), default=-1) + 1:x]
        if set(clause) & (mods["conditional"] | mods["relative_markers"] | mods["first_person"]):
            continue
        out.append(x)
    return out


def _named_step(words: list[str], lower: list[str], i: int, mods: dict) -> bool:
    """A predicate that spells out a step or decision named just before it ("langkah Prabowo
    mewajibkan ...", "keputusan KPU membatalkan ..."): the act is referred to, not told."""
    k = i - 1
    while k >= 0 and i - k <= 4 and words[k][:1].isupper():
        k -= 1
    return k >= 0 and k < i - 1 and lower[k] in mods["step_nouns"]


def _asked_for(lower: list[str], start: int, i: int, mods: dict, not_requests: set[int]) -> bool:
    """A request or invitation earlier in the clause governs the predicate through "untuk/agar" or
    within a few words, unless a coordinator or a clause of time or cause starts a new act between
    them ("meminta keterangan saksi dan menahan tersangka", "meminta maaf karena telah ...")."""
    purpose = False
    for k in range(i - 1, start - 1, -1):
        if lower[k] in mods["coordinators"] or lower[k] in mods["request_breaks"]:
            return False
        purpose = purpose or lower[k] in mods["purpose_clause"]
        if lower[k] in mods["requested_after"] and k not in not_requests:
            return purpose or i - k <= mods["request_reach"]
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
    ada = [k for k in range(max(0, at - 6), at) if lower[k] == "ada"]
    return not ada or (ada[-1] > 0 and lower[ada[-1] - 1] in mods["negation"])


def _negated(lower: list[str], i: int, mods: dict) -> bool:
    """A negator up to three words before the predicate, with only auxiliaries between ("tidak akan
    menyerang", "belum resmi ditahan"); not "KPK tidak terima sehingga mengajukan kasasi"."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if lower[k] in mods["negation"]:
            return True
        if lower[k] not in mods["auxiliaries"]:
            return False
    return False


def _first_word(text: str, mods: dict) -> str | None:
    words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in mods["adverbs"]]
    return words[0] if words else None


def _has_object(text: str, mods: dict) -> bool:
    """Does the clause after a predicate open with a noun phrase (not a preposition of place or
    time, a number of years, or nothing)? Adverbs are looked past ("mengkritik keras aturan")."""
    text = re.sub(r"^\s*\([^)]*\)", "", text)   # "operasi tangkap tangan (OTT) di ...": the acronym again
    words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in mods["adverbs"]]
    return bool(words) and words[0] not in mods["not_object"]


def _future_over_coordination(lower: list[str], start: int, i: int, mods: dict) -> bool:
    """ "akan melakukan pengecekan ... dan melakukan penyelidikan": a future marker earlier in the
    clause governs a predicate coordinated with its own (not across a relative clause)."""
    for p in range(i - 1, start - 1, -1):
        if lower[p] in mods["future"]:
            between = lower[p + 1:i]
            return bool(set(between) & mods["coordinators"]) and not set(between) & (
                mods["relative_markers"] | mods["ongoing_after_future"])
    return False


# "di depan Gedung Sate, Kota Bandung": a name continuing a place phrase after a comma, though the
# first place is not one Warta codes
_PLACE_CHAIN = re.compile(r"\bdi\s+(?:[a-z]+\s+)?(?:[A-Z][\w/.-]*\s+)*[A-Z][\w/.-]*(?:,\s*(?:[A-Z][\w/.-]*\s+)*[A-Z][\w/.-]*)*,\s*$")


def _outside_places(text: str, found: list[tuple[EntityMention, Actor]], mods: dict) -> list[tuple[EntityMention, Actor]]:
    """Drop the places that say where: one after "di", and those that continue it after a comma;
    any name after "di depan", "di sekitar", ... ("unjuk rasa di depan Gedung Sate")."""
    kept, previous_place = [], None
    for m, a in found:
        word = _word_before(text, m.start)
        beside = word in mods["place_nouns"] and \
            _word_before(text, m.start - len(word) - 1) in mods["place_prepositions"]
        place = m.label in ("GPE", "LOC")
        chained = place and text[max(0, m.start - 2):m.start].strip() == "," \
            and _PLACE_CHAIN.search(text[max(0, m.start - 90):m.start])
        if beside or chained or place and (word in mods["place_prepositions"] or (
                previous_place is not None and re.fullmatch(r"\s*,\s*", text[previous_place.end:m.start]))):
            previous_place = m
            continue
        previous_place = None
        kept.append((m, a))
    return kept


def _armed_group(actor: Actor | None) -> bool:
    if actor is None or not actor.code:
        return False
    entry = gazetteer().by_id.get(actor.code)
    return entry is not None and entry.sector == "REB"


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _place(article: Article, start: int, end: int) -> str | None:
    """The place the sentence names after 'di' (in Irak, in Jakarta), if any."""
    for m in article.entities:
        if m.source is None and start <= m.start < end and m.label in ("GPE", "LOC") \
                and article.text[max(start, m.start - 3):m.start] == "di ":
            return m.name or m.text
    return None
