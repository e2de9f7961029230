#!/usr/bin/env python3
"""Check the hand-made gold files in this folder (standard library only).

    python eval/gold/validate_gold.py [--shared PATH_TO/news_html_fixtures] [--detik PATH_TO/data_berita.csv]

html.jsonl: every "file" exists under --shared; required fields and value types are right;
            the first 30 characters of every body paragraph (and the title) occur in the page's
            visible text (entities decoded, runs of whitespace collapsed).
detik.jsonl: every index is in range, no line is blank, and every non-blank line of isi_berita is
            classified exactly once (body_lines or residue); residue kinds come from the fixed set.
detik_test.jsonl: the held-out test set, checked the same way as detik.jsonl; no id may appear in
            both detik files.

Problems are reported, never raised; the exit status is 1 when any was found, else 0.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_SHARED = REPO.parent / "shared" / "data" / "news_html_fixtures"
DEFAULT_DETIK = REPO.parent / "shared" / "data" / "detik1000_entity_summ" / "data_berita.csv"

OUTLETS = {"ANTARA", "detikcom", "KapanLagi.com", "Kompas.com", "Liputan6.com", "Okezone", "Republika",
           "Tempo.co", "VIVA.co.id", "Tribunnews.com", "Media Indonesia"}
KINDS = {"ad", "related", "caption", "credit", "byline", "footer", "date", "other"}
HTML_FIELDS = {"file": str, "url": str, "language": str, "title": str, "published": (str, type(None)),
               "outlet": str, "authors": list, "dateline_place": (str, type(None)), "body": str, "notes": str}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "table",
         "article", "section", "header", "footer", "figure", "figcaption", "blockquote", "title", "aside",
         "nav", "dd", "dt"}


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _Visible(HTMLParser):
    """Text outside script/style/noscript; inline tags join, block tags separate with a space."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        raw = fh.read().decode("utf-8", errors="replace")
    parser = _Visible()
    parser.feed(raw)
    parser.close()
    return collapse("".join(parser.parts))


def check_html(gold: Path, shared: Path, problems: list[str]) -> int:
    if not shared.is_dir():
        problems.append(f"html: shared fixture folder not found: {shared} (use --shared)")
        return 0
    n = 0
    seen = set()
    for lineno, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"html.jsonl:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        n += 1
        for key, typ in HTML_FIELDS.items():
            if key not in rec:
                problems.append(f"{where}: missing field {key!r}")
            elif not isinstance(rec[key], typ):
                problems.append(f"{where}: field {key!r} has type {type(rec[key]).__name__}")
        name = rec.get("file", "")
        where = f"{where} ({name})"
        if name in seen:
            problems.append(f"{where}: duplicate file")
        seen.add(name)
        if rec.get("outlet") not in OUTLETS:
            problems.append(f"{where}: outlet {rec.get('outlet')!r} not in the canonical list")
        if rec.get("language") not in ("id", "en"):
            problems.append(f"{where}: language {rec.get('language')!r}")
        if rec.get("published") is not None and not DATE.match(str(rec.get("published"))):
            problems.append(f"{where}: published {rec.get('published')!r} is not YYYY-MM-DD")
        if not all(isinstance(a, str) and a.strip() for a in rec.get("authors") or []):
            problems.append(f"{where}: authors must be non-empty strings")
        path = shared / name
        if not path.is_file():
            problems.append(f"{where}: file not found under {shared}")
            continue
        text = visible_text(path)
        title = collapse(rec.get("title") or "")
        if title and title[:30] not in text:
            problems.append(f"{where}: title start not in page text: {title[:30]!r}")
        body = rec.get("body") or ""
        if not body.strip():
            problems.append(f"{where}: empty body")
        for k, para in enumerate(body.split("\n\n")):
            if para != collapse(para) or not para:
                problems.append(f"{where}: paragraph {k} is empty or has uncollapsed whitespace")
            probe = collapse(para)[:30]
            if probe not in text:
                problems.append(f"{where}: paragraph {k} start not in page text: {probe!r}")
    return n


def check_detik(gold: Path, csv_path: Path, problems: list[str], ids: set[str] | None = None) -> int:
    if not csv_path.is_file():
        problems.append(f"detik: CSV not found: {csv_path} (use --detik)")
        return 0
    csv.field_size_limit(10**9)
    with open(csv_path, encoding="utf-8", newline="") as fh:
        rows = {row["id"]: row for row in csv.DictReader(fh)}
    if not gold.is_file():
        problems.append(f"{gold.name}: file not found")
        return 0
    n = 0
    seen = set()
    for lineno, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{gold.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        n += 1
        id_ = str(rec.get("id"))
        where = f"{where} (id {id_})"
        if id_ in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(id_)
        if ids is not None:
            ids.add(id_)
        row = rows.get(id_)
        if row is None:
            problems.append(f"{where}: id not in the CSV")
            continue
        lines = row["isi_berita"].split("\n")
        body = rec.get("body_lines") or []
        residue = rec.get("residue") or []
        if body != sorted(body):
            problems.append(f"{where}: body_lines not sorted")
        counts: dict[int, int] = {}
        for idx in body + [r.get("line") for r in residue]:
            if not isinstance(idx, int) or not 0 <= idx < len(lines):
                problems.append(f"{where}: index {idx!r} out of range 0..{len(lines) - 1}")
                continue
            if not lines[idx].strip():
                problems.append(f"{where}: line {idx} is blank but classified")
            counts[idx] = counts.get(idx, 0) + 1
        for r in residue:
            if r.get("kind") not in KINDS:
                problems.append(f"{where}: residue line {r.get('line')} has kind {r.get('kind')!r}")
        for idx, line_text in enumerate(lines):
            if line_text.strip() and counts.get(idx, 0) != 1:
                problems.append(f"{where}: non-blank line {idx} classified {counts.get(idx, 0)} times")
        m = re.match(r"(\d+)/(\d+)/(\d{4})", row.get("tanggal", ""))
        if m:
            expected = f"{int(m.group(3)):04d}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
            if rec.get("published") != expected:
                problems.append(f"{where}: published {rec.get('published')!r} != tanggal {expected}")
        if not rec.get("notes"):
            problems.append(f"{where}: empty notes")
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="the news_html_fixtures folder (default: ../shared/data/news_html_fixtures from the repo root)")
    ap.add_argument("--detik", type=Path, default=DEFAULT_DETIK, help="detik1000 data_berita.csv")
    ap.add_argument("--gold", type=Path, default=HERE,
                    help="folder holding html.jsonl, detik.jsonl and detik_test.jsonl")
    args = ap.parse_args(argv)
    problems: list[str] = []
    n_html = check_html(args.gold / "html.jsonl", args.shared, problems)
    dev_ids: set[str] = set()
    test_ids: set[str] = set()
    n_detik = check_detik(args.gold / "detik.jsonl", args.detik, problems, dev_ids)
    n_test = check_detik(args.gold / "detik_test.jsonl", args.detik, problems, test_ids)
    for id_ in sorted(dev_ids & test_ids, key=lambda x: (len(x), x)):
        problems.append(f"detik_test.jsonl: id {id_} also appears in detik.jsonl")
    for p in problems:
        print("PROBLEM", p)
    print(f"html.jsonl: {n_html} records; detik.jsonl: {n_detik} records; "
          f"detik_test.jsonl: {n_test} records; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
