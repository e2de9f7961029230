"""The ``warta`` command: a thin Typer layer over the library (nothing below it imports typer)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from warta.model import Article, json_schema

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn raw Indonesian news into structured, searchable data.")
eval_app = typer.Typer(no_args_is_help=True, help="Measure Warta against gold sets.")
app.add_typer(eval_app, name="eval")

FORMATS = ("jsonl", "json", "text")


@app.command()
def process(
    paths: Annotated[list[str], typer.Argument(help="files, folders (read recursively) or - for standard input")],
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl | json | text")] = "jsonl",
) -> None:
    """Process documents and print one record per article (CONTRACT.md).

    Exit status: 0 when every document was processed, 1 when some failed (the rest are still
    written), 2 for bad usage.
    """
    if format not in FORMATS:
        raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
    from warta.ingest import iter_documents
    from warta.pipeline import default_pipeline

    pipeline = default_pipeline()
    failed = 0
    out = sys.stdout
    if format == "json":
        out.write("[")
    for n, article in enumerate(pipeline.pipe(iter_documents(paths))):
        failed += article.error is not None
        if article.error:
            typer.echo(f"warta: {article.source}: {article.error}", err=True)
        if format == "jsonl":
            out.write(json.dumps(article.to_json(), ensure_ascii=False) + "\n")
        elif format == "json":
            out.write(("," if n else "") + "\n" + json.dumps(article.to_json(), ensure_ascii=False, indent=2))
        else:
            out.write(render_text(article) + "\n")
        out.flush()
    if format == "json":
        out.write("\n]\n")
    raise typer.Exit(1 if failed else 0)


def render_text(article: Article) -> str:
    """A human-readable view of one record."""
    if article.error:
        return f"== {article.source}\nERROR: {article.error}\n"
    lines = [f"== {article.source}"]
    for label, value in (("title", article.title), ("outlet", article.outlet),
                         ("authors", ", ".join(article.authors) or None), ("published", article.published),
                         ("event date", article.event_date), ("language", article.language),
                         ("dateline", article.dateline.place if article.dateline else None)):
        if value:
            lines.append(f"{label:>10}: {value}")
    for warning in article.warnings:
        lines.append(f"{'warning':>10}: {warning}")
    lines.append("")
    lines.append(article.text)
    lines.append("")
    for photo in article.photos:
        lines.append(f"  [photo] {photo.caption or ''} ({photo.credit or 'no credit'})")
    for item in article.removed:
        lines.append(f"  [removed {item.kind}] {item.text[:100]}")
    for d in article.dates:
        lines.append(f"  [date] {d.text} -> {d.value}")
    return "\n".join(lines) + "\n"


def _evaluate(command: str, run) -> dict:
    """Run one evaluation; missing shared data or gold is the user's to fix: exit 2, no traceback."""
    try:
        return run()
    except FileNotFoundError as exc:
        typer.echo(f"warta eval {command}: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output record."""
    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@eval_app.command("clean")
def eval_clean(
    shared: Annotated[Optional[str], typer.Option(help="the shared data folder (default: ../shared beside the repo)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as one JSON object")] = False,
    details: Annotated[bool, typer.Option("--details", help="print per-document scores")] = False,
) -> None:
    """Score body extraction, titles, dates, outlets and residue removal against the gold sets."""
    from warta.evaluation.clean_eval import evaluate_clean, format_report

    report = _evaluate("clean", lambda: evaluate_clean(shared))
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        typer.echo(format_report(report, details))


from warta.store_cli import register  # noqa: E402
register(app)
from warta.web.cli import register as register_web  # noqa: E402
register_web(app)
@eval_app.command("ner")
def eval_ner(
    dataset: Annotated[str, typer.Option(help="nerp | nerui | nerugm | nerugm_dedup | idner | nergrit")] = "nerp",
    split: Annotated[str, typer.Option(help="test | dev")] = "test",
    shared: Annotated[Optional[str], typer.Option(help="the shared data folder (default: ../shared beside the repo)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as one JSON object")] = False,
) -> None:
    """Entity-level P/R/F1 (conlleval, micro and macro over the set's own types) of Warta's model."""
    from warta.evaluation.clean_eval import find_shared
    from warta.evaluation.ner_eval import NAMES, evaluate_ner, format_report

    if dataset not in (*NAMES, "nerugm_dedup"):
        raise typer.BadParameter(f"must be one of {', '.join((*NAMES, 'nerugm_dedup'))}", param_hint="--dataset")
    if split not in ("test", "dev"):
        raise typer.BadParameter("must be test or dev", param_hint="--split")
    report = _evaluate("ner", lambda: evaluate_ner(find_shared(shared), dataset, split))
    typer.echo(json.dumps(report) if as_json else format_report(report))


@eval_app.command("linking")
def eval_linking(
    shared: Annotated[Optional[str], typer.Option(help="the shared data folder (default: ../shared beside the repo)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as one JSON object")] = False,
    mistakes: Annotated[bool, typer.Option("--mistakes", help="list the pairs linked wrongly")] = False,
) -> None:
    """Entity linking accuracy on eval/gold/linking.jsonl (our own gold, read from real articles)."""
    from warta.evaluation.clean_eval import GOLD, find_shared
    from warta.evaluation.ner_eval import evaluate_linking

    report = _evaluate("linking", lambda: evaluate_linking(find_shared(shared), GOLD / "linking.jsonl"))
    if as_json:
        typer.echo(json.dumps(report if mistakes else report["linking"]))
        return
    for group, r in report["linking"].items():
        typer.echo(f"{group:8} accuracy {r['accuracy']:.3f} on {r['found']} found of {r['pairs']} gold pairs"
                   f" (coverage {r['coverage']:.3f})")
    if mistakes:
        for m in report["mistakes"]:
            typer.echo(f"  {m['source']}: {m['text']!r} gold {m['gold']} got {', '.join(m['got'])}")


@eval_app.command("events")
def eval_events(
    shared: Annotated[Optional[str], typer.Option(help="the shared data folder (default: ../shared beside the repo)")] = None,
    split: Annotated[str, typer.Option(help="test | dev | dev2 ... dev7 | kompas1 ... kompas10 | idner1 | idner2 | all "
                                            "| held-out | development (test and dev alternate in events.jsonl; the others "
                                            "are events_NAME.jsonl; held-out pools test and the sets kept back from rule "
                                            "writing, development the sets the rules were developed on)")] = "test",
    gold: Annotated[Optional[str], typer.Option(help="score against this coding instead, e.g. a second annotator's "
                                                  "(eval/gold/events_second.jsonl); --split is then test, dev or all "
                                                  "of its lines")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as one JSON object")] = False,
) -> None:
    """(actor, type, target) and type precision/recall on eval/gold/events.jsonl (our own gold)."""
    from warta.evaluation.clean_eval import GOLD, find_shared
    from warta.evaluation.events_eval import SPLITS, evaluate_events, format_report

    if split not in SPLITS or (gold is not None and split not in ("test", "dev", "all")):
        allowed = ("test", "dev", "all") if gold is not None else SPLITS
        raise typer.BadParameter(f"must be one of {', '.join(allowed)}", param_hint="--split")
    gold_path = Path(gold) if gold is not None else GOLD / "events.jsonl"
    if not gold_path.is_file():
        raise typer.BadParameter(f"no such file: {gold_path}", param_hint="--gold")

    report = _evaluate("events", lambda: evaluate_events(find_shared(shared), gold_path, split))
    typer.echo(json.dumps(report) if as_json else format_report(report))


@eval_app.command("judged")
def eval_judged(
    shared: Annotated[Optional[str], typer.Option(help="the shared data folder (default: ../shared beside the repo)")] = None,
    verdicts: Annotated[Optional[str], typer.Option(help="the verdicts (default: eval/judged/events_judged.jsonl)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as one JSON object")] = False,
) -> None:
    """Precision of today's events on unlabelled text, by readers' verdicts on them (eval/judged/)."""
    from warta.evaluation.clean_eval import find_shared
    from warta.evaluation.judged_eval import JUDGED, evaluate_judged, format_report

    path = Path(verdicts) if verdicts is not None else JUDGED
    if not path.is_file():
        raise typer.BadParameter(f"no such file: {path}", param_hint="--verdicts")
    report = _evaluate("judged", lambda: evaluate_judged(find_shared(shared), path))
    typer.echo(json.dumps(report) if as_json else format_report(report))


@eval_app.command("missed")
def eval_missed(
    shared: Annotated[Optional[str], typer.Option(help="the shared data folder (default: ../shared beside the repo)")] = None,
    sample: Annotated[Optional[str], typer.Option(help="the read sample (default: eval/judged/events_missed.jsonl)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as one JSON object")] = False,
) -> None:
    """Events readers found in sentences where Warta coded none, on unlabelled text (eval/judged/)."""
    from warta.evaluation.clean_eval import find_shared
    from warta.evaluation.missed_eval import MISSED, evaluate_missed, format_report

    path = Path(sample) if sample is not None else MISSED
    if not path.is_file():
        raise typer.BadParameter(f"no such file: {path}", param_hint="--sample")
    report = _evaluate("missed", lambda: evaluate_missed(find_shared(shared), path))
    typer.echo(json.dumps(report) if as_json else format_report(report))


@eval_app.command("quotes")
def eval_quotes(
    shared: Annotated[Optional[str], typer.Option(help="the shared data folder (default: ../shared beside the repo)")] = None,
    split: Annotated[str, typer.Option(help="test | dev | dev-med (develop on dev; report test)")] = "test",
    limit: Annotated[Optional[int], typer.Option(help="only the first N documents")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as one JSON object")] = False,
) -> None:
    """Score direct quotes, cues and speakers against PFSA-ID (read from ../shared, never copied)."""
    from warta.evaluation.clean_eval import find_shared
    from warta.evaluation.quotes_eval import SPLITS, evaluate_quotes, format_report

    if split not in SPLITS:
        raise typer.BadParameter(f"must be one of {', '.join(SPLITS)}", param_hint="--split")
    report = _evaluate("quotes", lambda: evaluate_quotes(find_shared(shared), split, limit))
    typer.echo(json.dumps(report) if as_json else format_report(report))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
