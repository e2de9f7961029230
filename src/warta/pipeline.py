"""The ordered stages, run over one Article or a batch of them.

Each stage is a plain function ``fn(article, settings) -> article`` that declares what it reads
and what it sets; :func:`check_order` verifies that every stage's inputs are produced before it
runs. One failing document becomes an error record and never stops the batch.

A batch goes through the stages one stage at a time (every article through cleaning, then every
article through the entity stage, ...), as spaCy's ``nlp.pipe`` runs its components: a stage's
tables and code stay in the processor's caches across the batch instead of being pushed out by
the next stage after each article. On detik articles this makes the event stage about a quarter
faster than running each article through all stages in turn (``bench/bench_stages.py
--batch-size 1`` against the default); the output is the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from warta.ingest.decode import InputError
from warta.ingest.sources import looks_like_html, make_article
from warta.model import Article
from warta.settings import Settings, default_settings
from warta.stages.clean import clean
from warta.stages.dates import annotate_dates
from warta.stages.entities import recognise_entities
from warta.stages.events import extract_events
from warta.stages.quotes import extract_quotes
from warta.stages.html import NoArticleText, extract_html
from warta.stages.language import identify_language
from warta.stages.metadata import add_metadata
from warta.stages.sentences import add_sentences

StageFn = Callable[[Article, Settings], Article]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("html", extract_html, ("raw",), ("raw", "meta", "url")),
    Stage("clean", clean, ("raw",), ("title", "text", "paragraphs", "removed", "photos", "dateline", "outlet")),
    Stage("metadata", add_metadata, ("removed", "meta"), ("outlet", "title", "authors", "published")),
    Stage("language", identify_language, ("text",), ("language",)),
    Stage("sentences", add_sentences, ("paragraphs",), ("sentences",)),
    Stage("dates", annotate_dates, ("text", "published"), ("dates", "event_date")),
    Stage("entities", recognise_entities, ("sentences", "photos", "title"), ("entities", "entity_list")),
    Stage("quotes", extract_quotes, ("paragraphs", "sentences", "entities", "entity_list"), ("quotes",)),
    Stage("events", extract_events, ("sentences", "entities", "entity_list", "quotes"), ("events",)),
)

INPUT_FIELDS = ("raw", "meta", "url")

# Failures that describe the document, not a bug in Warta: reported without a traceback.
DOCUMENT_ERRORS = (InputError, NoArticleText)


def check_order(stages: Iterable[Stage] = STAGES) -> None:
    available = set(INPUT_FIELDS)
    for stage in stages:
        missing = set(stage.requires) - available
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {sorted(missing)}, set by no earlier stage")
        available |= set(stage.assigns)


class Pipeline:
    def __init__(self, stages: Iterable[Stage] = STAGES, settings: Settings | None = None):
        self.stages = tuple(stages)
        self.settings = settings or default_settings()
        check_order(self.stages)

    def __call__(self, article: Article) -> Article:
        return self.run_batch([article])[0]

    def run_stage(self, stage: Stage, article: Article) -> Article:
        """One stage on one article; a failure becomes the article's error record."""
        if article.error:
            return article
        try:
            return stage.fn(article, self.settings)
        except DOCUMENT_ERRORS as exc:
            return article.fail(str(exc))
        except Exception as exc:  # a bug on one document must not sink the batch
            return article.fail(f"internal error in stage {stage.name}: {type(exc).__name__}: {exc}")

    def run_batch(self, articles: Sequence[Article]) -> list[Article]:
        """Every stage over the whole batch before the next stage; results in input order."""
        done = list(articles)
        for stage in self.stages:
            done = [self.run_stage(stage, article) for article in done]
        return done

    def pipe(self, articles: Iterable[Article], batch_size: int = 1) -> Iterator[Article]:
        """Process a stream in batches of batch_size (1: each article is yielded as soon as it is
        done, for a reader waiting on standard input)."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def process(content: str, *, source: str = "<string>", url: str | None = None,
            title: str | None = None, published: str | None = None, html: bool | None = None) -> Article:
    """Process one document given as a string (scraped text or an HTML page)."""
    meta = {k: v for k, v in (("url", url), ("title", title), ("date", published)) if v}
    kind = "html" if (html if html is not None else looks_like_html(content)) else "text"
    return default_pipeline()(make_article(source, content, kind, meta))
