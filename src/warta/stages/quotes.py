"""Quotes: who said what, direct and indirect, with the speaker resolved to an entity.

Direct quotes are the text between double quotation marks (straight or curly, paired in order;
a quotation that runs over several paragraphs re-opens each new paragraph with a mark, as news
style has it). Their cue is the speech word right after the closing mark ('"...," kata Galuzin',
'ujarnya', 'ucap dia') or the speech verb right before the opening one ('Galuzin mengatakan, "...').

Indirect quotes are sentences built on a speech verb: 'Galuzin menegaskan bahwa ...',
'Ia memaparkan, ...', 'Menurut X, ...', 'Tetapi, kata Galuzin, ...', '..., kata dia.'

The speaker is the entity named at the cue (a person, an organisation or a state: 'Rusia
menegaskan ...'); a pronoun ('dia', 'ia', '-nya') stands for the speaker of the quote before it,
or failing that for the last person named; a bare title ('kata Kapolri') for the person holding
it. What cannot be resolved stays null. The cue words are data: ``resources/id/speech_cues.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from warta.entities.gazetteer import gazetteer
from warta.entities.resolve import role_table
from warta.model import Article, EntityMention, Quote, Speaker
from warta.resources import load_toml, load_tsv, load_wordlist
from warta.settings import Settings

_QUOTE_MARKS = '"“”'
_SPEAKER_LABELS = ("PER", "ORG", "GPE")
_SPEAKER_WINDOW = 140   # characters after a cue in which the speaker is named


_SPACE = re.compile(r"\s*")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Cues:
    post: re.Pattern          # at a position: 'kata', 'ujarnya', 'ucap dia'
    pre_end: re.Pattern       # text ending in a speech verb: 'Galuzin mengatakan, '
    pre: re.Pattern           # a speech verb anywhere
    according: re.Pattern     # 'Menurut X, '
    mid: re.Pattern           # 'Tetapi, kata Galuzin, '
    tail: re.Pattern          # '..., kata dia.'
    pronoun: re.Pattern
    opener: re.Pattern
    title_links: frozenset[str]
    description_words: int
    description_end: re.Pattern
    object_markers: frozenset[str]
    continuation: re.Pattern  # 'menambahkan, ' after a name opening the next paragraph


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = load_toml("id/speech_cues.toml")
    post, pre = _alt(data["post"]), _alt(data["pre"])
    pronouns = _alt(p for p in data["pronouns"] if p != "nya")
    openers = _alt(data["openers"])
    return Cues(
        post=re.compile(rf"\s*[,.]?\s*(?P<cue>(?:{post})(?:nya)?)\b", re.IGNORECASE),
        pre_end=re.compile(rf"\b(?P<cue>{pre})(?P<bahwa>\s+bahwa)?\s*[,:]?\s*$", re.IGNORECASE),
        pre=re.compile(rf"\b(?P<cue>{pre})\b(?P<bahwa>\s+bahwa\b)?\s*[,:]?\s*", re.IGNORECASE),
        according=re.compile(r"^(?P<cue>[Mm]enurut)\s+(?P<who>[^,]{1,80}?),\s*"),
        mid=re.compile(rf"^(?P<lead>[^,]{{1,30}},\s*)(?P<cue>(?:{post}))\s+(?P<who>[^,]{{1,60}}?),\s*"),
        tail=re.compile(rf",\s*(?P<cue>(?:{post})(?:nya)?)\b(?P<who>[^,.]{{0,60}}?)\s*[.!?]?\s*$", re.IGNORECASE),
        pronoun=re.compile(rf"^\s*(?P<p>{pronouns})\b", re.IGNORECASE),
        opener=re.compile(rf"^(?:(?:{openers})\b[^,]{{0,25}},\s*)", re.IGNORECASE),
        title_links=frozenset(data["title_links"]),
        description_words=data["description_words"],
        description_end=re.compile(rf"\b(?:{_alt(data['description_ends'])})\b"),
        object_markers=frozenset(data["object_markers"]),
        continuation=re.compile(rf"\s+(?:{_alt(data['continuation'])})\b"),
    )


@dataclass
class Found:
    kind: str
    start: int
    end: int
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    who_start: int | None   # where the speaker is named or referred to, if anywhere
    who_end: int | None
    mention: EntityMention | None = None
    pronoun: bool = False
    continues: bool = False   # carries on the quote before it, without a cue of its own


class Context:
    """The article's mentions and entities, indexed for the lookups the cues need."""

    def __init__(self, article: Article):
        self.text = article.text
        self.mentions = sorted((m for m in article.entities if m.source is None), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.entities = {e.id: e for e in article.entity_list}

    def mention_at(self, start: int, end: int, labels=_SPEAKER_LABELS) -> EntityMention | None:
        """The first speaker-like mention starting in [start, end), with only titles before it; a
        person among them before a place or body their title names ("kata Kapolres Boyolali AKBP
        Rosyid Hartanto": Rosyid Hartanto, not Boyolali)."""
        i = bisect_left(self.starts, start)
        if "PER" in labels and len(labels) > 1:
            k = i
            while k < len(self.mentions) and self.mentions[k].start < end \
                    and _titles_only(self.text[start:self.mentions[k].start]):
                if self.mentions[k].label == "PER":
                    return self.mentions[k]
                k += 1
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            between = self.text[start:m.start]
            if m.label in labels and _titles_only(between):
                return m
            if between.strip(" ,"):
                return None
            i += 1
        return None

    def last_mention_in(self, start: int, end: int, labels=_SPEAKER_LABELS) -> EntityMention | None:
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.mentions[i].start >= start:
            if self.mentions[i].label in labels and self.mentions[i].end <= end:
                return self.mentions[i]
            i -= 1
        return None

    def last_person_before(self, pos: int) -> EntityMention | None:
        """The last person named before pos who could be speaking: not one after a preposition
        ('kepada Jokowi', 'dengan Prabowo'; PFSA-ID dev 0.928 against 0.926)."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.label == "PER" and _word_before(self.text, m.start) not in cues().object_markers:
                return m
            i -= 1
        return None

    def continuing_person_after(self, pos: int) -> EntityMention | None:
        """The person who opens the next paragraph with a continuation verb ('Doni menambahkan')."""
        brk = self.text.find("\n", pos)
        if brk < 0 or self.text[pos:brk].strip(" .\"'”’"):
            return None           # the quote's paragraph goes on after the cue: no such opening
        start = _SPACE.match(self.text, brk).end()
        m = self.mention_at(start, start + 60, labels=("PER",))
        if m is not None and cues().continuation.match(self.text, m.end):
            return m
        return None

    def last_talker_before(self, pos: int, reach: int = 800) -> EntityMention | None:
        """The last person before pos who is the subject of a speech verb ('Yusri menegaskan')."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0 and self.mentions[i].start > pos - reach:
            m = self.mentions[i]
            if m.label == "PER" and cues().pre.match(self.text, m.end + 1, m.end + 40):
                return m
            i -= 1
        return None

    def person_with_role(self, title: str) -> str | None:
        """The person whose role the title names: 'Kapolri', or 'Wapres' for 'Wakil Presiden ...'."""
        forms = [title.lower()] + [f.lower() for f in _role_aliases().get(title, ())]
        for entity in self.entities.values():
            if entity.label == "PER" and any(r.lower().startswith(f) for r in entity.roles for f in forms):
                return entity.id
        return None

    def person_named(self, words: str) -> str | None:
        """A person of the article whose name contains these words ('Hari' -> Agung Hari Setiyono)."""
        key = set(re.findall(r"[^\W_]+", words.lower()))
        if not key:
            return None
        for entity in self.entities.values():
            if entity.label == "PER" and key <= set(re.findall(r"[^\W_]+", entity.name.lower())):
                return entity.id
        return None

    def is_person(self, speaker: Speaker) -> bool:
        entity = self.entities.get(speaker.id or "")
        return entity is None or entity.label == "PER"

    def speaker(self, entity_id: str | None) -> Speaker | None:
        entity = self.entities.get(entity_id or "")
        if entity is None:
            return None
        return Speaker(name=entity.name, id=entity.id, role=entity.roles[0] if entity.roles else None)


def _direct_spans(text: str, paragraphs) -> list[tuple[int, int]]:
    """(open mark, close mark) positions of quotations, across paragraphs where they run on."""
    marks = [i for i, c in enumerate(text) if c in _QUOTE_MARKS]
    para_start = {p.start for p in paragraphs}
    para_end = [p.end for p in paragraphs]

    def end_of_paragraph(pos: int) -> int:
        return para_end[min(bisect_left(para_end, pos), len(para_end) - 1)]

    spans, open_at, running_until = [], None, 0
    for pos in marks:
        if open_at is None:
            open_at, running_until = pos, end_of_paragraph(pos)
            continue
        if pos > running_until:
            if pos in para_start:   # a new paragraph re-opens the running quotation
                running_until = end_of_paragraph(pos)
                continue
            spans.append((open_at, running_until))  # never closed: it ends with its paragraph
            open_at, running_until = pos, end_of_paragraph(pos)
            continue
        spans.append((open_at, pos))
        open_at = None
    if open_at is not None:
        spans.append((open_at, running_until))
    return spans


def _speaker_after(ctx: Context, pos: int, limit: int) -> tuple[EntityMention | None, bool, int | None, int | None]:
    """Who is named right after a post-cue: (mention, refers back, who_start, who_end).

    A person is looked for first, past titles and affiliations ('kata Direktur Utama PT KAI
    Commuter Wiwik Widayanti', 'kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo');
    then a name the model missed at the end of the title; then an organisation or state named
    right there ('kata Kemenlu'). A pronoun, or a description in lower case ('kata politisi senior
    Partai Golkar ini'), refers back to someone named before.
    """
    rest = ctx.text[pos:limit]
    p = cues().pronoun.match(rest)
    if p:
        return None, True, pos + p.start("p"), pos + p.end("p")
    described = bool(re.match(r"\s*[a-z]", rest))   # 'kata sosiolog UNJ, Ubeidillah Badrun' or 'kata dia'
    stop = re.search(r"[.!?\"“”]", rest)
    window_end = pos + min(len(rest), stop.start() if stop else len(rest), _SPEAKER_WINDOW)
    first_other = None
    i = bisect_left(ctx.starts, pos)
    while i < len(ctx.mentions) and ctx.mentions[i].start < window_end:
        m = ctx.mentions[i]
        between = ctx.text[pos:m.start]
        c = cues()
        lowercase = [w for w in re.findall(r"[^\W\d_]+", between) if w[0].islower() and w not in c.title_links]
        if len(lowercase) > c.description_words or (lowercase and c.description_end.search(between)):
            break   # 'kata politisi senior Partai Golkar ini': a description, not a name
        if m.label == "PER" and not _only_title_words(m.text):
            return m, False, m.start, m.end
        if m.label in _SPEAKER_LABELS and first_other is None and not between.strip(" ,"):
            first_other = m
        i += 1
    if described:
        named = re.search(r"^[^.!?\"“”]{0,90}?,\s*([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=\s*(?:,|\.|$))", rest)
        if named and trailing_name(named.group(1)) == named.group(1):
            at = pos + named.start(1)
            return None, False, at, at + len(named.group(1))
        return None, True, None, None
    run = re.match(r"\s*((?:[A-Z][\w’'-]*(?:\.[\w-]+)*|\(\s*[\w\s]+\))(?:\s+(?:[A-Z][\w’'-]*(?:\.[\w-]+)*|\(\s*[\w\s]+\)|-\s*\d+|\d+|untuk|dan|bidang|of|-)){0,14})", rest)
    if run:
        name = trailing_name(run.group(1))
        if name is None and rest[run.end():].lstrip().startswith(","):
            # 'kata Camat Neglasari, Kabupaten Tangerang, Ubaidillah Ansar, Sabtu ...'
            for after in re.finditer(r",\s*([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=\s*(?:,|\.|$))", rest[run.end():run.end() + 90]):
                if trailing_name(after.group(1)) == after.group(1):
                    at = pos + run.end() + after.start(1)
                    return None, False, at, at + len(after.group(1))
        if name is not None:
            at = pos + run.start(1) + run.group(1).rfind(name)
            return None, False, at, at + len(name)
    if first_other is not None:
        return first_other, False, first_other.start, first_other.end
    if run:
        return None, False, pos + run.start(1), pos + run.end(1)
    return None, False, None, None


def _find_direct(ctx: Context, article: Article) -> list[Found]:
    text = ctx.text
    out = []
    for open_at, close_at in _direct_spans(text, article.paragraphs):
        start, end = open_at + 1, close_at
        while end > start and text[end - 1] in " ,":
            end -= 1
        content = text[start:end]
        if not content.strip():
            continue
        para = next(p for p in article.paragraphs if p.start <= open_at <= p.end)
        closing = next(p for p in article.paragraphs if p.start <= close_at <= p.end)
        found = Found("direct", start, end, None, None, None, None, None)
        after = cues().post.match(text, close_at + 1, closing.end) if close_at < closing.end else None
        if after:
            found.cue_start, found.cue_end = after.start("cue"), after.end("cue")
            cue_word = after.group("cue")
            last_word = cue_word.split()[-1]
            if cue_word.lower().endswith("nya") and not cue_word.lower().startswith("tanya"):
                found.pronoun = True
                found.who_start, found.who_end = found.cue_end - 3, found.cue_end
            elif " " in cue_word and cues().pronoun.match(last_word):
                # a cue phrase that holds its pronoun ('kata dia', 'kata beliau')
                found.pronoun = True
                found.who_start, found.who_end = found.cue_end - len(last_word), found.cue_end
            else:
                m, pron, ws, we = _speaker_after(ctx, after.end(), closing.end)
                found.mention, found.pronoun, found.who_start, found.who_end = m, pron, ws, we
            found.cue = text[found.cue_start:max(found.cue_end, found.who_end or 0)]
        else:
            before = text[para.start:open_at]
            pre = cues().pre_end.search(before)
            if pre:
                found.cue_start, found.cue_end = para.start + pre.start("cue"), para.start + pre.end("cue")
                found.cue = text[found.cue_start:found.cue_end]
                subject_start = para.start
                found.mention = ctx.last_mention_in(subject_start, found.cue_start)
                if found.mention is not None:
                    found.who_start, found.who_end = found.mention.start, found.mention.end
                elif cues().pronoun.search(before[: pre.start()].split(",")[-1].strip() or "x"):
                    found.pronoun = True
        if found.cue is None:
            # Without a cue, quotation marks are speech only where they carry on a quote just
            # attributed ('"...," katanya. "Bisa saja ..."'); otherwise they mark a title, a
            # slogan or a term ("Tukang Pukul", a webinar's name, an article of law).
            previous = out[-1] if out else None
            if previous is None or previous.cue is None or open_at - max(previous.end, previous.cue_end or 0) > 60:
                continue
            found.continues = True
        out.append(found)
    return out


def _find_indirect(ctx: Context, article: Article, taken: list[tuple[int, int]]) -> list[Found]:
    c = cues()
    out = []
    for sentence in article.sentences:
        s0, s1 = sentence.start, sentence.end
        if any(a < s1 and s0 < b for a, b in taken) or any(ch in sentence.text for ch in _QUOTE_MARKS):
            continue
        s = sentence.text
        stmt_end = s1 - (1 if s.endswith((".", "!", "?")) else 0)
        lead = c.opener.match(s)
        pos = lead.end() if lead else 0

        m = c.according.match(s, pos) or c.according.match(s)
        if m:
            who = ctx.mention_at(s0 + m.start("who"), s0 + m.end("who"))
            pron = bool(c.pronoun.match(m.group("who")))
            out.append(Found("indirect", s0 + m.end(), stmt_end, m.group("cue"), s0 + m.start("cue"),
                             s0 + m.end("cue"), s0 + m.start("who"), s0 + m.end("who"), who, pron))
            continue
        m = c.mid.match(s)
        if m:
            who = ctx.mention_at(s0 + m.start("who"), s0 + m.end("who"))
            pron = bool(c.pronoun.match(m.group("who")))
            if who or pron:
                out.append(Found("indirect", s0 + m.end(), stmt_end, f"{m.group('cue')} {m.group('who')}",
                                 s0 + m.start("cue"), s0 + m.end("who"), s0 + m.start("who"), s0 + m.end("who"),
                                 who, pron))
                continue
        m = c.pre.search(s, pos)
        if m and m.start() - pos <= 160:
            subject = s[pos:m.start()].rstrip(" ,")
            who = ctx.last_mention_in(s0 + pos, s0 + m.start())
            pron = bool(re.fullmatch(r"(?i)\s*(ia|dia|beliau|mereka)\s*", subject))
            statement_start = m.end()
            named = None
            if not who and not pron and subject and all(w[:1].isupper() for w in subject.replace(",", " ").split()) \
                    and len(subject.split()) <= 12:
                named = trailing_name(subject)   # a name the NER model missed: 'Ardiles menambahkan, ...'
            if named and len(s[statement_start:].split()) >= 3:
                at = s0 + pos + subject.rfind(named)
                cue_end = m.end("bahwa") if m.group("bahwa") else m.end("cue")
                out.append(Found("indirect", s0 + statement_start, stmt_end, s[m.start("cue"):cue_end],
                                 s0 + m.start("cue"), s0 + cue_end, at, at + len(named), None, False))
                continue
            if (who or pron) and len(s[statement_start:].split()) >= 3 and (
                    pron or _subject_ok(s[pos:m.start()], who.end - s0 - pos)):
                cue_end = m.end("bahwa") if m.group("bahwa") else m.end("cue")
                out.append(Found("indirect", s0 + statement_start, stmt_end, s[m.start("cue"):cue_end],
                                 s0 + m.start("cue"), s0 + cue_end,
                                 who.start if who else s0 + pos, who.end if who else s0 + m.start(), who, pron))
                continue
        m = c.tail.search(s)
        if m and m.start() > 15:
            who_text = m.group("who")
            who = ctx.mention_at(s0 + m.start("who"), s0 + m.end("who")) if who_text.strip() else None
            pron = m.group("cue").lower().endswith("nya") or bool(c.pronoun.match(who_text))
            if who or pron:
                out.append(Found("indirect", s0 + pos, s0 + m.start(), m.group("cue"), s0 + m.start("cue"),
                                 s0 + m.end("cue"), who.start if who else None, who.end if who else None, who, pron))
    return out


def _subject_ok(subject: str, who_end: int) -> bool:
    """The named speaker ends the subject; only an apposition (', role,') may stand between."""
    rest = subject[who_end:].strip()
    return len(subject) <= 160 and (not rest or (rest.startswith(",") and len(rest) < 90))


@lru_cache(maxsize=1)
def _title_vocabulary() -> frozenset[str]:
    words = set(load_wordlist("id/title_words.txt")) | set(load_wordlist("id/person_titles.txt"))
    for role in role_table()[0]:
        words.update(role.split())
    # one-word place and organisation names ("Sultra", "Cilacap", "KPK") are not personal names
    words.update(k[0] for k in gazetteer().exact if len(k) == 1)
    words.update(k[0].capitalize() for k in gazetteer().folded if len(k) == 1)
    return frozenset(words)


@lru_cache(maxsize=1)
def _role_aliases() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split("|")) for row in load_tsv("id/role_aliases.tsv")}


