"""`warta eval clean`: body extraction, residue removal, titles, dates and outlets against gold.

Gold comes from three places:
- ``../shared/examples``: the VIVA article and its expected analysis;
- ``../shared/data/news_html_fixtures``: fundus' expected JSON for three MediaIndonesia pages and
  htmldate's gold dates for three pages;
- ``eval/gold`` in this repository: our own reading of the other HTML fixtures (``html.jsonl``) and
  of detik1000 articles (``detik.jsonl``, line numbers only: that set has no licence, so no text
  from it is stored here). ``eval/gold/README.md`` says how they were made.

Body scores are bag-of-words precision/recall/F1 (lower-cased word tokens, multiset overlap), the
measure of the article-extraction benchmarks that trafilatura reports.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
from collections import Counter
from pathlib import Path

from warta.ingest.decode import normalize_text
from warta.ingest.sources import make_article
from warta.model import Article
from warta.pipeline import default_pipeline

REPO = Path(__file__).resolve().parents[3]
GOLD = REPO / "eval" / "gold"
_WORD = re.compile(r"\w+")


def find_shared(shared: str | None = None) -> Path:
    if shared is not None:  # asked for by name: no silent fallback to another folder
        if (Path(shared) / "data").is_dir():
            return Path(shared)
        raise FileNotFoundError(f"the shared data folder was not found at {shared} (it has no data/)")
    candidates = [os.environ.get("WARTA_SHARED"), REPO.parent / "shared", Path.cwd().parent / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "data").is_dir():
            return Path(candidate)
    raise FileNotFoundError("the shared data folder was not found: pass --shared or set WARTA_SHARED")


def words(text: str | None) -> Counter:
    return Counter(_WORD.findall((text or "").lower()))


def prf(pred: Counter, gold: Counter) -> dict:
    overlap = sum((pred & gold).values())
    p = overlap / sum(pred.values()) if pred else 0.0
    r = overlap / sum(gold.values()) if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _norm(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").lower()))


def _run(source: str, content: str, kind: str, meta: dict) -> Article:
    return default_pipeline()(make_article(source, content, kind, meta))


def _body_record(name: str, article: Article, gold_body: str, extra: dict) -> dict:
    record = {"doc": name, **prf(words(article.text), words(gold_body)), "error": article.error}
    record.update(extra)
    return record


def _macro(records: list[dict], key: str) -> float:
    values = [r[key] for r in records]
    return sum(values) / len(values) if values else 0.0


def _residue_gone(article: Article, line: str) -> bool:
    paragraphs = {_norm(p.text) for p in article.paragraphs}
    # a short residue line ("VIVA.co.id") may rightly occur inside a sentence; it must not stand alone
    return _norm(line) not in paragraphs and (len(line) < 20 or _norm(line) not in _norm(article.text))


def _score_detik(shared: Path, gold_file: str, split: str) -> tuple[list[dict], int, int]:
    detik = _load_detik(shared)
    docs, residue_total, residue_gone = [], 0, 0
    for entry in _jsonl(GOLD / gold_file):
        row = detik[entry["id"]]
        lines = row["isi_berita"].split("\n")
        # the gold picks lines of the raw file; Warta repairs their mojibake, so compare repaired text
        body = normalize_text("\n\n".join(lines[i].strip() for i in entry["body_lines"]))[0]
        article = _run(f"detik1000#{entry['id']}", row["isi_berita"], "text",
                       {"url": row["tautan"], "title": row["judul"]})
        docs.append(_body_record(f"detik1000#{entry['id']}", article, body, {"split": split}))
        for item in entry["residue"]:
            residue_total += 1
            residue_gone += _residue_gone(article, normalize_text(lines[item["line"]].strip())[0])
    return docs, residue_total, residue_gone


def _text_summary(docs: list[dict], residue_total: int, residue_gone: int) -> dict:
    return {
        "documents": len(docs),
        "body_precision": _macro(docs, "precision"),
        "body_recall": _macro(docs, "recall"),
        "body_f1": _macro(docs, "f1"),
        "residue_lines": residue_total,
        "residue_removed": residue_gone / residue_total if residue_total else 0.0,
    }


def evaluate_text(shared: Path) -> dict:
    """Scraped text: the VIVA example, detik.jsonl (rules were developed looking at it) and
    detik_test.jsonl (held out: annotated apart, never used to tune a rule), reported apart too."""
    checks = {}
    example = shared / "examples" / "viva-2015-rusia-isis.txt"
    gold = json.loads((shared / "examples" / "viva-2015-rusia-isis.expected.json").read_text(encoding="utf-8"))
    article = _run(str(example), example.read_text(encoding="utf-8"), "text", {})
    viva = [_body_record("viva-2015-rusia-isis", article, "\n\n".join(gold["body_paragraphs"]), {"split": "dev"})]
    viva_gone = sum(_residue_gone(article, line) for line in gold["residue_lines"])
    checks["viva_title"] = _norm(article.title) == _norm(gold["title"])
    checks["viva_outlet"] = article.outlet == gold["outlet"]
    checks["viva_paragraphs_exact"] = [p.text for p in article.paragraphs] == gold["body_paragraphs"]
    checks["viva_event_date"] = any(d.value == gold["event_date"] for d in article.dates)
    checks["viva_published_not_teaser"] = not (article.published or "").startswith("2016-08-05")

    dev, dev_total, dev_gone = _score_detik(shared, "detik.jsonl", "dev")
    test, test_total, test_gone = _score_detik(shared, "detik_test.jsonl", "test")
    dev_total += len(gold["residue_lines"])
    dev_gone += viva_gone
    docs = viva + dev + test
    return {
        **_text_summary(docs, dev_total + test_total, dev_gone + test_gone),
        "dev": _text_summary(viva + dev, dev_total, dev_gone),
        "heldout": _text_summary(test, test_total, test_gone),
        "viva": checks,
        "per_document": docs,
    }


def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        raise FileNotFoundError(f"gold file missing: {path}")
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _load_detik(shared: Path) -> dict[str, dict]:
    csv.field_size_limit(1 << 30)
    with open(shared / "data" / "detik1000_entity_summ" / "data_berita.csv", encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


def _fundus_gold(shared: Path) -> list[dict]:
    out = []
    for folder in sorted(p for p in (shared / "data" / "news_html_fixtures" / "fundus_mediaindonesia").iterdir() if p.is_dir()):
        page = next(folder.glob("*.html.gz"))
        expected = json.loads((folder / "MediaIndonesia.json").read_text(encoding="utf-8"))
        version = expected[sorted(expected)[-1]]
        meta = json.loads((folder / "meta.info").read_text(encoding="utf-8"))[page.name]
        body = version["body"]
        paragraphs = list(body.get("summary", []))
        for section in body.get("sections", []):
            paragraphs += section.get("headline", []) + section.get("paragraphs", [])
        out.append({"file": str(page.relative_to(shared / "data" / "news_html_fixtures")),
                    "url": meta["url"], "title": version.get("title"),
                    "published": (version.get("publishing_date") or "")[:10] or None,
                    "outlet": "Media Indonesia", "body": "\n\n".join(paragraphs),
                    "language": "id", "gold": "fundus"})
    return out


def evaluate_html(shared: Path) -> dict:
    fixtures = shared / "data" / "news_html_fixtures"
    gold = _fundus_gold(shared)
    gold += [dict(entry, gold="warta") for entry in _jsonl(GOLD / "html.jsonl")]
    docs, dates, titles, outlets = [], [], [], []
    for entry in gold:
        path = fixtures / entry["file"]
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as fh:
            raw = fh.read().decode("utf-8", errors="replace")
        article = _run(entry["file"], raw, "html", {"url": entry.get("url")} if entry.get("url") else {})
        if entry.get("published"):
            dates.append({"doc": entry["file"], "gold": entry["published"], "got": article.published,
                          "ok": (article.published or "")[:10] == entry["published"]})
        if entry.get("title"):
            titles.append(_norm(article.title) == _norm(entry["title"]))
        if entry.get("outlet"):
            outlets.append(article.outlet == entry["outlet"])
        if entry.get("body") and entry.get("language", "id") == "id":
            docs.append(_body_record(entry["file"], article, entry["body"], {"gold": entry["gold"]}))
    fundus = [d for d in docs if d["gold"] == "fundus"]
    return {
        "documents": len(docs),
        "body_precision": _macro(docs, "precision"),
        "body_recall": _macro(docs, "recall"),
        "body_f1": _macro(docs, "f1"),
        "fundus_body_f1": [round(d["f1"], 3) for d in fundus],
        "title_accuracy": sum(titles) / len(titles) if titles else 0.0,
        "outlet_accuracy": sum(outlets) / len(outlets) if outlets else 0.0,
        "dates": dates,
        "per_document": docs,
    }


def evaluate_corpus(shared: Path) -> dict:
    """Over all 1,000 detik1000 bodies: the furniture line every detik scrape carries, and language."""
    furniture = "SCROLL TO CONTINUE WITH CONTENT"
    total = gone = indonesian = 0
    rows = _load_detik(shared)
    for key, row in rows.items():
        article = _run(f"detik1000#{key}", row["isi_berita"], "text", {"url": row["tautan"]})
        count = sum(line.strip() == furniture for line in row["isi_berita"].split("\n"))
        total += count
        gone += count if furniture not in article.text else 0
        indonesian += article.language == "id"
    return {"articles": len(rows), "scroll_lines": total,
            "scroll_lines_removed": gone / total if total else 0.0,
            "language_id_share": indonesian / len(rows) if rows else 0.0}


def evaluate_clean(shared: str | None = None) -> dict:
    root = find_shared(shared)
    text = evaluate_text(root)
    html = evaluate_html(root)
    corpus = evaluate_corpus(root)
    dated = html["dates"] + [{"doc": "viva event date", "ok": text["viva"]["viva_event_date"]}]
    return {
        "text": {k: v for k, v in text.items() if k != "per_document"},
        "html": {k: v for k, v in html.items() if k not in ("per_document", "dates")},
        "residue_removed": text["residue_removed"],
        "date_accuracy": sum(d["ok"] for d in dated) / len(dated),
        "date_documents": len(dated),
        "detik1000": corpus,
        "details": {"text": text["per_document"], "html": html["per_document"], "dates": html["dates"]},
    }


def format_report(report: dict, details: bool = False) -> str:
    t, h = report["text"], report["html"]
    lines = [
        f"scraped text  body P/R/F1 {t['body_precision']:.3f} / {t['body_recall']:.3f} / {t['body_f1']:.3f}"
        f"  ({t['documents']} documents; held-out {t['heldout']['documents']}: F1 {t['heldout']['body_f1']:.3f},"
        f" residue removed {t['heldout']['residue_removed']:.3f})",
        f"HTML pages    body P/R/F1 {h['body_precision']:.3f} / {h['body_recall']:.3f} / {h['body_f1']:.3f}"
        f"  ({h['documents']} documents; MediaIndonesia/fundus {h['fundus_body_f1']})",
        f"residue lines removed     {report['residue_removed']:.3f}  ({t['residue_lines']} gold lines)",
        f"dates right               {report['date_accuracy']:.3f}  ({report['date_documents']} documents)",
        f"detik1000 'SCROLL TO CONTINUE' lines removed {report['detik1000']['scroll_lines_removed']:.3f}"
        f" ({report['detik1000']['scroll_lines']} lines); bodies identified as Indonesian"
        f" {report['detik1000']['language_id_share']:.3f} ({report['detik1000']['articles']} articles)",
        f"titles right (HTML)       {h['title_accuracy']:.3f}",
        f"outlets right (HTML)      {h['outlet_accuracy']:.3f}",
        "VIVA example              " + ", ".join(f"{k[5:]}={'ok' if v else 'MISS'}" for k, v in t["viva"].items()),
    ]
    if details:
        for kind in ("text", "html"):
            for d in report["details"][kind]:
                lines.append(f"  {kind:4} {d['doc'][:70]:70} P {d['precision']:.3f} R {d['recall']:.3f}"
                             f" F1 {d['f1']:.3f}{'  ERROR ' + d['error'] if d['error'] else ''}")
        for d in report["details"]["dates"]:
            lines.append(f"  date {d['doc'][:70]:70} gold {d['gold']} got {d['got']} {'ok' if d['ok'] else 'MISS'}")
    return "\n".join(lines)
