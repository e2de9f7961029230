"""Names Warta can link to a canonical entity: countries, foreign cities, Indonesian regions,
organisations, outlets.

All from data files in ``resources/id/`` (countries_cldr.tsv, countries_aliases.tsv,
world_places.tsv, regions.tsv, organisations.tsv, outlets.toml). Matching is over tokens: an alias
in capitals ("AS", "PBB", "KPK") matches only in capitals, other aliases match case-insensitively
but must start with a capital in the text (so the common noun "negara islam" is not the armed
group).
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from functools import lru_cache

from warta.outlets import outlet_table
from warta.resources import load_tsv

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Entry:
    id: str
    label: str          # PER, ORG, GPE, LOC, EVT
    name: str           # canonical name
    kind: str = ""      # country, province, regency, city, admin-city, organisation, outlet, region
    country: str = ""   # ISO alpha-3 of the state it belongs to, where known
    sector: str = ""    # CAMEO/PLOVER sector (GOV, MIL, REB, IGO, ...)


def tokens_of(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text))


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) or any(c.isdigit() for c in alias)) \
        and len(alias) <= 12


class Gazetteer:
    def __init__(self) -> None:
        self.exact: dict[tuple[str, ...], Entry] = {}      # acronyms, matched as written
        self.folded: dict[tuple[str, ...], Entry] = {}     # matched case-insensitively
        self.by_id: dict[str, Entry] = {}
        self._load()
        self.max_len = max(len(k) for k in (*self.exact, *self.folded))
        # first words of any alias: positions starting with another word are skipped at once
        self.first_exact = {k[0] for k in self.exact}
        self.first_folded = {k[0] for k in self.folded}

    def add(self, alias: str, entry: Entry, override: bool = False) -> None:
        alias = alias.strip()
        if not alias:
            return
        self.by_id.setdefault(entry.id, entry)
        if _is_acronym(alias):
            key, table = tokens_of(alias), self.exact
        else:
            key, table = tuple(t.lower() for t in tokens_of(alias)), self.folded
        if override or key not in table:
            table[key] = entry

    def _load(self) -> None:
        for row in load_tsv("id/countries_cldr.tsv"):
            iso3, english, local = row[:3]
            entry = Entry(iso3, "GPE", english, "country", iso3)
            self.add(local, entry)
            self.add(english, entry)
        for row in load_tsv("id/countries_aliases.tsv"):
            iso3, english, aliases = row[:3]
            entry = Entry(iso3, "GPE", english, "country", iso3)
            self.by_id[iso3] = entry
            for alias in aliases.split("|"):
                self.add(alias, entry, override=True)
        for row in load_tsv("id/world_places.tsv"):
            name, iso3 = row[:2]
            entry = Entry("city:" + re.sub(r"\W+", "-", name.lower()), "GPE", name, "city", iso3)
            for alias in [name, *(row[2].split("|") if len(row) > 2 and row[2] else [])]:
                self.add(alias, entry)
        region_entries: dict[str, Entry] = {}
        for row in load_tsv("id/regions.tsv"):
            rid, kind, name, short = row[:4]
            # Jakarta's five cities and Kepulauan Seribu are administrative, not self-governing
            # bodies: places, not political entities.
            administrative = "Administrasi" in name
            label = "LOC" if administrative else "GPE"
            short = short.replace("Administrasi ", "")
            entry = Entry(rid, label, name, "admin-city" if administrative else kind, "IDN")
            region_entries[rid] = entry
            self.add(name, entry)
            self.add(short, entry)
        for row in load_tsv("id/regions_aliases.tsv"):
            rid, aliases = row[:2]
            for alias in aliases.split("|"):
                self.add(alias, region_entries[rid], override=True)
        for row in load_tsv("id/organisations.tsv"):
            oid, label, name, aliases = row[:4]
            country = row[4] if len(row) > 4 else ""
            sector = row[5] if len(row) > 5 else ""
            entry = Entry(oid, label, name, "organisation", country, sector)
            for alias in [name, *aliases.split("|")]:
                self.add(alias, entry, override=True)
                if country == "IDN" and _is_acronym(alias) and not alias.endswith(" RI"):
                    self.add(alias + " RI", entry)   # "KPU RI", "DPR RI": the national body
        for outlet in outlet_table().outlets:
            entry = Entry("outlet:" + outlet.name.lower(), "ORG", outlet.name, "outlet", "", "MED")
            for alias in (outlet.name, *outlet.aliases):
                self.add(alias, entry)
                self.exact.setdefault(tokens_of(alias), entry)  # "detikJabar" starts in lower case
        for name, rid in (("Eropa", "loc:europe"), ("Asia", "loc:asia"), ("Afrika", "loc:africa"),
                          ("Timur Tengah", "loc:middle-east"), ("Asia Tenggara", "loc:southeast-asia"),
                          ("Amerika Latin", "loc:latin-america"), ("Asia Pasifik", "loc:asia-pacific")):
            self.add(name, Entry(rid, "LOC", name, "region"), override=True)

    def lookup(self, words: list[str]) -> Entry | None:
        key = tuple(words)
        entry = self.exact.get(key)
        if entry is None and words and words[0][:1].isupper():
            entry = self.folded.get(tuple(w.lower() for w in words))
        return entry

    def find(self, words: list[str]) -> list[tuple[int, int, Entry]]:
        """Longest non-overlapping matches over a token list: (start token, end token, entry)."""
        out, i, n = [], 0, len(words)
        while i < n:
            word = words[i]
            if word not in self.first_exact and not (word[:1].isupper() and word.lower() in self.first_folded):
                i += 1
                continue
            for length in range(min(self.max_len, n - i), 0, -1):
                entry = self.lookup(words[i:i + length])
                if entry is not None:
                    out.append((i, i + length, entry))
                    i += length
                    break
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    found = Gazetteer()
    gc.freeze()   # static for the process's life: kept out of the collector's scans (see ner_model)
    return found
