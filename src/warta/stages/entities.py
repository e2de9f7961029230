"""Named entities: found by Warta's own NER model and the gazetteers, linked and resolved.

For each sentence the CRF model (``warta.entities.model``) proposes PER/ORG/LOC/EVT spans and the
gazetteer (``warta.entities.gazetteer``) finds names it can link (countries to ISO 3166 alpha-3,
Indonesian regions to their official codes, organisations to stable ids). Where the two overlap,
the linked name wins unless the model's span is a longer organisation or event that contains it
("Universitas Indonesia"). Then mentions of one entity are grouped (surname to full name, acronym
to long form) and persons get the roles written around them.

Mentions in ``entities`` index into ``text``; names found in the title and photo captions are
listed too, with ``source`` set to "title" or "caption" and offsets into that string.
"""

from __future__ import annotations

from functools import lru_cache

from warta.entities.gazetteer import Entry, gazetteer, tokens_of
from warta.entities.model import ner_model
from warta.entities.resolve import (
    Cluster,
    acronym_definitions,
    link_persons,
    name_key,
    role_after,
    role_before,
    role_sector,
    role_table,
    slug,
)
from warta.model import Article, EntityMention, EntitySummary, Token
from warta.resources import load_toml, load_wordlist
from warta.settings import Settings
from warta.stages.sentences import split_sentences, tokenize

_PREFIX = {"PER": "per", "ORG": "org", "LOC": "loc", "GPE": "gpe", "EVT": "evt"}


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """Words that open a person's mention without being part of the name: honorifics and ranks
    (id/person_titles.txt) and one-word offices from id/roles.tsv ("Kapolri")."""
    return load_wordlist("id/person_titles.txt") | {r for r in role_table()[0] if " " not in r}


