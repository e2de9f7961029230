"""The one data model that passes through every stage.

Field names follow ``CONTRACT.md`` (the JSON that outside tools read). A stage takes an
:class:`Article` and returns it enriched; every extracted span carries ``start``/``end``
offsets (Python code points, end exclusive) into :attr:`Article.text`.

Fields marked ``exclude=True`` are working state for later stages (the raw input, tokens);
they are never written to the output.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

RemovedKind = Literal[
    "caption", "credit", "related", "ad", "footer", "byline", "date", "title", "dateline", "other"
]
EntityLabel = Literal["PER", "ORG", "GPE", "LOC", "EVT"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A piece of :attr:`Article.text`: ``text == article.text[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Paragraph(Span):
    """One body paragraph."""


class Token(NamedTuple):
    """A word or punctuation mark; offsets into :attr:`Article.text`.

    A plain tuple, not a validated model: articles carry thousands and they are never written out.
    """

    text: str
    start: int
    end: int


class Sentence(Span):
    """A sentence inside one paragraph; its tokens are kept for later stages only."""

    paragraph: int = Field(description="index into Article.paragraphs")
    tokens: list[Token] = Field(default_factory=list, exclude=True)


class Removed(_Model):
    """Residue taken out of the input, so that nothing vanishes silently."""

    text: str
    kind: RemovedKind
    line: int | None = Field(None, description="0-based line number in the (normalised) input text")
    rule: str | None = Field(None, description="name of the residue rule that fired")


class Photo(_Model):
    caption: str | None = None
    credit: str | None = None


class Dateline(_Model):
    """The opening dateline, e.g. "Jakarta, KOMPAS.com -"."""

    place: str | None = None
    outlet: str | None = None
    text: str = Field("", description="the dateline as written in the input")


class DateMention(Span):
    """A date expression in the body, resolved against the article's date."""

    value: str = Field(description="YYYY-MM-DD (first day of the month/week/year when coarser)")
    granularity: Literal["day", "week", "month", "year"] = "day"
    relative: bool = Field(False, description="resolved against the anchor date (kemarin, Senin lalu, ...)")


class EntityMention(Span):
    """A name in the text. Mentions of one entity share ``id``; ``name`` is its canonical name."""

    label: EntityLabel
    id: str | None = None
    name: str | None = None
    source: Literal["title", "caption", "credit"] | None = Field(
        None, description="null: offsets index `text`; otherwise they index the title or photo caption/credit")


class EntitySummary(_Model):
    """One entity of the article: how often it is mentioned and the roles written for it."""

    id: str
    name: str
    label: EntityLabel
    mentions: int
    roles: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    sector: str | None = Field(None, description="CAMEO/PLOVER sector (GOV, MIL, DIP, REB, IGO, ...)")
    country: str | None = Field(None, description="ISO 3166 alpha-3 of the state it belongs to")


class Speaker(_Model):
    name: str | None = None
    id: str | None = None
    role: str | None = None


class Quote(Span):
    """What was said (``text``, without quotation marks) and who said it."""

    kind: Literal["direct", "indirect"]
    cue: str | None = Field(None, description="the speech cue as written, e.g. 'kata Galuzin', 'ucap dia'")
    speaker: Speaker | None = Field(None, description="the resolved speaker; null when unknown")
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = Field(None, description="where the text names or refers to the speaker")
    speaker_end: int | None = None


class Actor(_Model):
    name: str | None = None
    code: str | None = None


class Event(_Model):
    actor: Actor | None = None
    type: PloverType
    target: Actor | None = None
    sentence: str
    start: int
    end: int
    date: str | None = None
    place: str | None = None
    trigger: str | None = Field(None, description="the predicate that signals the event, as written")
    trigger_start: int | None = None
    trigger_end: int | None = None


class Article(_Model):
    """One news article, from raw input to structured record (CONTRACT.md "One article")."""

    source: str = Field(description="input path; path#N for the N-th record of a JSONL/WARC file")
    error: str | None = Field(None, description="why this document could not be processed")
    warnings: list[str] = Field(default_factory=list)
    url: str | None = None
    title: str | None = None
    outlet: str | None = Field(None, description="canonical outlet name, e.g. VIVA.co.id, Kompas.com")
    authors: list[str] = Field(default_factory=list)
    language: str | None = Field(None, description="ISO 639-1 code of the body")
    published: str | None = Field(None, description="publication date YYYY-MM-DD when stated or implied")
    published_evidence: str | None = Field(
        None, description="where `published` came from: metadata, url, header date line, ...")
    event_date: str | None = Field(
        None, description="date of the main reported event: the first full date stated in the body")
    dateline: Dateline | None = None
    text: str = Field("", description="clean body, paragraphs joined by one blank line")
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)
    photos: list[Photo] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    entities: list[EntityMention] = Field(default_factory=list)
    entity_list: list[EntitySummary] = Field(
        default_factory=list, description="one row per entity: mentions, roles, aliases")
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    # Working state for the stages; never part of the output.
    raw: str = Field("", exclude=True, description="the normalised input (text or HTML)")
    input_kind: Literal["text", "html"] = Field("text", exclude=True)
    meta: dict = Field(default_factory=dict, exclude=True,
                       description="metadata that came with the input (JSONL fields, HTML meta)")

    def to_json(self) -> dict:
        return self.model_dump(mode="json")

    def fail(self, reason: str) -> "Article":
        """Turn this record into an error record: reason set, extracted fields emptied."""
        return Article(source=self.source, error=reason, warnings=self.warnings)


def json_schema() -> dict:
    """JSON Schema of one output record (what `warta schema` prints)."""
    schema = Article.model_json_schema(mode="serialization")
    schema["$id"] = "https://warta.invalid/schema/article.json"
    schema["title"] = "Warta article"
    return schema
