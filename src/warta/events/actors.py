"""Actors: CAMEO-style codes for the people, bodies and states an event names.

States are ISO 3166 alpha-3 with a sector from a role or an institution's name ("Duta Besar Rusia"
-> RUSDIP, "Polres Boyolali" -> IDNCOP); international organisations and armed groups keep their
ids (UN, ISIL); a person of no stated nationality belongs to the country the story is set in
(``home_country``); common nouns ("polisi", "tersangka") and initials name actors where no entity
stands; known public figures come from ``id/world_figures.tsv``.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from warta.entities.gazetteer import gazetteer, tokens_of
from warta.entities.resolve import name_key, role_sector
from warta.events.predicates import modifiers
from warta.model import Actor, Article, EntityMention, EntitySummary
from warta.resources import load_tsv


def _common_actor(text: str, reverse: bool, initials: frozenset[str] = frozenset(), agent: bool = False) -> Actor | None:
    """A common noun that names an actor ("polisi", "tersangka"), or the initials the article gives
    a person ("berinisial SR"), in this stretch of text; when the one acting is sought (agent), also
    a government body named by its kind ("Pemkab", "Dinas Sosial")."""
    mods = modifiers()
    nouns, nationals, phrases = mods["common_actors"], mods["national_actors"], mods["not_actor_phrases"]
    bodies = mods["body_actors"] if agent else {}
    words = re.findall(r"[^\W\d_]+", text)
    order = range(len(words) - 1, -1, -1) if reverse else range(len(words))
    for k in order:
        word, lower = words[k], words[k].lower()
        if lower in phrases and k + 1 < len(words) and words[k + 1].lower() in phrases[lower]:
            code = mods["phrase_actors"].get(f"{lower} {words[k + 1].lower()}")
            if code:          # "pelaku pariwisata": businesses
                return Actor(name=f"{lower} {words[k + 1].lower()}", code=code)
            continue          # "ibu kota"
        if lower in nouns or lower in nationals or lower in bodies:
            code = nouns.get(lower) or nationals.get(lower) or bodies[lower]
            after = k + 1
            while after < len(words) and words[after].lower() == lower:
                after += 1       # "lembaga-lembaga"
            following = words[after].lower() if after < len(words) else ""
            if len(code) == 3 and len(nouns.get(following, "")) > 3:
                # "pihak kepolisian", "lembaga-lembaga penegak hukum": the word after says which side
                return Actor(name=f"{lower} {following}", code=nouns[following])
            if following in mods["actor_name_tails"].get(lower, ()):
                return Actor(name=f"{lower} {following}", code=code)   # "penegak hukum", not "penegak"
            return Actor(name=lower, code=code)
        if word in initials:
            return Actor(name=word, code="IDN")
    return None


class Coder:
    """Actor codes: ISO alpha-3 plus sector for states and their people, ids for groups."""

    def __init__(self, article: Article):
        self.article = article
        self.entities: dict[str, EntitySummary] = {e.id: e for e in article.entity_list}
        # crime reports name people by initials: "pelaku berinisial SR", later just "SR"
        # (the pattern is run only over an article that holds one of its words: most hold none)
        self.initials = frozenset(_INITIALS.findall(article.text)) \
            if "inisial" in article.text or "audar" in article.text else frozenset()
        self.text = article.text
        self._coded: dict[tuple, Actor | None] = {}
        self._person_country: dict[str, str | None] = {}

    # most articles code no event: what only coding needs is worked out when first asked for
    @cached_property
    def home(self) -> str:
        return home_country(self.article, self.initials)

    @cached_property
    def mentions(self) -> dict[str, list[EntityMention]]:
        by_id: dict[str, list[EntityMention]] = {}
        for m in self.article.entities:
            if m.source is None and m.id:
                by_id.setdefault(m.id, []).append(m)
        return by_id

    def unnamed(self, text: str, reverse: bool, agent: bool = False) -> Actor | None:
        return self.localise(_common_actor(text, reverse, self.initials, agent))

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
        if mention.text in self.initials or (mention.text.isupper() and len(mention.text) <= 4
                                             and word_before(self.text, mention.start) in modifiers()["initials_after"]):
            # "Saudara AS", "pelaku IS" are people, not the United States or the Islamic State
            return Actor(name=mention.text, code=self.home)
        entity = self.entities.get(mention.id or "")
        if entity is None:
            return None
        if entity.label == "GPE":
            if entity.country and not re.fullmatch(r"[A-Z]{3}", entity.id):
                # a region right after the name of an Indonesian institution or after "warga": that
                # institution of it ("Polres Boyolali" read as the regency alone), its residents
                words = _WORD_RUN.findall(self.text, max(0, mention.start - 30), mention.start)
                unit = _institution_sector(words[-1]) if words and words[-1][:1].isupper() else None
                if unit:
                    return Actor(name=f"{words[-1]} {mention.text}", code=entity.country + unit)
                if words and words[-1].lower() in modifiers()["resident_words"]:
                    return Actor(name=f"warga {mention.text}", code=entity.country + "CVL")
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
                if known in gazetteer().by_id:
                    return Actor(name=entity.name, code=known)      # "Guterres" -> UN, "Sinwar" -> HAMAS
                return Actor(name=entity.name, code=known[:3] + (entity.sector or (role_sector(role) if role else "") or known[3:]))
            # the words around any mention may give it: "Presiden Amerika Serikat (AS) Donald Trump"
            # once, "Trump" after
            if entity.id not in self._person_country:
                self._person_country[entity.id] = next(
                    filter(None, map(self.country_around, self.mentions.get(entity.id, [mention]))), None)
            country = role_country or self._person_country[entity.id]
            sector = entity.sector or (role_sector(role) if role else "")
            if not sector and role:
                # an office of a named institution: "Kepala Seksi Penyidikan Kejari Lembata" acts
                # for the prosecutors
                sector = _institution_sector(role) or ""
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
        m = _NAME_LAST.search(before)
        # ... not the object of a preposition before it ("Belajar dari China Anwar juga ...")
        if m and mention.label == "PER" and word_before(before, m.start(1)) not in modifiers()["prepositions"]:
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
    located: set[str] = set()   # countries of places where something is or happens
    for mention in article.entities:
        entity = entities.get(mention.id or "")
        if entity is None or mention.text in initials:
            continue
        share = 1.0
        if entity.label == "GPE":
            code = entity.id if re.fullmatch(r"[A-Z]{3}", entity.id) else entity.country
            before = word_before(article.text, mention.start)
            if before in modifiers()["destination_prepositions"]:
                code = None   # "kirim pasukan ke Gaza": where someone goes, not where the story is
            elif code and before not in modifiers()["origin_prepositions"]:
                located.add(code)
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
    # a short story naming one foreign country's places and nothing Indonesian is set there ("satu
    # pengadilan di Xinjiang menghukum ..."); not when an institution of no known state or an
    # official with a title may be Indonesian ("Pengadilan Negeri Jakarta Selatan ...", "kata
    # Menteri Agama Nasaruddin Umar"), nor for a place something came from ("Belajar dari China")
    unplaced = any(e.label == "ORG" and not e.country or e.label == "PER" and e.roles and not e.country
                   for e in article.entity_list)
    if top != "IDN" and set(weight) == located == {top} and not unplaced:
        return top
    return "IDN"


@lru_cache(maxsize=1)
def _org_sectors() -> list[tuple[str, str, bool, bool]]:
    """(word, sector, whether it names an Indonesian institution, whether it is a prefix "Kemen*")."""
    return [(row[0].rstrip("*"), row[1], len(row) > 2 and row[2] == "id", row[0].endswith("*"))
            for row in load_tsv("id/org_sectors.tsv")]


@lru_cache(maxsize=8192)
def _org_sector(name: str) -> tuple[str, bool] | None:
    """(sector, whether the word names an Indonesian institution) from a word of the name."""
    words = set(re.findall(r"[\w]+", name))
    for word, sector, indonesian, prefix in _org_sectors():
        if word in words or prefix and any(w.startswith(word) for w in words):
            return sector, indonesian
    return None


def _institution_sector(name: str) -> str | None:
    """The sector of an Indonesian institution a word of name names ("Polres", "Kejari"), else None."""
    found = _org_sector(name)
    return found[0] if found and found[1] else None


@lru_cache(maxsize=1)
def _figures() -> dict[tuple[str, ...], str]:
    """Public figures by name and alias (id/world_figures.tsv) -> their code."""
    table: dict[tuple[str, ...], str] = {}
    for row in load_tsv("id/world_figures.tsv"):
        name, code = row[0], row[1]
        aliases = row[2].split("|") if len(row) > 2 and row[2] else []
        for form in [name, *aliases]:
            table.setdefault(name_key(form), code)
    return table


_INITIALS = re.compile(r"\b(?:berinisial|inisial|[Ss]audara|[Ss]audari)\s+([A-Z]{1,4})\b")
_WORD_RUN = re.compile(r"\w+")
_NAME_LAST = re.compile(r"(?:^|\s)([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)(?:\s\([A-Z]{2,5}\))?\s$")


def word_before(text: str, pos: int) -> str:
    """The word right before pos, lower-cased ("di" in "di Jakarta")."""
    words = _WORD_RUN.findall(text, max(0, pos - 30), pos)
    return words[-1].lower() if words else ""