def _titles_only(between: str) -> bool:
    """Only capitalised words (titles, names) between a cue and a name, "untuk"/"dan" inside a title."""
    return all(w[:1].isupper() or w in ("untuk", "dan", "RI") for w in between.split())


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _only_title_words(text: str) -> bool:
    """A mention made of title words only ('Komisioner') names no one."""
    vocabulary = _title_vocabulary()
    return all(w in vocabulary for w in text.split())


def trailing_name(run: str) -> str | None:
    """The personal name at the end of a run of capitalised words that the NER model did not
    split: 'Kepala Bidang Humas Polda Sultra Komisaris Besar Ferry Walintukan' -> 'Ferry Walintukan'."""
    vocabulary = _title_vocabulary()
    words = run.split()
    name: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.()")
        if not bare or not bare[0].isupper() or bare in vocabulary or not bare.replace("’", "").replace("'", "").replace("-", "").isalpha():
            break
        name.insert(0, bare)
        if len(name) == 4:
            break
    return " ".join(name) if name and len(name) < len(words) + 1 else None


def _looks_like_name(words: str) -> bool:
    """Capitalised words that are not a title ('Hari', not 'Kapolri' or 'Presiden')."""
    parts = words.split()
    return bool(parts) and all(p[:1].isupper() for p in parts) and parts[0] not in role_table()[0]


