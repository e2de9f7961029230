"""A batch runs stage by stage (every article through one stage before the next) and must give
exactly what running each article through all stages in turn gives, a failure staying with its
own article."""

from conftest import ROOT

from warta.ingest import iter_documents
from warta.pipeline import STAGES, Pipeline, Stage, default_pipeline

SAMPLES = ROOT / "samples"


def sample_documents(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    paths = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
    return paths[:2] + [str(empty)] + paths[2:]


def test_batch_gives_what_one_at_a_time_gives(tmp_path):
    paths = sample_documents(tmp_path)
    pipeline = default_pipeline()
    # each run reads its own copies: a stage may enrich the article it is given in place
    one_by_one = [pipeline(article).to_json() for article in iter_documents(paths)]
    batched = [article.to_json() for article in pipeline.run_batch(list(iter_documents(paths)))]
    assert len(batched) == len(one_by_one) >= 6
    assert batched == one_by_one
    assert [r["error"] is not None for r in batched].count(True) == 1       # only the empty file
    assert sum(len(r["events"]) for r in batched) > 0


def test_pipe_in_batches_keeps_order_and_everything(tmp_path):
    paths = sample_documents(tmp_path)
    pipeline = default_pipeline()
    sources = [a.source for a in pipeline.pipe(iter_documents(paths), batch_size=3)]
    assert sources == [a.source for a in iter_documents(paths)]


def test_a_bug_on_one_article_fails_that_article_only(tmp_path):
    def boom(article, settings):
        if "kompas" in article.source:
            raise RuntimeError("unexpected")
        return article

    stages = STAGES[:-2] + (Stage("boom", boom, ("text",), ()),) + STAGES[-2:]
    pipeline = Pipeline(stages)
    done = pipeline.run_batch(list(iter_documents(sample_documents(tmp_path))))
    failed = {a.source.rsplit("/", 1)[-1]: a.error for a in done if a.error}
    assert failed == {"empty.txt": failed["empty.txt"],
                      "kompas-2023-menhub.html": "internal error in stage boom: RuntimeError: unexpected"}
    assert all(a.events is not None for a in done if not a.error)
    assert any(a.events for a in done if not a.error)     # later stages still ran on the others