def _trim(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """In mixed-case text a name starts and ends with a capital: drop common nouns the model took
    along ("pelabuhan Tanjung Priok" -> "Tanjung Priok")."""
    if not any(w[:1].isupper() for w in words[1:]):
        return spans  # lower-case text (as NERP is): case says nothing
    titles = _person_titles()
    out = []
    for a, b, label in spans:
        while a < b and (words[a][:1].islower() or (label == "PER" and b - a > 1 and words[a] in titles)):
            a += 1
        while b > a and words[b - 1][:1].islower():
            b -= 1
        if a < b:
            out.append((a, b, label))
    return out


def _named_country(words: list[str]) -> str | None:
    """The country these words name ("Indonesia", "RI", "Mesir"), if they name one."""
    if words in (["RI"], ["Republik", "Indonesia"]):
        return "IDN"
    entry = gazetteer().lookup(words) if words else None
    return entry.id if entry is not None and entry.kind == "country" else None


def _spans(words: list[str], model) -> list[tuple[int, int, str, Entry | None]]:
    """Merge model spans and gazetteer matches over one sentence's tokens."""
    gaz = gazetteer()
    linked = gaz.find(words)
    predicted = _trim(words, model.predict(words)) if model is not None else []
    out: list[tuple[int, int, str, Entry | None]] = []
    taken = [False] * len(words)
    for i, j, entry in linked:
        if entry.kind == "country" and any(lab == "PER" and a < i and j == b for a, b, lab in predicted):
            continue  # "Kapolri Jenderal Badrodin Haiti": a surname that spells a country
        containing = [(a, b, lab) for a, b, lab in predicted
                      if a <= i and j <= b and (b - a) > (j - i) and lab in ("ORG", "EVT")]
        if containing:
            a, b, _ = containing[0]
            rest = [w for k, w in enumerate(words[a:b], a) if not i <= k < j]
            inner = [w for w in rest if w not in "()"]
            same = bool(inner) and gazetteer().lookup(inner) == entry   # "... Dunia (WHO)"
            country = None if same or entry.label != "ORG" or a != i else _named_country(rest)
            if country or (same and entry.label == "ORG" and a == i):
                # "Kementerian Luar Negeri Indonesia", "Organisasi Kesehatan Dunia (WHO)": the
                # organisation, named with its country or its acronym; "Kementerian luar negeri
                # Mesir" is another country's ministry of that name, not the one listed
                foreign = bool(country) and bool(entry.country) and country != entry.country
                out.append((a, b, entry.label, None if foreign else entry))
                for k in range(a, b):
                    taken[k] = True
            continue  # "Universitas Indonesia": the organisation, not the country
        out.append((i, j, entry.label, entry))
        for k in range(i, j):
            taken[k] = True
    for a, b, label in predicted:
        # keep what the gazetteer left of the span ("Suriah Bashar al Assad" -> "Bashar al Assad")
        k = a
        while k < b:
            if taken[k]:
                k += 1
                continue
            end = k
            while end < b and not taken[end]:
                end += 1
            piece = words[k:end]
            lowered = [w.lower() for w in piece]
            not_person = label == "PER" and not load_wordlist("id/not_person_words.txt").isdisjoint(lowered)
            not_name = len(piece) == 1 and lowered[0] in load_wordlist("id/not_names.txt")
            if piece and not not_person and not not_name and any(w[:1].isalnum() for w in piece):
                entry = gaz.lookup(piece)
                # "Satreskrim Polres" tagged as a person: a police unit
                kind = "ORG" if label == "PER" and _names_a_unit(lowered) else label
                out.append((k, end, entry.label if entry else kind, entry))
            for t in range(k, end):
                taken[t] = True
            k = end
    return sorted(out, key=lambda s: s[0])


def _names_a_unit(lowered: list[str]) -> bool:
    """Does a span the model tagged PER name an institution's unit ("Satreskrim Polres", "Polres
    Kampar")? An institution word (id/institution_units.txt) ends it or has one word (its place)
    after it; with more after it the span holds a person behind a title ("Kasat Reskrim Polres
    Sleman AKP Rony Prasadana"), left as it is."""
    units = load_wordlist("id/institution_units.txt")
    last = max((k for k, w in enumerate(lowered) if w in units), default=None)
    return last is not None and len(lowered) - last <= 2


def _mentions_in(text: str, tokens_by_sentence, model, source: str | None) -> list[tuple[EntityMention, Entry | None]]:
    found = []
    for tokens in tokens_by_sentence:
        words = [t.text for t in tokens]
        for i, j, label, entry in _spans(words, model):
            start, end = tokens[i].start, tokens[j - 1].end
            found.append((EntityMention(text=text[start:end], label=label, start=start, end=end,
                                        source=source), entry))
    return found


def _sentence_tokens(text: str) -> list[list[Token]]:
    abbreviations = load_wordlist("id/abbreviations.txt")
    return [tokens for _, _, tokens in split_sentences(text, 0, abbreviations)] if text else []


def recognise_entities(article: Article, settings: Settings | None = None) -> Article:
    """Stage: fill ``entities`` (mentions with ids) and ``entity_list`` (one row per entity)."""
    model = ner_model()
    body = _mentions_in(article.text, [s.tokens for s in article.sentences], model, None)
    body = sorted(body + _name_parts_again([s.tokens for s in article.sentences], body), key=lambda x: x[0].start)
    extra = []
    if article.title:
        extra += _mentions_in(article.title, [tokenize(article.title)], model, "title")
    for photo in article.photos:
        if photo.caption:
            extra += _mentions_in(photo.caption, _sentence_tokens(photo.caption), model, "caption")
        if photo.credit:
            extra += _mentions_in(photo.credit, [tokenize(photo.credit)], model, "credit")
    mentions = _consistent_labels(body + extra)
    clusters = _resolve(article, mentions)
    article.entities = [m for m, _ in mentions]
    article.entity_list = [
        EntitySummary(id=c.id, name=c.name, label=c.label, mentions=len(c.mentions), roles=c.roles,
                      aliases=c.aliases, sector=c.sector or None, country=c.country or None)
        for c in sorted(clusters, key=lambda c: (-len(c.mentions), c.name))
    ]
    return article


def _name_parts_again(tokens_by_sentence, found: list[tuple[EntityMention, Entry | None]]
                      ) -> list[tuple[EntityMention, Entry | None]]:
    """A person named in full is later called by one of the name's words alone ("Gomar Gultom" ...
    "Gomar mengimbau"), which the model, reading one sentence at a time, often misses. Such a word
    is a mention of the person when it stands alone between words that are not names (so "Agung"
    of "Agung Laksono" is not taken out of "Kejaksaan Agung"), where prose puts a person: before a
    verb or after a speech cue (id/name_again.toml)."""
    titles = _person_titles()
    skip = load_wordlist("id/not_names.txt") | load_wordlist("id/not_person_words.txt")
    context = load_toml("id/name_again.toml")
    verb_prefixes, before_verb = tuple(context["verb_prefixes"]), set(context["before_verb"])
    not_verbs = set(context["not_verbs"])
    cues = set(load_toml("id/speech_cues.toml")["post"])
    parts: set[str] = set()
    for m, entry in found:
        words = m.text.split()
        if entry is None and m.label == "PER" and len(words) >= 2:
            parts.update(w for w in words if len(w) >= 3 and w[:1].isupper() and w[1:].islower()
                         and w not in titles and w.lower() not in skip)
    if not parts:
        return []
    taken = [(m.start, m.end) for m, _ in found]
    gaz = gazetteer()
    out = []
    for tokens in tokens_by_sentence:
        for k, tok in enumerate(tokens):
            if tok.text not in parts or any(a <= tok.start < b for a, b in taken):
                continue
            before = tokens[k - 1].text if k > 0 else ""
            after = tokens[k + 1].text if k + 1 < len(tokens) else ""
            if any(w[:1].isupper() and w not in titles for w in (before, after)) or gaz.lookup([tok.text]):
                continue
            verb = after.startswith(verb_prefixes) and len(after) > 5 and after not in not_verbs
            if not (after.islower() and (verb or after in before_verb)) and before.lower() not in cues:
                continue
            out.append((EntityMention(text=tok.text, label="PER", start=tok.start, end=tok.end, source=None), None))
    return out


def _consistent_labels(mentions: list[tuple[EntityMention, Entry | None]]) -> list[tuple[EntityMention, Entry | None]]:
    """One name, one label within an article: a name the model reads as a person somewhere
    ("Bashar Al-Assad") is a person wherever the model read it otherwise ("Presiden Suriah Bashar al
    Assad" once came out a place). Only names of two words or more, and never a linked name."""
    persons = {name_key(m.text) for m, entry in mentions if entry is None and m.label == "PER"}
    out = []
    for m, entry in mentions:
        key = name_key(m.text)
        if entry is None and m.label != "PER" and key in persons and len(key) >= 2:
            m = m.model_copy(update={"label": "PER"})
        out.append((m, entry))
    return out


def _resolve(article: Article, mentions: list[tuple[EntityMention, Entry | None]]) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    acronyms = acronym_definitions(article.text)
    gaz = gazetteer()

    def cluster_for(cid: str, label: str, name: str, entry: Entry | None = None) -> Cluster:
        if cid not in clusters:
            clusters[cid] = Cluster(cid, label, name, sector=entry.sector if entry else "",
                                    country=entry.country if entry else "")
        return clusters[cid]

    persons = [k for k, (m, entry) in enumerate(mentions) if m.label == "PER" and entry is None]
    owners = link_persons([mentions[k][0].text for k in persons])
    canonical_of = {k: mentions[persons[o]][0].text for k, o in zip(persons, owners)}

    for k, (m, entry) in enumerate(mentions):
        if entry is not None:
            c = cluster_for(entry.id, entry.label, entry.name, entry)
        elif m.label == "PER":
            name = canonical_of[k]
            c = cluster_for(f"per:{slug(name)}", "PER", name)
        else:
            name = m.text
            long_form = acronyms.get(m.text)
            if long_form:
                linked = gaz.lookup(list(tokens_of(long_form)))
                if linked is not None:
                    c = cluster_for(linked.id, linked.label, linked.name, linked)
                    m.id, m.name = c.id, c.name
                    c.mentions.append(k)
                    continue
                name = long_form
            short = next((s for s, long in acronyms.items() if long == m.text), None)
            key = slug(short or name)
            c = cluster_for(f"{_PREFIX[m.label]}:{key}", m.label, name)
        m.id, m.name = c.id, c.name
        c.mentions.append(k)
        if m.text != c.name and m.text not in c.aliases:
            c.aliases.append(m.text)
        if m.label == "PER" and m.source in (None, "title", "caption"):
            source_text = {None: article.text, "title": article.title or ""}.get(m.source)
            if source_text is None:
                continue
            role = role_before(source_text[max(0, m.start - 120):m.start]) or role_after(source_text[m.end:m.end + 120])
            if role and role not in c.roles:
                c.roles.append(role)
                c.sector = c.sector or role_sector(role)
    return list(clusters.values())