def extract_quotes(article: Article, settings: Settings | None = None) -> Article:
    """Stage: fill ``quotes`` from the body, with speakers from the entity stage."""
    ctx = Context(article)
    direct = _find_direct(ctx, article)
    indirect = _find_indirect(ctx, article, [(f.start - 1, f.end + 1) for f in direct])
    found = sorted(direct + indirect, key=lambda f: f.start)
    quotes: list[Quote] = []
    last: tuple[Speaker | None, int] = (None, -1)   # the last person speaking and where their quote ended
    previous: Speaker | None = None                  # the speaker of the quote just before
    for f in found:
        speaker = ctx.speaker(f.mention.id) if f.mention is not None else None
        if f.continues:
            speaker = previous   # the quote carries on: same speaker, person or not
        elif speaker is None and f.pronoun:
            # the later of the last speaker and the last person named: a quote by a newly
            # introduced person follows their name (measured on PFSA-ID dev: 0.819 against 0.772
            # for "last speaker first")
            # A person who was just the subject of a speech verb ('Yusri menegaskan, ...') beats a
            # person merely named since (PFSA-ID dev: 0.916 against 0.913; dev-med 0.895 against 0.891).
            person = ctx.last_person_before(f.start)
            talker = ctx.last_talker_before(f.start)
            if talker is not None and talker.end > (last[1] if last[0] is not None else -1):
                person = talker
            if person is not None and (last[0] is None or person.end > last[1]):
                speaker = ctx.speaker(person.id)
            else:
                speaker = last[0]
            after = ctx.continuing_person_after(f.cue_end if f.cue_end is not None else f.end)
            if after is not None:
                speaker = ctx.speaker(after.id) or speaker
        written = ctx.text[f.who_start:f.who_end] if f.who_start is not None else ""
        if speaker is None and written and not f.pronoun:
            speaker = ctx.speaker(ctx.person_with_role(written) or ctx.person_named(written))
            if speaker is None and _looks_like_name(written):
                speaker = Speaker(name=written)  # named at the cue, though not a known entity
        previous = speaker
        if speaker is not None and ctx.is_person(speaker):
            last = (speaker, f.end)   # a pronoun ('dia', '-nya') stands for a person, not a body
        if f.end <= f.start:
            continue
        quotes.append(Quote(kind=f.kind, text=ctx.text[f.start:f.end], start=f.start, end=f.end, cue=f.cue,
                            speaker=speaker, cue_start=f.cue_start, cue_end=f.cue_end,
                            speaker_start=f.who_start, speaker_end=f.who_end))
    article.quotes = quotes
    return article
