"""Within one article: which mentions name the same entity, and which roles a person holds.

- A person's short mention ("Galuzin") joins the full name that contains it ("Mikail Galuzin");
  spelling variants that differ only in case and hyphens ("Bashar al Assad", "Bashar Al-Assad")
  are one person.
- An acronym joins its long form when the text defines it: "Badan Nasional Penanggulangan
  Terorisme (BNPT)".
- A role is the title before a name or in apposition after it, with what qualifies it:
  "Duta Besar Rusia untuk Indonesia, Mikail Galuzin", "Menteri Luar Negeri Retno Marsudi",
  "Mikail Galuzin, Duta Besar Rusia, ...". Role titles come from ``resources/id/roles.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from warta.resources import load_tsv

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


def name_key(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORDS.findall(name))


def slug(name: str) -> str:
    return "-".join(name_key(name))


@dataclass
class Cluster:
    """One entity of the article and its mentions (indices into the mention list)."""

    id: str
    label: str
    name: str
    mentions: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    sector: str = ""
    country: str = ""


@lru_cache(maxsize=1)
def role_table() -> tuple[dict[str, str], re.Pattern, re.Pattern]:
    sectors: dict[str, str] = {}
    for row in load_tsv("id/roles.tsv"):
        role, sector = (list(row) + [""])[:2]
        sectors[role.strip()] = sector.strip()
    heads = "|".join(re.escape(r) for r in sorted(sectors, key=len, reverse=True))
    # what may qualify a title: capitalised words, "untuk", "dan", "bidang", "RI", digits
    complement = r"(?:\s+(?:[A-Z][\w.'’-]*|untuk|dan|bidang|urusan|di|se|RI|\d+)){0,8}"
    before = re.compile(rf"\b(?P<role>(?:{heads}){complement})\s*,?\s*$")
    after = re.compile(rf"^\s*,\s*(?P<role>(?:{heads})\b[^,.;:\"“”()]{{0,80}}?)\s*(?:,|\.|;|$)")
    return sectors, before, after


def role_sector(role: str) -> str:
    sectors, _, _ = role_table()
    for head in sorted(sectors, key=len, reverse=True):
        if role.startswith(head):
            return sectors[head]
    return ""


def role_before(prefix: str) -> str | None:
    """The role written just before a name, if any (prefix: the sentence text up to the name)."""
    _, before, _ = role_table()
    m = before.search(prefix[-120:])
    if not m:
        return None
    role = m.group("role").strip(" ,")
    return role or None


def role_after(suffix: str) -> str | None:
    _, _, after = role_table()
    m = after.match(suffix[:120])
    return m.group("role").strip(" ,") if m else None


def link_persons(names: list[str]) -> list[int]:
    """For each person mention, the index of the mention whose name it is an instance of.

    Full names (two words or more) stand for themselves, merged when their words are equal; a
    shorter mention joins the latest earlier full name containing all its words (of several, the
    latest one it opens), else the first later one (a surname used before the full name is rare
    but happens in leads).
    """
    keys = [name_key(n) for n in names]
    owner = list(range(len(names)))
    full_first: dict[tuple[str, ...], int] = {}
    for i, key in enumerate(keys):
        if len(key) >= 2:
            owner[i] = full_first.setdefault(key, i)
    full = [(i, set(keys[i])) for i in full_first.values()]
    for i, key in enumerate(keys):
        if len(key) >= 2 or not key:
            continue
        words = set(key)
        earlier = [j for j, ws in full if j < i and words <= ws]
        later = [j for j, ws in full if j > i and words <= ws]
        # of two earlier full names holding the word, the one it opens: after "Presiden Prabowo
        # Subianto" and "Kapolri Listyo Sigit Prabowo", "Prabowo" is the President
        opening = [j for j in earlier if keys[j][0] == key[0]]
        if len(earlier) > 1 and opening:
            owner[i] = opening[-1]
        elif earlier:
            owner[i] = earlier[-1]
        elif later:
            owner[i] = later[0]
        else:
            owner[i] = next((j for j in range(i) if keys[j] == key), i)
    return owner


_ACRONYM_DEF = re.compile(r"(?P<long>(?:[A-Z][\w'’-]*\s+){1,9}?(?:dan\s+|untuk\s+|\w+\s+){0,3}[A-Z][\w'’-]*)\s*\((?P<short>[A-Z][A-Za-z0-9&-]{1,12})\)")


def acronym_definitions(text: str) -> dict[str, str]:
    """ "Badan Nasional Penanggulangan Terorisme (BNPT)" -> {"BNPT": "Badan Nasional ..."}.

    The long form is cut to the words whose initials spell the acronym, when they do.
    """
    found: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        short = m.group("short")
        words = m.group("long").split()
        letters = [c for c in short if c.isupper()]
        for start in range(len(words)):
            tail = [w for w in words[start:] if w[0].isupper()]
            if [w[0] for w in tail] == letters:
                # ... from its first capitalised word: "ASN ke Ibu Kota Nusantara (IKN)" is not "ke ..."
                while not words[start][0].isupper():
                    start += 1
                found.setdefault(short, " ".join(words[start:]))
                break
    return found
